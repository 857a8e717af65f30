// Fees at the scale of a large subdistrict (issue 4): a bill run for 80,000 households (≤ 3 s,
// and within 2× of plain inserts of the same rows), then the arrears list and the collection
// rate on a year of bills for those households (≤ 200 ms each).
//
// Setup (not timed): an encrypted database in LINLI_BENCH_DIR (default /tmp) with synthetic
// compounds of about 80,000 households (demo data), the property fee at ¥1.00/m² and the garbage
// fee at ¥20.00 a month. The bill-run benchmark bills one month of 2026 per iteration through
// BillRunService::commit, as `linli-cli fees bill-run` does; after twelve iterations the year is
// billed. At the end of each quarter, before the next month is billed, the quarter's payments
// are written (not timed) in the shape PaymentService::pay writes them (payment, receipt,
// allocations, ledger entry), in one transaction so the setup takes seconds: 70 % of
// households pay every quarter, 15 % the first two quarters, 15 % never.
#include <core/clock.h>
#include <fees/billrun.h>
#include <fees/feemigrations.h>
#include <fees/feeservice.h>
#include <fees/payments.h>
#include <registry/demodata.h>
#include <registry/registrymigrations.h>
#include <staff/authservice.h>
#include <staff/setup.h>
#include <staff/staffmigrations.h>
#include <storage/connection.h>
#include <storage/store.h>
#include <storage/transaction.h>

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QScopeGuard>
#include <QtCore/QUuid>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;
using namespace Linli;

namespace {

struct Fixture
{
    std::optional<Staff::Session> session;
    int households = 0;
    int monthsBilled = 0;
    QHash<QString, int> ordinal; // household id → its place in id order
    qint64 receipts = 0;
};

Fixture &fixture()
{
    static Fixture f;
    if (f.session)
        return f;
    const QString path = qEnvironmentVariable("LINLI_BENCH_DIR", QDir::tempPath()) + u"/bench-fees.linli"_s;
    QList<Storage::Migration> all = Staff::staffMigrations();
    all += Registry::registryMigrations();
    all += Fees::feeMigrations();
    // LINLI_BENCH_REUSE=1: the database a full run left (a year billed and paid), for the reads.
    if (qEnvironmentVariableIsSet("LINLI_BENCH_REUSE") && QFile::exists(path)) {
        auto session = Staff::AuthService(Core::Clock::system())
                           .signIn(path, Storage::Credentials::password(u"admin"_s, u"Bench-pass-1"_s), all);
        if (!session)
            qFatal("%s", qPrintable(session.error().message()));
        f.session = std::move(*session);
        f.monthsBilled = 12;
        f.households = f.session->store->connection()
                           .scalar(u"SELECT count(*) FROM reg_households WHERE status = 'active' AND deleted = 0"_s)
                           ->toInt();
        return f;
    }
    for (const QString &suffix : {u""_s, u".keys"_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    QList<Storage::Migration> migrations = Staff::staffMigrations();
    migrations += Registry::registryMigrations();
    migrations += Fees::feeMigrations();
    QString key;
    auto session = Staff::createDatabase(path, u"admin"_s, u"Bench-pass-1"_s, u"幸福里物业"_s, migrations,
                                         Core::Clock::system(), &key);
    if (!session)
        qFatal("%s", qPrintable(session.error().message()));
    f.session = std::move(*session);
    Registry::DemoOptions demo;
    demo.residents = qEnvironmentVariableIntValue("LINLI_BENCH_RESIDENTS") > 0
                         ? qEnvironmentVariableIntValue("LINLI_BENCH_RESIDENTS")
                         : 218000; // about 80,000 households
    if (!Registry::generateDemoData(*f.session->store, f.session->actor, demo))
        qFatal("demo data failed");
    f.households = f.session->store->connection()
                       .scalar(u"SELECT count(*) FROM reg_households WHERE status = 'active' AND deleted = 0"_s)
                       ->toInt();
    Fees::FeeService fees(*f.session->store);
    auto property = fees.addItem(f.session->actor, u"property"_s, u"物业服务费"_s, Fees::ItemKind::Area);
    auto garbage = fees.addItem(f.session->actor, u"garbage"_s, u"垃圾清运费"_s, Fees::ItemKind::Monthly);
    (void)fees.setRate(f.session->actor, property->id, {}, QDate(2020, 1, 1), {}, u"1.00"_s);
    (void)fees.setRate(f.session->actor, garbage->id, {}, QDate(2020, 1, 1), {}, u"20"_s);
    return f;
}

void writeQuarterPayments(Fixture &f, int quarter);

// A month of 2026 billed per iteration: preview, then one transaction with the run, a bill and
// its lines and a ledger charge per household (each also queued in the sync outbox).
void BM_BillRunMonth(benchmark::State &state)
{
    Fixture &f = fixture();
    Fees::BillRunService runs(*f.session->store);
    qint64 bills = 0;
    for (auto _ : state) {
        const QString period = QDate(2026, ++f.monthsBilled, 1).toString(u"yyyy-MM"_s);
        QElapsedTimer timer;
        timer.start();
        auto run = runs.commit(f.session->actor, period, {}, {});
        if (!run)
            state.SkipWithError(qPrintable(run.error().message()));
        state.SetIterationTime(timer.nsecsElapsed() / 1e9);
        if (qEnvironmentVariableIsSet("LINLI_BENCH_VERBOSE"))
            qWarning("%s: %lld ms", qPrintable(period), timer.elapsed());
        bills = f.session->store->connection()
                    .scalar(u"SELECT count(*) FROM fee_bills WHERE run_id = ?"_s, {*run})
                    ->toLongLong();
        // Runs are a month apart: the log a run left is copied into the file (in the background,
        // Storage::Checkpointer) long before the next one. Waited for here, not timed.
        f.session->store->waitForCheckpoint();
        if (f.monthsBilled % 3 == 0) // the quarter's payments come in before the next run
            writeQuarterPayments(f, f.monthsBilled / 3);
    }
    state.counters["households"] = f.households;
    state.counters["bills"] = double(bills);
}

// The preview alone (what commit computes before it writes), for the month after the year.
void BM_BillRunPreview(benchmark::State &state)
{
    Fixture &f = fixture();
    Fees::BillRunService runs(*f.session->store);
    for (auto _ : state) {
        auto preview = runs.preview(f.session->actor, u"2027-01"_s, {}, {});
        if (!preview)
            state.SkipWithError(qPrintable(preview.error().message()));
    }
}

// The baseline: the same rows the run writes (a bill, its two lines, a ledger charge, the bill's
// derived state row and its household's balance) by plain prepared statements in one
// transaction (OR FAIL and deferred foreign keys, as the run writes them: no statement savepoints), into tables with
// the same columns and indexes, with no reading, no computing and no checks. The shadow tables start with a copy of
// what the real ones hold after the year's runs, so their indexes are as big as the real ones when the last month is
// billed.
void BM_RawInsertsOfTheSameRows(benchmark::State &state)
{
    Fixture &f = fixture();
    Storage::Connection &c = f.session->store->connection();
    const QStringList tables = {u"fee_bills"_s, u"fee_bill_lines"_s, u"fee_ledger"_s, u"fee_bill_state"_s,
                                u"fee_balances"_s};
    auto households = c.select(u"SELECT h.id, h.room_id FROM reg_households h WHERE h.status = 'active'"
                               u" AND h.deleted = 0"_s);
    for (auto _ : state) {
        state.PauseTiming();
        // Shadow tables: the same DDL and indexes under other names (no triggers).
        for (const QString &t : tables) {
            (void)c.exec(u"DROP TABLE IF EXISTS raw_%1"_s.arg(t));
            auto ddl = c.select(u"SELECT sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL"
                                u" AND type IN ('table', 'index')"_s,
                                {t});
            for (const QVariantList &d : std::as_const(*ddl)) {
                QString sql = d.at(0).toString();
                sql.replace(u" ON "_s + t + u" "_s, u" ON raw_"_s + t + u" "_s);
                sql.replace(u"CREATE TABLE "_s + t, u"CREATE TABLE raw_"_s + t);
                sql.replace(QRegularExpression(u"INDEX (\\w+)"_s), u"INDEX raw_\\1"_s);
                if (auto s = c.exec(sql); !s)
                    state.SkipWithError(qPrintable(s.error().message()));
            }
        }
        // The same rows already there as in the real tables: the indexes grow the same way.
        for (const QString &t : tables)
            (void)c.exec(u"INSERT OR FAIL INTO raw_%1 SELECT * FROM %1"_s.arg(t));
        (void)c.exec(u"PRAGMA cache_size = -65536"_s);
        state.ResumeTiming();
        QElapsedTimer timer;
        timer.start();
        {
            Storage::Transaction tx(c);
            (void)c.exec(u"PRAGMA defer_foreign_keys = ON"_s); // no statement savepoints, as in the run
            const QString hlc = u"0190000000000-000000-bench"_s;
            const QString device = f.session->store->deviceId();
            for (const QVariantList &h : std::as_const(*households)) {
                const QString bill = f.session->store->newId().toString();
                (void)c.execute(
                    u"INSERT OR FAIL INTO raw_fee_bills (id, hlc, origin_device, run_id, generation, household_id,"
                    u" room_id, period, period_from, period_until, due_date, total_fen)"
                    u" VALUES (?, ?, ?, 'run', 0, ?, ?, '2099-01', '2099-01-01', '2099-02-01', '2099-01-31',"
                    u" 10735)"_s,
                    {bill, hlc, device, h.at(0), h.at(1)});
                for (int line = 0; line < 2; ++line)
                    (void)c.execute(
                        u"INSERT OR FAIL INTO raw_fee_bill_lines (id, hlc, origin_device, bill_id, item_id,"
                        u" description, amount_fen, reading_id)"
                        u" VALUES (?, ?, ?, ?, 'item', '87.35 m² × ¥1.0000/m² a month, 1 month', 8735, '')"_s,
                        {f.session->store->newId().toString(), hlc, device, bill});
                (void)c.execute(
                    u"INSERT OR FAIL INTO raw_fee_ledger (id, hlc, origin_device, household_id, kind, amount_fen,"
                    u" bill_id, at, actor) VALUES (?, ?, ?, ?, 'charge', 10735, ?, 0, 'admin')"_s,
                    {f.session->store->newId().toString(), hlc, device, h.at(0), bill});
                (void)c.execute(
                    u"INSERT OR FAIL INTO raw_fee_bill_state (bill_id, household_id, building_id, period,"
                    u" period_from, period_until, due_date, total_fen, paid_fen, late_fen, owed_fen, voided, room_id)"
                    u" VALUES (?, ?, 'building', '2099-01', '2099-01-01', '2099-02-01', '2099-01-31', 10735,"
                    u" 0, 0, 10735, 0, ?)"_s,
                    {bill, h.at(0), h.at(1)});
                (void)c.execute(
                    u"UPDATE OR FAIL raw_fee_balances SET balance_fen = balance_fen + 10735 WHERE household_id = ?"_s,
                    {h.at(0)});
            }
            (void)tx.commit();
        }
        state.SetIterationTime(timer.nsecsElapsed() / 1e9);
        state.PauseTiming();
        (void)c.exec(u"PRAGMA cache_size = -16384"_s);
        for (const QString &t : tables)
            (void)c.exec(u"DROP TABLE IF EXISTS raw_%1"_s.arg(t));
        state.ResumeTiming();
    }
    state.counters["households"] = double(households->size());
}

// One quarter's payments (months quarter*3-2 .. quarter*3 of 2026), in the shape
// PaymentService::pay writes them (see the top of the file), written at the end of the quarter,
// before the next month is billed: 70 % of households pay every quarter, 15 % the first two
// quarters, 15 % never.
void writeQuarterPayments(Fixture &f, int quarter)
{
    Storage::Connection &c = f.session->store->connection();
    const QString first = QDate(2026, quarter * 3 - 2, 1).toString(u"yyyy-MM"_s);
    const QString last = QDate(2026, quarter * 3, 1).toString(u"yyyy-MM"_s);
    auto bills = c.select(u"SELECT household_id, id, total_fen FROM fee_bills WHERE deleted = 0"
                          u" AND period >= ? AND period <= ? ORDER BY household_id, period_from"_s,
                          {first, last});
    if (f.ordinal.isEmpty()) { // which of the three kinds a household is: by its place in id order
        auto all = c.select(u"SELECT id FROM reg_households WHERE status = 'active' AND deleted = 0 ORDER BY id"_s);
        for (const QVariantList &h : std::as_const(*all))
            f.ordinal.insert(h.at(0).toString(), int(f.ordinal.size()));
    }
    Storage::Transaction tx(c);
    const QString device = f.session->store->deviceId();
    const qint64 at = QDateTime(QDate(2026, quarter * 3, 1).addMonths(1).addDays(-1), QTime(10, 0)).toMSecsSinceEpoch();
    qsizetype i = 0;
    while (i < bills->size()) {
        const QString hh = bills->at(i).at(0).toString();
        qsizetype end = i;
        while (end < bills->size() && bills->at(end).at(0).toString() == hh)
            ++end;
        const int kind = f.ordinal.value(hh) % 20; // 0–13: every quarter; 14–16: the first two; 17–19: never
        if (kind < 14 || (kind < 17 && quarter <= 2)) {
            const QString payment = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString hlc = u"0190000000000-%1-bench"_s.arg(++f.receipts, 6, 10, QChar(u'0'));
            qint64 amount = 0;
            for (qsizetype m = i; m < end; ++m)
                amount += bills->at(m).at(2).toLongLong();
            (void)c.execute(u"INSERT INTO fee_payments (id, hlc, origin_device, household_id, amount_fen, method,"
                            u" reference, received_at, clerk) VALUES (?, ?, ?, ?, ?, 'wechat', 'WX', ?, 'admin')"_s,
                            {payment, hlc, device, hh, amount, at});
            (void)c.execute(u"INSERT INTO fee_receipts (id, hlc, origin_device, number, year, seq, payment_id,"
                            u" amount_fen, issued_at, issued_by) VALUES (?, ?, ?, ?, 2026, ?, ?, ?, ?, 'admin')"_s,
                            {QUuid::createUuid().toString(QUuid::WithoutBraces), hlc, device,
                             u"2026-%1"_s.arg(f.receipts, 6, 10, QChar(u'0')), f.receipts, payment, amount, at});
            for (qsizetype m = i; m < end; ++m)
                (void)c.execute(u"INSERT INTO fee_allocations (id, hlc, origin_device, payment_id, bill_id, amount_fen)"
                                u" VALUES (?, ?, ?, ?, ?, ?)"_s,
                                {QUuid::createUuid().toString(QUuid::WithoutBraces), hlc, device, payment,
                                 bills->at(m).at(1), bills->at(m).at(2)});
            (void)c.execute(
                u"INSERT INTO fee_ledger (id, hlc, origin_device, household_id, kind, amount_fen,"
                u" payment_id, at, actor) VALUES (?, ?, ?, ?, 'payment', ?, ?, ?, 'admin')"_s,
                {QUuid::createUuid().toString(QUuid::WithoutBraces), hlc, device, hh, -amount, payment, at});
        }
        i = end;
    }
    (void)tx.commit();
    // Payments come in over weeks, not in one transaction just before a run: the log this one
    // left is copied into the file (in the background, as after any commit) before going on.
    f.session->store->waitForCheckpoint();
}

// The reads need the year billed and paid: whatever the bill runs did not do yet. And no copy of
// the log left by what ran before (a bill run, the plain inserts) still going on beside them.
void writePayments(Fixture &f)
{
    const auto settled = qScopeGuard([&f] { f.session->store->waitForCheckpoint(); });
    Fees::BillRunService runs(*f.session->store);
    while (f.monthsBilled < 12) {
        const QString period = QDate(2026, ++f.monthsBilled, 1).toString(u"yyyy-MM"_s);
        (void)runs.commit(f.session->actor, period, {}, {});
        if (f.monthsBilled % 3 == 0)
            writeQuarterPayments(f, f.monthsBilled / 3);
    }
}

void BM_Arrears(benchmark::State &state)
{
    Fixture &f = fixture();
    writePayments(f);
    Fees::PaymentService payments(*f.session->store);
    qsizetype rows = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto list = payments.arrears(f.session->actor, QDate(2027, 1, 20));
        if (qEnvironmentVariableIsSet("LINLI_BENCH_VERBOSE"))
            qWarning("arrears: %lld ms", timer.elapsed());
        if (!list)
            state.SkipWithError(qPrintable(list.error().message()));
        rows = list->size();
    }
    state.counters["households_in_arrears"] = double(rows);
}

void BM_CollectionByBuilding(benchmark::State &state)
{
    Fixture &f = fixture();
    writePayments(f);
    Fees::PaymentService payments(*f.session->store);
    for (auto _ : state) {
        auto rows = payments.collection(f.session->actor, u"2026-12"_s);
        if (!rows)
            state.SkipWithError(qPrintable(rows.error().message()));
        state.counters["rate_bp"] = rows->last().basisPoints();
    }
}

void BM_CollectionByItem(benchmark::State &state)
{
    Fixture &f = fixture();
    writePayments(f);
    Fees::PaymentService payments(*f.session->store);
    for (auto _ : state) {
        auto rows = payments.collectionByItem(f.session->actor, u"2026-12"_s);
        if (!rows)
            state.SkipWithError(qPrintable(rows.error().message()));
    }
}

void BM_CollectionTwelveMonths(benchmark::State &state)
{
    Fixture &f = fixture();
    writePayments(f);
    Fees::PaymentService payments(*f.session->store);
    for (auto _ : state) {
        auto rows = payments.collectionTrend(f.session->actor, QDate(2026, 1, 1), QDate(2027, 1, 1));
        if (!rows)
            state.SkipWithError(qPrintable(rows.error().message()));
    }
}

// The cash desk: one household's open bills with the late fee accrued.
void BM_CashDeskOpenBills(benchmark::State &state)
{
    Fixture &f = fixture();
    writePayments(f);
    auto hh = f.session->store->connection().scalar(
        u"SELECT household_id FROM fee_bills ORDER BY household_id DESC LIMIT 1"_s);
    Fees::PaymentService payments(*f.session->store);
    for (auto _ : state)
        benchmark::DoNotOptimize(payments.openBills(hh->toString(), QDate(2027, 1, 20)));
}

} // namespace

BENCHMARK(BM_BillRunMonth)->Iterations(12)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BillRunPreview)
    ->Iterations(qEnvironmentVariableIntValue("LINLI_BENCH_PREVIEWS") > 0
                     ? qEnvironmentVariableIntValue("LINLI_BENCH_PREVIEWS")
                     : 3)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RawInsertsOfTheSameRows)->Iterations(3)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Arrears)->Iterations(10)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CollectionByBuilding)->Iterations(10)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CollectionByItem)->Iterations(10)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CollectionTwelveMonths)->Iterations(10)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CashDeskOpenBills)->Iterations(200)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
