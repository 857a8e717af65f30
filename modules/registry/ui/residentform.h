#pragma once

#include <QtWidgets/QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Linli::Staff {
struct Session;
}

namespace Linli::Registry {

// Typing residents in from paper forms: every field checked as it is typed, Enter saves and
// clears the person's fields for the next one (the address stays), Escape closes.
class ResidentForm : public QDialog
{
    Q_OBJECT
public:
    ResidentForm(Staff::Session &session, QWidget *parent = nullptr);

    // For tests: fill fields by name ("name", "id_number", "phone", "building", "unit", "room",
    // "relation", "compound") and save.
    void setField(const QString &key, const QString &value);
    bool save();
    QString problem() const;
    int saved() const { return m_saved; }

Q_SIGNALS:
    void residentAdded();

private:
    void check();

    Staff::Session &m_session;
    int m_saved = 0;
    QComboBox *m_compound;
    QLineEdit *m_building;
    QLineEdit *m_unit;
    QLineEdit *m_room;
    QLineEdit *m_name;
    QComboBox *m_idType;
    QLineEdit *m_idNumber;
    QComboBox *m_sex;
    QLineEdit *m_phone;
    QLineEdit *m_relation;
    QLineEdit *m_ethnicity;
    QListWidget *m_tags;
    QCheckBox *m_accessCard;
    QLineEdit *m_notes;
    QLabel *m_problem;
    QLabel *m_derived;
    QPushButton *m_save;
};

} // namespace Linli::Registry
