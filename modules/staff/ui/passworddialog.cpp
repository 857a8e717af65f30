#include "passworddialog.h"

#include <staff/stafftr.h>
#include <staff/userservice.h>

#include <uikit/messages.h>

#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace Linli::Staff {

PasswordDialog::PasswordDialog(Mode mode, const QString &username, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_username(username), m_current(new QLineEdit(this)), m_new(new QLineEdit(this)),
      m_repeat(new QLineEdit(this)), m_problem(Ui::problemLabel(this))
{
    setWindowTitle(mode == Mode::ChangeOwn ? Tr::tr("Change my password")
                                           : Tr::tr("Reset password of %1").arg(username));
    for (QLineEdit *e : {m_current, m_new, m_repeat})
        e->setEchoMode(QLineEdit::Password);
    m_current->setObjectName(QStringLiteral("current"));
    m_new->setObjectName(QStringLiteral("new"));
    m_repeat->setObjectName(QStringLiteral("repeat"));
    auto *form = new QFormLayout;
    if (mode == Mode::ChangeOwn)
        form->addRow(Tr::tr("Current password:"), m_current);
    else
        m_current->hide();
    form->addRow(Tr::tr("New password:"), m_new);
    form->addRow(Tr::tr("Repeat new password:"), m_repeat);
    auto *hint =
        new QLabel(mode == Mode::ChangeOwn
                       ? Tr::tr("At least 8 characters. Only your key slot is rewritten; the data stay as they are.")
                       : Tr::tr("Tell the colleague the temporary password in person; they must change it at "
                                "the next sign-in."),
                   this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(Tr::tr("Change password"));
    buttons->button(QDialogButtonBox::Cancel)->setText(Tr::tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString PasswordDialog::currentPassword() const
{
    return m_current->text();
}
QString PasswordDialog::newPassword() const
{
    return m_new->text();
}

void PasswordDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
}

void PasswordDialog::accept()
{
    if (m_mode == Mode::ChangeOwn && m_current->text().isEmpty())
        return showProblem(Tr::tr("Enter your current password."));
    if (auto s = UserService::validatePassword(m_username, m_new->text()); !s)
        return showProblem(s.error().message());
    if (m_new->text() != m_repeat->text())
        return showProblem(Tr::tr("The two new passwords differ."));
    QDialog::accept();
}

} // namespace Linli::Staff
