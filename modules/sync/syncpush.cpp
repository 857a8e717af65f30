// SyncEngine::push — the outbox to the server in batches keyed by (device, sequence), each
// answered once and recorded in one local transaction (docs/sync-protocol.md, "Push").
#include "syncengine.h"
#include "synctr.h"

#include <storage/connection.h>
#include <storage/transaction.h>

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QUuid>

using namespace Qt::StringLiterals;

namespace Linli::Sync {

namespace {

// Batches stay well under the server's 8 MB; a bill run with its rows is sent alone whatever its size.
constexpr qsizetype BatchBytes = 4 * 1024 * 1024;
// A group of more entries than this is sent in a batch of its own.
constexpr qsizetype BigGroup = 200;

QJsonValue jsonOf(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong: return QJsonValue(v.toLongLong());
    case QMetaType::Double: return QJsonValue(v.toDouble());
    case QMetaType::QString: return QJsonValue(v.toString());
    case QMetaType::QByteArray: return QJsonValue(QString::fromLatin1(v.toByteArray().toBase64()));
    default: return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(v);
    }
}

// Rows of `entity` as JSON objects: the columns of the row model but the stamp ones; `withId` keeps id.
Result<QList<QJsonObject>> rowsAsJson(Storage::Connection &c, const QString &entity, const QStringList &columns,
                                      const QString &where, const QVariantList &params, bool withId)
{
    QStringList names;
    for (const QString &n : columns) {
        if (n != u"hlc" && n != u"origin_device" && n != u"deleted" && (withId || n != u"id"))
            names.append(n);
    }
    auto rows = c.select(u"SELECT %1 FROM %2 WHERE %3"_s.arg(names.join(u", "), entity, where), params);
    if (!rows)
        return rows.error();
    QList<QJsonObject> out;
    out.reserve(rows->size());
    for (const QVariantList &r : std::as_const(*rows)) {
        QJsonObject o;
        for (int i = 0; i < names.size(); ++i)
            o.insert(names.at(i), jsonOf(r.at(i)));
        out.append(o);
    }
    return out;
}

} // namespace

// Takes the new rows of a group the server refused back out of this database, last first; the
// tables' triggers (sync_withdrawn) let them go and undo what they added. How many left.
Result<qint64> SyncEngine::withdrawGroup(const QList<QJsonObject> &sent, qint64 group)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 n = 0;
    for (auto it = sent.crbegin(); it != sent.crend(); ++it) {
        if (it->value(u"group"_s).toInteger() != group || it->value(u"op"_s) != u"insert"_s)
            continue;
        const QString entity = it->value(u"entity"_s).toString();
        const QString rowId = it->value(u"row_id"_s).toString();
        if (columnsOf(entity).isEmpty())
            return Error(ErrorCode::Internal, Tr::tr("An unexpected database error occurred."),
                         u"withdraw from unknown table %1"_s.arg(entity));
        if (auto r = m_c.execute(u"INSERT OR REPLACE INTO sync_withdrawn (entity, row_id, at) VALUES (?, ?, ?)"_s,
                                 {entity, rowId, now});
            !r)
            return r.error();
        auto r = m_c.execute(u"DELETE FROM %1 WHERE id = ?"_s.arg(entity), {rowId});
        if (!r)
            return r.error();
        n += *r;
    }
    return n;
}

Status SyncEngine::push(const Caller &caller, SyncReport &report)
{
    for (;;) {
        // The batch in flight when a sync was cut off goes again unchanged: the server answers it
        // from what it stored, without applying it twice.
        auto inflight = state(u"push_range"_s);
        if (!inflight)
            return inflight.error();
        qint64 from = 0, to = 0;
        if (const QStringList parts = inflight->split(u'-'); parts.size() == 2) {
            from = parts.at(0).toLongLong();
            to = parts.at(1).toLongLong();
        }
        const bool resend = from > 0;
        if (!resend) {
            auto first = m_c.scalar(u"SELECT min(seq) FROM sync_outbox"_s);
            if (!first)
                return first.error();
            if (first->isNull())
                return {}; // nothing to send
            from = first->toLongLong();
            to = from + m_batchEntries - 1;
            // A group is never split: read to its end (the loop below may stop before it).
            auto groupEnd = m_c.scalar(u"SELECT max(seq) FROM sync_outbox WHERE tx_group ="
                                       u" (SELECT tx_group FROM sync_outbox WHERE seq = ?)"_s,
                                       {to});
            if (!groupEnd)
                return groupEnd.error();
            to = qMax(to, groupEnd->toLongLong());
        }
        auto rows = m_c.select(u"SELECT seq, entity, row_id, op, payload, hlc, base_hlc, coalesce(tx_group, 0)"
                               u" FROM sync_outbox WHERE seq BETWEEN ? AND ? ORDER BY seq"_s,
                               {from, to});
        if (!rows)
            return rows.error();
        QHash<qint64, qsizetype> groupSize;
        for (const QVariantList &r : std::as_const(*rows)) {
            if (const qint64 g = r.at(7).toLongLong(); g > 0)
                ++groupSize[g];
        }
        QByteArray entries;
        QList<QJsonObject> sent;
        qint64 last = from - 1;
        bool bigGroupSent = false;
        for (const QVariantList &r : std::as_const(*rows)) {
            const qint64 seq = r.at(0).toLongLong();
            if (seq != last + 1)
                break; // never happens: the outbox is appended to in order and emptied from the front
            const qint64 group = r.at(7).toLongLong();
            // A new batch ends only between groups. A big group (a run void reverses every bill of
            // the run) goes alone; the server takes one group of any size.
            const bool boundary = group == 0 || group == seq;
            const qsizetype size = group > 0 ? groupSize.value(group) : 1;
            if (!resend && boundary && !sent.isEmpty()
                && (bigGroupSent || size > BigGroup || sent.size() + size > m_batchEntries))
                break;
            if (group == seq && size > BigGroup)
                bigGroupSent = true;
            const QString entity = r.at(1).toString();
            const QString rowId = r.at(2).toString();
            const QString op = r.at(3).toString();
            const QString payload = r.at(4).toString();
            QJsonObject e{{u"seq"_s, seq}, {u"entity"_s, entity}, {u"row_id"_s, rowId}, {u"hlc"_s, r.at(5).toString()}};
            if (group > 0)
                e.insert(u"group"_s, group);
            const QStringList &columns = columnsOf(entity);
            if (op == u"delete") {
                e.insert(u"op"_s, u"tombstone"_s);
                e.insert(u"base_hlc"_s, r.at(6).toString());
            } else if (payload.isEmpty() || isInsertOnly(entity)) {
                // A new row: sent whole, as it stands.
                auto row = rowsAsJson(m_c, entity, columns, u"id = ?"_s, {rowId}, false);
                if (!row)
                    return row.error();
                e.insert(u"op"_s, u"insert"_s);
                e.insert(u"row"_s, row->isEmpty() ? QJsonObject() : row->first());
                const QJsonObject data = e.value(u"row"_s).toObject();
                if (entity == u"fee_bill_runs") {
                    // The run's bills, lines, charges and what advances paid travel with it.
                    QJsonObject children;
                    const QString inRun = u"bill_id IN (SELECT id FROM fee_bills WHERE run_id = ?)"_s;
                    const QList<std::tuple<QString, QString, QVariantList>> parts = {
                        {u"fee_bills"_s, u"run_id = ?"_s, {rowId}},
                        {u"fee_bill_lines"_s, inRun, {rowId}},
                        {u"fee_ledger"_s, inRun + u" AND kind = 'charge'"_s, {rowId}},
                        {u"fee_allocations"_s, inRun + u" AND hlc = ?"_s, {rowId, r.at(5)}}};
                    for (const auto &[child, where, params] : parts) {
                        auto list = rowsAsJson(m_c, child, columnsOf(child), where, params, true);
                        if (!list)
                            return list.error();
                        QJsonArray a;
                        for (const QJsonObject &o : std::as_const(*list))
                            a.append(o);
                        children.insert(child, a);
                    }
                    e.insert(u"children"_s, children);
                } else if (entity == u"fee_run_voids") {
                    e.insert(u"expect"_s, QJsonObject{{u"run_unpaid"_s, data.value(u"run_id"_s)}});
                } else if (entity == u"fee_receipt_events" && data.value(u"kind"_s) == u"void"_s) {
                    e.insert(u"expect"_s, QJsonObject{{u"receipt_not_voided"_s, data.value(u"receipt_id"_s)}});
                }
            } else {
                e.insert(u"op"_s, u"upsert"_s);
                e.insert(u"fields"_s, QJsonDocument::fromJson(payload.toUtf8()).object());
                e.insert(u"base_hlc"_s, r.at(6).toString());
            }
            const QByteArray text = QJsonDocument(e).toJson(QJsonDocument::Compact);
            // A new batch stops before the entry that would make it too big (one entry always fits).
            if (!resend && boundary && !sent.isEmpty() && entries.size() + text.size() > BatchBytes)
                break;
            if (!entries.isEmpty())
                entries += ',';
            entries += text;
            sent.append(e);
            last = seq;
        }
        if (sent.isEmpty() || (resend && last != to))
            return Error(ErrorCode::Internal, Tr::tr("An unexpected database error occurred."),
                         u"outbox %1..%2 is not whole"_s.arg(from).arg(to));
        to = last;
        if (!resend) {
            if (auto s = setState(u"push_range"_s, u"%1-%2"_s.arg(from).arg(to)); !s)
                return s;
        }
        const QByteArray body =
            "{\"device_id\":"
            + QJsonDocument(QJsonArray{caller.deviceId}).toJson(QJsonDocument::Compact).mid(1).chopped(1)
            + ",\"from_seq\":" + QByteArray::number(from) + ",\"to_seq\":" + QByteArray::number(to)
            + ",\"client_now_ms\":" + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + ",\"entries\":["
            + entries + "]}";
        auto answer = postJson(caller, u"/v1/push"_s, body, 300000);
        if (!answer)
            return answer.error();
        if (answer->status == 409 && answer->errorCode() == u"sequence_gap")
            return Error(ErrorCode::Conflict,
                         Tr::tr("This database and the sync server disagree about which changes were sent (was it "
                                "restored from a backup?). Nothing was changed; ask the server's administrator."),
                         u"from %1, server has %2"_s.arg(from).arg(answer->body.value(u"last_seq"_s).toInteger()));
        if (answer->status != 200)
            return answerError(*answer);

        // The answer, the conflicts it names and the end of the batch: one local transaction.
        Storage::Transaction tx(m_c);
        if (!tx.isActive())
            return tx.error();
        const QJsonArray results = answer->body.value(u"entries"_s).toArray();
        QHash<qint64, QJsonObject> bySeq;
        for (const QJsonObject &e : std::as_const(sent))
            bySeq.insert(e.value(u"seq"_s).toInteger(), e);
        QSet<qint64> refusedGroups;
        for (const QJsonValue &v : results) {
            const QJsonObject res = v.toObject();
            if (res.value(u"result"_s) != u"rejected"_s) {
                ++report.pushed;
                continue;
            }
            ++report.rejected;
            const QJsonObject e = bySeq.value(res.value(u"seq"_s).toInteger());
            QJsonObject kept = e;
            kept.remove(u"children"_s); // the run's rows stay in this database; the entry names the run
            if (const qint64 group = e.value(u"group"_s).toInteger(); group > 0) {
                // Refused whole: one conflict names the group's first entry (the state change), and
                // the rows the group wrote leave this database as they never reached the server.
                if (refusedGroups.contains(group))
                    continue;
                refusedGroups.insert(group);
                auto withdrawn = withdrawGroup(sent, group);
                if (!withdrawn)
                    return withdrawn.error();
                kept = bySeq.value(group, e);
                kept.insert(u"withdrawn"_s, *withdrawn);
            }
            ++report.newConflicts;
            if (auto r =
                    m_c.execute(u"INSERT INTO sync_conflicts (id, kind, entity, row_id, reason, payload, at)"
                                u" VALUES (?, 'rejected', ?, ?, ?, ?, ?)"_s,
                                {QUuid::createUuid().toString(QUuid::WithoutBraces), kept.value(u"entity"_s).toString(),
                                 kept.value(u"row_id"_s).toString(), res.value(u"reason"_s).toString(),
                                 QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)),
                                 QDateTime::currentMSecsSinceEpoch()});
                !r)
                return r.error();
        }
        if (auto r = m_c.execute(u"DELETE FROM sync_outbox WHERE seq BETWEEN ? AND ?"_s, {from, to}); !r)
            return r.error();
        if (auto r = m_c.execute(u"DELETE FROM sync_state WHERE key = 'push_range'"_s); !r)
            return r.error();
        if (auto s = tx.commit(); !s)
            return s;
    }
}

} // namespace Linli::Sync
