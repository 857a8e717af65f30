#pragma once

#include <uikit/page.h>

#include <QtCore/QPointer>
#include <QtCore/QThread>

class QLabel;

namespace Linli::Ui {
class StatCard;
}

namespace Linli::App {

class Services;

// The first page after sign-in: greeting, real counts, and the state of data protection.
class HomePage : public Ui::Page
{
    Q_OBJECT
public:
    HomePage(Services &services, QWidget *parent = nullptr);
    ~HomePage() override;

    QString pageId() const override { return QStringLiteral("home"); }
    QString title() const override;
    QIcon icon() const override;
    void refresh() override;
    // For tests and benchmarks: waits for the counts that are read in the background.
    bool waitForCounts(int milliseconds = 30000);

Q_SIGNALS:
    void backupRequested();

private:
    void countInBackground();

    Services &m_services;
    QPointer<QThread> m_counter;
    bool m_countAgain = false;
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
