#include "money.h"

#include "coretr.h"

#include <limits>

namespace Linli::Core {

namespace {

__extension__ typedef __int128 Int128; // exact products of fen × ratio

Error invalidAmount(const QString &text, const QString &why)
{
    return Error(ErrorCode::InvalidInput, Tr::tr("\"%1\" is not a valid amount: %2").arg(text, why));
}

Error overflow()
{
    return Error(ErrorCode::InvalidInput, Tr::tr("The amount is too large."));
}

// Folds full-width digits and punctuation to ASCII, drops spaces.
QString normalised(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            out.append(QChar(u'0' + (u - 0xFF10)));
        else if (u == 0xFF0E || u == 0x3002)
            out.append(u'.');
        else if (u == 0xFF0C)
            out.append(u',');
        else if (u == 0xFF0D || u == 0x2212)
            out.append(u'-');
        else if (u == 0xFFE5 || u == 0x00A5)
            out.append(u'¥');
        else if (c.isSpace())
            continue;
        else
            out.append(c);
    }
    return out;
}

} // namespace

Result<Money> Money::parse(const QString &text)
{
    QString s = normalised(text);
    if (s.isEmpty())
        return invalidAmount(text, Tr::tr("it is empty"));

    bool negative = false;
    if (s.startsWith(u'-')) {
        negative = true;
        s.remove(0, 1);
    }
    if (s.startsWith(u'¥'))
        s.remove(0, 1);
    if (!negative && s.startsWith(u'-')) { // "¥-3.00"
        negative = true;
        s.remove(0, 1);
    }
    if (s.endsWith(u'元'))
        s.chop(1);
    if (s.isEmpty())
        return invalidAmount(text, Tr::tr("there are no digits"));

    const qsizetype dot = s.indexOf(u'.');
    QString whole = dot < 0 ? s : s.left(dot);
    const QString fraction = dot < 0 ? QString() : s.mid(dot + 1);
    if (dot >= 0 && fraction.isEmpty())
        return invalidAmount(text, Tr::tr("digits are missing after the decimal point"));
    if (fraction.size() > 2)
        return invalidAmount(text, Tr::tr("more than two decimal places (fen)"));
    if (whole.isEmpty())
        whole = QStringLiteral("0");

    if (whole.contains(u',')) {
        const QStringList groups = whole.split(u',');
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const qsizetype len = groups.at(i).size();
            if ((i == 0 && (len < 1 || len > 3)) || (i > 0 && len != 3))
                return invalidAmount(text, Tr::tr("the thousands separators are misplaced"));
        }
        whole.remove(u',');
    }

    qint64 yuan = 0;
    for (QChar c : std::as_const(whole)) {
        if (c < u'0' || c > u'9')
            return invalidAmount(text, Tr::tr("it contains \"%1\"").arg(c));
        if (yuan > (std::numeric_limits<qint64>::max() / 100 - 9) / 10)
            return overflow();
        yuan = yuan * 10 + (c.unicode() - u'0');
    }
    qint64 fen = 0;
    for (qsizetype i = 0; i < 2; ++i) {
        fen *= 10;
        if (i < fraction.size()) {
            const QChar c = fraction.at(i);
            if (c < u'0' || c > u'9')
                return invalidAmount(text, Tr::tr("it contains \"%1\"").arg(c));
            fen += c.unicode() - u'0';
        }
    }
    const qint64 total = yuan * 100 + fen;
    return Money(negative ? -total : total);
}

QString Money::toPlainString() const
{
    // Careful with the most negative value: work in unsigned magnitude.
    const quint64 magnitude = m_fen < 0 ? quint64(0) - quint64(m_fen) : quint64(m_fen);
    const QString frac = QString::number(magnitude % 100).rightJustified(2, u'0');
    return (m_fen < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 100) + u'.' + frac;
}

QString Money::toChineseCapital() const
{
    const quint64 magnitude = m_fen < 0 ? quint64(0) - quint64(m_fen) : quint64(m_fen);
    static const QString digits = QStringLiteral("零壹贰叁肆伍陆柒捌玖");
    static const QString places[4] = {QString(), QStringLiteral("拾"), QStringLiteral("佰"), QStringLiteral("仟")};
    static const QString groupUnits[5] = {QString(), QStringLiteral("万"), QStringLiteral("亿"), QStringLiteral("万亿"),
                                          QStringLiteral("亿亿")};
    quint64 yuan = magnitude / 100;
    const int jiao = int(magnitude / 10 % 10);
    const int fen = int(magnitude % 10);
    QString out;
    if (yuan > 0) {
        QList<int> groups; // of four digits, most significant first
        while (yuan > 0) {
            groups.prepend(int(yuan % 10000));
            yuan /= 10000;
        }
        bool zero = false; // a zero to write before the next digit
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const int group = groups.at(i);
            if (group == 0) {
                zero = zero || !out.isEmpty();
                continue;
            }
            for (int place = 3, divisor = 1000; place >= 0; --place, divisor /= 10) {
                const int digit = group / divisor % 10;
                if (digit == 0) {
                    zero = zero || !out.isEmpty();
                    continue;
                }
                if (zero) {
                    out += digits.at(0);
                    zero = false;
                }
                out += digits.at(digit) + places[place];
            }
            out += groupUnits[groups.size() - 1 - i];
        }
        out += QStringLiteral("元");
    }
    if (jiao == 0 && fen == 0) {
        out = out.isEmpty() ? QStringLiteral("零元整") : out + QStringLiteral("整");
    } else if (jiao == 0) {
        if (!out.isEmpty())
            out += digits.at(0);
        out += digits.at(fen) + QStringLiteral("分");
    } else {
        out += digits.at(jiao) + QStringLiteral("角");
        out += fen == 0 ? QStringLiteral("整") : digits.at(fen) + QStringLiteral("分");
    }
    return m_fen < 0 ? QStringLiteral("负") + out : out;
}

QString Money::toString() const
{
    const quint64 magnitude = m_fen < 0 ? quint64(0) - quint64(m_fen) : quint64(m_fen);
    QString digits = QString::number(magnitude / 100);
    for (qsizetype pos = digits.size() - 3; pos > 0; pos -= 3)
        digits.insert(pos, u',');
    const QString frac = QString::number(magnitude % 100).rightJustified(2, u'0');
    return (m_fen < 0 ? QStringLiteral("-") : QString()) + u'¥' + digits + u'.' + frac;
}

Result<Money> Money::plus(Money other) const
{
    qint64 out = 0;
    if (__builtin_add_overflow(m_fen, other.m_fen, &out))
        return overflow();
    return Money(out);
}

Result<Money> Money::minus(Money other) const
{
    qint64 out = 0;
    if (__builtin_sub_overflow(m_fen, other.m_fen, &out))
        return overflow();
    return Money(out);
}

Result<Money> Money::times(qint64 factor) const
{
    qint64 out = 0;
    if (__builtin_mul_overflow(m_fen, factor, &out))
        return overflow();
    return Money(out);
}

Result<Money> Money::scaled(qint64 numerator, qint64 denominator) const
{
    if (denominator == 0)
        return Error(ErrorCode::InvalidInput, Tr::tr("Division by zero while computing an amount."));
    Int128 product = static_cast<Int128>(m_fen) * numerator;
    Int128 den = denominator;
    if (den < 0) {
        den = -den;
        product = -product;
    }
    const bool negative = product < 0;
    const Int128 magnitude = negative ? -product : product;
    Int128 quotient = magnitude / den;
    if ((magnitude % den) * 2 >= den)
        ++quotient; // half away from zero
    const Int128 result = negative ? -quotient : quotient;
    if (result > std::numeric_limits<qint64>::max() || result < std::numeric_limits<qint64>::min())
        return overflow();
    return Money(static_cast<qint64>(result));
}

} // namespace Linli::Core
