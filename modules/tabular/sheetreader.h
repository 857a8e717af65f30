#pragma once

#include "sheet.h"

#include <core/result.h>

#include <QtCore/QString>

#include <memory>
#include <optional>

namespace Linli::Tabular {

// Limits that keep a hostile or absurd file from exhausting memory or time.
inline constexpr qint64 MaxFileBytes = 256LL * 1024 * 1024;
inline constexpr int MaxRows = 1'000'000;
inline constexpr int MaxColumns = 16'384; // Excel's XFD
inline constexpr qint64 MaxCells = 30'000'000;
inline constexpr int MaxCellChars = 32'767;         // Excel's own limit for one cell
inline constexpr int MaxRowChars = 1'048'576;       // a row of 32 full cells; rosters have a few hundred
inline constexpr qint64 MaxTextChars = 128'000'000; // all cells together, repeated shared strings counted each time

// Reads a spreadsheet one row at a time, so that a file's rows never all sit in memory at once.
// Each row is built from the file as it is read; merged ranges (XLSX) fill only rows that have
// data of their own, never the empty rows a range claims.
class SheetReader
{
public:
    virtual ~SheetReader() = default;

    // Opens `path`, deciding by its content (not its suffix) whether it is XLSX or CSV. XLSX: the
    // first worksheet, or the one called `sheetName`. Malformed files give ErrorCode::InvalidInput
    // with a reason in detail(): "file.empty", "file.not_spreadsheet", "file.encrypted",
    // "file.legacy_xls", "file.damaged", "file.too_large", "sheet.not_found".
    static Result<std::unique_ptr<SheetReader>> open(const QString &path, const QString &sheetName = {});

    // The worksheet's name; empty for CSV.
    virtual QString sheetName() const = 0;
    // The next row in file order (XLSX: rows with a value only; CSV: every record), nothing at the
    // end, or the error that stopped the reading ("file.damaged", "file.too_large").
    virtual Result<std::optional<SheetRow>> next() = 0;
};

// Every row of `reader` (for sheets small enough to hold).
Result<Sheet> readAll(SheetReader &reader);

// Reads a whole spreadsheet: SheetReader::open() and readAll().
Result<Sheet> readFile(const QString &path, const QString &sheetName = {});

} // namespace Linli::Tabular
