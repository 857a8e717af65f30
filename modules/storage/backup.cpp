#include "backup.h"

#include "storagetr.h"

#include <core/clock.h>

#include <sodium.h>

#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSaveFile>
#include <QtCore/QtEndian>

using namespace Qt::StringLiterals;

namespace Linli::Storage::Backup {

namespace {

constexpr char Magic[8] = {'L', 'I', 'N', 'L', 'I', 'B', 'A', 'K'};
constexpr quint32 Version = 1;
constexpr qint64 Chunk = 1 << 20;

Error damagedBackup(const QString &detail)
{
    return Error(ErrorCode::DatabaseDamaged, Tr::tr("The backup file is damaged or incomplete; it cannot be restored."),
                 detail);
}

Error ioError(const QString &path, const QString &detail)
{
    return Error(ErrorCode::Io, Tr::tr("The file \"%1\" cannot be read or written.").arg(path), detail);
}

} // namespace

Status create(Store &store, const QString &outPath)
{
    if (QFile::exists(outPath))
        return Error(ErrorCode::AlreadyExists,
                     Tr::tr("\"%1\" already exists; choose another name for the backup.").arg(outPath));
    const QString exportPath = outPath + QStringLiteral(".partial");
    QFile::remove(exportPath);
    const auto cleanup = qScopeGuard([&] { QFile::remove(exportPath); });

    QString escaped = exportPath;
    escaped.replace(u'\'', u"''"_s);
    QByteArray attach =
        "ATTACH DATABASE '" + escaped.toUtf8() + "' AS linli_backup KEY \"" + store.key().sqlcipherLiteral() + "\"";
    auto attached = store.connection().exec(QString::fromUtf8(attach));
    sodium_memzero(attach.data(), size_t(attach.size()));
    if (!attached)
        return attached;
    // The backup gets the page size new files have (a restore opens either).
    if (auto s = store.connection().exec(
            QStringLiteral("PRAGMA linli_backup.cipher_page_size = %1").arg(Connection::CipherPageSize));
        !s) {
        (void)store.connection().exec(QStringLiteral("DETACH DATABASE linli_backup"));
        return s;
    }
    auto exported = store.connection().select(QStringLiteral("SELECT sqlcipher_export('linli_backup')"));
    (void)store.connection().exec(QStringLiteral("DETACH DATABASE linli_backup"));
    if (!exported)
        return exported.error();

    QFile payload(exportPath);
    if (!payload.open(QIODevice::ReadOnly))
        return ioError(exportPath, payload.errorString());
    crypto_generichash_state hashState;
    crypto_generichash_init(&hashState, nullptr, 0, crypto_generichash_BYTES);
    while (!payload.atEnd()) {
        const QByteArray chunk = payload.read(Chunk);
        crypto_generichash_update(&hashState, reinterpret_cast<const unsigned char *>(chunk.constData()),
                                  quint64(chunk.size()));
    }
    QByteArray digest(crypto_generichash_BYTES, '\0');
    crypto_generichash_final(&hashState, reinterpret_cast<unsigned char *>(digest.data()), size_t(digest.size()));

    const QJsonObject header{
        {u"database_id"_s, store.databaseId()},
        {u"created_at"_s, store.clock().nowMs()},
        {u"payload_size"_s, payload.size()},
        {u"payload_blake2b"_s, QString::fromLatin1(digest.toHex())},
        {u"key_slots"_s, QJsonDocument::fromJson(store.keySlots().toJson()).object()},
    };
    const QByteArray headerBytes = QJsonDocument(header).toJson(QJsonDocument::Compact);

    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly))
        return ioError(outPath, out.errorString());
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(Magic, sizeof Magic);
    const quint32 be[2] = {qToBigEndian(Version), qToBigEndian(quint32(headerBytes.size()))};
    out.write(reinterpret_cast<const char *>(be), sizeof be);
    out.write(headerBytes);
    payload.seek(0);
    while (!payload.atEnd())
        out.write(payload.read(Chunk));
    if (!out.commit())
        return ioError(outPath, out.errorString());
    return {};
}

Status restore(const QString &backupPath, const QString &databasePath, const Credentials &credentials)
{
    if (QFile::exists(databasePath) || QFile::exists(KeySlotFile::pathFor(databasePath)))
        return Error(
            ErrorCode::AlreadyExists,
            Tr::tr("\"%1\" already exists; restore to a new file name so nothing is overwritten.").arg(databasePath));
    QFile in(backupPath);
    if (!in.exists())
        return Error(ErrorCode::NotFound, Tr::tr("The backup file \"%1\" does not exist.").arg(backupPath));
    if (!in.open(QIODevice::ReadOnly))
        return ioError(backupPath, in.errorString());
    const QByteArray magic = in.read(sizeof Magic);
    if (magic != QByteArray(Magic, sizeof Magic))
        return Error(ErrorCode::NotLinliDatabase, Tr::tr("\"%1\" is not a Linli backup file.").arg(backupPath));
    quint32 be[2];
    if (in.read(reinterpret_cast<char *>(be), sizeof be) != sizeof be)
        return damagedBackup(QStringLiteral("header"));
    if (qFromBigEndian(be[0]) != Version)
        return Error(ErrorCode::InvalidInput, Tr::tr("This backup was made by a newer version of Linli."));
    const quint32 headerSize = qFromBigEndian(be[1]);
    if (headerSize > 8 * 1024 * 1024)
        return damagedBackup(QStringLiteral("header size"));
    const QJsonObject header = QJsonDocument::fromJson(in.read(headerSize)).object();
    auto slots = KeySlotFile::fromJson(QJsonDocument(header.value(u"key_slots").toObject()).toJson());
    if (!slots)
        return damagedBackup(QStringLiteral("key slots"));
    const qint64 payloadSize = header.value(u"payload_size").toInteger(-1);
    if (payloadSize <= 0 || in.size() - in.pos() != payloadSize)
        return damagedBackup(QStringLiteral("payload size"));

    auto key = credentials.kind == Credentials::Kind::RecoveryKey ? slots->unlockWithRecoveryKey(credentials.secret)
                                                                  : slots->unlock(credentials.user, credentials.secret);
    if (!key)
        return key.error();

    const QString temp = databasePath + QStringLiteral(".restoring");
    QFile::remove(temp);
    auto cleanup = qScopeGuard([&] { QFile::remove(temp); });
    {
        QFile out(temp);
        if (!out.open(QIODevice::WriteOnly))
            return ioError(temp, out.errorString());
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        crypto_generichash_state hashState;
        crypto_generichash_init(&hashState, nullptr, 0, crypto_generichash_BYTES);
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(Chunk);
            crypto_generichash_update(&hashState, reinterpret_cast<const unsigned char *>(chunk.constData()),
                                      quint64(chunk.size()));
            if (out.write(chunk) != chunk.size())
                return ioError(temp, out.errorString());
        }
        QByteArray digest(crypto_generichash_BYTES, '\0');
        crypto_generichash_final(&hashState, reinterpret_cast<unsigned char *>(digest.data()), size_t(digest.size()));
        if (QString::fromLatin1(digest.toHex()) != header.value(u"payload_blake2b").toString())
            return damagedBackup(QStringLiteral("payload hash"));
        if (!out.flush())
            return ioError(temp, out.errorString());
    }
    {
        auto conn = Connection::open(temp, *key, Connection::Mode::OpenExisting);
        if (!conn)
            return damagedBackup(conn.error().detail());
        auto check = (*conn)->scalar(QStringLiteral("PRAGMA integrity_check"));
        if (!check || check->toString() != u"ok")
            return damagedBackup(QStringLiteral("integrity"));
        auto id = (*conn)->scalar(QStringLiteral("SELECT value FROM linli_meta WHERE key = 'database_id'"));
        if (!id || id->toString() != slots->databaseId())
            return damagedBackup(QStringLiteral("database id"));
        // Fold the WAL back into the file before it is renamed.
        (void)(*conn)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QFile::remove(temp + QStringLiteral("-wal"));
    QFile::remove(temp + QStringLiteral("-shm"));
    if (auto s = slots->save(KeySlotFile::pathFor(databasePath)); !s)
        return s;
    if (!QFile::rename(temp, databasePath)) {
        QFile::remove(KeySlotFile::pathFor(databasePath));
        return ioError(databasePath, QStringLiteral("rename"));
    }
    return {};
}

} // namespace Linli::Storage::Backup
