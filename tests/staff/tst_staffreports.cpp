// Staff reports: the staff list and the audit log as printable reports, with the permission
// checks of the services underneath.

#include "stafftestutil.h"

#include <reports/reportexport.h>
#include <staff/maintenanceservice.h>
#include <staff/staffreports.h>
#include <staff/userservice.h>

#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Linli;
using namespace Linli::StaffTest;
using Core::Role;

class tst_StaffReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void dayRangeCoversWholeLocalDays();
    void staffListReportRowsAndColumns();
    void staffListReportPermissions();
    void auditLogReportRowsAndColumns();
    void auditLogReportPermissions_data();
    void auditLogReportPermissions();
    void reportsExportToCsv();

private:
    void createDb();
    Storage::Store &store() { return *m_session.store; }
    const Core::Actor &admin() const { return m_session.actor; }
    QDate today() const { return QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
    Core::ManualClock m_clock;
    Staff::Session m_session;
};

void tst_StaffReports::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = m_dir->filePath(u"linli.db"_s);
    // Local noon, so the entries of a test stay on one local day.
    m_clock.setMs(QDateTime(QDate(2026, 11, 27), QTime(12, 0)).toMSecsSinceEpoch());
}

void tst_StaffReports::cleanup()
{
    m_session = Staff::Session();
    m_dir.reset();
}

void tst_StaffReports::createDb()
{
    auto s =
        Staff::createDatabase(m_dbPath, u"admin"_s, AdminPassword, OrgName, App::allMigrations(), m_clock, nullptr);
    LINLI_VERIFY_OK(s);
    m_session = std::move(*s);
}

void tst_StaffReports::dayRangeCoversWholeLocalDays()
{
    const QDate d(2026, 11, 29);
    const auto [from, to] = Staff::dayRangeMs(d, d);
    QCOMPARE(from, QDateTime(d, QTime(0, 0)).toMSecsSinceEpoch());
    QCOMPARE(to, QDateTime(d.addDays(1), QTime(0, 0)).toMSecsSinceEpoch());
    const auto [from2, to2] = Staff::dayRangeMs(QDate(2026, 11, 1), QDate(2026, 11, 30));
    QCOMPARE(from2, QDateTime(QDate(2026, 11, 1), QTime(0, 0)).toMSecsSinceEpoch());
    QCOMPARE(to2, QDateTime(QDate(2026, 12, 1), QTime(0, 0)).toMSecsSinceEpoch());
    QCOMPARE(Staff::formatDateTime(QDateTime(d, QTime(8, 5)).toMSecsSinceEpoch()), u"2026-11-29 08:05"_s);
    QVERIFY(!Staff::formatDateTime(0).isEmpty()); // "never", translated
}

void tst_StaffReports::staffListReportRowsAndColumns()
{
    createDb();
    Staff::UserService users(store());
    m_clock.advanceMs(60'000);
    LINLI_VERIFY_OK(users.add(admin(), u"wang"_s, u"王收费"_s, Role::PropertyClerk, u"Wang-pass-1"_s));
    LINLI_VERIFY_OK(users.add(admin(), u"zhou"_s, u"周审计"_s, Role::Auditor, u"Zhou-pass-1"_s));
    LINLI_VERIFY_OK(users.add(admin(), u"chen"_s, u"陈社工"_s, Role::SocialWorker, u"Chen-pass-1"_s));
    LINLI_VERIFY_OK(users.disable(admin(), u"chen"_s));

    auto report = Staff::staffListReport(store(), admin());
    LINLI_VERIFY_OK(report);
    QVERIFY(!report->title.isEmpty());
    QCOMPARE(report->organisation, OrgName);
    QCOMPARE(report->generatedBy, u"admin"_s);
    QCOMPARE(report->generatedAt.toMSecsSinceEpoch(), m_clock.nowMs());
    QCOMPARE(report->tables.size(), 1);
    const Reports::Table &t = report->tables.first();
    QCOMPARE(t.columns.size(), 6);
    QCOMPARE(t.rows.size(), 4);
    for (const QStringList &row : t.rows)
        QCOMPARE(row.size(), t.columns.size());
    // Sorted by user name.
    QStringList names;
    for (const QStringList &row : t.rows)
        names.append(row.at(0));
    QCOMPARE(names, (QStringList{u"admin"_s, u"chen"_s, u"wang"_s, u"zhou"_s}));

    const QStringList &admin = t.rows.at(0);
    QCOMPARE(admin.at(2), Core::roleDisplayName(Role::Admin));
    QCOMPARE(admin.at(4), Staff::formatDateTime(QDateTime(QDate(2026, 11, 27), QTime(12, 0)).toMSecsSinceEpoch()));
    const QStringList &chen = t.rows.at(1);
    QCOMPARE(chen.at(1), u"陈社工"_s);
    QCOMPARE(chen.at(2), Core::roleDisplayName(Role::SocialWorker));
    const QStringList &wang = t.rows.at(2);
    QCOMPARE(wang.at(1), u"王收费"_s);
    QCOMPARE(wang.at(2), Core::roleDisplayName(Role::PropertyClerk));
    QCOMPARE(wang.at(4), Staff::formatDateTime(m_clock.nowMs()));
    QCOMPARE(wang.at(5), Staff::formatDateTime(0)); // never signed in
    QCOMPARE(t.rows.at(3).at(2), Core::roleDisplayName(Role::Auditor));
    // Active and disabled accounts say so differently.
    QCOMPARE(wang.at(3), admin.at(3));
    QVERIFY(chen.at(3) != wang.at(3));
    // The account count is a parameter of the report.
    bool foundCount = false;
    for (const auto &[label, value] : report->parameters)
        foundCount = foundCount || value == u"4"_s;
    QVERIFY(foundCount);
    // No passwords or key material anywhere in the report.
    for (const QStringList &row : t.rows) {
        for (const QString &cell : row)
            QVERIFY(!cell.contains(u"pass"_s, Qt::CaseInsensitive));
    }
}

void tst_StaffReports::staffListReportPermissions()
{
    createDb();
    LINLI_VERIFY_OK(Staff::staffListReport(store(), actorFor(u"zhou"_s, Role::Auditor)));
    for (Role role : {Role::PropertyClerk, Role::SocialWorker, Role::SubdistrictClerk, Role::SubdistrictReviewer})
        LINLI_VERIFY_ERROR(Staff::staffListReport(store(), actorFor(u"wang"_s, role)), ErrorCode::PermissionDenied);
}

void tst_StaffReports::auditLogReportRowsAndColumns()
{
    createDb();
    Staff::UserService users(store());
    m_clock.advanceMs(60'000);
    LINLI_VERIFY_OK(users.add(admin(), u"wang"_s, u"王收费"_s, Role::PropertyClerk, u"Wang-pass-1"_s));
    // Two days later, more entries that a report for the first day must not show.
    m_clock.advanceMs(2 * 24 * 3600 * 1000);
    LINLI_VERIFY_OK(users.update(admin(), u"wang"_s, {}, Role::SocialWorker));
    LINLI_VERIFY_OK(users.disable(admin(), u"wang"_s));
    const QDate first(2026, 11, 27);
    const QDate third(2026, 11, 29);

    auto report = Staff::auditLogReport(store(), admin(), first, first);
    LINLI_VERIFY_OK(report);
    QCOMPARE(report->organisation, OrgName);
    QVERIFY(!report->title.isEmpty());
    QVERIFY(!report->footerNote.isEmpty());
    QCOMPARE(report->tables.size(), 1);
    const Reports::Table &t = report->tables.first();
    QCOMPARE(t.columns.size(), 6);
    QCOMPARE(t.rows.size(), 3); // database.create, user.add admin, user.add wang
    for (const QStringList &row : t.rows)
        QCOMPARE(row.size(), t.columns.size());
    QCOMPARE(t.rows.at(0).at(0), u"1"_s);
    QCOMPARE(t.rows.at(0).at(1), u"2026-11-27 12:00:00"_s);
    QCOMPARE(t.rows.at(0).at(2), u"admin"_s);
    QCOMPARE(t.rows.at(0).at(3), Storage::AuditLog::actionDisplayName(u"database.create"_s));
    QCOMPARE(t.rows.at(2).at(0), u"3"_s);
    QCOMPARE(t.rows.at(2).at(1), u"2026-11-27 12:01:00"_s);
    QCOMPARE(t.rows.at(2).at(3), Storage::AuditLog::actionDisplayName(u"user.add"_s));
    QCOMPARE(t.rows.at(2).at(4), u"wang"_s);
    // Details are readable words, not JSON.
    QVERIFY2(t.rows.at(2).at(5).contains(Core::roleDisplayName(Role::PropertyClerk)),
             qPrintable(t.rows.at(2).join(u" | "_s)));
    QVERIFY(!t.rows.at(2).at(5).contains(u'{'));
    const QList<Storage::AuditEntry> adds = auditEntries(store(), u"user.add"_s);
    QCOMPARE(t.rows.at(2).at(5), Staff::auditDetailsText(adds.last()));
    // The period is a parameter of the report.
    bool foundPeriod = false;
    for (const auto &[label, value] : report->parameters)
        foundPeriod = foundPeriod || (value.contains(u"2026-11-27"_s));
    QVERIFY(foundPeriod);

    auto later = Staff::auditLogReport(store(), admin(), third, third);
    LINLI_VERIFY_OK(later);
    QCOMPARE(later->tables.first().rows.size(), 2);
    QCOMPARE(later->tables.first().rows.at(0).at(3), Storage::AuditLog::actionDisplayName(u"user.update"_s));
    QCOMPARE(later->tables.first().rows.at(1).at(3), Storage::AuditLog::actionDisplayName(u"user.disable"_s));

    auto all = Staff::auditLogReport(store(), admin(), first, third);
    LINLI_VERIFY_OK(all);
    QCOMPARE(all->tables.first().rows.size(), 5);
    auto none = Staff::auditLogReport(store(), admin(), first.addDays(1), first.addDays(1));
    LINLI_VERIFY_OK(none);
    QCOMPARE(none->tables.first().rows.size(), 0);
    QCOMPARE(none->tables.first().columns.size(), 6);
}

void tst_StaffReports::auditLogReportPermissions_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("admin") << Role::Admin << true;
    QTest::newRow("auditor") << Role::Auditor << true;
    QTest::newRow("property_clerk") << Role::PropertyClerk << false;
    QTest::newRow("social_worker") << Role::SocialWorker << false;
    QTest::newRow("subdistrict_reviewer") << Role::SubdistrictReviewer << false;
    QTest::newRow("subdistrict_clerk") << Role::SubdistrictClerk << false;
}

void tst_StaffReports::auditLogReportPermissions()
{
    QFETCH(Role, role);
    QFETCH(bool, allowed);
    createDb();
    const Core::Actor actor = actorFor(u"zhou"_s, role);
    auto report = Staff::auditLogReport(store(), actor, today(), today());
    auto entries = Staff::MaintenanceService(store()).auditEntries(actor, 0, std::numeric_limits<qint64>::max());
    if (allowed) {
        LINLI_VERIFY_OK(report);
        QCOMPARE(report->generatedBy, u"zhou"_s);
        QCOMPARE(report->tables.first().rows.size(), 2);
        LINLI_VERIFY_OK(entries);
        QCOMPARE(entries->size(), 2);
    } else {
        LINLI_VERIFY_ERROR(report, ErrorCode::PermissionDenied);
        LINLI_VERIFY_ERROR(entries, ErrorCode::PermissionDenied);
    }
}

void tst_StaffReports::reportsExportToCsv()
{
    createDb();
    LINLI_VERIFY_OK(
        Staff::UserService(store()).add(admin(), u"wang"_s, u"王收费"_s, Role::PropertyClerk, u"Wang-pass-1"_s));
    auto staff = Staff::staffListReport(store(), admin());
    LINLI_VERIFY_OK(staff);
    const QString csvPath = m_dir->filePath(u"staff.csv"_s);
    LINLI_VERIFY_OK(Reports::writeCsv(*staff, csvPath));
    const QString csv = QString::fromUtf8(readAll(csvPath));
    QVERIFY(csv.contains(u"王收费"_s));
    QVERIFY(csv.contains(Core::roleDisplayName(Role::PropertyClerk)));
    QCOMPARE(csv.count(u"\r\n"_s), 3); // header and two accounts

    auto audit = Staff::auditLogReport(store(), admin(), today(), today());
    LINLI_VERIFY_OK(audit);
    const QString auditPath = m_dir->filePath(u"audit.csv"_s);
    LINLI_VERIFY_OK(Reports::writeCsv(*audit, auditPath));
    QVERIFY(QString::fromUtf8(readAll(auditPath)).contains(u"wang"_s));

    // Recording the export is the caller's job, through MaintenanceService.
    Staff::MaintenanceService maintenance(store());
    LINLI_VERIFY_OK(maintenance.recordExport(admin(), u"staff-list"_s, csvPath, 2));
    const QList<Storage::AuditEntry> exports = auditEntries(store(), u"export"_s);
    QCOMPARE(exports.size(), 1);
    QCOMPARE(exports.first().target, u"staff-list"_s);
    QVERIFY(exports.first().details.contains(u"staff.csv"_s));
    QVERIFY(!exports.first().details.contains(m_dir->path())); // the file name, not the whole path
    QVERIFY(auditChainOk(store()));
}

QTEST_GUILESS_MAIN(tst_StaffReports)
#include "tst_staffreports.moc"
