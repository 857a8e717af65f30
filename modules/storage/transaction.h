#pragma once

#include <core/result.h>

namespace Linli::Storage {

class Connection;

// One use case = one transaction. Begins IMMEDIATE (takes the write lock up front, so two
// programs on the same file serialise instead of failing half-way); rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(Connection &connection);
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
    Connection &m_connection;
    Error m_error;
    bool m_active = false;
};

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
