#pragma once

// Small helpers shared by the storage tests (and the crash_writer helper program).

#include <core/error.h>
#include <storage/migrations.h>

#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Linli::TestUtil {

// A synced table in the shape Outbox expects, created through a migration like a module would.
inline Storage::Migration personMigration()
{
    return {QStringLiteral("testpeople"), 1, QStringLiteral("synced test table"), QStringLiteral(R"sql(
CREATE TABLE tst_person (
    id            TEXT PRIMARY KEY,
    hlc           TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0,
    name          TEXT NOT NULL,
    phone         TEXT,
    age           INTEGER
);
)sql")};
}

inline QList<Storage::Migration> testMigrations()
{
    return {personMigration()};
}

// SHA-256 of a file's bytes, or "<missing>" when it does not exist.
inline QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return QByteArrayLiteral("<missing>");
    if (!f.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<unreadable>");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size() && f.flush();
}

// Names of all entries in a directory (hidden ones too), sorted.
inline QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                               QDir::Name);
}

// For failure messages: everything an Error says.
inline QByteArray describe(const Error &e)
{
    return (e.codeName() + QStringLiteral(": ") + e.message() + QStringLiteral(" [") + e.detail()
            + QStringLiteral("]"))
        .toUtf8();
}

} // namespace Linli::TestUtil
