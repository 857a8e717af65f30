#include "connection.h"

#include "storagetr.h"

#include <sodium.h>
#include <sqlite3.h>

#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QSet>

#include <mutex>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace Linli::Storage {

namespace {

// Paths of files found damaged in this process; a connection opened to one later (a worker's,
// the checkpointer's) must not write to it either. Read without the lock while empty.
std::mutex g_damagedMutex;
QSet<QString> g_damagedPaths;
std::atomic<int> g_damagedCount = 0;

Error sqliteError(int rc, const QString &message, const QString &context)
{
    const int primary = rc & 0xFF;
    const QString detail = context + QStringLiteral(": ") + message;
    switch (primary) {
    // SQLCipher hands SQLite a page that fails its HMAC as zeros, which SQLite then finds
    // malformed; page 1 failing gives "not a database". Either way the file is damaged (the key
    // was proven right by its key slot before the file was opened).
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT: return Error(ErrorCode::DatabaseDamaged, Connection::damagedError().message(), detail);
    case SQLITE_FULL: return Error(ErrorCode::Io, Tr::tr("The disk is full; nothing was saved."), detail);
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return Error(ErrorCode::Io, Tr::tr("The database file cannot be opened for writing."), detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error(ErrorCode::Busy, Tr::tr("The database is busy in another program. Try again in a moment."),
                     detail);
    case SQLITE_CONSTRAINT:
        return Error(ErrorCode::Conflict, Tr::tr("The change conflicts with existing data."), detail);
    case SQLITE_IOERR: return Error(ErrorCode::Io, Tr::tr("Reading or writing the database file failed."), detail);
    default: return Error(ErrorCode::Internal, Tr::tr("An unexpected database error occurred."), detail);
    }
}

Error sqliteError(sqlite3 *db, int rc, const QString &context)
{
    return sqliteError(rc, QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)), context);
}

// Names the file itself: a file restored over a damaged one (a new inode) is not damaged.
QString canonical(const QString &path)
{
    QString c = QFileInfo(path).canonicalFilePath();
    if (c.isEmpty())
        c = QFileInfo(path).absoluteFilePath();
#ifdef Q_OS_UNIX
    struct stat st;
    if (::stat(QFile::encodeName(c).constData(), &st) == 0)
        c += u'#' + QString::number(qulonglong(st.st_dev)) + u':' + QString::number(qulonglong(st.st_ino));
#endif
    return c;
}

} // namespace

Error Connection::damagedError()
{
    return Error(ErrorCode::DatabaseDamaged,
                 Tr::tr("The database file is damaged. Linli no longer writes to it; restore it from a backup, "
                        "or rescue what can still be read with \"linli-cli salvage\"."));
}

bool Connection::isDamaged() const
{
    if (m_damaged.load(std::memory_order_relaxed))
        return true;
    if (g_damagedCount.load(std::memory_order_acquire) == 0)
        return false;
    std::lock_guard lock(g_damagedMutex);
    if (g_damagedPaths.contains(m_canonicalPath))
        m_damaged = true;
    return m_damaged;
}

void Connection::markDamaged() const
{
    m_damaged = true;
    std::lock_guard lock(g_damagedMutex);
    if (!g_damagedPaths.contains(m_canonicalPath)) {
        g_damagedPaths.insert(m_canonicalPath);
        g_damagedCount.fetch_add(1, std::memory_order_release);
    }
}

Error Connection::failure(int rc, const QString &context) const
{
    const QByteArray message = sqlite3_errmsg(m_db);
    // SQLCipher 3 reports a page that fails its HMAC while a statement runs by putting the pager
    // in its error state, which surfaces as SQLITE_ERROR with SQLite's generic text. Every real
    // SQL error (no such table, a wrong column, a failed trigger) has its own text, and a prepared
    // statement that runs has none left to make, so the generic text while running means a page
    // could not be read.
    if ((rc & 0xFF) == SQLITE_ERROR && context != u"prepare" && message == sqlite3_errstr(SQLITE_ERROR))
        rc = SQLITE_CORRUPT;
    Error e = sqliteError(rc, QString::fromUtf8(message), context);
    // Only once the key has opened the file: before that "not a database" may be a wrong key.
    if (e.code() == ErrorCode::DatabaseDamaged && !m_canonicalPath.isEmpty())
        markDamaged();
    return e;
}

Status Connection::refuseWriteIfDamaged(sqlite3_stmt *stmt) const
{
    if (isDamaged() && !sqlite3_stmt_readonly(stmt))
        return damagedError();
    return {};
}

Connection::Connection(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}

Connection::~Connection()
{
    m_cache.clear(); // finalize cached statements before the handle closes
    if (!m_db)
        return;
    if (isDamaged()) {
        // Deliberately left open until the process ends: the last connection to close copies the
        // write-ahead log into the file, and while this one stays open no other can be last.
        // What it cached is given back; the handle itself is a few kilobytes.
        sqlite3_db_release_memory(m_db);
        return;
    }
    sqlite3_close_v2(m_db);
}

Result<Statement *> Connection::cached(const QString &sql)
{
    if (auto it = m_cache.find(sql); it != m_cache.end()) {
        it->second->reset();
        return it->second.get();
    }
    if (m_cache.size() >= 256)
        m_cache.clear(); // SQL built from table and column names is a small set; this is a safety net
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto owned = std::make_unique<Statement>(std::move(*stmt));
    Statement *raw = owned.get();
    m_cache.emplace(sql, std::move(owned));
    return raw;
}

Result<std::unique_ptr<Connection>> Connection::open(const QString &path, const SecretKey &key, Mode mode)
{
    const bool exists = QFile::exists(path);
    if (mode == Mode::OpenExisting && !exists)
        return Error(ErrorCode::NotFound, Tr::tr("The database file \"%1\" does not exist.").arg(path));
    if (mode == Mode::CreateNew && exists)
        return Error(ErrorCode::AlreadyExists, Tr::tr("The file \"%1\" already exists; it was not touched.").arg(path));
    // New files use 4 KB cipher pages: SQLCipher's cost is mostly per page (OpenSSL 3 sets up the
    // cipher and HMAC for every page), so 1 KB pages (SQLCipher 3's default) made reading and
    // writing four times as expensive. Files made before keep their 1 KB pages; the key is known
    // to be right by now (the key slot opened), so "not a database" at 4 KB means 1 KB pages.
    auto conn = openWithPageSize(path, key, mode, CipherPageSize);
    if (!conn && mode == Mode::OpenExisting && conn.error().code() == ErrorCode::DatabaseDamaged)
        conn = openWithPageSize(path, key, mode, LegacyCipherPageSize);
    return conn;
}

Result<std::unique_ptr<Connection>> Connection::openWithPageSize(const QString &path, const SecretKey &key, Mode mode,
                                                                 int pageSize)
{
    sqlite3 *raw = nullptr;
    // CREATE is set for existing files too: ATTACH (used by backups) inherits these flags and
    // must be able to create its file. A missing main file was refused above.
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_CREATE;
    const QByteArray native = QFile::encodeName(path);
    int rc = sqlite3_open_v2(native.constData(), &raw, flags, nullptr);
    std::unique_ptr<Connection> conn(new Connection(raw, path));
    if (rc != SQLITE_OK)
        return sqliteError(raw, rc, QStringLiteral("open"));
    sqlite3_extended_result_codes(raw, 1);
    // Before any statement: even reading the schema needs a lock another program may hold for a
    // moment, and without a timeout that is an instant "database is locked".
    sqlite3_busy_timeout(raw, BusyTimeoutMs);

    // The key must be the very first statement; a raw key skips SQLCipher's own KDF.
    QByteArray pragma = QByteArray("PRAGMA key = \"") + key.sqlcipherLiteral() + "\";";
    rc = sqlite3_exec(raw, pragma.constData(), nullptr, nullptr, nullptr);
    sodium_memzero(pragma.data(), size_t(pragma.size()));
    if (rc != SQLITE_OK)
        return sqliteError(raw, rc, QStringLiteral("key"));
    rc = sqlite3_exec(raw, QByteArray("PRAGMA cipher_page_size = " + QByteArray::number(pageSize)).constData(), nullptr,
                      nullptr, nullptr);
    if (rc != SQLITE_OK)
        return sqliteError(raw, rc, QStringLiteral("cipher_page_size"));
    conn->m_pageSize = pageSize;

    // Proof that SQLCipher, not the system SQLite, serves this connection. Without it the
    // key pragma is silently ignored and the file would be written in plaintext.
    auto version = conn->scalar(QStringLiteral("PRAGMA cipher_version"));
    if (!version || version->toString().isEmpty()) {
        return Error(ErrorCode::EncryptionUnavailable,
                     Tr::tr("Encryption is not available in this program (SQLCipher is missing). "
                            "Linli refuses to store data unencrypted; reinstall Linli."));
    }
    conn->m_cipherVersion = version->toString();

    // Reading the schema proves the key is right for this file.
    if (auto probe = conn->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")); !probe)
        return probe.error();
    conn->m_canonicalPath = canonical(path); // from now on a damaged page marks the file

    // Connection settings only: none of these writes to the file. Switching an existing file to
    // WAL would rewrite its header before anyone knows it is a Linli database, so that happens
    // here only for a new file, and in Store::open once the file is known to be ours (WAL mode
    // is persistent in the file).
    if (mode == Mode::CreateNew) {
        if (auto s = conn->select(QStringLiteral("PRAGMA journal_mode = WAL")); !s)
            return s.error();
    }
    for (const char *setup : {"PRAGMA synchronous = FULL", "PRAGMA cache_size = -32768", "PRAGMA foreign_keys = ON",
                              "PRAGMA temp_store = MEMORY"}) {
        if (auto s = conn->select(QString::fromLatin1(setup)); !s)
            return s.error();
    }
    return conn;
}

Status Connection::exec(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    const char *next = utf8.constData();
    while (next && *next) {
        sqlite3_stmt *stmt = nullptr;
        const char *tail = nullptr;
        int rc = sqlite3_prepare_v2(m_db, next, -1, &stmt, &tail);
        if (rc != SQLITE_OK)
            return failure(rc, QStringLiteral("exec"));
        next = tail;
        if (!stmt)
            continue; // whitespace or a comment
        const auto done = qScopeGuard([stmt] { sqlite3_finalize(stmt); });
        if (auto refused = refuseWriteIfDamaged(stmt); !refused)
            return refused;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {}
        if (rc != SQLITE_DONE)
            return failure(rc, QStringLiteral("exec"));
    }
    return {};
}

Result<Statement> Connection::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return failure(rc, QStringLiteral("prepare"));
    return Statement(this, stmt);
}

Result<qint64> Connection::execute(const QString &sql, const QVariantList &params)
{
    // Cached: a bulk write runs the same few statements thousands of times, and preparing
    // them anew was most of its cost. Each use runs to completion, so no two uses overlap.
    auto found = cached(sql);
    if (!found)
        return found.error();
    Statement *stmt = *found;
    const auto done = qScopeGuard([stmt] { stmt->reset(); });
    if (auto b = stmt->bindAll(params); !b)
        return b.error();
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
    }
    return qint64(sqlite3_changes(m_db));
}

Result<QList<QVariantList>> Connection::select(const QString &sql, const QVariantList &params)
{
    auto found = cached(sql);
    if (!found)
        return found.error();
    Statement *stmt = *found;
    const auto done = qScopeGuard([stmt] { stmt->reset(); });
    if (auto b = stmt->bindAll(params); !b)
        return b.error();
    QList<QVariantList> rows;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        QVariantList values;
        const int n = stmt->columnCount();
        values.reserve(n);
        for (int i = 0; i < n; ++i)
            values.append(stmt->value(i));
        rows.append(std::move(values));
    }
    return rows;
}

Result<QVariant> Connection::scalar(const QString &sql, const QVariantList &params)
{
    auto rows = select(sql, params);
    if (!rows)
        return rows.error();
    if (rows->isEmpty() || rows->first().isEmpty())
        return QVariant();
    return rows->first().first();
}

qint64 Connection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

bool Connection::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

Error Connection::lastError(const QString &context) const
{
    return failure(sqlite3_extended_errcode(m_db), context);
}

Statement::Statement(Statement &&other) noexcept : m_connection(other.m_connection), m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_connection = other.m_connection;
        m_stmt = other.m_stmt;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Status Statement::bind(int index, const QVariant &value)
{
    int rc = SQLITE_OK;
    if (value.isNull()) {
        rc = sqlite3_bind_null(m_stmt, index);
    } else {
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Long:
        case QMetaType::ULong: rc = sqlite3_bind_int64(m_stmt, index, value.toLongLong()); break;
        case QMetaType::Double: rc = sqlite3_bind_double(m_stmt, index, value.toDouble()); break;
        case QMetaType::QByteArray: {
            const QByteArray b = value.toByteArray();
            rc = sqlite3_bind_blob64(m_stmt, index, b.constData(), sqlite3_uint64(b.size()), SQLITE_TRANSIENT);
            break;
        }
        default: {
            const QByteArray s = value.toString().toUtf8();
            rc = sqlite3_bind_text64(m_stmt, index, s.constData(), sqlite3_uint64(s.size()), SQLITE_TRANSIENT,
                                     SQLITE_UTF8);
            break;
        }
        }
    }
    if (rc != SQLITE_OK)
        return m_connection->lastError(QStringLiteral("bind"));
    return {};
}

Status Statement::bindAll(const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        if (auto s = bind(i + 1, values.at(i)); !s)
            return s;
    }
    return {};
}

Status Statement::bindText(int index, QByteArrayView utf8)
{
    // A null view is the empty text, not SQL NULL (which SQLite makes of a null pointer).
    if (sqlite3_bind_text64(m_stmt, index, utf8.data() ? utf8.data() : "", sqlite3_uint64(utf8.size()),
                            SQLITE_TRANSIENT, SQLITE_UTF8)
        != SQLITE_OK)
        return m_connection->lastError(QStringLiteral("bind"));
    return {};
}

Status Statement::bindInt64(int index, qint64 value)
{
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        return m_connection->lastError(QStringLiteral("bind"));
    return {};
}

Result<qint64> Statement::run()
{
    if (auto refused = m_connection->refuseWriteIfDamaged(m_stmt); !refused) {
        sqlite3_reset(m_stmt);
        return refused.error();
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        Error e = m_connection->failure(rc, QStringLiteral("step"));
        sqlite3_reset(m_stmt);
        return e;
    }
    sqlite3_reset(m_stmt);
    return qint64(sqlite3_changes(sqlite3_db_handle(m_stmt)));
}

Result<bool> Statement::step()
{
    if (auto refused = m_connection->refuseWriteIfDamaged(m_stmt); !refused)
        return refused.error();
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return m_connection->failure(rc, QStringLiteral("step"));
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: return QVariant(qint64(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_BLOB: {
        const void *data = sqlite3_column_blob(m_stmt, column);
        return QVariant(QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column)));
    }
    case SQLITE_NULL: return QVariant();
    default: return QVariant(text(column));
    }
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Statement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace Linli::Storage
