#include "checkpointer.h"

#include "connection.h"

#include <QtCore/QString>

#include <sqlite3.h>

namespace Linli::Storage {

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
    std::unique_ptr<Checkpointer> c(new Checkpointer(main, std::move(*own), scan, pages));
    // A WAL hook replaces the automatic checkpoint (sqlite3_wal_hook); it runs after every commit.
    // It also keeps SQLite from copying inside a commit before the scan has looked at the file.
    sqlite3_wal_hook(main.handle(), &Checkpointer::walHook, c.get());
    return c;
}

Checkpointer::Checkpointer(Connection &main, std::unique_ptr<Connection> own, Scan scan, int pages)
    : m_main(main), m_own(std::move(own)), m_pages(pages)
{
    m_scanning = scan == Scan::Pages;
    m_thread = std::thread([this] { run(); });
}

Checkpointer::~Checkpointer()
{
    // A damaged file gets no automatic checkpoint either.
    if (m_main.isDamaged())
        sqlite3_wal_hook(m_main.handle(), nullptr, nullptr);
    else
        sqlite3_wal_autocheckpoint(m_main.handle(), 1000); // also removes the hook
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    sqlite3_interrupt(m_own->handle()); // a scan of a big file is not worth waiting for at exit
    m_wake.notify_all();
    m_thread.join();
}

void Checkpointer::scanPages()
{
    // quick_check reads every page of every table and index (each page's HMAC is checked as it
    // is decrypted) without comparing indexes to tables: about as fast as reading the file.
    auto rows = m_own->select(QStringLiteral("PRAGMA quick_check"));
    bool clean = true;
    if (!rows) {
        // An interrupted scan proves nothing either way; damage was marked by the connection.
        clean = rows.error().code() != ErrorCode::DatabaseDamaged;
    } else {
        for (const QVariantList &r : std::as_const(*rows))
            clean = clean && r.value(0).toString() == u"ok";
        if (!clean)
            m_own->markDamaged();
    }
    std::lock_guard lock(m_mutex);
    m_scanning = false;
    m_scanClean = clean;
    m_scanned.notify_all();
}

Checkpointer::ScanState Checkpointer::waitForScan(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    const auto done = [this] { return !m_scanning; };
    if (timeoutMs < 0)
        m_scanned.wait(lock, done);
    else if (!m_scanned.wait_for(lock, std::chrono::milliseconds(timeoutMs), done))
        return ScanState::Unfinished;
    return m_scanClean && !m_main.isDamaged() ? ScanState::Sound : ScanState::Damaged;
}

int Checkpointer::walHook(void *self, sqlite3 *, const char *, int pages)
{
    auto *c = static_cast<Checkpointer *>(self);
    if (pages >= c->m_pages) {
        {
            std::lock_guard lock(c->m_mutex);
            c->m_pending = true;
        }
        c->m_wake.notify_one();
    }
    return SQLITE_OK;
}

void Checkpointer::run()
{
    if (m_scanning)
        scanPages();
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_pending || m_stop; });
        if (m_stop)
            break;
        m_pending = false;
        if (m_main.isDamaged())
            continue; // never copy into a file known to be damaged
        m_running = true;
        lock.unlock();
        // PASSIVE: copies what no reader still needs, waits for no one. What it cannot copy now
        // is copied after the next commit.
        sqlite3_wal_checkpoint_v2(m_own->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        lock.lock();
        m_running = false;
        m_idle.notify_all();
    }
    m_running = false;
    m_idle.notify_all();
}

void Checkpointer::waitIdle()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return (!m_pending && !m_running) || m_stop; });
}

} // namespace Linli::Storage
