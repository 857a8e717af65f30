#pragma once

#include <QtCore/QPointer>
#include <QtCore/QThread>
#include <QtWidgets/QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

#include <sync/syncjob.h>

namespace Linli::Sync {

// Signs the desktop user in to the sync server (once per 30 days on this computer): the user
// name and password the server's administrator gave. The request runs off the window's thread.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(SyncJob job, const QString &server, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void accept() override;

private:
    SyncJob m_job;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_problem;
    QPushButton *m_ok;
    QPointer<QThread> m_thread;
};

} // namespace Linli::Sync
