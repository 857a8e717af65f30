#pragma once

#include <staff/authservice.h>

#include <QtWidgets/QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace Linli::Ui {
class Page;
}
namespace Linli::Sync {
class ConflictService;
class ConflictsPage;
class SyncController;
} // namespace Linli::Sync

namespace Linli::App {

class IdleWatcher;
class LockScreen;

// The shell: sidebar of pages that modules provide, status bar, menus, screen lock.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Staff::Session session, QWidget *parent = nullptr);
    ~MainWindow() override;

    Staff::Session &session() { return m_session; }
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
    void addPage(Ui::Page *page);
    void buildMenus();
    void updateStatusBar();
    void refreshCurrentPage();
    void tryUnlock();
    void signOut();
    void changePassword();
    void backup();
    void about();

    Staff::Session m_session;
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
    std::unique_ptr<Sync::ConflictService> m_conflictService;
    bool m_signingOut = false;
};

} // namespace Linli::App
