#pragma once

#include <core/permission.h>
#include <core/syncentity.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtSql/QSqlDatabase>

#include <optional>

namespace Linli::Server {

// The physical milliseconds of an HLC stamp.
qint64 hlcMs(const QString &hlc);
// A push batch's entries are all one group (docs/sync-protocol.md, "Groups"): the only batch
// allowed more than 1,000 entries or 8 MB. (A group starts at its first entry: checked as it is
// applied.)
bool isOneGroup(const QJsonArray &entries);
// What the desktop's permission table (Core::roleHas) asks of a writer of `entity`, as its module
// declares it; none for a table nobody declared (never written).
std::optional<Core::Permission> permissionToWrite(const Core::SyncCatalogue &catalogue, const QString &entity);
// The (table, column) pairs the catalogue's expectations look rows up by: each gets an index.
QList<std::pair<QString, QString>> lookups(const Core::SyncCatalogue &catalogue);
// A declared name as an SQL string literal (declarations are plain lowercase names).
QString sqlLiteral(const QString &name);
// Records a conflict as a sync_conflicts row, at the next position, for the compound's devices.
bool logConflict(QSqlDatabase db, qint64 id, const QString &entity, const QString &rowId, const QString &field,
                 const QJsonValue &winner, const QJsonValue &loser, const QString &winnerDevice,
                 const QString &loserDevice, qint64 atMs, const QString &compound);

} // namespace Linli::Server
