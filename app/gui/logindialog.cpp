#include "logindialog.h"

#include "createdatabasedialog.h"
#include "restoredialog.h"
#include "shell.h"

#include <composition.h>
#include <core/clock.h>

#include <QtCore/QFileInfo>
#include <QtCore/QSettings>
#include <QtCore/QTimer>
#include <uikit/messages.h>

#include <QtWidgets/QApplication>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QVBoxLayout>

namespace Linli::App {

namespace {

// The logo, the name and what Linli is for, at the top of the dialog.
QHBoxLayout *brandRow(QWidget *parent)
{
    auto *logo = new QLabel(parent);
    logo->setPixmap(appIcon().pixmap(72, 72));
    auto *name = new QLabel(ShellTr::tr("Linli Community Administration"), parent);
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    name->setFont(big);
    auto *tagline =
        new QLabel(ShellTr::tr("Residents, subsidies, fees and activities — encrypted on this computer."), parent);
    tagline->setWordWrap(true);
    auto *brand = new QHBoxLayout;
    brand->addWidget(logo);
    auto *brandText = new QVBoxLayout;
    brandText->addWidget(name);
    brandText->addWidget(tagline);
    brand->addLayout(brandText, 1);
    return brand;
}

} // namespace

LoginDialog::LoginDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent), m_databaseLabel(new QLabel(this)), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_recoveryKey(new QLineEdit(this)), m_credentialStack(new QStackedWidget(this)),
      m_problem(Ui::problemLabel(this)), m_signIn(new QPushButton(ShellTr::tr("Sign in"), this)),
      m_recoveryToggle(new QPushButton(ShellTr::tr("Forgot every password? Use the recovery key"), this)),
      m_retryTimer(new QTimer(this))
{
    setWindowTitle(ShellTr::tr("Linli — sign in"));
    setObjectName(QStringLiteral("loginDialog"));

    auto *brand = brandRow(this);
    setUpCredentials();

    auto *dbRow = new QHBoxLayout;
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *choose = new QPushButton(ShellTr::tr("Open another…"), this);
    auto *create = new QPushButton(ShellTr::tr("New database…"), this);
    create->setObjectName(QStringLiteral("createDatabase"));
    auto *restore = new QPushButton(ShellTr::tr("Restore backup…"), this);
    restore->setObjectName(QStringLiteral("restoreDatabase"));
    dbRow->addWidget(new QLabel(ShellTr::tr("Database:"), this));
    dbRow->addWidget(m_databaseLabel, 1);
    dbRow->addWidget(choose);
    dbRow->addWidget(create);
    dbRow->addWidget(restore);

    m_recoveryToggle->setFlat(true);
    m_recoveryToggle->setStyleSheet(QStringLiteral("color: #1f5fbf; text-decoration: underline; border: none;"));
    m_recoveryToggle->setCursor(Qt::PointingHandCursor);
    m_signIn->setDefault(true);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    auto *cancel = new QPushButton(ShellTr::tr("Quit"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_recoveryToggle);
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(m_signIn);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(14);
    layout->addLayout(brand);
    layout->addLayout(dbRow);
    layout->addWidget(m_credentialStack);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    setMinimumWidth(560);

    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::attemptSignIn);
    connect(cancel, &QPushButton::clicked, this, &LoginDialog::reject);
    connect(choose, &QPushButton::clicked, this, &LoginDialog::chooseDatabase);
    connect(create, &QPushButton::clicked, this, &LoginDialog::createDatabase);
    connect(restore, &QPushButton::clicked, this, &LoginDialog::restoreDatabase);
    connect(m_recoveryToggle, &QPushButton::clicked, this, &LoginDialog::toggleRecovery);
    connect(m_retryTimer, &QTimer::timeout, this, [this] { startRetryDelay(m_retrySeconds - 1); });

    m_user->setText(QSettings().value(QStringLiteral("lastUser")).toString());
    setDatabasePath(databasePath);
    (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
}

// A password, or the recovery key when every password is lost.
void LoginDialog::setUpCredentials()
{
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_recoveryKey->setObjectName(QStringLiteral("recoveryKey"));
    m_recoveryKey->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-…"));
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    m_recoveryKey->setFont(mono);

    auto *passwordPage = new QWidget(this);
    auto *passwordForm = new QFormLayout(passwordPage);
    passwordForm->setContentsMargins(0, 0, 0, 0);
    passwordForm->addRow(ShellTr::tr("User name:"), m_user);
    passwordForm->addRow(ShellTr::tr("Password:"), m_password);
    auto *recoveryPage = new QWidget(this);
    auto *recoveryForm = new QFormLayout(recoveryPage);
    recoveryForm->setContentsMargins(0, 0, 0, 0);
    auto *recoveryHint = new QLabel(ShellTr::tr("Type the 56 characters from the printed recovery key sheet. You will "
                                                "sign in as administrator and can then set new passwords."),
                                    this);
    recoveryHint->setWordWrap(true);
    recoveryForm->addRow(recoveryHint);
    recoveryForm->addRow(ShellTr::tr("Recovery key:"), m_recoveryKey);
    m_credentialStack->addWidget(passwordPage);
    m_credentialStack->addWidget(recoveryPage);
}

void LoginDialog::setDatabasePath(const QString &path)
{
    m_databasePath = path;
    if (path.isEmpty()) {
        m_databaseLabel->setText(ShellTr::tr("none chosen — open one or create a new one"));
    } else {
        m_databaseLabel->setText(QFileInfo(path).fileName());
        m_databaseLabel->setToolTip(QFileInfo(path).absoluteFilePath());
    }
    m_signIn->setEnabled(!path.isEmpty() && m_retrySeconds == 0);
}

std::optional<Staff::Session> LoginDialog::takeSession()
{
    std::optional<Staff::Session> out = std::move(m_session);
    m_session.reset();
    return out;
}

void LoginDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

bool LoginDialog::signIn(const QString &user, const QString &password)
{
    m_user->setText(user);
    m_password->setText(password);
    attemptSignIn();
    return m_session.has_value();
}

void LoginDialog::attemptSignIn()
{
    if (m_databasePath.isEmpty() || m_retrySeconds > 0)
        return;
    const Storage::Credentials credentials = m_recoveryMode
                                                 ? Storage::Credentials::recoveryKey(m_recoveryKey->text())
                                                 : Storage::Credentials::password(m_user->text(), m_password->text());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Staff::AuthService auth(Core::Clock::system());
    auto session = auth.signIn(m_databasePath, credentials, allMigrations());
    QApplication::restoreOverrideCursor();
    m_password->clear();
    if (!session) {
        showProblem(session.error().message());
        if (session.error().code() == ErrorCode::AuthenticationFailed && !m_recoveryMode) {
            // A growing pause after each failure: 1, 2, 4, 8 … at most 30 seconds.
            const int failures = std::max(1, auth.recentFailures(m_databasePath, m_user->text()));
            startRetryDelay(std::min(30, 1 << std::min(failures - 1, 5)));
        }
        m_password->setFocus();
        return;
    }
    QSettings().setValue(QStringLiteral("lastDatabase"), QFileInfo(m_databasePath).absoluteFilePath());
    if (!m_recoveryMode)
        QSettings().setValue(QStringLiteral("lastUser"), session->actor.username);
    m_session = std::move(*session);
    showProblem({});
    accept();
}

void LoginDialog::startRetryDelay(int seconds)
{
    m_retrySeconds = std::max(0, seconds);
    if (m_retrySeconds == 0) {
        m_retryTimer->stop();
        m_signIn->setText(ShellTr::tr("Sign in"));
        m_signIn->setEnabled(!m_databasePath.isEmpty());
        return;
    }
    m_signIn->setEnabled(false);
    m_signIn->setText(ShellTr::tr("Wait %1 s").arg(m_retrySeconds));
    m_retryTimer->start(1000);
}

void LoginDialog::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, ShellTr::tr("Open a Linli database"),
                                                      QFileInfo(m_databasePath).absolutePath(),
                                                      ShellTr::tr("Linli databases (*.linli);;All files (*)"));
    if (!path.isEmpty()) {
        setDatabasePath(path);
        showProblem({});
    }
}

void LoginDialog::createDatabase()
{
    CreateDatabaseDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (std::optional<Staff::Session> session = dialog.takeSession())
        adoptSession(std::move(*session), dialog.databasePath(), true);
}

void LoginDialog::restoreDatabase()
{
    RestoreDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (std::optional<Staff::Session> session = dialog.takeSession())
        adoptSession(std::move(*session), dialog.databasePath(), false);
}

void LoginDialog::adoptSession(Staff::Session session, const QString &path, bool created)
{
    setDatabasePath(path);
    QSettings().setValue(QStringLiteral("lastDatabase"), QFileInfo(path).absoluteFilePath());
    if (!session.viaRecoveryKey)
        QSettings().setValue(QStringLiteral("lastUser"), session.actor.username);
    m_session = std::move(session);
    m_created = created;
    accept();
}

void LoginDialog::toggleRecovery()
{
    m_recoveryMode = !m_recoveryMode;
    m_credentialStack->setCurrentIndex(m_recoveryMode ? 1 : 0);
    m_recoveryToggle->setText(m_recoveryMode ? ShellTr::tr("Sign in with a password instead")
                                             : ShellTr::tr("Forgot every password? Use the recovery key"));
    showProblem({});
    (m_recoveryMode ? m_recoveryKey : m_password)->setFocus();
}

} // namespace Linli::App
