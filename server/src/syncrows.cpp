// The sync rows of ServerDb: push (exactly-once batches, per-field merge, insert-only rows,
// children, expectations, role and scope) and pull (pages by cursor) — docs/sync-protocol.md.
#include "serverdb.h"

#include <core/permission.h>

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtSql/QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace Linli::Server {

namespace {

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

// The compound a row belongs to, found by walking up its references through the rows the server
// holds (a resident → its household → room → unit → building → compound; fee rows through their
// household, bill, payment or receipt). Empty: a row of no compound (fee items, settings).
// `unresolved` is set when a reference names a row the server does not have.
QString compoundOf(QSqlDatabase db, const QString &entity, const QString &id, const QJsonObject &data, bool *unresolved,
                   int depth = 0)
{
    if (entity == u"reg_compounds")
        return id;
    if (const QString c = data.value(QStringLiteral("compound_id")).toString(); !c.isEmpty())
        return c;
    static const QList<std::pair<QString, QString>> parents = {
        {u"building_id"_qs, u"reg_buildings"_qs}, {u"unit_id"_qs, u"reg_units"_qs},
        {u"room_id"_qs, u"reg_rooms"_qs},         {u"household_id"_qs, u"reg_households"_qs},
        {u"resident_id"_qs, u"reg_residents"_qs}, {u"bill_id"_qs, u"fee_bills"_qs},
        {u"payment_id"_qs, u"fee_payments"_qs},   {u"receipt_id"_qs, u"fee_receipts"_qs}};
    for (const auto &[key, table] : parents) {
        const QString parent = data.value(key).toString();
        if (parent.isEmpty())
            continue;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT data::text, compound_id FROM sync_rows WHERE entity = ? AND id = ?"));
        q.addBindValue(table);
        q.addBindValue(parent);
        if (depth > 8 || !q.exec() || !q.next()) {
            *unresolved = true;
            return {};
        }
        if (const QString known = q.value(1).toString(); !known.isEmpty())
            return known;
        return compoundOf(db, table, parent, QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(),
                          unresolved, depth + 1);
    }
    return {};
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
    row.prepare(QStringLiteral("INSERT INTO sync_rows (entity, id, data, field_hlc, hlc, origin_device, compound_id)"
                               " VALUES ('sync_conflicts', ?, ?::jsonb, '{}'::jsonb, '', 'server', ?)"));
    row.addBindValue(key);
    row.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    row.addBindValue(compound.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(compound));
    QSqlQuery log(db);
    log.prepare(QStringLiteral("INSERT INTO change_log (entity, id, hlc, device_id) VALUES ('sync_conflicts', ?, '',"
                               " NULL)"));
    log.addBindValue(key);
    return row.exec() && log.exec();
}

} // namespace

void ServerDb::push(const QString &deviceId, const UserSession &user, const QJsonObject &batch, qint64 nowMs,
                    int *status, QJsonObject *answer)
{
    constexpr qint64 SkewMs = 5 * 60 * 1000;
    const qint64 from = batch.value(QStringLiteral("from_seq")).toInteger();
    const qint64 to = batch.value(QStringLiteral("to_seq")).toInteger();
    const QJsonArray entries = batch.value(QStringLiteral("entries")).toArray();
    *status = 400;
    if (batch.value(QStringLiteral("device_id")).toString() != deviceId || from <= 0 || to < from
        || entries.size() != to - from + 1 || entries.size() > 1000) {
        *answer = errorBody(QStringLiteral("bad_request"),
                            QStringLiteral("a batch is this device's entries from_seq..to_seq, at most 1,000"));
        return;
    }
    if (qAbs(batch.value(QStringLiteral("client_now_ms")).toInteger() - nowMs) > SkewMs) {
        *status = 422;
        *answer = errorBody(QStringLiteral("clock_skew"),
                            QStringLiteral("this computer's clock is more than 5 minutes off the server's"));
        return;
    }
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        if (hlcMs(e.value(QStringLiteral("hlc")).toString()) > nowMs + SkewMs) {
            *status = 422;
            *answer = errorBody(QStringLiteral("clock_skew"), QStringLiteral("a change is stamped in the future"));
            return;
        }
    }

    QSqlDatabase d = db();
    *status = 503;
    *answer = errorBody(QStringLiteral("unavailable"), QStringLiteral("the server cannot take changes just now"));
    if (!d.transaction())
        return;
    const auto fail = [&](int code, const QJsonObject &body) {
        d.rollback();
        *status = code;
        *answer = body;
    };
    QSqlQuery device(d);
    device.prepare(QStringLiteral("SELECT last_seq FROM devices WHERE id = ?::uuid FOR UPDATE"));
    device.addBindValue(deviceId);
    if (!device.exec() || !device.next())
        return fail(503, *answer);
    const qint64 last = device.value(0).toLongLong();
    if (to <= last) {
        // Sent before (a retry, or a duplicate on the way): the same answer, nothing applied again.
        QSqlQuery stored(d);
        stored.prepare(QStringLiteral("SELECT answer::text FROM push_batches WHERE device_id = ?::uuid AND to_seq = ?"
                                      " AND from_seq = ?"));
        stored.addBindValue(deviceId);
        stored.addBindValue(to);
        stored.addBindValue(from);
        if (stored.exec() && stored.next()) {
            d.commit();
            *status = 200;
            *answer = QJsonDocument::fromJson(stored.value(0).toString().toUtf8()).object();
            return;
        }
    }
    if (from != last + 1)
        return fail(409, {{QStringLiteral("error"), QStringLiteral("sequence_gap")},
                          {QStringLiteral("message"), QStringLiteral("send again from last_seq + 1")},
                          {QStringLiteral("last_seq"), last}});
    // Positions in the change log are handed out in commit order: one writer at a time.
    QSqlQuery lock(d);
    if (!lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(4242)")))
        return fail(503, *answer);

    QJsonArray results;
    // Applies one entry inside the batch's transaction; false when the whole batch failed (the
    // answer is set then).
    const auto applyEntry = [&](const QJsonObject &e, QJsonObject &result) -> bool {
        const QString entity = e.value(QStringLiteral("entity")).toString();
        const QString rowId = e.value(QStringLiteral("row_id")).toString();
        const QString op = e.value(QStringLiteral("op")).toString();
        const QString hlc = e.value(QStringLiteral("hlc")).toString();
        const qint64 seq = e.value(QStringLiteral("seq")).toInteger();
        result = QJsonObject{{QStringLiteral("seq"), seq}};
        QSqlQuery current(d);
        current.prepare(QStringLiteral("SELECT data::text, field_hlc::text, hlc, deleted, origin_device,"
                                       " field_device::text FROM sync_rows"
                                       " WHERE entity = ? AND id = ? FOR UPDATE"));
        current.addBindValue(entity);
        current.addBindValue(rowId);
        if (entity.isEmpty() || rowId.isEmpty() || hlc.isEmpty() || !current.exec())
            return fail(400, errorBody(QStringLiteral("bad_request"),
                                       QStringLiteral("an entry lacks entity, row_id or hlc"))),
                   false;
        const bool exists = current.next();
        QJsonObject data =
            exists ? QJsonDocument::fromJson(current.value(0).toString().toUtf8()).object() : QJsonObject();
        QJsonObject fieldHlc =
            exists ? QJsonDocument::fromJson(current.value(1).toString().toUtf8()).object() : QJsonObject();
        const QString rowHlc = exists ? current.value(2).toString() : QString();
        bool deleted = exists && current.value(3).toBool();
        const QString rowDevice = exists ? current.value(4).toString() : QString();
        QJsonObject fieldDevice =
            exists ? QJsonDocument::fromJson(current.value(5).toString().toUtf8()).object() : QJsonObject();
        // The user's role may write this kind of row, for a compound in the user's scope: else
        // nothing of the batch is applied (a client never sends such a row by mistake).
        const auto role = Core::roleFromCode(user.role);
        const auto needed = permissionToWrite(entity);
        if (!role || !needed || !Core::roleHas(*role, *needed))
            return fail(403,
                        {{QStringLiteral("error"), QStringLiteral("not_permitted")},
                         {QStringLiteral("message"), QStringLiteral("the user's role may not write %1").arg(entity)},
                         {QStringLiteral("seq"), seq}}),
                   false;
        bool unresolved = false;
        const QJsonObject incoming =
            e.value(op == u"insert" ? QStringLiteral("row") : QStringLiteral("fields")).toObject();
        QJsonObject merged = data;
        for (auto it = incoming.begin(); it != incoming.end(); ++it)
            merged.insert(it.key(), it.value());
        const QString compound = compoundOf(d, entity, rowId, merged, &unresolved);
        const bool everywhere = user.scope.contains(QStringLiteral("*"));
        if (!everywhere && (unresolved || (!compound.isEmpty() && !user.scope.contains(compound))))
            return fail(403, {{QStringLiteral("error"), QStringLiteral("outside_scope")},
                              {QStringLiteral("message"), QStringLiteral("a change outside the user's compounds")},
                              {QStringLiteral("seq"), seq}}),
                   false;
        // A state change carries the state it expects; a stale one is refused, and the desktop
        // shows it as a conflict (docs/sync-protocol.md, "Merge rules").
        const QJsonObject expect = e.value(QStringLiteral("expect")).toObject();
        if (!expect.isEmpty()) {
            QSqlQuery check(d);
            if (const QString run = expect.value(QStringLiteral("run_unpaid")).toString(); !run.isEmpty()) {
                // Paid: an allocation to one of the run's bills other than those the run made itself.
                check.prepare(
                    QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_rows a JOIN sync_rows b ON b.entity = 'fee_bills'"
                                   " AND b.id = a.data->>'bill_id' AND b.data->>'run_id' = ?"
                                   " JOIN sync_rows r ON r.entity = 'fee_bill_runs' AND r.id = ?"
                                   " WHERE a.entity = 'fee_allocations' AND a.hlc <> r.hlc)"));
                check.addBindValue(run);
                check.addBindValue(run);
            } else if (const QString receipt = expect.value(QStringLiteral("receipt_not_voided")).toString();
                       !receipt.isEmpty()) {
                check.prepare(
                    QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_rows WHERE entity = 'fee_receipt_events'"
                                   " AND data->>'receipt_id' = ? AND data->>'kind' = 'void' AND id <> ?)"));
                check.addBindValue(receipt);
                check.addBindValue(rowId);
            } else {
                return fail(400, errorBody(QStringLiteral("bad_request"), QStringLiteral("an unknown expectation"))),
                       false;
            }
            if (!check.exec() || !check.next())
                return fail(503, *answer), false;
            if (check.value(0).toBool()) {
                result.insert(QStringLiteral("result"), QStringLiteral("rejected"));
                result.insert(QStringLiteral("reason"), QStringLiteral("stale_state"));
                return true;
            }
        }
        QString outcome = QStringLiteral("applied");
        bool changed = true;
        const bool merges = mergesPerField(entity);
        if ((op == u"insert" && (!merges || !exists)) || !merges) {
            const QJsonObject row =
                e.value(op == u"insert" ? QStringLiteral("row") : QStringLiteral("fields")).toObject();
            if (exists) {
                changed = false;
                if (op == u"insert" && data != row)
                    outcome = QStringLiteral("rejected"),
                    result.insert(QStringLiteral("reason"), QStringLiteral("id_reused"));
                else if (op != u"insert")
                    outcome = QStringLiteral("rejected"),
                    result.insert(QStringLiteral("reason"), QStringLiteral("not_mergeable"));
            } else {
                data = row;
                for (auto it = row.begin(); it != row.end(); ++it) {
                    fieldHlc.insert(it.key(), hlc);
                    fieldDevice.insert(it.key(), deviceId);
                }
            }
        } else if (op == u"tombstone") {
            changed = !deleted && hlc > rowHlc;
            deleted = deleted || changed;
        } else if (op == u"upsert" || op == u"insert") {
            // (A merged row inserted again, by another office: its fields against what is there,
            // as a change made without seeing any of it.)
            const QString base = e.value(QStringLiteral("base_hlc")).toString();
            const QJsonObject fields =
                e.value(op == u"insert" ? QStringLiteral("row") : QStringLiteral("fields")).toObject();
            bool lost = false;
            for (auto it = fields.begin(); it != fields.end(); ++it) {
                const QString stored = fieldHlc.value(it.key()).toString();
                const QString storedDevice = fieldDevice.value(it.key()).toString(rowDevice);
                if (data.contains(it.key()) && data.value(it.key()) == it.value())
                    continue; // the value is there already
                // Changed on top of the value the server has: applies. Changed without having seen
                // a newer value: the later stamp wins, the other value is kept for staff to review.
                const bool concurrent = !stored.isEmpty() && stored > base;
                const bool wins = !concurrent || hlc > stored;
                if (concurrent) {
                    // Two offices changed this field without seeing each other's change: the later
                    // stamp wins, the other value is kept for staff to review.
                    QSqlQuery c(d);
                    c.prepare(QStringLiteral("INSERT INTO conflicts (entity, row_id, field, winner_value, loser_value,"
                                             " winner_hlc, loser_hlc, winner_device, loser_device)"
                                             " VALUES (?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?) RETURNING id, at"));
                    const auto asJson = [](const QJsonValue &x) {
                        return QString::fromUtf8(QJsonDocument(QJsonArray{x}).toJson(QJsonDocument::Compact))
                            .mid(1)
                            .chopped(1);
                    };
                    c.addBindValue(entity);
                    c.addBindValue(rowId);
                    c.addBindValue(it.key());
                    c.addBindValue(asJson(wins ? it.value() : data.value(it.key())));
                    c.addBindValue(asJson(wins ? data.value(it.key()) : it.value()));
                    c.addBindValue(wins ? hlc : stored);
                    c.addBindValue(wins ? stored : hlc);
                    c.addBindValue(wins ? deviceId : storedDevice);
                    c.addBindValue(wins ? storedDevice : deviceId);
                    if (!c.exec() || !c.next())
                        return fail(503, *answer), false;
                    // Offices that sync the row's compound are told, through the change log.
                    if (!logConflict(d, c.value(0).toLongLong(), entity, rowId, it.key(),
                                     wins ? it.value() : data.value(it.key()), wins ? data.value(it.key()) : it.value(),
                                     wins ? deviceId : storedDevice, wins ? storedDevice : deviceId,
                                     c.value(1).toDateTime().toMSecsSinceEpoch(),
                                     unresolved ? QStringLiteral("?") : compound))
                        return fail(503, *answer), false;
                }
                if (wins) {
                    data.insert(it.key(), it.value());
                    fieldHlc.insert(it.key(), hlc);
                    fieldDevice.insert(it.key(), deviceId);
                } else {
                    lost = true;
                }
            }
            if (lost)
                outcome = QStringLiteral("merged");
        } else {
            return fail(400, errorBody(QStringLiteral("bad_request"), QStringLiteral("unknown op %1").arg(op))), false;
        }
        if (changed) {
            const QString newHlc = qMax(rowHlc, hlc);
            QSqlQuery write(d);
            write.prepare(
                QStringLiteral("INSERT INTO sync_rows (entity, id, data, field_hlc, hlc, origin_device, deleted,"
                               " compound_id, field_device) VALUES (?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?::jsonb)"
                               " ON CONFLICT (entity, id) DO UPDATE SET data = excluded.data,"
                               " field_hlc = excluded.field_hlc, field_device = excluded.field_device,"
                               " hlc = excluded.hlc, deleted = excluded.deleted,"
                               " compound_id = excluded.compound_id"));
            write.addBindValue(entity);
            write.addBindValue(rowId);
            write.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
            write.addBindValue(QString::fromUtf8(QJsonDocument(fieldHlc).toJson(QJsonDocument::Compact)));
            write.addBindValue(newHlc);
            write.addBindValue(deviceId);
            write.addBindValue(deleted);
            // No compound: a row of everyone's (fee items, settings). A reference the server cannot
            // follow (its parent not pushed yet): "?", seen only by users of the whole subdistrict.
            write.addBindValue(unresolved           ? QVariant(QStringLiteral("?"))
                               : compound.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                    : QVariant(compound));
            write.addBindValue(QString::fromUtf8(QJsonDocument(fieldDevice).toJson(QJsonDocument::Compact)));
            QSqlQuery log(d);
            log.prepare(
                QStringLiteral("INSERT INTO change_log (entity, id, hlc, device_id) VALUES (?, ?, ?, ?::uuid)"));
            log.addBindValue(entity);
            log.addBindValue(rowId);
            log.addBindValue(newHlc);
            log.addBindValue(deviceId);
            if (!write.exec() || !log.exec())
                return fail(503, *answer), false;
        }
        result.insert(QStringLiteral("result"), outcome);
        return true;
    };
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        // An entry with children (a bill run with its bills, lines, ledger charges and
        // allocations) is applied whole or not at all.
        QSqlQuery mark(d);
        if (!mark.exec(QStringLiteral("SAVEPOINT entry")))
            return fail(503, *answer);
        QJsonObject result;
        if (!applyEntry(e, result))
            return;
        const QJsonObject children = e.value(QStringLiteral("children")).toObject();
        // Parents before the rows that refer to them, so the change log (and every device that
        // pulls it) has them in that order: bills, then their lines, charges and allocations.
        QStringList order = {u"fee_bills"_qs, u"fee_bill_lines"_qs, u"fee_ledger"_qs, u"fee_allocations"_qs};
        for (const QString &k : children.keys()) {
            if (!order.contains(k))
                order.append(k);
        }
        for (auto c = order.cbegin(); c != order.cend() && result.value(QStringLiteral("result")) != u"rejected"_qs;
             ++c) {
            for (const QJsonValue &childRow : children.value(*c).toArray()) {
                QJsonObject row = childRow.toObject();
                const QString id = row.take(QStringLiteral("id")).toString();
                QJsonObject childResult;
                if (!applyEntry(QJsonObject{{QStringLiteral("seq"), e.value(QStringLiteral("seq"))},
                                            {QStringLiteral("entity"), *c},
                                            {QStringLiteral("row_id"), id},
                                            {QStringLiteral("op"), QStringLiteral("insert")},
                                            {QStringLiteral("hlc"), e.value(QStringLiteral("hlc"))},
                                            {QStringLiteral("row"), row}},
                                childResult))
                    return;
                if (childResult.value(QStringLiteral("result")) == u"rejected"_qs) {
                    result = childResult;
                    break;
                }
            }
        }
        QSqlQuery end(d);
        if (!end.exec(result.value(QStringLiteral("result")) == u"rejected"_qs
                          ? QStringLiteral("ROLLBACK TO SAVEPOINT entry")
                          : QStringLiteral("RELEASE SAVEPOINT entry")))
            return fail(503, *answer);
        results.append(result);
    }
    const QJsonObject reply{
        {QStringLiteral("from_seq"), from}, {QStringLiteral("to_seq"), to}, {QStringLiteral("entries"), results}};
    QSqlQuery done(d);
    done.prepare(QStringLiteral("UPDATE devices SET last_seq = ? WHERE id = ?::uuid"));
    done.addBindValue(to);
    done.addBindValue(deviceId);
    QSqlQuery keep(d);
    keep.prepare(QStringLiteral(
        "INSERT INTO push_batches (device_id, from_seq, to_seq, answer) VALUES (?::uuid, ?, ?, ?::jsonb)"));
    keep.addBindValue(deviceId);
    keep.addBindValue(from);
    keep.addBindValue(to);
    keep.addBindValue(QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact)));
    if (!done.exec() || !keep.exec() || !d.commit())
        return fail(503, *answer);
    *status = 200;
    *answer = reply;
}

void ServerDb::pull(const QStringList &scope, const QString &cursor, int limit, int *status, QJsonObject *answer)
{
    // The cursor is opaque to clients: the last change-log position they have, encoded.
    qint64 after = 0;
    if (!cursor.isEmpty()) {
        const QJsonObject c =
            QJsonDocument::fromJson(QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding)).object();
        bool ok = c.contains(QStringLiteral("p"));
        after = c.value(QStringLiteral("p")).toInteger(-1);
        if (!ok || after < 0) {
            *status = 400;
            *answer =
                errorBody(QStringLiteral("bad_request"), QStringLiteral("the cursor is not one this server gave"));
            return;
        }
    }
    limit = qBound(1, limit, 5000);
    QSqlQuery q(db());
    // The cursor moves over rows outside the scope too (they are simply not sent).
    q.prepare(QStringLiteral("SELECT c.pos, r.entity, r.id, r.data::text, r.hlc, r.origin_device, r.deleted,"
                             " ? OR r.compound_id IS NULL OR r.compound_id = ANY (string_to_array(?, ','))"
                             " FROM (SELECT entity, id, max(pos) AS pos FROM change_log WHERE pos > ?"
                             "       GROUP BY entity, id ORDER BY max(pos) LIMIT ?) c"
                             " JOIN sync_rows r ON r.entity = c.entity AND r.id = c.id ORDER BY c.pos"));
    q.addBindValue(scope.contains(QStringLiteral("*")));
    q.addBindValue(scope.join(u','));
    q.addBindValue(after);
    q.addBindValue(limit + 1); // one more than a page says whether there is more
    if (!q.exec()) {
        *status = 503;
        *answer = errorBody(QStringLiteral("unavailable"), QStringLiteral("the server cannot read changes just now"));
        return;
    }
    QJsonArray rows;
    qint64 last = after;
    bool more = false;
    int read = 0; // rows of the change log this page covers, sent or not
    while (q.next()) {
        if (read++ == limit) {
            more = true;
            break;
        }
        last = q.value(0).toLongLong();
        if (!q.value(7).toBool())
            continue;
        rows.append(
            QJsonObject{{QStringLiteral("entity"), q.value(1).toString()},
                        {QStringLiteral("row_id"), q.value(2).toString()},
                        {QStringLiteral("row"), QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object()},
                        {QStringLiteral("hlc"), q.value(4).toString()},
                        {QStringLiteral("origin_device"), q.value(5).toString()},
                        {QStringLiteral("deleted"), q.value(6).toBool()}});
    }
    const QByteArray next = QJsonDocument(QJsonObject{{QStringLiteral("p"), last}}).toJson(QJsonDocument::Compact);
    *status = 200;
    *answer = {{QStringLiteral("rows"), rows},
               {QStringLiteral("cursor"),
                QString::fromLatin1(next.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))},
               {QStringLiteral("more"), more}};
}

} // namespace Linli::Server
