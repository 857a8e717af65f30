#include "sheetreader.h"

#include "csvreader.h"
#include "tabulartr.h"
#include "xlsxreader.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>

using namespace Qt::StringLiterals;

namespace Linli::Tabular {

namespace {

Error emptyFile()
{
    return Error(ErrorCode::InvalidInput, Tr::tr("The file is empty."), u"file.empty"_s);
}

// An OLE compound file: an old .xls, or an .xlsx protected by a password (Excel then stores it
// encrypted in an "EncryptedPackage" stream).
Error oleFile(QFile &file)
{
    const QByteArray marker =
        QByteArray::fromRawData(reinterpret_cast<const char *>(u"EncryptedPackage"), sizeof(u"EncryptedPackage") - 2);
    file.seek(0);
    const QByteArray head = file.read(4 * 1024 * 1024);
    if (head.contains(marker)) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The workbook is protected by a password. Remove the password in Excel or WPS, "
                            "save it and import it again."),
                     u"file.encrypted"_s);
    }
    return Error(ErrorCode::InvalidInput,
                 Tr::tr("This is an old Excel 97–2003 workbook (.xls). Save it as .xlsx in Excel or WPS and "
                        "import it again."),
                 u"file.legacy_xls"_s);
}

} // namespace

Result<std::unique_ptr<SheetReader>> SheetReader::open(const QString &path, const QString &sheetName)
{
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return Error(ErrorCode::NotFound, Tr::tr("The file %1 does not exist.").arg(QFileInfo(path).fileName()),
                     u"file.not_found"_s);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, Tr::tr("The file %1 cannot be opened.").arg(QFileInfo(path).fileName()),
                     file.errorString());
    if (file.size() == 0)
        return emptyFile();
    if (file.size() > MaxFileBytes) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The file is larger than %1 MB; split it into smaller files.").arg(MaxFileBytes >> 20),
                     u"file.too_large"_s);
    }
    const QByteArray magic = file.peek(8);
    if (magic.startsWith("PK\x03\x04") || magic.startsWith("PK\x05\x06")) {
        file.close();
        return openXlsx(path, sheetName);
    }
    if (magic == QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return oleFile(file);
    const QByteArray data = file.readAll();
    if (data.size() != file.size())
        return Error(ErrorCode::Io, Tr::tr("The file %1 cannot be read.").arg(QFileInfo(path).fileName()),
                     file.errorString());
    return openCsv(data);
}

Result<Sheet> readAll(SheetReader &reader)
{
    Sheet sheet;
    sheet.name = reader.sheetName();
    for (;;) {
        auto row = reader.next();
        if (!row)
            return row.error();
        if (!*row)
            return sheet;
        sheet.rows.append(std::move(**row));
    }
}

Result<Sheet> readFile(const QString &path, const QString &sheetName)
{
    auto reader = SheetReader::open(path, sheetName);
    if (!reader)
        return reader.error();
    return readAll(**reader);
}

} // namespace Linli::Tabular
