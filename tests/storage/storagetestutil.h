#pragma once

// Small helpers shared by the storage tests (and the crash_writer helper program).

#include <core/error.h>
#include <storage/migrations.h>

#include <filetestutil.h>

#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Linli::TestUtil {

using TestSupport::fileSha256;
using TestSupport::readAll;
using TestSupport::writeAll;

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

// Names of all entries in a directory (hidden ones too), sorted.
inline QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                               QDir::Name);
}

// For failure messages: everything an Error says.
inline QByteArray describe(const Error &e)
{
    return (e.codeName() + QStringLiteral(": ") + e.message() + QStringLiteral(" [") + e.detail() + QStringLiteral("]"))
        .toUtf8();
}

} // namespace Linli::TestUtil
