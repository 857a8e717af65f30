#include "filewriting.h"

#include "reportstr.h"

#include <QtCore/QDir>
#include <QtCore/QSaveFile>
#include <QtGui/QPdfWriter>

using namespace Qt::StringLiterals;

namespace Linli::Reports {

Error cannotWrite(const QString &path, const QString &detail)
{
    return Error(ErrorCode::Io,
                 Tr::tr("The file %1 could not be written. Check that the folder exists and that "
                        "you may write there.")
                     .arg(QDir::toNativeSeparators(path)),
                 detail);
}

Status openForWriting(QSaveFile &file)
{
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.fileName(), file.errorString());
    return {};
}

Status commit(QSaveFile &file)
{
    if (!file.commit())
        return cannotWrite(file.fileName(), file.errorString());
    return {};
}

Status writePdfFile(const QString &path, const QString &title, const QPageLayout &layout,
                    const std::function<Status(QPagedPaintDevice *)> &paint)
{
    QSaveFile file(path);
    if (Status status = openForWriting(file); !status)
        return status;
    Status painted;
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(u"Linli"_s);
        writer.setResolution(600);
        if (!writer.setPageLayout(layout))
            painted = Error(ErrorCode::Internal, Tr::tr("The page size is not supported."), u"setPageLayout"_s);
        else
            painted = paint(&writer);
    } // the writer flushes the PDF into the file here
    if (!painted) {
        file.cancelWriting();
        return painted;
    }
    return commit(file);
}

} // namespace Linli::Reports
