#pragma once

#include <uikit/page.h>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Linli::Staff {
struct Session;
}

namespace Linli::Sync {

class SyncController;

// 同步与冲突: where sync stands (last sync, changes waiting, the error if any), the conflicts two
// offices made while apart — both values, which office, set back or note — and the bills paid
// more than once, for staff to refund or keep as money paid in advance.
class ConflictsPage : public Ui::Page
{
    Q_OBJECT
public:
    ConflictsPage(Staff::Session &session, SyncController *controller, QWidget *parent = nullptr);

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

    Staff::Session &m_session;
    SyncController *m_controller;
    QLabel *m_status;
    QPushButton *m_syncNow;
    QPushButton *m_signIn;
    QTableWidget *m_conflicts;
    QPushButton *m_revert;
    QPushButton *m_accept;
    QLabel *m_conflictCount;
    QTableWidget *m_overpaid;
    QLabel *m_overpaidHint;
};

} // namespace Linli::Sync
