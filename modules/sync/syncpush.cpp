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

} // namespace

namespace {

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
        }
        auto rows = m_c.select(u"SELECT seq, entity, row_id, op, payload, hlc, base_hlc FROM sync_outbox"
                               u" WHERE seq BETWEEN ? AND ? ORDER BY seq"_s,
                               {from, to});
        if (!rows)
            return rows.error();
        QByteArray entries;
        QList<QJsonObject> sent;
        qint64 last = from - 1;
        for (const QVariantList &r : std::as_const(*rows)) {
            const qint64 seq = r.at(0).toLongLong();
            if (seq != last + 1)
                break; // never happens: the outbox is appended to in order and emptied from the front
            const QString entity = r.at(1).toString();
            const QString rowId = r.at(2).toString();
            const QString op = r.at(3).toString();
            const QString payload = r.at(4).toString();
            QJsonObject e{{u"seq"_s, seq}, {u"entity"_s, entity}, {u"row_id"_s, rowId}, {u"hlc"_s, r.at(5).toString()}};
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
            if (!resend && !sent.isEmpty() && entries.size() + text.size() > BatchBytes)
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
        for (const QJsonValue &v : results) {
            const QJsonObject res = v.toObject();
            if (res.value(u"result"_s) != u"rejected"_s) {
                ++report.pushed;
                continue;
            }
            ++report.rejected;
            ++report.newConflicts;
            const QJsonObject e = bySeq.value(res.value(u"seq"_s).toInteger());
            QJsonObject kept = e;
            kept.remove(u"children"_s); // the run's rows stay in this database; the entry names the run
            if (auto r =
                    m_c.execute(u"INSERT INTO sync_conflicts (id, kind, entity, row_id, reason, payload, at)"
                                u" VALUES (?, 'rejected', ?, ?, ?, ?, ?)"_s,
                                {QUuid::createUuid().toString(QUuid::WithoutBraces), e.value(u"entity"_s).toString(),
                                 e.value(u"row_id"_s).toString(), res.value(u"reason"_s).toString(),
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
