#include "maintenanceservice.h"

#include "stafftr.h"

#include <core/clock.h>
#include <storage/backup.h>
#include <storage/outbox.h>
#include <storage/transaction.h>

#include <QtCore/QFileInfo>
#include <QtCore/QJsonObject>

using namespace Qt::StringLiterals;

namespace Linli::Staff {

QString auditActionDisplayName(const QString &action)
{
    return Storage::AuditLog::actionDisplayName(action);
}

Status MaintenanceService::backup(const Core::Actor &actor, const QString &outPath)
{
    if (auto s = actor.require(Core::Permission::BackupRestore); !s)
        return s;
    if (auto s = Storage::Backup::create(m_store, outPath); !s)
        return s;
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    if (auto s = Storage::AuditLog::append(m_store, actor.username, u"backup"_s, QFileInfo(outPath).fileName(),
                                           {{u"bytes"_s, QFileInfo(outPath).size()}});
        !s)
        return s;
    return tx.commit();
}

Result<MaintenanceService::Report> MaintenanceService::verify(const Core::Actor &actor)
{
    Report report;
    report.cipherVersion = m_store.connection().cipherVersion();
    auto problems = m_store.integrityProblems();
    if (!problems)
        return problems.error();
    report.integrityProblems = *problems;
    if (!problems->isEmpty())
        m_store.connection().markDamaged(); // found by reading, not by a failed read: still never written
    auto chain = Storage::AuditLog::verify(m_store.connection());
    if (!chain)
        return chain.error();
    report.audit = *chain;
    if (report.ok()) {
        // Only a sound database gets a new entry; a broken chain must stay as found.
        Storage::Transaction tx(m_store.connection());
        if (tx.isActive()) {
            (void)Storage::AuditLog::append(m_store, actor.username, u"verify"_s, {},
                                            {{u"entries"_s, report.audit.entries}});
            (void)tx.commit();
        }
    }
    return report;
}

Result<QList<Storage::AuditEntry>> MaintenanceService::auditEntries(const Core::Actor &actor, qint64 fromMs,
                                                                    qint64 toMs) const
{
    if (auto s = actor.require(Core::Permission::ViewAuditLog); !s)
        return s.error();
    return Storage::AuditLog::query(m_store.connection(), fromMs, toMs);
}

Status MaintenanceService::recordExport(const Core::Actor &actor, const QString &what, const QString &destination,
                                        qint64 rows)
{
    if (auto s = actor.require(Core::Permission::ExportData); !s)
        return s;
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    if (auto s = Storage::AuditLog::append(m_store, actor.username, u"export"_s, what,
                                           {{u"file"_s, QFileInfo(destination).fileName()}, {u"rows"_s, rows}});
        !s)
        return s;
    return tx.commit();
}

Result<MaintenanceService::Overview> MaintenanceService::overview() const
{
    return overviewOf(m_store.connection(), m_store.clock().nowMs(), m_store.path());
}

Result<MaintenanceService::Overview> MaintenanceService::overviewOf(Storage::Connection &c, qint64 now,
                                                                    const QString &path)
{
    Overview o;
    const QDateTime startOfDay = QDateTime(QDateTime::fromMSecsSinceEpoch(now).date(), QTime(0, 0));
    struct Q
    {
        qint64 *out;
        QString sql;
        QVariantList params;
    };
    const QList<Q> queries = {
        {&o.activeUsers, u"SELECT count(*) FROM staff_users WHERE active = 1"_s, {}},
        {&o.auditEntries, u"SELECT count(*) FROM audit_log"_s, {}},
        {&o.auditEntriesToday, u"SELECT count(*) FROM audit_log WHERE at >= ?"_s, {startOfDay.toMSecsSinceEpoch()}},
        {&o.pendingSyncChanges, u"SELECT count(*) FROM sync_outbox"_s, {}},
        {&o.lastBackupMs, u"SELECT coalesce(max(at), 0) FROM audit_log WHERE action = 'backup'"_s, {}},
        {&o.failedSignInsLast7Days,
         u"SELECT count(*) FROM audit_log WHERE action = 'login.failed' AND at >= ?"_s,
         {now - 7ll * 24 * 3600 * 1000}},
    };
    for (const Q &q : queries) {
        auto v = c.scalar(q.sql, q.params);
        if (!v)
            return v.error();
        *q.out = v->toLongLong();
    }
    o.databaseBytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    return o;
}

} // namespace Linli::Staff
