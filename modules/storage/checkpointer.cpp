#include "checkpointer.h"

#include "connection.h"

#include <QtCore/QString>

#include <sqlite3.h>

namespace Linli::Storage {

std::unique_ptr<Checkpointer> Checkpointer::start(Connection &main, const QString &path, const SecretKey &key,
                                                  int pages)
{
    auto own = Connection::open(path, key, Connection::Mode::OpenExisting);
    if (!own)
        return nullptr; // SQLite's automatic checkpoint stays in place
    std::unique_ptr<Checkpointer> c(new Checkpointer(main.handle(), std::move(*own), pages));
    // A WAL hook replaces the automatic checkpoint (sqlite3_wal_hook); it runs after every commit.
    sqlite3_wal_hook(main.handle(), &Checkpointer::walHook, c.get());
    return c;
}

Checkpointer::Checkpointer(sqlite3 *main, std::unique_ptr<Connection> own, int pages)
    : m_main(main), m_own(std::move(own)), m_pages(pages), m_thread([this] { run(); })
{}

Checkpointer::~Checkpointer()
{
    sqlite3_wal_autocheckpoint(m_main, 1000); // also removes the hook
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
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
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_pending || m_stop; });
        if (m_stop)
            break;
        m_pending = false;
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
