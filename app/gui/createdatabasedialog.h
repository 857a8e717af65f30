#pragma once

#include <staff/authservice.h>

#include <QtWidgets/QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace Linli::App {

// Creates a new encrypted database with its first administrator, then shows the recovery key
// and insists that it is printed or written down before going on.
class CreateDatabaseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateDatabaseDialog(QWidget *parent = nullptr);

    QString databasePath() const;
    std::optional<Staff::Session> takeSession();

    void accept() override;

private:
    void browse();

    std::optional<Staff::Session> m_session;
    QLineEdit *m_path;
    QLineEdit *m_organisation;
    QLineEdit *m_admin;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_problem;
};

} // namespace Linli::App
