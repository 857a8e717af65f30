#include "outbox.h"

#include "connection.h"
#include "storagetr.h"
#include "store.h"

#include <core/clock.h>

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QMutex>
#include <QtCore/QSet>

namespace Linli::Storage::Outbox {

namespace {

// Columns of a table, checked against the sync-ready row model. Table and column names come
// from code, but are still checked against the schema before they are put into SQL.
Result<QSet<QString>> syncedColumns(Store &store, const QString &table)
{
    static QMutex mutex;
    static QHash<QString, QSet<QString>> cache;
    const QString cacheKey = store.databaseId() + u'/' + table;
    {
        QMutexLocker lock(&mutex);
        if (auto it = cache.constFind(cacheKey); it != cache.cend())
            return *it;
    }
    for (QChar c : table) {
        if (!(c.isLetterOrNumber() || c == u'_') || c.unicode() > 127)
            return Error(ErrorCode::Internal, Tr::tr("An unexpected database error occurred."), table);
    }
    auto rows = store.connection().select(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    if (!rows)
        return rows.error();
    QSet<QString> columns;
    for (const QVariantList &r : std::as_const(*rows))
        columns.insert(r.at(1).toString());
    for (const QString &required :
         {QStringLiteral("id"), QStringLiteral("hlc"), QStringLiteral("origin_device"), QStringLiteral("deleted")}) {
        if (!columns.contains(required))
            return Error(ErrorCode::Internal, Tr::tr("An unexpected database error occurred."),
                         table + QStringLiteral(" is not a synced table"));
    }
    QMutexLocker lock(&mutex);
    cache.insert(cacheKey, columns);
    return columns;
}

void appendJsonString(QString &out, const QString &text)
{
    out += u'"';
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'"': out += QStringLiteral("\\\""); break;
        case u'\\': out += QStringLiteral("\\\\"); break;
        case u'\n': out += QStringLiteral("\\n"); break;
        case u'\r': out += QStringLiteral("\\r"); break;
        case u'\t': out += QStringLiteral("\\t"); break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QChar(u'0'));
            else
                out += c;
        }
    }
    out += u'"';
}

// The payload as compact JSON, the same text QJsonDocument writes for these value types (keys
// in QVariantMap order, which is sorted like QJsonObject's); other types take QJsonDocument.
// Written by hand because QJsonObject::fromVariantMap was a tenth of a bulk import.
QString payloadJson(const QVariantMap &fields)
{
    QString out;
    out.reserve(32 * fields.size() + 2);
    out += u'{';
    bool first = true;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!first)
            out += u',';
        first = false;
        appendJsonString(out, it.key());
        out += u':';
        const QVariant &v = it.value();
        switch (v.typeId()) {
        case QMetaType::QString: appendJsonString(out, v.toString()); break;
        case QMetaType::Int:
        case QMetaType::LongLong: out += QString::number(v.toLongLong()); break;
        case QMetaType::Bool: out += v.toBool() ? QStringLiteral("true") : QStringLiteral("false"); break;
        case QMetaType::UnknownType:
        case QMetaType::Nullptr: out += QStringLiteral("null"); break;
        default:
            return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(fields)).toJson(QJsonDocument::Compact));
        }
    }
    out += u'}';
    return out;
}

Status append(Store &store, const QString &table, const QString &id, const QString &op, const QString &payload,
              const QString &hlc, const QString &baseHlc)
{
    const qint64 group = store.outboxGroup();
    if (group >= 0 && (op != u"upsert" || !payload.isEmpty()))
        return Error(ErrorCode::Internal, Tr::tr("An unexpected database error occurred."),
                     QStringLiteral("only new rows may be written in an outbox group (%1 %2)").arg(table, op));
    auto r = store.connection().execute(
        QStringLiteral("INSERT INTO sync_outbox (entity, row_id, op, payload, hlc, origin_device, created_at, base_hlc,"
                       " tx_group) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {table, id, op, payload, hlc, store.deviceId(), store.clock().nowMs(), baseHlc,
         group > 0 ? QVariant(group) : QVariant(QMetaType(QMetaType::LongLong))});
    if (!r)
        return r.error();
    if (group == 0) {
        // The group's first entry names it.
        const qint64 seq = store.connection().lastInsertRowId();
        if (auto u = store.connection().execute(QStringLiteral("UPDATE sync_outbox SET tx_group = ? WHERE seq = ?"),
                                                {seq, seq});
            !u)
            return u.error();
        store.setOutboxGroup(seq);
    }
    store.noteHlcWritten(hlc); // saved at commit (Store)
    return {};
}

} // namespace

namespace {

// The UPDATE and INSERT text for one table and set of columns, built once: bulk writes use the
// same few shapes hundreds of thousands of times.
struct WriteSql
{
    QString update;
    QString insert;
};

WriteSql writeSql(const QString &table, const QStringList &names)
{
    static QMutex mutex;
    static QHash<QString, WriteSql> cache;
    const QString key = table + u'|' + names.join(u',');
    QMutexLocker lock(&mutex);
    if (auto it = cache.constFind(key); it != cache.cend())
        return *it;
    QStringList assignments;
    for (const QString &n : names)
        assignments.append(n + QStringLiteral(" = ?"));
    assignments << QStringLiteral("hlc = ?") << QStringLiteral("origin_device = ?") << QStringLiteral("deleted = 0");
    QStringList insertNames = names;
    insertNames << QStringLiteral("id") << QStringLiteral("hlc") << QStringLiteral("origin_device");
    const QStringList marks(insertNames.size(), QStringLiteral("?"));
    WriteSql sql{
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(u", ")),
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, insertNames.join(u", "), marks.join(u", "))};
    cache.insert(key, sql);
    return sql; // a copy (shared strings): a later insert may move the hash's elements
}

Status write(Store &store, const QString &table, const QString &id, const QVariantMap &fields, bool knownNew)
{
    Connection &c = store.connection();
    Q_ASSERT_X(c.inTransaction(), "Outbox::upsert", "synced writes happen inside the use case's transaction");
    auto columns = syncedColumns(store, table);
    if (!columns)
        return columns.error();
    QStringList names;
    names.reserve(fields.size());
    QVariantList values;
    values.reserve(fields.size() + 3);
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QString &name = it.key();
        if (!columns->contains(name) || name == u"id" || name == u"hlc" || name == u"origin_device"
            || name == u"deleted")
            return Error(ErrorCode::Internal, Tr::tr("An unexpected database error occurred."),
                         QStringLiteral("unknown column %1.%2").arg(table, name));
        names.append(name);
        values.append(it.value());
    }
    const QString hlc = store.nextHlc().toString();
    const WriteSql sql = writeSql(table, names);

    qint64 updatedRows = 0;
    QString baseHlc; // the row's stamp before this change: what the change was made on top of
    if (!knownNew) {
        auto before = c.scalar(QStringLiteral("SELECT hlc FROM %1 WHERE id = ?").arg(table), {id});
        if (!before)
            return before.error();
        baseHlc = before->toString();
        QVariantList updateValues = values;
        updateValues << hlc << store.deviceId() << id;
        auto updated = c.execute(sql.update, updateValues);
        if (!updated)
            return updated.error();
        updatedRows = *updated;
    }
    if (updatedRows == 0) {
        values << id << hlc << store.deviceId();
        auto inserted = c.execute(sql.insert, values);
        if (!inserted)
            return inserted.error();
    }
    // A new row is sent whole, read at push time; an update sends what it changed.
    return append(store, table, id, QStringLiteral("upsert"), knownNew ? QStringLiteral("") : payloadJson(fields), hlc,
                  baseHlc);
}

} // namespace

Status upsert(Store &store, const QString &table, const QString &id, const QVariantMap &fields)
{
    return write(store, table, id, fields, false);
}

Status insert(Store &store, const QString &table, const QString &id, const QVariantMap &fields)
{
    return write(store, table, id, fields, true);
}

Status tombstone(Store &store, const QString &table, const QString &id)
{
    Connection &c = store.connection();
    Q_ASSERT_X(c.inTransaction(), "Outbox::tombstone", "synced writes happen inside the use case's transaction");
    if (auto columns = syncedColumns(store, table); !columns)
        return columns.error();
    const QString hlc = store.nextHlc().toString();
    auto before = c.scalar(QStringLiteral("SELECT hlc FROM %1 WHERE id = ?").arg(table), {id});
    if (!before)
        return before.error();
    auto updated =
        c.execute(QStringLiteral("UPDATE %1 SET deleted = 1, hlc = ?, origin_device = ? WHERE id = ?").arg(table),
                  {hlc, store.deviceId(), id});
    if (!updated)
        return updated.error();
    if (*updated == 0)
        return Error(ErrorCode::NotFound, Tr::tr("The record no longer exists."));
    return append(store, table, id, QStringLiteral("delete"), QStringLiteral("{}"), hlc, before->toString());
}

Group::Group(Store &store) : m_store(store)
{
    Q_ASSERT_X(store.connection().inTransaction() && store.outboxGroup() < 0, "Outbox::Group",
               "a group is written inside the use case's transaction, one at a time");
    m_store.setOutboxGroup(0);
}

Group::~Group()
{
    m_store.setOutboxGroup(-1);
}

Result<qint64> pendingCount(Store &store)
{
    auto n = store.connection().scalar(QStringLiteral("SELECT count(*) FROM sync_outbox"));
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<QList<Entry>> pending(Store &store, int limit)
{
    auto rows = store.connection().select(
        QStringLiteral("SELECT seq, entity, row_id, op, payload, hlc, origin_device, base_hlc,"
                       " coalesce(tx_group, 0) FROM sync_outbox ORDER BY seq LIMIT ?"),
        {limit});
    if (!rows)
        return rows.error();
    QList<Entry> out;
    for (const QVariantList &r : std::as_const(*rows))
        out.append({r.at(0).toLongLong(), r.at(1).toString(), r.at(2).toString(), r.at(3).toString(),
                    r.at(4).toString(), r.at(5).toString(), r.at(6).toString(), r.at(7).toString(),
                    r.at(8).toLongLong()});
    return out;
}

} // namespace Linli::Storage::Outbox
