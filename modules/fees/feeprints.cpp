#include "feeprints.h"

#include "billrun.h"
#include "feeinternal.h"
#include "feestr.h"
#include "payments.h"
#include "policies.h"

#include <storage/connection.h>
#include <storage/store.h>

using namespace Qt::StringLiterals;

namespace Linli::Fees {

namespace {

QString signedMoney(qint64 fen)
{
    return Core::Money::fromFen(fen).toString();
}

} // namespace

namespace {

// A ledger entry as the statement names it ("Bill for 2026-11", "Payment, receipt 2026-000123"),
// and whether it is a charge (else money in). `r`: at, kind, amount, period, receipt, refund.
std::pair<QString, bool> statementEntry(const QVariantList &r)
{
    const QString kind = r.at(1).toString();
    const QString period = r.at(3).toString();
    const QString receipt = r.at(4).toString();
    if (kind == u"charge")
        return {Tr::tr("Bill for %1").arg(period), true};
    if (kind == u"late_fee")
        return {Tr::tr("Late fee on the bill for %1").arg(period), true};
    if (kind == u"payment")
        return {Tr::tr("Payment, receipt %1").arg(receipt), false};
    if (kind == u"refund")
        return {Tr::tr("Refund %1").arg(r.at(5).toString()), false};
    if (!period.isEmpty())
        return {Tr::tr("Bill for %1 cancelled").arg(period), true};
    return {Tr::tr("Receipt %1 voided").arg(receipt), false};
}

// The statement's table, appended to `report`: the balance brought forward, an entry per row,
// the period's totals. `balance` goes in as the opening balance and comes out as the closing one.
// (A void function: lupdate loses the context on a "Reports::Table f(...)" definition.)
void appendStatementTable(Reports::Report &report, const QList<QVariantList> &rows, qint64 &balance, QDate from,
                          QDate until)
{
    Reports::Table table;
    table.columns = {{Tr::tr("Date"), Qt::AlignLeft, 2},
                     {Tr::tr("Entry"), Qt::AlignLeft, 5},
                     {Tr::tr("Charged"), Qt::AlignRight, 2},
                     {Tr::tr("Paid"), Qt::AlignRight, 2},
                     {Tr::tr("Balance"), Qt::AlignRight, 2}};
    table.rows.append({from.toString(Qt::ISODate), Tr::tr("Balance brought forward"), {}, {}, signedMoney(balance)});
    qint64 charged = 0;
    qint64 paid = 0;
    for (const QVariantList &r : rows) {
        const qint64 amount = r.at(2).toLongLong();
        const auto [entry, isCharge] = statementEntry(r);
        balance += amount;
        if (isCharge)
            charged += amount;
        else
            paid -= amount;
        table.rows.append({QDateTime::fromMSecsSinceEpoch(r.at(0).toLongLong()).date().toString(Qt::ISODate), entry,
                           isCharge ? signedMoney(amount) : QString(), isCharge ? QString() : signedMoney(-amount),
                           signedMoney(balance)});
    }
    table.rows.append({until.toString(Qt::ISODate), Tr::tr("Total of the period"), signedMoney(charged),
                       signedMoney(paid), signedMoney(balance)});
    report.tables.append(table);
}

} // namespace

Result<Reports::Report> statementReport(Storage::Store &store, const Core::Actor &actor, const QString &householdId,
                                        QDate from, QDate until)
{
    if (auto s = actor.require(Core::Permission::ReadData); !s)
        return s.error();
    if (!from.isValid() || !until.isValid() || until < from)
        return Error(ErrorCode::InvalidInput, Tr::tr("Choose a time span whose end is not before its start."));
    auto household = PaymentService(store).household(actor, householdId);
    if (!household)
        return household.error();
    const qint64 fromMs = QDateTime(from, QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 untilMs = QDateTime(until.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    auto opening = store.connection().scalar(
        u"SELECT coalesce(sum(amount_fen), 0) FROM (%1) WHERE at < ?2"_s.arg(Internal::householdLedgerSql()),
        {householdId, fromMs});
    if (!opening)
        return opening.error();
    auto rows = store.connection().select(
        u"SELECT l.at, l.kind, l.amount_fen, coalesce(b.period, ''), coalesce(r.number, ''),"
        u" coalesce((SELECT f.number FROM fee_refunds f WHERE f.household_id = l.household_id AND f.at = l.at"
        u"  AND l.kind = 'refund' AND f.deleted = 0 LIMIT 1), '')"
        u" FROM (%1) l LEFT JOIN fee_bills b ON b.id = l.bill_id AND l.bill_id <> ''"
        u" LEFT JOIN fee_receipts r ON r.payment_id = l.payment_id AND l.payment_id <> ''"
        u" WHERE l.at >= ?2 AND l.at < ?3 ORDER BY l.at, l.hlc"_s.arg(Internal::householdLedgerSql()),
        {householdId, fromMs, untilMs});
    if (!rows)
        return rows.error();
    Reports::Report report;
    report.title = Tr::tr("Statement of account");
    qint64 balance = opening->toLongLong();
    appendStatementTable(report, *rows, balance, from, until);
    report.parameters = {
        {Tr::tr("Household"), household->address + (household->head.isEmpty() ? QString() : u" "_s + household->head)},
        {Tr::tr("Period"), Tr::tr("%1 to %2").arg(from.toString(Qt::ISODate), until.toString(Qt::ISODate))},
        {Tr::tr("Balance on %1").arg(until.toString(Qt::ISODate)),
         balance > 0   ? Tr::tr("%1 owed").arg(signedMoney(balance))
         : balance < 0 ? Tr::tr("%1 paid in advance").arg(signedMoney(-balance))
                       : Tr::tr("settled")},
    };
    report.footerNote = Tr::tr("Balance: a positive amount is owed, a negative one is paid in advance.");
    return report;
}

Result<QList<Reports::Letter>> arrearsNotices(Storage::Store &store, const Core::Actor &actor, QDate today, QDate payBy,
                                              const QString &organisation, const QStringList &householdIds,
                                              const QString &compoundId)
{
    if (auto s = actor.require(Core::Permission::ReadData); !s)
        return s.error();
    if (!payBy.isValid() || payBy < today)
        return Error(ErrorCode::InvalidInput, Tr::tr("The day to pay by cannot be before today."));
    PaymentService payments(store);
    QStringList households = householdIds;
    if (households.isEmpty()) {
        auto list = payments.arrears(actor, today, compoundId);
        if (!list)
            return list.error();
        for (const ArrearsRow &r : std::as_const(*list))
            households.append(r.householdId);
    }
    auto policy = PolicyService(store).lateFee(today);
    if (!policy)
        return policy.error();
    QList<Reports::Letter> out;
    for (const QString &householdId : std::as_const(households)) {
        auto household = payments.household(actor, householdId);
        if (!household)
            return household.error();
        auto open = payments.openBills(householdId, today);
        if (!open)
            return open.error();
        Reports::Letter letter;
        qint64 owed = 0;
        qint64 late = 0;
        for (const OpenBill &b : std::as_const(*open)) {
            if (b.due >= today)
                continue; // not due yet: not in arrears
            const qint64 lateFee = b.lateFee.fen() + b.lateFeeDue.fen();
            letter.tableRows.append({b.period, b.due.toString(Qt::ISODate), b.total.toString(),
                                     Core::Money::fromFen(std::min(b.paid.fen(), b.total.fen() + lateFee)).toString(),
                                     Core::Money::fromFen(lateFee).toString(), b.owedWithLateFee().toString()});
            owed += b.owedWithLateFee().fen();
            late += lateFee;
        }
        if (letter.tableRows.isEmpty())
            continue;
        letter.organisation = organisation;
        letter.title = Tr::tr("Notice of fees in arrears");
        letter.reference = household->address;
        letter.salutation = Tr::tr("Dear residents of %1:").arg(household->address);
        letter.paragraphs = {
            Tr::tr("According to our accounts, on %1 the following fees of your household are overdue, %2 in all:")
                .arg(printedDate(today), Core::Money::fromFen(owed).toString())};
        letter.tableHeader = {Tr::tr("Period"), Tr::tr("Due"),      Tr::tr("Billed"),
                              Tr::tr("Paid"),   Tr::tr("Late fee"), Tr::tr("Owed")};
        letter.tableRows.append({Tr::tr("Total"),
                                 {},
                                 {},
                                 {},
                                 Core::Money::fromFen(late).toString(),
                                 Core::Money::fromFen(owed).toString()});
        letter.tableTotal = true;
        letter.closing.append(Tr::tr("Please pay by %1 at the property service office, or by WeChat, Alipay or "
                                     "bank transfer.")
                                  .arg(printedDate(payBy)));
        if (policy->active())
            letter.closing.append(
                Tr::tr("Under the fee rules a late fee of %1 of the amount owed is charged for every day after the "
                       "due date and %2 days' grace.")
                    .arg(ppmText(policy->dailyRatePpm))
                    .arg(policy->graceDays));
        letter.closing.append(Tr::tr("If you have paid in the meantime, please disregard this notice. For questions, "
                                     "please come to the property service office. Thank you for your support."));
        letter.signature = organisation + Tr::tr(" (stamp)");
        letter.date = printedDate(today);
        letter.footer = Tr::tr("Amounts include the late fee accrued until the day of this notice.");
        out.append(letter);
    }
    return out;
}

QString rateText(const CollectionRow &row)
{
    return QStringLiteral("%1.%2 %").arg(row.basisPoints() / 100).arg(row.basisPoints() % 100, 2, 10, QChar(u'0'));
}

Result<MonthlyReport> monthlyReport(Storage::Store &store, const Core::Actor &actor, const QString &periodText,
                                    QDate today)
{
    auto period = parsePeriod(periodText);
    if (!period)
        return period.error();
    PaymentService payments(store);
    MonthlyReport out;
    out.period = period->label;
    out.today = today;
    auto byBuilding = payments.collection(actor, period->label);
    if (!byBuilding)
        return byBuilding.error();
    out.byBuilding = *byBuilding;
    auto byItem = payments.collectionByItem(actor, period->label);
    if (!byItem)
        return byItem.error();
    out.byItem = *byItem;
    auto trend = payments.collectionTrend(actor, period->until.addMonths(-12), period->until);
    if (!trend)
        return trend.error();
    out.trend = *trend;
    auto arrears = payments.arrears(actor, today);
    if (!arrears)
        return arrears.error();
    out.householdsInArrears = int(arrears->size());
    for (const ArrearsRow &r : std::as_const(*arrears)) {
        for (int i = 0; i < 4; ++i)
            out.arrearsByAge[i] = Core::Money::fromFen(out.arrearsByAge[i].fen() + r.byAge[i].fen());
        out.arrears = Core::Money::fromFen(out.arrears.fen() + r.owed.fen());
    }
    return out;
}

// (Not "Reports::Report f(": lupdate loses the translation context on such a definition.)
using Reports::Report;

Report monthlyReportDocument(const MonthlyReport &m)
{
    Report report;
    report.title = Tr::tr("Monthly fee report %1").arg(m.period);
    const CollectionRow total = m.byBuilding.isEmpty() ? CollectionRow() : m.byBuilding.last();
    report.parameters = {
        {Tr::tr("Billing period"), m.period},
        {Tr::tr("Collection rate"),
         Tr::tr("%1 (%2 of %3)").arg(rateText(total), total.paid.toString(), total.billed.toString())},
        {Tr::tr("Arrears on %1").arg(m.today.toString(Qt::ISODate)),
         Tr::tr("%1, %n household(s)", nullptr, m.householdsInArrears).arg(m.arrears.toString())},
    };
    const auto collectionTable = [](const QString &caption, const QString &first, const QList<CollectionRow> &rows) {
        Reports::Table t;
        t.caption = caption;
        t.columns = {{first, Qt::AlignLeft, 4},
                     {Tr::tr("Bills"), Qt::AlignRight, 1},
                     {Tr::tr("Billed"), Qt::AlignRight, 2},
                     {Tr::tr("Paid"), Qt::AlignRight, 2},
                     {Tr::tr("Owed"), Qt::AlignRight, 2},
                     {Tr::tr("Collection rate"), Qt::AlignRight, 2}};
        for (const CollectionRow &r : rows)
            t.rows.append({r.label.isEmpty() ? Tr::tr("Total") : r.label,
                           r.bills > 0 ? QString::number(r.bills) : QString(), r.billed.toString(), r.paid.toString(),
                           Core::Money::fromFen(r.billed.fen() - r.paid.fen()).toString(), rateText(r)});
        return t;
    };
    report.tables.append(collectionTable(Tr::tr("By building"), Tr::tr("Building"), m.byBuilding));
    report.tables.append(collectionTable(Tr::tr("By fee item"), Tr::tr("Fee item"), m.byItem));
    report.tables.append(collectionTable(Tr::tr("The last twelve months"), Tr::tr("Period"), m.trend));
    Reports::Table ages;
    ages.caption = Tr::tr("Arrears by time overdue");
    ages.columns = {{Tr::tr("Overdue"), Qt::AlignLeft, 3}, {Tr::tr("Amount"), Qt::AlignRight, 2}};
    const QStringList bands = {Tr::tr("under 3 months"), Tr::tr("3 to 6 months"), Tr::tr("6 to 12 months"),
                               Tr::tr("12 months and more")};
    for (int i = 0; i < 4; ++i)
        ages.rows.append({bands.at(i), m.arrearsByAge[i].toString()});
    ages.rows.append({Tr::tr("Total"), m.arrears.toString()});
    report.tables.append(ages);
    report.footerNote = Tr::tr("Paid: what was paid of the bills themselves; late fees and advance payments are not "
                               "counted.");
    return report;
}

} // namespace Linli::Fees
