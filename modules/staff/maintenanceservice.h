#pragma once

#include <core/actor.h>
#include <storage/auditlog.h>

namespace Linli::Storage {
class Connection;
class Store;
} // namespace Linli::Storage

namespace Linli::Staff {

// An entry of the audit log as the staff services hand it out.
using AuditEntry = Storage::AuditEntry;
// "backup" → "Backup" in the current language.
QString auditActionDisplayName(const QString &action);

// Backup, checks, the audit trail and the bookkeeping of exports.
class MaintenanceService
{
public:
    explicit MaintenanceService(Storage::Store &store) : m_store(store) {}

    Status backup(const Core::Actor &actor, const QString &outPath);

    struct Report
    {
        QStringList integrityProblems; // empty = sound
        Storage::AuditLog::Verification audit;
        QString cipherVersion;
        bool ok() const { return integrityProblems.isEmpty() && audit.ok(); }
    };
    // Database integrity and the audit chain; audited.
    Result<Report> verify(const Core::Actor &actor);

    Result<QList<Storage::AuditEntry>> auditEntries(const Core::Actor &actor, qint64 fromMs, qint64 toMs) const;
    // Every export and printout of data is recorded: what, where, how many rows.
    Status recordExport(const Core::Actor &actor, const QString &what, const QString &destination, qint64 rows);

    struct Overview
    {
        qint64 activeUsers = 0;
        qint64 auditEntries = 0;
        qint64 auditEntriesToday = 0;
        qint64 pendingSyncChanges = 0;
        qint64 databaseBytes = 0;
        qint64 lastBackupMs = 0; // 0 = never
        qint64 failedSignInsLast7Days = 0;
    };
    Result<Overview> overview() const;
    // The same on any connection to the database at `path` (e.g. one of a worker thread, so a
    // window never waits for counts over a big database).
    static Result<Overview> overviewOf(Storage::Connection &connection, qint64 nowMs, const QString &path);

private:
    Storage::Store &m_store;
};

} // namespace Linli::Staff
