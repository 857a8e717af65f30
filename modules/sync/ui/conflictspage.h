#pragma once

#include <uikit/page.h>

class QLabel;
class QPushButton;
class QTableWidget;

#include <sync/syncjob.h>

#include <functional>

namespace Linli::Core {
struct Actor;
}

namespace Linli::Sync {

class ConflictService;
class SyncController;

// 同步与冲突: where sync stands (last sync, changes waiting, the error if any) and the conflicts
// two offices made while apart — both values, which office, set back or note. Other modules add
// sections of their own (fees: the bills paid more than once).
class ConflictsPage : public Ui::Page
{
    Q_OBJECT
public:
    ConflictsPage(const Core::Actor &actor, ConflictService &conflicts, SyncJob job, SyncController *controller,
                  QWidget *parent = nullptr);

    // A section below the conflicts, refreshed with the page.
    void addSection(const QString &title, QWidget *section, std::function<void()> refresh);

    QString pageId() const override { return QStringLiteral("sync.conflicts"); }
    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    // Opens the sign-in dialog; true when the user signed in.
    bool signIn();

private:
    void updateStatus();
    void updateButtons();
    void resolve(bool revert);
    QString selectedConflict() const;

    const Core::Actor &m_actor;
    ConflictService &m_conflictService;
    SyncJob m_job;
    SyncController *m_controller;
    QList<std::function<void()>> m_sectionRefresh;
    QLabel *m_status;
    QPushButton *m_syncNow;
    QPushButton *m_signIn;
    QTableWidget *m_conflicts;
    QPushButton *m_revert;
    QPushButton *m_accept;
    QLabel *m_conflictCount;
};

} // namespace Linli::Sync
