#pragma once

#include <core/result.h>

namespace Linli::Storage {

class Connection;

// One use case = one transaction. Begins IMMEDIATE (takes the write lock up front, so two
// programs on the same file serialise instead of failing half-way); rolls back unless committed.
// Refused on a file found damaged. While it holds the lock, a note beside the file says who
// writes ("<database>.writer"), so that a program kept waiting past the timeout can say so.
class Transaction
{
public:
    enum class Wait { UpToTimeout, No };
    // Wait::No: when another program writes, give up at once (for optional housekeeping).
    explicit Transaction(Connection &connection, Wait wait = Wait::UpToTimeout);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when BEGIN failed; error() says why. Nothing may be written then.
    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    Status commit();
    void rollback();
    Connection &connection() const { return m_connection; }

private:
    void endNote();

    Connection &m_connection;
    Error m_error;
    bool m_active = false;
    bool m_noted = false;
};

// The note a writer leaves beside `databasePath`, as a sentence for a person ("admin · linli-cli
// demo-data, since 14:02"), when its program is still running; empty otherwise.
QString currentWriter(const QString &databasePath);

// A read that runs many statements (a list of tens of thousands of rows with a lookup each):
// one snapshot for all of them, and one lock on the write-ahead log instead of one per
// statement — which had cost more than the statements themselves. Inside a transaction already
// it does nothing. Ends (COMMIT: nothing was written) when it goes out of scope.
class ReadTransaction
{
public:
    explicit ReadTransaction(Connection &connection);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    Connection &m_connection;
    bool m_own = false;
};

} // namespace Linli::Storage
