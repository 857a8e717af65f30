// Sync at the scale of a large subdistrict (issue 5): a new office's first sync of 200,000
// residents over loopback TLS (≤ 20 s), and 1,000 changes sent and taken (≤ 1 s each way).
//
// Setup (not timed): PostgreSQL from initdb in a temporary directory, a throwaway CA and the real
// linli-sync-server over TLS (tests/support/syncserverfixture), as the sync tests start them. Office
// A: an encrypted database with LINLI_BENCH_RESIDENTS (default 200,000) synthetic residents (demo
// data), enrolled. Its first upload (every row it has) is measured too: done once per office when
// it joins, not a target of the issue.
//   InitialUpload   office A sends its whole outbox (batches of 500 entries)
//   InitialSync     office B, new, takes everything (pages of 2,000 rows), each page one transaction
//   Push1000        office A changes 1,000 residents' phone numbers and syncs: sends them (one
//                   batch) and takes the server's copy back, as every sync does
//   Pull1000        office B takes those 1,000 changes
#include "syncserverfixture.h"

#include <catalogue/catalogue.h>
#include <composition.h>
#include <core/clock.h>
#include <registry/demodata.h>
#include <registry/registryservice.h>
#include <staff/setup.h>
#include <storage/connection.h>
#include <storage/outbox.h>
#include <storage/store.h>
#include <storage/transaction.h>
#include <sync/syncclient.h>
#include <sync/syncengine.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;
using namespace Linli;

namespace {

struct Office
{
    std::optional<Staff::Session> session;
    Result<Sync::SyncReport> sync()
    {
        return Sync::SyncEngine(session->store->connection(), session->actor.username, session->store->deviceId(),
                                Catalogue::syncCatalogue())
            .run();
    }
};

struct Fixture
{
    TestSupport::SyncServerFixture server;
    Office a, b;
    int residents = 0;
};

Office newOffice(Fixture &f, const QString &name)
{
    Office o;
    QString key;
    auto session = Staff::createDatabase(f.server.path(name + u".linli"_s), u"admin"_s, u"Bench-pass-1"_s, name,
                                         App::allMigrations(), Core::Clock::system(), &key);
    if (!session)
        qFatal("%s", qPrintable(session.error().message()));
    o.session = std::move(*session);
    const QString code = f.server.admin({u"enrol-code"_s, u"--office"_s, name}).trimmed();
    auto enrolled =
        Sync::SyncClient(*o.session->store).enrol(o.session->actor, f.server.url(), code, f.server.caFile(), name);
    if (!enrolled)
        qFatal("%s", qPrintable(enrolled.error().message()));
    if (auto s = Sync::SyncEngine(o.session->store->connection(), u"admin"_s, o.session->store->deviceId(),
                                  Catalogue::syncCatalogue())
                     .signIn(u"bench"_s, u"Bench-sync-2026"_s);
        !s)
        qFatal("%s", qPrintable(s.error().message()));
    return o;
}

Fixture &fixture()
{
    static Fixture f;
    if (f.a.session)
        return f;
    if (const QString failed = f.server.start(QStringLiteral(LINLI_SYNC_SERVER)); !failed.isEmpty())
        qFatal("%s", qPrintable(failed));
    int code = -1;
    f.server.admin({u"add-user"_s, u"bench"_s, u"--role"_s, u"admin"_s, u"--scope"_s, u"*"_s}, &code,
                   "Bench-sync-2026\n");
    f.a = newOffice(f, u"街道办"_s);
    Registry::DemoOptions demo;
    demo.residents = qEnvironmentVariableIsSet("LINLI_BENCH_RESIDENTS")
                         ? qEnvironmentVariableIntValue("LINLI_BENCH_RESIDENTS")
                         : 200000;
    auto summary = Registry::generateDemoData(*f.a.session->store, f.a.session->actor, demo);
    if (!summary)
        qFatal("%s", qPrintable(summary.error().message()));
    f.residents = summary->residents;
    return f;
}

void report(benchmark::State &state, const Result<Sync::SyncReport> &r, qint64 ms)
{
    if (!r) {
        qWarning("%s", fixture().server.server().readAll().right(4000).constData()); // the server's side of it
        qFatal("sync failed: %s %s", qPrintable(r.error().message()), qPrintable(r.error().detail()));
    }
    state.SetIterationTime(double(ms) / 1000.0);
    state.counters["pushed"] = double(r->pushed);
    state.counters["pulled"] = double(r->pulled);
    state.counters["rows_per_s"] =
        benchmark::Counter(double(r->pushed + r->pulled) * 1000.0 / double(qMax<qint64>(ms, 1)));
}

// One sync of `office`, timed.
void timedSync(benchmark::State &state, Office &office)
{
    QElapsedTimer t;
    t.start();
    auto r = office.sync();
    report(state, r, t.elapsed());
}

void InitialUpload(benchmark::State &state)
{
    Fixture &f = fixture();
    for (auto _ : state)
        timedSync(state, f.a);
    state.counters["residents"] = f.residents;
}

void InitialSync(benchmark::State &state)
{
    Fixture &f = fixture();
    static int offices = 0; // --benchmark_repetitions=N: a new office each time
    f.b = Office();
    f.b = newOffice(f, offices++ == 0 ? u"物业办"_s : u"物业办%1"_s.arg(offices));
    for (auto _ : state)
        timedSync(state, f.b);
    state.counters["residents"] =
        double(f.b.session->store->connection().scalar(u"SELECT count(*) FROM reg_residents"_s)->toLongLong());
}

void Push1000(benchmark::State &state)
{
    Fixture &f = fixture();
    Storage::Store &store = *f.a.session->store;
    for (auto _ : state) {
        state.PauseTiming();
        // Untimed: the background copies of both offices' write-ahead logs after the big sync
        // (an office's next change comes minutes later, not in the same second).
        f.a.session->store->waitForCheckpoint();
        f.b.session->store->waitForCheckpoint();
        // 1,000 phone numbers changed, as the resident form writes them (one outbox entry each).
        auto ids = store.connection().select(u"SELECT id FROM reg_residents ORDER BY random() LIMIT 1000"_s);
        Storage::Transaction tx(store.connection());
        int n = 0;
        for (const QVariantList &r : std::as_const(*ids)) {
            if (!Storage::Outbox::upsert(store, u"reg_residents"_s, r.at(0).toString(),
                                         {{u"phone1"_s, u"+86139%1"_s.arg(10000000 + n++, 8, 10, QChar(u'0'))}}))
                qFatal("cannot write");
        }
        if (!tx.commit())
            qFatal("cannot commit");
        state.ResumeTiming();
        timedSync(state, f.a);
    }
}

void Pull1000(benchmark::State &state)
{
    Fixture &f = fixture();
    for (auto _ : state)
        timedSync(state, f.b);
}

} // namespace

BENCHMARK(InitialUpload)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(InitialSync)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(Push1000)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);
BENCHMARK(Pull1000)->Iterations(1)->UseManualTime()->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    const QString stopped = fixture().server.stop();
    if (!stopped.isEmpty())
        qWarning("%s", qPrintable(stopped));
    return 0;
}
