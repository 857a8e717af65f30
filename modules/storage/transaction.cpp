#include "transaction.h"

#include "connection.h"
#include "storagetr.h"

namespace Linli::Storage {

Transaction::Transaction(Connection &connection) : m_connection(connection)
{
    Q_ASSERT_X(!connection.inTransaction(), "Transaction", "transactions do not nest: one per use case");
    if (auto s = m_connection.exec(QStringLiteral("BEGIN IMMEDIATE")); s)
        m_active = true;
    else
        m_error = s.error();
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active) {
        if (m_error.message().isEmpty())
            return Error(ErrorCode::Internal, Tr::tr("An unexpected database error occurred."),
                         QStringLiteral("commit after the transaction ended"));
        return m_error;
    }
    if (auto hook = m_connection.beforeCommit(); !hook) {
        rollback();
        return hook;
    }
    auto s = m_connection.exec(QStringLiteral("COMMIT"));
    if (!s) {
        rollback();
        return s;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (m_active) {
        m_active = false;
        if (m_connection.inTransaction())
            (void)m_connection.exec(QStringLiteral("ROLLBACK"));
    }
}

ReadTransaction::ReadTransaction(Connection &connection) : m_connection(connection)
{
    if (!m_connection.inTransaction())
        m_own = m_connection.exec(QStringLiteral("BEGIN")).ok();
}

ReadTransaction::~ReadTransaction()
{
    if (m_own && m_connection.inTransaction())
        (void)m_connection.exec(QStringLiteral("COMMIT"));
}

} // namespace Linli::Storage
