#pragma once

#include "uiservices.h"

#include <QtWidgets/QFrame>

class QFormLayout;
class QLabel;
class QPushButton;

namespace Linli::Registry {

struct Resident;

// The selected resident, masked; "Show full numbers" unmasks (permission needed, audited)
// until another resident is selected.
class ResidentDetail : public QFrame
{
    Q_OBJECT
public:
    ResidentDetail(const UiServices &services, QWidget *parent = nullptr);
    void showResident(const QString &id);
    QString residentId() const { return m_id; }
    // For tests: the same as clicking the button.
    bool unmask();
    // Records a move-out or a death (kind "move_out" / "death") on `date`; asks nothing.
    bool recordEvent(const QString &kind, QDate date, const QString &note);

    QString householdId() const { return m_householdId; }

Q_SIGNALS:
    // The resident's status or household changed; lists should re-read them.
    void residentChanged(const QString &id);
    // "Correct…" and "Household…" were clicked.
    void editRequested(const QString &id);
    void householdRequested(const QString &householdId);

private:
    void clear();
    void askEvent(const QString &kind);
    void showHistory();
    void showFacts(const Resident &r);

    UiServices m_services;
    QString m_id;
    QString m_householdId;
    QLabel *m_name;
    QLabel *m_hint;
    QWidget *m_factsBox;
    QList<QLabel *> m_values;
    QPushButton *m_unmask;
    QPushButton *m_moveOut;
    QPushButton *m_death;
    QPushButton *m_edit;
    QPushButton *m_household;
    QLabel *m_history;
};

} // namespace Linli::Registry
