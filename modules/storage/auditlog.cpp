#include "auditlog.h"

#include "connection.h"
#include "storagetr.h"
#include "store.h"

#include <core/clock.h>

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonDocument>

namespace Linli::Storage::AuditLog {

namespace {

const QString GenesisHash = QString(64, u'0');

AuditEntry entryFromRow(const QVariantList &r)
{
    AuditEntry e;
    e.seq = r.at(0).toLongLong();
    e.id = r.at(1).toString();
    e.atMs = r.at(2).toLongLong();
    e.actor = r.at(3).toString();
    e.action = r.at(4).toString();
    e.target = r.at(5).toString();
    e.details = r.at(6).toString();
    e.prevHash = r.at(7).toString();
    e.hash = r.at(8).toString();
    return e;
}

const QString Columns = QStringLiteral("seq, id, at, actor, action, target, details, prev_hash, hash");

} // namespace

QString computeHash(const AuditEntry &e)
{
    // Length-prefixed fields: no two different entries serialise to the same bytes.
    QByteArray buf;
    const auto add = [&buf](const QString &s) {
        const QByteArray u = s.toUtf8();
        buf.append(QByteArray::number(u.size())).append(':').append(u).append('\n');
    };
    add(QStringLiteral("linli-audit-v1"));
    add(QString::number(e.seq));
    add(e.id);
    add(QString::number(e.atMs));
    add(e.actor);
    add(e.action);
    add(e.target);
    add(e.details);
    add(e.prevHash);
    return QString::fromLatin1(QCryptographicHash::hash(buf, QCryptographicHash::Sha256).toHex());
}

Status append(Store &store, const QString &actor, const QString &action, const QString &target,
              const QJsonObject &details, qint64 atMs)
{
    Connection &c = store.connection();
    Q_ASSERT_X(c.inTransaction(), "AuditLog::append", "audit entries are written in the use case's transaction");
    auto last = c.select(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return last.error();
    AuditEntry e;
    e.seq = last->isEmpty() ? 1 : last->first().at(0).toLongLong() + 1;
    e.prevHash = last->isEmpty() ? GenesisHash : last->first().at(1).toString();
    e.id = store.newId().toString();
    e.atMs = atMs >= 0 ? atMs : store.clock().nowMs();
    e.actor = actor;
    e.action = action;
    e.target = target;
    e.details =
        details.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    e.hash = computeHash(e);
    auto r =
        c.execute(QStringLiteral("INSERT INTO audit_log (") + Columns + QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?)"),
                  {e.seq, e.id, e.atMs, e.actor, e.action, e.target, e.details, e.prevHash, e.hash});
    if (!r)
        return r.error();
    return {};
}

Result<QList<AuditEntry>> query(Connection &connection, qint64 fromMs, qint64 toMs, int limit)
{
    QString sql =
        QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM audit_log WHERE at >= ? AND at < ? ORDER BY seq");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    auto rows = connection.select(sql, {fromMs, toMs});
    if (!rows)
        return rows.error();
    QList<AuditEntry> out;
    out.reserve(rows->size());
    for (const QVariantList &r : std::as_const(*rows))
        out.append(entryFromRow(r));
    return out;
}

Result<qint64> count(Connection &connection)
{
    auto n = connection.scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<bool> contains(Connection &connection, qint64 atMs, const QString &actor, const QString &action,
                      const QJsonObject &details)
{
    const QString text =
        details.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    auto n = connection.scalar(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE at = ? AND actor = ? AND action = ? AND details = ?"),
        {atMs, actor, action, text});
    if (!n)
        return n.error();
    return n->toLongLong() > 0;
}

Result<Verification> verify(Connection &connection)
{
    auto stmt =
        connection.prepare(QStringLiteral("SELECT ") + Columns + QStringLiteral(" FROM audit_log ORDER BY seq"));
    if (!stmt)
        return stmt.error();
    Verification v;
    QString prev = GenesisHash;
    qint64 expectedSeq = 1;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        QVariantList values;
        for (int i = 0; i < 9; ++i)
            values.append(stmt->value(i));
        const AuditEntry e = entryFromRow(values);
        ++v.entries;
        if (e.seq != expectedSeq) {
            v.firstBrokenSeq = expectedSeq;
            v.problem = Tr::tr("Audit entry %1 is missing (the next entry is %2).").arg(expectedSeq).arg(e.seq);
            return v;
        }
        if (e.prevHash != prev) {
            v.firstBrokenSeq = e.seq;
            v.problem = Tr::tr("Audit entry %1 does not follow entry %2: an entry was removed or replaced.")
                            .arg(e.seq)
                            .arg(e.seq - 1);
            return v;
        }
        if (computeHash(e) != e.hash) {
            v.firstBrokenSeq = e.seq;
            v.problem = Tr::tr("Audit entry %1 (%2, %3) was altered after it was written.")
                            .arg(e.seq)
                            .arg(e.action, QDateTime::fromMSecsSinceEpoch(e.atMs).toString(Qt::ISODate));
            return v;
        }
        prev = e.hash;
        ++expectedSeq;
    }
    return v;
}

QString actionDisplayName(const QString &action)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("database.create"), QT_TRANSLATE_NOOP("Linli::Storage", "Database created")},
        {QStringLiteral("login"), QT_TRANSLATE_NOOP("Linli::Storage", "Signed in")},
        {QStringLiteral("login.recovery"), QT_TRANSLATE_NOOP("Linli::Storage", "Opened with the recovery key")},
        {QStringLiteral("login.failed"), QT_TRANSLATE_NOOP("Linli::Storage", "Failed sign-in")},
        {QStringLiteral("logout"), QT_TRANSLATE_NOOP("Linli::Storage", "Signed out")},
        {QStringLiteral("unlock"), QT_TRANSLATE_NOOP("Linli::Storage", "Unlocked the screen")},
        {QStringLiteral("unlock.failed"), QT_TRANSLATE_NOOP("Linli::Storage", "Failed unlock")},
        {QStringLiteral("user.add"), QT_TRANSLATE_NOOP("Linli::Storage", "Staff account added")},
        {QStringLiteral("user.update"), QT_TRANSLATE_NOOP("Linli::Storage", "Staff account changed")},
        {QStringLiteral("user.disable"), QT_TRANSLATE_NOOP("Linli::Storage", "Staff account disabled")},
        {QStringLiteral("user.reset_password"), QT_TRANSLATE_NOOP("Linli::Storage", "Password reset by administrator")},
        {QStringLiteral("user.change_password"), QT_TRANSLATE_NOOP("Linli::Storage", "Own password changed")},
        {QStringLiteral("settings.change"), QT_TRANSLATE_NOOP("Linli::Storage", "Settings changed")},
        {QStringLiteral("export"), QT_TRANSLATE_NOOP("Linli::Storage", "Data exported")},
        {QStringLiteral("print"), QT_TRANSLATE_NOOP("Linli::Storage", "Report printed")},
        {QStringLiteral("backup"), QT_TRANSLATE_NOOP("Linli::Storage", "Backup made")},
        {QStringLiteral("restore"), QT_TRANSLATE_NOOP("Linli::Storage", "Restored from a backup")},
        {QStringLiteral("salvage"), QT_TRANSLATE_NOOP("Linli::Storage", "Rescued from a damaged database")},
        {QStringLiteral("verify"), QT_TRANSLATE_NOOP("Linli::Storage", "Database checked")},
        {QStringLiteral("registry.compound.add"), QT_TRANSLATE_NOOP("Linli::Storage", "Compound added")},
        {QStringLiteral("registry.building.add"), QT_TRANSLATE_NOOP("Linli::Storage", "Building added")},
        {QStringLiteral("registry.unit.add"), QT_TRANSLATE_NOOP("Linli::Storage", "Unit added")},
        {QStringLiteral("registry.room.add"), QT_TRANSLATE_NOOP("Linli::Storage", "Room added")},
        {QStringLiteral("registry.household.add"), QT_TRANSLATE_NOOP("Linli::Storage", "Household added")},
        {QStringLiteral("registry.resident.add"), QT_TRANSLATE_NOOP("Linli::Storage", "Resident added")},
        {QStringLiteral("registry.resident.edit"), QT_TRANSLATE_NOOP("Linli::Storage", "Resident details corrected")},
        {QStringLiteral("registry.resident.unmask"),
         QT_TRANSLATE_NOOP("Linli::Storage", "Full ID and phone numbers viewed")},
        {QStringLiteral("registry.resident.move_out"), QT_TRANSLATE_NOOP("Linli::Storage", "Move-out recorded")},
        {QStringLiteral("registry.resident.death"), QT_TRANSLATE_NOOP("Linli::Storage", "Death recorded")},
        {QStringLiteral("registry.resident.merge"), QT_TRANSLATE_NOOP("Linli::Storage", "Duplicate records merged")},
        {QStringLiteral("registry.resident.distinct"),
         QT_TRANSLATE_NOOP("Linli::Storage", "Suspected duplicates confirmed as two people")},
        {QStringLiteral("registry.household.head_change"),
         QT_TRANSLATE_NOOP("Linli::Storage", "Head of household changed")},
        {QStringLiteral("registry.household.split"), QT_TRANSLATE_NOOP("Linli::Storage", "Household split")},
        {QStringLiteral("registry.household.merge"), QT_TRANSLATE_NOOP("Linli::Storage", "Households merged")},
        {QStringLiteral("registry.household.edit"),
         QT_TRANSLATE_NOOP("Linli::Storage", "Household tenure or residence changed")},
        {QStringLiteral("registry.import"), QT_TRANSLATE_NOOP("Linli::Storage", "Residents imported")},
        {QStringLiteral("registry.tag.add"), QT_TRANSLATE_NOOP("Linli::Storage", "Tag added")},
        {QStringLiteral("registry.resident.move_household"),
         QT_TRANSLATE_NOOP("Linli::Storage", "Resident moved to another household")},
        {QStringLiteral("registry.demo_data"), QT_TRANSLATE_NOOP("Linli::Storage", "Demo data generated")},
        {QStringLiteral("registry.filter.save"), QT_TRANSLATE_NOOP("Linli::Storage", "Saved filter stored")},
        {QStringLiteral("registry.filter.delete"), QT_TRANSLATE_NOOP("Linli::Storage", "Saved filter deleted")},
    };
    const auto it = names.constFind(action);
    return it == names.cend() ? action : Tr::tr(it.value());
}

} // namespace Linli::Storage::AuditLog
