#include "billplan.h"

#include "feestr.h"
#include "meters.h"

#include <QtCore/QLocale>

using namespace Qt::StringLiterals;

namespace Linli::Fees {

namespace {

QString areaText(qint64 areaCm2)
{
    return QStringLiteral("%1.%2 m²").arg(areaCm2 / 100).arg(areaCm2 % 100, 2, 10, QChar(u'0'));
}

QString monthsText(const BillPeriod &p)
{
    const int months = (p.until.year() - p.from.year()) * 12 + p.until.month() - p.from.month();
    return Tr::tr("%n month(s)", nullptr, months);
}

QString discountText(const BillingDiscount &d)
{
    const QString kind = d.kind == u"vacant"     ? Tr::tr("vacant room")
                         : d.kind == u"hardship" ? Tr::tr("hardship")
                         : d.kind == u"dibao"    ? Tr::tr("subsistence allowance (dibao)")
                                                 : Tr::tr("other");
    return Tr::tr(", %1 discount %2 %").arg(kind, QLocale::c().toString(d.basisPoints / 100.0, 'g', 4));
}

// What does not depend on the household, per building and item: the prices, the fixed monthly
// amounts and the description texts (made once per building, not per household).
struct ItemPrices
{
    QList<PricePeriod> prices;
    QString descriptionTail;            // " × ¥1.0000/m² a month, 1 month" / "¥20.00 a month, 1 month"
    QHash<int, Core::Money> monthlyFor; // monthly items: discount basis points → amount
};

class Planner
{
public:
    explicit Planner(const BillRunInputs &in)
        : m_in(in), m_span{in.period.from, in.period.until}, m_months(monthsText(in.period))
    {}

    BillRunPlan plan();

private:
    QList<ItemPrices> &pricesOf(const QString &buildingId);
    BillingDiscount discountFor(const QString &householdId, const QString &itemId) const;
    // Each adds its lines to `bill`; the problem that stops the household being billed, or empty.
    QString addFixedLines(const BillingHousehold &h, QList<ItemPrices> &prices, PreviewBill &bill);
    QString addMeteredLines(const BillingHousehold &h, const QList<ItemPrices> &prices, PreviewBill &bill) const;
    Result<Core::Money> monthlyAmount(ItemPrices &ip, int basisPoints) const;
    const QString &discountTextOf(const BillingDiscount &d);

    const BillRunInputs &m_in;
    const BillingSpan m_span;
    const QString m_months;
    QHash<QString, QList<ItemPrices>> m_pricesByBuilding;
    QHash<QString, QString> m_discountTexts; // kind|bp → ", 空置减免 30 %"
};

BillRunPlan Planner::plan()
{
    BillRunPlan plan;
    BillRunPreview &out = plan.preview;
    out.period = m_in.period;
    out.due = m_in.due;
    for (const BillingHousehold &h : m_in.households) {
        ++out.households;
        if (m_in.alreadyBilled.contains(h.id)) {
            ++out.alreadyBilled;
            continue;
        }
        QList<ItemPrices> &prices = pricesOf(h.buildingId);
        PreviewBill bill{h.id, h.roomId, h.buildingId, {}, {}};
        QString problem = addFixedLines(h, prices, bill);
        if (problem.isEmpty())
            problem = addMeteredLines(h, prices, bill);
        if (!problem.isEmpty()) {
            plan.unbillable.append({h.roomId, problem});
            continue;
        }
        if (bill.lines.isEmpty())
            continue;
        for (const PreviewLine &l : std::as_const(bill.lines)) {
            Core::Money &sum = out.totalByItem[l.itemName];
            sum = Core::Money::fromFen(sum.fen() + l.amount.fen());
        }
        out.total = Core::Money::fromFen(out.total.fen() + bill.total.fen());
        out.bills.append(std::move(bill));
    }
    return plan;
}

QList<ItemPrices> &Planner::pricesOf(const QString &buildingId)
{
    auto it = m_pricesByBuilding.find(buildingId);
    if (it != m_pricesByBuilding.end())
        return *it;
    const QList<QList<PricePeriod>> given = m_in.pricesOf.value(buildingId);
    QList<ItemPrices> list;
    for (qsizetype i = 0; i < m_in.items.size(); ++i) {
        const FeeItem &item = m_in.items.at(i);
        ItemPrices ip;
        ip.prices = given.value(i);
        if (!ip.prices.isEmpty()) {
            const UnitPrice last = ip.prices.last().price;
            if (item.kind == ItemKind::Area)
                ip.descriptionTail = Tr::tr("%1 × %2/m² a month, %3").arg(QString(), last.toString(), m_months);
            else if (item.kind == ItemKind::Monthly)
                ip.descriptionTail =
                    Tr::tr("%1 a month, %2").arg(Core::Money::fromFen(last.tenThousandths()).toString(), m_months);
        }
        list.append(ip);
    }
    return *m_pricesByBuilding.insert(buildingId, list);
}

BillingDiscount Planner::discountFor(const QString &householdId, const QString &itemId) const
{
    BillingDiscount best;
    const auto found = m_in.discountsOf.constFind(householdId);
    if (found == m_in.discountsOf.cend())
        return best;
    for (const BillingDiscount &d : *found) {
        if ((d.itemId.isEmpty() || d.itemId == itemId) && d.basisPoints > best.basisPoints)
            best = d;
    }
    return best;
}

const QString &Planner::discountTextOf(const BillingDiscount &d)
{
    const QString key = d.kind + QString::number(d.basisPoints);
    auto text = m_discountTexts.constFind(key);
    if (text == m_discountTexts.cend())
        text = m_discountTexts.insert(key, discountText(d));
    return *text;
}

Result<Core::Money> Planner::monthlyAmount(ItemPrices &ip, int basisPoints) const
{
    auto cached = ip.monthlyFor.constFind(basisPoints);
    if (cached != ip.monthlyFor.cend())
        return *cached;
    // A monthly fee in fen is a price per "m²" of one m² in ten-thousandths × 100.
    QList<PricePeriod> perMonth = ip.prices;
    for (PricePeriod &p : perMonth)
        p.price = UnitPrice::fromTenThousandths(p.price.tenThousandths() * 100);
    auto amount = areaCharge(100, perMonth, m_span, basisPoints);
    if (amount)
        ip.monthlyFor.insert(basisPoints, *amount);
    return amount;
}

QString Planner::addFixedLines(const BillingHousehold &h, QList<ItemPrices> &prices, PreviewBill &bill)
{
    for (qsizetype i = 0; i < m_in.items.size(); ++i) {
        const FeeItem &item = m_in.items.at(i);
        if (item.kind != ItemKind::Area && item.kind != ItemKind::Monthly)
            continue;
        ItemPrices &ip = prices[i];
        if (ip.prices.isEmpty())
            continue; // this item has no price here: not charged in this compound
        const BillingDiscount discount = discountFor(h.id, item.id);
        Result<Core::Money> amount = Core::Money();
        QString description;
        if (item.kind == ItemKind::Area) {
            if (h.areaCm2 <= 0)
                return Tr::tr("the room's area is not recorded");
            amount = areaCharge(h.areaCm2, ip.prices, m_span, discount.basisPoints);
            description = areaText(h.areaCm2) + ip.descriptionTail;
        } else {
            amount = monthlyAmount(ip, discount.basisPoints);
            description = ip.descriptionTail;
        }
        if (discount.basisPoints > 0)
            description += discountTextOf(discount);
        if (!amount)
            return amount.error().message();
        if (amount->isZero())
            continue;
        bill.lines.append({item.id, item.name, description, *amount, {}});
        bill.total = Core::Money::fromFen(bill.total.fen() + amount->fen());
    }
    return {};
}

QString Planner::addMeteredLines(const BillingHousehold &h, const QList<ItemPrices> &prices, PreviewBill &bill) const
{
    const auto readings = m_in.readingsOf.constFind(h.roomId);
    if (readings == m_in.readingsOf.cend())
        return {};
    for (const BillingReading &m : *readings) {
        qsizetype index = 0;
        while (index < m_in.items.size() && m_in.items.at(index).id != m.itemId)
            ++index;
        const bool metered = index < m_in.items.size() && m_in.items.at(index).kind == ItemKind::Metered;
        const FeeItem item = metered ? m_in.items.at(index) : FeeItem();
        // The price of the reading day.
        std::optional<UnitPrice> price;
        for (const PricePeriod &pp : index < prices.size() ? prices.at(index).prices : QList<PricePeriod>()) {
            if (pp.from <= m.readOn && (!pp.until.isValid() || m.readOn < pp.until))
                price = pp.price;
        }
        if (!price)
            return Tr::tr("%1 has no price on %2").arg(item.name, m.readOn.toString(Qt::ISODate));
        auto amount = meteredCharge(m.current - m.previous, *price);
        if (!amount)
            return amount.error().message();
        const QString text = Tr::tr("read %1: %2 → %3, %4 %5")
                                 .arg(m.readOn.toString(Qt::ISODate), MeterService::readingText(m.previous),
                                      MeterService::readingText(m.current),
                                      MeterService::readingText(m.current - m.previous), item.unit);
        bill.lines.append(
            {item.id, item.name, text + Tr::tr(" × %1/%2").arg(price->toString(), item.unit), *amount, m.id});
        bill.total = *bill.total.plus(*amount);
    }
    return {};
}

} // namespace

Result<QDate> billDueDate(const BillPeriod &period, QDate due)
{
    const QDate out = due.isValid() ? due : period.until.addDays(-1);
    if (out < period.from)
        return Error(ErrorCode::InvalidInput, Tr::tr("The due date cannot be before the period starts."));
    return out;
}

BillRunPlan planBillRun(const BillRunInputs &inputs)
{
    return Planner(inputs).plan();
}

QList<std::pair<QString, qint64>> takeAdvances(qint64 owed, QList<std::pair<QString, qint64>> &unused, qint64 &credit)
{
    QList<std::pair<QString, qint64>> used;
    for (auto &[paymentId, left] : unused) {
        if (owed == 0 || credit == 0)
            break;
        const qint64 part = std::min({owed, left, credit});
        if (part == 0)
            continue;
        used.append({paymentId, part});
        left -= part;
        owed -= part;
        credit -= part;
    }
    return used;
}

} // namespace Linli::Fees
