#include "mainwindow.h"

#include "homepage.h"
#include "idlewatcher.h"
#include "lockscreen.h"
#include "shell.h"

#include <composition.h>
#include <fees/overpaidbills.h>
#include <fees/ui/feespages.h>
#include <fees/ui/overpaidpanel.h>
#include <registry/ui/registrypages.h>
#include <services.h>
#include <staff/ui/passworddialog.h>
#include <staff/ui/settingspage.h>
#include <staff/ui/staffpages.h>
#include <sync/ui/conflictspage.h>
#include <sync/ui/synccontroller.h>
#include <uikit/messages.h>

#include <QtCore/QDateTime>
#include <QtCore/QFileInfo>
#include <QtCore/QLocale>
#include <QtCore/QTimer>
#include <QtCore/QUrl>
#include <QtGui/QCloseEvent>
#include <QtWidgets/QApplication>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QVBoxLayout>

namespace Linli::App {

Registry::UiServices registryUiServices(Services &services)
{
    return {services.staff(), services.registry(), services.importer()};
}

Fees::UiServices feesUiServices(Services &services)
{
    return {services.staff(), services.fees(), services.billRuns(), services.payments(), services.feeReports()};
}

MainWindow::MainWindow(Staff::Session session, QWidget *parent)
    : MainWindow(std::make_unique<Services>(std::move(session)), parent)
{}

MainWindow::MainWindow(std::unique_ptr<Services> services, QWidget *parent)
    : QMainWindow(parent), m_services(std::move(services)), m_root(new QStackedWidget(this)),
      m_sidebar(new QListWidget(this)), m_pageStack(new QStackedWidget(this)), m_lockScreen(new LockScreen(this)),
      m_idle(new IdleWatcher(this)), m_userStatus(new QLabel(this)), m_databaseStatus(new QLabel(this)),
      m_syncStatus(new QLabel(this)), m_damageBanner(new QLabel(this))
{
    buildFrame();
    m_services->setWriterNote(ShellTr::tr("%1 in the Linli window").arg(m_services->actor().username));
    auto *damageCheck = new QTimer(this);
    connect(damageCheck, &QTimer::timeout, this, &MainWindow::showDamageIfFound);
    damageCheck->start(1500);
    setCentralWidget(m_root);

    addModulePages();
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        m_pageStack->setCurrentIndex(row);
        refreshCurrentPage();
    });
    connect(m_lockScreen, &LockScreen::unlockRequested, this, &MainWindow::tryUnlock);
    connect(m_lockScreen, &LockScreen::signOutRequested, this, &MainWindow::signOut);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);

    buildMenus();
    statusBar()->addWidget(m_userStatus);
    statusBar()->addPermanentWidget(m_databaseStatus);
    statusBar()->addPermanentWidget(m_syncStatus);
    updateStatusBar();
    m_idle->setMinutes(m_services->settings().idleLockMinutes());
    m_sidebar->setCurrentRow(0);
    resize(1200, 760);
}

MainWindow::~MainWindow()
{
    if (!m_signingOut)
        m_services->signOut();
    // The pages and the sync controller use the services, some from worker threads they wait for
    // when they go: they go before the services do.
    delete m_sync;
    delete takeCentralWidget();
}

Staff::Session &MainWindow::session()
{
    return m_services->session();
}

void MainWindow::buildFrame()
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(appIcon());
    auto *content = new QWidget(this);
    auto *layout = new QHBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFixedWidth(200);
    m_sidebar->setIconSize(QSize(20, 20));
    m_pageStack->setObjectName(QStringLiteral("pageArea"));
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pageStack, 1);
    // Shown once the file is found damaged (by any read, or the check of every page after
    // sign-in): from then on the session only reads, and the way out is said here.
    m_damageBanner->setObjectName(QStringLiteral("damageBanner"));
    m_damageBanner->setWordWrap(true);
    m_damageBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fde8e8; color: #7f1d1d; border-bottom: 1px solid #f5b5b5; padding: 10px 16px; }"));
    m_damageBanner->setText(
        ShellTr::tr("<b>The database file is damaged.</b> To protect what is in it, Linli no longer saves changes "
                    "to it: you can still look things up and print. Restore the last backup (sign out, then \"Restore "
                    "backup…\" in the sign-in window), or "
                    "have your IT staff rescue what can still be read with <i>linli-cli salvage</i>."));
    m_damageBanner->hide();
    auto *framed = new QWidget(this);
    auto *framedLayout = new QVBoxLayout(framed);
    framedLayout->setContentsMargins(0, 0, 0, 0);
    framedLayout->setSpacing(0);
    framedLayout->addWidget(m_damageBanner);
    framedLayout->addWidget(content, 1);
    m_root->addWidget(framed);
    m_root->addWidget(m_lockScreen);
}

// Every module's pages, each given the services it works with (never the database).
void MainWindow::addModulePages()
{
    Services &s = *m_services;
    auto *home = new HomePage(s, this);
    connect(home, &HomePage::backupRequested, this, &MainWindow::backup);
    addPage(home);
    for (Ui::Page *page : Registry::createRegistryPages(registryUiServices(s), this))
        addPage(page);
    for (Ui::Page *page : Fees::createFeePages(feesUiServices(s), this))
        addPage(page);
    addSyncPage();
    for (Ui::Page *page : Staff::createStaffPages(s.staff(), this)) {
        addPage(page);
        if (auto *settings = qobject_cast<Staff::SettingsPage *>(page)) {
            connect(settings, &Staff::SettingsPage::idleLockChanged, m_idle, &IdleWatcher::setMinutes);
            connect(settings, &Staff::SettingsPage::languageChosen, this, [this] {
                if (Ui::confirm(this, ShellTr::tr("Language"),
                                ShellTr::tr("The new language applies after Linli restarts. Restart now? "
                                            "You will sign in again."),
                                ShellTr::tr("Restart")))
                    Q_EMIT restartRequested();
            });
        }
    }
}

void MainWindow::addSyncPage()
{
    // A database enrolled with a sync server syncs in the background and has its sync page.
    // The sync objects come from the composition root (Services), which holds the database.
    auto enrolled = m_services->syncEnrolment();
    if (!enrolled || !*enrolled)
        return;
    const Sync::SyncJob job = m_services->syncJob();
    m_sync = new Sync::SyncController(job, m_services->hlcObserver(), this);
    m_syncPage = new Sync::ConflictsPage(m_services->actor(), m_services->conflicts(), job, m_sync, this);
    // The bills paid more than once, for those who take money (refund, or keep in advance).
    if (m_services->actor().can(Core::Permission::CollectFees)) {
        auto *overpaid = new Fees::OverpaidPanel([this] { return m_services->overpaidBills(); });
        m_syncPage->addSection(Fees::OverpaidPanel::title(), overpaid, [overpaid] { overpaid->refresh(); });
    }
    addPage(m_syncPage);
    connect(m_sync, &Sync::SyncController::stateChanged, this, &MainWindow::updateStatusBar);
    connect(m_sync, &Sync::SyncController::dataPulled, this, [this] {
        // Rows came from other offices: the page in front shows them.
        if (m_pageStack->currentWidget() != m_syncPage)
            refreshCurrentPage();
    });
}

void MainWindow::addPage(Ui::Page *page)
{
    m_pages.append(page);
    m_pageStack->addWidget(page);
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_sidebar);
    item->setData(Qt::UserRole, page->pageId());
    connect(page, &Ui::Page::dataChanged, this, &MainWindow::updateStatusBar);
    connect(page, &Ui::Page::dataChanged, this, [this] {
        if (m_sync)
            m_sync->changed(); // sent within seconds, not at the next round
    });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(ShellTr::tr("&File"));
    QAction *backupAction = file->addAction(ShellTr::tr("&Back up database…"), this, &MainWindow::backup);
    backupAction->setEnabled(m_services->actor().can(Core::Permission::BackupRestore));
    file->addSeparator();
    QAction *lockAction = file->addAction(ShellTr::tr("&Lock screen"), this, &MainWindow::lock);
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    file->addAction(ShellTr::tr("Sign &out"), this, &MainWindow::signOut);
    file->addSeparator();
    QAction *quit = file->addAction(ShellTr::tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *account = menuBar()->addMenu(ShellTr::tr("&Account"));
    QAction *pw = account->addAction(ShellTr::tr("&Change my password…"), this, &MainWindow::changePassword);
    pw->setEnabled(!m_services->viaRecoveryKey());

    if (m_sync) {
        QMenu *sync = menuBar()->addMenu(ShellTr::tr("&Sync"));
        QAction *now = sync->addAction(ShellTr::tr("Sync &now"), m_sync, &Sync::SyncController::syncNow);
        now->setShortcut(QKeySequence(Qt::Key_F5));
        sync->addAction(ShellTr::tr("&Sign in to the sync server…"), this, [this] { m_syncPage->signIn(); });
        sync->addAction(ShellTr::tr("Sync and &conflicts"), this, [this] { showPage(m_syncPage->pageId()); });
    }

    QMenu *help = menuBar()->addMenu(ShellTr::tr("&Help"));
    help->addAction(ShellTr::tr("&About Linli"), this, &MainWindow::about);
}

void MainWindow::showDamageIfFound()
{
    if (m_services->database().isDamaged() && m_damageBanner->isHidden())
        m_damageBanner->show();
}

void MainWindow::updateStatusBar()
{
    showDamageIfFound();
    m_userStatus->setText(ShellTr::tr("User: %1 (%2)")
                              .arg(m_services->actor().displayName, Core::roleDisplayName(m_services->actor().role)));
    m_databaseStatus->setText(
        ShellTr::tr("Database: %1 (encrypted)").arg(QFileInfo(m_services->database().path()).fileName()));
    m_databaseStatus->setToolTip(m_services->database().path());
    // Enrolled with a sync server (linli-cli enrol) or not; when it is: when it last synced, what
    // waits to be sent, the conflicts to review, and the last error in plain words.
    const auto enrolment = m_services->syncEnrolment();
    auto overview = m_services->syncOverview();
    if (enrolment && *enrolment && overview) {
        const Sync::Enrolment &e = **enrolment;
        const QLocale locale;
        const QString host = QUrl(e.server).host();
        QString state;
        QString colour;
        if (m_sync && m_sync->running()) {
            state = ShellTr::tr("syncing…");
        } else if (!overview->signedIn || (m_sync && m_sync->needsSignIn())) {
            state = ShellTr::tr("sign in to start");
            colour = QStringLiteral("#b45309");
        } else if (m_sync && !m_sync->lastError().isEmpty()) {
            state = ShellTr::tr("failed, will retry");
            colour = QStringLiteral("#b91c1c");
        } else if (overview->lastSyncAtMs > 0) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(overview->lastSyncAtMs);
            state = ShellTr::tr("synced %1")
                        .arg(at.date() == QDate::currentDate() ? locale.toString(at.time(), QLocale::ShortFormat)
                                                               : locale.toString(at, QLocale::ShortFormat));
        } else {
            state = ShellTr::tr("not synced yet");
        }
        QStringList parts{ShellTr::tr("Sync (%1): %2").arg(host, state)};
        if (overview->pending > 0)
            parts << ShellTr::tr("%1 to send").arg(locale.toString(overview->pending));
        if (overview->openConflicts > 0)
            parts << ShellTr::tr("%1 conflict(s)").arg(locale.toString(overview->openConflicts));
        m_syncStatus->setText(parts.join(QStringLiteral(" · ")));
        m_syncStatus->setStyleSheet(colour.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(colour));
        QString tip = ShellTr::tr("This database syncs with %1 as device %2; its receipts are numbered in series %3. "
                                  "Changes are kept here until the server has them.")
                          .arg(e.server, e.deviceId, e.series);
        if (m_sync && !m_sync->lastError().isEmpty())
            tip += QStringLiteral("\n") + m_sync->lastError();
        m_syncStatus->setToolTip(tip);
    } else {
        m_syncStatus->setText(ShellTr::tr("Sync: not configured"));
        m_syncStatus->setToolTip(
            ShellTr::tr("Changes are kept in this database and will be sent once sync is set up."));
    }
    const QString org = m_services->settings().organisationName();
    setWindowTitle(org.isEmpty() ? ShellTr::tr("Linli") : ShellTr::tr("Linli — %1").arg(org));
}

bool MainWindow::showPage(const QString &pageId)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i)->pageId() == pageId) {
            m_sidebar->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QString MainWindow::currentPageId() const
{
    const int i = m_pageStack->currentIndex();
    return i >= 0 && i < m_pages.size() ? m_pages.at(i)->pageId() : QString();
}

void MainWindow::refreshCurrentPage()
{
    const int i = m_pageStack->currentIndex();
    if (i >= 0 && i < m_pages.size())
        m_pages.at(i)->refresh();
}

void MainWindow::lock()
{
    if (isLocked())
        return;
    // Close dialogs that may show data before covering the window.
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w != this && w->isVisible() && qobject_cast<QDialog *>(w))
            qobject_cast<QDialog *>(w)->reject();
    }
    m_lockScreen->prepare(
        ShellTr::tr("%1 (%2)").arg(m_services->actor().displayName, Core::roleDisplayName(m_services->actor().role)));
    m_root->setCurrentWidget(m_lockScreen);
    menuBar()->setEnabled(false);
    m_idle->setMinutes(0);
}

bool MainWindow::isLocked() const
{
    return m_root->currentWidget() == m_lockScreen;
}

bool MainWindow::unlock(const QString &password)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto s = m_services->unlock(password);
    QApplication::restoreOverrideCursor();
    if (!s) {
        m_lockScreen->showProblem(s.error().message());
        return false;
    }
    m_root->setCurrentIndex(0);
    menuBar()->setEnabled(true);
    m_idle->setMinutes(m_services->settings().idleLockMinutes());
    refreshCurrentPage();
    return true;
}

void MainWindow::tryUnlock()
{
    if (m_services->viaRecoveryKey()) {
        // No password belongs to a recovery-key session: it can only be ended.
        m_lockScreen->showProblem(
            ShellTr::tr("This session was opened with the recovery key; sign out and sign in again."));
        return;
    }
    unlock(m_lockScreen->takePassword());
}

void MainWindow::signOut()
{
    m_signingOut = true;
    m_services->signOut();
    Q_EMIT signedOut();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    event->accept();
}

void MainWindow::changePassword()
{
    Staff::PasswordDialog dialog(Staff::PasswordDialog::Mode::ChangeOwn, m_services->actor().username, this);
    while (dialog.exec() == QDialog::Accepted) {
        auto s =
            m_services->users().changeOwnPassword(m_services->actor(), dialog.currentPassword(), dialog.newPassword());
        if (s) {
            Ui::showInfo(this, ShellTr::tr("Change my password"), ShellTr::tr("Your password was changed."));
            return;
        }
        dialog.showProblem(s.error().message());
    }
}

void MainWindow::backup()
{
    const QString suggested = QFileInfo(m_services->database().path()).completeBaseName() + QStringLiteral("-")
                              + QDate::currentDate().toString(QStringLiteral("yyyyMMdd")) + QStringLiteral(".linlibak");
    const QString path = QFileDialog::getSaveFileName(this, ShellTr::tr("Back up database"), suggested,
                                                      ShellTr::tr("Linli backups (*.linlibak)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto s = m_services->maintenance().backup(m_services->actor(), path);
    QApplication::restoreOverrideCursor();
    if (!s)
        return Ui::showError(this, ShellTr::tr("Back up database"), s.error());
    Ui::showInfo(this, ShellTr::tr("Back up database"),
                 ShellTr::tr("The encrypted backup was written to %1. Keep a copy away from this computer.").arg(path));
    refreshCurrentPage();
}

void MainWindow::about()
{
    QMessageBox::about(this, ShellTr::tr("About Linli"),
                       ShellTr::tr("<h3>Linli %1</h3><p>Community administration for subdistrict offices, property "
                                   "management and social workers.</p><p>Data are stored encrypted (SQLCipher %2) on "
                                   "this computer.</p><p>Qt %3</p>")
                           .arg(version(), m_services->database().cipherVersion(), QString::fromLatin1(qVersion())));
}

} // namespace Linli::App
