#pragma once

#include <core/actor.h>
#include <core/money.h>
#include <reports/report.h>

#include <QtCore/QDate>
#include <QtCore/QList>
#include <QtCore/QMap>

namespace Linli::Storage {
class Store;
}

namespace Linli::Fees {

// The cash desk's day (收费日报): every receipt issued that day, every receipt voided that day,
// totals by payment method and by clerk. It is checked against the ledger before it is handed
// out: received − voided must equal what the ledger recorded for the day, to the fen.
struct DailyReceipt
{
    QString number;
    QString address;
    QString method; // display name
    QString clerk;
    QDateTime at;
    Core::Money amount;
    bool voidedLater = false; // voided on a later day (still counted on its own day)
};

struct DailyVoid
{
    QString number;
    QString actor;
    QString reason;
    Core::Money amount;
};

struct DailyRefund
{
    QString number;
    QString actor;
    QString reason;
    QString method;
    Core::Money amount;
};

struct DailyReport
{
    QDate day;
    QList<DailyReceipt> receipts;
    QList<DailyVoid> voids;
    QList<DailyRefund> refunds;
    QMap<QString, std::pair<int, Core::Money>> byMethod; // method → (receipts, amount)
    QMap<QString, std::pair<int, Core::Money>> byClerk;
    Core::Money received;
    Core::Money voided;
    Core::Money refunded;
    Core::Money net() const { return Core::Money::fromFen(received.fen() - voided.fen() - refunded.fen()); }
};

// For the cash desk (collect permission) and auditors. Fails (Internal) if the day does not reconcile with the ledger.
Result<DailyReport> dailyReport(Storage::Store &store, const Core::Actor &actor, QDate day);

// The printable report (PDF, XLSX, CSV through the reports module).
Reports::Report dailyReportDocument(const DailyReport &report);

} // namespace Linli::Fees
