#pragma once

#include "uiservices.h"

#include <core/result.h>
#include <reports/forms.h>

#include <QtWidgets/QDialog>

class QPrinter;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;

namespace Linli::Fees {

// The receipt paper of this computer (each printer needs its own offsets), kept in QSettings.
Reports::ReceiptPaper receiptPaper();
void setReceiptPaper(const Reports::ReceiptPaper &paper);

// Prints receipt `number` on `printer` (set up already) or, when null, asks for the printer
// first. The print is recorded (original or counted reprint) only when it was printed. False when
// the printer dialog was cancelled.
Result<bool> printReceipt(const UiServices &services, const QString &number, QWidget *parent,
                          QPrinter *printer = nullptr);

// A modal print preview of letters (催缴通知单), one page each.
void showLettersPreview(const QList<Reports::Letter> &letters, QWidget *parent);

// Which paper receipts go on, and how far the printer must shift them to land on the boxes of
// pre-printed 三联 paper; "Test page" prints a sample with the labels.
class ReceiptPaperDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReceiptPaperDialog(QWidget *parent = nullptr);
    Reports::ReceiptPaper paper() const;

private:
    void testPrint();

    QComboBox *m_kind;
    QCheckBox *m_preprinted;
    QDoubleSpinBox *m_offsetX;
    QDoubleSpinBox *m_offsetY;
};

} // namespace Linli::Fees
