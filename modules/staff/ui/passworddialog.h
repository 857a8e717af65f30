#pragma once

#include <QtWidgets/QDialog>

class QLabel;
class QLineEdit;

namespace Linli::Staff {

// Change one's own password (asks for the current one) or set a temporary one for a colleague.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { ChangeOwn, Reset };
    PasswordDialog(Mode mode, const QString &username, QWidget *parent = nullptr);

    QString currentPassword() const;
    QString newPassword() const;
    // Shows a problem (e.g. the current password was wrong) and keeps the dialog open.
    void showProblem(const QString &text);

    void accept() override;

private:
    Mode m_mode;
    QString m_username;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_repeat;
    QLabel *m_problem;
};

} // namespace Linli::Staff
