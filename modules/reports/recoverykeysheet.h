#pragma once

#include <core/result.h>

#include <QtCore/QDateTime>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtGui/QPageLayout>

class QPagedPaintDevice;

namespace Linli::Reports {

// The one page printed when a database is created: the recovery key and how to keep it.
struct RecoveryKeySheet
{
    QString organisation;
    QString databasePath;
    QString databaseId;
    QDateTime createdAt;
    QString recoveryKey; // "XXXX-XXXX-..." 14 groups, as Storage::RecoveryKey::format() makes it
};

// A4 portrait with office margins.
QPageLayout recoveryKeySheetPageLayout();

// Paints the sheet on one page of `device` (a QPdfWriter or a QPrinter) with its current page
// layout. The device must not be painted on yet.
Status renderRecoveryKeySheet(const RecoveryKeySheet &sheet, QPagedPaintDevice *device);

// Writes the sheet as a one-page PDF, atomically.
Status writePdf(const RecoveryKeySheet &sheet, const QString &path);

// The key as printed: two lines of seven groups joined by '-' (fewer groups split in half).
QStringList recoveryKeyLines(const QString &recoveryKey);

} // namespace Linli::Reports
