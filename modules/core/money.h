#pragma once

#include "result.h"

#include <QtCore/QString>
#include <QtCore/QtGlobal>

namespace Linli::Core {

// An amount of renminbi in fen (1/100 yuan). No floating point is ever involved.
//
// Rounding rule (the only one in Linli): when an amount must be scaled by a ratio
// (a unit price with 4 decimals, a proration by days), the exact product is computed in
// 128-bit integers and rounded half away from zero to the fen, once, at the end.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }
    // Whole yuan; for tests and constants.
    static constexpr Money fromYuan(qint64 yuan) { return Money(yuan * 100); }

    constexpr qint64 fen() const { return m_fen; }
    constexpr bool isZero() const { return m_fen == 0; }
    constexpr bool isNegative() const { return m_fen < 0; }

    // Parses "1234.5", "1,234.50", "¥1,234.50", "￥12", "1234.50元", "-3.20", with stray spaces and
    // full-width digits. Refuses more than two decimals, bad grouping, overflow and anything else.
    static Result<Money> parse(const QString &text);

    // "¥1,234.50"; negative amounts as "-¥1,234.50".
    QString toString() const;
    // "1234.50" without symbol or grouping, for CSV, XLSX and JSON.
    QString toPlainString() const;
    // The amount in Chinese capital numerals as receipts and cheques write it (大写):
    // "壹仟零伍元零柒分", "壹拾万元整", "伍角整", "零元整"; negative amounts start with "负".
    QString toChineseCapital() const;

    // Checked arithmetic: an overflow is an error, never a wrap-around.
    Result<Money> plus(Money other) const;
    Result<Money> minus(Money other) const;
    Result<Money> times(qint64 factor) const;
    // this × numerator / denominator, rounded half away from zero to the fen.
    Result<Money> scaled(qint64 numerator, qint64 denominator) const;

    friend constexpr bool operator==(Money a, Money b) { return a.m_fen == b.m_fen; }
    friend constexpr auto operator<=>(Money a, Money b) { return a.m_fen <=> b.m_fen; }

private:
    constexpr explicit Money(qint64 fen) : m_fen(fen) {}
    qint64 m_fen = 0;
};

} // namespace Linli::Core
