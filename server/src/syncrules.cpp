// The sync rules both push and pull follow (docs/sync-protocol.md, "Merge rules").
#include "syncrules.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtSql/QSqlQuery>

using namespace Qt::StringLiterals;

namespace Linli::Server {

// Ledger rows (payments, receipts, bills, runs …) are written once and never changed; every other
// row (the registry, settings, fee items and rates) merges field by field — docs/sync-protocol.md,
// "Merge rules".
bool mergesPerField(const QString &entity)
{
    static const QStringList ledger = {u"fee_payments"_qs,  u"fee_receipts"_qs,       u"fee_receipt_events"_qs,
                                       u"fee_ledger"_qs,    u"fee_allocations"_qs,    u"fee_refunds"_qs,
                                       u"fee_late_fees"_qs, u"fee_receipt_prints"_qs, u"fee_bill_runs"_qs,
                                       u"fee_bills"_qs,     u"fee_bill_lines"_qs,     u"fee_run_voids"_qs};
    return !ledger.contains(entity);
}

qint64 hlcMs(const QString &hlc)
{
    return hlc.left(16).toLongLong();
}

bool isOneGroup(const QJsonArray &entries)
{
    const auto groupOf = [](const QJsonValue &e) { return e[u"group"_s].toInteger(); };
    return !entries.isEmpty() && groupOf(entries.first()) > 0 && groupOf(entries.first()) == groupOf(entries.last());
}

QJsonObject errorBody(const QString &code, const QString &message)
{
    return {{QStringLiteral("error"), code}, {QStringLiteral("message"), message}};
}

// What the desktop's permission table (Core::roleHas) asks of a writer of `entity`.
std::optional<Core::Permission> permissionToWrite(const QString &entity)
{
    using P = Core::Permission;
    if (entity.startsWith(u"reg_"))
        return P::EditRegistry;
    if (entity == u"shared_settings")
        return P::ManageSettings;
    static const QStringList supervised = {u"fee_receipt_events"_qs, u"fee_refunds"_qs,   u"fee_run_voids"_qs,
                                           u"fee_policies"_qs,       u"fee_discounts"_qs, u"fee_items"_qs,
                                           u"fee_rates"_qs};
    if (supervised.contains(entity))
        return P::SuperviseFees;
    if (entity.startsWith(u"fee_"))
        return P::CollectFees;
    return std::nullopt;
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

const QList<std::pair<QString, QString>> &parentReferences()
{
    static const QList<std::pair<QString, QString>> parents = {
        {u"building_id"_s, u"reg_buildings"_s}, {u"unit_id"_s, u"reg_units"_s},
        {u"room_id"_s, u"reg_rooms"_s},         {u"household_id"_s, u"reg_households"_s},
        {u"resident_id"_s, u"reg_residents"_s}, {u"bill_id"_s, u"fee_bills"_s},
        {u"payment_id"_s, u"fee_payments"_s},   {u"receipt_id"_s, u"fee_receipts"_s}};
    return parents;
}

} // namespace Linli::Server
