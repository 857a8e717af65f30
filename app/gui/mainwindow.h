#pragma once

#include <fees/ui/uiservices.h>
#include <registry/ui/uiservices.h>

#include <QtWidgets/QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace Linli::Ui {
class Page;
}
namespace Linli::Staff {
struct Session;
}
namespace Linli::Sync {
class ConflictsPage;
class SyncController;
} // namespace Linli::Sync

namespace Linli::App {

class IdleWatcher;
class Services;
class LockScreen;

// What each module's pages get from the session's composition root.
Registry::UiServices registryUiServices(Services &services);
Fees::UiServices feesUiServices(Services &services);

// The shell: sidebar of pages that modules provide, status bar, menus, screen lock. It owns the
// session's composition root (Services) and gives each page the services it works with.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Services> services, QWidget *parent = nullptr);
    // Builds the services of `session` itself.
    explicit MainWindow(Staff::Session session, QWidget *parent = nullptr);
    ~MainWindow() override;

    Services &services() { return *m_services; }
    // For tests: the signed-in session (a test may take it over when it is done with the window).
    Staff::Session &session();
    QList<Ui::Page *> pages() const { return m_pages; }
    bool showPage(const QString &pageId);
    QString currentPageId() const;

    void lock();
    bool isLocked() const;
    // Same as typing the password on the lock screen; for tests.
    bool unlock(const QString &password);
    IdleWatcher *idleWatcher() const { return m_idle; }

Q_SIGNALS:
    // The staff member signed out; the application returns to the sign-in dialog.
    void signedOut();
    // Restart into another language.
    void restartRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildFrame();
    void addModulePages();
    void addSyncPage();
    void addPage(Ui::Page *page);
    void buildMenus();
    void updateStatusBar();
    void refreshCurrentPage();
    void tryUnlock();
    void signOut();
    void changePassword();
    void backup();
    void about();

    std::unique_ptr<Services> m_services;
    QStackedWidget *m_root;
    QListWidget *m_sidebar;
    QStackedWidget *m_pageStack;
    LockScreen *m_lockScreen;
    IdleWatcher *m_idle;
    QList<Ui::Page *> m_pages;
    QLabel *m_userStatus;
    QLabel *m_databaseStatus;
    QLabel *m_syncStatus;
    QLabel *m_damageBanner;
    void showDamageIfFound();
    Sync::SyncController *m_sync = nullptr; // only for a database enrolled with a sync server
    Sync::ConflictsPage *m_syncPage = nullptr;
    bool m_signingOut = false;
};

} // namespace Linli::App
