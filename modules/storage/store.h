#pragma once

#include "connection.h"
#include "keyslots.h"
#include "migrations.h"

#include <core/hlc.h>
#include <core/uuid.h>

#include <memory>

namespace Linli::Core {
class Clock;
}

namespace Linli::Storage {

// How a person proves they may open the database.
struct Credentials
{
    enum class Kind { Password, RecoveryKey };
    Kind kind = Kind::Password;
    QString user;
    QString secret; // password or recovery key text

    static Credentials password(QString user, QString password)
    {
        return {Kind::Password, std::move(user), std::move(password)};
    }
    static Credentials recoveryKey(QString key) { return {Kind::RecoveryKey, {}, std::move(key)}; }
};

// An open, unlocked Linli database: the SQLCipher connection, its key slots, this device's
// identity and clock. Services borrow it; one Store per process and file.
class Checkpointer;

class Store
{
public:
    ~Store();

    // Creates "<path>" and "<path>.keys" with one slot for `user`. `recoveryKey` receives the
    // text to print for the office safe. On failure no file is left behind.
    static Result<std::unique_ptr<Store>> create(const QString &path, const QString &user, const QString &password,
                                                 const QList<Migration> &migrations, const Core::Clock &clock,
                                                 QString *recoveryKey);
    // Checks the file, unlocks the key, opens and migrates. A wrong password or recovery key is
    // found before the database file is opened, so the file is never touched by a failed attempt.
    static Result<std::unique_ptr<Store>> open(const QString &path, const Credentials &credentials,
                                               const QList<Migration> &migrations, const Core::Clock &clock);
    // Fast checks that need no key: exists, not empty, not plain SQLite, whole pages.
    static Status inspectFile(const QString &path);

    Connection &connection() { return *m_connection; }
    const QString &path() const { return m_path; }
    QString keySlotPath() const { return KeySlotFile::pathFor(m_path); }
    const QString &databaseId() const { return m_databaseId; }
    const QString &deviceId() const { return m_deviceId; }
    const Core::Clock &clock() const { return m_clock; }
    const SecretKey &key() const { return m_key; }

    // Key slots: edit the copy, then save; the database itself is not re-encrypted.
    KeySlotFile &keySlots() { return m_slots; }
    Status saveKeySlots() { return m_slots.save(keySlotPath()); }
    // Checks a password against the current slot file on disk (used by lock screens).
    Result<SecretKey> verifyPassword(const QString &user, const QString &password) const;

    Core::Uuid newId() const;
    Core::Hlc nextHlc() { return m_hlc.now(); }
    // Stamps issued from now on come after `hlc` (one pulled from the sync server).
    void observeHlc(const QString &hlc);
    // A stamp was written in the open transaction: its high-water mark is saved once, at commit.
    void noteHlcWritten(const QString &hlc) { m_unsavedHlc = std::max(m_unsavedHlc, hlc); }
    // The outbox group being written (Outbox::Group): -1 none, 0 open and still empty, else the
    // seq of its first entry.
    qint64 outboxGroup() const { return m_outboxGroup; }
    void setOutboxGroup(qint64 group) { m_outboxGroup = group; }

    // Damage seen in this file by any connection of this process: the store is read-only from then on.
    bool isDamaged() const { return m_connection->isDamaged(); }
    // The background read of every page started at open: waits up to `timeoutMs` (-1: until it
    // ends). Sound when it found no damage (or there was nothing to scan).
    enum class ScanState { Sound, Damaged, Unfinished };
    ScanState waitForScan(int timeoutMs = -1);
    // Extra work inside every write transaction just before COMMIT, and after it has committed
    // (e.g. moving the sign-in journal into the audit log with the session's first write).
    void addCommitHooks(std::function<Status()> before, std::function<void()> after);

    // PRAGMA integrity_check (and cipher_integrity_check where SQLCipher has it) plus the
    // foreign-key check; an empty list means the database is sound.
    Result<QStringList> integrityProblems();
    qint64 fileSize() const;
    // Until the write-ahead log copied in the background (Checkpointer) is in the file.
    void waitForCheckpoint();

private:
    Store(std::unique_ptr<Connection> connection, QString path, SecretKey key, KeySlotFile slots,
          const Core::Clock &clock);
    Status loadMeta();

    std::unique_ptr<Connection> m_connection;
    QString m_path;
    SecretKey m_key;
    KeySlotFile m_slots;
    const Core::Clock &m_clock;
    Core::HlcClock m_hlc;
    QString m_databaseId;
    QString m_deviceId;
    QString m_unsavedHlc;
    qint64 m_outboxGroup = -1;
    QList<std::function<Status()>> m_beforeCommit;
    QList<std::function<void()>> m_afterCommit;
    std::unique_ptr<Checkpointer> m_checkpointer; // after m_connection: stopped before it closes
};

// The storage module's own schema: meta, outbox, audit log.
QList<Migration> storageMigrations();

} // namespace Linli::Storage
