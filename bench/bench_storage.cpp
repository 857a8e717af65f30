// The storage layer under the workloads staff notice: an Excel import (many rows in one
// transaction), one form saved (one row, one transaction, synchronous=FULL), audit entries,
// logging in (Argon2id), and a backup of a database with ~10k residents' worth of rows.
//
// Files go to $LINLI_BENCH_DIR or the system temp dir; put it on the disk you want to measure
// (a tmpfs makes fsync free and the single-row figures meaningless).
#include <core/clock.h>
#include <storage/auditlog.h>
#include <storage/backup.h>
#include <storage/connection.h>
#include <storage/keyslots.h>
#include <storage/outbox.h>
#include <storage/store.h>
#include <storage/transaction.h>

#include <benchmark/benchmark.h>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <optional>

using namespace Linli;

namespace {

const QString User = QStringLiteral("admin");
const QString Password = QStringLiteral("correct horse battery staple");

// A synced table shaped like a resident row (the registry module owns the real one).
QList<Storage::Migration> benchMigrations()
{
    return {{QStringLiteral("bench"), 1, QStringLiteral("synced table for benchmarks"), QStringLiteral(R"sql(
CREATE TABLE bench_resident (
    id            TEXT PRIMARY KEY,
    hlc           TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0,
    name          TEXT NOT NULL,
    name_pinyin   TEXT NOT NULL,
    id_number     TEXT NOT NULL,
    phone         TEXT NOT NULL,
    room          TEXT NOT NULL,
    born          INTEGER NOT NULL,
    tags          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX bench_resident_room ON bench_resident (room);
)sql")}};
}

[[noreturn]] void die(const char *what, const Error &error)
{
    std::fprintf(stderr, "%s: %s (%s)\n", what, qPrintable(error.message()), qPrintable(error.detail()));
    std::exit(1);
}

QString benchBaseDir()
{
    const QByteArray dir = qgetenv("LINLI_BENCH_DIR");
    return dir.isEmpty() ? QDir::tempPath() : QString::fromLocal8Bit(dir);
}

QVariantMap residentFields(qint64 n)
{
    return {
        {QStringLiteral("name"), QStringLiteral("张秀兰%1").arg(n % 1000)},
        {QStringLiteral("name_pinyin"), QStringLiteral("zhang xiu lan")},
        {QStringLiteral("id_number"), QStringLiteral("11010519491231%1").arg(n % 10000, 4, 10, QLatin1Char('0'))},
        {QStringLiteral("phone"), QStringLiteral("138%1").arg(n % 100000000, 8, 10, QLatin1Char('0'))},
        {QStringLiteral("room"), QStringLiteral("%1-%2-%3").arg(n % 40 + 1).arg(n % 6 + 1).arg(n % 18 * 100 + 101)},
        {QStringLiteral("born"), 1930 + n % 80},
        {QStringLiteral("tags"), n % 7 == 0 ? QStringLiteral("独居老人") : QString()},
    };
}

// One database per process, created once: the benchmarks measure the work, not the set-up.
struct Bench
{
    QTemporaryDir dir{benchBaseDir() + QStringLiteral("/linli-bench-XXXXXX")};
    std::unique_ptr<Storage::Store> store;
    qint64 nextRow = 0;

    static Bench &instance()
    {
        static Bench bench;
        return bench;
    }

    Bench()
    {
        if (!dir.isValid()) {
            std::fprintf(stderr, "cannot create a temporary directory under %s\n", qPrintable(benchBaseDir()));
            std::exit(1);
        }
        store = createStore(dir.filePath(QStringLiteral("bench.linli")));
    }

    static std::unique_ptr<Storage::Store> createStore(const QString &path)
    {
        QString recoveryKey;
        auto created =
            Storage::Store::create(path, User, Password, benchMigrations(), Core::Clock::system(), &recoveryKey);
        if (!created)
            die("Store::create", created.error());
        return std::move(created.value());
    }

    void upsertNewRow(Storage::Store &s)
    {
        const qint64 n = nextRow++;
        if (auto st =
                Storage::Outbox::upsert(s, QStringLiteral("bench_resident"), s.newId().toString(), residentFields(n));
            !st)
            die("Outbox::upsert", st.error());
    }
};

void commitOrDie(std::optional<Storage::Transaction> &tx)
{
    if (tx) {
        if (auto st = tx->commit(); !st)
            die("commit", st.error());
        tx.reset();
    }
}

// Many rows per transaction, as an import does: range(0) rows per COMMIT.
void BM_OutboxUpsertBatched(benchmark::State &state)
{
    Bench &b = Bench::instance();
    Storage::Store &store = *b.store;
    const int64_t perTransaction = state.range(0);
    std::optional<Storage::Transaction> tx;
    int64_t inTx = 0;
    for (auto _ : state) {
        if (!tx) {
            tx.emplace(store.connection());
            if (!tx->isActive())
                die("BEGIN", tx->error());
        }
        b.upsertNewRow(store);
        if (++inTx == perTransaction) {
            commitOrDie(tx);
            inTx = 0;
        }
    }
    commitOrDie(tx);
    state.SetItemsProcessed(state.iterations());
    state.SetLabel("item = 1 row + its outbox entry");
}
BENCHMARK(BM_OutboxUpsertBatched)->Arg(100)->Arg(1000)->Unit(benchmark::kMicrosecond)->UseRealTime();

// One saved form: BEGIN IMMEDIATE, one row + outbox entry + audit entry, COMMIT with the WAL
// fsync that synchronous=FULL demands.
void BM_SingleRowTransaction(benchmark::State &state)
{
    Bench &b = Bench::instance();
    Storage::Store &store = *b.store;
    auto sync = store.connection().scalar(QStringLiteral("PRAGMA synchronous"));
    auto journal = store.connection().scalar(QStringLiteral("PRAGMA journal_mode"));
    if (!sync || sync->toInt() != 2 || !journal || journal->toString() != QLatin1String("wal")) {
        state.SkipWithError("the connection is not in WAL mode with synchronous=FULL");
        return;
    }
    for (auto _ : state) {
        Storage::Transaction tx(store.connection());
        if (!tx.isActive())
            die("BEGIN", tx.error());
        b.upsertNewRow(store);
        if (auto st = Storage::AuditLog::append(store, User, QStringLiteral("bench.edit")); !st)
            die("AuditLog::append", st.error());
        if (auto st = tx.commit(); !st)
            die("commit", st.error());
    }
    state.SetItemsProcessed(state.iterations());
    state.SetLabel("WAL, synchronous=FULL");
}
BENCHMARK(BM_SingleRowTransaction)->Unit(benchmark::kMicrosecond)->UseRealTime();

// The hash-chained append alone (reads the previous hash, SHA-256, insert), 1000 per COMMIT.
void BM_AuditLogAppend(benchmark::State &state)
{
    Storage::Store &store = *Bench::instance().store;
    const QJsonObject details{{QStringLiteral("rows"), 120}, {QStringLiteral("format"), QStringLiteral("xlsx")}};
    std::optional<Storage::Transaction> tx;
    int inTx = 0;
    for (auto _ : state) {
        if (!tx) {
            tx.emplace(store.connection());
            if (!tx->isActive())
                die("BEGIN", tx->error());
        }
        if (auto st = Storage::AuditLog::append(store, User, QStringLiteral("registry.export"),
                                                QStringLiteral("residents.xlsx"), details);
            !st)
            die("AuditLog::append", st.error());
        if (++inTx == 1000) {
            commitOrDie(tx);
            inTx = 0;
        }
    }
    commitOrDie(tx);
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AuditLogAppend)->Unit(benchmark::kMicrosecond)->UseRealTime();

// Logging in: Argon2id at libsodium's interactive limits, then the AEAD unwrap.
void BM_KeySlotUnlock(benchmark::State &state)
{
    Storage::Store &store = *Bench::instance().store;
    auto slots = Storage::KeySlotFile::load(store.keySlotPath());
    if (!slots)
        die("KeySlotFile::load", slots.error());
    for (auto _ : state) {
        auto key = slots->unlock(User, Password);
        if (!key)
            die("KeySlotFile::unlock", key.error());
        benchmark::DoNotOptimize(key);
    }
}
BENCHMARK(BM_KeySlotUnlock)->Unit(benchmark::kMillisecond)->UseRealTime();

// Same cost for a wrong password: failing must not be faster (no timing oracle).
void BM_KeySlotUnlockWrongPassword(benchmark::State &state)
{
    Storage::Store &store = *Bench::instance().store;
    auto slots = Storage::KeySlotFile::load(store.keySlotPath());
    if (!slots)
        die("KeySlotFile::load", slots.error());
    for (auto _ : state) {
        auto key = slots->unlock(User, QStringLiteral("wrong password"));
        if (key)
            die("KeySlotFile::unlock", Error(ErrorCode::Internal, QStringLiteral("wrong password accepted")));
        benchmark::DoNotOptimize(key);
    }
}
BENCHMARK(BM_KeySlotUnlockWrongPassword)->Unit(benchmark::kMillisecond)->UseRealTime();

// An encrypted backup (sqlcipher_export + BLAKE2b + header) of a database with range(0)
// resident rows, each with its outbox entry, and one audit entry per 10 rows.
void BM_BackupCreate(benchmark::State &state)
{
    Bench &b = Bench::instance();
    const qint64 rows = state.range(0);
    const QString dbPath = b.dir.filePath(QStringLiteral("backup-source-%1.linli").arg(rows));
    auto store = Bench::createStore(dbPath);
    {
        Storage::Transaction tx(store->connection());
        for (qint64 i = 0; i < rows; ++i) {
            b.upsertNewRow(*store);
            if (i % 10 == 0) {
                if (auto st = Storage::AuditLog::append(*store, User, QStringLiteral("registry.add")); !st)
                    die("AuditLog::append", st.error());
            }
        }
        if (auto st = tx.commit(); !st)
            die("commit", st.error());
    }
    (void)store->connection().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const qint64 dbBytes = store->fileSize();

    int n = 0;
    qint64 backupBytes = 0;
    for (auto _ : state) {
        const QString out = b.dir.filePath(QStringLiteral("backup-%1.linlibackup").arg(n++));
        if (auto st = Storage::Backup::create(*store, out); !st)
            die("Backup::create", st.error());
        state.PauseTiming();
        backupBytes = QFile(out).size();
        QFile::remove(out);
        state.ResumeTiming();
    }
    state.SetBytesProcessed(state.iterations() * dbBytes);
    state.counters["db_MiB"] = double(dbBytes) / (1024.0 * 1024.0);
    state.counters["backup_MiB"] = double(backupBytes) / (1024.0 * 1024.0);
    store.reset();
    for (const QString &suffix : {QString(), QStringLiteral(".keys"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(dbPath + suffix);
}
BENCHMARK(BM_BackupCreate)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
