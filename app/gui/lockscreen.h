#pragma once

#include <QtWidgets/QWidget>

class QLabel;
class QLineEdit;

namespace Linli::App {

// Covers the window when locked: nothing of the data is visible until the same staff member
// types their password again, or signs out.
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(QWidget *parent = nullptr);
    void prepare(const QString &who);
    void showProblem(const QString &text);
    QString takePassword();

Q_SIGNALS:
    void unlockRequested();
    void signOutRequested();

private:
    QLabel *m_who;
    QLineEdit *m_password;
    QLabel *m_problem;
};

} // namespace Linli::App
