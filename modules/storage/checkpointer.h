#pragma once

#include <QtCore/QString>

#include <memory>
#include <thread>

struct sqlite3;

namespace Linli::Storage {

class Connection;
class SecretKey;

// Copies the write-ahead log into the database file on a thread of its own, with its own
// connection, instead of inside the commit that filled it. SQLite's automatic checkpoint runs in
// the committing call: a bill run that wrote 150 MB waited a third of a second more for the copy
// after its data was safe in the log. The commit is durable once the log is synced
// (synchronous = FULL); the copy is housekeeping. Readers and writers go on meanwhile (a PASSIVE
// checkpoint takes no lock that blocks them). Without its connection the store keeps SQLite's
// automatic checkpoint.
//
// Before its first copy it reads every page of an existing file once (every table and index, row
// by row, so that it can stop at once), so that damage in a page no command happens to read is
// found before anything is copied into the file; damage found marks the file damaged for the
// whole process (Connection::markDamaged), and a damaged file is never copied into.
class Checkpointer
{
public:
    enum class Scan { None, Pages };
    // After a commit leaves at least `pages` pages in the log, the copy is started.
    static std::unique_ptr<Checkpointer> start(Connection &main, const QString &path, const SecretKey &key,
                                               Scan scan = Scan::None, int pages = 1000);
    // Waits for a copy in progress, stops a scan; `main` gets SQLite's automatic checkpoint back.
    ~Checkpointer();
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    // Blocks until no copy is asked for or running (tests, and before reading the file's size).
    void waitIdle();
    enum class ScanState { Sound, Damaged, Unfinished };
    // Waits up to `timeoutMs` (-1: until it ends) for the scan of every page.
    ScanState waitForScan(int timeoutMs);

private:
    struct State; // what the thread works on
    Checkpointer(Connection &main, std::shared_ptr<State> state);

    Connection &m_main;
    std::shared_ptr<State> m_state;
    std::thread m_thread;
};

} // namespace Linli::Storage
