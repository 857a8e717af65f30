#pragma once

#include "sheet.h"

#include <core/result.h>

#include <QtCore/QString>

namespace Linli::Tabular {

// Limits that keep a hostile or absurd file from exhausting memory or time.
inline constexpr qint64 MaxFileBytes = 256LL * 1024 * 1024;
inline constexpr int MaxRows = 1'000'000;
inline constexpr int MaxColumns = 16'384; // Excel's XFD
inline constexpr qint64 MaxCells = 30'000'000;

// Reads a spreadsheet, deciding by its content (not its suffix) whether it is XLSX or CSV.
// XLSX: the first worksheet, or the one called `sheetName`. Malformed files give
// ErrorCode::InvalidInput with a reason in detail(): "file.empty", "file.not_spreadsheet",
// "file.encrypted", "file.legacy_xls", "file.damaged", "file.too_large", "sheet.not_found".
Result<Sheet> readFile(const QString &path, const QString &sheetName = {});

} // namespace Linli::Tabular
