// SyncEngine::pull — what changed on the server, a page at a time, each page and the cursor after
// it in one local transaction (docs/sync-protocol.md, "Pull").
#include "syncengine.h"
#include "synctr.h"

#include <storage/connection.h>
#include <storage/transaction.h>

#include <QtCore/QElapsedTimer>
#include <QtCore/QEventLoop>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QThread>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace Linli::Sync {

namespace {

QVariant valueOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return qint64(v.toBool() ? 1 : 0);
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return qint64(d);
        return d;
    }
    case QJsonValue::String: return v.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined: return QVariant(QMetaType(QMetaType::QString)); // NULL
    default: return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
}

// valueOf, bound straight from the JSON (no QVariant: a first pull binds millions of values).
Status bindJson(Storage::Statement &st, int index, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return st.bindInt64(index, v.toBool() ? 1 : 0);
    case QJsonValue::String: return st.bindText(index, v.toString().toUtf8());
    default: return st.bind(index, valueOf(v));
    }
}

QString jsonText(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// The row model's own columns, written from the pulled row's envelope, never from its data.
bool stampColumn(const QString &name)
{
    return name == u"id" || name == u"hlc" || name == u"origin_device" || name == u"deleted";
}

// One page asked for on a thread of its own; take() waits for it.
class PageFetch
{
public:
    PageFetch(const Caller &caller, int limit) : m_caller(caller), m_limit(limit) {}
    ~PageFetch()
    {
        if (m_thread)
            m_thread->wait();
    }
    bool started() const { return m_thread != nullptr; }
    void start(const QString &cursor)
    {
        m_answer = Error(ErrorCode::Internal, QString());
        m_thread.reset(QThread::create([this, cursor] {
            m_answer =
                postJson(m_caller, u"/v1/pull"_s, QJsonObject{{u"cursor"_s, cursor}, {u"limit"_s, m_limit}}, 300000);
        }));
        m_thread->start();
    }
    Result<Answer> take()
    {
        // Waits with this thread's events going on (a caller on the window's thread stays alive).
        if (!m_thread->isFinished()) {
            QEventLoop loop;
            QObject::connect(m_thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
            if (!m_thread->isFinished())
                loop.exec();
        }
        m_thread->wait();
        m_thread.reset();
        return std::move(m_answer);
    }

private:
    const Caller &m_caller;
    int m_limit;
    std::unique_ptr<QThread> m_thread;
    Result<Answer> m_answer = Error(ErrorCode::Internal, QString());
};

} // namespace

// Inserts a pulled row this database has not got, but for the fields in `keep`.
Result<qint64> SyncEngine::insertPulled(const QString &entity, const QJsonObject &data, const QSet<QString> &keep,
                                        const QJsonObject &pulled)
{
    InsertShape &shape = m_shapes[entity];
    bool same = shape.insert && keep.isEmpty() && shape.keys.size() == data.size();
    for (auto it = data.begin(); same && it != data.end(); ++it)
        same = it.key() == shape.keys.at(it - data.begin());
    if (!same) {
        const QSet<QString> &columns = columnSetOf(entity);
        shape.keys = data.keys();
        shape.take.clear();
        QStringList names;
        for (const QString &name : std::as_const(shape.keys)) {
            const bool take = columns.contains(name) && !stampColumn(name) && !keep.contains(name);
            shape.take.append(take);
            if (take)
                names.append(name);
        }
        names << u"id"_s << u"hlc"_s << u"origin_device"_s << u"deleted"_s;
        const QStringList marks(names.size(), u"?"_s);
        auto st = m_c.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(entity, names.join(u", "), marks.join(u", ")));
        if (!st)
            return st.error();
        shape.insert = std::make_shared<Storage::Statement>(std::move(*st));
        if (!keep.isEmpty()) {
            // A shape for one row only: the next row of this kind makes its own.
            shape.keys.clear();
        }
    }
    Storage::Statement &st = *shape.insert;
    int index = 0;
    qsizetype field = 0;
    for (auto it = data.begin(); it != data.end(); ++it, ++field) {
        if (!shape.take.at(field))
            continue;
        if (auto b = bindJson(st, ++index, it.value()); !b)
            return b.error();
    }
    for (auto b : {st.bindText(++index, pulled.value(u"row_id"_s).toString().toUtf8()),
                   st.bindText(++index, pulled.value(u"hlc"_s).toString().toUtf8()),
                   st.bindText(++index, pulled.value(u"origin_device"_s).toString().toUtf8()),
                   st.bindInt64(++index, pulled.value(u"deleted"_s).toBool() ? 1 : 0)}) {
        if (!b)
            return b.error();
    }
    return st.run();
}

// Offline longer than the server keeps deletions: pull everything again. Unsent changes were
// pushed just before and are kept regardless. Every row the full pull brings is noted
// (sync_seen), so that at its end the rows the server no longer has can be marked deleted — even
// if the pull is cut off between pages.
Status SyncEngine::restartPull()
{
    Storage::Transaction restart(m_c);
    if (!restart.isActive())
        return restart.error();
    if (auto s = setState(u"cursor"_s, QString()); !s)
        return s;
    if (auto s = setState(u"resync"_s, u"1"_s); !s)
        return s;
    if (auto r = m_c.execute(u"DELETE FROM sync_seen"_s); !r)
        return r.error();
    return restart.commit();
}

// What this database has not sent yet, entity/id → (op, payload): read once a transaction
// (nothing else writes while it holds the file).
Result<SyncEngine::Unsent> SyncEngine::unsentChanges()
{
    auto rows = m_c.select(u"SELECT entity, row_id, op, payload FROM sync_outbox"_s);
    if (!rows)
        return rows.error();
    Unsent unsent;
    for (const QVariantList &u : std::as_const(*rows))
        unsent[u.at(0).toString() + u'/' + u.at(1).toString()].append({u.at(2).toString(), u.at(3).toString()});
    return unsent;
}

Status SyncEngine::noteSeen(const QJsonArray &rows)
{
    for (const QJsonValue &v : rows) {
        if (auto r = m_c.execute(u"INSERT OR IGNORE INTO sync_seen (entity, id) VALUES (?, ?)"_s,
                                 {v[u"entity"_s].toString(), v[u"row_id"_s].toString()});
            !r)
            return r.error();
    }
    return {};
}

// What this database has of a page's rows (entity/id): a few queries a page rather than one a row.
Result<QSet<QString>> SyncEngine::presentOf(const QJsonArray &rows)
{
    QHash<QString, QStringList> idsOf;
    for (const QJsonValue &v : rows) {
        const QString entity = v[u"entity"_s].toString();
        if (!columnsOf(entity).isEmpty())
            idsOf[entity].append(v[u"row_id"_s].toString());
    }
    QSet<QString> present;
    for (auto it = idsOf.cbegin(); it != idsOf.cend(); ++it) {
        constexpr int Chunk = 500; // SQLite 3.15 takes at most 999 parameters
        for (qsizetype start = 0; start < it->size(); start += Chunk) {
            const QStringList ids = it->mid(start, Chunk);
            const QStringList marks(ids.size(), u"?"_s);
            QVariantList params;
            for (const QString &id : ids)
                params.append(id);
            auto found = m_c.select(u"SELECT id FROM %1 WHERE id IN (%2)"_s.arg(it.key(), marks.join(u',')), params);
            if (!found)
                return found.error();
            for (const QVariantList &f : std::as_const(*found))
                present.insert(it.key() + u'/' + f.at(0).toString());
        }
    }
    return present;
}

// A field two offices changed at once: kept by the server, listed here for staff.
Status SyncEngine::takeConflict(const QString &id, const QJsonObject &data, SyncReport &report)
{
    auto r = m_c.execute(u"INSERT OR IGNORE INTO sync_conflicts (id, kind, entity, row_id, field, kept_value,"
                         u" lost_value, kept_office, lost_office, at) VALUES (?, 'field', ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                         {id, data.value(u"entity"_s).toString(), data.value(u"row_id"_s).toString(),
                          data.value(u"field"_s).toString(), jsonText(data.value(u"winner_value"_s)),
                          jsonText(data.value(u"loser_value"_s)), data.value(u"winner_office"_s).toString(),
                          data.value(u"loser_office"_s).toString(), data.value(u"at_ms"_s).toInteger()});
    if (!r)
        return r.error();
    report.newConflicts += *r;
    return {};
}

// A row this database has: the server's fields over it, but for the ones in `keep`.
Result<qint64> SyncEngine::updatePulled(const QString &entity, const QJsonObject &data, const QSet<QString> &keep,
                                        const QJsonObject &pulled)
{
    const QSet<QString> &columns = columnSetOf(entity);
    QStringList sets;
    QVariantList values;
    values.reserve(data.size() + 4);
    for (auto it = data.begin(); it != data.end(); ++it) {
        const QString name = it.key();
        if (columns.contains(name) && !stampColumn(name) && (keep.isEmpty() || !keep.contains(name))) {
            sets.append(name + u" = ?"_s);
            values.append(valueOf(it.value()));
        }
    }
    sets << u"deleted = ?"_s;
    values << qint64(pulled.value(u"deleted"_s).toBool() ? 1 : 0);
    if (keep.isEmpty()) {
        // The row as the server has it, stamp and all (a later change here is made on top of it).
        sets << u"hlc = ?"_s << u"origin_device = ?"_s;
        values << pulled.value(u"hlc"_s).toString() << pulled.value(u"origin_device"_s).toString();
    }
    values << pulled.value(u"row_id"_s).toString();
    return m_c.execute(u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(entity, sets.join(u", ")), values);
}

// One pulled row into this database, or onto the conflicts list when it cannot be taken.
Status SyncEngine::takeRow(const QJsonObject &pulled, const Unsent &unsent, const QSet<QString> &present,
                           SyncReport &report)
{
    const QString entity = pulled.value(u"entity"_s).toString();
    const QString id = pulled.value(u"row_id"_s).toString();
    const QJsonObject data = pulled.value(u"row"_s).toObject();
    report.highestHlc = qMax(report.highestHlc, pulled.value(u"hlc"_s).toString());
    if (entity == u"sync_conflicts")
        return takeConflict(id, data, report);
    // A kind of row this version of Linli does not have; and rows each office keeps its own (its
    // name on receipts): sent, so the server has them, but not taken.
    const Core::SyncEntity *declared = m_catalogue.find(entity);
    if (!declared || !declared->pulled || columnSetOf(entity).isEmpty())
        return {};
    // Fields with changes of ours not sent yet stay as they are (the push that follows carries
    // them); a new row of ours not sent yet is left alone altogether.
    const QString key = entity + u'/' + id;
    QSet<QString> keep;
    if (const auto changes = unsent.constFind(key); changes != unsent.cend()) {
        for (const auto &[op, payload] : *changes) {
            if (op == u"delete" || payload.isEmpty())
                return {};
            for (const QString &k : QJsonDocument::fromJson(payload.toUtf8()).object().keys())
                keep.insert(k);
        }
    }
    const bool here = present.contains(key);
    if (here && declared->merge == Core::SyncMerge::InsertOnly)
        return {}; // written once; ours or pulled before
    Result<qint64> written = here ? updatePulled(entity, data, keep, pulled) : insertPulled(entity, data, keep, pulled);
    if (written) {
        ++report.pulled;
        return {};
    }
    // This database cannot take the row (most often: the same person, bill or number made at two
    // offices). It is listed for staff, whole, and the pull goes on.
    auto r = m_c.execute(u"INSERT INTO sync_conflicts (id, kind, entity, row_id, reason, payload, at)"
                         u" VALUES (?, 'not_applied', ?, ?, ?, ?, ?)"_s,
                         {newId(), entity, id,
                          written.error().detail().isEmpty() ? written.error().message() : written.error().detail(),
                          QString::fromUtf8(QJsonDocument(pulled).toJson(QJsonDocument::Compact)), m_clock.nowMs()});
    if (!r)
        return r.error();
    ++report.newConflicts;
    return {};
}

// The cursor after a page, and the clock of this database continued after every stamp it saw.
Status SyncEngine::endPage(const QString &cursor, const SyncReport &report)
{
    if (auto s = setState(u"cursor"_s, cursor); !s)
        return s;
    if (report.highestHlc.isEmpty())
        return {};
    auto r = m_c.execute(u"INSERT OR REPLACE INTO linli_meta (key, value) SELECT 'hlc_last', ?"
                         u" WHERE ? > coalesce((SELECT value FROM linli_meta WHERE key = 'hlc_last'), '')"_s,
                         {report.highestHlc, report.highestHlc});
    if (!r)
        return r.error();
    return {};
}

namespace {

// A page may hold a row before the row it refers to (the order is that of each row's latest
// change); references are whole again when the pull ends. Checked per page would refuse them.
// A bigger page cache while pages are written (a first pull writes hundreds of thousands of
// rows into indexes larger than the usual cache). A page and the cursor after it commit
// together, so a page lost to a power cut is simply pulled again: no need to wait for the disk
// at every page (the write-ahead log still keeps the file whole). The usual settings after.
class PullSettings
{
public:
    explicit PullSettings(Storage::Connection &c) : m_c(c) {}
    ~PullSettings()
    {
        (void)m_c.exec(u"PRAGMA foreign_keys = ON"_s);
        (void)m_c.exec(u"PRAGMA cache_size = -32768"_s);
        (void)m_c.exec(u"PRAGMA synchronous = FULL"_s);
    }
    PullSettings(const PullSettings &) = delete;
    PullSettings &operator=(const PullSettings &) = delete;

    Status apply()
    {
        for (const QString &pragma : {u"foreign_keys = OFF"_s, u"cache_size = -65536"_s, u"synchronous = NORMAL"_s}) {
            if (auto s = m_c.exec(u"PRAGMA "_s + pragma); !s)
                return s;
        }
        return {};
    }

private:
    Storage::Connection &m_c;
};

// Pages written back to back share a transaction for up to a second and a half: each commit
// rewrites (and encrypts) every index page the rows touched, and a first pull's random ids
// touch nearly all of them. A transaction still holds whole pages and the cursor after the
// last, so an interrupted pull resumes after the last page committed; other writers on this
// file wait at most that long (busy_timeout is 5 s).
class PageTransaction
{
public:
    explicit PageTransaction(Storage::Connection &c) : m_c(c) {}

    bool isOpen() const { return m_tx.has_value(); }
    bool heldLongEnough() const { return m_tx && m_held.elapsed() >= HoldMs; }
    Status begin()
    {
        m_tx.emplace(m_c);
        if (!m_tx->isActive())
            return m_tx->error();
        m_held.start();
        return {};
    }
    Status commit()
    {
        Status s = m_tx ? m_tx->commit() : Status();
        m_tx.reset();
        return s;
    }

private:
    static constexpr qint64 HoldMs = 1500;
    Storage::Connection &m_c;
    std::optional<Storage::Transaction> m_tx;
    QElapsedTimer m_held;
};

} // namespace

Status SyncEngine::pull(const Caller &caller, SyncReport &report)
{
    PullSettings settings(m_c);
    if (auto s = settings.apply(); !s)
        return s;
    // The next page is asked for while this one is written: the server's and the network's time
    // overlaps this database's.
    PageFetch next(caller, m_pageRows);
    PageTransaction tx(m_c);
    Unsent unsent;
    for (;;) {
        if (!next.started()) {
            auto cursor = state(u"cursor"_s);
            if (!cursor)
                return cursor.error();
            next.start(*cursor);
        }
        if (tx.heldLongEnough()) {
            if (auto s = tx.commit(); !s)
                return s;
        }
        auto answer = next.take();
        if (!answer)
            return answer.error();
        const QJsonObject &body = answer->body;
        if (answer->status == 200 && body.value(u"more"_s).toBool())
            next.start(body.value(u"cursor"_s).toString());
        if (answer->status == 410) {
            report.resynced = true;
            if (auto s = tx.commit(); !s)
                return s;
            if (auto s = restartPull(); !s)
                return s;
            continue;
        }
        if (answer->status != 200)
            return answerError(*answer);
        auto resyncing = state(u"resync"_s);
        if (!resyncing)
            return resyncing.error();
        if (!tx.isOpen()) {
            if (auto s = tx.begin(); !s)
                return s;
            auto changes = unsentChanges();
            if (!changes)
                return changes.error();
            unsent = std::move(*changes);
        }
        if (auto s = takePage(body, unsent, *resyncing == u"1", report); !s)
            return s;
        if (!body.value(u"more"_s).toBool()) {
            if (auto s = tx.commit(); !s)
                return s;
            return *resyncing == u"1" ? finishResync(report) : Status();
        }
    }
}

// A page's rows, then the cursor after them (in the page's transaction).
Status SyncEngine::takePage(const QJsonObject &page, const Unsent &unsent, bool resyncing, SyncReport &report)
{
    const QJsonArray rows = page.value(u"rows"_s).toArray();
    if (resyncing) {
        if (auto s = noteSeen(rows); !s)
            return s;
    }
    auto present = presentOf(rows);
    if (!present)
        return present.error();
    for (const QJsonValue &v : rows) {
        if (auto s = takeRow(v.toObject(), unsent, *present, report); !s)
            return s;
    }
    return endPage(page.value(u"cursor"_s).toString(), report);
}

// The end of a full pull the server asked for: rows this database has that the server no longer
// has (deleted long ago, the deletion forgotten) are marked deleted — but never one with changes
// not sent yet, never a ledger row (those are never deleted), never a built-in one.
Status SyncEngine::finishResync(SyncReport &report)
{
    Storage::Transaction tx(m_c);
    if (!tx.isActive())
        return tx.error();
    for (const Core::SyncEntity &declared : m_catalogue.entities()) {
        const QString &table = declared.table;
        if (columnsOf(table).isEmpty() || declared.merge == Core::SyncMerge::InsertOnly || !declared.pulled)
            continue;
        // (Rows every database is made with — the built-in tags — never travel: not theirs to drop.)
        auto r = m_c.execute(u"UPDATE %1 SET deleted = 1 WHERE deleted = 0 AND origin_device <> 'builtin'"
                             u" AND id NOT IN (SELECT id FROM sync_seen WHERE entity = ?)"
                             u" AND id NOT IN (SELECT row_id FROM sync_outbox WHERE entity = ?)"_s.arg(table),
                             {table, table});
        if (!r)
            return r.error();
        report.pulled += *r;
    }
    if (auto r = m_c.execute(u"DELETE FROM sync_seen"_s); !r)
        return r.error();
    if (auto r = m_c.execute(u"DELETE FROM sync_state WHERE key = 'resync'"_s); !r)
        return r.error();
    return tx.commit();
}

} // namespace Linli::Sync
