#pragma once

#include <core/result.h>

#include <QtCore/QList>
#include <QtCore/QString>

namespace Linli::Storage {

class Connection;

// One schema step of one module. Versions count up from 1 per module and never change once
// released; a new column is a new migration.
struct Migration
{
    QString module;
    int version = 0;
    QString description;
    QString sql;
};

// Applies every migration not yet recorded in linli_schema, each in its own transaction, in
// the order given. Refuses a database written by a newer Linli (a version it does not know).
Status applyMigrations(Connection &connection, const QList<Migration> &migrations, qint64 nowMs);

// module → highest applied version.
Result<QList<QPair<QString, int>>> schemaVersions(Connection &connection);

} // namespace Linli::Storage
