// ServerDb::pull: what changed after a device's cursor, a page at a time — docs/sync-protocol.md.
#include "serverdb.h"
#include "syncrules.h"

#include <core/permission.h>

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtSql/QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace Linli::Server {

namespace {

// A JSON string; the common case (ids, stamps) is plain ASCII and copied as it is.
void appendJsonString(QByteArray &out, const QString &text)
{
    bool plain = true;
    for (QChar c : text)
        plain = plain && c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\';
    if (plain) {
        out += '"';
        out += text.toLatin1();
        out += '"';
    } else {
        out += QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    }
}

// The cursor is opaque to clients: the last position they have, and whether it is part of a
// full pull (one that began with no cursor), encoded.
struct Cursor
{
    qint64 after = 0;
    bool full = true;
};

Outcome<Cursor> parseCursor(const QString &cursor)
{
    if (cursor.isEmpty())
        return Cursor{};
    const QJsonObject c =
        QJsonDocument::fromJson(QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding)).object();
    const Cursor parsed{c.value(QStringLiteral("p")).toInteger(-1), c.value(QStringLiteral("f")).toBool()};
    if (!c.contains(QStringLiteral("p")) || parsed.after < 0)
        return SyncError{SyncError::Kind::BadRequest,
                         QStringLiteral("bad_request"),
                         QStringLiteral("the cursor is not one this server gave"),
                         {}};
    return parsed;
}

SyncError pullUnavailable()
{
    return {SyncError::Kind::Unavailable,
            QStringLiteral("unavailable"),
            QStringLiteral("the server cannot read changes just now"),
            {}};
}

// One row of a page, from its stored JSON.
void appendRow(QByteArray &out, const QSqlQuery &q)
{
    out += "{\"entity\":";
    appendJsonString(out, q.value(1).toString());
    out += ",\"row_id\":";
    appendJsonString(out, q.value(2).toString());
    out += ",\"row\":";
    out += q.value(3).toString().toUtf8();
    out += ",\"hlc\":";
    appendJsonString(out, q.value(4).toString());
    out += ",\"origin_device\":";
    appendJsonString(out, q.value(5).toString());
    out += q.value(6).toBool() ? ",\"deleted\":true}" : ",\"deleted\":false}";
}

// The page written straight from the rows' stored JSON (parsing and writing it again was most
// of a page's time): the rows in scope, the cursor after the last row read, whether there is more.
QByteArray writePage(QSqlQuery &q, int limit, const Cursor &from, qint64 forgotten)
{
    QByteArray out;
    out.reserve(limit * 600);
    out = "{\"rows\":[";
    qint64 last = from.after;
    bool more = false;
    bool first = true;
    int read = 0; // rows this page covers, sent or not
    while (q.next()) {
        if (read++ == limit) {
            more = true;
            break;
        }
        last = q.value(0).toLongLong();
        if (!q.value(7).toBool())
            continue;
        if (!first)
            out += ',';
        first = false;
        appendRow(out, q);
    }
    // At the end, the device has everything up to now: past the forgotten deletions too.
    if (!more)
        last = qMax(last, forgotten);
    QJsonObject nextCursor{{QStringLiteral("p"), last}};
    if (from.full && more)
        nextCursor.insert(QStringLiteral("f"), true);
    const QByteArray next = QJsonDocument(nextCursor).toJson(QJsonDocument::Compact);
    out += "],\"cursor\":\"";
    out += next.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    out += more ? "\",\"more\":true}" : "\",\"more\":false}";
    return out;
}

} // namespace

Outcome<QByteArray> ServerDb::pull(const QStringList &scope, const QString &cursor, int limit)
{
    const Outcome<Cursor> parsed = parseCursor(cursor);
    if (const SyncError *refused = refusalOf(parsed))
        return *refused;
    const Cursor from = std::get<Cursor>(parsed);
    limit = qBound(1, limit, 5000);
    QSqlQuery horizon(db());
    if (!horizon.exec(QStringLiteral("SELECT below_pos FROM sync_horizon")) || !horizon.next())
        return pullUnavailable();
    const qint64 forgotten = horizon.value(0).toLongLong();
    // Deletions after the cursor were forgotten: the device must pull everything again (its unsent
    // changes were pushed just before and are kept). A full pull under way goes on: it sees every
    // row as it is now, and the device marks what it was not given as deleted at its end.
    if (!from.full && from.after < forgotten)
        return SyncError{SyncError::Kind::ResyncRequired,
                         QStringLiteral("resync_required"),
                         QStringLiteral("deletions since this cursor were forgotten; pull from the start"),
                         {}};
    QSqlQuery q(db());
    // The cursor moves over rows outside the scope too (they are simply not sent).
    q.prepare(QStringLiteral("SELECT r.pos, r.entity, r.id, r.data::text, r.hlc, r.origin_device, r.deleted,"
                             " ? OR r.compound_id IS NULL OR r.compound_id = ANY (string_to_array(?, ','))"
                             " FROM sync_rows r WHERE r.pos > ? ORDER BY r.pos LIMIT ?"));
    q.addBindValue(scope.contains(QStringLiteral("*")));
    q.addBindValue(scope.join(u','));
    q.addBindValue(from.after);
    q.addBindValue(limit + 1); // one more than a page says whether there is more
    if (!q.exec())
        return pullUnavailable();
    return writePage(q, limit, from, forgotten);
}

} // namespace Linli::Server
