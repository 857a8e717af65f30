// SyncEngine::push — the outbox to the server in batches keyed by (device, sequence), each
// answered once and recorded in one local transaction (docs/sync-protocol.md, "Push").
#include "syncengine.h"
#include "synctr.h"

#include <storage/connection.h>
#include <storage/transaction.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

#include <algorithm>

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
    const qint64 now = m_clock.nowMs();
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

// A new row's entry: the row whole, as it stands, with the rows that travel with it and the
// state it expects (both declared in the sync catalogue).
Result<QJsonObject> SyncEngine::newRowEntry(const QString &entity, const QString &rowId, const QVariant &hlc)
{
    auto row = rowsAsJson(m_c, entity, columnsOf(entity), u"id = ?"_s, {rowId}, false);
    if (!row)
        return row.error();
    QJsonObject e{{u"op"_s, u"insert"_s}, {u"row"_s, row->isEmpty() ? QJsonObject() : row->first()}};
    const Core::SyncEntity *declared = m_catalogue.find(entity);
    if (!declared)
        return e;
    const QJsonObject data = e.value(u"row"_s).toObject();
    QJsonObject children;
    for (const Core::SyncChild &child : declared->children) {
        QVariantList params;
        for (const Core::SyncChild::Param p : child.params)
            params.append(p == Core::SyncChild::Param::ParentId ? QVariant(rowId) : hlc);
        auto list = rowsAsJson(m_c, child.entity, columnsOf(child.entity), child.where, params, true);
        if (!list)
            return list.error();
        QJsonArray a;
        for (const QJsonObject &o : std::as_const(*list))
            a.append(o);
        children.insert(child.entity, a);
    }
    if (!children.isEmpty())
        e.insert(u"children"_s, children);
    QJsonObject expect;
    for (const Core::SyncExpectation &x : declared->expectations) {
        const bool applies =
            std::all_of(x.when.cbegin(), x.when.cend(), [&](const auto &w) { return data.value(w.first) == w.second; });
        if (applies)
            expect.insert(x.name, data.value(x.column));
    }
    if (!expect.isEmpty())
        e.insert(u"expect"_s, expect);
    return e;
}

// The entry an outbox row becomes.
Result<QJsonObject> SyncEngine::entryOf(const QVariantList &r)
{
    const qint64 seq = r.at(0).toLongLong();
    const QString entity = r.at(1).toString();
    const QString rowId = r.at(2).toString();
    const QString op = r.at(3).toString();
    const QString payload = r.at(4).toString();
    QJsonObject e;
    if (op == u"delete") {
        e = {{u"op"_s, u"tombstone"_s}, {u"base_hlc"_s, r.at(6).toString()}};
    } else if (payload.isEmpty() || m_catalogue.isInsertOnly(entity)) {
        auto entry = newRowEntry(entity, rowId, r.at(5));
        if (!entry)
            return entry.error();
        e = *entry;
    } else {
        e = {{u"op"_s, u"upsert"_s},
             {u"fields"_s, QJsonDocument::fromJson(payload.toUtf8()).object()},
             {u"base_hlc"_s, r.at(6).toString()}};
    }
    e.insert(u"seq"_s, seq);
    e.insert(u"entity"_s, entity);
    e.insert(u"row_id"_s, rowId);
    e.insert(u"hlc"_s, r.at(5).toString());
    if (const qint64 group = r.at(7).toLongLong(); group > 0)
        e.insert(u"group"_s, group);
    return e;
}

// The outbox range to send next: the batch cut off last time, unchanged, or a new one that never
// splits a group. Empty: nothing to send.
Result<std::optional<SyncEngine::PushRange>> SyncEngine::nextRange()
{
    auto inflight = state(u"push_range"_s);
    if (!inflight)
        return inflight.error();
    if (const QStringList parts = inflight->split(u'-'); parts.size() == 2 && parts.at(0).toLongLong() > 0)
        return std::optional(PushRange{parts.at(0).toLongLong(), parts.at(1).toLongLong(), true});
    auto first = m_c.scalar(u"SELECT min(seq) FROM sync_outbox"_s);
    if (!first)
        return first.error();
    if (first->isNull())
        return std::optional<PushRange>();
    const qint64 from = first->toLongLong();
    const qint64 to = from + m_batchEntries - 1;
    // A group is never split: read to its end (the batch may stop before it).
    auto groupEnd = m_c.scalar(u"SELECT max(seq) FROM sync_outbox WHERE tx_group ="
                               u" (SELECT tx_group FROM sync_outbox WHERE seq = ?)"_s,
                               {to});
    if (!groupEnd)
        return groupEnd.error();
    return std::optional(PushRange{from, qMax(to, groupEnd->toLongLong()), false});
}

// The entries of a batch from `range`: a new batch ends only between groups, before the server's
// size limits; a big group (a run void reverses every bill of the run) goes alone.
Result<SyncEngine::PushBatch> SyncEngine::readBatch(const PushRange &range)
{
    auto rows = m_c.select(u"SELECT seq, entity, row_id, op, payload, hlc, base_hlc, coalesce(tx_group, 0)"
                           u" FROM sync_outbox WHERE seq BETWEEN ? AND ? ORDER BY seq"_s,
                           {range.from, range.to});
    if (!rows)
        return rows.error();
    QHash<qint64, qsizetype> groupSize;
    for (const QVariantList &r : std::as_const(*rows)) {
        if (const qint64 g = r.at(7).toLongLong(); g > 0)
            ++groupSize[g];
    }
    PushBatch batch{range, {}, {}};
    qint64 last = range.from - 1;
    bool bigGroupSent = false;
    for (const QVariantList &r : std::as_const(*rows)) {
        const qint64 seq = r.at(0).toLongLong();
        if (seq != last + 1)
            break; // never happens: the outbox is appended to in order and emptied from the front
        const qint64 group = r.at(7).toLongLong();
        const bool boundary = group == 0 || group == seq;
        const qsizetype size = group > 0 ? groupSize.value(group) : 1;
        if (!range.resend && boundary && !batch.sent.isEmpty()
            && (bigGroupSent || size > BigGroup || batch.sent.size() + size > m_batchEntries))
            break;
        if (group == seq && size > BigGroup)
            bigGroupSent = true;
        auto e = entryOf(r);
        if (!e)
            return e.error();
        const QByteArray text = QJsonDocument(*e).toJson(QJsonDocument::Compact);
        // A new batch stops before the entry that would make it too big (one entry always fits).
        if (!range.resend && boundary && !batch.sent.isEmpty() && batch.entries.size() + text.size() > BatchBytes)
            break;
        if (!batch.entries.isEmpty())
            batch.entries += ',';
        batch.entries += text;
        batch.sent.append(*e);
        last = seq;
    }
    if (batch.sent.isEmpty() || (range.resend && last != range.to))
        return Error(ErrorCode::Internal, Tr::tr("An unexpected database error occurred."),
                     u"outbox %1..%2 is not whole"_s.arg(range.from).arg(range.to));
    batch.range.to = last;
    return batch;
}

// The server's answer to a batch, the conflicts it names and the end of the batch: one local
// transaction.
Status SyncEngine::recordAnswer(const PushBatch &batch, const QJsonArray &results, SyncReport &report)
{
    Storage::Transaction tx(m_c);
    if (!tx.isActive())
        return tx.error();
    QHash<qint64, QJsonObject> bySeq;
    for (const QJsonObject &e : std::as_const(batch.sent))
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
        kept.remove(u"children"_s); // the parent's rows stay in this database; the entry names the parent
        if (const qint64 group = e.value(u"group"_s).toInteger(); group > 0) {
            // Refused whole: one conflict names the group's first entry (the state change), and
            // the rows the group wrote leave this database as they never reached the server.
            if (refusedGroups.contains(group))
                continue;
            refusedGroups.insert(group);
            auto withdrawn = withdrawGroup(batch.sent, group);
            if (!withdrawn)
                return withdrawn.error();
            kept = bySeq.value(group, e);
            kept.insert(u"withdrawn"_s, *withdrawn);
        }
        ++report.newConflicts;
        if (auto r =
                m_c.execute(u"INSERT INTO sync_conflicts (id, kind, entity, row_id, reason, payload, at)"
                            u" VALUES (?, 'rejected', ?, ?, ?, ?, ?)"_s,
                            {newId(), kept.value(u"entity"_s).toString(), kept.value(u"row_id"_s).toString(),
                             res.value(u"reason"_s).toString(),
                             QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)), m_clock.nowMs()});
            !r)
            return r.error();
    }
    if (auto r =
            m_c.execute(u"DELETE FROM sync_outbox WHERE seq BETWEEN ? AND ?"_s, {batch.range.from, batch.range.to});
        !r)
        return r.error();
    if (auto r = m_c.execute(u"DELETE FROM sync_state WHERE key = 'push_range'"_s); !r)
        return r.error();
    return tx.commit();
}

Status SyncEngine::push(const Caller &caller, SyncReport &report)
{
    for (;;) {
        // The batch in flight when a sync was cut off goes again unchanged: the server answers it
        // from what it stored, without applying it twice.
        auto range = nextRange();
        if (!range)
            return range.error();
        if (!*range)
            return {}; // nothing to send
        auto batch = readBatch(**range);
        if (!batch)
            return batch.error();
        const qint64 from = batch->range.from, to = batch->range.to;
        if (!batch->range.resend) {
            if (auto s = setState(u"push_range"_s, u"%1-%2"_s.arg(from).arg(to)); !s)
                return s;
        }
        const QByteArray body =
            "{\"device_id\":"
            + QJsonDocument(QJsonArray{caller.deviceId}).toJson(QJsonDocument::Compact).mid(1).chopped(1)
            + ",\"from_seq\":" + QByteArray::number(from) + ",\"to_seq\":" + QByteArray::number(to)
            + ",\"client_now_ms\":" + QByteArray::number(m_clock.nowMs()) + ",\"entries\":[" + batch->entries + "]}";
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
        if (auto s = recordAnswer(*batch, answer->body.value(u"entries"_s).toArray(), report); !s)
            return s;
    }
}

} // namespace Linli::Sync
