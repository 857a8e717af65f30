#pragma once

#include "secretkey.h"

#include <core/result.h>

#include <QtCore/QList>
#include <QtCore/QString>

namespace Linli::Storage {

// The side file "<database>.keys": for each staff user, the database key wrapped with a key
// derived from their password (Argon2id), sealed with XChaCha20-Poly1305. Changing a password
// rewrites this small file only, never the data. Written atomically (temp file + rename).
class KeySlotFile
{
public:
    struct Slot
    {
        QString user;
        quint64 opsLimit = 0;
        quint64 memLimit = 0;
        QByteArray salt;
        QByteArray nonce;
        QByteArray wrapped;
    };

    static QString pathFor(const QString &databasePath) { return databasePath + QStringLiteral(".keys"); }
    static QString normaliseUser(const QString &user) { return user.trimmed().toLower(); }

    // A new, empty slot file for a database; stores a check value that recognises the key.
    static KeySlotFile create(const QString &databaseId, const SecretKey &key);
    static Result<KeySlotFile> load(const QString &path);
    static Result<KeySlotFile> fromJson(const QByteArray &json);
    QByteArray toJson() const;
    Status save(const QString &path) const;

    QString databaseId() const { return m_databaseId; }
    QStringList users() const;
    bool hasUser(const QString &user) const;

    // Wrong user and wrong password give the same answer, so names cannot be probed.
    Result<SecretKey> unlock(const QString &user, const QString &password) const;
    Result<SecretKey> unlockWithRecoveryKey(const QString &recoveryKey) const;
    // Whether this key is the one the file belongs to (constant time).
    bool matches(const SecretKey &key) const;

    // Adds or replaces the user's slot.
    Status setPassword(const QString &user, const QString &password, const SecretKey &key);
    bool removeUser(const QString &user);

private:
    static QByteArray keyCheck(const SecretKey &key);
    QByteArray associatedData(const QString &user) const;

    QString m_databaseId;
    QByteArray m_keyCheck;
    QList<Slot> m_slots;
};

} // namespace Linli::Storage
