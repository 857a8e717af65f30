#include "dailyreport.h"

#include "feeinternal.h"
#include "feestr.h"
#include "payments.h"

#include <storage/store.h>

using namespace Qt::StringLiterals;

namespace Linli::Fees {

namespace {

// Unqualified in definitions: lupdate loses the translation context on "Reports::X f(...)".
using Reports::Report;

void add(QMap<QString, std::pair<int, Core::Money>> &totals, const QString &key, Core::Money amount)
{
    auto &[count, sum] = totals[key];
    ++count;
    sum = Core::Money::fromFen(sum.fen() + amount.fen());
}

} // namespace

Result<DailyReport> dailyReport(Storage::Store &store, const Core::Actor &actor, QDate day)
{
    // The cash desk and the auditors (who read everything).
    if (!actor.can(Core::Permission::ViewAuditLog)) {
        if (auto s = actor.require(Core::Permission::CollectFees); !s)
            return s.error();
    }
    if (!day.isValid())
        return Error(ErrorCode::InvalidInput, Tr::tr("Choose the day of the report."));
    const qint64 from = QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 until = QDateTime(day.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    DailyReport out;
    out.day = day;
    auto receipts = store.connection().select(
        u"SELECT r.number, coalesce("_s + Internal::householdAddressSql(u"p.household_id"_s)
            + u", ''),"
              u" p.method, r.issued_by, r.issued_at, r.amount_fen,"
              u" EXISTS (SELECT 1 FROM fee_receipt_events e WHERE e.receipt_id = r.id AND e.kind = 'void'"
              u" AND e.deleted = 0)"
              u" FROM fee_receipts r JOIN fee_payments p ON p.id = r.payment_id"
              u" WHERE r.issued_at >= ? AND r.issued_at < ? AND r.deleted = 0 ORDER BY r.year, r.seq"_s,
        {from, until});
    if (!receipts)
        return receipts.error();
    for (const QVariantList &r : std::as_const(*receipts)) {
        const auto method = paymentMethodFromCode(r.at(2).toString());
        DailyReceipt d{r.at(0).toString(),
                       r.at(1).toString(),
                       method ? paymentMethodDisplayName(*method) : r.at(2).toString(),
                       r.at(3).toString(),
                       QDateTime::fromMSecsSinceEpoch(r.at(4).toLongLong()),
                       Core::Money::fromFen(r.at(5).toLongLong()),
                       r.at(6).toInt() != 0};
        out.received = Core::Money::fromFen(out.received.fen() + d.amount.fen());
        add(out.byMethod, d.method, d.amount);
        add(out.byClerk, d.clerk, d.amount);
        out.receipts.append(d);
    }
    auto voids = store.connection().select(
        u"SELECT r.number, e.actor, e.reason, r.amount_fen FROM fee_receipt_events e"
        u" JOIN fee_receipts r ON r.id = e.receipt_id"
        u" WHERE e.kind = 'void' AND e.at >= ? AND e.at < ? AND e.deleted = 0 ORDER BY e.at"_s,
        {from, until});
    if (!voids)
        return voids.error();
    for (const QVariantList &v : std::as_const(*voids)) {
        DailyVoid d{v.at(0).toString(), v.at(1).toString(), v.at(2).toString(),
                    Core::Money::fromFen(v.at(3).toLongLong())};
        out.voided = Core::Money::fromFen(out.voided.fen() + d.amount.fen());
        out.voids.append(d);
    }
    auto refunds = store.connection().select(
        u"SELECT number, actor, reason, method, amount_fen FROM fee_refunds WHERE at >= ? AND at < ? AND deleted = 0"
        u" ORDER BY year, seq"_s,
        {from, until});
    if (!refunds)
        return refunds.error();
    for (const QVariantList &r : std::as_const(*refunds)) {
        const auto method = paymentMethodFromCode(r.at(3).toString());
        DailyRefund d{r.at(0).toString(), r.at(1).toString(), r.at(2).toString(),
                      method ? paymentMethodDisplayName(*method) : r.at(3).toString(),
                      Core::Money::fromFen(r.at(4).toLongLong())};
        out.refunded = Core::Money::fromFen(out.refunded.fen() + d.amount.fen());
        out.refunds.append(d);
    }
    // The ledger's view of the same day's cash: payments are negative, their reversals and
    // refunds positive (reversals of bills are not cash and stay out).
    auto ledger = store.connection().scalar(
        u"SELECT coalesce(sum(amount_fen), 0) FROM fee_ledger WHERE ((kind IN ('payment', 'reversal')"
        u" AND payment_id <> '') OR kind = 'refund') AND at >= ? AND at < ? AND deleted = 0"_s,
        {from, until});
    if (!ledger)
        return ledger.error();
    if (-ledger->toLongLong() != out.net().fen())
        return Error(ErrorCode::Internal,
                     Tr::tr("The day's receipts (%1) do not agree with the ledger (%2). Do not hand out this report; "
                            "tell the administrator.")
                         .arg(out.net().toString(), Core::Money::fromFen(-ledger->toLongLong()).toString()));
    return out;
}

Report dailyReportDocument(const DailyReport &r)
{
    Report report;
    report.title = Tr::tr("Daily cash report");
    report.parameters = {{Tr::tr("Day"), r.day.toString(Qt::ISODate)},
                         {Tr::tr("Received"), r.received.toString()},
                         {Tr::tr("Voided"), r.voided.toString()},
                         {Tr::tr("Refunded"), r.refunded.toString()},
                         {Tr::tr("Net"), r.net().toString()}};
    report.footerNote = Tr::tr("Checked against the ledger when printed.");
    const auto totals = [](const QString &caption, const QString &what,
                           const QMap<QString, std::pair<int, Core::Money>> &map) {
        Reports::Table t;
        t.caption = caption;
        t.columns = {
            {what, Qt::AlignLeft, 3}, {Tr::tr("Receipts"), Qt::AlignRight, 1}, {Tr::tr("Amount"), Qt::AlignRight, 2}};
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            t.rows.append({it.key(), QString::number(it.value().first), it.value().second.toString()});
        return t;
    };
    report.tables.append(totals(Tr::tr("By payment method"), Tr::tr("Method"), r.byMethod));
    report.tables.append(totals(Tr::tr("By clerk"), Tr::tr("Clerk"), r.byClerk));
    Reports::Table list;
    list.caption = Tr::tr("Receipts");
    list.columns = {{Tr::tr("Receipt"), Qt::AlignLeft, 2}, {Tr::tr("Time"), Qt::AlignLeft, 1},
                    {Tr::tr("Address"), Qt::AlignLeft, 3}, {Tr::tr("Method"), Qt::AlignLeft, 2},
                    {Tr::tr("Clerk"), Qt::AlignLeft, 2},   {Tr::tr("Amount"), Qt::AlignRight, 2}};
    for (const DailyReceipt &d : r.receipts)
        list.rows.append({d.number + (d.voidedLater ? Tr::tr(" (voided)") : QString()), d.at.toString(u"HH:mm"_s),
                          d.address, d.method, d.clerk, d.amount.toString()});
    report.tables.append(list);
    if (!r.refunds.isEmpty()) {
        Reports::Table refunds;
        refunds.caption = Tr::tr("Refunds");
        refunds.columns = {{Tr::tr("Number"), Qt::AlignLeft, 2},
                           {Tr::tr("By"), Qt::AlignLeft, 2},
                           {Tr::tr("Method"), Qt::AlignLeft, 2},
                           {Tr::tr("Reason"), Qt::AlignLeft, 3},
                           {Tr::tr("Amount"), Qt::AlignRight, 2}};
        for (const DailyRefund &d : r.refunds)
            refunds.rows.append({d.number, d.actor, d.method, d.reason, d.amount.toString()});
        report.tables.append(refunds);
    }
    if (!r.voids.isEmpty()) {
        Reports::Table voids;
        voids.caption = Tr::tr("Receipts voided today");
        voids.columns = {{Tr::tr("Receipt"), Qt::AlignLeft, 2},
                         {Tr::tr("By"), Qt::AlignLeft, 2},
                         {Tr::tr("Reason"), Qt::AlignLeft, 4},
                         {Tr::tr("Amount"), Qt::AlignRight, 2}};
        for (const DailyVoid &v : r.voids)
            voids.rows.append({v.number, v.actor, v.reason, v.amount.toString()});
        report.tables.append(voids);
    }
    return report;
}

} // namespace Linli::Fees
