#include "feecalc.h"

#include "feestr.h"

#include <limits>

namespace Linli::Fees {

namespace {

__extension__ typedef __int128 Int128;

// The lengths of every month divide this (lcm of 28, 29, 30, 31): shares of different months
// add up exactly over one denominator.
constexpr qint64 MonthLengths = 377580;
constexpr qint64 MaxPrice = 10'000'0000; // ¥10,000.0000

Error invalid(const QString &message)
{
    return Error(ErrorCode::InvalidInput, message);
}

// numerator / denominator fen, rounded half away from zero: the one rounding step.
Result<Core::Money> roundToFen(Int128 numerator, Int128 denominator)
{
    const bool negative = numerator < 0;
    const Int128 magnitude = negative ? -numerator : numerator;
    Int128 fen = magnitude / denominator;
    if ((magnitude % denominator) * 2 >= denominator)
        ++fen;
    if (fen > std::numeric_limits<qint64>::max())
        return Error(ErrorCode::InvalidInput, Tr::tr("The amount is too large."));
    return Core::Money::fromFen(negative ? -qint64(fen) : qint64(fen));
}

Status checkSpan(BillingSpan span)
{
    if (!span.from.isValid() || !span.until.isValid() || span.until <= span.from)
        return invalid(Tr::tr("The billing period must end after it starts."));
    if (span.from.daysTo(span.until) > 366 * 10)
        return invalid(Tr::tr("A billing period is at most ten years."));
    return {};
}

Status checkDiscount(int basisPoints)
{
    if (basisPoints < 0 || basisPoints > 10000)
        return invalid(Tr::tr("A discount is between 0 % and 100 %."));
    return {};
}

// Σ over the calendar months of [from, until): days in it × (MonthLengths / its length), i.e.
// the number of months covered, in units of 1/MonthLengths.
Int128 monthShares(QDate from, QDate until)
{
    Int128 shares = 0;
    QDate day = from;
    while (day < until) {
        const QDate monthEnd = QDate(day.year(), day.month(), 1).addMonths(1);
        const QDate end = std::min(monthEnd, until);
        shares += Int128(day.daysTo(end)) * (MonthLengths / day.daysInMonth());
        day = end;
    }
    return shares;
}

} // namespace

Result<UnitPrice> UnitPrice::parse(const QString &text)
{
    QString t;
    for (QChar c : text) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19) // full-width digits
            t += QChar(u'0' + (c.unicode() - 0xFF10));
        else if (c == u'．')
            t += u'.';
        else if (!c.isSpace())
            t += c;
    }
    for (const QString &suffix : {QStringLiteral("元/㎡"), QStringLiteral("元/m²"), QStringLiteral("元/平方米"),
                                  QStringLiteral("元/平米"), QStringLiteral("元")}) {
        if (t.endsWith(suffix)) {
            t.chop(suffix.size());
            break;
        }
    }
    if (t.startsWith(u'¥') || t.startsWith(u'￥'))
        t.remove(0, 1);
    const qsizetype dot = t.indexOf(u'.');
    const QString whole = dot < 0 ? t : t.left(dot);
    const QString decimals = dot < 0 ? QString() : t.mid(dot + 1);
    const auto digitsOnly = [](const QString &s) {
        for (QChar c : s) {
            if (c < u'0' || c > u'9')
                return false;
        }
        return true;
    };
    if (whole.isEmpty() || !digitsOnly(whole) || !digitsOnly(decimals) || (dot >= 0 && decimals.isEmpty()))
        return invalid(Tr::tr("\"%1\" is not a unit price such as 0.85 or ¥1.0000.").arg(text));
    if (decimals.size() > 4)
        return invalid(Tr::tr("A unit price has at most four decimals (¥0.8500)."));
    if (whole.size() > 6)
        return invalid(Tr::tr("A unit price is at most ¥10,000."));
    const qint64 value = whole.toLongLong() * 10000 + decimals.leftJustified(4, u'0').toLongLong();
    if (value > MaxPrice)
        return invalid(Tr::tr("A unit price is at most ¥10,000."));
    return UnitPrice(value);
}

QString UnitPrice::toString() const
{
    return QStringLiteral("¥%1.%2").arg(m_value / 10000).arg(m_value % 10000, 4, 10, QChar(u'0'));
}

Result<Core::Money> areaCharge(qint64 areaCm2, const QList<PricePeriod> &prices, BillingSpan span,
                               int discountBasisPoints)
{
    if (auto s = checkSpan(span); !s)
        return s.error();
    if (auto s = checkDiscount(discountBasisPoints); !s)
        return s.error();
    if (areaCm2 < 0 || areaCm2 > 100'000'00)
        return invalid(Tr::tr("The area must be between 0 and 100,000 m²."));
    for (qsizetype i = 0; i < prices.size(); ++i) {
        const PricePeriod &a = prices.at(i);
        if (!a.from.isValid() || (a.until.isValid() && a.until <= a.from))
            return invalid(Tr::tr("A price must be valid from a day, and until a later day if at all."));
        for (qsizetype j = i + 1; j < prices.size(); ++j) {
            const PricePeriod &b = prices.at(j);
            const bool apart = (a.until.isValid() && a.until <= b.from) || (b.until.isValid() && b.until <= a.from);
            if (!apart)
                return invalid(Tr::tr("Two prices are valid on the same day (from %1 and from %2).")
                                   .arg(a.from.toString(Qt::ISODate), b.from.toString(Qt::ISODate)));
        }
    }
    // Area (0.01 m²) × price (¥0.0001 per m² and month) is 1/10,000 fen per month.
    Int128 numerator = 0;
    qint64 coveredDays = 0;
    for (const PricePeriod &p : prices) {
        const QDate from = std::max(p.from, span.from);
        const QDate until = p.until.isValid() ? std::min(p.until, span.until) : span.until;
        if (from >= until)
            continue;
        coveredDays += from.daysTo(until);
        numerator += Int128(areaCm2) * p.price.tenThousandths() * monthShares(from, until);
    }
    if (coveredDays != span.from.daysTo(span.until))
        return invalid(Tr::tr("No price is set for part of the period %1 to %2.")
                           .arg(span.from.toString(Qt::ISODate), span.until.addDays(-1).toString(Qt::ISODate)));
    numerator *= 10000 - discountBasisPoints;
    return roundToFen(numerator, Int128(10000) * MonthLengths * 10000);
}

Result<Core::Money> monthlyCharge(Core::Money perMonth, BillingSpan span, int discountBasisPoints)
{
    if (auto s = checkSpan(span); !s)
        return s.error();
    if (auto s = checkDiscount(discountBasisPoints); !s)
        return s.error();
    if (perMonth.isNegative())
        return invalid(Tr::tr("A monthly fee cannot be negative."));
    const Int128 numerator =
        Int128(perMonth.fen()) * monthShares(span.from, span.until) * (10000 - discountBasisPoints);
    return roundToFen(numerator, Int128(MonthLengths) * 10000);
}

Result<Core::Money> meteredCharge(qint64 consumptionThousandths, UnitPrice price)
{
    if (consumptionThousandths < 0)
        return invalid(Tr::tr("The meter reading is lower than the previous one."));
    // thousandths of a unit × ¥0.0001 per unit = 1/100,000 fen.
    return roundToFen(Int128(consumptionThousandths) * price.tenThousandths(), 100000);
}

Result<Core::Money> lateFee(Core::Money overdue, QDate due, int graceDays, QDate paidOn, int dailyRatePpm,
                            Core::Money cap)
{
    if (!due.isValid() || !paidOn.isValid() || graceDays < 0 || dailyRatePpm < 0 || cap.isNegative())
        return invalid(Tr::tr("The late-fee rule is incomplete."));
    if (overdue.isNegative() || overdue.isZero())
        return Core::Money();
    const qint64 days = due.addDays(graceDays).daysTo(paidOn);
    if (days <= 0)
        return Core::Money();
    auto fee = roundToFen(Int128(overdue.fen()) * dailyRatePpm * days, 1'000'000);
    if (!fee)
        return fee;
    if (!cap.isZero() && *fee > cap)
        return cap;
    return fee;
}

} // namespace Linli::Fees
