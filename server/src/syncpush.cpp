// ServerDb::push — one batch of a device's outbox, applied exactly once (docs/sync-protocol.md,
// "Push"). The batch's rows, and the rows they refer to, are read in a couple of queries; the
// entries are merged in memory in order; what changed is written back in a few multi-row
// statements. One PostgreSQL transaction holds it all, with the device's last sequence and the
// stored answer.
#include "httpapi.h"
#include "serverdb.h"
#include "syncerror.h"
#include "syncrules.h"

#include <core/permission.h>

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Linli::Server {

namespace {

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString jsonValueText(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// A failed statement: logged for the administrator (PostgreSQL's message names ids, never
// personal data), answered 503 to the device, which sends the batch again later.
bool logged(QSqlQuery &q)
{
    logLine("error", u"push_statement_failed"_s, {{u"detail"_s, q.lastError().text().left(300)}});
    return false;
}

QString keyOf(const QString &entity, const QString &id)
{
    return entity + QChar(0x1f) + id;
}

// A row as the batch sees it: as PostgreSQL had it, with this batch's changes so far.
struct Row
{
    QString entity;
    QString id;
    bool exists = false;
    QJsonObject data;
    QJsonObject fieldHlc;
    QJsonObject fieldDevice;
    QString hlc;
    QString originDevice;
    bool deleted = false;
    QVariant compound; // null: a row of no compound; "?": references the server cannot follow
};

// One entry as applyOne takes it: the row it changes and how.
struct Change
{
    QString entity;
    QString rowId;
    QString hlc;
    QString op;
    qint64 seq = 0;
    QJsonObject incoming; // the row (insert) or the fields changed (upsert)
};

// What applying a change did to its row.
struct Applied
{
    bool changed = true;
    QString outcome = u"applied"_s;
    QString reason; // why it was rejected
};

// Why the whole batch is refused (nothing of it applied); none: go on.
using Refusal = std::optional<SyncError>;

SyncError pushUnavailable()
{
    return {SyncError::Kind::Unavailable, u"unavailable"_s, u"the server cannot take changes just now"_s, {}};
}

SyncError pushBadRequest(const QString &message)
{
    return {SyncError::Kind::BadRequest, u"bad_request"_s, message, {}};
}

struct Conflict
{
    QString entity, rowId, field;
    QJsonValue winner, loser;
    QString winnerHlc, loserHlc, winnerDevice, loserDevice;
    QVariant compound;
};

class Batch
{
public:
    Batch(QSqlDatabase db, QString deviceId, const ServerDb::UserSession &user, const Core::SyncCatalogue &catalogue)
        : m_db(std::move(db)), m_device(std::move(deviceId)), m_user(user), m_catalogue(catalogue)
    {}

    // Reads these rows (locked for the transaction) and the rows they name as parents.
    bool prefetch(const QJsonArray &entries);
    // Applies one entry (and its children) to the batch's rows; `result` gets its answer. A
    // refusal: the whole batch is refused.
    Refusal apply(const QJsonObject &e, QJsonObject &result);
    // An all-or-nothing group of entries (a state change and the rows it wrote): what the group
    // changes is put back if one of its entries is refused.
    void beginGroup() { m_groupUndo = Undo{{}, m_log.size(), m_conflicts.size(), m_dirty.size()}; }
    void refuseGroup()
    {
        if (m_groupUndo)
            rollBack(*m_groupUndo);
        m_groupUndo.reset();
    }
    void endGroup() { m_groupUndo.reset(); }
    // Writes the changed rows, the change log in order, the conflicts.
    bool write();

private:
    bool fetch(const QList<std::pair<QString, QString>> &keys, bool lock);
    Row *row(const QString &entity, const QString &id);
    QVariant compoundOf(const QString &entity, const QString &id, const QJsonObject &data, int depth = 0);
    Refusal applyOne(const QJsonObject &e, const QString &op, QJsonObject &result);
    Refusal admit(const Change &c, QVariant *compound);
    Applied insertOnce(Row &r, const Change &c);
    Applied tombstone(Row &r, const Change &c);
    Applied mergeFields(Row &r, const Change &c, const QString &baseHlc, const QVariant &compound);
    bool stale(const Core::SyncEntity &declared, const QJsonObject &expect, const QString &rowId, bool *isStale);
    bool anotherExists(const Core::SyncExpectation::NoOther &x, const QString &value, const QString &rowId,
                       bool *isStale);
    bool paidLater(const Core::SyncExpectation::NothingLater &x, const QString &value, bool *isStale);
    Refusal applyChildren(const QJsonObject &e, QJsonObject &result);
    void touch(Row &r);

    QSqlDatabase m_db;
    QString m_device;
    const ServerDb::UserSession &m_user;
    const Core::SyncCatalogue &m_catalogue;
    QHash<QString, Row> m_rows; // fetched (exists or not) and written
    QStringList m_dirty;        // keys written, in first-write order
    QSet<QString> m_dirtySet;
    QList<std::pair<QString, QString>> m_log; // (key, hlc) in the order of the changes
    QList<Conflict> m_conflicts;
    // An entry with children, and a group of entries, is all or nothing: what it changed, to put
    // back when it is refused.
    struct Undo
    {
        QHash<QString, Row> before;
        qsizetype log = 0, conflicts = 0, dirty = 0;
    };
    void rollBack(const Undo &undo);
    std::optional<Undo> m_undo, m_groupUndo;
};

void Batch::rollBack(const Undo &undo)
{
    for (auto it = undo.before.begin(); it != undo.before.end(); ++it)
        m_rows.insert(it.key(), it.value());
    m_log.resize(undo.log);
    m_conflicts.resize(undo.conflicts);
    for (qsizetype i = undo.dirty; i < m_dirty.size(); ++i)
        m_dirtySet.remove(m_dirty.at(i));
    m_dirty.resize(undo.dirty);
}

bool Batch::fetch(const QList<std::pair<QString, QString>> &keys, bool lock)
{
    QMap<QString, QStringList> idsOf; // entity → ids not read yet
    for (const auto &[entity, id] : keys) {
        const QString key = keyOf(entity, id);
        if (m_rows.contains(key) || entity.isEmpty() || id.isEmpty())
            continue;
        Row r;
        r.entity = entity;
        r.id = id;
        m_rows.insert(key, r); // not there unless the query finds it
        idsOf[entity].append(id);
    }
    // One query per kind of row, by its primary key (entity, id): an index scan however big the table.
    for (auto it = idsOf.cbegin(); it != idsOf.cend(); ++it) {
        QStringList quoted; // a PostgreSQL array literal, every element quoted
        for (QString s : it.value())
            quoted.append(u'"' + s.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s) + u'"');
        QSqlQuery q(m_db);
        q.prepare(u"SELECT id, data::text, field_hlc::text, field_device::text, hlc, origin_device, deleted,"
                  u" compound_id FROM sync_rows WHERE entity = ? AND id = ANY (?::text[])"_s
                  + (lock ? u" FOR UPDATE"_s : QString()));
        q.addBindValue(it.key());
        q.addBindValue(QString(u'{' + quoted.join(u',') + u'}'));
        if (!q.exec())
            return logged(q);
        while (q.next()) {
            Row &r = m_rows[keyOf(it.key(), q.value(0).toString())];
            r.exists = true;
            r.data = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
            r.fieldHlc = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
            r.fieldDevice = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
            r.hlc = q.value(4).toString();
            r.originDevice = q.value(5).toString();
            r.deleted = q.value(6).toBool();
            r.compound = q.value(7);
        }
    }
    return true;
}

bool Batch::prefetch(const QJsonArray &entries)
{
    QList<std::pair<QString, QString>> own, parents;
    const auto parentsOf = [&](const QJsonObject &data) {
        for (const auto &[key, table] : m_catalogue.references()) {
            if (const QString p = data.value(key).toString(); !p.isEmpty())
                parents.append({table, p});
        }
    };
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        own.append({e.value(u"entity"_s).toString(), e.value(u"row_id"_s).toString()});
        parentsOf(e.value(u"row"_s).toObject());
        parentsOf(e.value(u"fields"_s).toObject());
        const QJsonObject children = e.value(u"children"_s).toObject();
        for (auto c = children.begin(); c != children.end(); ++c) {
            for (const QJsonValue &child : c.value().toArray()) {
                own.append({c.key(), child.toObject().value(u"id"_s).toString()});
                parentsOf(child.toObject());
            }
        }
    }
    if (!fetch(own, true))
        return false;
    // And the parents named by what the server has of these rows (a changed phone number names no
    // household; the resident's row does).
    for (const auto &[entity, id] : std::as_const(own))
        parentsOf(m_rows.value(keyOf(entity, id)).data);
    return fetch(parents, false);
}

Row *Batch::row(const QString &entity, const QString &id)
{
    const QString key = keyOf(entity, id);
    if (!m_rows.contains(key) && !fetch({{entity, id}}, false))
        return nullptr;
    return &m_rows[key];
}

QVariant Batch::compoundOf(const QString &entity, const QString &id, const QJsonObject &data, int depth)
{
    if (entity == m_catalogue.scopeTable())
        return id;
    if (const QString c = data.value(m_catalogue.scopeColumn()).toString(); !c.isEmpty())
        return c;
    for (const auto &[key, table] : m_catalogue.references()) {
        const QString parent = data.value(key).toString();
        if (parent.isEmpty())
            continue;
        const Row *p = depth > 8 ? nullptr : row(table, parent);
        if (!p || !p->exists)
            return u"?"_s; // a parent not pushed yet, or never
        if (!p->compound.isNull())
            return p->compound;
        return compoundOf(table, parent, p->data, depth + 1);
    }
    return QVariant(QMetaType(QMetaType::QString));
}

void Batch::touch(Row &r)
{
    const QString key = keyOf(r.entity, r.id);
    for (auto *undo : {&m_undo, &m_groupUndo}) {
        if (*undo && !(*undo)->before.contains(key))
            (*undo)->before.insert(key, r);
    }
    if (!m_dirtySet.contains(key)) {
        m_dirtySet.insert(key);
        m_dirty.append(key);
    }
}

// A state change's expectations (declared with its table in the sync catalogue): each names a
// value of the row (the run a void voids) and what must still hold of it. Checked against
// PostgreSQL and against what this batch wrote before the entry (not in PostgreSQL yet). False:
// an expectation the table does not declare, or a failed statement.
bool Batch::stale(const Core::SyncEntity &declared, const QJsonObject &expect, const QString &rowId, bool *isStale)
{
    for (auto it = expect.begin(); it != expect.end(); ++it) {
        const auto x = std::find_if(declared.expectations.cbegin(), declared.expectations.cend(),
                                    [&](const Core::SyncExpectation &d) { return d.name == it.key(); });
        const QString value = it.value().toString();
        if (x == declared.expectations.cend() || value.isEmpty())
            return false;
        for (const auto &n : x->noOther) {
            if (!anotherExists(n, value, rowId, isStale))
                return false;
        }
        for (const auto &n : x->nothingLater) {
            if (!paidLater(n, value, isStale))
                return false;
        }
    }
    return true;
}

// Another live row of x.entity with x.column = value and x.match (a second void of the run).
bool Batch::anotherExists(const Core::SyncExpectation::NoOther &x, const QString &value, const QString &rowId,
                          bool *isStale)
{
    QString sql = u"SELECT EXISTS (SELECT 1 FROM sync_rows WHERE entity = %1 AND data->>%2 = ? AND NOT deleted"
                  u" AND id <> ?"_s.arg(sqlLiteral(x.entity), sqlLiteral(x.column));
    for (const auto &m : x.match)
        sql += u" AND data->>%1 = ?"_s.arg(sqlLiteral(m.first));
    QSqlQuery check(m_db);
    check.prepare(sql + u')');
    check.addBindValue(value);
    check.addBindValue(rowId);
    for (const auto &m : x.match)
        check.addBindValue(m.second);
    if (!check.exec() || !check.next())
        return logged(check);
    if (check.value(0).toBool())
        *isStale = true;
    const auto matches = [&](const Row &r) {
        return std::all_of(x.match.cbegin(), x.match.cend(),
                           [&](const auto &m) { return r.data.value(m.first).toString() == m.second; });
    };
    for (const QString &key : std::as_const(m_dirty)) {
        const Row &r = m_rows[key];
        if (r.entity == x.entity && r.id != rowId && !r.deleted && r.data.value(x.column).toString() == value
            && matches(r))
            *isStale = true;
    }
    return true;
}

// Rows of x.entity (allocations) naming, through x.link, a row of x.linkEntity (a bill) whose
// x.linkColumn is `value` (the run), stamped after `value`'s row of x.subject: paid later, as the
// desktop sees it (BillRunService::voidRun). Their stamp is that of their x.stampRef row (the
// payment) when the server has it.
bool Batch::paidLater(const Core::SyncExpectation::NothingLater &x, const QString &value, bool *isStale)
{
    QSqlQuery check(m_db);
    check.prepare(u"SELECT coalesce((SELECT sum((a.data->>%1)::bigint) FROM sync_rows b"
                  u" JOIN sync_rows a ON a.entity = %2 AND a.data->>%3 = b.id"
                  u" JOIN sync_rows r ON r.entity = %4 AND r.id = ?"
                  u" LEFT JOIN sync_rows p ON p.entity = %5 AND p.id = a.data->>%6"
                  u" WHERE b.entity = %7 AND b.data->>%8 = ? AND NOT a.deleted"
                  u" AND coalesce(p.hlc, a.hlc) > r.hlc), 0)"_s.arg(
                      sqlLiteral(x.amount), sqlLiteral(x.entity), sqlLiteral(x.link), sqlLiteral(x.subject),
                      sqlLiteral(x.stampEntity), sqlLiteral(x.stampRef), sqlLiteral(x.linkEntity),
                      sqlLiteral(x.linkColumn)));
    check.addBindValue(value);
    check.addBindValue(value);
    if (!check.exec() || !check.next())
        return logged(check);
    qint64 paid = check.value(0).toLongLong();
    // Copies: row() may add to the hash.
    const auto copyOf = [this](const QString &entity, const QString &id) {
        return row(entity, id) ? m_rows.value(keyOf(entity, id)) : Row();
    };
    for (const QString &key : QStringList(m_dirty)) {
        const Row r = m_rows.value(key);
        if (r.entity != x.entity || r.deleted)
            continue;
        const Row subject = copyOf(x.subject, value);
        const Row link = copyOf(x.linkEntity, r.data.value(x.link).toString());
        const Row stamp = copyOf(x.stampEntity, r.data.value(x.stampRef).toString());
        const QString at = stamp.exists ? stamp.hlc : r.hlc;
        if (subject.exists && link.exists && link.data.value(x.linkColumn).toString() == value && at > subject.hlc)
            paid += r.data.value(x.amount).toInteger();
    }
    if (paid > 0)
        *isStale = true;
    return true;
}

// A refusal of the whole batch because of entry `c`: the body names the entry's seq.
SyncError refusal(const Change &c, SyncError::Kind kind, const QString &code, const QString &message)
{
    return {kind, code, message, {{u"seq"_s, c.seq}}};
}

Refusal Batch::applyOne(const QJsonObject &e, const QString &op, QJsonObject &result)
{
    const Change c{.entity = e.value(u"entity"_s).toString(),
                   .rowId = e.value(u"row_id"_s).toString(),
                   .hlc = e.value(u"hlc"_s).toString(),
                   .op = op,
                   .seq = e.value(u"seq"_s).toInteger(),
                   .incoming = e.value(op == u"insert" ? u"row"_s : u"fields"_s).toObject()};
    QVariant compound;
    if (Refusal refused = admit(c, &compound))
        return refused;
    // A state change carries the state it expects; a stale one is refused, and the desktop shows
    // it as a conflict (docs/sync-protocol.md, "Merge rules").
    if (const QJsonObject expect = e.value(u"expect"_s).toObject(); !expect.isEmpty()) {
        bool isStale = false;
        if (!stale(*m_catalogue.find(c.entity), expect, c.rowId, &isStale))
            return refusal(c, SyncError::Kind::BadRequest, u"bad_request"_s, u"an unknown expectation"_s);
        if (isStale) {
            result.insert(u"result"_s, u"rejected"_s);
            result.insert(u"reason"_s, u"stale_state"_s);
            return {};
        }
    }
    Row &r = m_rows[keyOf(c.entity, c.rowId)];
    Applied applied;
    if (m_catalogue.isInsertOnly(c.entity) || (op == u"insert" && !r.exists))
        applied = insertOnce(r, c);
    else if (op == u"tombstone")
        applied = tombstone(r, c);
    else if (op == u"upsert" || op == u"insert")
        applied = mergeFields(r, c, e.value(u"base_hlc"_s).toString(), compound);
    else
        return refusal(c, SyncError::Kind::BadRequest, u"bad_request"_s, u"unknown op %1"_s.arg(op));
    if (applied.changed) {
        r.exists = true;
        r.hlc = qMax(r.hlc, c.hlc);
        r.originDevice = m_device;
        r.compound = compound;
        m_log.append({keyOf(c.entity, c.rowId), r.hlc});
    }
    if (!applied.reason.isEmpty())
        result.insert(u"reason"_s, applied.reason);
    result.insert(u"result"_s, applied.outcome);
    return {};
}

// The entry names a row; the user's role may write this kind of row, for a compound in the
// user's scope (`compound`, as the row will be): else nothing of the batch is applied (a client
// never sends such a row by mistake).
Refusal Batch::admit(const Change &c, QVariant *compound)
{
    using Kind = SyncError::Kind;
    if (c.entity.isEmpty() || c.rowId.isEmpty() || c.hlc.isEmpty())
        return refusal(c, Kind::BadRequest, u"bad_request"_s, u"an entry lacks entity, row_id or hlc"_s);
    // (Looked up again by the caller: reading parents may add rows to the hash and move this one.)
    if (!row(c.entity, c.rowId))
        return refusal(c, Kind::Unavailable, u"unavailable"_s, u"the server cannot take changes just now"_s);
    const auto role = Core::roleFromCode(m_user.role);
    const auto needed = permissionToWrite(m_catalogue, c.entity);
    if (!role || !needed || !Core::roleHas(*role, *needed))
        return refusal(c, Kind::Forbidden, u"not_permitted"_s, u"the user's role may not write %1"_s.arg(c.entity));
    QJsonObject merged = m_rows[keyOf(c.entity, c.rowId)].data;
    for (auto it = c.incoming.begin(); it != c.incoming.end(); ++it)
        merged.insert(it.key(), it.value());
    *compound = compoundOf(c.entity, c.rowId, merged);
    const bool everywhere = m_user.scope.contains(u"*"_s);
    if (!everywhere && !compound->isNull() && !m_user.scope.contains(compound->toString()))
        return refusal(c, Kind::Forbidden, u"outside_scope"_s, u"a change outside the user's compounds"_s);
    return {};
}

// A row written once (an insert-only table, or a new row): taken when new; the same row sent
// again changes nothing; anything else is rejected.
Applied Batch::insertOnce(Row &r, const Change &c)
{
    Applied a;
    if (r.exists) {
        a.changed = false;
        if (c.op != u"insert")
            a.outcome = u"rejected"_s, a.reason = u"not_mergeable"_s;
        else if (r.data != c.incoming)
            a.outcome = u"rejected"_s, a.reason = u"id_reused"_s;
        return a;
    }
    touch(r);
    r.data = c.incoming;
    for (auto it = c.incoming.begin(); it != c.incoming.end(); ++it) {
        r.fieldHlc.insert(it.key(), c.hlc);
        r.fieldDevice.insert(it.key(), m_device);
    }
    return a;
}

Applied Batch::tombstone(Row &r, const Change &c)
{
    Applied a;
    a.changed = !r.deleted && c.hlc > r.hlc;
    if (a.changed) {
        touch(r);
        r.deleted = true;
    }
    return a;
}

// Field by field. (A merged row inserted again, by another office: its fields against what is
// there, as a change made without seeing any of it.)
Applied Batch::mergeFields(Row &r, const Change &c, const QString &baseHlc, const QVariant &compound)
{
    touch(r);
    Applied a;
    for (auto it = c.incoming.begin(); it != c.incoming.end(); ++it) {
        const QString stored = r.fieldHlc.value(it.key()).toString();
        const QString storedDevice = r.fieldDevice.value(it.key()).toString(r.originDevice);
        if (r.data.contains(it.key()) && r.data.value(it.key()) == it.value())
            continue; // the value is there already
        // Changed on top of the value the server has: applies. Changed without having seen a
        // newer value: the later stamp wins, the other value is kept for staff to review.
        const bool concurrent = !stored.isEmpty() && stored > baseHlc;
        const bool wins = !concurrent || c.hlc > stored;
        if (concurrent)
            m_conflicts.append({c.entity, c.rowId, it.key(), wins ? it.value() : r.data.value(it.key()),
                                wins ? r.data.value(it.key()) : it.value(), wins ? c.hlc : stored,
                                wins ? stored : c.hlc, wins ? m_device : storedDevice, wins ? storedDevice : m_device,
                                compound});
        if (wins) {
            r.data.insert(it.key(), it.value());
            r.fieldHlc.insert(it.key(), c.hlc);
            r.fieldDevice.insert(it.key(), m_device);
        } else {
            a.outcome = u"merged"_s;
        }
    }
    return a;
}

Refusal Batch::apply(const QJsonObject &e, QJsonObject &result)
{
    result = QJsonObject{{u"seq"_s, e.value(u"seq"_s)}};
    const bool withChildren = !e.value(u"children"_s).toObject().isEmpty();
    if (withChildren)
        m_undo = Undo{{}, m_log.size(), m_conflicts.size(), m_dirty.size()};
    if (Refusal refused = applyOne(e, e.value(u"op"_s).toString(), result))
        return refused;
    if (withChildren) {
        if (Refusal refused = applyChildren(e, result))
            return refused;
    }
    if (m_undo && result.value(u"result"_s) == u"rejected"_s)
        rollBack(*m_undo);
    m_undo.reset();
    return {};
}

// An entry with children (a bill run with its bills, lines, ledger charges and allocations) is
// applied whole or not at all, in the order its table declares them — parents first, so the
// change log (and every device that pulls it) has them in that order — then any others.
Refusal Batch::applyChildren(const QJsonObject &e, QJsonObject &result)
{
    const QJsonObject children = e.value(u"children"_s).toObject();
    QStringList order;
    if (const Core::SyncEntity *declared = m_catalogue.find(e.value(u"entity"_s).toString())) {
        for (const Core::SyncChild &c : declared->children)
            order.append(c.entity);
    }
    for (const QString &k : children.keys()) {
        if (!order.contains(k))
            order.append(k);
    }
    for (const QString &table : std::as_const(order)) {
        if (result.value(u"result"_s) == u"rejected"_s)
            break;
        for (const QJsonValue &childRow : children.value(table).toArray()) {
            QJsonObject data = childRow.toObject();
            const QString id = data.take(u"id"_s).toString();
            QJsonObject childResult{{u"seq"_s, e.value(u"seq"_s)}};
            if (Refusal refused = applyOne(QJsonObject{{u"seq"_s, e.value(u"seq"_s)},
                                                       {u"entity"_s, table},
                                                       {u"row_id"_s, id},
                                                       {u"hlc"_s, e.value(u"hlc"_s)},
                                                       {u"row"_s, data}},
                                           u"insert"_s, childResult))
                return refused;
            if (childResult.value(u"result"_s) == u"rejected"_s) {
                result = childResult;
                break;
            }
        }
    }
    return {};
}

bool Batch::write()
{
    // Rows changed, in the order of their last change: each gets the next position then (a pull
    // reads them in that order). A few hundred rows a statement.
    QHash<QString, qsizetype> lastChange;
    for (qsizetype i = 0; i < m_log.size(); ++i)
        lastChange.insert(m_log.at(i).first, i);
    QStringList changed = lastChange.keys();
    std::sort(changed.begin(), changed.end(),
              [&](const QString &a, const QString &b) { return lastChange.value(a) < lastChange.value(b); });
    // Each column as one array: PostgreSQL parses nine values a statement, not nine a row.
    const auto element = [](QString text, QString &out) {
        out += u'"';
        out += text.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
        out += u'"';
    };
    constexpr int Chunk = 1000;
    for (qsizetype start = 0; start < changed.size(); start += Chunk) {
        const qsizetype n = qMin<qsizetype>(Chunk, changed.size() - start);
        QList<QString> columns(9, QString(u'{'));
        for (qsizetype i = start; i < start + n; ++i) {
            const Row &r = m_rows[changed.at(i)];
            if (i > start) {
                for (QString &c : columns)
                    c += u',';
            }
            element(r.entity, columns[0]);
            element(r.id, columns[1]);
            element(jsonText(r.data), columns[2]);
            element(jsonText(r.fieldHlc), columns[3]);
            element(r.hlc, columns[4]);
            element(r.originDevice, columns[5]);
            columns[6] += r.deleted ? u"t"_s : u"f"_s;
            if (r.compound.isNull())
                columns[7] += u"NULL"_s;
            else
                element(r.compound.toString(), columns[7]);
            element(jsonText(r.fieldDevice), columns[8]);
        }
        QSqlQuery q(m_db);
        // unnest gives the rows in the arrays' order, so positions follow the order of the changes.
        q.prepare(u"INSERT INTO sync_rows (entity, id, data, field_hlc, hlc, origin_device, deleted, compound_id,"
                  u" field_device, pos) SELECT u.*, nextval('sync_pos') FROM unnest(?::text[], ?::text[], ?::jsonb[],"
                  u" ?::jsonb[], ?::text[], ?::text[], ?::boolean[], ?::text[], ?::jsonb[]) AS u"
                  u" ON CONFLICT (entity, id) DO UPDATE SET data = excluded.data, field_hlc = excluded.field_hlc,"
                  u" field_device = excluded.field_device, hlc = excluded.hlc,"
                  u" origin_device = excluded.origin_device, deleted = excluded.deleted,"
                  u" compound_id = excluded.compound_id, pos = excluded.pos, changed_at = now()"_s);
        for (QString &c : columns) {
            c += u'}';
            q.addBindValue(c);
        }
        if (!q.exec())
            return logged(q);
    }
    // Conflicts: kept, and sent as rows to the devices of the compound.
    for (const Conflict &c : std::as_const(m_conflicts)) {
        QSqlQuery q(m_db);
        q.prepare(u"INSERT INTO conflicts (entity, row_id, field, winner_value, loser_value, winner_hlc, loser_hlc,"
                  u" winner_device, loser_device) VALUES (?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?) RETURNING id, at"_s);
        for (const QVariant &v :
             {QVariant(c.entity), QVariant(c.rowId), QVariant(c.field), QVariant(jsonValueText(c.winner)),
              QVariant(jsonValueText(c.loser)), QVariant(c.winnerHlc), QVariant(c.loserHlc), QVariant(c.winnerDevice),
              QVariant(c.loserDevice)})
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return logged(q);
        if (!logConflict(m_db, q.value(0).toLongLong(), c.entity, c.rowId, c.field, c.winner, c.loser, c.winnerDevice,
                         c.loserDevice, q.value(1).toDateTime().toMSecsSinceEpoch(), c.compound.toString()))
            return false;
    }
    return true;
}

// What can be refused before PostgreSQL is asked: the batch's shape, and the clocks.
Refusal checkBatch(const QString &deviceId, const QJsonObject &batch, qint64 nowMs)
{
    constexpr qint64 SkewMs = 5 * 60 * 1000;
    const qint64 from = batch.value(u"from_seq"_s).toInteger();
    const qint64 to = batch.value(u"to_seq"_s).toInteger();
    const QJsonArray entries = batch.value(u"entries"_s).toArray();
    // More than 1,000 entries only as one group (a run void and a reversal for each of its bills).
    if (batch.value(u"device_id"_s).toString() != deviceId || from <= 0 || to < from || entries.size() != to - from + 1
        || (entries.size() > 1000 && !isOneGroup(entries)))
        return pushBadRequest(u"a batch is this device's entries from_seq..to_seq, at most 1,000 or one group"_s);
    const auto skew = [](const QString &message) {
        return SyncError{SyncError::Kind::ClockSkew, u"clock_skew"_s, message, {}};
    };
    if (qAbs(batch.value(u"client_now_ms"_s).toInteger() - nowMs) > SkewMs)
        return skew(u"this computer's clock is more than 5 minutes off the server's"_s);
    for (const QJsonValue &v : entries) {
        if (hlcMs(v.toObject().value(u"hlc"_s).toString()) > nowMs + SkewMs)
            return skew(u"a change is stamped in the future"_s);
    }
    return std::nullopt;
}

// The answer stored for a batch sent before (a retry, or a duplicate on the way), if it was.
std::optional<QJsonObject> storedAnswer(QSqlDatabase d, const QString &deviceId, qint64 from, qint64 to)
{
    QSqlQuery stored(d);
    stored.prepare(u"SELECT answer::text FROM push_batches WHERE device_id = ?::uuid AND to_seq = ?"
                   u" AND from_seq = ?"_s);
    stored.addBindValue(deviceId);
    stored.addBindValue(to);
    stored.addBindValue(from);
    if (stored.exec() && stored.next())
        return QJsonDocument::fromJson(stored.value(0).toString().toUtf8()).object();
    return std::nullopt;
}

// Applies the entries in order, each answered in the array. A group (docs/sync-protocol.md,
// "Groups") is taken whole or refused whole: once one of its entries is refused, what the group
// changed is put back and every entry of it answers so.
Outcome<QJsonArray> applyEntries(Batch &work, const QJsonArray &entries)
{
    QJsonArray results;
    qint64 group = 0;
    qsizetype groupStart = 0;
    QString groupRefusal;
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        const qint64 seq = e.value(u"seq"_s).toInteger();
        const qint64 g = e.value(u"group"_s).toInteger();
        if (g != group) {
            if (g != 0 && g != seq)
                return pushBadRequest(u"a group starts at its first entry"_s);
            work.endGroup();
            group = g;
            groupStart = results.size();
            groupRefusal.clear();
            if (group != 0)
                work.beginGroup();
        }
        if (group != 0 && !groupRefusal.isEmpty()) {
            results.append(QJsonObject{{u"seq"_s, seq}, {u"result"_s, u"rejected"_s}, {u"reason"_s, groupRefusal}});
            continue;
        }
        QJsonObject result;
        if (Refusal refused = work.apply(e, result))
            return *refused;
        if (group != 0 && result.value(u"result"_s) == u"rejected"_s) {
            groupRefusal = result.value(u"reason"_s).toString();
            work.refuseGroup();
            for (qsizetype i = groupStart; i < results.size(); ++i) {
                QJsonObject earlier = results.at(i).toObject();
                earlier.insert(u"result"_s, u"rejected"_s);
                earlier.insert(u"reason"_s, groupRefusal);
                results.replace(i, earlier);
            }
        }
        results.append(result);
    }
    work.endGroup();
    return results;
}

// The device's last sequence and the answer, kept with the batch: a retry gets the same answer.
bool recordBatch(QSqlDatabase d, const QString &deviceId, qint64 from, qint64 to, const QJsonObject &reply)
{
    QSqlQuery done(d);
    done.prepare(u"UPDATE devices SET last_seq = ? WHERE id = ?::uuid"_s);
    done.addBindValue(to);
    done.addBindValue(deviceId);
    QSqlQuery keep(d);
    keep.prepare(u"INSERT INTO push_batches (device_id, from_seq, to_seq, answer) VALUES (?::uuid, ?, ?, ?::jsonb)"_s);
    keep.addBindValue(deviceId);
    keep.addBindValue(from);
    keep.addBindValue(to);
    keep.addBindValue(jsonText(reply));
    return done.exec() && keep.exec();
}

// Inside the push's transaction: the batch against the device's last sequence, then applied
// under the push lock and written.
Outcome<QJsonObject> applyBatch(QSqlDatabase d, const Core::SyncCatalogue &catalogue, const QString &deviceId,
                                const ServerDb::UserSession &user, const QJsonObject &batch)
{
    const qint64 from = batch.value(u"from_seq"_s).toInteger();
    const qint64 to = batch.value(u"to_seq"_s).toInteger();
    QSqlQuery device(d);
    device.prepare(u"SELECT last_seq FROM devices WHERE id = ?::uuid FOR UPDATE"_s);
    device.addBindValue(deviceId);
    if (!device.exec() || !device.next())
        return pushUnavailable();
    const qint64 last = device.value(0).toLongLong();
    // Sent before: the same answer, nothing applied again.
    if (to <= last) {
        if (std::optional<QJsonObject> stored = storedAnswer(d, deviceId, from, to))
            return *stored;
    }
    if (from != last + 1)
        return SyncError{SyncError::Kind::SequenceGap,
                         u"sequence_gap"_s,
                         u"send again from last_seq + 1"_s,
                         {{u"last_seq"_s, last}}};
    // Positions in the change log are handed out in commit order: one writer at a time.
    QSqlQuery lock(d);
    if (!lock.exec(u"SELECT pg_advisory_xact_lock(4242)"_s))
        return pushUnavailable();
    const QJsonArray entries = batch.value(u"entries"_s).toArray();
    Batch work(d, deviceId, user, catalogue);
    if (!work.prefetch(entries))
        return pushUnavailable();
    const Outcome<QJsonArray> results = applyEntries(work, entries);
    if (const SyncError *refused = refusalOf(results))
        return *refused;
    if (!work.write())
        return pushUnavailable();
    const QJsonObject reply{{u"from_seq"_s, from}, {u"to_seq"_s, to}, {u"entries"_s, std::get<QJsonArray>(results)}};
    if (!recordBatch(d, deviceId, from, to, reply))
        return pushUnavailable();
    return reply;
}

} // namespace

Outcome<QJsonObject> ServerDb::push(const QString &deviceId, const UserSession &user, const QJsonObject &batch,
                                    qint64 nowMs)
{
    if (Refusal refused = checkBatch(deviceId, batch, nowMs))
        return *refused;
    QSqlDatabase d = db();
    if (!d.transaction())
        return pushUnavailable();
    Outcome<QJsonObject> answer = applyBatch(d, m_catalogue, deviceId, user, batch);
    if (!refusalOf(answer) && d.commit())
        return answer;
    d.rollback();
    return refusalOf(answer) ? answer : pushUnavailable();
}

} // namespace Linli::Server
