#include "payments.h"

#include "feeinternal.h"
#include "feestr.h"
#include "policies.h"

#include <core/clock.h>
#include <storage/auditlog.h>
#include <storage/outbox.h>
#include <storage/store.h>
#include <storage/transaction.h>

#include <QtCore/QJsonObject>
#include <QtCore/QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linli::Fees {

QString paymentMethodCode(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash: return u"cash"_s;
    case PaymentMethod::WeChat: return u"wechat"_s;
    case PaymentMethod::Alipay: return u"alipay"_s;
    case PaymentMethod::Bank: return u"bank"_s;
    }
    return u"cash"_s;
}

std::optional<PaymentMethod> paymentMethodFromCode(const QString &code)
{
    for (PaymentMethod m : {PaymentMethod::Cash, PaymentMethod::WeChat, PaymentMethod::Alipay, PaymentMethod::Bank}) {
        if (paymentMethodCode(m) == code.trimmed().toLower())
            return m;
    }
    return std::nullopt;
}

QString paymentMethodDisplayName(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash: return Tr::tr("cash");
    case PaymentMethod::WeChat: return Tr::tr("WeChat Pay");
    case PaymentMethod::Alipay: return Tr::tr("Alipay");
    case PaymentMethod::Bank: return Tr::tr("bank transfer");
    }
    return {};
}

Result<QList<OpenBill>> PaymentService::openBills(const QString &householdId, QDate asOf) const
{
    auto rows = m_store.connection().select(
        // The bills still owed are found through the derived state's open-bill index; what was
        // paid on them and the late fees are read from the ledger tables themselves.
        u"SELECT s.bill_id, s.period, s.due_date, s.total_fen,"
        u" coalesce((SELECT sum(a.amount_fen) FROM fee_allocations a"
        u"  WHERE a.bill_id = s.bill_id AND a.deleted = 0), 0),"
        u" coalesce((SELECT sum(l.amount_fen) FROM fee_late_fees l"
        u"  WHERE l.bill_id = s.bill_id AND l.deleted = 0), 0),"
        u" coalesce((SELECT max(l.through_date) FROM fee_late_fees l"
        u"  WHERE l.bill_id = s.bill_id AND l.deleted = 0), '')"
        u" FROM fee_bill_state s WHERE s.household_key = (SELECT k.key FROM fee_household_keys k"
        u"  WHERE k.household_id = ?) AND s.owed_fen > 0 AND s.voided = 0"
        u" ORDER BY s.period_from, s.bill_id"_s,
        {householdId});
    if (!rows)
        return rows.error();
    LateFeePolicy policy;
    if (asOf.isValid()) {
        auto p = PolicyService(m_store).lateFee(asOf);
        if (!p)
            return p.error();
        policy = *p;
    }
    QList<OpenBill> out;
    for (const QVariantList &r : std::as_const(*rows)) {
        OpenBill b{r.at(0).toString(),
                   r.at(1).toString(),
                   QDate::fromString(r.at(2).toString(), Qt::ISODate),
                   Core::Money::fromFen(r.at(3).toLongLong()),
                   Core::Money::fromFen(r.at(4).toLongLong()),
                   Core::Money::fromFen(r.at(5).toLongLong()),
                   QDate::fromString(r.at(6).toString(), Qt::ISODate),
                   {}};
        if (asOf.isValid()) {
            auto due = Internal::accruedLateFee(policy, b, asOf);
            if (!due)
                return due.error();
            b.lateFeeDue = due->amount;
        }
        if (b.owedWithLateFee().fen() > 0)
            out.append(b);
    }
    return out;
}

namespace {

QString householdMatchSql()
{
    return u"SELECT h.id, c.name || ' ' || b.number || '-' || u.number || '-' || rm.number,"
           u" coalesce((SELECT hr.name FROM reg_pub_residents hr WHERE hr.id = h.head_id), ''), rm.area_cm2"
           u" FROM reg_pub_households h JOIN reg_pub_rooms rm ON rm.id = h.room_id"
           u" JOIN reg_pub_units u ON u.id = rm.unit_id JOIN reg_pub_buildings b ON b.id = u.building_id"
           u" JOIN reg_pub_compounds c ON c.id = b.compound_id"
           u" WHERE h.deleted = 0 AND "_s;
}

} // namespace

Result<HouseholdMatch> PaymentService::household(const Core::Actor &actor, const QString &householdId) const
{
    if (auto s = actor.require(Core::Permission::ReadData); !s)
        return s.error();
    auto rows = m_store.connection().select(householdMatchSql() + u"h.id = ?"_s, {householdId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error(ErrorCode::NotFound, Tr::tr("There is no such household."));
    const QVariantList &r = rows->first();
    return HouseholdMatch{r.at(0).toString(), r.at(1).toString(), r.at(2).toString(), r.at(3).toLongLong()};
}

Result<QList<HouseholdMatch>> PaymentService::findHouseholds(const Core::Actor &actor, const QString &query,
                                                             int limit) const
{
    if (auto s = actor.require(Core::Permission::ReadData); !s)
        return s.error();
    const QString q = query.trimmed();
    if (q.isEmpty())
        return QList<HouseholdMatch>();
    QString sql = householdMatchSql();
    QVariantList params;
    static const QRegularExpression room(u"^(\\S+?)-(\\S+?)-(\\S+)$"_s);
    static const QRegularExpression digits(u"^\\d{1,5}$"_s);
    if (const auto m = room.match(q); m.hasMatch()) {
        sql += u"h.status = 'active' AND b.number = ? AND u.number = ? AND rm.number = ?"_s;
        params = {m.captured(1), m.captured(2), m.captured(3)};
    } else if (digits.match(q).hasMatch()) {
        sql += u"h.status = 'active' AND rm.number = ?"_s;
        params = {q};
    } else {
        sql +=
            u"h.status = 'active' AND h.id IN (SELECT r.household_id FROM reg_pub_residents r WHERE r.name LIKE ? AND "
            u"r.deleted = 0"
            u" AND r.household_id IS NOT NULL)"_s;
        params = {QString(u"%"_s + q + u"%"_s)};
    }
    sql += u" ORDER BY c.name, CAST(b.number AS INTEGER), CAST(u.number AS INTEGER), CAST(rm.number AS INTEGER)"
           u" LIMIT ?"_s;
    params.append(limit);
    auto rows = m_store.connection().select(sql, params);
    if (!rows)
        return rows.error();
    QList<HouseholdMatch> out;
    for (const QVariantList &r : std::as_const(*rows))
        out.append({r.at(0).toString(), r.at(1).toString(), r.at(2).toString(), r.at(3).toLongLong()});
    return out;
}

Result<QList<ReceiptRow>> PaymentService::receipts(const Core::Actor &actor, const QString &householdId) const
{
    if (auto s = actor.require(Core::Permission::ReadData); !s)
        return s.error();
    auto rows = m_store.connection().select(
        u"SELECT r.number, r.issued_at, r.amount_fen, p.method, r.issued_by,"
        u" EXISTS (SELECT 1 FROM fee_receipt_events e WHERE e.receipt_id = r.id AND e.kind = 'void' AND e.deleted = 0),"
        u" (SELECT count(*) FROM fee_receipt_events e WHERE e.receipt_id = r.id AND e.kind = 'reprint'"
        u"  AND e.deleted = 0)"
        u" FROM fee_receipts r JOIN fee_payments p ON p.id = r.payment_id"
        u" WHERE p.household_id = ? AND r.deleted = 0 ORDER BY r.issued_at DESC, r.seq DESC LIMIT 200"_s,
        {householdId});
    if (!rows)
        return rows.error();
    QList<ReceiptRow> out;
    for (const QVariantList &r : std::as_const(*rows)) {
        const auto method = paymentMethodFromCode(r.at(3).toString());
        out.append({r.at(0).toString(), QDateTime::fromMSecsSinceEpoch(r.at(1).toLongLong()),
                    Core::Money::fromFen(r.at(2).toLongLong()),
                    method ? paymentMethodDisplayName(*method) : r.at(3).toString(), r.at(4).toString(),
                    r.at(5).toInt() != 0, r.at(6).toInt()});
    }
    return out;
}

namespace {

Status checkPayment(Storage::Store &store, const Core::Actor &actor, const QString &householdId, Core::Money amount,
                    PaymentMethod method, const QString &reference)
{
    if (auto s = actor.require(Core::Permission::CollectFees); !s)
        return s;
    if (amount.fen() <= 0)
        return Error(ErrorCode::InvalidInput, Tr::tr("A payment must be more than ¥0.00."));
    if (amount.fen() > 10'000'000'00)
        return Error(ErrorCode::InvalidInput, Tr::tr("A payment of more than ¥10,000,000 is surely a typing error."));
    if (auto s = Internal::requireHousehold(store, householdId); !s)
        return s;
    return Internal::requireReference(method, reference);
}

// Late fees accrued until today on the household's open bills are charged before the money is
// applied: a fee row and a ledger entry per bill, added to `open` and to the result.
Status chargeLateFees(Storage::Store &store, const Core::Actor &actor, const QString &householdId, QDate today,
                      qint64 now, QList<OpenBill> &open, PaymentResult &result)
{
    auto policy = PolicyService(store).lateFee(today);
    if (!policy)
        return policy.error();
    for (OpenBill &b : open) {
        auto accrual = Internal::accruedLateFee(*policy, b, today);
        if (!accrual)
            return accrual.error();
        if (accrual->amount.isZero())
            continue;
        if (auto s = Storage::Outbox::insert(store, u"fee_late_fees"_s, store.newId().toString(),
                                             {{u"bill_id"_s, b.billId},
                                              {u"household_id"_s, householdId},
                                              {u"payment_id"_s, result.paymentId},
                                              {u"from_date"_s, accrual->from.toString(Qt::ISODate)},
                                              {u"through_date"_s, today.toString(Qt::ISODate)},
                                              {u"principal_fen"_s, accrual->principalFen},
                                              {u"amount_fen"_s, accrual->amount.fen()},
                                              {u"at"_s, now},
                                              {u"actor"_s, actor.username}});
            !s)
            return s;
        if (auto s = Storage::Outbox::insert(store, u"fee_ledger"_s, store.newId().toString(),
                                             {{u"household_id"_s, householdId},
                                              {u"kind"_s, u"late_fee"_s},
                                              {u"amount_fen"_s, accrual->amount.fen()},
                                              {u"bill_id"_s, b.billId},
                                              {u"at"_s, now},
                                              {u"actor"_s, actor.username}});
            !s)
            return s;
        b.lateFee = *b.lateFee.plus(accrual->amount);
        result.lateFees = *result.lateFees.plus(accrual->amount);
    }
    return {};
}

// The receipt: the next number of the year in this desktop's series, inside the payment's
// transaction (writers take turns).
Status issueReceipt(Storage::Store &store, const Core::Actor &actor, int year, qint64 now, PaymentResult &result)
{
    auto series = Internal::receiptSeries(store);
    if (!series)
        return series.error();
    auto next = Internal::nextSequence(store, u"fee_receipts"_s, year, *series);
    if (!next)
        return next.error();
    const qint64 seq = *next;
    result.receiptId = store.newId().toString();
    result.receiptNumber = Internal::documentNumber(year, *series, QString(), seq);
    return Storage::Outbox::insert(store, u"fee_receipts"_s, result.receiptId,
                                   {{u"number"_s, result.receiptNumber},
                                    {u"year"_s, year},
                                    {u"series"_s, *series},
                                    {u"seq"_s, seq},
                                    {u"payment_id"_s, result.paymentId},
                                    {u"amount_fen"_s, result.amount.fen()},
                                    {u"issued_at"_s, now},
                                    {u"issued_by"_s, actor.username}});
}

// The money pays the open bills, oldest first; what is left is the household's advance.
Status allocatePayment(Storage::Store &store, const QList<OpenBill> &open, PaymentResult &result)
{
    qint64 left = result.amount.fen();
    for (const OpenBill &b : open) {
        if (left == 0)
            break;
        const qint64 part = std::min(left, b.owed().fen());
        if (part <= 0)
            continue;
        if (auto s = Storage::Outbox::insert(
                store, u"fee_allocations"_s, store.newId().toString(),
                {{u"payment_id"_s, result.paymentId}, {u"bill_id"_s, b.billId}, {u"amount_fen"_s, part}});
            !s)
            return s;
        result.paidBills.append({b.billId, b.period, Core::Money::fromFen(part)});
        left -= part;
    }
    result.advance = Core::Money::fromFen(left);
    return {};
}

} // namespace

Result<PaymentResult> PaymentService::pay(const Core::Actor &actor, const QString &householdId, Core::Money amount,
                                          PaymentMethod method, const QString &reference)
{
    if (auto s = checkPayment(m_store, actor, householdId, amount, method, reference); !s)
        return s.error();
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    const QDate today = m_store.clock().nowUtc().toLocalTime().date();
    auto open = openBills(householdId); // the late fee accrued until today is charged below
    if (!open)
        return open.error();
    const qint64 now = m_store.clock().nowMs();
    PaymentResult result;
    result.paymentId = m_store.newId().toString();
    result.amount = amount;
    if (auto s = chargeLateFees(m_store, actor, householdId, today, now, *open, result); !s)
        return s.error();
    if (auto s = Storage::Outbox::insert(m_store, u"fee_payments"_s, result.paymentId,
                                         {{u"household_id"_s, householdId},
                                          {u"amount_fen"_s, amount.fen()},
                                          {u"method"_s, paymentMethodCode(method)},
                                          {u"reference"_s, reference.trimmed()},
                                          {u"received_at"_s, now},
                                          {u"clerk"_s, actor.username}});
        !s)
        return s.error();
    if (auto s = issueReceipt(m_store, actor, today.year(), now, result); !s)
        return s.error();
    if (auto s = allocatePayment(m_store, *open, result); !s)
        return s.error();
    if (auto s = Storage::Outbox::insert(m_store, u"fee_ledger"_s, m_store.newId().toString(),
                                         {{u"household_id"_s, householdId},
                                          {u"kind"_s, u"payment"_s},
                                          {u"amount_fen"_s, -amount.fen()},
                                          {u"payment_id"_s, result.paymentId},
                                          {u"at"_s, now},
                                          {u"actor"_s, actor.username}});
        !s)
        return s.error();
    if (auto s = Storage::AuditLog::append(m_store, actor.username, u"fees.payment"_s, result.paymentId,
                                           {{u"receipt"_s, result.receiptNumber},
                                            {u"amount"_s, amount.toPlainString()},
                                            {u"method"_s, paymentMethodCode(method)}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return result;
}

Result<QString> PaymentService::refund(const Core::Actor &actor, const QString &householdId, Core::Money amount,
                                       PaymentMethod method, const QString &reference, const QString &reason)
{
    if (auto s = actor.require(Core::Permission::SuperviseFees); !s)
        return s.error();
    if (amount.fen() <= 0)
        return Error(ErrorCode::InvalidInput, Tr::tr("A refund must be more than ¥0.00."));
    if (reason.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, Tr::tr("Say why the money is paid back."));
    if (auto s = Internal::requireReference(method, reference); !s)
        return s.error();
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    auto balance = Internal::ledgerBalance(m_store, householdId);
    if (!balance)
        return balance.error();
    const qint64 credit = -*balance;
    if (amount.fen() > credit)
        return Error(ErrorCode::InvalidInput, Tr::tr("The household has %1 in credit; no more can be paid back.")
                                                  .arg(Core::Money::fromFen(std::max<qint64>(credit, 0)).toString()));
    const int year = m_store.clock().nowUtc().toLocalTime().date().year();
    auto series = Internal::receiptSeries(m_store);
    if (!series)
        return series.error();
    auto next = Internal::nextSequence(m_store, u"fee_refunds"_s, year, *series);
    if (!next)
        return next.error();
    const qint64 seq = *next;
    const QString number = Internal::documentNumber(year, *series, u"R"_s, seq);
    const QString id = m_store.newId().toString();
    const qint64 now = m_store.clock().nowMs();
    if (auto s = Storage::Outbox::insert(m_store, u"fee_refunds"_s, id,
                                         {{u"household_id"_s, householdId},
                                          {u"number"_s, number},
                                          {u"year"_s, year},
                                          {u"series"_s, *series},
                                          {u"seq"_s, seq},
                                          {u"amount_fen"_s, amount.fen()},
                                          {u"method"_s, paymentMethodCode(method)},
                                          {u"reference"_s, reference.trimmed()},
                                          {u"reason"_s, reason.trimmed()},
                                          {u"at"_s, now},
                                          {u"actor"_s, actor.username}});
        !s)
        return s.error();
    if (auto s = Storage::Outbox::insert(m_store, u"fee_ledger"_s, m_store.newId().toString(),
                                         {{u"household_id"_s, householdId},
                                          {u"kind"_s, u"refund"_s},
                                          {u"amount_fen"_s, amount.fen()},
                                          {u"at"_s, now},
                                          {u"actor"_s, actor.username}});
        !s)
        return s.error();
    if (auto s = Storage::AuditLog::append(m_store, actor.username, u"fees.refund"_s, id,
                                           {{u"number"_s, number}, {u"amount"_s, amount.toPlainString()}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return number;
}

QString printedDate(QDate day)
{
    return day.toString(Tr::tr("d MMMM yyyy", "a date printed on receipts and notices, a QDate::toString format; "
                                              "zh_CN: yyyy年M月d日"));
}

namespace {

// The receipt, its payment, the payer and whether it was printed and reprinted before.
Result<QVariantList> receiptRow(Storage::Store &store, const QString &receiptNumber)
{
    auto rows = store.connection().select(
        u"SELECT r.id, r.number, r.amount_fen, r.issued_at, r.issued_by, p.id, p.method, p.reference,"
        u" coalesce("_s
            + Internal::householdAddressSql(u"p.household_id"_s) + u", ''), coalesce("_s
            + Internal::householdHeadNameSql(u"p.household_id"_s)
            + u", ''),"
              u" EXISTS (SELECT 1 FROM fee_receipt_events e WHERE e.receipt_id = r.id AND e.kind = 'void' AND "
              u"e.deleted = 0),"
              u" (SELECT count(*) FROM fee_receipt_events e WHERE e.receipt_id = r.id AND e.kind = 'reprint'"
              u"  AND e.deleted = 0),"
              u" EXISTS (SELECT 1 FROM fee_receipt_prints o WHERE o.receipt_id = r.id AND o.deleted = 0)"
              u" FROM fee_receipts r JOIN fee_payments p ON p.id = r.payment_id"
              u" WHERE r.number = ? AND r.deleted = 0"_s,
        {receiptNumber.trimmed()});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error(ErrorCode::NotFound, Tr::tr("There is no receipt %1.").arg(receiptNumber));
    return rows->first();
}

// What the payment paid, bill by bill, with the items of each bill and the late fees charged
// when it was taken.
Result<QList<QVariantList>> receiptBills(Storage::Store &store, const QString &paymentId)
{
    return store.connection().select(
        u"SELECT b.id, b.period, sum(a.amount_fen),"
        u" (SELECT group_concat(name, '、') FROM (SELECT DISTINCT i.name FROM fee_bill_lines l"
        u"  JOIN fee_items i ON i.id = l.item_id WHERE l.bill_id = b.id AND l.deleted = 0)),"
        u" coalesce((SELECT sum(f.amount_fen) FROM fee_late_fees f WHERE f.bill_id = b.id AND f.payment_id = ?"
        u"  AND f.deleted = 0), 0)"
        u" FROM fee_allocations a JOIN fee_bills b ON b.id = a.bill_id"
        u" WHERE a.payment_id = ? AND a.deleted = 0 AND a.amount_fen > 0 GROUP BY b.id ORDER BY b.period_from"_s,
        {paymentId, paymentId});
}

// The form of a receipt (`v`: receiptRow) that paid `paid` (receiptBills).
void fillReceiptForm(ReceiptPrint &out, const QVariantList &v, const QList<QVariantList> &paid,
                     const QString &organisation)
{
    const Core::Money amount = Core::Money::fromFen(v.at(2).toLongLong());
    Reports::ReceiptForm &f = out.form;
    f.organisation = organisation;
    f.title = Tr::tr("Payment receipt");
    f.mark = out.reprint ? Tr::tr("Reprint no. %1").arg(out.count) : QString();
    f.voided = v.at(10).toInt() != 0;
    f.number = v.at(1).toString();
    f.date = printedDate(QDateTime::fromMSecsSinceEpoch(v.at(3).toLongLong()).date());
    f.payer = v.at(8).toString() + (v.at(9).toString().isEmpty() ? QString() : u" "_s + v.at(9).toString());
    const auto method = paymentMethodFromCode(v.at(6).toString());
    f.method = (method ? paymentMethodDisplayName(*method) : v.at(6).toString())
               + (v.at(7).toString().isEmpty() ? QString() : u" "_s + v.at(7).toString());
    f.clerk = v.at(4).toString();
    qint64 allocated = 0;
    for (const QVariantList &p : paid) {
        QString detail = p.at(1).toString();
        if (p.at(4).toLongLong() > 0)
            detail += Tr::tr(" (late fee %1 included)").arg(Core::Money::fromFen(p.at(4).toLongLong()).toString());
        f.lines.append({p.at(3).toString().isEmpty() ? Tr::tr("Fees") : p.at(3).toString(), detail,
                        Core::Money::fromFen(p.at(2).toLongLong()).toString()});
        allocated += p.at(2).toLongLong();
    }
    if (amount.fen() > allocated)
        f.lines.append({Tr::tr("Paid in advance"), Tr::tr("kept for later bills"),
                        Core::Money::fromFen(amount.fen() - allocated).toString()});
    f.total = amount.toString();
    f.totalInWords = amount.toChineseCapital();
    if (f.voided)
        f.note = Tr::tr("This receipt is void; the payment was cancelled.");
    else if (out.reprint)
        f.note = Tr::tr("Reprint %1 of receipt %2; the original was issued when the money was received.")
                     .arg(out.count)
                     .arg(f.number);
}

} // namespace

Result<ReceiptPrint> PaymentService::receiptToPrint(const Core::Actor &actor, const QString &receiptNumber,
                                                    const QString &organisation) const
{
    if (auto s = actor.require(Core::Permission::CollectFees); !s)
        return s.error();
    const Storage::ReadTransaction read(m_store.connection()); // the receipt and its bills in one snapshot
    auto v = receiptRow(m_store, receiptNumber);
    if (!v)
        return v.error();
    auto paid = receiptBills(m_store, v->at(5).toString());
    if (!paid)
        return paid.error();
    ReceiptPrint out;
    out.receiptId = v->at(0).toString();
    out.reprint = v->at(12).toInt() != 0;
    out.count = out.reprint ? v->at(11).toInt() + 1 : 0;
    fillReceiptForm(out, *v, *paid, organisation);
    return out;
}

Status PaymentService::recordReceiptPrint(const Core::Actor &actor, const ReceiptPrint &printed)
{
    if (auto s = actor.require(Core::Permission::CollectFees); !s)
        return s;
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    const qint64 now = m_store.clock().nowMs();
    if (!printed.reprint) {
        if (auto s = Storage::Outbox::insert(
                m_store, u"fee_receipt_prints"_s, m_store.newId().toString(),
                {{u"receipt_id"_s, printed.receiptId}, {u"at"_s, now}, {u"actor"_s, actor.username}});
            !s)
            return s;
    } else if (auto s = Storage::Outbox::insert(m_store, u"fee_receipt_events"_s, m_store.newId().toString(),
                                                {{u"receipt_id"_s, printed.receiptId},
                                                 {u"kind"_s, u"reprint"_s},
                                                 {u"at"_s, now},
                                                 {u"actor"_s, actor.username}});
               !s) {
        return s;
    }
    if (auto s = Storage::AuditLog::append(
            m_store, actor.username, printed.reprint ? u"fees.receipt.reprint"_s : u"fees.receipt.print"_s,
            printed.receiptId, {{u"receipt"_s, printed.form.number}, {u"count"_s, printed.count}});
        !s)
        return s;
    return tx.commit();
}

Result<ReceiptPrint> PaymentService::printReceipt(const Core::Actor &actor, const QString &receiptNumber,
                                                  const QString &organisation, const PrintFunction &print)
{
    // Nothing prints inside a write transaction: a printer that spools, or a dialog that waits,
    // would hold the database's write lock and every other desk's payment would wait for it (and
    // fail after the busy timeout). So: read the form, print it with no transaction open, then
    // record the print in a short transaction of its own.
    //
    // Recorded only when it printed: a failed print leaves no "original" that nobody holds and
    // uses up no reprint number; printing again makes the same form.
    //
    // Two desks printing the same receipt at the same moment may both read the same state and
    // both print, say, "Reprint no. 2". Both papers exist, so both are recorded (two reprint
    // events, the count goes on from 3), and each audit entry says the number its paper carries;
    // the record says what the paper says. Taking the number under the write lock before printing
    // would have to record prints that then fail, and the ledger of prints is append-only.
    auto out = receiptToPrint(actor, receiptNumber, organisation);
    if (!out)
        return out.error();
    if (print) {
        if (auto s = print(out->form); !s)
            return s.error();
    }
    if (auto s = recordReceiptPrint(actor, *out); !s)
        return s.error();
    return out;
}

Status PaymentService::voidReceipt(const Core::Actor &actor, const QString &receiptNumber, const QString &reason)
{
    if (auto s = actor.require(Core::Permission::SuperviseFees); !s)
        return s;
    if (reason.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, Tr::tr("Say why the receipt is voided."));
    auto rows = m_store.connection().select(
        u"SELECT r.id, r.payment_id, p.household_id, p.amount_fen FROM fee_receipts r"
        u" JOIN fee_payments p ON p.id = r.payment_id WHERE r.number = ? AND r.deleted = 0"_s,
        {receiptNumber.trimmed()});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error(ErrorCode::NotFound, Tr::tr("There is no receipt %1.").arg(receiptNumber));
    const QString receiptId = rows->first().at(0).toString();
    const QString paymentId = rows->first().at(1).toString();
    const QString householdId = rows->first().at(2).toString();
    const qint64 amount = rows->first().at(3).toLongLong();
    auto voided = m_store.connection().scalar(
        u"SELECT count(*) FROM fee_receipt_events WHERE receipt_id = ? AND kind = 'void' AND deleted = 0"_s,
        {receiptId});
    if (!voided)
        return voided.error();
    if (voided->toInt() > 0)
        return Error(ErrorCode::Conflict, Tr::tr("Receipt %1 is voided already.").arg(receiptNumber));
    auto allocations = m_store.connection().select(
        u"SELECT payment_id, bill_id, sum(amount_fen) FROM fee_allocations WHERE payment_id = ? AND deleted = 0"
        u" GROUP BY bill_id"_s,
        {paymentId});
    if (!allocations)
        return allocations.error();
    const qint64 now = m_store.clock().nowMs();
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    // The void and what it wrote: the sync server takes them all or none.
    Storage::Outbox::Group group(m_store);
    if (auto s = Storage::Outbox::insert(m_store, u"fee_receipt_events"_s, m_store.newId().toString(),
                                         {{u"receipt_id"_s, receiptId},
                                          {u"kind"_s, u"void"_s},
                                          {u"reason"_s, reason.trimmed()},
                                          {u"at"_s, now},
                                          {u"actor"_s, actor.username}});
        !s)
        return s;
    if (auto s = Internal::undoAllocations(m_store, *allocations); !s)
        return s;
    if (auto s = Storage::Outbox::insert(m_store, u"fee_ledger"_s, m_store.newId().toString(),
                                         {{u"household_id"_s, householdId},
                                          {u"kind"_s, u"reversal"_s},
                                          {u"amount_fen"_s, amount},
                                          {u"payment_id"_s, paymentId},
                                          {u"at"_s, now},
                                          {u"actor"_s, actor.username}});
        !s)
        return s;
    // The bills are owed again: money the household still has in advance pays them.
    if (auto s = Internal::applyAdvances(m_store, householdId); !s)
        return s;
    if (auto s = Storage::AuditLog::append(m_store, actor.username, u"fees.receipt.void"_s, receiptId,
                                           {{u"receipt"_s, receiptNumber.trimmed()}, {u"reason"_s, reason.trimmed()}});
        !s)
        return s;
    return tx.commit();
}

} // namespace Linli::Fees
