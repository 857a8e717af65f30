#include "userdialog.h"

#include <staff/stafftr.h>
#include <staff/userservice.h>

#include <uikit/messages.h>

#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace Linli::Staff {

UserDialog::UserDialog(Mode mode, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_username(new QLineEdit(this)), m_displayName(new QLineEdit(this)),
      m_role(new QComboBox(this)), m_password(new QLineEdit(this)), m_repeat(new QLineEdit(this)),
      m_problem(Ui::problemLabel(this))
{
    setWindowTitle(mode == Mode::Add ? Tr::tr("New staff account") : Tr::tr("Edit staff account"));
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setPlaceholderText(Tr::tr("e.g. wangfang"));
    m_displayName->setPlaceholderText(Tr::tr("e.g. 王芳"));
    for (Core::Role r : Core::allRoles())
        m_role->addItem(Core::roleDisplayName(r), int(r));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("password"));
    m_repeat->setObjectName(QStringLiteral("repeat"));

    auto *form = new QFormLayout;
    form->addRow(Tr::tr("User name:"), m_username);
    form->addRow(Tr::tr("Name:"), m_displayName);
    form->addRow(Tr::tr("Role:"), m_role);
    if (mode == Mode::Add) {
        form->addRow(Tr::tr("Temporary password:"), m_password);
        form->addRow(Tr::tr("Repeat password:"), m_repeat);
    } else {
        m_username->setReadOnly(true);
        m_password->hide();
        m_repeat->hide();
    }
    auto *hint =
        new QLabel(mode == Mode::Add ? Tr::tr("The new colleague must choose their own password at the first sign-in.")
                                     : Tr::tr("A new role takes effect at the next sign-in."),
                   this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Add ? Tr::tr("Add") : Tr::tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(Tr::tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void UserDialog::setUser(const QString &username, const QString &displayName, Core::Role role)
{
    m_username->setText(username);
    m_displayName->setText(displayName);
    m_role->setCurrentIndex(m_role->findData(int(role)));
}

QString UserDialog::username() const
{
    return m_username->text().trimmed();
}
QString UserDialog::displayName() const
{
    return m_displayName->text().trimmed();
}
Core::Role UserDialog::role() const
{
    return Core::Role(m_role->currentData().toInt());
}
QString UserDialog::password() const
{
    return m_password->text();
}

void UserDialog::accept()
{
    // Check here so a typo is shown next to the field, before anything is written.
    Status s = UserService::validateUsername(username());
    if (s && m_mode == Mode::Add) {
        s = UserService::validatePassword(username(), password());
        if (s && password() != m_repeat->text())
            s = Error(ErrorCode::InvalidInput, Tr::tr("The two passwords differ."));
    }
    if (!s) {
        m_problem->setText(s.error().message());
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace Linli::Staff
