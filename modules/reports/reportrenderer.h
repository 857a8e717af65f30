#pragma once

#include "report.h"

#include <core/result.h>

#include <QtGui/QPageLayout>

class QPagedPaintDevice;

namespace Linli::Reports {

enum class PageOrientation { Automatic, Portrait, Landscape };

// A4 with office margins. Automatic turns the page to landscape when a table has more than
// seven columns.
QPageLayout defaultPageLayout(const Report &report, PageOrientation orientation = PageOrientation::Automatic);

// Paints every page of `report` onto `device` (a QPdfWriter, or a QPrinter from the UI) with the
// device's current page layout: header on every page, tables with the column header repeated,
// footer "Page x of y". Lays out first, then paints, so y is known. The device must not be
// painted on yet.
Status renderReport(const Report &report, QPagedPaintDevice *device);

// How many pages renderReport() produces on `device` with its current page layout.
Result<int> reportPageCount(const Report &report, QPagedPaintDevice *device);

// A date and time as printed on Linli documents, in the translated format
// (Chinese: "2026年11月29日 14:05"), in local time.
QString formatPrintedDateTime(const QDateTime &dateTime);

} // namespace Linli::Reports
