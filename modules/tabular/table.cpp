#include "table.h"

#include "tabulartr.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linli::Tabular {

namespace {

bool isZeroWidth(char16_t c)
{
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

bool isSpaceLike(char16_t c)
{
    return c == 0x00A0 || c == 0x3000 || c == 0x202F || c == 0x2007 || QChar::isSpace(c);
}

// Full-width ASCII (U+FF01..U+FF5E) to its half-width form; `all` also folds punctuation.
char16_t foldFullWidth(char16_t c, bool all)
{
    if (c < 0xFF01 || c > 0xFF5E)
        return c;
    const char16_t ascii = char16_t(c - 0xFEE0);
    if (all || (ascii >= u'0' && ascii <= u'9') || (ascii >= u'A' && ascii <= u'Z') || (ascii >= u'a' && ascii <= u'z'))
        return ascii;
    return c;
}

} // namespace

QString normalizeCell(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (isZeroWidth(c))
            continue;
        if (isSpaceLike(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        out.append(QChar(foldFullWidth(c, false)));
    }
    return out;
}

QString normalizeHeader(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (isZeroWidth(c) || isSpaceLike(c))
            continue;
        out.append(QChar(foldFullWidth(c, true)));
    }
    out = out.toLower();
    // Markers around the name itself: "*姓名", "姓名：", "身份证号(必填)".
    static const QStringList suffixes{u"(必填)"_s, u"(选填)"_s, u"*"_s, u":"_s, u"："_s};
    bool changed = true;
    while (changed && !out.isEmpty()) {
        changed = false;
        for (const QString &s : suffixes) {
            if (out.size() > s.size() && out.endsWith(s)) {
                out.chop(s.size());
                changed = true;
            }
        }
        if (out.size() > 1 && out.startsWith(u'*')) {
            out.remove(0, 1);
            changed = true;
        }
    }
    return out;
}

Table::Table(int headerRowNumber, QStringList headers, QList<ColumnSpec> specs, QList<SheetRow> rows)
    : m_headerRowNumber(headerRowNumber), m_headers(std::move(headers)), m_specs(std::move(specs)),
      m_rows(std::move(rows))
{
    for (const ColumnSpec &spec : std::as_const(m_specs)) {
        QStringList names;
        for (const QString &n : spec.names)
            names.append(normalizeHeader(n));
        names.append(normalizeHeader(spec.key));
        for (qsizetype col = 0; col < m_headers.size(); ++col) {
            const QString h = normalizeHeader(m_headers.at(col));
            if (h.isEmpty() || !names.contains(h))
                continue;
            const auto taken = std::find(m_mapping.cbegin(), m_mapping.cend(), int(col));
            if (taken == m_mapping.cend()) {
                m_mapping.insert(spec.key, int(col));
                break;
            }
        }
    }
}

bool Table::setMapping(const QString &key, int column)
{
    const bool known = std::any_of(m_specs.cbegin(), m_specs.cend(), [&](const ColumnSpec &s) { return s.key == key; });
    if (!known || column < -1 || column >= m_headers.size())
        return false;
    if (column == -1) {
        m_mapping.remove(key);
        return true;
    }
    for (auto it = m_mapping.begin(); it != m_mapping.end();) {
        if (it.value() == column && it.key() != key)
            it = m_mapping.erase(it);
        else
            ++it;
    }
    m_mapping.insert(key, column);
    return true;
}

QList<int> Table::unmappedColumns() const
{
    QList<int> out;
    for (int col = 0; col < m_headers.size(); ++col) {
        if (std::find(m_mapping.cbegin(), m_mapping.cend(), col) == m_mapping.cend())
            out.append(col);
    }
    return out;
}

QStringList Table::missingRequiredKeys() const
{
    QStringList out;
    for (const ColumnSpec &spec : m_specs) {
        if (spec.required && !m_mapping.contains(spec.key))
            out.append(spec.key);
    }
    return out;
}

QString Table::value(const SheetRow &row, const QString &key) const
{
    const int col = column(key);
    return col < 0 ? QString() : row.cell(col);
}

namespace {

// A header row names at least two known columns (one if only one spec is given).
bool isHeader(const SheetRow &row, const QList<ColumnSpec> &specs)
{
    QStringList cells;
    for (const QString &c : row.cells)
        cells.append(normalizeCell(c));
    const Table probe(row.number, cells, specs, {});
    return probe.mapping().size() >= (specs.size() >= 2 ? 2 : 1);
}

Error noHeader(const QList<ColumnSpec> &specs)
{
    QStringList requiredNames;
    for (const ColumnSpec &spec : specs) {
        if (spec.required)
            requiredNames.append(spec.names.value(0, spec.key));
    }
    return Error(ErrorCode::InvalidInput,
                 Tr::tr("No header row was found in the first %1 rows. The header must name the columns, "
                        "for example: %2.")
                     .arg(HeaderSearchRows)
                     .arg(requiredNames.join(u"、"_s)),
                 u"header.not_found"_s);
}

SheetRow normalized(const SheetRow &row)
{
    SheetRow out{row.number, {}};
    out.cells.reserve(row.cells.size());
    for (const QString &c : row.cells)
        out.cells.append(normalizeCell(c));
    return out;
}

// The table under `header`, or the error naming the required columns it lacks.
Result<Table> tableUnder(const SheetRow &header, const QList<ColumnSpec> &specs, QList<SheetRow> rows)
{
    QStringList headers = normalized(header).cells;
    while (!headers.isEmpty() && headers.constLast().isEmpty())
        headers.removeLast();
    Table table(header.number, std::move(headers), specs, std::move(rows));
    const QStringList missing = table.missingRequiredKeys();
    if (!missing.isEmpty()) {
        QStringList names;
        for (const ColumnSpec &spec : specs) {
            if (missing.contains(spec.key))
                names.append(spec.names.value(0, spec.key));
        }
        return Error(
            ErrorCode::InvalidInput,
            Tr::tr("The header in row %1 lacks required columns: %2.").arg(header.number).arg(names.join(u"、"_s)),
            u"header.missing_columns"_s);
    }
    return table;
}

} // namespace

Result<Table> findHeader(const Sheet &sheet, const QList<ColumnSpec> &specs)
{
    qsizetype headerIndex = -1;
    for (qsizetype i = 0; i < sheet.rows.size() && i < HeaderSearchRows; ++i) {
        if (sheet.rows.at(i).number > HeaderSearchRows)
            break;
        if (isHeader(sheet.rows.at(i), specs)) {
            headerIndex = i;
            break;
        }
    }
    if (headerIndex < 0)
        return noHeader(specs);

    QList<SheetRow> rows;
    for (qsizetype i = headerIndex + 1; i < sheet.rows.size(); ++i) {
        SheetRow row = normalized(sheet.rows.at(i));
        if (!row.isBlank())
            rows.append(std::move(row));
    }
    return tableUnder(sheet.rows.at(headerIndex), specs, std::move(rows));
}

Result<TableReader> TableReader::open(std::unique_ptr<SheetReader> reader, const QList<ColumnSpec> &specs)
{
    for (int seen = 0; seen < HeaderSearchRows; ++seen) {
        auto row = reader->next();
        if (!row)
            return row.error();
        if (!*row || (*row)->number > HeaderSearchRows)
            break;
        if (isHeader(**row, specs)) {
            auto table = tableUnder(**row, specs, {});
            if (!table)
                return table.error();
            TableReader out;
            out.m_reader = std::move(reader);
            out.m_table = std::move(*table);
            return out;
        }
    }
    return noHeader(specs);
}

Result<std::optional<SheetRow>> TableReader::next()
{
    for (;;) {
        auto row = m_reader->next();
        if (!row || !*row)
            return row;
        SheetRow out = normalized(**row);
        if (!out.isBlank())
            return std::optional<SheetRow>(std::move(out));
    }
}

} // namespace Linli::Tabular
