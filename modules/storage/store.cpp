#include "store.h"

#include "checkpointer.h"

#include "recoverykey.h"
#include "storagetr.h"
#include "transaction.h"

#include <core/clock.h>

#include <QtCore/QFile>
#include <QtCore/QFileInfo>

namespace Linli::Storage {

namespace {

constexpr qint64 PageSize = 1024; // every file is a whole number of these (4096 for new files)

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal"),
                                  QStringLiteral(".keys")})
        QFile::remove(path + suffix);
}

} // namespace

Store::Store(std::unique_ptr<Connection> connection, QString path, SecretKey key, KeySlotFile slots,
             const Core::Clock &clock)
    : m_connection(std::move(connection)), m_path(std::move(path)), m_key(std::move(key)), m_slots(std::move(slots)),
      m_clock(clock), m_hlc(clock)
{
    // The clock's high-water mark survives the outbox being emptied by sync, so stamps issued
    // after a restart (even with the PC clock set back) stay above every stamp issued before.
    // Written once per transaction, in it, with the rows that carry the stamps.
    m_connection->setAfterCommit([this]() {
        for (const auto &hook : std::as_const(m_afterCommit))
            hook();
    });
    m_connection->setBeforeCommit([this, scanAwaited = false]() mutable -> Status {
        // The first commit of a program waits (holding the write lock, before anything is
        // committed) for the read of every page that started at open, up to half a second: on an
        // office's database that is enough for it to finish, and damage it finds then refuses
        // this commit instead of letting it into a damaged file. On a database of gigabytes the
        // commit goes on after the half second (docs/RELIABILITY.md, "What is not covered").
        if (!scanAwaited && m_checkpointer) {
            scanAwaited = true;
            if (waitForScan(500) == ScanState::Damaged)
                return Connection::damagedError();
        }
        if (isDamaged())
            return Connection::damagedError();
        for (const auto &hook : std::as_const(m_beforeCommit)) {
            if (auto s = hook(); !s)
                return s;
        }
        if (m_unsavedHlc.isEmpty())
            return {};
        auto mark = m_connection->execute(
            // Never lowered: a sync on another connection may have saved a newer stamp it pulled.
            QStringLiteral("INSERT OR REPLACE INTO linli_meta (key, value) SELECT 'hlc_last', ?"
                           " WHERE ? > coalesce((SELECT value FROM linli_meta WHERE key = 'hlc_last'), '')"),
            {m_unsavedHlc, m_unsavedHlc});
        if (!mark)
            return mark.error();
        m_unsavedHlc.clear();
        return {};
    });
}

Store::~Store() = default;

Store::ScanState Store::waitForScan(int timeoutMs)
{
    if (isDamaged())
        return ScanState::Damaged;
    if (!m_checkpointer)
        return ScanState::Sound;
    switch (m_checkpointer->waitForScan(timeoutMs)) {
    case Checkpointer::ScanState::Sound: return ScanState::Sound;
    case Checkpointer::ScanState::Damaged: return ScanState::Damaged;
    case Checkpointer::ScanState::Unfinished: break;
    }
    return ScanState::Unfinished;
}

void Store::addCommitHooks(std::function<Status()> before, std::function<void()> after)
{
    if (before)
        m_beforeCommit.append(std::move(before));
    if (after)
        m_afterCommit.append(std::move(after));
}

void Store::waitForCheckpoint()
{
    if (m_checkpointer)
        m_checkpointer->waitIdle();
}

Status Store::inspectFile(const QString &path)
{
    QFileInfo info(path);
    if (!info.exists())
        return Error(ErrorCode::NotFound, Tr::tr("The database file \"%1\" does not exist.").arg(path));
    if (!info.isFile())
        return Error(ErrorCode::NotLinliDatabase, Tr::tr("\"%1\" is not a file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, Tr::tr("The database file \"%1\" cannot be read.").arg(path), file.errorString());
    const QByteArray head = file.read(16);
    if (head.startsWith("SQLite format 3")) {
        return Error(ErrorCode::NotLinliDatabase,
                     Tr::tr("\"%1\" is an unencrypted SQLite file, not a Linli database.").arg(path));
    }
    if (info.size() == 0 || info.size() % PageSize != 0) {
        return Error(ErrorCode::DatabaseDamaged,
                     Tr::tr("The database file \"%1\" is truncated or damaged. Restore it from a backup.").arg(path));
    }
    return {};
}

Result<std::unique_ptr<Store>> Store::create(const QString &path, const QString &user, const QString &password,
                                             const QList<Migration> &migrations, const Core::Clock &clock,
                                             QString *recoveryKey)
{
    if (QFile::exists(path) || QFile::exists(KeySlotFile::pathFor(path)))
        return Error(ErrorCode::AlreadyExists,
                     Tr::tr("\"%1\" already exists; Linli never overwrites a database.").arg(path));
    if (!ensureSodium())
        return Error(ErrorCode::Internal, Tr::tr("The cryptography library could not be started."));

    const SecretKey key = SecretKey::random();
    auto conn = Connection::open(path, key, Connection::Mode::CreateNew);
    if (!conn) {
        removeDatabaseFiles(path);
        return conn.error();
    }
    const QString databaseId = Core::Uuid::create(clock).toString();
    const QString deviceId = Core::Uuid::create(clock).toString();

    auto fail = [&](const Error &e) -> Error {
        conn->reset();
        removeDatabaseFiles(path);
        return e;
    };
    QList<Migration> all = storageMigrations();
    all.append(migrations);
    if (auto s = applyMigrations(**conn, all, clock.nowMs()); !s)
        return fail(s.error());
    {
        // fail() closes the connection, so the transaction is ended before it is called: its
        // destructor must not touch a closed connection.
        Transaction tx(**conn);
        if (!tx.isActive())
            return fail(tx.error());
        for (const auto &[k, v] :
             {std::pair{QStringLiteral("database_id"), databaseId}, std::pair{QStringLiteral("device_id"), deviceId},
              std::pair{QStringLiteral("created_at"), QString::number(clock.nowMs())},
              std::pair{QStringLiteral("format"), QStringLiteral("linli-1")}}) {
            if (auto s = (*conn)->execute(QStringLiteral("INSERT INTO linli_meta (key, value) VALUES (?, ?)"), {k, v});
                !s) {
                tx.rollback();
                return fail(s.error());
            }
        }
        if (auto s = tx.commit(); !s)
            return fail(s.error());
    }

    KeySlotFile slots = KeySlotFile::create(databaseId, key);
    if (auto s = slots.setPassword(user, password, key); !s)
        return fail(s.error());
    if (auto s = slots.save(KeySlotFile::pathFor(path)); !s)
        return fail(s.error());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    std::unique_ptr<Store> store(new Store(std::move(*conn), path, key, slots, clock));
    if (auto s = store->loadMeta(); !s)
        return fail(s.error());
    store->m_checkpointer = Checkpointer::start(*store->m_connection, path, key);
    if (recoveryKey)
        *recoveryKey = RecoveryKey::format(key);
    return store;
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, const Credentials &credentials,
                                           const QList<Migration> &migrations, const Core::Clock &clock)
{
    if (auto s = inspectFile(path); !s)
        return s.error();
    if (!ensureSodium())
        return Error(ErrorCode::Internal, Tr::tr("The cryptography library could not be started."));

    // Unlock the key first: a wrong secret never reaches the database file.
    auto slots = KeySlotFile::load(KeySlotFile::pathFor(path));
    std::optional<SecretKey> key;
    if (credentials.kind == Credentials::Kind::RecoveryKey) {
        if (slots) {
            auto k = slots->unlockWithRecoveryKey(credentials.secret);
            if (!k)
                return k.error();
            key = *k;
        } else if (slots.error().code() == ErrorCode::DatabaseDamaged) {
            // The key file is lost or damaged: the recovery key alone must still open the data.
            auto k = RecoveryKey::parse(credentials.secret);
            if (!k)
                return k.error();
            key = *k;
        } else {
            return slots.error();
        }
    } else {
        if (!slots)
            return slots.error();
        auto k = slots->unlock(credentials.user, credentials.secret);
        if (!k)
            return k.error();
        key = *k;
    }

    auto conn = Connection::open(path, *key, Connection::Mode::OpenExisting);
    if (!conn) {
        if (conn.error().code() == ErrorCode::DatabaseDamaged) {
            if (credentials.kind == Credentials::Kind::RecoveryKey && !slots)
                return Error(ErrorCode::AuthenticationFailed,
                             Tr::tr("The recovery key does not open this database file."), conn.error().detail());
            return Error(ErrorCode::DatabaseDamaged,
                         Tr::tr("The database file is damaged, or the key file beside it belongs to another "
                                "database. Restore it from a backup."),
                         conn.error().detail());
        }
        return conn.error();
    }

    // A cut-off file: the header promises more pages than the file holds (WAL frames aside).
    auto pages = (*conn)->scalar(QStringLiteral("PRAGMA page_count"));
    if (!pages)
        return pages.error();
    const qint64 size = QFileInfo(path).size();
    if (size % (*conn)->pageSize() != 0
        || (!QFile::exists(path + QStringLiteral("-wal")) && pages->toLongLong() * (*conn)->pageSize() > size))
        return Error(ErrorCode::DatabaseDamaged,
                     Tr::tr("The database file \"%1\" is truncated or damaged. Restore it from a backup.").arg(path));

    KeySlotFile slotFile = slots ? *slots : KeySlotFile();
    std::unique_ptr<Store> store(new Store(std::move(*conn), path, *key, slotFile, clock));
    if (auto s = store->loadMeta(); !s)
        return s.error();
    if (!slots) {
        // Rebuild an empty key file so an administrator can set new passwords.
        store->m_slots = KeySlotFile::create(store->m_databaseId, *key);
    } else if (slots->databaseId() != store->m_databaseId) {
        return Error(ErrorCode::NotLinliDatabase, Tr::tr("The key file belongs to a different database."));
    }
    // Known to be ours now: make sure it runs in WAL mode (a restored backup does not yet).
    if (auto s = store->connection().select(QStringLiteral("PRAGMA journal_mode = WAL")); !s)
        return s.error();
    QList<Migration> all = storageMigrations();
    all.append(migrations);
    if (auto s = applyMigrations(store->connection(), all, clock.nowMs()); !s)
        return s.error();
    store->m_checkpointer = Checkpointer::start(*store->m_connection, path, *key, Checkpointer::Scan::Pages);
    return store;
}

Status Store::loadMeta()
{
    auto hasMeta = m_connection->scalar(
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'linli_meta'"));
    if (!hasMeta)
        return hasMeta.error();
    if (hasMeta->toInt() == 0)
        return Error(ErrorCode::NotLinliDatabase, Tr::tr("This encrypted file is not a Linli database."));
    auto rows = m_connection->select(QStringLiteral("SELECT key, value FROM linli_meta"));
    if (!rows)
        return rows.error();
    for (const QVariantList &r : std::as_const(*rows)) {
        if (r.at(0).toString() == u"database_id")
            m_databaseId = r.at(1).toString();
        else if (r.at(0).toString() == u"device_id")
            m_deviceId = r.at(1).toString();
    }
    if (m_databaseId.isEmpty() || m_deviceId.isEmpty())
        return Error(ErrorCode::DatabaseDamaged,
                     Tr::tr("The database is missing its identity; restore it from a backup."));

    for (const char *sql : {"SELECT value FROM linli_meta WHERE key = 'hlc_last'",
                            "SELECT hlc FROM sync_outbox ORDER BY seq DESC LIMIT 1"}) {
        auto last = m_connection->scalar(QString::fromLatin1(sql));
        if (last && !last->isNull()) {
            if (auto h = Core::Hlc::parse(last->toString()))
                m_hlc.restore(*h);
        }
    }
    return {};
}

Result<SecretKey> Store::verifyPassword(const QString &user, const QString &password) const
{
    auto slots = KeySlotFile::load(KeySlotFile::pathFor(m_path));
    if (!slots)
        return slots.error();
    return slots->unlock(user, password);
}

void Store::observeHlc(const QString &hlc)
{
    if (auto h = Core::Hlc::parse(hlc))
        m_hlc.restore(*h);
}

Core::Uuid Store::newId() const
{
    return Core::Uuid::create(m_clock);
}

Result<QStringList> Store::integrityProblems()
{
    QStringList problems;
    auto rows = m_connection->select(QStringLiteral("PRAGMA integrity_check"));
    if (!rows)
        return rows.error();
    for (const QVariantList &r : std::as_const(*rows)) {
        if (r.value(0).toString() != u"ok")
            problems.append(r.value(0).toString());
    }
    // Present from SQLCipher 4; on 3.x the pragma is unknown and returns nothing.
    if (auto cipher = m_connection->select(QStringLiteral("PRAGMA cipher_integrity_check")); cipher) {
        for (const QVariantList &r : std::as_const(*cipher))
            problems.append(r.value(0).toString());
    }
    auto fk = m_connection->select(QStringLiteral("PRAGMA foreign_key_check"));
    if (!fk)
        return fk.error();
    for (const QVariantList &r : std::as_const(*fk))
        problems.append(
            Tr::tr("Broken reference in table %1, row %2").arg(r.value(0).toString(), r.value(1).toString()));
    return problems;
}

qint64 Store::fileSize() const
{
    return QFileInfo(m_path).size() + QFileInfo(m_path + QStringLiteral("-wal")).size();
}

} // namespace Linli::Storage
