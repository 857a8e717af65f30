#pragma once

#include <QtWidgets/QFrame>

class QFormLayout;
class QLabel;
class QPushButton;

namespace Linli::Staff {
struct Session;
}

namespace Linli::Registry {

struct Resident;

// The selected resident, masked; "Show full numbers" unmasks (permission needed, audited)
// until another resident is selected.
class ResidentDetail : public QFrame
{
    Q_OBJECT
public:
    ResidentDetail(Staff::Session &session, QWidget *parent = nullptr);
    void showResident(const QString &id);
    QString residentId() const { return m_id; }
    // For tests: the same as clicking the button.
    bool unmask();

private:
    void clear();
    void showFacts(const Resident &r);

    Staff::Session &m_session;
    QString m_id;
    QLabel *m_name;
    QLabel *m_hint;
    QWidget *m_factsBox;
    QList<QLabel *> m_values;
    QPushButton *m_unmask;
};

} // namespace Linli::Registry
