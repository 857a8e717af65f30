#include "feeservice.h"

#include "feestr.h"

#include <storage/auditlog.h>
#include <storage/outbox.h>
#include <storage/store.h>
#include <storage/transaction.h>

#include <QtCore/QJsonObject>
#include <QtCore/QRegularExpression>

using namespace Qt::StringLiterals;

namespace Linli::Fees {

namespace {

const QString RateColumns = u"id, item_id, compound_id, building_id, valid_from, valid_until, price"_s;

FeeRate rateFrom(const QVariantList &r)
{
    return {r.at(0).toString(),
            r.at(1).toString(),
            {r.at(2).toString(), r.at(3).toString()},
            QDate::fromString(r.at(4).toString(), Qt::ISODate),
            QDate::fromString(r.at(5).toString(), Qt::ISODate),
            r.at(6).toLongLong()};
}

bool overlaps(QDate aFrom, QDate aUntil, QDate bFrom, QDate bUntil)
{
    const bool aBeforeB = aUntil.isValid() && aUntil <= bFrom;
    const bool bBeforeA = bUntil.isValid() && bUntil <= aFrom;
    return !aBeforeB && !bBeforeA;
}

} // namespace

QString itemKindCode(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Area: return u"area"_s;
    case ItemKind::Monthly: return u"monthly"_s;
    case ItemKind::OneOff: return u"one_off"_s;
    case ItemKind::Metered: return u"metered"_s;
    }
    return u"area"_s;
}

std::optional<ItemKind> itemKindFromCode(const QString &code)
{
    for (ItemKind k : {ItemKind::Area, ItemKind::Monthly, ItemKind::OneOff, ItemKind::Metered}) {
        if (itemKindCode(k) == code)
            return k;
    }
    return std::nullopt;
}

QString itemKindDisplayName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Area: return Tr::tr("per m² and month");
    case ItemKind::Monthly: return Tr::tr("fixed monthly");
    case ItemKind::OneOff: return Tr::tr("one-off");
    case ItemKind::Metered: return Tr::tr("metered");
    }
    return {};
}

QString FeeRate::priceText(ItemKind kind) const
{
    switch (kind) {
    case ItemKind::Area: return Tr::tr("%1/m² a month").arg(UnitPrice::fromTenThousandths(price).toString());
    case ItemKind::Metered: return Tr::tr("%1 a unit").arg(UnitPrice::fromTenThousandths(price).toString());
    case ItemKind::Monthly: return Tr::tr("%1 a month").arg(Core::Money::fromFen(price).toString());
    case ItemKind::OneOff: return Core::Money::fromFen(price).toString();
    }
    return {};
}

Result<FeeItem> FeeService::addItem(const Core::Actor &actor, const QString &code, const QString &name, ItemKind kind,
                                    const QString &unit)
{
    if (auto s = actor.require(Core::Permission::SuperviseFees); !s)
        return s.error();
    const QString cleanCode = code.trimmed().toLower();
    static const QRegularExpression valid(u"^[a-z][a-z0-9_]{1,31}$"_s);
    if (!valid.match(cleanCode).hasMatch())
        return Error(ErrorCode::InvalidInput, Tr::tr("A fee item's code has 2 to 32 lowercase letters, digits and "
                                                     "underscores and starts with a letter, e.g. property."));
    const QString cleanName = name.simplified();
    if (cleanName.isEmpty() || cleanName.size() > 30)
        return Error(ErrorCode::InvalidInput, Tr::tr("Give the fee item a name of at most 30 characters."));
    auto clash =
        m_store.connection().scalar(u"SELECT count(*) FROM fee_items WHERE code = ? AND deleted = 0"_s, {cleanCode});
    if (!clash)
        return clash.error();
    if (clash->toInt() > 0)
        return Error(ErrorCode::AlreadyExists, Tr::tr("There is already a fee item with the code %1.").arg(cleanCode));
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    const QString id = m_store.newId().toString();
    if (auto s = Storage::Outbox::insert(m_store, u"fee_items"_s, id,
                                         {{u"code"_s, cleanCode},
                                          {u"name"_s, cleanName},
                                          {u"kind"_s, itemKindCode(kind)},
                                          {u"unit"_s, unit.simplified()}});
        !s)
        return s.error();
    if (auto s = Storage::AuditLog::append(m_store, actor.username, u"fees.item.add"_s, id); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return FeeItem{id, cleanCode, cleanName, kind, unit.simplified()};
}

Result<QList<FeeItem>> FeeService::items(const Core::Actor &actor) const
{
    if (auto s = actor.require(Core::Permission::ReadData); !s)
        return s.error();
    auto rows = m_store.connection().select(
        u"SELECT id, code, name, kind, unit FROM fee_items WHERE deleted = 0 ORDER BY code"_s);
    if (!rows)
        return rows.error();
    QList<FeeItem> out;
    for (const QVariantList &r : std::as_const(*rows))
        out.append({r.at(0).toString(), r.at(1).toString(), r.at(2).toString(),
                    itemKindFromCode(r.at(3).toString()).value_or(ItemKind::OneOff), r.at(4).toString()});
    return out;
}

Result<FeeItem> FeeService::item(const Core::Actor &actor, const QString &idOrCode) const
{
    auto all = items(actor);
    if (!all)
        return all.error();
    for (const FeeItem &i : std::as_const(*all)) {
        if (i.id == idOrCode || i.code == idOrCode.trimmed().toLower())
            return i;
    }
    return Error(ErrorCode::NotFound, Tr::tr("There is no fee item \"%1\".").arg(idOrCode));
}

Result<FeeRate> FeeService::setRate(const Core::Actor &actor, const QString &itemId, const RateScope &scope, QDate from,
                                    QDate until, const QString &priceText)
{
    if (auto s = actor.require(Core::Permission::SuperviseFees); !s)
        return s.error();
    auto it = item(actor, itemId);
    if (!it)
        return it.error();
    if (!from.isValid() || (until.isValid() && until <= from))
        return Error(ErrorCode::InvalidInput, Tr::tr("A rate is valid from a day, and until a later day if at all."));
    if (!scope.buildingId.isEmpty() && scope.compoundId.isEmpty())
        return Error(ErrorCode::InvalidInput, Tr::tr("A building's rate also names its compound."));
    qint64 price = 0;
    if (it->kind == ItemKind::Area || it->kind == ItemKind::Metered) {
        auto p = UnitPrice::parse(priceText);
        if (!p)
            return p.error();
        price = p->tenThousandths();
    } else {
        auto m = Core::Money::parse(priceText);
        if (!m)
            return m.error();
        if (m->isNegative())
            return Error(ErrorCode::InvalidInput, Tr::tr("A fee cannot be negative."));
        price = m->fen();
    }
    auto existing = rates(actor, it->id);
    if (!existing)
        return existing.error();
    // The open rate of the same scope that starts earlier ends where the new one starts.
    QString closing;
    for (const FeeRate &r : std::as_const(*existing)) {
        if (r.scope.compoundId != scope.compoundId || r.scope.buildingId != scope.buildingId)
            continue;
        if (!r.until.isValid() && r.from < from) {
            if (!closing.isEmpty())
                return Error(ErrorCode::Conflict, Tr::tr("The rates of this item overlap; correct them first."));
            closing = r.id;
            continue;
        }
        if (overlaps(r.from, r.until, from, until))
            return Error(
                ErrorCode::Conflict,
                Tr::tr("A rate from %1 already covers part of this period.").arg(r.from.toString(Qt::ISODate)));
    }
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    if (!closing.isEmpty()) {
        if (auto s = Storage::Outbox::upsert(m_store, u"fee_rates"_s, closing,
                                             {{u"valid_until"_s, from.toString(Qt::ISODate)}});
            !s)
            return s.error();
    }
    const QString id = m_store.newId().toString();
    if (auto s = Storage::Outbox::insert(m_store, u"fee_rates"_s, id,
                                         {{u"item_id"_s, it->id},
                                          {u"compound_id"_s, scope.compoundId},
                                          {u"building_id"_s, scope.buildingId},
                                          {u"valid_from"_s, from.toString(Qt::ISODate)},
                                          {u"valid_until"_s, until.isValid() ? until.toString(Qt::ISODate) : QString()},
                                          {u"price"_s, price}});
        !s)
        return s.error();
    if (auto s = Storage::AuditLog::append(m_store, actor.username, u"fees.rate.set"_s, id,
                                           {{u"item"_s, it->code}, {u"price"_s, price}, {u"closed"_s, closing}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return FeeRate{id, it->id, scope, from, until, price};
}

Result<QList<FeeRate>> FeeService::rates(const Core::Actor &actor, const QString &itemId) const
{
    if (auto s = actor.require(Core::Permission::ReadData); !s)
        return s.error();
    auto rows = m_store.connection().select(u"SELECT "_s + RateColumns
                                                + u" FROM fee_rates WHERE item_id = ? AND deleted = 0"
                                                  u" ORDER BY compound_id, building_id, valid_from"_s,
                                            {itemId});
    if (!rows)
        return rows.error();
    QList<FeeRate> out;
    for (const QVariantList &r : std::as_const(*rows))
        out.append(rateFrom(r));
    return out;
}

Result<QList<PricePeriod>> FeeService::pricesFor(const QString &itemId, const QString &compoundId,
                                                 const QString &buildingId) const
{
    for (const auto &[compound, building] :
         {std::pair{compoundId, buildingId}, std::pair{compoundId, QString()}, std::pair{QString(), QString()}}) {
        if (compound.isEmpty() && !building.isEmpty())
            continue;
        auto rows = m_store.connection().select(u"SELECT "_s + RateColumns
                                                    + u" FROM fee_rates WHERE item_id = ? AND compound_id = ?"
                                                      u" AND building_id = ? AND deleted = 0 ORDER BY valid_from"_s,
                                                {itemId, compound, building});
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            continue;
        QList<PricePeriod> out;
        for (const QVariantList &r : std::as_const(*rows)) {
            const FeeRate rate = rateFrom(r);
            out.append({rate.from, rate.until, UnitPrice::fromTenThousandths(rate.price)});
        }
        return out;
    }
    return QList<PricePeriod>();
}

Result<RateScope> FeeService::scopeByName(const QString &compoundName, const QString &buildingNumber) const
{
    RateScope scope;
    if (compoundName.trimmed().isEmpty()) {
        if (!buildingNumber.trimmed().isEmpty())
            return Error(ErrorCode::InvalidInput, Tr::tr("A building needs its compound."));
        return scope;
    }
    auto compound = m_store.connection().scalar(
        u"SELECT coalesce(max(id), '') FROM reg_pub_compounds WHERE name = ? AND deleted = 0"_s,
        {compoundName.trimmed()});
    if (!compound)
        return compound.error();
    if (compound->toString().isEmpty())
        return Error(ErrorCode::NotFound, Tr::tr("There is no compound \"%1\".").arg(compoundName.trimmed()));
    scope.compoundId = compound->toString();
    if (buildingNumber.trimmed().isEmpty())
        return scope;
    auto building = m_store.connection().scalar(
        u"SELECT coalesce(max(id), '') FROM reg_pub_buildings WHERE compound_id = ? AND number = ? AND deleted = 0"_s,
        {scope.compoundId, buildingNumber.trimmed()});
    if (!building)
        return building.error();
    if (building->toString().isEmpty())
        return Error(ErrorCode::NotFound,
                     Tr::tr("There is no building %1 in %2.").arg(buildingNumber.trimmed(), compoundName.trimmed()));
    scope.buildingId = building->toString();
    return scope;
}

Result<QList<std::pair<QString, QString>>> FeeService::compounds(const Core::Actor &actor) const
{
    if (auto s = actor.require(Core::Permission::ReadData); !s)
        return s.error();
    auto rows =
        m_store.connection().select(u"SELECT id, name FROM reg_pub_compounds WHERE deleted = 0 ORDER BY name"_s);
    if (!rows)
        return rows.error();
    QList<std::pair<QString, QString>> out;
    for (const QVariantList &r : std::as_const(*rows))
        out.append({r.at(0).toString(), r.at(1).toString()});
    return out;
}

Result<QString> FeeService::itemIdOrAll(const Core::Actor &actor, const QString &code) const
{
    if (code.trimmed().isEmpty())
        return QString();
    auto found = item(actor, code);
    if (!found)
        return found.error();
    return found->id;
}

} // namespace Linli::Fees
