#include "xlsxreader.h"

#include "sheetreader.h"
#include "tabulartr.h"

#include "ziparchive.h"

#include <QtCore/QDate>
#include <QtCore/QHash>
#include <QtCore/QMap>
#include <QtCore/QSet>
#include <QtCore/QXmlStreamReader>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Linli::Tabular {

namespace {

Error damaged()
{
    return Error(ErrorCode::InvalidInput,
                 Tr::tr("The Excel file is damaged or incomplete. Open it in Excel or WPS and save it again."),
                 u"file.damaged"_s);
}

Error notSpreadsheet()
{
    return Error(ErrorCode::InvalidInput, Tr::tr("The file is a ZIP archive but not an Excel workbook (.xlsx)."),
                 u"file.not_spreadsheet"_s);
}

Error tooLarge()
{
    return Error(
        ErrorCode::InvalidInput,
        Tr::tr("The worksheet has more than %1 rows or too many cells; split it into smaller files.").arg(MaxRows),
        u"file.too_large"_s);
}

// A part of the package as a stream; null if it does not exist.
std::unique_ptr<QIODevice> openPart(const ZipArchive &zip, const QString &name)
{
    return zip.openPart(name);
}

QString attribute(const QXmlStreamReader &xml, QStringView name)
{
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.name() == name)
            return a.value().toString();
    }
    return {};
}

// "xl/workbook.xml" + "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml".
QString resolveTarget(const QString &baseDir, const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    QStringList parts = baseDir.isEmpty() ? QStringList() : baseDir.split(u'/');
    for (const QString &p : target.split(u'/')) {
        if (p == u"..") {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (!p.isEmpty() && p != u".") {
            parts.append(p);
        }
    }
    return parts.join(u'/');
}

struct Relationship
{
    QString type;
    QString target;
};

// Relationship id → (type, resolved target).
std::optional<QHash<QString, Relationship>> readRelationships(const ZipArchive &zip, const QString &relsPath,
                                                              const QString &baseDir)
{
    QHash<QString, Relationship> out;
    auto file = openPart(zip, relsPath);
    if (!file)
        return out;
    QXmlStreamReader xml(file.get());
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
            if (attribute(xml, u"TargetMode") == u"External")
                continue;
            out.insert(attribute(xml, u"Id"),
                       {attribute(xml, u"Type"), resolveTarget(baseDir, attribute(xml, u"Target"))});
        }
    }
    if (xml.hasError())
        return std::nullopt;
    return out;
}

// All text of the <t> elements inside the current element (<si> or <is>), phonetic runs skipped.
QString readRichText(QXmlStreamReader &xml)
{
    const QString outer = xml.name().toString();
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == outer)
                break;
        }
    }
    return text;
}

std::optional<QStringList> readSharedStrings(const ZipArchive &zip, const QString &path)
{
    QStringList out;
    auto file = openPart(zip, path);
    if (!file)
        return out;
    QXmlStreamReader xml(file.get());
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si") {
            out.append(readRichText(xml));
            if (out.size() > MaxCells)
                return std::nullopt;
        }
    }
    if (xml.hasError())
        return std::nullopt;
    return out;
}

enum class DateKind : quint8 { None, Date, DateTime };

DateKind builtinDateKind(int id)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) || (id >= 50 && id <= 58))
        return DateKind::Date;
    if (id == 22)
        return DateKind::DateTime;
    return DateKind::None;
}

// For each cell style index, whether it shows a date.
std::optional<QList<DateKind>> readStyles(const ZipArchive &zip, const QString &path)
{
    QList<DateKind> out;
    auto file = openPart(zip, path);
    if (!file)
        return out;
    QHash<int, DateKind> custom;
    bool inCellXfs = false;
    QXmlStreamReader xml(file.get());
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"numFmt") {
                const QString code = attribute(xml, u"formatCode");
                DateKind kind = DateKind::None;
                if (isDateFormatCode(code))
                    kind = code.contains(u'h', Qt::CaseInsensitive) ? DateKind::DateTime : DateKind::Date;
                custom.insert(attribute(xml, u"numFmtId").toInt(), kind);
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == u"xf") {
                const int id = attribute(xml, u"numFmtId").toInt();
                out.append(custom.contains(id) ? custom.value(id) : builtinDateKind(id));
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (xml.hasError())
        return std::nullopt;
    return out;
}

// "BC12" → (column 54, row 12), 0-based column; row 0 when the reference has no digits.
bool parseCellRef(QStringView ref, int *column, int *row)
{
    qsizetype i = 0;
    qint64 col = 0;
    while (i < ref.size() && ref.at(i).isLetter()) {
        col = col * 26 + (ref.at(i).toUpper().unicode() - u'A' + 1);
        if (col > MaxColumns)
            return false;
        ++i;
    }
    if (i == 0)
        return false;
    bool ok = true;
    const qsizetype digits = ref.size() - i;
    *row = digits > 0 ? ref.sliced(i).toInt(&ok) : 0;
    *column = int(col - 1);
    return ok && *row >= 0;
}

struct SheetData
{
    QMap<int, QStringList> rows; // row number → cells
    qint64 cells = 0;

    bool set(int row, int column, const QString &value)
    {
        if (row < 1 || row > MaxRows || column < 0 || column >= MaxColumns || ++cells > MaxCells)
            return false;
        QStringList &cellsOfRow = rows[row];
        if (cellsOfRow.size() <= column)
            cellsOfRow.resize(column + 1);
        cellsOfRow[column] = value;
        return true;
    }
};

QString numberText(const QString &raw, DateKind kind, bool date1904)
{
    if (kind == DateKind::None)
        return raw;
    bool ok = false;
    const double serial = raw.toDouble(&ok);
    if (!ok)
        return raw;
    const QString text = excelSerialToText(serial, date1904, kind == DateKind::DateTime);
    return text.isEmpty() ? raw : text;
}

} // namespace

bool isDateFormatCode(const QString &formatCode)
{
    // Only the first section counts; quoted text, escapes, [colour/locale] and fill characters go.
    QString plain;
    bool quoted = false;
    int bracket = 0;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode.at(i);
        if (quoted) {
            if (c == u'"')
                quoted = false;
            continue;
        }
        if (c == u'"') {
            quoted = true;
        } else if (c == u'[') {
            ++bracket;
        } else if (c == u']') {
            bracket = std::max(0, bracket - 1);
        } else if (bracket > 0) {
            continue;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u';') {
            break;
        } else {
            plain.append(c.toLower());
        }
    }
    return plain.contains(u'y') || plain.contains(u'd');
}

QString excelSerialToText(double serial, bool date1904, bool withTime)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466) // 9999-12-31
        return {};
    double days = std::floor(serial);
    QDate base;
    if (date1904) {
        base = QDate(1904, 1, 1);
    } else {
        base = QDate(1899, 12, 30);
        if (days == 60) // Excel counts a 1900-02-29 that never was
            return {};
        if (days < 60)
            days += 1;
    }
    const QDate date = base.addDays(qint64(days));
    if (!date.isValid())
        return {};
    const int minutes = int(std::lround((serial - std::floor(serial)) * 24 * 60));
    if (withTime && minutes > 0 && minutes < 24 * 60)
        return date.toString(u"yyyy-MM-dd"_s) + u' ' + QTime(minutes / 60, minutes % 60).toString(u"HH:mm"_s);
    return date.toString(u"yyyy-MM-dd"_s);
}

Result<Sheet> readXlsx(const QString &path, const QString &sheetName)
{
    const std::optional<ZipArchive> archive = ZipArchive::open(path);
    if (!archive)
        return damaged();
    const ZipArchive &zip = *archive;

    // The package: root relationships → workbook → its relationships → worksheet.
    QString workbookPath = u"xl/workbook.xml"_s;
    const auto rootRels = readRelationships(zip, u"_rels/.rels"_s, QString());
    if (!rootRels)
        return damaged();
    for (const Relationship &r : *rootRels) {
        if (r.type.endsWith(u"/officeDocument"))
            workbookPath = r.target;
    }
    const QString workbookDir = workbookPath.section(u'/', 0, -2);
    const QString relsPath = (workbookDir.isEmpty() ? QString() : workbookDir + u'/') + u"_rels/"
                             + workbookPath.section(u'/', -1) + u".rels";

    struct SheetEntry
    {
        QString name;
        QString relId;
    };
    QList<SheetEntry> sheets;
    bool date1904 = false;
    {
        auto file = openPart(zip, workbookPath);
        if (!file)
            return notSpreadsheet();
        QXmlStreamReader xml(file.get());
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"sheet") {
                sheets.append({attribute(xml, u"name"), attribute(xml, u"id")});
            } else if (xml.name() == u"workbookPr") {
                const QString v = attribute(xml, u"date1904");
                date1904 = v == u"1" || v == u"true";
            }
        }
        if (xml.hasError())
            return damaged();
    }
    const auto workbookRels = readRelationships(zip, relsPath, workbookDir);
    if (!workbookRels)
        return damaged();

    qsizetype chosen = sheetName.isEmpty() && !sheets.isEmpty() ? 0 : -1;
    for (qsizetype i = 0; i < sheets.size() && chosen < 0; ++i) {
        if (sheets.at(i).name.compare(sheetName, Qt::CaseInsensitive) == 0)
            chosen = i;
    }
    if (chosen < 0) {
        if (sheets.isEmpty())
            return damaged();
        return Error(ErrorCode::InvalidInput, Tr::tr("The workbook has no worksheet named “%1”.").arg(sheetName),
                     u"sheet.not_found"_s);
    }
    const QString sheetPath = workbookRels->value(sheets.at(chosen).relId).target;

    QString sharedStringsPath = workbookDir + u"/sharedStrings.xml"_s;
    QString stylesPath = workbookDir + u"/styles.xml"_s;
    for (const Relationship &r : *workbookRels) {
        if (r.type.endsWith(u"/sharedStrings"))
            sharedStringsPath = r.target;
        else if (r.type.endsWith(u"/styles"))
            stylesPath = r.target;
    }
    const auto shared = readSharedStrings(zip, sharedStringsPath);
    if (!shared)
        return damaged();
    const auto styles = readStyles(zip, stylesPath);
    if (!styles)
        return damaged();

    auto file = sheetPath.isEmpty() ? nullptr : openPart(zip, sheetPath);
    if (!file)
        return damaged();

    SheetData data;
    QStringList merges;
    QXmlStreamReader xml(file.get());
    int rowNumber = 0;
    int column = -1;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"row") {
            bool ok = false;
            const int r = attribute(xml, u"r").toInt(&ok);
            rowNumber = ok && r > 0 ? r : rowNumber + 1;
            column = -1;
            if (rowNumber > MaxRows)
                return tooLarge();
        } else if (xml.name() == u"c") {
            const QString ref = attribute(xml, u"r");
            int refRow = 0;
            int refColumn = 0;
            if (!ref.isEmpty() && parseCellRef(ref, &refColumn, &refRow)) {
                column = refColumn;
                if (refRow > 0)
                    rowNumber = refRow;
            } else if (!ref.isEmpty()) {
                return damaged();
            } else {
                ++column;
            }
            const QString type = attribute(xml, u"t");
            const int style = attribute(xml, u"s").toInt();
            QString raw;
            bool hasValue = false;
            while (!xml.atEnd()) {
                const auto token = xml.readNext();
                if (token == QXmlStreamReader::EndElement && xml.name() == u"c")
                    break;
                if (token != QXmlStreamReader::StartElement)
                    continue;
                if (xml.name() == u"v") {
                    raw = xml.readElementText();
                    hasValue = true;
                } else if (xml.name() == u"is") {
                    raw = readRichText(xml);
                    hasValue = true;
                } else {
                    xml.skipCurrentElement();
                }
            }
            if (!hasValue || xml.hasError())
                continue;
            QString value;
            if (type == u"s") {
                bool ok = false;
                const int index = raw.toInt(&ok);
                if (!ok || index < 0 || index >= shared->size())
                    return damaged();
                value = shared->at(index);
            } else if (type == u"b") {
                value = raw.trimmed() == u"1" ? u"TRUE"_s : u"FALSE"_s;
            } else if (type == u"d") {
                value = raw.left(10);
            } else if (type == u"inlineStr" || type == u"str" || type == u"e") {
                value = raw;
            } else {
                value = numberText(raw, styles->value(style, DateKind::None), date1904);
            }
            if (value.isEmpty())
                continue;
            if (!data.set(rowNumber, column, value))
                return tooLarge();
        } else if (xml.name() == u"mergeCell") {
            merges.append(attribute(xml, u"ref"));
        }
    }
    if (xml.hasError())
        return damaged();

    // A merged range shows its top-left value in every cell: 楼号 merged down a block of rows.
    for (const QString &ref : std::as_const(merges)) {
        int c1 = 0, r1 = 0, c2 = 0, r2 = 0;
        const QStringList ends = ref.split(u':');
        if (ends.size() != 2 || !parseCellRef(ends.at(0), &c1, &r1) || !parseCellRef(ends.at(1), &c2, &r2) || r1 < 1
            || r2 < r1 || c2 < c1)
            continue; // a broken merge only loses the fill, not the data
        const QString value = data.rows.value(r1).value(c1);
        if (value.isEmpty())
            continue;
        if (qint64(r2 - r1 + 1) * (c2 - c1 + 1) + data.cells > MaxCells)
            return tooLarge();
        for (int r = r1; r <= r2; ++r) {
            for (int c = c1; c <= c2; ++c) {
                if ((r != r1 || c != c1) && !data.set(r, c, value))
                    return tooLarge();
            }
        }
    }

    Sheet sheet;
    sheet.name = sheets.at(chosen).name;
    sheet.rows.reserve(data.rows.size());
    for (auto it = data.rows.cbegin(); it != data.rows.cend(); ++it)
        sheet.rows.append(SheetRow{it.key(), it.value()});
    return sheet;
}

} // namespace Linli::Tabular
