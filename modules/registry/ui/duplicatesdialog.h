#pragma once

#include "uiservices.h"

#include <registry/registrytypes.h>

#include <QtWidgets/QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace Linli::Registry {

// The merge screen: suspected duplicates on the left; the selected pair side by side on the
// right, with a choice of which record stays (its household and history) and, where the two
// differ, which value to keep. "Merge" keeps both histories under the record that stays;
// "Not the same person" takes the pair off the list. Numbers stay masked; both are audited.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT
public:
    DuplicatesDialog(const UiServices &services, QWidget *parent = nullptr);

    int pairCount() const;
    // For tests: select a pair, choose the value of `field` from record B, merge or dismiss.
    void selectPair(int index);
    void takeFromB(const QString &field);
    void keepB(bool b);
    bool merge();
    bool markDistinct();
    // Residents merged away or kept; the list re-reads them.
    QStringList changedResidents() const { return m_changed; }

private:
    void fillComparison();
    QString shownValue(const Resident &r, const QString &key) const;
    void loadPairs();
    void showPair();
    bool fromB(const QString &field) const;
    ResidentInput chosenValues() const;

    UiServices m_services;
    QList<SuspectedDuplicate> m_pairs;
    Resident m_a;
    Resident m_b;
    QStringList m_changed;
    QListWidget *m_list;
    QLabel *m_intro;
    QRadioButton *m_keepA;
    QRadioButton *m_keepB;
    QTableWidget *m_compare;
    QPushButton *m_merge;
    QPushButton *m_distinct;
};

} // namespace Linli::Registry
