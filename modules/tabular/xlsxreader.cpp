#include "xlsxreader.h"

#include "tabulartr.h"
#include "ziparchive.h"

#include <QtCore/QDate>
#include <QtCore/QHash>
#include <QtCore/QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Linli::Tabular {

namespace {

// Entries a package part may list (relationships, sheets, number formats, cell styles): Excel's
// own limit on cell styles is 64,000.
constexpr qsizetype MaxPartEntries = 65'536;
// The shared-string table is held whole (a pool of characters and where each string ends):
// at most this many strings and characters, about 160 MB.
constexpr qsizetype MaxSharedStrings = 8'000'000;
constexpr qsizetype MaxSharedChars = 64'000'000;
// The most bytes a part may have between two '<'. A cell's text (32,767 characters, escaped)
// fits many times over; so no token QXmlStreamReader assembles can be larger.
constexpr qint64 MaxMarkupRun = 1 << 20;

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

Error cellTooLong()
{
    return Error(ErrorCode::InvalidInput,
                 Tr::tr("A cell holds more than %1 characters, more than Excel allows. Check that this is the right "
                        "file.")
                     .arg(MaxCellChars),
                 u"file.too_large"_s);
}

Error tooMuchText()
{
    return Error(ErrorCode::InvalidInput,
                 Tr::tr("The worksheet holds more text than one import can take; split it into smaller files."),
                 u"file.too_large"_s);
}

// Passes a part through and fails (-1) at a run of more than MaxMarkupRun bytes without a '<'.
class MarkupGuard : public QIODevice
{
public:
    explicit MarkupGuard(QIODevice *source) : m_source(source) { open(QIODevice::ReadOnly | QIODevice::Unbuffered); }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_source->atEnd(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = m_source->read(data, maxSize);
        for (qint64 i = 0; i < n; ++i) {
            if (data[i] == '<')
                m_run = 0;
            else if (++m_run > MaxMarkupRun)
                return -1;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice *m_source;
    qint64 m_run = 0;
};

// A part of the package under QXmlStreamReader, with the guards every part needs: no DTD (its
// entities could expand a few bytes into gigabytes; OOXML never has one), no huge token, and a
// part that must be intact to the last byte.
class PartXml
{
public:
    // Null when the part does not exist.
    static std::unique_ptr<PartXml> open(const ZipArchive &zip, const QString &name)
    {
        auto part = zip.openPart(name);
        if (!part)
            return nullptr;
        return std::unique_ptr<PartXml>(new PartXml(std::move(part)));
    }

    QXmlStreamReader &xml() { return m_xml; }
    bool atEnd() const { return m_xml.atEnd(); }
    QXmlStreamReader::TokenType next()
    {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::DTD)
            m_xml.raiseError(u"a DTD in an XLSX part"_s);
        return m_xml.hasError() ? QXmlStreamReader::Invalid : token;
    }
    // Whether the XML so far was well formed and the part's bytes, read to the end, are intact.
    bool intact() { return !m_xml.hasError() && m_part->verify(); }

private:
    explicit PartXml(std::unique_ptr<ZipPart> part) : m_part(std::move(part)), m_guard(m_part.get()), m_xml(&m_guard) {}

    std::unique_ptr<ZipPart> m_part;
    MarkupGuard m_guard;
    QXmlStreamReader m_xml;
};

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
    auto part = PartXml::open(zip, relsPath);
    if (!part)
        return out;
    QXmlStreamReader &xml = part->xml();
    while (!part->atEnd()) {
        if (part->next() == QXmlStreamReader::StartElement && xml.name() == u"Relationship") {
            if (attribute(xml, u"TargetMode") == u"External")
                continue;
            out.insert(attribute(xml, u"Id"),
                       {attribute(xml, u"Type"), resolveTarget(baseDir, attribute(xml, u"Target"))});
            if (out.size() > MaxPartEntries)
                return std::nullopt;
        }
    }
    if (!part->intact())
        return std::nullopt;
    return out;
}

// All text of the <t> elements inside the current element (<si> or <is>), phonetic runs
// skipped; nothing when it is longer than a cell may be (*tooLong is then set).
QString readRichText(QXmlStreamReader &xml, bool *tooLong)
{
    const QString outer = xml.name().toString();
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"rPh") {
                ++phonetic;
            } else if (xml.name() == u"t" && phonetic == 0) {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (text.size() > MaxCellChars) {
                    *tooLong = true;
                    return {};
                }
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == outer)
                break;
        }
    }
    return text;
}

// The shared strings as one pool of characters and where each string ends: a string repeated in
// a million cells is held once, and the table costs 4 bytes a string beyond its text.
class SharedStrings
{
public:
    qsizetype size() const { return m_ends.size(); }
    QString at(qsizetype i) const
    {
        const qsizetype start = i == 0 ? 0 : m_ends.at(i - 1);
        return m_text.mid(start, m_ends.at(i) - start);
    }
    bool append(const QString &s)
    {
        if (m_ends.size() >= MaxSharedStrings || m_text.size() + s.size() > MaxSharedChars)
            return false;
        m_text += s;
        m_ends.append(qint32(m_text.size()));
        return true;
    }

private:
    QString m_text;
    QList<qint32> m_ends;
};

Result<SharedStrings> readSharedStrings(const ZipArchive &zip, const QString &path)
{
    SharedStrings out;
    auto part = PartXml::open(zip, path);
    if (!part)
        return out;
    QXmlStreamReader &xml = part->xml();
    while (!part->atEnd()) {
        if (part->next() == QXmlStreamReader::StartElement && xml.name() == u"si") {
            bool tooLong = false;
            const QString text = readRichText(xml, &tooLong);
            if (tooLong)
                return cellTooLong();
            if (!out.append(text))
                return tooMuchText();
        }
    }
    if (!part->intact())
        return damaged();
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
    auto part = PartXml::open(zip, path);
    if (!part)
        return out;
    QHash<int, DateKind> custom;
    bool inCellXfs = false;
    QXmlStreamReader &xml = part->xml();
    while (!part->atEnd()) {
        const auto token = part->next();
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
            if (custom.size() > MaxPartEntries || out.size() > MaxPartEntries)
                return std::nullopt;
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (!part->intact())
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

// A merged range, clipped to the columns the sheet uses; `value` is its top-left cell once the
// reader has passed it.
struct Merge
{
    int r1 = 0, c1 = 0, r2 = 0, c2 = 0;
    QString value;
};

// Whether the part's bytes contain `needle` (read raw, without parsing: cheap next to the XML).
bool partContains(const ZipArchive &zip, const QString &name, QByteArrayView needle)
{
    auto part = zip.openPart(name);
    if (!part)
        return false;
    QByteArray window;
    QByteArray chunk(256 * 1024, Qt::Uninitialized);
    while (!part->atEnd()) {
        const qint64 n = part->read(chunk.data(), chunk.size());
        if (n <= 0)
            return false;
        window = window.right(needle.size() - 1) + QByteArrayView(chunk.constData(), n);
        if (window.contains(needle))
            return true;
    }
    return false;
}

// The merged ranges of a worksheet, clipped to its used columns (those with a value anywhere)
// and sorted by their first row. mergeCells follow sheetData in the XML, so finding them needs a
// pass of their own before the rows are read; a sheet without merges is spared it.
Result<QList<Merge>> readMerges(const ZipArchive &zip, const QString &sheetPath)
{
    QList<Merge> merges;
    if (!partContains(zip, sheetPath, "mergeCell"))
        return merges;
    auto part = PartXml::open(zip, sheetPath);
    if (!part)
        return damaged();
    QXmlStreamReader &xml = part->xml();
    int lastColumn = -1; // the rightmost column with a value
    int column = -1;
    bool inCell = false;
    while (!part->atEnd()) {
        const auto token = part->next();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"c") {
            inCell = false;
        } else if (token != QXmlStreamReader::StartElement) {
            continue;
        } else if (xml.name() == u"row") {
            column = -1;
        } else if (xml.name() == u"c") {
            int refRow = 0;
            if (!parseCellRef(attribute(xml, u"r"), &column, &refRow))
                ++column;
            inCell = true;
        } else if (inCell && (xml.name() == u"v" || xml.name() == u"is")) {
            lastColumn = std::max(lastColumn, column);
            xml.skipCurrentElement();
        } else if (xml.name() == u"mergeCell") {
            Merge m;
            const QStringList ends = attribute(xml, u"ref").split(u':');
            if (ends.size() != 2 || !parseCellRef(ends.at(0), &m.c1, &m.r1) || !parseCellRef(ends.at(1), &m.c2, &m.r2)
                || m.r1 < 1 || m.r2 < m.r1 || m.c2 < m.c1)
                continue; // a broken merge only loses the fill, not the data
            merges.append(m);
            if (merges.size() > MaxRows)
                return tooLarge();
        }
    }
    if (!part->intact())
        return damaged();
    for (Merge &m : merges)
        m.c2 = std::min(m.c2, lastColumn);
    merges.removeIf([](const Merge &m) { return m.c1 > m.c2 || (m.r1 == m.r2 && m.c1 == m.c2); });
    std::stable_sort(merges.begin(), merges.end(), [](const Merge &a, const Merge &b) { return a.r1 < b.r1; });
    return merges;
}

// One worksheet, read a row at a time.
class XlsxSheetReader final : public SheetReader
{
public:
    XlsxSheetReader(ZipArchive zip, QString name, SharedStrings shared, QList<DateKind> styles, bool date1904,
                    QList<Merge> merges, std::unique_ptr<PartXml> sheet)
        : m_zip(std::move(zip)), m_name(std::move(name)), m_shared(std::move(shared)), m_styles(std::move(styles)),
          m_date1904(date1904), m_merges(std::move(merges)), m_sheet(std::move(sheet))
    {}

    QString sheetName() const override { return m_name; }
    Result<std::optional<SheetRow>> next() override;

private:
    // The cell the reader is at (the <c> start tag) into `row`; false with `m_error` set on failure.
    bool readCell(SheetRow &row, int *column, qint64 *rowChars);
    bool fillMerges(SheetRow &row, qint64 *rowChars);
    bool count(qint64 cells, qint64 chars, qint64 *rowChars);

    ZipArchive m_zip;
    QString m_name;
    SharedStrings m_shared;
    QList<DateKind> m_styles;
    bool m_date1904 = false;
    QList<Merge> m_merges;
    qsizetype m_nextMerge = 0;
    QList<qsizetype> m_activeMerges;
    std::unique_ptr<PartXml> m_sheet;
    int m_lastRow = 0;
    qint64 m_cells = 0;
    qint64 m_chars = 0;
    bool m_done = false;
    std::optional<Error> m_error;
};

bool XlsxSheetReader::count(qint64 cells, qint64 chars, qint64 *rowChars)
{
    m_cells += cells;
    m_chars += chars;
    *rowChars += chars;
    if (m_cells > MaxCells)
        m_error = tooLarge();
    else if (*rowChars > MaxRowChars || m_chars > MaxTextChars)
        m_error = tooMuchText();
    return !m_error;
}

bool XlsxSheetReader::readCell(SheetRow &row, int *column, qint64 *rowChars)
{
    QXmlStreamReader &xml = m_sheet->xml();
    const QString ref = attribute(xml, u"r");
    int refRow = 0;
    if (ref.isEmpty()) {
        ++*column;
    } else if (!parseCellRef(ref, column, &refRow)) {
        m_error = damaged();
        return false;
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
        bool tooLong = false;
        if (xml.name() == u"v") {
            raw = xml.readElementText();
            hasValue = true;
            tooLong = raw.size() > MaxCellChars;
        } else if (xml.name() == u"is") {
            raw = readRichText(xml, &tooLong);
            hasValue = true;
        } else {
            xml.skipCurrentElement();
        }
        if (tooLong) {
            m_error = cellTooLong();
            return false;
        }
    }
    if (!hasValue || xml.hasError())
        return true;
    QString value;
    if (type == u"s") {
        bool ok = false;
        const int index = raw.toInt(&ok);
        if (!ok || index < 0 || index >= m_shared.size()) {
            m_error = damaged();
            return false;
        }
        value = m_shared.at(index);
    } else if (type == u"b") {
        value = raw.trimmed() == u"1" ? u"TRUE"_s : u"FALSE"_s;
    } else if (type == u"d") {
        value = raw.left(10);
    } else if (type == u"inlineStr" || type == u"str" || type == u"e") {
        value = raw;
    } else {
        value = numberText(raw, m_styles.value(style, DateKind::None), m_date1904);
    }
    if (value.isEmpty())
        return true;
    if (*column < 0 || *column >= MaxColumns) {
        m_error = damaged();
        return false;
    }
    const qsizetype before = row.cells.size();
    if (row.cells.size() <= *column)
        row.cells.resize(*column + 1);
    row.cells[*column] = value;
    return count(row.cells.size() - before, value.size(), rowChars);
}

// A merged range shows its top-left value in every cell: 楼号 merged down a block of rows. Only
// rows with data of their own are filled; a range claiming a million rows costs what its real
// rows cost. Overlapping ranges (Excel refuses them) cost at most MaxCells steps in all.
bool XlsxSheetReader::fillMerges(SheetRow &row, qint64 *rowChars)
{
    while (m_nextMerge < m_merges.size() && m_merges.at(m_nextMerge).r1 <= row.number)
        m_activeMerges.append(m_nextMerge++);
    m_activeMerges.removeIf([&](qsizetype i) { return m_merges.at(i).r2 < row.number; });
    for (const qsizetype i : std::as_const(m_activeMerges)) {
        Merge &m = m_merges[i];
        if (m.r1 == row.number)
            m.value = row.cell(m.c1);
        if (!count(1, 0, rowChars)) // a step, counted so that overlapping ranges cannot spin
            return false;
        if (m.value.isEmpty())
            continue;
        const qsizetype before = row.cells.size();
        if (row.cells.size() <= m.c2)
            row.cells.resize(m.c2 + 1);
        for (int c = m.c1; c <= m.c2; ++c) {
            if (row.number != m.r1 || c != m.c1)
                row.cells[c] = m.value;
        }
        if (!count(row.cells.size() - before + (m.c2 - m.c1), qint64(m.value.size()) * (m.c2 - m.c1), rowChars))
            return false;
    }
    return true;
}

Result<std::optional<SheetRow>> XlsxSheetReader::next()
{
    if (m_error)
        return *m_error;
    QXmlStreamReader &xml = m_sheet->xml();
    while (!m_done && !m_sheet->atEnd()) {
        const auto token = m_sheet->next();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"sheetData")
            break; // what follows (merges, print settings) was read before, or is not wanted
        if (token != QXmlStreamReader::StartElement || xml.name() != u"row")
            continue;
        bool ok = false;
        const int r = attribute(xml, u"r").toInt(&ok);
        SheetRow row{ok && r > 0 ? r : m_lastRow + 1, {}};
        if (row.number <= m_lastRow) {
            m_error = damaged(); // rows out of order: Excel itself refuses such a file
            return *m_error;
        }
        m_lastRow = row.number;
        int column = -1;
        qint64 rowChars = 0;
        while (!xml.atEnd()) {
            const auto t = xml.readNext();
            if (t == QXmlStreamReader::EndElement && xml.name() == u"row")
                break;
            if (t != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() != u"c") {
                xml.skipCurrentElement();
            } else if (!readCell(row, &column, &rowChars)) {
                return *m_error;
            }
        }
        if (xml.hasError())
            break;
        if (row.cells.isEmpty())
            continue; // formatting only: a sheet "used" down to row 1,048,576 has no such rows
        if (row.number > MaxRows) {
            m_error = tooLarge();
            return *m_error;
        }
        if (!fillMerges(row, &rowChars))
            return *m_error;
        return std::optional<SheetRow>(std::move(row));
    }
    if (!m_done) {
        m_done = true;
        if (!m_sheet->intact())
            m_error = damaged();
    }
    if (m_error)
        return *m_error;
    return std::optional<SheetRow>();
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

Result<std::unique_ptr<SheetReader>> openXlsx(const QString &path, const QString &sheetName)
{
    std::optional<ZipArchive> archive = ZipArchive::open(path);
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
        auto part = PartXml::open(zip, workbookPath);
        if (!part)
            return notSpreadsheet();
        QXmlStreamReader &xml = part->xml();
        while (!part->atEnd()) {
            if (part->next() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"sheet") {
                sheets.append({attribute(xml, u"name"), attribute(xml, u"id")});
                if (sheets.size() > MaxPartEntries)
                    return damaged();
            } else if (xml.name() == u"workbookPr") {
                const QString v = attribute(xml, u"date1904");
                date1904 = v == u"1" || v == u"true";
            }
        }
        if (!part->intact())
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
    auto shared = readSharedStrings(zip, sharedStringsPath);
    if (!shared)
        return shared.error();
    auto styles = readStyles(zip, stylesPath);
    if (!styles)
        return damaged();
    auto sheet = sheetPath.isEmpty() ? nullptr : PartXml::open(zip, sheetPath);
    if (!sheet)
        return damaged();
    auto merges = readMerges(zip, sheetPath);
    if (!merges)
        return merges.error();
    return std::unique_ptr<SheetReader>(new XlsxSheetReader(std::move(*archive), sheets.at(chosen).name,
                                                            std::move(*shared), std::move(*styles), date1904,
                                                            std::move(*merges), std::move(sheet)));
}

Result<Sheet> readXlsx(const QString &path, const QString &sheetName)
{
    auto reader = openXlsx(path, sheetName);
    if (!reader)
        return reader.error();
    return readAll(**reader);
}

} // namespace Linli::Tabular
