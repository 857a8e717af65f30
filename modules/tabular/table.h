#pragma once

#include "sheetreader.h"

#include <core/result.h>

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Linli::Tabular {

// A column the caller knows, with the header names offices commonly give it.
struct ColumnSpec
{
    QString key;       // e.g. "id_number"
    QStringList names; // e.g. 身份证号, 公民身份号码, 证件号码
    bool required = false;
};

// Data rows under a recognised header, with a key → column mapping the user may correct.
class Table
{
public:
    Table() = default;
    Table(int headerRowNumber, QStringList headers, QList<ColumnSpec> specs, QList<SheetRow> rows);

    // The header row number as the spreadsheet shows it.
    int headerRowNumber() const { return m_headerRowNumber; }
    // Header cells as written in the file (normalised like data cells).
    const QStringList &headers() const { return m_headers; }
    const QList<ColumnSpec> &specs() const { return m_specs; }
    // Non-blank data rows below the header, cells normalised, numbers as in the file.
    const QList<SheetRow> &rows() const { return m_rows; }

    // The 0-based column mapped to `key`, or -1.
    int column(const QString &key) const { return m_mapping.value(key, -1); }
    const QHash<QString, int> &mapping() const { return m_mapping; }
    // Maps `key` to `column` (-1 unmaps it); a column maps to one key at most, so a key that
    // had this column loses it. False if the key is unknown or the column out of range.
    bool setMapping(const QString &key, int column);
    // Header columns no key is mapped to, ascending.
    QList<int> unmappedColumns() const;
    // Keys of required specs that have no column.
    QStringList missingRequiredKeys() const;

    // The cell of `row` under `key`, or empty when the key is not mapped.
    QString value(const SheetRow &row, const QString &key) const;

private:
    int m_headerRowNumber = 0;
    QStringList m_headers;
    QList<ColumnSpec> m_specs;
    QList<SheetRow> m_rows;
    QHash<QString, int> m_mapping;
};

// How many leading rows findHeader() looks at for the header.
inline constexpr int HeaderSearchRows = 20;

// Finds the header row: the first of the first HeaderSearchRows rows that names at least two
// known columns (one if only one spec is given), skipping title rows and blank lines above it.
// Errors (InvalidInput): no header ("header.not_found"), required columns missing
// ("header.missing_columns", the message names them).
Result<Table> findHeader(const Sheet &sheet, const QList<ColumnSpec> &specs);

// A table read as a stream: the header first (findHeader()'s rules), then the data rows one at a
// time, so that an import never holds the whole sheet.
class TableReader
{
public:
    // Reads `reader` up to and including the header row; errors as findHeader().
    static Result<TableReader> open(std::unique_ptr<SheetReader> reader, const QList<ColumnSpec> &specs);

    // The header and its mapping, without rows; the mapping may be corrected before reading on.
    Table &table() { return m_table; }
    const Table &table() const { return m_table; }
    // The next non-blank data row, cells normalised; nothing at the end, or the error that
    // stopped the reading.
    Result<std::optional<SheetRow>> next();

private:
    std::unique_ptr<SheetReader> m_reader;
    Table m_table;
};

// Header text for matching: no whitespace at all, full-width folded to ASCII, lower case,
// without a trailing "：", "*", "(必填)"/"（必填）" or a leading "*".
QString normalizeHeader(const QString &text);

// Cell text: trimmed, zero-width characters removed, NBSP and full-width spaces made spaces,
// full-width digits and letters folded, inner runs of whitespace collapsed to one space.
QString normalizeCell(const QString &text);

} // namespace Linli::Tabular
