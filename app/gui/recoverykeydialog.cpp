#include "recoverykeydialog.h"

#include "shell.h"

#include <reports/ui/reportdialogs.h>
#include <uikit/messages.h>

#include <QtWidgets/QCheckBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace Linli::App {

RecoveryKeyDialog::RecoveryKeyDialog(const Reports::RecoveryKeySheet &sheet, QWidget *parent)
    : QDialog(parent), m_sheet(sheet),
      m_kept(new QCheckBox(ShellTr::tr("I have printed or written down the recovery key and locked it away."), this)),
      m_continue(new QPushButton(ShellTr::tr("Continue"), this))
{
    setWindowTitle(ShellTr::tr("Recovery key"));
    setObjectName(QStringLiteral("recoveryKeyDialog"));
    auto *title = new QLabel(ShellTr::tr("Keep this recovery key like cash"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    auto *explain = new QLabel(ShellTr::tr("It opens the database when every password is lost. Anyone who has it can "
                                           "read all the data. It is shown only now; Linli cannot show it again."),
                               this);
    explain->setWordWrap(true);
    auto *key = new QLabel(Reports::recoveryKeyLines(sheet.recoveryKey).join(u'\n'), this);
    key->setObjectName(QStringLiteral("recoveryKey"));
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setPointSizeF(15);
    mono.setBold(true);
    key->setFont(mono);
    key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    key->setAlignment(Qt::AlignCenter);
    key->setStyleSheet(QStringLiteral("background: #fff8e1; border: 1px solid #e0c060; padding: 14px;"));

    auto *print = new QPushButton(ShellTr::tr("Print…"), this);
    auto *savePdf = new QPushButton(ShellTr::tr("Save as PDF…"), this);
    m_continue->setEnabled(false);
    m_continue->setDefault(true);
    m_continue->setObjectName(QStringLiteral("continue"));
    m_kept->setObjectName(QStringLiteral("kept"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(print);
    buttons->addWidget(savePdf);
    buttons->addStretch();
    buttons->addWidget(m_continue);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(title);
    layout->addWidget(explain);
    layout->addWidget(key);
    layout->addWidget(m_kept);
    layout->addLayout(buttons);
    setMinimumWidth(640);

    connect(m_kept, &QCheckBox::toggled, m_continue, &QPushButton::setEnabled);
    connect(m_continue, &QPushButton::clicked, this, &QDialog::accept);
    connect(print, &QPushButton::clicked, this, [this] { Reports::showPrintPreview(m_sheet, this); });
    connect(savePdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, ShellTr::tr("Save the recovery key"),
                                                          ShellTr::tr("Linli recovery key") + QStringLiteral(".pdf"),
                                                          QStringLiteral("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        if (auto s = Reports::writePdf(m_sheet, path); !s)
            return Ui::showError(this, ShellTr::tr("Save the recovery key"), s.error());
        Ui::showInfo(
            this, ShellTr::tr("Save the recovery key"),
            ShellTr::tr("Saved to %1. Print it, then delete the file: a file can be copied unnoticed.").arg(path));
    });
}

void RecoveryKeyDialog::reject()
{
    // Escape must not skip the confirmation.
    if (m_kept->isChecked())
        QDialog::reject();
}

} // namespace Linli::App
