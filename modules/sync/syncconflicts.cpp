#include "syncconflicts.h"

#include "synctr.h"

#include <core/actor.h>
#include <core/clock.h>
#include <core/permission.h>
#include <storage/auditlog.h>
#include <storage/connection.h>
#include <storage/outbox.h>
#include <storage/store.h>
#include <storage/transaction.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QRegularExpression>

using namespace Qt::StringLiterals;

namespace Linli::Sync {

namespace {

// JSON text of one value ("\"+8613900000003\"", "12", "null") as a person reads it.
QString readable(const QString &json)
{
    const QJsonArray a = QJsonDocument::fromJson(QString(u"["_s + json + u"]"_s).toUtf8()).array();
    if (a.isEmpty())
        return json;
    const QJsonValue v = a.first();
    if (v.isString())
        return v.toString();
    if (v.isNull())
        return {};
    if (v.isDouble())
        return QString::number(v.toInteger());
    return json;
}

QVariant sqlValue(const QString &json)
{
    const QJsonArray a = QJsonDocument::fromJson(QString(u"["_s + json + u"]"_s).toUtf8()).array();
    const QJsonValue v = a.isEmpty() ? QJsonValue() : a.first();
    if (v.isDouble())
        return v.toInteger();
    if (v.isBool())
        return qint64(v.toBool() ? 1 : 0);
    if (v.isNull() || v.isUndefined())
        return QVariant(QMetaType(QMetaType::QString));
    return v.toString();
}

Result<QVariantList> conflictRow(Storage::Connection &c, const QString &id)
{
    auto rows = c.select(u"SELECT kind, entity, row_id, field, lost_value FROM sync_conflicts"
                         u" WHERE id = ? AND resolved_at IS NULL"_s,
                         {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error(ErrorCode::NotFound, Tr::tr("This conflict was dealt with already."));
    return rows->first();
}

Status close(Storage::Store &store, const Core::Actor &actor, const QString &id, const QString &resolution)
{
    auto r = store.connection().execute(
        u"UPDATE sync_conflicts SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ?"_s,
        {store.clock().nowMs(), actor.username, resolution, id});
    if (!r)
        return r.error();
    return Storage::AuditLog::append(store, actor.username, u"sync.conflict."_s + resolution, id);
}

} // namespace

Result<SyncOverview> syncOverview(Storage::Connection &c, const QString &username)
{
    SyncOverview o;
    auto rows = c.select(
        u"SELECT (SELECT server FROM sync_enrolment), (SELECT count(*) FROM sync_sessions WHERE username = ?),"
        u" (SELECT count(*) FROM sync_outbox), (SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL),"
        u" (SELECT value FROM sync_state WHERE key = 'last_sync_at')"_s,
        {username});
    if (!rows)
        return rows.error();
    const QVariantList &r = rows->first();
    o.server = r.at(0).toString();
    o.enrolled = !o.server.isEmpty();
    o.signedIn = r.at(1).toInt() > 0;
    o.pending = r.at(2).toLongLong();
    o.openConflicts = r.at(3).toLongLong();
    o.lastSyncAtMs = r.at(4).toLongLong();
    return o;
}

Result<SyncOverview> ConflictService::overview(const Core::Actor &actor) const
{
    if (auto s = actor.require(Core::Permission::ReadData); !s)
        return s.error();
    return syncOverview(m_store.connection(), actor.username);
}

// What staff know a row by: a resident's name, a room's address (the owning module's SQL, from
// its declaration); a row named by what it points at (a void: the run or receipt) by that.
QString ConflictService::labelOf(const QString &entity, const QString &rowId, const QString &payload) const
{
    const Core::SyncEntity *declared = m_catalogue.find(entity);
    if (!declared || declared->labelSql.isEmpty())
        return {};
    QString key = rowId;
    if (!declared->labelKey.isEmpty())
        key = QJsonDocument::fromJson(payload.toUtf8())
                  .object()
                  .value(u"row"_s)
                  .toObject()
                  .value(declared->labelKey)
                  .toString();
    auto v = m_store.connection().scalar(declared->labelSql, {key});
    return v ? v->toString() : QString();
}

Result<QList<Conflict>> ConflictService::open(const Core::Actor &actor) const
{
    if (auto s = actor.require(Core::Permission::ReadData); !s)
        return s.error();
    auto rows = m_store.connection().select(
        u"SELECT id, kind, entity, row_id, field, kept_value, lost_value, kept_office, lost_office,"
        u" reason, at, payload FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY at DESC, id LIMIT 2000"_s);
    if (!rows)
        return rows.error();
    QList<Conflict> out;
    for (const QVariantList &r : std::as_const(*rows)) {
        Conflict x;
        x.id = r.at(0).toString();
        const QString kind = r.at(1).toString();
        x.kind = kind == u"field"      ? Conflict::Kind::Field
                 : kind == u"rejected" ? Conflict::Kind::Rejected
                                       : Conflict::Kind::NotApplied;
        x.entity = r.at(2).toString();
        x.rowId = r.at(3).toString();
        x.rowLabel = labelOf(x.entity, x.rowId, r.at(11).toString());
        x.field = r.at(4).toString();
        x.keptValue = readable(r.at(5).toString());
        x.lostValue = readable(r.at(6).toString());
        x.keptOffice = r.at(7).toString();
        x.lostOffice = r.at(8).toString();
        x.reason = r.at(9).toString();
        x.atMs = r.at(10).toLongLong();
        out.append(x);
    }
    return out;
}

Status ConflictService::accept(const Core::Actor &actor, const QString &conflictId)
{
    if (auto s = actor.require(Core::Permission::ReadData); !s)
        return s;
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    auto row = conflictRow(m_store.connection(), conflictId);
    if (!row)
        return row.error();
    if (auto s = close(m_store, actor, conflictId, u"accepted"_s); !s)
        return s;
    return tx.commit();
}

Status ConflictService::revert(const Core::Actor &actor, const QString &conflictId)
{
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    auto row = conflictRow(m_store.connection(), conflictId);
    if (!row)
        return row.error();
    const QString entity = row->at(1).toString();
    const QString field = row->at(3).toString();
    const Core::SyncEntity *declared = m_catalogue.find(entity);
    static const QRegularExpression plain(u"^[a-z][a-z0-9_]*$"_s);
    if (row->at(0).toString() != u"field" || !declared || declared->merge != Core::SyncMerge::PerField
        || !plain.match(field).hasMatch())
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("Only a field two offices changed can be set back; this one can only be noted."));
    if (auto s = actor.require(declared->permission); !s)
        return s;
    auto exists = m_store.connection().scalar(u"SELECT count(*) FROM %1 WHERE id = ?"_s.arg(entity), {row->at(2)});
    if (!exists || exists->toInt() == 0)
        return Error(ErrorCode::NotFound, Tr::tr("The record no longer exists."));
    if (auto s =
            Storage::Outbox::upsert(m_store, entity, row->at(2).toString(), {{field, sqlValue(row->at(4).toString())}});
        !s)
        return s;
    if (auto s = close(m_store, actor, conflictId, u"reverted"_s); !s)
        return s;
    return tx.commit();
}

QString ConflictService::entityName(const QString &entity) const
{
    const Core::SyncEntity *declared = m_catalogue.find(entity);
    return declared ? declared->displayName() : entity;
}

QString ConflictService::fieldName(const QString &entity, const QString &field) const
{
    const Core::SyncEntity *declared = m_catalogue.find(entity);
    return declared ? declared->fieldName(field) : field;
}

QString refusalText(const QString &reason)
{
    if (reason == u"stale_state")
        return Tr::tr("Another office changed it first (a bill of the run was paid, or the receipt voided "
                      "there); the server did not take this change, and it was taken back here with what it wrote.");
    if (reason == u"id_reused")
        return Tr::tr("The server has a different record under the same identity.");
    if (reason == u"not_mergeable")
        return Tr::tr("The server does not take changes to this kind of record.");
    return reason;
}

} // namespace Linli::Sync
