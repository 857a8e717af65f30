#pragma once

#include "openbill.h"

#include <core/actor.h>
#include <core/money.h>
#include <reports/formdata.h>

#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QList>

#include <functional>

namespace Linli::Storage {
class Store;
}

namespace Linli::Fees {

enum class PaymentMethod { Cash, WeChat, Alipay, Bank };
QString paymentMethodCode(PaymentMethod method);
std::optional<PaymentMethod> paymentMethodFromCode(const QString &code);
QString paymentMethodDisplayName(PaymentMethod method);

struct Allocation
{
    QString billId;
    QString period;
    Core::Money amount;
};

struct PaymentResult
{
    QString paymentId;
    QString receiptId;
    QString receiptNumber; // "2026-000001"
    Core::Money amount;
    QList<Allocation> paidBills; // oldest first
    Core::Money advance;         // what no bill needed: kept as prepaid balance
    Core::Money lateFees;        // late fees charged when the payment was taken
};

struct ReceiptPrint
{
    Reports::ReceiptForm form;
    bool reprint = false;
    int count = 0; // the reprint's number: 1 for the first reprint
    QString receiptId;
};

// "2026年12月4日" on Chinese systems.
QString printedDate(QDate day);

// One household in arrears: what it owes on bills past their due date, by how long overdue.
struct ArrearsRow
{
    QString householdId;
    QString address;
    Core::Money owed;
    Core::Money byAge[4]; // overdue < 3 months, 3–6, 6–12, 12 and more
    QString oldestPeriod; // the month the oldest unpaid bill fell due ("2026-05")
    int bills = 0;
};

// The collection rate (收缴率) of one billing period: billed and paid, by building and overall.
struct CollectionRow
{
    QString label; // "幸福里 3号楼", or empty for the total
    int bills = 0;
    Core::Money billed;
    Core::Money paid;
    // Paid per ten thousand of billed (9235 = 92.35 %); 0 when nothing was billed.
    int basisPoints() const { return billed.fen() <= 0 ? 0 : int(paid.fen() * 10000 / billed.fen()); }
};

// A household found at the cash desk.
struct HouseholdMatch
{
    QString householdId;
    QString address; // 幸福里 3-2-501
    QString head;
    qint64 areaCm2 = 0;
};

// A receipt as the household's list shows it.
struct ReceiptRow
{
    QString number;
    QDateTime issuedAt;
    Core::Money amount;
    QString method; // display name
    QString clerk;
    bool voided = false;
    int reprints = 0;
};

// Payments and receipts. Recording a payment needs the collect permission: it writes the
// payment, a receipt numbered without gaps for the year, what it paid (oldest unpaid bill
// first; the rest is prepaid balance) and a payment entry in the ledger, in one transaction.
// When a late-fee policy is in force, the late fee accrued on every overdue bill since its last
// charge is charged first, in the same transaction (a 'late_fee' ledger entry per bill), on what
// was still owed of the bill itself; a payment pays a bill's own amount before its late fee.
// Voiding a receipt needs the supervisor permission: the receipt keeps its number, a void event
// records who and why, and the ledger and the allocations get entries that undo the payment.
// Nothing is ever updated or deleted.
class PaymentService
{
public:
    explicit PaymentService(Storage::Store &store) : m_store(store) {}

    Result<PaymentResult> pay(const Core::Actor &actor, const QString &householdId, Core::Money amount,
                              PaymentMethod method, const QString &reference = {});
    Status voidReceipt(const Core::Actor &actor, const QString &receiptNumber, const QString &reason);
    // Pays money back out of the household's prepaid balance (红冲; supervisor, with a reason).
    // Numbered on its own per year ("2026-R000001"); never more than the household has in credit.
    // Returns the refund's number.
    Result<QString> refund(const Core::Actor &actor, const QString &householdId, Core::Money amount,
                           PaymentMethod method, const QString &reference, const QString &reason);

    // A receipt to print. The first print, made when the money is taken, is the original; every
    // later one is a reprint (补打), marked with its count. Each print is recorded and audited. A
    // voided receipt prints stamped as void. `print` puts the form on paper or in a file; the
    // print is recorded only when it succeeds.
    // Nothing prints inside a write transaction: the form is read, printed, then recorded.
    using PrintFunction = std::function<Status(const Reports::ReceiptForm &)>;
    Result<ReceiptPrint> printReceipt(const Core::Actor &actor, const QString &receiptNumber,
                                      const QString &organisation, const PrintFunction &print = {});
    // The two halves of printReceipt, for a caller that prints by itself: the form as it would
    // print now (a read; the original, or the next reprint), and, once it is on paper, the record
    // of that print (a short write transaction, audited).
    Result<ReceiptPrint> receiptToPrint(const Core::Actor &actor, const QString &receiptNumber,
                                        const QString &organisation) const;
    Status recordReceiptPrint(const Core::Actor &actor, const ReceiptPrint &printed);

    // Households by room ("3-2-501", "501") or by a member's name, at most `limit`.
    Result<QList<HouseholdMatch>> findHouseholds(const Core::Actor &actor, const QString &query, int limit = 50) const;
    // One household by its id.
    Result<HouseholdMatch> household(const Core::Actor &actor, const QString &householdId) const;
    // The household's receipts, the newest first.
    Result<QList<ReceiptRow>> receipts(const Core::Actor &actor, const QString &householdId) const;

    // The household's bills with something still owed, oldest first; with `asOf`, the late fee
    // that has accrued until that day under the late-fee policy and is not charged yet.
    Result<QList<OpenBill>> openBills(const QString &householdId, QDate asOf = {}) const;
    // The collection rate of the bills of `period` ("2026-11"), by building, the total last.
    Result<QList<CollectionRow>> collection(const Core::Actor &actor, const QString &period) const;
    // The same by fee item: what was paid of a bill is shared over its lines in proportion to
    // their amounts (the remainder fen to the largest shares), so the items add up to the total.
    Result<QList<CollectionRow>> collectionByItem(const Core::Actor &actor, const QString &period) const;
    // The collection rate of every billing period starting from `from` until `until`
    // (exclusive), oldest first; each row's label is the period.
    Result<QList<CollectionRow>> collectionTrend(const Core::Actor &actor, QDate from, QDate until) const;
    // Every household owing on bills due before `today`, the largest debt first; one compound or all.
    Result<QList<ArrearsRow>> arrears(const Core::Actor &actor, QDate today, const QString &compoundId = {}) const;

private:
    Storage::Store &m_store;
};

} // namespace Linli::Fees
