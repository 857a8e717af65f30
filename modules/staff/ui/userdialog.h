#pragma once

#include <core/permission.h>

#include <QtWidgets/QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Linli::Staff {

// Add a staff account (user name, name, role, temporary password) or edit name and role.
class UserDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Add, Edit };
    UserDialog(Mode mode, QWidget *parent = nullptr);

    void setUser(const QString &username, const QString &displayName, Core::Role role);
    QString username() const;
    QString displayName() const;
    Core::Role role() const;
    QString password() const;

    void accept() override;

private:
    Mode m_mode;
    QLineEdit *m_username;
    QLineEdit *m_displayName;
    QComboBox *m_role;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_problem;
};

} // namespace Linli::Staff
