#include "services.h"

#include <catalogue/catalogue.h>
#include <core/clock.h>
#include <fees/derivedstate.h>
#include <fees/feefigures.h>
#include <fees/overpaidbills.h>
#include <fees/ui/feereports.h>
#include <registry/registryfigures.h>
#include <storage/connection.h>
#include <storage/store.h>

namespace Linli::App {

namespace {

// Fees offers its figures and printouts as functions of the database; bound to it here.
class BoundFeeReports final : public Fees::FeeReports
{
public:
    explicit BoundFeeReports(Storage::Store &store) : m_store(store) {}

    Result<Fees::DailyReport> daily(const Core::Actor &actor, QDate day) override
    {
        return Fees::dailyReport(m_store, actor, day);
    }
    Result<Fees::MonthlyReport> monthly(const Core::Actor &actor, const QString &period, QDate today) override
    {
        return Fees::monthlyReport(m_store, actor, period, today);
    }
    Result<Reports::Report> statement(const Core::Actor &actor, const QString &householdId, QDate from,
                                      QDate until) override
    {
        return Fees::statementReport(m_store, actor, householdId, from, until);
    }
    Result<QList<Reports::Letter>> arrearsNotices(const Core::Actor &actor, QDate today, QDate payBy,
                                                  const QString &organisation, const QStringList &householdIds,
                                                  const QString &compoundId) override
    {
        return Fees::arrearsNotices(m_store, actor, today, payBy, organisation, householdIds, compoundId);
    }

private:
    Storage::Store &m_store;
};

} // namespace

Services::Services(Staff::Session session)
    : m_session(std::move(session)), m_database(*m_session.store), m_users(*m_session.store),
      m_settings(*m_session.store), m_maintenance(*m_session.store),
      m_staffReports(*m_session.store), m_staff{m_session.actor, m_database,    m_users,
                                                m_settings,      m_maintenance, m_staffReports},
      m_registry(*m_session.store), m_importer(*m_session.store, m_session.actor), m_fees(*m_session.store),
      m_billRuns(*m_session.store), m_payments(*m_session.store), m_meters(*m_session.store),
      m_policies(*m_session.store), m_feeReports(std::make_unique<BoundFeeReports>(*m_session.store)),
      m_conflicts(*m_session.store, Catalogue::syncCatalogue())
{
    // The figures, in tier order.
    m_figures.add(std::make_unique<Registry::RegistryFigures>(*m_session.store));
    m_figures.add(std::make_unique<Fees::FeeFigures>(*m_session.store));
}

Services::~Services() = default;

Result<Registry::DemoSummary> Services::generateDemoData(const Registry::DemoOptions &options,
                                                         const std::function<bool(int, int)> &progress)
{
    return Registry::generateDemoData(*m_session.store, m_session.actor, options, progress);
}

void Services::setWriterNote(const QString &note)
{
    m_session.store->connection().setWriterNote(note);
}

Status Services::unlock(const QString &password)
{
    return Staff::AuthService(Core::Clock::system()).unlock(m_session, password);
}

void Services::signOut()
{
    // A test may have taken the session away (MainWindow::session()); then there is nothing to end.
    if (std::exchange(m_signedOut, true) || !m_session.store)
        return;
    (void)Staff::AuthService(Core::Clock::system()).signOut(m_session);
}

std::function<Services::Counts()> Services::countsReader() const
{
    const Storage::Store &store = *m_session.store;
    return [path = store.path(), key = store.key(), now = store.clock().nowMs()] {
        Counts counts;
        auto connection = Storage::Connection::open(path, key, Storage::Connection::Mode::OpenExisting);
        if (!connection) {
            counts.overview = connection.error();
            return counts;
        }
        counts.overview = Staff::MaintenanceService::overviewOf(**connection, now, path);
        counts.registry = Registry::RegistryService::countsOf(**connection);
        return counts;
    };
}

Result<std::optional<Sync::Enrolment>> Services::syncEnrolment()
{
    return Sync::SyncClient(*m_session.store).enrolment();
}

Result<Sync::SyncOverview> Services::syncOverview()
{
    return m_conflicts.overview(m_session.actor);
}

Result<Sync::Enrolment> Services::enrolSync(const QString &server, const QString &code, const QString &caFile,
                                            const QString &deviceName)
{
    return Sync::SyncClient(*m_session.store).enrol(m_session.actor, server, code, caFile, deviceName);
}

Status Services::verifyFeeTotals()
{
    return Fees::verifyDerivedState(*m_session.store);
}

Sync::SyncJob Services::syncJob()
{
    return Sync::SyncJob(*m_session.store, m_session.actor.username, Catalogue::syncCatalogue());
}

std::function<void(const QString &)> Services::hlcObserver()
{
    Storage::Store &store = *m_session.store;
    return [&store](const QString &hlc) { store.observeHlc(hlc); };
}

Result<QList<Fees::OverpaidBill>> Services::overpaidBills()
{
    return Fees::overpaidBills(*m_session.store, m_session.actor);
}

} // namespace Linli::App
