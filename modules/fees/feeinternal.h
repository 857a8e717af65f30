#pragma once

// Helpers shared by the fees module's source files; not part of its API.

#include "feecalc.h"
#include "feestr.h"
#include "openbill.h"
#include "payments.h"
#include "policies.h"

#include <registry/readmodels.h>
#include <storage/connection.h>
#include <storage/outbox.h>
#include <storage/store.h>

namespace Linli::Fees::Internal {

// Addresses and heads of households, as the registry publishes them.
using Registry::ReadModels::householdAddressSql;
using Registry::ReadModels::householdHeadNameSql;

inline Status requireHousehold(Storage::Store &store, const QString &householdId)
{
    auto n = store.connection().scalar(
        QStringLiteral("SELECT count(*) FROM reg_pub_households WHERE id = ? AND deleted = 0"), {householdId});
    if (!n)
        return n.error();
    if (n->toInt() == 0)
        return Error(ErrorCode::NotFound, Tr::tr("There is no such household."));
    return {};
}

// The ledger entries of the household bound to ?1, as a subquery with fee_ledger's columns.
// Charges are found through the household's bills, period by period (fee_bills_once), and the
// rest by household: no index by household has to take a bill run's charges (schema fees v11).
inline QString householdLedgerSql()
{
    return QStringLiteral(
        "SELECT l.* FROM fee_ledger l WHERE l.household_id = ?1 AND l.kind <> 'charge' AND l.deleted = 0"
        " UNION ALL SELECT l.* FROM fee_bills b JOIN fee_ledger l ON l.bill_id = b.id AND l.bill_id <> ''"
        " WHERE b.period IN (SELECT period FROM fee_bill_runs) AND b.household_id = ?1 AND b.deleted = 0"
        " AND l.kind = 'charge' AND l.deleted = 0");
}

// The household's balance in fen: the sum of its ledger entries (positive: it owes).
inline Result<qint64> ledgerBalance(Storage::Store &store, const QString &householdId)
{
    auto sum = store.connection().scalar(
        QStringLiteral("SELECT coalesce(sum(amount_fen), 0) FROM (%1)").arg(householdLedgerSql()), {householdId});
    if (!sum)
        return sum.error();
    return sum->toLongLong();
}

// This desktop's receipt series: the letter its sync enrolment gave it (linli_meta
// receipt_series), empty before enrolment.
inline Result<QString> receiptSeries(Storage::Store &store)
{
    auto series = store.connection().scalar(
        QStringLiteral("SELECT coalesce((SELECT value FROM linli_meta WHERE key = 'receipt_series'), '')"));
    if (!series)
        return series.error();
    return series->toString();
}

// The next number of the year and series in `table` (fee_receipts, fee_refunds): read inside the
// writing transaction, so writers take turns and no number is skipped or used twice.
inline Result<qint64> nextSequence(Storage::Store &store, const QString &table, int year, const QString &series)
{
    auto last = store.connection().scalar(
        QStringLiteral("SELECT coalesce(max(seq), 0) FROM %1 WHERE year = ? AND series = ? AND deleted = 0").arg(table),
        {year, series});
    if (!last)
        return last.error();
    return last->toLongLong() + 1;
}

// "2026-000123", or "2026-A-000123" in series A; refunds put R before the sequence.
inline QString documentNumber(int year, const QString &series, const QString &prefix, qint64 seq)
{
    return QStringLiteral("%1-%2%3%4")
        .arg(year)
        .arg(series.isEmpty() ? QString() : series + u'-', prefix)
        .arg(seq, 6, 10, QChar(u'0'));
}

// Money that did not come in cash carries its transaction number.
inline Status requireReference(PaymentMethod method, const QString &reference)
{
    if (method != PaymentMethod::Cash && reference.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("Enter the transaction number of a WeChat, Alipay or bank payment."));
    return {};
}

// Undoes what payments paid on bills by adding the same amounts negated; rows are
// (payment id, bill id, net amount in fen). Inside the caller's transaction.
inline Status undoAllocations(Storage::Store &store, const QList<QVariantList> &rows)
{
    for (const QVariantList &a : rows) {
        if (a.at(2).toLongLong() == 0)
            continue;
        if (auto s = Storage::Outbox::insert(store, QStringLiteral("fee_allocations"), store.newId().toString(),
                                             {{QStringLiteral("payment_id"), a.at(0)},
                                              {QStringLiteral("bill_id"), a.at(1)},
                                              {QStringLiteral("amount_fen"), -a.at(2).toLongLong()}});
            !s)
            return s;
    }
    return {};
}

// Money a household paid in advance (payments not voided, not used yet, less what was refunded)
// pays its open bills, oldest first. After a void re-opens a bill, credit the household still has
// must not sit beside a debt. Inside the caller's transaction.
inline Status applyAdvances(Storage::Store &store, const QString &householdId)
{
    auto payments = store.connection().select(
        QStringLiteral("SELECT p.id, p.amount_fen - coalesce((SELECT sum(a.amount_fen) FROM fee_allocations a"
                       "  WHERE a.payment_id = p.id AND a.deleted = 0), 0)"
                       " FROM fee_payments p WHERE p.household_id = ? AND p.deleted = 0"
                       " AND NOT EXISTS (SELECT 1 FROM fee_receipts r JOIN fee_receipt_events e ON e.receipt_id = r.id"
                       "  AND e.kind = 'void' AND e.deleted = 0 WHERE r.payment_id = p.id)"
                       " ORDER BY p.received_at, p.id"),
        {householdId});
    if (!payments)
        return payments.error();
    auto refunded = store.connection().scalar(
        QStringLiteral("SELECT coalesce(sum(amount_fen), 0) FROM fee_refunds WHERE household_id = ? AND deleted = 0"),
        {householdId});
    if (!refunded)
        return refunded.error();
    QList<std::pair<QString, qint64>> unused;
    qint64 available = -refunded->toLongLong();
    for (const QVariantList &p : std::as_const(*payments)) {
        if (p.at(1).toLongLong() > 0) {
            unused.append({p.at(0).toString(), p.at(1).toLongLong()});
            available += p.at(1).toLongLong();
        }
    }
    if (available <= 0)
        return {};
    auto open = PaymentService(store).openBills(householdId);
    if (!open)
        return open.error();
    for (const OpenBill &b : std::as_const(*open)) {
        qint64 owed = b.owed().fen();
        for (auto &[paymentId, left] : unused) {
            const qint64 part = std::min({owed, left, available});
            if (part <= 0)
                continue;
            if (auto s = Storage::Outbox::insert(store, QStringLiteral("fee_allocations"), store.newId().toString(),
                                                 {{QStringLiteral("payment_id"), paymentId},
                                                  {QStringLiteral("bill_id"), b.billId},
                                                  {QStringLiteral("amount_fen"), part}});
                !s)
                return s;
            owed -= part;
            left -= part;
            available -= part;
        }
        if (available <= 0)
            break;
    }
    return {};
}

// The late fee accrued on a bill from its last charge (or the end of its grace days) up to `day`,
// on what is still owed of the bill itself (a payment pays the bill before its late fee), within
// what the cap leaves. `from` is the first day it covers.
struct LateFeeAccrual
{
    Core::Money amount;
    QDate from;
    qint64 principalFen = 0;
};
inline Result<LateFeeAccrual> accruedLateFee(const LateFeePolicy &policy, const OpenBill &bill, QDate day)
{
    LateFeeAccrual out;
    out.principalFen = bill.total.fen() - std::min(bill.total.fen(), bill.paid.fen());
    if (!policy.active() || out.principalFen <= 0 || !bill.due.isValid())
        return out;
    out.from = bill.due.addDays(policy.graceDays);
    if (bill.lateFeeThrough.isValid() && bill.lateFeeThrough > out.from)
        out.from = bill.lateFeeThrough;
    if (out.from >= day)
        return out;
    Core::Money cap;
    if (policy.capBasisPoints > 0) {
        const qint64 capFen = bill.total.fen() * policy.capBasisPoints / 10000 - bill.lateFee.fen();
        if (capFen <= 0)
            return out;
        cap = Core::Money::fromFen(capFen);
    }
    auto fee = lateFee(Core::Money::fromFen(out.principalFen), out.from, 0, day, policy.dailyRatePpm, cap);
    if (!fee)
        return fee.error();
    out.amount = *fee;
    return out;
}

} // namespace Linli::Fees::Internal
