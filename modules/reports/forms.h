#pragma once

// Printed forms with a fixed place for everything, unlike the flowing Report: the payment
// receipt (A4, or the small pre-printed 三联 form) and letters such as the arrears notice
// (催缴通知单). Like Report, they carry already formatted and masked text only.

#include "formdata.h"

#include <core/result.h>

#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>
#include <QtCore/QStringList>

class QPagedPaintDevice;
class QPageLayout;

namespace Linli::Reports {

QPageLayout receiptPageLayout(const ReceiptPaper &paper);
Status renderReceipt(const ReceiptForm &form, const ReceiptPaper &paper, QPagedPaintDevice *device);
Status writeReceiptPdf(const ReceiptForm &form, const ReceiptPaper &paper, const QString &path);

QPageLayout letterPageLayout();
Status renderLetters(const QList<Letter> &letters, QPagedPaintDevice *device);
Status writeLettersPdf(const QList<Letter> &letters, const QString &title, const QString &path);

} // namespace Linli::Reports
