#pragma once

#include <core/actor.h>
#include <core/money.h>

#include <QtCore/QDate>
#include <QtCore/QList>

namespace Linli::Storage {
class Store;
}

namespace Linli::Fees {

// The late-fee rule (滞纳金/违约金): `dailyRatePpm` millionths of the overdue amount a day
// (500 = 0.05 % a day) for every day after the due date and `graceDays`, at most `capBasisPoints`
// of the bill (10000 = as much as the bill; 0 = no cap). A zero rate charges nothing.
struct LateFeePolicy
{
    QDate from;
    int dailyRatePpm = 0;
    int graceDays = 0;
    int capBasisPoints = 0;
    bool active() const { return dailyRatePpm > 0; }
};

// The reduction every 低保 household gets under the local policy: `basisPoints` of one item's fees
// (code) or of all of them. It applies to households with a living member tagged 低保 in the
// registry, so it follows the registry without anyone entering it household by household.
struct DibaoPolicy
{
    QDate from;
    int basisPoints = 0;
    QString itemId; // empty: every item
    QString itemCode;
    bool active() const { return basisPoints > 0; }
};

// Fee policies, set by a supervisor from a day on; a later setting replaces an earlier one from
// its first day (a zero rate ends a policy). Every change is audited and kept.
class PolicyService
{
public:
    explicit PolicyService(Storage::Store &store) : m_store(store) {}

    Status setLateFee(const Core::Actor &actor, QDate from, int dailyRatePpm, int graceDays, int capBasisPoints);
    Status setDibaoDiscount(const Core::Actor &actor, QDate from, int basisPoints, const QString &itemCode = {});

    // The rules in force on `day` (inactive when none was set).
    Result<LateFeePolicy> lateFee(QDate day) const;
    Result<DibaoPolicy> dibao(QDate day) const;
    // Households with a living member tagged 低保.
    Result<QList<QString>> dibaoHouseholds() const;

private:
    Storage::Store &m_store;
};

// "0.05 %" ⇄ 500 millionths a day; "30 %" ⇄ 3000 basis points. Full-width digits and a missing
// "%" are accepted; at most four decimals of a per cent for rates, two for shares.
Result<int> parseDailyRatePpm(const QString &text);
Result<int> parseBasisPoints(const QString &text);
QString ppmText(int ppm);        // "0.05 %"
QString basisPointsText(int bp); // "30 %"

} // namespace Linli::Fees
