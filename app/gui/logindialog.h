#pragma once

#include <staff/authservice.h>

#include <QtWidgets/QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace Linli::App {

// Sign-in: which database, user name and password — or the recovery key when every password
// is lost. Also the way to create a new database. Holds the Session after success.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(const QString &databasePath, QWidget *parent = nullptr);

    QString databasePath() const { return m_databasePath; }
    void setDatabasePath(const QString &path);
    // The signed-in session; empty until the dialog was accepted.
    std::optional<Staff::Session> takeSession();
    // A session made by "New database…", with the recovery key already shown.
    bool createdNewDatabase() const { return m_created; }

    // Programmatic sign-in for tests and scripts; same path as the button.
    bool signIn(const QString &user, const QString &password);

private:
    void setUpCredentials();
    void attemptSignIn();
    void chooseDatabase();
    void createDatabase();
    void restoreDatabase();
    void adoptSession(Staff::Session session, const QString &path, bool created);
    void toggleRecovery();
    void showProblem(const QString &text);
    void startRetryDelay(int seconds);

    QString m_databasePath;
    std::optional<Staff::Session> m_session;
    bool m_created = false;
    bool m_recoveryMode = false;
    int m_retrySeconds = 0;

    QLabel *m_databaseLabel;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_recoveryKey;
    QStackedWidget *m_credentialStack;
    QLabel *m_problem;
    QPushButton *m_signIn;
    QPushButton *m_recoveryToggle;
    QTimer *m_retryTimer;
};

} // namespace Linli::App
