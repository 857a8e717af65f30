#include "transaction.h"

#include "connection.h"
#include "storagetr.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QFile>

#include <sqlite3.h>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

namespace Linli::Storage {

namespace {

QString notePath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".writer");
}

bool processRuns(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#else
    return pid > 0; // no cheap check; a stale note only names a writer that has gone
#endif
}

} // namespace

QString currentWriter(const QString &databasePath)
{
    QFile f(notePath(databasePath));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> parts = f.read(4096).split('\t');
    if (parts.size() != 3)
        return {};
    const qint64 pid = parts.at(0).toLongLong();
    if (!processRuns(pid) || pid == QCoreApplication::applicationPid())
        return {};
    const QDateTime since = QDateTime::fromMSecsSinceEpoch(parts.at(1).toLongLong());
    return Tr::tr("%1, since %2")
        .arg(QString::fromUtf8(parts.at(2)).trimmed(), since.toString(QStringLiteral("HH:mm:ss")));
}

Transaction::Transaction(Connection &connection, Wait wait) : m_connection(connection)
{
    Q_ASSERT_X(!connection.inTransaction(), "Transaction", "transactions do not nest: one per use case");
    if (m_connection.isDamaged()) {
        m_error = Connection::damagedError();
        return;
    }
    if (wait == Wait::No)
        sqlite3_busy_timeout(m_connection.handle(), 0);
    auto begun = m_connection.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (wait == Wait::No)
        sqlite3_busy_timeout(m_connection.handle(), Connection::BusyTimeoutMs);
    if (auto s = begun; !s) {
        m_error = s.error();
        if (m_error.code() == ErrorCode::Busy) {
            const QString who = currentWriter(m_connection.path());
            if (!who.isEmpty())
                m_error =
                    Error(ErrorCode::Busy,
                          Tr::tr("The database is busy: %1 is writing to it. Try again when it has finished.").arg(who),
                          m_error.detail());
        }
        return;
    }
    m_active = true;
    if (!m_connection.writerNote().isEmpty()) {
        // Not synced to disk: it only has to outlive this transaction, and a stale one names a
        // process that no longer runs, which currentWriter() ignores.
        QFile f(notePath(m_connection.path()));
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            f.write(QByteArray::number(QCoreApplication::applicationPid()) + '\t'
                    + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + '\t'
                    + m_connection.writerNote().toUtf8());
            m_noted = true;
        }
    }
}

Transaction::~Transaction()
{
    rollback();
}

void Transaction::endNote()
{
    if (m_noted) {
        m_noted = false;
        QFile::remove(notePath(m_connection.path()));
    }
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
    endNote();
    m_connection.afterCommit();
    return {};
}

void Transaction::rollback()
{
    if (m_active) {
        m_active = false;
        if (m_connection.inTransaction())
            (void)m_connection.exec(QStringLiteral("ROLLBACK"));
    }
    endNote();
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
