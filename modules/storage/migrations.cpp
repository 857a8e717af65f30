#include "migrations.h"

#include "connection.h"
#include "storagetr.h"
#include "transaction.h"

#include <QtCore/QHash>

namespace Linli::Storage {

Status applyMigrations(Connection &connection, const QList<Migration> &migrations, qint64 nowMs)
{
    if (auto s =
            connection.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS linli_schema ("
                                           " module TEXT NOT NULL, version INTEGER NOT NULL, description TEXT NOT NULL,"
                                           " applied_at INTEGER NOT NULL, PRIMARY KEY (module, version))"));
        !s)
        return s;

    auto applied = schemaVersions(connection);
    if (!applied)
        return applied.error();
    QHash<QString, int> current;
    for (const auto &[module, version] : std::as_const(*applied))
        current.insert(module, version);

    QHash<QString, int> known;
    for (const Migration &m : migrations)
        known[m.module] = std::max(known.value(m.module), m.version);
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        if (it.value() > known.value(it.key())) {
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("This database was written by a newer version of Linli "
                                "(part \"%1\", schema %2). Install the newer version to open it.")
                             .arg(it.key())
                             .arg(it.value()));
        }
    }

    for (const Migration &m : migrations) {
        if (m.version <= current.value(m.module))
            continue;
        if (m.version != current.value(m.module) + 1) {
            return Error(ErrorCode::Internal, Tr::tr("The database schema steps are out of order."),
                         QStringLiteral("%1 %2").arg(m.module).arg(m.version));
        }
        Transaction tx(connection);
        if (!tx.isActive())
            return tx.error();
        if (auto s = connection.exec(m.sql); !s)
            return s;
        if (auto s =
                connection.execute(QStringLiteral("INSERT INTO linli_schema (module, version, description, applied_at)"
                                                  " VALUES (?, ?, ?, ?)"),
                                   {m.module, m.version, m.description, nowMs});
            !s)
            return s.error();
        if (auto s = tx.commit(); !s)
            return s;
        current[m.module] = m.version;
    }
    return {};
}

Result<QList<QPair<QString, int>>> schemaVersions(Connection &connection)
{
    auto exists = connection.scalar(
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'linli_schema'"));
    if (!exists)
        return exists.error();
    QList<QPair<QString, int>> out;
    if (exists->toInt() == 0)
        return out;
    auto rows = connection.select(
        QStringLiteral("SELECT module, max(version) FROM linli_schema GROUP BY module ORDER BY module"));
    if (!rows)
        return rows.error();
    for (const QVariantList &r : std::as_const(*rows))
        out.append({r.at(0).toString(), r.at(1).toInt()});
    return out;
}

} // namespace Linli::Storage
