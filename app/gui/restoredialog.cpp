#include "restoredialog.h"

#include "shell.h"

#include <composition.h>
#include <core/clock.h>
#include <staff/setup.h>
#include <uikit/messages.h>

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QVBoxLayout>

namespace Linli::App {

namespace {

QHBoxLayout *withBrowseButton(QLineEdit *edit, QPushButton *button)
{
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(button);
    return row;
}

} // namespace

RestoreDialog::RestoreDialog(QWidget *parent)
    : QDialog(parent), m_backup(new QLineEdit(this)), m_target(new QLineEdit(this)),
      m_byPassword(new QRadioButton(ShellTr::tr("User name and password valid when the backup was made"), this)),
      m_byRecoveryKey(new QRadioButton(ShellTr::tr("Recovery key"), this)), m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_recoveryKey(new QLineEdit(this)), m_problem(Ui::problemLabel(this))
{
    setWindowTitle(ShellTr::tr("Restore from a backup"));
    m_backup->setObjectName(QStringLiteral("backup"));
    m_target->setObjectName(QStringLiteral("target"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_recoveryKey->setFont(QFont(QStringLiteral("DejaVu Sans Mono")));
    m_byPassword->setChecked(true);

    auto *browseBackup = new QPushButton(ShellTr::tr("Browse…"), this);
    auto *browseTarget = new QPushButton(ShellTr::tr("Browse…"), this);
    auto *form = new QFormLayout;
    form->addRow(ShellTr::tr("Backup file:"), withBrowseButton(m_backup, browseBackup));
    form->addRow(ShellTr::tr("Restore as (new file):"), withBrowseButton(m_target, browseTarget));
    form->addRow(m_byPassword);
    form->addRow(ShellTr::tr("User name:"), m_user);
    form->addRow(ShellTr::tr("Password:"), m_password);
    form->addRow(m_byRecoveryKey);
    form->addRow(ShellTr::tr("Recovery key:"), m_recoveryKey);
    auto *hint = new QLabel(ShellTr::tr("The backup is checked before anything is written; an existing database file "
                                        "is never overwritten."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(ShellTr::tr("Restore"));
    buttons->button(QDialogButtonBox::Cancel)->setText(ShellTr::tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(600);

    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);
    connect(m_byPassword, &QRadioButton::toggled, this, &RestoreDialog::updateMode);
    connect(browseBackup, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, ShellTr::tr("Backup file"), m_backup->text(),
                                                          ShellTr::tr("Linli backups (*.linlibak);;All files (*)"));
        if (path.isEmpty())
            return;
        m_backup->setText(path);
        if (m_target->text().isEmpty()) {
            const QFileInfo info(path);
            m_target->setText(
                info.dir().filePath(info.completeBaseName() + ShellTr::tr("-restored") + QStringLiteral(".linli")));
        }
    });
    connect(browseTarget, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, ShellTr::tr("Restore as"), m_target->text(),
                                                          ShellTr::tr("Linli databases (*.linli)"));
        if (!path.isEmpty())
            m_target->setText(path);
    });
    updateMode();
}

void RestoreDialog::updateMode()
{
    const bool byPassword = m_byPassword->isChecked();
    m_user->setEnabled(byPassword);
    m_password->setEnabled(byPassword);
    m_recoveryKey->setEnabled(!byPassword);
}

QString RestoreDialog::databasePath() const
{
    QString p = m_target->text().trimmed();
    if (!p.isEmpty() && !p.endsWith(QStringLiteral(".linli")))
        p += QStringLiteral(".linli");
    return p;
}

std::optional<Staff::Session> RestoreDialog::takeSession()
{
    std::optional<Staff::Session> out = std::move(m_session);
    m_session.reset();
    return out;
}

void RestoreDialog::accept()
{
    if (m_backup->text().trimmed().isEmpty() || databasePath().isEmpty())
        return Ui::showProblem(m_problem, ShellTr::tr("Choose the backup file and where to restore it."));
    const Storage::Credentials credentials = m_byPassword->isChecked()
                                                 ? Storage::Credentials::password(m_user->text(), m_password->text())
                                                 : Storage::Credentials::recoveryKey(m_recoveryKey->text());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto session = Staff::restoreDatabase(m_backup->text().trimmed(), databasePath(), credentials, allMigrations(),
                                          Core::Clock::system());
    QApplication::restoreOverrideCursor();
    m_password->clear();
    if (!session)
        return Ui::showProblem(m_problem, session.error().message());
    m_session = std::move(*session);
    QDialog::accept();
}

} // namespace Linli::App
