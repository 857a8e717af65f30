#pragma once

#include "uiservices.h"

#include <registry/registrytypes.h>

#include <QtWidgets/QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Linli::Registry {

// Typing residents in from paper forms: every field checked as it is typed, Enter saves and
// clears the person's fields for the next one (the address stays), Escape closes.
// With a resident id it corrects that resident instead: the same fields, filled in, and Enter
// saves and closes. Numbers the role may not see stay masked and unchanged.
class ResidentForm : public QDialog
{
    Q_OBJECT
public:
    ResidentForm(const UiServices &services, QWidget *parent = nullptr, const QString &residentId = {});

    bool isEditing() const { return !m_residentId.isEmpty(); }
    // After a saved correction: the values before and after, for undo and redo.
    const ResidentInput &before() const { return m_before; }
    const ResidentInput &after() const { return m_after; }
    QStringList changedFields() const { return m_changed; }

    // For tests: fill fields by name ("name", "id_number", "phone", "building", "unit", "room",
    // "relation", "compound") and save.
    void setField(const QString &key, const QString &value);
    bool save();
    QString problem() const;
    int saved() const { return m_saved; }

Q_SIGNALS:
    void residentAdded();

private:
    void setUpFields();
    void fillChoices();
    void buildLayout();
    void connectChecks();
    void check();
    void loadResident();
    ResidentInput inputFromFields() const;
    bool saveEdit();

    UiServices m_services;
    QString m_residentId;
    ResidentInput m_before;
    ResidentInput m_after;
    QStringList m_changed;
    int m_saved = 0;
    QLabel *m_address;
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
    QLineEdit *m_hukou;
    QDateEdit *m_birth;
    QListWidget *m_tags;
    QLineEdit *m_disability;
    QCheckBox *m_accessCard;
    QLineEdit *m_notes;
    QLabel *m_problem;
    QLabel *m_derived;
    QPushButton *m_save;
};

} // namespace Linli::Registry
