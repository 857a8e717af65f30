#pragma once

#include <core/actor.h>
#include <reports/report.h>
#include <storage/auditlog.h>

#include <QtCore/QDate>

namespace Linli::Storage {
class Store;
}

namespace Linli::Staff {

// The staff list with roles and last sign-in, as a printable report.
Result<Reports::Report> staffListReport(Storage::Store &store, const Core::Actor &actor);
// The audit log for [from, to] (whole days, local time), as a printable report.
Result<Reports::Report> auditLogReport(Storage::Store &store, const Core::Actor &actor, QDate from, QDate to);

// The same two reports for the signed-in session (what pages and commands are given).
class StaffReports
{
public:
    explicit StaffReports(Storage::Store &store) : m_store(store) {}

    Result<Reports::Report> staffList(const Core::Actor &actor) const { return staffListReport(m_store, actor); }
    Result<Reports::Report> auditLog(const Core::Actor &actor, QDate from, QDate to) const
    {
        return auditLogReport(m_store, actor, from, to);
    }

private:
    Storage::Store &m_store;
};

// Local-time day boundaries in ms since the epoch: [start of from, start of the day after to).
// An audit entry's details for people: "Role: Auditor; File: x.xlsx" rather than raw JSON.
QString auditDetailsText(const Storage::AuditEntry &entry);

std::pair<qint64, qint64> dayRangeMs(QDate from, QDate to);
QString formatDateTime(qint64 ms);

} // namespace Linli::Staff
