#include "checkpointer.h"

#include "connection.h"

#include <QtCore/QString>

#include <sqlite3.h>

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace Linli::Storage {

struct Checkpointer::State
{
    std::unique_ptr<Connection> own;
    int pages = 1000;
    std::mutex mutex;
    std::condition_variable wake;
    std::condition_variable idle;
    std::condition_variable scanned;
    bool pending = false;
    bool running = false;
    bool stop = false;
    bool scanning = false;
    bool scanClean = true;

    static int walHook(void *self, sqlite3 *, const char *, int pages);
    void scanPages();
    void run();
};

std::unique_ptr<Checkpointer> Checkpointer::start(Connection &main, const QString &path, const SecretKey &key,
                                                  Scan scan, int pages)
{
    if (main.isDamaged())
        return nullptr;
    auto own = Connection::open(path, key, Connection::Mode::OpenExisting);
    if (!own)
        return nullptr; // SQLite's automatic checkpoint stays in place
    // Its reads go through the pages once; a big cache would only add to the program's memory.
    (void)(*own)->select(QStringLiteral("PRAGMA cache_size = -2048"));
    auto state = std::make_shared<State>();
    state->own = std::move(*own);
    state->pages = pages;
    state->scanning = scan == Scan::Pages;
    std::unique_ptr<Checkpointer> c(new Checkpointer(main, state));
    // A WAL hook replaces the automatic checkpoint (sqlite3_wal_hook); it runs after every commit.
    // It also keeps SQLite from copying inside a commit before the scan has looked at the file.
    sqlite3_wal_hook(main.handle(), &State::walHook, state.get());
    return c;
}

Checkpointer::Checkpointer(Connection &main, std::shared_ptr<State> state)
    : m_main(main), m_state(std::move(state)), m_thread([s = m_state] { s->run(); })
{}

Checkpointer::~Checkpointer()
{
    // A damaged file gets no automatic checkpoint either.
    if (m_main.isDamaged())
        sqlite3_wal_hook(m_main.handle(), nullptr, nullptr);
    else
        sqlite3_wal_autocheckpoint(m_main.handle(), 1000); // also removes the hook
    {
        std::lock_guard lock(m_state->mutex);
        m_state->stop = true;
    }
    m_state->wake.notify_all();
    m_thread.join(); // a scan stops within 256 rows
}

int Checkpointer::State::walHook(void *self, sqlite3 *, const char *, int pages)
{
    auto *s = static_cast<State *>(self);
    if (pages >= s->pages) {
        {
            std::lock_guard lock(s->mutex);
            s->pending = true;
        }
        s->wake.notify_one();
    }
    return SQLITE_OK;
}

namespace {

QString quoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// The statements that together read every page of every table and index: each table whole (its
// overflow pages too), each index by a scan that reads only the index. An index that cannot be
// read on its own (on an expression) is left out; its table is read all the same.
QStringList scanStatements(Connection &c)
{
    QStringList out;
    auto objects = c.select(QStringLiteral("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master"
                                           " WHERE type IN ('table', 'index') ORDER BY rowid"));
    if (!objects)
        return out;
    for (const QVariantList &o : std::as_const(*objects)) {
        const QString type = o.value(0).toString();
        const QString name = o.value(1).toString();
        const QString table = o.value(2).toString();
        if (type == u"table") {
            out.append(QStringLiteral("SELECT * FROM ") + quoted(name));
            continue;
        }
        auto columns = c.select(QStringLiteral("PRAGMA index_info(") + quoted(name) + u')');
        if (!columns || columns->isEmpty())
            continue;
        QStringList names;
        bool plain = true;
        for (const QVariantList &col : std::as_const(*columns)) {
            plain = plain && col.value(1).toLongLong() >= 0 && !col.value(2).isNull();
            names.append(quoted(col.value(2).toString()));
        }
        if (!plain)
            continue;
        // A partial index is used only under its own condition.
        const QString sql = o.value(3).toString();
        const qsizetype where = sql.lastIndexOf(QStringLiteral(" WHERE "), -1, Qt::CaseInsensitive);
        out.append(QStringLiteral("SELECT ") + names.join(u", ") + QStringLiteral(" FROM ") + quoted(table)
                   + QStringLiteral(" INDEXED BY ") + quoted(name) + (where >= 0 ? sql.mid(where) : QString()));
    }
    return out;
}

} // namespace

void Checkpointer::State::scanPages()
{
    // Every page is decrypted as it is read, and SQLCipher checks its HMAC then; a page that
    // fails marks the file damaged (Connection::failure). Row by row rather than PRAGMA
    // quick_check, which cannot be stopped: on a file of gigabytes it runs for minutes, and a
    // program ending must not wait for it.
    bool clean = true;
    bool finished = true;
    for (const QString &sql : scanStatements(*own)) {
        auto stmt = own->prepare(sql);
        if (!stmt) {
            clean = clean && stmt.error().code() != ErrorCode::DatabaseDamaged;
            continue; // e.g. an index the planner will not use on its own
        }
        for (qint64 n = 0;; ++n) {
            if (n % 256 == 0) {
                std::lock_guard lock(mutex);
                if (stop) {
                    finished = false;
                    break;
                }
            }
            auto row = stmt->step();
            if (!row) {
                clean = clean && row.error().code() != ErrorCode::DatabaseDamaged;
                break;
            }
            if (!*row)
                break;
        }
        if (!finished || !clean)
            break;
    }
    if (!clean)
        own->markDamaged();
    std::lock_guard lock(mutex);
    scanning = false;
    scanClean = clean;
    scanned.notify_all();
}

void Checkpointer::State::run()
{
    bool scan = false;
    {
        std::lock_guard lock(mutex);
        scan = scanning;
    }
    if (scan)
        scanPages();
    std::unique_lock lock(mutex);
    for (;;) {
        wake.wait(lock, [this] { return pending || stop; });
        if (stop)
            break;
        pending = false;
        // Never copy into a file known to be damaged (the mark is per file, so this connection
        // sees one found by any other).
        if (own->isDamaged())
            continue;
        running = true;
        lock.unlock();
        // PASSIVE: copies what no reader still needs, waits for no one. What it cannot copy now
        // is copied after the next commit.
        sqlite3_wal_checkpoint_v2(own->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        lock.lock();
        running = false;
        idle.notify_all();
    }
    running = false;
    idle.notify_all();
}

void Checkpointer::waitIdle()
{
    std::unique_lock lock(m_state->mutex);
    m_state->idle.wait(lock, [this] { return (!m_state->pending && !m_state->running) || m_state->stop; });
}

Checkpointer::ScanState Checkpointer::waitForScan(int timeoutMs)
{
    std::unique_lock lock(m_state->mutex);
    const auto done = [this] { return !m_state->scanning; };
    if (timeoutMs < 0)
        m_state->scanned.wait(lock, done);
    else if (!m_state->scanned.wait_for(lock, std::chrono::milliseconds(timeoutMs), done))
        return ScanState::Unfinished;
    return m_state->scanClean && !m_main.isDamaged() ? ScanState::Sound : ScanState::Damaged;
}

} // namespace Linli::Storage
