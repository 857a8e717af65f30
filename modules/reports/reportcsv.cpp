#include "reportexport.h"

#include "filewriting.h"

#include <QtCore/QSaveFile>

using namespace Qt::StringLiterals;

namespace Linli::Reports {

namespace {

// A cell that a spreadsheet would run as a formula (=, +, -, @ first) is prefixed with an
// apostrophe, unless it is a plain number such as "-12.50": residents' data must never
// execute when an office opens the file in Excel.
QString neutralised(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    const bool sign = (first == u'+' || first == u'-') && cell.size() > 1; // "-" alone means none
    const bool risky = sign || first == u'=' || first == u'@' || first == u'\t' || first == u'\r';
    if (!risky)
        return cell;
    bool number = false;
    cell.toDouble(&number);
    return number ? cell : u"'"_s + cell;
}

// RFC 4180: quote a field holding a comma, quote or line break; double the quotes inside.
QString csvField(const QString &cell)
{
    QString text = neutralised(cell);
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(u"\""_s, u"\"\""_s);
        return u'"' + text + u'"';
    }
    return text;
}

QString csvLine(const QStringList &cells, qsizetype columns)
{
    QStringList fields;
    for (qsizetype c = 0; c < columns; ++c)
        fields.append(csvField(c < cells.size() ? cells[c] : QString()));
    return fields.join(u',') + u"\r\n"_s;
}

QString csvTable(const Table &table, bool withCaption)
{
    QString text;
    if (withCaption)
        text += csvLine({table.caption}, 1);
    QStringList titles;
    for (const Column &column : table.columns)
        titles.append(column.title);
    text += csvLine(titles, titles.size());
    for (const QStringList &row : table.rows)
        text += csvLine(row, titles.size());
    return text;
}

} // namespace

Status writeCsv(const Report &report, const QString &path)
{
    QSaveFile file(path);
    if (Status status = openForWriting(file); !status)
        return status;
    // The BOM makes Excel on Chinese Windows read UTF-8 instead of GBK.
    file.write("\xEF\xBB\xBF");
    const bool several = report.tables.size() > 1;
    for (qsizetype t = 0; t < report.tables.size(); ++t) {
        QString text = csvTable(report.tables[t], several);
        if (t > 0)
            text.prepend(u"\r\n"_s);
        file.write(text.toUtf8());
    }
    return commit(file);
}

} // namespace Linli::Reports
