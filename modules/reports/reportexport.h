#pragma once

#include "report.h"

#include <core/result.h>

#include <optional>

namespace Linli::Reports {

// Every writer replaces `path` atomically: on any error the old file (or no file) stays and an
// Error with a translated message is returned.

enum class ExportFormat { Pdf, Xlsx, Csv };

// A4 PDF exactly as printed (see renderReport()). Needs a QGuiApplication.
Status writePdf(const Report &report, const QString &path);
// One sheet per table: title, organisation and parameters above a bold, frozen header row;
// every cell is written as text, so ID numbers keep all their digits.
Status writeXlsx(const Report &report, const QString &path);
// UTF-8 with BOM, RFC 4180 quoting, CRLF. One table: its header and rows only. Several tables:
// each preceded by its caption and separated by a blank line. A cell Excel would run as a
// formula ("=…", "@…", "+…"/"-…" unless a number) gets a leading apostrophe.
Status writeCsv(const Report &report, const QString &path);
// Dispatches to one of the writers above.
Status writeReport(const Report &report, const QString &path, ExportFormat format);

// The format a file name asks for by its suffix (any case), if Linli writes it.
std::optional<ExportFormat> exportFormatForPath(const QString &path);
// "pdf", "xlsx", "csv".
QString exportSuffix(ExportFormat format);
// The file name to propose for an export: title and date ("居民花名册_2026-11-29.xlsx"),
// with the characters Windows refuses in file names replaced.
QString suggestedFileName(const Report &report, ExportFormat format);

} // namespace Linli::Reports
