#pragma once

#include <uikit/page.h>

class QLabel;

namespace Linli::Staff {
struct Session;
}

namespace Linli::Ui {
class StatCard;
}

namespace Linli::App {

// The first page after sign-in: greeting, real counts, and the state of data protection.
class HomePage : public Ui::Page
{
    Q_OBJECT
public:
    HomePage(Staff::Session &session, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("home"); }
    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

Q_SIGNALS:
    void backupRequested();

private:
    Staff::Session &m_session;
    QLabel *m_greeting;
    QLabel *m_protection;
    Ui::StatCard *m_residents;
    Ui::StatCard *m_households;
    Ui::StatCard *m_users;
    Ui::StatCard *m_audit;
    Ui::StatCard *m_pending;
    Ui::StatCard *m_size;
    Ui::StatCard *m_backup;
    Ui::StatCard *m_failed;
};

} // namespace Linli::App
