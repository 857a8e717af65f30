#include "homepage.h"

#include "shell.h"

#include <core/clock.h>
#include <services.h>
#include <uikit/lineicons.h>
#include <uikit/messages.h>
#include <uikit/statcard.h>

#include <QtCore/QLocale>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyle>
#include <QtWidgets/QVBoxLayout>

namespace Linli::App {

HomePage::HomePage(Services &services, QWidget *parent)
    : Ui::Page(parent), m_services(services), m_greeting(new QLabel(this)), m_protection(new QLabel(this)),
      m_residents(new Ui::StatCard(ShellTr::tr("Residents living here"), this)),
      m_households(new Ui::StatCard(ShellTr::tr("Households"), this)),
      m_users(new Ui::StatCard(ShellTr::tr("Active staff accounts"), this)),
      m_audit(new Ui::StatCard(ShellTr::tr("Audit entries"), this)),
      m_pending(new Ui::StatCard(ShellTr::tr("Changes waiting for sync"), this)),
      m_size(new Ui::StatCard(ShellTr::tr("Database size"), this)),
      m_backup(new Ui::StatCard(ShellTr::tr("Last backup"), this)),
      m_failed(new Ui::StatCard(ShellTr::tr("Failed sign-ins, last 7 days"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);
    QFont big = m_greeting->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_greeting->setFont(big);
    m_greeting->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(m_greeting);

    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    const QList<Ui::StatCard *> cards = {m_residents, m_households, m_users,  m_audit,
                                         m_pending,   m_size,       m_backup, m_failed};
    for (int i = 0; i < cards.size(); ++i)
        grid->addWidget(cards.at(i), i / 4, i % 4);
    layout->addLayout(grid);

    auto *protection = new QGroupBox(ShellTr::tr("Data protection"), this);
    auto *pl = new QVBoxLayout(protection);
    m_protection->setWordWrap(true);
    m_protection->setTextFormat(Qt::RichText);
    pl->addWidget(m_protection);
    auto *actions = new QHBoxLayout;
    auto *backup = new QPushButton(ShellTr::tr("Back up now…"), protection);
    backup->setEnabled(services.actor().can(Core::Permission::BackupRestore));
    actions->addWidget(backup);
    actions->addStretch();
    pl->addLayout(actions);
    layout->addWidget(protection);
    layout->addStretch();
    connect(backup, &QPushButton::clicked, this, &HomePage::backupRequested);
}

QString HomePage::title() const
{
    return ShellTr::tr("Home");
}

QIcon HomePage::icon() const
{
    return Ui::lineIcon(Ui::Glyph::Home);
}

HomePage::~HomePage()
{
    if (m_counter)
        m_counter->wait(); // it reads on a connection of its own
}

void HomePage::refresh()
{
    const QString org = m_services.settings().organisationName();
    m_greeting->setText(ShellTr::tr("Hello, %1").arg(m_services.actor().displayName)
                        + (org.isEmpty() ? QString() : QStringLiteral(" · ") + org));
    m_protection->setText(
        ShellTr::tr("The database is encrypted with SQLCipher %1 (256-bit key). Passwords unlock it through key slots "
                    "in <i>%2</i>; keep that file beside the database. The screen locks itself after %3 idle minutes.")
            .arg(m_services.database().cipherVersion(), m_services.database().keySlotPath(),
                 QString::number(m_services.settings().idleLockMinutes())));
    countInBackground();
}

// The counts read whole tables (200,000 residents take a few hundred milliseconds), so they
// come from a worker thread on its own connection: the window is usable at once.
void HomePage::countInBackground()
{
    if (m_counter) {
        m_countAgain = true;
        return;
    }
    auto box = std::make_shared<Services::Counts>();
    auto read = m_services.countsReader();
    m_counter = QThread::create([box, read] { *box = read(); });
    connect(m_counter, &QThread::finished, m_counter, &QObject::deleteLater);
    connect(m_counter, &QThread::finished, this, [this, box] {
        const QLocale locale;
        const QDateTime now = m_services.database().clock().nowUtc().toLocalTime();
        if (box->registry) {
            const Registry::RegistryCounts &counts = *box->registry;
            m_residents->setValue(
                locale.toString(counts.residents),
                ShellTr::tr("in %1 compounds, %2 buildings").arg(counts.compounds).arg(counts.buildings));
            m_households->setValue(locale.toString(counts.households),
                                   ShellTr::tr("%1 rooms").arg(locale.toString(counts.rooms)));
        }
        if (box->overview) {
            const Staff::MaintenanceService::Overview &o = *box->overview;
            m_users->setValue(locale.toString(o.activeUsers));
            m_audit->setValue(locale.toString(o.auditEntries),
                              ShellTr::tr("%1 today").arg(locale.toString(o.auditEntriesToday)));
            auto sync = m_services.syncOverview();
            QString note = ShellTr::tr("Sync is not configured yet; changes are kept.");
            if (sync && sync->enrolled && sync->lastSyncAtMs > 0)
                note =
                    ShellTr::tr("Last synced %1")
                        .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(sync->lastSyncAtMs), QLocale::ShortFormat));
            else if (sync && sync->enrolled)
                note = ShellTr::tr("Not synced yet; changes are kept.");
            m_pending->setValue(locale.toString(o.pendingSyncChanges), note);
            m_size->setValue(locale.formattedDataSize(o.databaseBytes, 1, QLocale::DataSizeTraditionalFormat));
            if (o.lastBackupMs > 0) {
                const qint64 days = QDateTime::fromMSecsSinceEpoch(o.lastBackupMs).daysTo(now);
                m_backup->setValue(
                    QDateTime::fromMSecsSinceEpoch(o.lastBackupMs).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                    days > 7 ? ShellTr::tr("More than a week ago — back up soon.") : QString());
            } else {
                m_backup->setValue(ShellTr::tr("never"), ShellTr::tr("Make a backup to another disk or USB stick."));
            }
            m_failed->setValue(locale.toString(o.failedSignInsLast7Days),
                               o.failedSignInsLast7Days > 0 ? ShellTr::tr("See the audit log for details.")
                                                            : QString());
        } else {
            Ui::showError(this, title(), box->overview.error());
        }
        if (std::exchange(m_countAgain, false))
            countInBackground();
    });
    m_counter->start();
}

bool HomePage::waitForCounts(int milliseconds)
{
    if (m_counter && !m_counter->wait(milliseconds))
        return false;
    QCoreApplication::sendPostedEvents(); // deliver "finished": the cards are filled in
    QCoreApplication::processEvents();
    return true;
}

} // namespace Linli::App
