#pragma once

#include <reports/recoverykeysheet.h>
#include <reports/report.h>

#include <core/result.h>

class QWidget;

namespace Linli::Reports {

// A modal print preview of `report` on A4 (landscape when a table is wide); printing from it
// paints through renderReport(). Shows a message if the print fonts are missing.
void showPrintPreview(const Report &report, QWidget *parent);
// The same for the recovery key sheet.
void showPrintPreview(const RecoveryKeySheet &sheet, QWidget *parent);

// Asks for a file name (PDF, Excel or CSV; proposed from the title and date) and writes the
// report there. Cancelling is not an error: the Status is ok and *writtenPath is empty.
Status exportReportWithDialog(const Report &report, QWidget *parent, QString *writtenPath);

} // namespace Linli::Reports
