#pragma once

#include <core/figures.h>
#include <fees/billrun.h>
#include <fees/feeservice.h>
#include <fees/meters.h>
#include <fees/payments.h>
#include <fees/policies.h>
#include <registry/demodata.h>
#include <registry/registryservice.h>
#include <registry/residentimporter.h>
#include <staff/authservice.h>
#include <staff/sessionservices.h>
#include <sync/syncclient.h>
#include <sync/syncconflicts.h>
#include <sync/syncjob.h>

#include <memory>

namespace Linli::Fees {
class FeeReports;
struct OverpaidBill;
} // namespace Linli::Fees

namespace Linli::App {

// The composition root of a signed-in session, shared by linli and linli-cli. It holds the
// session — besides sign-in, the only code that holds its database — builds every module's
// services on it once, and hands them out: pages and commands get services (and the actor),
// never the database. A new module adds its services here. Lives as long as the session.
class Services
{
public:
    explicit Services(Staff::Session session);
    ~Services();
    Q_DISABLE_COPY_MOVE(Services)

    const Core::Actor &actor() const { return m_session.actor; }
    bool viaRecoveryKey() const { return m_session.viaRecoveryKey; }
    bool mustChangePassword() const { return m_session.mustChangePassword; }

    // The staff services every page shares.
    const Staff::SessionServices &staff() const { return m_staff; }
    Staff::DatabaseInfo &database() { return m_database; }
    Staff::UserService &users() { return m_users; }
    Staff::SettingsService &settings() { return m_settings; }
    Staff::MaintenanceService &maintenance() { return m_maintenance; }
    Staff::StaffReports &staffReports() { return m_staffReports; }

    Registry::RegistryService &registry() { return m_registry; }
    Registry::ResidentImporter &importer() { return m_importer; }
    // Synthetic residents for trying Linli (Registry::generateDemoData).
    Result<Registry::DemoSummary> generateDemoData(const Registry::DemoOptions &options,
                                                   const std::function<bool(int done, int total)> &progress = {});

    Fees::FeeService &fees() { return m_fees; }
    Fees::BillRunService &billRuns() { return m_billRuns; }
    Fees::PaymentService &payments() { return m_payments; }
    Fees::MeterService &meters() { return m_meters; }
    Fees::PolicyService &policies() { return m_policies; }
    Fees::FeeReports &feeReports() { return *m_feeReports; }
    // That the fees' derived totals agree with the ledger (linli-cli verify).
    Status verifyFeeTotals();

    // Every module's figures per building and compound (core/figures.h): a new module adds its
    // FigureSource in the constructor.
    const Core::Figures &figures() const { return m_figures; }

    // Names this program to another one kept waiting by its write (never a resident's data).
    void setWriterNote(const QString &note);
    // The screen lock: the signed-in user's password again; audited.
    Status unlock(const QString &password);
    // Ends the session in the audit log, once (a command ends without it; the window signs out).
    void signOut();

    // The home page's counts, read on a connection of their own by the function returned, on a
    // worker thread, so that the window never waits for counts over a big database. What it needs
    // is taken now; the function may run even after the session ended.
    struct Counts
    {
        Result<Staff::MaintenanceService::Overview> overview = Error(ErrorCode::Internal, QString());
        Result<Registry::RegistryCounts> registry = Error(ErrorCode::Internal, QString());
    };
    std::function<Counts()> countsReader() const;

    // Sync, in one place: whether this database is enrolled with a sync server, how its sync
    // stands for the signed-in user, the values a sync on a thread of its own needs, what a pull
    // tells the clock, the conflicts, and the bills paid twice that a sync can bring.
    Result<std::optional<Sync::Enrolment>> syncEnrolment();
    // Enrols this database with a sync server (linli-cli enrol): SyncClient::enrol.
    Result<Sync::Enrolment> enrolSync(const QString &server, const QString &code, const QString &caFile,
                                      const QString &deviceName);
    Result<Sync::SyncOverview> syncOverview();
    Sync::SyncJob syncJob();
    std::function<void(const QString &hlc)> hlcObserver();
    Sync::ConflictService &conflicts() { return m_conflicts; }
    Result<QList<Fees::OverpaidBill>> overpaidBills();

    // The session itself, for tests (a test may take it away; the services then go unused).
    Staff::Session &session() { return m_session; }

private:
    Staff::Session m_session;
    Staff::DatabaseInfo m_database;
    Staff::UserService m_users;
    Staff::SettingsService m_settings;
    Staff::MaintenanceService m_maintenance;
    Staff::StaffReports m_staffReports;
    Staff::SessionServices m_staff;
    Registry::RegistryService m_registry;
    Registry::ResidentImporter m_importer;
    Fees::FeeService m_fees;
    Fees::BillRunService m_billRuns;
    Fees::PaymentService m_payments;
    Fees::MeterService m_meters;
    Fees::PolicyService m_policies;
    std::unique_ptr<Fees::FeeReports> m_feeReports;
    Sync::ConflictService m_conflicts;
    Core::Figures m_figures;
    bool m_signedOut = false;
};

} // namespace Linli::App
