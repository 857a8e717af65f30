#include "reportexport.h"

#include "filewriting.h"
#include "reportrenderer.h"
#include "reportstr.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QSaveFile>
#include <QtCore/QTemporaryFile>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace Linli::Reports {

namespace {

constexpr int maxCellLength = 32767;        // Excel's limit for one cell
constexpr qsizetype maxSheetRows = 1048576; // Excel's limit for one sheet
constexpr int maxPortraitColumns = 7;

QByteArray utf8(const QString &text)
{
    if (text.size() <= maxCellLength)
        return text.toUtf8();
    return (text.left(maxCellLength - 1) + QChar(0x2026)).toUtf8();
}

// Width in Excel's units (one digit of the default font); CJK characters take two.
int displayWidth(const QString &text)
{
    int widest = 0;
    int width = 0;
    for (const QChar ch : text) {
        if (ch == u'\n') {
            widest = qMax(widest, width);
            width = 0;
        } else if (!ch.isLowSurrogate()) {
            width += ch.unicode() >= 0x2E80 ? 2 : 1;
        }
    }
    return qMax(widest, width);
}

// Excel refuses sheet names longer than 31 characters, with []:*?/\ or duplicated.
QString sheetName(const Table &table, int index, QStringList &used)
{
    QString name = table.caption;
    for (const QChar bad : u"[]:*?/\\"_s)
        name.replace(bad, u' ');
    name = name.simplified();
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    if (name.isEmpty())
        name = Tr::tr("Table %1").arg(index + 1);
    name = name.left(31).trimmed();
    QString unique = name;
    for (int n = 2; used.contains(unique, Qt::CaseInsensitive); ++n) {
        const QString suffix = u" (%1)"_s.arg(n);
        unique = name.left(31 - suffix.size()) + suffix;
    }
    used.append(unique);
    return unique;
}

// Escapes '&', which starts a code in Excel's page header and footer syntax.
QString headerFooterText(const QString &text)
{
    QString escaped = text;
    return escaped.replace(u"&"_s, u"&&"_s);
}

class WorkbookWriter
{
public:
    WorkbookWriter(const Report &report, const QString &fileName);
    ~WorkbookWriter();
    Status write();

private:
    void createFormats();
    void check(lxw_error error);
    lxw_worksheet *addSheet(const QString &name);
    int writeReportHeader(lxw_worksheet *sheet);
    void writeTable(const Table &table, const QString &name);
    void setColumnWidths(lxw_worksheet *sheet, const Table &table);
    void setUpPrinting(lxw_worksheet *sheet, const Table &table, int headerRow);
    lxw_format *cellFormat(const Column &column) const;

    const Report &m_report;
    lxw_workbook *m_workbook;
    lxw_error m_error = LXW_NO_ERROR;
    lxw_format *m_title = nullptr;
    lxw_format *m_info = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_left = nullptr;
    lxw_format *m_center = nullptr;
    lxw_format *m_right = nullptr;
    QByteArray m_docTitle;
    QByteArray m_docCompany;
    QByteArray m_docAuthor;
};

WorkbookWriter::WorkbookWriter(const Report &report, const QString &fileName)
    : m_report(report), m_workbook(workbook_new(QFile::encodeName(fileName).constData()))
{}

WorkbookWriter::~WorkbookWriter()
{
    if (m_workbook)
        workbook_close(m_workbook); // frees it; the caller discards the file on error
}

void WorkbookWriter::check(lxw_error error)
{
    if (m_error == LXW_NO_ERROR)
        m_error = error;
}

void WorkbookWriter::createFormats()
{
    m_title = workbook_add_format(m_workbook);
    format_set_bold(m_title);
    format_set_font_size(m_title, 14);
    m_info = workbook_add_format(m_workbook);
    format_set_num_format_index(m_info, 49); // "@", text
    m_header = workbook_add_format(m_workbook);
    format_set_bold(m_header);
    format_set_text_wrap(m_header);
    format_set_align(m_header, LXW_ALIGN_CENTER);
    format_set_align(m_header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_pattern(m_header, LXW_PATTERN_SOLID);
    format_set_bg_color(m_header, 0xE4E4E4);
    format_set_border(m_header, LXW_BORDER_THIN);
    lxw_format **cells[] = {&m_left, &m_center, &m_right};
    const uint8_t alignments[] = {LXW_ALIGN_LEFT, LXW_ALIGN_CENTER, LXW_ALIGN_RIGHT};
    for (int i = 0; i < 3; ++i) {
        lxw_format *format = workbook_add_format(m_workbook);
        format_set_num_format_index(format, 49); // "@": Excel must not turn ID numbers into 1.1E+17
        format_set_text_wrap(format);
        format_set_align(format, alignments[i]);
        format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
        format_set_border(format, LXW_BORDER_THIN);
        format_set_border_color(format, 0x808080);
        *cells[i] = format;
    }
}

lxw_format *WorkbookWriter::cellFormat(const Column &column) const
{
    if (column.alignment & Qt::AlignRight)
        return m_right;
    if (column.alignment & Qt::AlignHCenter)
        return m_center;
    return m_left;
}

lxw_worksheet *WorkbookWriter::addSheet(const QString &name)
{
    lxw_worksheet *sheet = workbook_add_worksheet(m_workbook, name.toUtf8().constData());
    if (!sheet)
        check(LXW_ERROR_SHEETNAME_ALREADY_USED);
    return sheet;
}

// Title, organisation, parameters and who made it when, above the table. Returns the next row.
int WorkbookWriter::writeReportHeader(lxw_worksheet *sheet)
{
    int row = 0;
    check(worksheet_write_string(sheet, row++, 0, utf8(m_report.title).constData(), m_title));
    if (!m_report.organisation.isEmpty())
        check(worksheet_write_string(sheet, row++, 0, utf8(m_report.organisation).constData(), m_info));
    for (const auto &[label, value] : m_report.parameters) {
        const QString text = Tr::tr("%1: %2", "report parameter label and value").arg(label, value);
        check(worksheet_write_string(sheet, row++, 0, utf8(text).constData(), m_info));
    }
    QStringList made;
    if (!m_report.generatedBy.isEmpty())
        made.append(Tr::tr("Prepared by: %1").arg(m_report.generatedBy));
    if (m_report.generatedAt.isValid())
        made.append(Tr::tr("Generated: %1").arg(formatPrintedDateTime(m_report.generatedAt)));
    if (!made.isEmpty())
        check(worksheet_write_string(sheet, row++, 0, utf8(made.join(u"    "_s)).constData(), m_info));
    return row + 1; // one blank row before the table
}

void WorkbookWriter::setColumnWidths(lxw_worksheet *sheet, const Table &table)
{
    for (int c = 0; c < table.columns.size(); ++c) {
        int width = displayWidth(table.columns[c].title);
        for (const QStringList &row : table.rows) {
            if (c < row.size())
                width = qMax(width, displayWidth(row[c]));
        }
        check(worksheet_set_column(sheet, c, c, qBound(6, width + 2, 50), nullptr));
    }
}

void WorkbookWriter::setUpPrinting(lxw_worksheet *sheet, const Table &table, int headerRow)
{
    worksheet_set_paper(sheet, 9); // A4
    if (table.columns.size() > maxPortraitColumns)
        worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
    check(worksheet_repeat_rows(sheet, headerRow, headerRow));
    const QString footer =
        u"&C"_s + Tr::tr("Page %1 of %2").arg(u"&P"_s, u"&N"_s)
        + (m_report.footerNote.isEmpty() ? QString() : u"&L"_s + headerFooterText(m_report.footerNote));
    check(worksheet_set_footer(sheet, footer.toUtf8().left(254).constData()));
}

void WorkbookWriter::writeTable(const Table &table, const QString &name)
{
    lxw_worksheet *sheet = addSheet(name);
    if (!sheet)
        return;
    const int headerRow = writeReportHeader(sheet);
    const int lastColumn = int(qMax<qsizetype>(1, table.columns.size())) - 1;
    for (int c = 0; c < table.columns.size(); ++c)
        check(worksheet_write_string(sheet, headerRow, c, utf8(table.columns[c].title).constData(), m_header));
    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList &cells = table.rows[r];
        for (int c = 0; c < table.columns.size(); ++c) {
            const QString text = c < cells.size() ? cells[c] : QString();
            check(worksheet_write_string(sheet, headerRow + 1 + r, c, utf8(text).constData(),
                                         cellFormat(table.columns[c])));
        }
    }
    const int lastRow = headerRow + int(table.rows.size());
    worksheet_freeze_panes(sheet, headerRow + 1, 0);
    if (!table.columns.isEmpty()) {
        check(worksheet_autofilter(sheet, headerRow, 0, lastRow, lastColumn));
        char range[64];
        lxw_rowcol_to_range(range, headerRow + 1, 0, qMax(lastRow, headerRow + 1), lastColumn);
        check(worksheet_ignore_errors(sheet, LXW_IGNORE_NUMBER_STORED_AS_TEXT, range));
    }
    setColumnWidths(sheet, table);
    setUpPrinting(sheet, table, headerRow);
}

Status WorkbookWriter::write()
{
    if (!m_workbook)
        return Error(ErrorCode::Io, QString(), u"workbook_new failed"_s);
    m_docTitle = m_report.title.toUtf8();
    m_docCompany = m_report.organisation.toUtf8();
    m_docAuthor = m_report.generatedBy.toUtf8();
    lxw_doc_properties properties = {};
    properties.title = m_docTitle.data();
    properties.company = m_docCompany.data();
    properties.author = m_docAuthor.data();
    check(workbook_set_properties(m_workbook, &properties));
    createFormats();
    QStringList used;
    for (int t = 0; t < m_report.tables.size(); ++t)
        writeTable(m_report.tables[t], sheetName(m_report.tables[t], t, used));
    if (m_report.tables.isEmpty())
        writeTable(Table(), Tr::tr("Report").left(31));
    const lxw_error closed = workbook_close(m_workbook);
    m_workbook = nullptr;
    check(closed);
    if (m_error != LXW_NO_ERROR)
        return Error(ErrorCode::Io, QString(), QString::fromUtf8(lxw_strerror(m_error)));
    return {};
}

Status checkSize(const Report &report)
{
    for (const Table &table : report.tables) {
        if (table.rows.size() + 16 + report.parameters.size() > maxSheetRows) {
            return Error(ErrorCode::InvalidInput, Tr::tr("The table \"%1\" has more rows than a spreadsheet can hold. "
                                                         "Export it as CSV instead.")
                                                      .arg(table.caption));
        }
    }
    return {};
}

// Copies the finished workbook over `path` through QSaveFile: an atomic replace on every
// platform, which a plain rename is not.
Status replaceWith(const QString &sourceName, const QString &path)
{
    QFile source(sourceName);
    QSaveFile target(path);
    if (Status status = openForWriting(target); !status)
        return status;
    if (!source.open(QIODevice::ReadOnly))
        return cannotWrite(path, source.errorString());
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
            target.cancelWriting();
            return cannotWrite(path, target.errorString());
        }
    }
    return commit(target);
}

} // namespace

Status writeXlsx(const Report &report, const QString &path)
{
    if (Status status = checkSize(report); !status)
        return status;
    // The workbook is assembled next to the target, never in a shared temp folder, and removed
    // when this function returns.
    const QFileInfo info(path);
    QTemporaryFile temp(info.absoluteDir().filePath(u".linli-export-XXXXXX.part"_s));
    if (!temp.open())
        return cannotWrite(path, temp.errorString());
    temp.close();
    const Status written = WorkbookWriter(report, temp.fileName()).write();
    if (!written)
        return cannotWrite(path, written.error().detail());
    return replaceWith(temp.fileName(), path);
}

} // namespace Linli::Reports
