#pragma once

#include "feecalc.h"

#include <core/actor.h>

namespace Linli::Storage {
class Store;
}

namespace Linli::Fees {

enum class ItemKind { Area, Monthly, OneOff, Metered };
QString itemKindCode(ItemKind kind);
std::optional<ItemKind> itemKindFromCode(const QString &code);
QString itemKindDisplayName(ItemKind kind);

struct FeeItem
{
    QString id;
    QString code;
    QString name;
    ItemKind kind = ItemKind::Area;
    QString unit;
};

// Where a rate applies: every compound (both empty), one compound, or one building of it.
struct RateScope
{
    QString compoundId;
    QString buildingId;
};

struct FeeRate
{
    QString id;
    QString itemId;
    RateScope scope;
    QDate from;
    QDate until;  // exclusive; null: still valid
    qint64 price; // ten-thousandths of a yuan (area, metered) or fen (monthly, one-off)
    // "¥0.8500/㎡·月", "¥20.00/月", as staff read it.
    QString priceText(ItemKind kind) const;
};

// Fee items and their rates. Configuring them needs the supervisor permission; every change is
// audited; rates are synced rows like the rest.
class FeeService
{
public:
    explicit FeeService(Storage::Store &store) : m_store(store) {}

    // `code` is what scripts use (property, garbage, parking, water …).
    Result<FeeItem> addItem(const Core::Actor &actor, const QString &code, const QString &name, ItemKind kind,
                            const QString &unit = {});
    Result<QList<FeeItem>> items(const Core::Actor &actor) const;
    Result<FeeItem> item(const Core::Actor &actor, const QString &idOrCode) const;
    // The id of the item with this code, or '' (every item) for an empty code.
    Result<QString> itemIdOrAll(const Core::Actor &actor, const QString &code) const;

    // A new price from `from` on (until `until`, exclusive, when given), parsed as the item's
    // kind wants it ("1.00", "¥0.8500" per m² and month; "20", "¥20.00" a month). A rate of the
    // same scope still open at `from` ends there: "¥1.00 from 2027-01-01" closes "¥0.80 from
    // 2026-01-01". A rate that would overlap a closed one, or start before a later one, is refused.
    Result<FeeRate> setRate(const Core::Actor &actor, const QString &itemId, const RateScope &scope, QDate from,
                            QDate until, const QString &priceText);
    Result<QList<FeeRate>> rates(const Core::Actor &actor, const QString &itemId) const;

    // The prices that apply to a room of `compoundId`/`buildingId`: the building's own rates when
    // it has any, otherwise the compound's, otherwise those for every compound.
    Result<QList<PricePeriod>> pricesFor(const QString &itemId, const QString &compoundId,
                                         const QString &buildingId) const;

    // The compounds fees are charged in (id, name), by name: scopes for runs and lists.
    Result<QList<std::pair<QString, QString>>> compounds(const Core::Actor &actor) const;
    // The scope named by a compound's name and, optionally, a building number in it; NotFound
    // names what does not exist. Both empty: every compound.
    Result<RateScope> scopeByName(const QString &compoundName, const QString &buildingNumber) const;

private:
    Storage::Store &m_store;
};

} // namespace Linli::Fees
