#include "keyslots.h"

#include "recoverykey.h"
#include "storagetr.h"

#include <sodium.h>

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSaveFile>

using namespace Qt::StringLiterals;

namespace Linli::Storage {

namespace {

constexpr int FormatVersion = 1;

Error damagedSlots(const QString &detail)
{
    return Error(ErrorCode::DatabaseDamaged,
                 Tr::tr("The key file of this database is damaged. Open the database with the recovery key, "
                        "or restore it from a backup."),
                 detail);
}

Error wrongPassword()
{
    return Error(ErrorCode::AuthenticationFailed, Tr::tr("Wrong user name or password."));
}

QString b64(const QByteArray &b)
{
    return QString::fromLatin1(b.toBase64());
}

} // namespace

KeySlotFile KeySlotFile::create(const QString &databaseId, const SecretKey &key)
{
    KeySlotFile f;
    f.m_databaseId = databaseId;
    f.m_keyCheck = keyCheck(key);
    return f;
}

QByteArray KeySlotFile::keyCheck(const SecretKey &key)
{
    ensureSodium();
    static const unsigned char label[] = "linli-key-check-v1";
    QByteArray out(32, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()), label, sizeof label - 1,
                       key.data(), SecretKey::Size);
    return out;
}

Result<KeySlotFile> KeySlotFile::load(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return Error(ErrorCode::DatabaseDamaged,
                     Tr::tr("The key file \"%1\" is missing. It must lie beside the database file. "
                            "Copy it back, or open the database with the recovery key.")
                         .arg(path));
    }
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, Tr::tr("The key file \"%1\" cannot be read.").arg(path), file.errorString());
    if (file.size() > 4 * 1024 * 1024)
        return damagedSlots(QStringLiteral("too large"));
    return fromJson(file.readAll());
}

Result<KeySlotFile> KeySlotFile::fromJson(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return damagedSlots(pe.errorString());
    const QJsonObject o = doc.object();
    if (o.value(u"format").toString() != u"linli-keyslots")
        return Error(ErrorCode::NotLinliDatabase, Tr::tr("This is not the key file of a Linli database."));
    if (o.value(u"version").toInt() != FormatVersion)
        return damagedSlots(QStringLiteral("unknown version"));
    KeySlotFile f;
    f.m_databaseId = o.value(u"database_id").toString();
    f.m_keyCheck = QByteArray::fromBase64(o.value(u"key_check").toString().toLatin1());
    if (f.m_databaseId.isEmpty() || f.m_keyCheck.size() != 32)
        return damagedSlots(QStringLiteral("header"));
    for (const QJsonValue &v : o.value(u"slots").toArray()) {
        const QJsonObject s = v.toObject();
        Slot slot;
        slot.user = s.value(u"user").toString();
        slot.opsLimit = quint64(s.value(u"ops").toInteger());
        slot.memLimit = quint64(s.value(u"mem").toInteger());
        slot.salt = QByteArray::fromBase64(s.value(u"salt").toString().toLatin1());
        slot.nonce = QByteArray::fromBase64(s.value(u"nonce").toString().toLatin1());
        slot.wrapped = QByteArray::fromBase64(s.value(u"wrapped").toString().toLatin1());
        if (slot.user.isEmpty() || s.value(u"kdf").toString() != u"argon2id13"
            || slot.salt.size() != crypto_pwhash_SALTBYTES
            || slot.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES
            || slot.wrapped.size() != SecretKey::Size + crypto_aead_xchacha20poly1305_ietf_ABYTES
            || slot.opsLimit < crypto_pwhash_OPSLIMIT_MIN || slot.memLimit < crypto_pwhash_MEMLIMIT_MIN
            || slot.memLimit > 4ull * 1024 * 1024 * 1024)
            return damagedSlots(QStringLiteral("slot"));
        f.m_slots.append(slot);
    }
    return f;
}

QByteArray KeySlotFile::toJson() const
{
    QJsonArray slots;
    for (const Slot &s : m_slots) {
        slots.append(QJsonObject{{u"user"_s, s.user},
                                 {u"kdf"_s, u"argon2id13"_s},
                                 {u"ops"_s, qint64(s.opsLimit)},
                                 {u"mem"_s, qint64(s.memLimit)},
                                 {u"salt"_s, b64(s.salt)},
                                 {u"nonce"_s, b64(s.nonce)},
                                 {u"wrapped"_s, b64(s.wrapped)}});
    }
    const QJsonObject o{{u"format"_s, u"linli-keyslots"_s},
                        {u"version"_s, FormatVersion},
                        {u"database_id"_s, m_databaseId},
                        {u"key_check"_s, b64(m_keyCheck)},
                        {u"slots"_s, slots}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Status KeySlotFile::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, Tr::tr("The key file \"%1\" cannot be written.").arg(path), file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(toJson());
    if (!file.commit())
        return Error(ErrorCode::Io, Tr::tr("The key file \"%1\" cannot be written.").arg(path), file.errorString());
    return {};
}

QStringList KeySlotFile::users() const
{
    QStringList out;
    for (const Slot &s : m_slots)
        out.append(s.user);
    return out;
}

bool KeySlotFile::hasUser(const QString &user) const
{
    return users().contains(normaliseUser(user));
}

QByteArray KeySlotFile::associatedData(const QString &user) const
{
    return QByteArray("linli-slot-v1\n") + m_databaseId.toUtf8() + '\n' + user.toUtf8();
}

Result<SecretKey> KeySlotFile::unlock(const QString &user, const QString &password) const
{
    ensureSodium();
    const QString name = normaliseUser(user);
    const Slot *slot = nullptr;
    for (const Slot &s : m_slots) {
        if (s.user == name)
            slot = &s;
    }
    if (!slot) {
        // Spend the same time as a real attempt so a missing name is not revealed by timing.
        KeySlotFile dummy = *this;
        (void)dummy.setPassword(QStringLiteral("\x01"), password, SecretKey());
        return wrongPassword();
    }
    SecretKey kek;
    QByteArray pw = password.toUtf8();
    const int rc = crypto_pwhash(kek.data(), SecretKey::Size, pw.constData(), quint64(pw.size()),
                                 reinterpret_cast<const unsigned char *>(slot->salt.constData()), slot->opsLimit,
                                 size_t(slot->memLimit), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(pw.data(), size_t(pw.size()));
    if (rc != 0)
        return Error(ErrorCode::Internal, Tr::tr("Not enough memory to check the password."));
    SecretKey key;
    unsigned long long len = 0;
    const QByteArray ad = associatedData(slot->user);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            key.data(), &len, nullptr, reinterpret_cast<const unsigned char *>(slot->wrapped.constData()),
            quint64(slot->wrapped.size()), reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()),
            reinterpret_cast<const unsigned char *>(slot->nonce.constData()), kek.data())
            != 0
        || len != SecretKey::Size)
        return wrongPassword();
    if (!matches(key))
        return damagedSlots(QStringLiteral("key check"));
    return key;
}

Result<SecretKey> KeySlotFile::unlockWithRecoveryKey(const QString &recoveryKey) const
{
    auto key = RecoveryKey::parse(recoveryKey);
    if (!key)
        return key.error();
    if (!matches(*key))
        return Error(ErrorCode::AuthenticationFailed, Tr::tr("This recovery key does not belong to this database."));
    return key;
}

bool KeySlotFile::matches(const SecretKey &key) const
{
    const QByteArray check = keyCheck(key);
    return check.size() == m_keyCheck.size()
           && sodium_memcmp(check.constData(), m_keyCheck.constData(), size_t(check.size())) == 0;
}

Status KeySlotFile::setPassword(const QString &user, const QString &password, const SecretKey &key)
{
    ensureSodium();
    Slot slot;
    slot.user = normaliseUser(user);
    slot.opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    slot.memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    slot.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(slot.salt.data(), size_t(slot.salt.size()));
    slot.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(slot.nonce.data(), size_t(slot.nonce.size()));

    SecretKey kek;
    QByteArray pw = password.toUtf8();
    const int rc = crypto_pwhash(kek.data(), SecretKey::Size, pw.constData(), quint64(pw.size()),
                                 reinterpret_cast<const unsigned char *>(slot.salt.constData()), slot.opsLimit,
                                 size_t(slot.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(pw.data(), size_t(pw.size()));
    if (rc != 0)
        return Error(ErrorCode::Internal, Tr::tr("Not enough memory to protect the password."));
    slot.wrapped.resize(SecretKey::Size + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long len = 0;
    const QByteArray ad = associatedData(slot.user);
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(slot.wrapped.data()), &len, key.data(), SecretKey::Size,
        reinterpret_cast<const unsigned char *>(ad.constData()), quint64(ad.size()), nullptr,
        reinterpret_cast<const unsigned char *>(slot.nonce.constData()), kek.data());
    removeUser(slot.user);
    m_slots.append(slot);
    return {};
}

bool KeySlotFile::removeUser(const QString &user)
{
    const QString name = normaliseUser(user);
    return m_slots.removeIf([&](const Slot &s) { return s.user == name; }) > 0;
}

} // namespace Linli::Storage
