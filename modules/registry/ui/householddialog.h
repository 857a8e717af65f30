#pragma once

#include "uiservices.h"

#include <QtCore/QDate>
#include <QtWidgets/QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace Linli::Registry {

// The household card on screen: address, area, tenure, head, every member (masked) and the
// household's history; with the edit permission a new head, split and merge; print and export.
class HouseholdDialog : public QDialog
{
    Q_OBJECT
public:
    HouseholdDialog(const UiServices &services, const QString &householdId, QWidget *parent = nullptr);

    // Residents whose household or relation changed here; the list re-reads them.
    QStringList changedResidents() const { return m_changed; }
    QString householdId() const { return m_householdId; }
    int memberCount() const;
    int historyCount() const;

    // For tests: the same as the buttons, without the questions.
    bool makeHead(const QString &residentId);
    bool split(const QStringList &memberIds, const QString &newHeadId, QDate date, const QString &note);
    bool mergeWith(const QString &otherHouseholdId, QDate date, const QString &note);
    bool setTenureAndResidence(int tenure, int residence);
    bool moveMember(const QString &residentId, const QString &householdId, const QString &relation, QDate date,
                    const QString &note);

private:
    void setUpTables();
    void buildLayout();
    void connectActions();
    void reload();
    void askSplit();
    void askMerge();
    void askMoveMember();
    QString selectedMember() const;

    UiServices m_services;
    QString m_householdId;
    QStringList m_changed;
    QLabel *m_title;
    QLabel *m_facts;
    QComboBox *m_tenure;
    QComboBox *m_residence;
    QTableWidget *m_members;
    QTableWidget *m_history;
    QPushButton *m_makeHead;
    QPushButton *m_split;
    QPushButton *m_merge;
    QPushButton *m_moveMember;
};

} // namespace Linli::Registry
