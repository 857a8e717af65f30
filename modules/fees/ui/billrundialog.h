#pragma once

#include "uiservices.h"

#include <QtWidgets/QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Linli::Fees {

// A bill run as a clerk makes it: choose the period and the compound, look at the preview (bills,
// totals by item, households skipped and why), then commit. Running a period again bills only
// the households not billed yet.
class BillRunDialog : public QDialog
{
    Q_OBJECT
public:
    BillRunDialog(const UiServices &services, QWidget *parent = nullptr);

private:
    void showPreview();
    void commit();

    UiServices m_services;
    QLineEdit *m_period;
    QComboBox *m_compound;
    QDateEdit *m_due;
    QPlainTextEdit *m_preview;
    QLabel *m_problem;
    QPushButton *m_commit;
};

} // namespace Linli::Fees
