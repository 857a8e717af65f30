#pragma once

#include <reports/recoverykeysheet.h>

#include <QtWidgets/QDialog>

class QCheckBox;
class QPushButton;

namespace Linli::App {

// Shows the recovery key once, offers to print it or save it as PDF, and stays open until
// the person confirms it is kept safe.
class RecoveryKeyDialog : public QDialog
{
    Q_OBJECT
public:
    RecoveryKeyDialog(const Reports::RecoveryKeySheet &sheet, QWidget *parent = nullptr);
    void reject() override;

private:
    Reports::RecoveryKeySheet m_sheet;
    QCheckBox *m_kept;
    QPushButton *m_continue;
};

} // namespace Linli::App
