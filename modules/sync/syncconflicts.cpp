#include "syncconflicts.h"

#include "syncengine.h"
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

// What staff know a row by: a resident's name, a room's address, a household's room.
QString labelOf(Storage::Connection &c, const QString &entity, const QString &id)
{
    static const QHash<QString, QString> sql = {
        {u"reg_residents"_s, u"SELECT name FROM reg_residents WHERE id = ?"_s},
        {u"reg_compounds"_s, u"SELECT name FROM reg_compounds WHERE id = ?"_s},
        {u"reg_buildings"_s, u"SELECT c.name || ' ' || b.number || '号楼' FROM reg_buildings b"
                             u" JOIN reg_compounds c ON c.id = b.compound_id WHERE b.id = ?"_s},
        {u"reg_rooms"_s, u"SELECT b.number || '-' || u.number || '-' || r.number FROM reg_rooms r"
                         u" JOIN reg_units u ON u.id = r.unit_id JOIN reg_buildings b ON b.id = u.building_id"
                         u" WHERE r.id = ?"_s},
        {u"reg_households"_s, u"SELECT b.number || '-' || u.number || '-' || r.number FROM reg_households h"
                              u" JOIN reg_rooms r ON r.id = h.room_id JOIN reg_units u ON u.id = r.unit_id"
                              u" JOIN reg_buildings b ON b.id = u.building_id WHERE h.id = ?"_s},
        {u"fee_items"_s, u"SELECT name FROM fee_items WHERE id = ?"_s},
        // A void the server refused is taken back out of this database: named by what it voided.
        {u"fee_run_voids"_s, u"SELECT period FROM fee_bill_runs WHERE id = ?"_s},
        {u"fee_receipt_events"_s, u"SELECT number FROM fee_receipts WHERE id = ?"_s}};
    const auto it = sql.constFind(entity);
    if (it == sql.cend())
        return {};
    auto v = c.scalar(*it, {id});
    return v ? v->toString() : QString();
}

// The id a refused entry's label is looked up by: the run or receipt a void named.
QString labelKey(const QString &entity, const QString &rowId, const QString &payload)
{
    if (entity != u"fee_run_voids" && entity != u"fee_receipt_events")
        return rowId;
    const QJsonObject row = QJsonDocument::fromJson(payload.toUtf8()).object().value(u"row"_s).toObject();
    return row.value(entity == u"fee_run_voids" ? u"run_id"_s : u"receipt_id"_s).toString();
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

Result<QList<Conflict>> openConflicts(Storage::Connection &c)
{
    auto rows = c.select(
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
        x.rowLabel = labelOf(c, x.entity, labelKey(x.entity, x.rowId, r.at(11).toString()));
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

Result<QList<OverpaidBill>> overpaidBills(Storage::Connection &c)
{
    auto rows = c.select(
        u"SELECT s.bill_id, s.household_id, coalesce(co.name || ' ' || b.number || '-' || u.number || '-' || r.number,"
        u" ''), s.period, s.total_fen + s.late_fen, s.paid_fen FROM fee_bill_state s"
        u" LEFT JOIN reg_households h ON h.id = s.household_id LEFT JOIN reg_rooms r ON r.id = h.room_id"
        u" LEFT JOIN reg_units u ON u.id = r.unit_id LEFT JOIN reg_buildings b ON b.id = u.building_id"
        u" LEFT JOIN reg_compounds co ON co.id = b.compound_id"
        u" WHERE s.voided = 0 AND s.paid_fen > s.total_fen + s.late_fen ORDER BY s.period, 3 LIMIT 2000"_s);
    if (!rows)
        return rows.error();
    QList<OverpaidBill> out;
    for (const QVariantList &r : std::as_const(*rows))
        out.append({r.at(0).toString(), r.at(1).toString(), r.at(2).toString(), r.at(3).toString(),
                    Core::Money::fromFen(r.at(4).toLongLong()), Core::Money::fromFen(r.at(5).toLongLong())});
    return out;
}

Status acceptConflict(Storage::Store &store, const Core::Actor &actor, const QString &conflictId)
{
    if (auto s = actor.require(Core::Permission::ReadData); !s)
        return s;
    Storage::Transaction tx(store.connection());
    if (!tx.isActive())
        return tx.error();
    auto row = conflictRow(store.connection(), conflictId);
    if (!row)
        return row.error();
    if (auto s = close(store, actor, conflictId, u"accepted"_s); !s)
        return s;
    return tx.commit();
}

Status revertConflict(Storage::Store &store, const Core::Actor &actor, const QString &conflictId)
{
    Storage::Transaction tx(store.connection());
    if (!tx.isActive())
        return tx.error();
    auto row = conflictRow(store.connection(), conflictId);
    if (!row)
        return row.error();
    const QString entity = row->at(1).toString();
    const QString field = row->at(3).toString();
    static const QRegularExpression plain(u"^[a-z][a-z0-9_]*$"_s);
    if (row->at(0).toString() != u"field" || !plain.match(entity).hasMatch() || !plain.match(field).hasMatch()
        || isInsertOnly(entity))
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("Only a field two offices changed can be set back; this one can only be noted."));
    if (auto s = actor.require(entity.startsWith(u"reg_"_s) ? Core::Permission::EditRegistry
                                                            : Core::Permission::ManageSettings);
        !s)
        return s;
    auto exists = store.connection().scalar(u"SELECT count(*) FROM %1 WHERE id = ?"_s.arg(entity), {row->at(2)});
    if (!exists || exists->toInt() == 0)
        return Error(ErrorCode::NotFound, Tr::tr("The record no longer exists."));
    if (auto s =
            Storage::Outbox::upsert(store, entity, row->at(2).toString(), {{field, sqlValue(row->at(4).toString())}});
        !s)
        return s;
    if (auto s = close(store, actor, conflictId, u"reverted"_s); !s)
        return s;
    return tx.commit();
}

QString conflictEntityName(const QString &entity)
{
    static const QHash<QString, const char *> names = {
        {u"reg_residents"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Resident")},
        {u"reg_households"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Household")},
        {u"reg_rooms"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Room")},
        {u"reg_units"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Unit")},
        {u"reg_buildings"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Building")},
        {u"reg_compounds"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Compound")},
        {u"reg_resident_tags"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Resident tag")},
        {u"fee_items"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Fee item")},
        {u"fee_rates"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Fee rate")},
        {u"fee_bills"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Bill")},
        {u"fee_bill_runs"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Bill run")},
        {u"fee_run_voids"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Voiding of a bill run")},
        {u"fee_payments"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Payment")},
        {u"fee_receipts"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Receipt")},
        {u"fee_receipt_events"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Receipt void or reprint")},
        {u"fee_refunds"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Refund")}};
    const auto it = names.constFind(entity);
    return it == names.cend() ? entity : Tr::tr(*it);
}

QString conflictFieldName(const QString &field)
{
    static const QHash<QString, const char *> names = {
        {u"name"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Name")},
        {u"phone1"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Phone")},
        {u"phone2"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Second phone")},
        {u"id_number"_s, QT_TRANSLATE_NOOP("Linli::Sync", "ID number")},
        {u"birth_date"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Date of birth")},
        {u"notes"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Notes")},
        {u"note"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Notes")},
        {u"ethnicity"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Ethnicity")},
        {u"hukou"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Household registration")},
        {u"relation_to_head"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Relation to the head")},
        {u"status"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Status")},
        {u"household_id"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Household")},
        {u"area_cm2"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Area")},
        {u"tenure"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Tenure")},
        {u"number"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Number")},
        {u"address"_s, QT_TRANSLATE_NOOP("Linli::Sync", "Address")}};
    const auto it = names.constFind(field);
    return it == names.cend() ? field : Tr::tr(*it);
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
