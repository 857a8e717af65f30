#include "signindialog.h"

#include <sync/syncengine.h>
#include <sync/synctr.h>
#include <uikit/messages.h>

#include <QtCore/QThread>
#include <QtCore/QUrl>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

#include <memory>

namespace Linli::Sync {

SignInDialog::SignInDialog(SyncJob job, const QString &server, QWidget *parent)
    : QDialog(parent), m_job(std::move(job)), m_user(new QLineEdit(m_job.username(), this)),
      m_password(new QLineEdit(this)), m_problem(Ui::problemLabel(this))
{
    setWindowTitle(Tr::tr("Sign in to the sync server"));
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *intro = new QLabel(Tr::tr("This computer syncs with %1. Sign in with the user name and password the "
                                    "server's administrator gave you; this computer then stays signed in for 30 "
                                    "days.")
                                 .arg(QUrl(server).host()),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(Tr::tr("User on the server:"), m_user);
    form->addRow(Tr::tr("Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(Tr::tr("Sign in"));
    buttons->button(QDialogButtonBox::Cancel)->setText(Tr::tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    m_password->setFocus();
}

SignInDialog::~SignInDialog()
{
    if (m_thread) {
        m_thread->disconnect(this);
        m_thread->wait();
    }
}

void SignInDialog::accept()
{
    if (m_thread)
        return;
    if (m_user->text().trimmed().isEmpty() || m_password->text().isEmpty())
        return Ui::showProblem(m_problem, Tr::tr("Enter the user name and the password."));
    m_ok->setEnabled(false);
    Ui::showProblem(m_problem, Tr::tr("Signing in…"));
    auto box = std::make_shared<Status>();
    const QString user = m_user->text().trimmed();
    const QString password = m_password->text();
    m_thread = QThread::create([job = m_job, box, user, password] { *box = job.signIn(user, password); });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, this, [this, box] {
        m_thread = nullptr;
        m_ok->setEnabled(true);
        if (!*box) {
            m_password->clear();
            return Ui::showProblem(m_problem, box->error().message());
        }
        QDialog::accept();
    });
    m_thread->start();
}

} // namespace Linli::Sync
