#pragma once

#include "sheetreader.h"

#include <core/result.h>

#include <QtCore/QString>

namespace Linli::Tabular {

// Opens one worksheet of an XLSX file (the first, or the one called `sheetName`) for reading row
// by row: shared and inline strings, numbers exactly as stored, booleans, dates in
// date-formatted cells as "yyyy-MM-dd", merged ranges filled with their top-left value in the
// rows of the range that have data, within the columns the sheet uses.
Result<std::unique_ptr<SheetReader>> openXlsx(const QString &path, const QString &sheetName = {});

// The whole worksheet: openXlsx() and readAll().
Result<Sheet> readXlsx(const QString &path, const QString &sheetName = {});

// Excel's serial day number as a date text ("yyyy-MM-dd", or "yyyy-MM-dd HH:mm" when the
// serial has a time of day and `withTime`); empty if out of range.
QString excelSerialToText(double serial, bool date1904 = false, bool withTime = false);

// Whether a number format code shows a date (e.g. "yyyy/m/d", "yyyy\"年\"m\"月\"d\"日\"").
bool isDateFormatCode(const QString &formatCode);

} // namespace Linli::Tabular
