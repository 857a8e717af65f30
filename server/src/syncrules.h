#pragma once

#include <core/permission.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtSql/QSqlDatabase>

#include <optional>

namespace Linli::Server {

// Ledger rows (payments, receipts, bills, runs …) are written once; every other row merges field
// by field.
bool mergesPerField(const QString &entity);
// The physical milliseconds of an HLC stamp.
qint64 hlcMs(const QString &hlc);
QJsonObject errorBody(const QString &code, const QString &message);
// A push batch's entries are all one group (docs/sync-protocol.md, "Groups"): the only batch
// allowed more than 1,000 entries or 8 MB. (A group starts at its first entry: checked as it is
// applied.)
bool isOneGroup(const QJsonArray &entries);
// What the desktop's permission table (Core::roleHas) asks of a writer of `entity`.
std::optional<Core::Permission> permissionToWrite(const QString &entity);
// The references a row's compound is found through: column → the table it names, nearest first.
const QList<std::pair<QString, QString>> &parentReferences();
// Records a conflict as a sync_conflicts row, at the next position, for the compound's devices.
bool logConflict(QSqlDatabase db, qint64 id, const QString &entity, const QString &rowId, const QString &field,
                 const QJsonValue &winner, const QJsonValue &loser, const QString &winnerDevice,
                 const QString &loserDevice, qint64 atMs, const QString &compound);

} // namespace Linli::Server
