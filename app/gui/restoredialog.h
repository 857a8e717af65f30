#pragma once

#include <staff/authservice.h>

#include <QtWidgets/QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace Linli::App {

// Restores a backup file to a new database file and signs in to it. Never overwrites.
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RestoreDialog(QWidget *parent = nullptr);

    QString databasePath() const;
    std::optional<Staff::Session> takeSession();
    void accept() override;

private:
    void updateMode();

    std::optional<Staff::Session> m_session;
    QLineEdit *m_backup;
    QLineEdit *m_target;
    QRadioButton *m_byPassword;
    QRadioButton *m_byRecoveryKey;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_recoveryKey;
    QLabel *m_problem;
};

} // namespace Linli::App
