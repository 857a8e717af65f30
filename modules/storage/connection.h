#pragma once

#include "secretkey.h"

#include <core/result.h>

#include <QtCore/QString>
#include <QtCore/QVariant>

#include <atomic>
#include <functional>
#include <memory>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace Linli::Storage {

class Statement;

// One SQLCipher connection. Opening proves that SQLCipher really runs in this process and
// that the key opens the file; anything else is refused (see "link-order trap" in DESIGN.md).
class Connection
{
public:
    enum class Mode { CreateNew, OpenExisting };

    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    static Result<std::unique_ptr<Connection>> open(const QString &path, const SecretKey &key, Mode mode);

    // Runs one or more statements without parameters.
    Status exec(const QString &sql);
    // Runs one statement with positional parameters; returns the number of changed rows.
    Result<qint64> execute(const QString &sql, const QVariantList &params = {});
    // Runs one query and returns all rows.
    Result<QList<QVariantList>> select(const QString &sql, const QVariantList &params = {});
    // First column of the first row, or a null QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &params = {});
    // A new statement the caller owns (for streaming over many rows).
    Result<Statement> prepare(const QString &sql);

    qint64 lastInsertRowId() const;
    QString path() const { return m_path; }
    QString cipherVersion() const { return m_cipherVersion; }
    // The file's cipher page size: 4096 for files made now, 1024 for files made before.
    int pageSize() const { return m_pageSize; }
    static constexpr int CipherPageSize = 4096;
    static constexpr int LegacyCipherPageSize = 1024;
    // How long a statement waits for another program's lock before it reports Busy.
    static constexpr int BusyTimeoutMs = 5000;
    bool inTransaction() const;
    // Runs inside every Transaction just before its COMMIT (e.g. to write bookkeeping once per
    // transaction instead of once per row); a failure rolls the transaction back.
    void setBeforeCommit(std::function<Status()> hook) { m_beforeCommit = std::move(hook); }
    Status beforeCommit() { return m_beforeCommit ? m_beforeCommit() : Status(); }
    // Runs after every Transaction's successful COMMIT (housekeeping outside the database).
    void setAfterCommit(std::function<void()> hook) { m_afterCommit = std::move(hook); }
    void afterCommit()
    {
        if (m_afterCommit)
            m_afterCommit();
    }
    sqlite3 *handle() const { return m_db; }

    // An Error for the last failure of this connection, mapped to a Linli code.
    Error lastError(const QString &context) const;

    // Damage (a page that fails its check, a malformed b-tree) seen by any connection of this
    // process to this file. From then on every connection to the file refuses to write, and
    // none is closed: closing the last connection would copy the write-ahead log into the
    // damaged file. The file stays as it was for a backup, `verify` or `salvage` to deal with.
    bool isDamaged() const;
    void markDamaged() const;
    // The error every refused write returns.
    static Error damagedError();

    // A short description of whoever writes through this connection ("admin · linli-cli
    // demo-data"), written beside the file for the length of each write transaction so that a
    // program kept waiting can say who holds the database.
    void setWriterNote(const QString &note) { m_writerNote = note; }
    const QString &writerNote() const { return m_writerNote; }

private:
    Connection(sqlite3 *db, QString path);
    static Result<std::unique_ptr<Connection>> openWithPageSize(const QString &path, const SecretKey &key, Mode mode,
                                                                int pageSize);
    // A prepared statement kept for reuse, reset and with its bindings cleared.
    Result<Statement *> cached(const QString &sql);
    Status refuseWriteIfDamaged(sqlite3_stmt *stmt) const;
    Error failure(int rc, const QString &context) const;
    friend class Statement;

    sqlite3 *m_db;
    QString m_path;
    QString m_canonicalPath;
    mutable std::atomic<bool> m_damaged = false;
    QString m_writerNote;
    QString m_cipherVersion;
    int m_pageSize = CipherPageSize;
    std::unordered_map<QString, std::unique_ptr<Statement>> m_cache;
    std::function<Status()> m_beforeCommit;
    std::function<void()> m_afterCommit;
};

// A prepared statement; move-only.
class Statement
{
public:
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    ~Statement();

    Status bind(int index, const QVariant &value); // 1-based
    Status bindAll(const QVariantList &values);
    // For loops that write tens of thousands of rows: text already in UTF-8 (copied by SQLite)
    // and integers, without a QVariant and a UTF-16 to UTF-8 conversion per value.
    Status bindText(int index, QByteArrayView utf8);
    Status bindInt64(int index, qint64 value);
    // Runs a statement that returns no rows to its end, then resets it; the rows changed.
    Result<qint64> run();
    // true: a row is available; false: done.
    Result<bool> step();
    void reset();

    int columnCount() const;
    QVariant value(int column) const;
    qint64 int64(int column) const;
    QString text(int column) const;
    // The column's UTF-8 bytes, valid until the next step() or reset(): for comparing without
    // making a QString of every row.
    QByteArrayView utf8(int column) const;
    bool isNull(int column) const;

private:
    friend class Connection;
    Statement(const Connection *connection, sqlite3_stmt *stmt) : m_connection(connection), m_stmt(stmt) {}
    const Connection *m_connection;
    sqlite3_stmt *m_stmt;
};

} // namespace Linli::Storage
