#pragma once

#include <core/actor.h>
#include <core/money.h>

#include <QtCore/QDate>
#include <QtCore/QHash>
#include <QtCore/QList>

namespace Linli::Storage {
class Store;
}

namespace Linli::Fees {

// A billing period as staff name it: "2026-11" (a month), "2026-Q4" (a quarter), "2026" (a year).
struct BillPeriod
{
    QString label;
    QDate from;
    QDate until; // exclusive
};
Result<BillPeriod> parsePeriod(const QString &text);

struct BillRunScope
{
    QString compoundId; // empty: every compound
    QString buildingId; // empty: the whole compound
};

struct PreviewLine
{
    QString itemId;
    QString itemName;
    QString description; // "87.35 m² × ¥1.0000/m²·月, 1 个月"
    Core::Money amount;
    QString readingId; // a metered line: the reading it charges
};

struct PreviewBill
{
    QString householdId;
    QString roomId;
    QString buildingId;
    QList<PreviewLine> lines;
    Core::Money total;
};

// What a bill run would create, before anything is written.
struct BillRunPreview
{
    BillPeriod period;
    QDate due;
    int households = 0;    // active households with a room in the scope
    int alreadyBilled = 0; // skipped: billed for this period before
    QList<PreviewBill> bills;
    Core::Money total;
    QHash<QString, Core::Money> totalByItem; // item name → amount
    QStringList skipped;                     // "幸福里 3-2-501: the room's area is not recorded" …
};

// Bill runs for the property service fee (per m² and month) and fixed monthly fees: a preview
// with totals, then one transaction that writes the run, its bills and lines and a charge in
// the ledger for every bill. Running a period again bills only the households not billed yet for
// any of its days (a month, or a quarter holding it), so nothing is ever billed twice. Households that cannot be billed
// (no area, no price) are listed and skipped; they are billed by a later run of the same period once fixed.
class BillRunService
{
public:
    explicit BillRunService(Storage::Store &store) : m_store(store) {}

    Result<BillRunPreview> preview(const Core::Actor &actor, const QString &period, const BillRunScope &scope,
                                   QDate due) const;
    // The run's id; NotFound when nothing is left to bill.
    Result<QString> commit(const Core::Actor &actor, const QString &period, const BillRunScope &scope, QDate due);

    // A discount for a household (vacant room, hardship, 低保 policy …): `basisPoints` of its fees
    // (3000 = 30 %) for one item (code) or all, from a day until a day (exclusive) or open.
    // It applies to bills made from then on, and only when it covers the whole billing period;
    // the bill line says so. Supervisor permission; audited.
    Result<QString> addDiscount(const Core::Actor &actor, const QString &householdId, const QString &kind,
                                int basisPoints, QDate from, QDate until, const QString &itemCode = {},
                                const QString &note = {});

    // Cancels a run before it is paid (supervisor, with a reason): a reversal in the ledger for
    // each bill, money taken from advance payments back to the advance, and the period free to
    // be billed again. Refused once a payment made after the run paid any of its bills.
    Status voidRun(const Core::Actor &actor, const QString &runId, const QString &reason);

    // A household's balance: the sum of its ledger entries (positive: it owes).
    Result<Core::Money> balance(const Core::Actor &actor, const QString &householdId) const;

private:
    Storage::Store &m_store;
};

} // namespace Linli::Fees
