// The sync rules both push and pull follow (docs/sync-protocol.md, "Merge rules").
#include "syncrules.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtSql/QSqlQuery>

using namespace Qt::StringLiterals;

namespace Linli::Server {

qint64 hlcMs(const QString &hlc)
{
    return hlc.left(16).toLongLong();
}

bool isOneGroup(const QJsonArray &entries)
{
    const auto groupOf = [](const QJsonValue &e) { return e[u"group"_s].toInteger(); };
    return !entries.isEmpty() && groupOf(entries.first()) > 0 && groupOf(entries.first()) == groupOf(entries.last());
}

std::optional<Core::Permission> permissionToWrite(const Core::SyncCatalogue &catalogue, const QString &entity)
{
    if (const Core::SyncEntity *declared = catalogue.find(entity))
        return declared->permission;
    return std::nullopt;
}

QList<std::pair<QString, QString>> lookups(const Core::SyncCatalogue &catalogue)
{
    QList<std::pair<QString, QString>> out;
    const auto add = [&out](const QString &entity, const QString &column) {
        if (!out.contains(std::pair(entity, column)))
            out.append({entity, column});
    };
    for (const Core::SyncEntity &e : catalogue.entities()) {
        for (const Core::SyncExpectation &x : e.expectations) {
            for (const auto &n : x.noOther)
                add(n.entity, n.column);
            for (const auto &n : x.nothingLater) {
                add(n.linkEntity, n.linkColumn);
                add(n.entity, n.link);
            }
        }
    }
    return out;
}

QString sqlLiteral(const QString &name)
{
    for (const QChar c : name)
        Q_ASSERT_X((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_', "sqlLiteral",
                   "declared names are plain");
    return u'\'' + name + u'\'';
}

// A conflict as a row every device of the compound pulls (entity sync_conflicts): both values and
// the offices of both devices, never their tokens.
bool logConflict(QSqlDatabase db, qint64 id, const QString &entity, const QString &rowId, const QString &field,
                 const QJsonValue &winner, const QJsonValue &loser, const QString &winnerDevice,
                 const QString &loserDevice, qint64 atMs, const QString &compound)
{
    const auto officeOf = [&](const QString &device) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT CASE WHEN name = office THEN office ELSE office || ' · ' || name END"
                                 " FROM devices WHERE id::text = ?"));
        q.addBindValue(device);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    };
    const QJsonObject data{{QStringLiteral("entity"), entity},
                           {QStringLiteral("row_id"), rowId},
                           {QStringLiteral("field"), field},
                           {QStringLiteral("winner_value"), winner},
                           {QStringLiteral("loser_value"), loser},
                           {QStringLiteral("winner_office"), officeOf(winnerDevice)},
                           {QStringLiteral("loser_office"), officeOf(loserDevice)},
                           {QStringLiteral("at_ms"), atMs}};
    const QString key = QStringLiteral("conflict-%1").arg(id);
    QSqlQuery row(db);
    row.prepare(QStringLiteral("INSERT INTO sync_rows (entity, id, data, field_hlc, hlc, origin_device, compound_id,"
                               " pos) VALUES ('sync_conflicts', ?, ?::jsonb, '{}'::jsonb, '', 'server', ?,"
                               " nextval('sync_pos'))"));
    row.addBindValue(key);
    row.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    row.addBindValue(compound.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(compound));
    return row.exec();
}

} // namespace Linli::Server
