// Invariant 1: money is qint64 fen, parsed and printed without floating point, with one
// written-down rounding rule (half away from zero, once, at the end).
#include <core/money.h>

#include <QtTest/QTest>

#include <limits>

using namespace Qt::StringLiterals;
using Linli::ErrorCode;
using Linli::Core::Money;

namespace {
constexpr qint64 Max = std::numeric_limits<qint64>::max();
constexpr qint64 Min = std::numeric_limits<qint64>::min();
} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chineseCapital_data();
    void chineseCapital();
    void parseAccepts_data();
    void parseAccepts();
    void parseRefuses_data();
    void parseRefuses();
    void parseNearInt64Max();
    void toString_data();
    void toString();
    void toPlainString();
    void printedFormParsesBack();
    void checkedArithmetic();
    void arithmeticOverflowIsAnError();
    void scaledRoundsHalfAwayFromZero_data();
    void scaledRoundsHalfAwayFromZero();
    void scaledAreaTimesUnitPrice();
    void scaledErrors();
};

void TestMoney::parseAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("fen");

    QTest::newRow("one decimal") << u"1234.5"_s << qint64(123450);
    QTest::newRow("two decimals") << u"1234.50"_s << qint64(123450);
    QTest::newRow("integer") << u"12"_s << qint64(1200);
    QTest::newRow("grouped") << u"1,234.50"_s << qint64(123450);
    QTest::newRow("grouped millions") << u"1,234,567.89"_s << qint64(123456789);
    QTest::newRow("yen sign U+00A5") << u"¥1,234.50"_s << qint64(123450);
    QTest::newRow("full-width yuan sign U+FFE5") << u"￥12"_s << qint64(1200);
    QTest::newRow("yuan suffix") << u"1234.50元"_s << qint64(123450);
    QTest::newRow("full-width digits and point") << u"１２３．４５"_s << qint64(12345);
    QTest::newRow("full-width comma") << u"１，２３４．５０"_s << qint64(123450);
    QTest::newRow("spaces around") << u"  12.30  "_s << qint64(1230);
    QTest::newRow("spaces inside") << u"¥ 1,234.50 元"_s << qint64(123450);
    QTest::newRow("ideographic space") << u"\u300012.00\u3000"_s << qint64(1200);
    QTest::newRow("negative") << u"-3.20"_s << qint64(-320);
    QTest::newRow("negative with sign before yen") << u"-¥3.20"_s << qint64(-320);
    QTest::newRow("negative after yen") << u"¥-3.20"_s << qint64(-320);
    QTest::newRow("full-width minus") << u"－3.20"_s << qint64(-320);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("fen only") << u"0.05"_s << qint64(5);
    QTest::newRow("leading point") << u".5"_s << qint64(50);
}

void TestMoney::parseAccepts()
{
    QFETCH(QString, text);
    QFETCH(qint64, fen);
    const auto m = Money::parse(text);
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message()));
    QCOMPARE(m->fen(), fen);
}

void TestMoney::parseRefuses_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("only spaces") << u"   "_s;
    QTest::newRow("only symbol") << u"¥"_s;
    QTest::newRow("only minus") << u"-"_s;
    QTest::newRow("three decimals") << u"1.234"_s;
    QTest::newRow("bad grouping") << u"12,34.00"_s;
    QTest::newRow("leading comma") << u",123.00"_s;
    QTest::newRow("group too long") << u"1,2345.00"_s;
    QTest::newRow("exponent") << u"1e3"_s;
    QTest::newRow("letters") << u"abc"_s;
    QTest::newRow("trailing point") << u"12."_s;
    QTest::newRow("two points") << u"1.2.3"_s;
    QTest::newRow("double minus") << u"--3"_s;
    QTest::newRow("plus sign") << u"+3"_s;
    QTest::newRow("hex") << u"0x10"_s;
    QTest::newRow("twenty nines") << u"99999999999999999999"_s;
    QTest::newRow("just above INT64 max") << u"92233720368547758.08"_s;
    QTest::newRow("far above INT64 max, grouped") << u"¥922,337,203,685,477,580,800.00"_s;
    QTest::newRow("below INT64 min") << u"-92233720368547758.09"_s;
}

void TestMoney::parseRefuses()
{
    QFETCH(QString, text);
    const auto m = Money::parse(text);
    QVERIFY2(!m.ok(), qPrintable(u"accepted as %1 fen"_s.arg(m.ok() ? m->fen() : 0)));
    QCOMPARE(m.error().code(), ErrorCode::InvalidInput);
    QVERIFY(!m.error().message().isEmpty());
}

void TestMoney::parseNearInt64Max()
{
    // Close to the limit an amount is either parsed exactly or refused; it never wraps around.
    const QList<std::pair<QString, qint64>> cases = {
        {u"92233720368547758.07"_s, Max},
        {u"-92233720368547758.07"_s, -Max},
        {u"92233720368547749.99"_s, Q_INT64_C(9223372036854774999)},
        {u"9223372036854775.80"_s, Q_INT64_C(922337203685477580)},
    };
    for (const auto &[text, fen] : cases) {
        const auto m = Money::parse(text);
        if (m.ok())
            QCOMPARE(m->fen(), fen);
        else
            QCOMPARE(m.error().code(), ErrorCode::InvalidInput);
    }
    // Comfortably inside the range must work.
    const auto big = Money::parse(u"90,000,000,000,000,000.00"_s);
    QVERIFY(big.ok());
    QCOMPARE(big->fen(), Q_INT64_C(9000000000000000000));
}

void TestMoney::toString_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("text");

    QTest::newRow("grouped") << qint64(123450) << u"¥1,234.50"_s;
    QTest::newRow("small negative") << qint64(-5) << u"-¥0.05"_s;
    QTest::newRow("zero") << qint64(0) << u"¥0.00"_s;
    QTest::newRow("three digits") << qint64(99999) << u"¥999.99"_s;
    QTest::newRow("exactly a thousand") << qint64(100000) << u"¥1,000.00"_s;
    QTest::newRow("a million") << qint64(100000000) << u"¥1,000,000.00"_s;
    QTest::newRow("negative grouped") << qint64(-123456789) << u"-¥1,234,567.89"_s;
    QTest::newRow("INT64 max") << Max << u"¥92,233,720,368,547,758.07"_s;
    QTest::newRow("INT64 min") << Min << u"-¥92,233,720,368,547,758.08"_s;
}

void TestMoney::toString()
{
    QFETCH(qint64, fen);
    QFETCH(QString, text);
    QCOMPARE(Money::fromFen(fen).toString(), text);
}

void TestMoney::toPlainString()
{
    QCOMPARE(Money::fromFen(123450).toPlainString(), u"1234.50"_s);
    QCOMPARE(Money::fromFen(-5).toPlainString(), u"-0.05"_s);
    QCOMPARE(Money::fromFen(0).toPlainString(), u"0.00"_s);
    QCOMPARE(Money::fromFen(Min).toPlainString(), u"-92233720368547758.08"_s);
    QCOMPARE(Money::fromFen(Max).toPlainString(), u"92233720368547758.07"_s);
}

void TestMoney::printedFormParsesBack()
{
    const QList<qint64> values = {
        0, 1, -1, 5, -5, 99, 100, 101, 123450, -123450, 100000000, -987654321, Q_INT64_C(123456789012345)};
    for (qint64 fen : values) {
        const Money m = Money::fromFen(fen);
        const auto fromDisplay = Money::parse(m.toString());
        QVERIFY2(fromDisplay.ok(), qPrintable(m.toString()));
        QCOMPARE(fromDisplay->fen(), fen);
        const auto fromPlain = Money::parse(m.toPlainString());
        QVERIFY2(fromPlain.ok(), qPrintable(m.toPlainString()));
        QCOMPARE(fromPlain->fen(), fen);
    }
}

void TestMoney::checkedArithmetic()
{
    const Money a = Money::fromFen(123450);
    const Money b = Money::fromFen(-320);
    QCOMPARE(a.plus(b)->fen(), 123130);
    QCOMPARE(a.minus(b)->fen(), 123770);
    QCOMPARE(b.times(3)->fen(), -960);
    QCOMPARE(a.times(0)->fen(), 0);
    QCOMPARE(Money::fromYuan(50).fen(), 5000);
    QVERIFY(Money::fromFen(0).isZero());
    QVERIFY(b.isNegative());
    QVERIFY(b < a);
    QVERIFY(Money::fromFen(Max).plus(Money::fromFen(Min)).ok());
    QCOMPARE(Money::fromFen(Max).plus(Money::fromFen(Min))->fen(), -1);
}

void TestMoney::arithmeticOverflowIsAnError()
{
#define EXPECT_OVERFLOW(expr)                                                                                          \
    do {                                                                                                               \
        const auto r_ = (expr);                                                                                        \
        QVERIFY2(!r_.ok(), #expr);                                                                                     \
        QCOMPARE(r_.error().code(), ErrorCode::InvalidInput);                                                          \
        QVERIFY(!r_.error().message().isEmpty());                                                                      \
    } while (false)
    EXPECT_OVERFLOW(Money::fromFen(Max).plus(Money::fromFen(1)));
    EXPECT_OVERFLOW(Money::fromFen(Min).plus(Money::fromFen(-1)));
    EXPECT_OVERFLOW(Money::fromFen(Min).minus(Money::fromFen(1)));
    EXPECT_OVERFLOW(Money::fromFen(Max).minus(Money::fromFen(-1)));
    EXPECT_OVERFLOW(Money::fromFen(0).minus(Money::fromFen(Min)));
    EXPECT_OVERFLOW(Money::fromFen(Max / 2 + 1).times(2));
    EXPECT_OVERFLOW(Money::fromFen(Min).times(-1));
    EXPECT_OVERFLOW(Money::fromFen(-3).times(Max));
#undef EXPECT_OVERFLOW
    // The edges themselves are fine.
    QCOMPARE(Money::fromFen(Max - 1).plus(Money::fromFen(1))->fen(), Max);
    QCOMPARE(Money::fromFen(Min + 1).minus(Money::fromFen(1))->fen(), Min);
    QCOMPARE(Money::fromFen(Max / 2).times(2)->fen(), Max - 1);
}

void TestMoney::scaledRoundsHalfAwayFromZero_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("exact") << qint64(1000) << qint64(3) << qint64(2) << qint64(1500);
    QTest::newRow("+2.5 -> 3") << qint64(5) << qint64(1) << qint64(2) << qint64(3);
    QTest::newRow("-2.5 -> -3") << qint64(-5) << qint64(1) << qint64(2) << qint64(-3);
    QTest::newRow("negative numerator -2.5 -> -3") << qint64(5) << qint64(-1) << qint64(2) << qint64(-3);
    QTest::newRow("negative denominator -2.5 -> -3") << qint64(5) << qint64(1) << qint64(-2) << qint64(-3);
    QTest::newRow("two negatives +2.5 -> 3") << qint64(-5) << qint64(-1) << qint64(2) << qint64(3);
    QTest::newRow("2.333 -> 2") << qint64(7) << qint64(1) << qint64(3) << qint64(2);
    QTest::newRow("-2.333 -> -2") << qint64(-7) << qint64(1) << qint64(3) << qint64(-2);
    QTest::newRow("2.667 -> 3") << qint64(8) << qint64(1) << qint64(3) << qint64(3);
    QTest::newRow("-2.667 -> -3") << qint64(-8) << qint64(1) << qint64(3) << qint64(-3);
    QTest::newRow("0.4999 -> 0") << qint64(4999) << qint64(1) << qint64(10000) << qint64(0);
    QTest::newRow("0.5 -> 1") << qint64(5000) << qint64(1) << qint64(10000) << qint64(1);
    QTest::newRow("-0.5 -> -1") << qint64(-5000) << qint64(1) << qint64(10000) << qint64(-1);
    QTest::newRow("-0.4999 -> 0") << qint64(-4999) << qint64(1) << qint64(10000) << qint64(0);
    // ¥100.00 a month, 17 of 30 days: 5666.67 fen.
    QTest::newRow("proration") << qint64(10000) << qint64(17) << qint64(30) << qint64(5667);
    QTest::newRow("proration refund") << qint64(-10000) << qint64(17) << qint64(30) << qint64(-5667);
    // The product needs more than 64 bits before the division.
    QTest::newRow("INT64 max × 3 / 3") << Max << qint64(3) << qint64(3) << Max;
    QTest::newRow("INT64 min × 7 / 7") << Min << qint64(7) << qint64(7) << Min;
    QTest::newRow("huge product, small result") << Max << Max << Max << Max;
    QTest::newRow("zero numerator") << qint64(12345) << qint64(0) << qint64(7) << qint64(0);
}

void TestMoney::scaledRoundsHalfAwayFromZero()
{
    QFETCH(qint64, fen);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, expected);
    const auto r = Money::fromFen(fen).scaled(numerator, denominator);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message()));
    QCOMPARE(r->fen(), expected);
}

void TestMoney::scaledAreaTimesUnitPrice()
{
    // A fee of ¥0.8500 per m² on a flat of 87.35 m², all in integers:
    // area in 1/100 m² (8735), price in 1/10000 yuan (8500); one yuan is 100 fen.
    // 1 yuan × 8735 × 8500 / (100 × 10000) = 74.2475 yuan → ¥74.25.
    const qint64 areaCentiM2 = 8735;
    const qint64 priceTenThousandths = 8500;
    const auto fee = Money::fromYuan(1).scaled(areaCentiM2 * priceTenThousandths, 100 * 10000);
    QVERIFY(fee.ok());
    QCOMPARE(fee->fen(), 7425);
    QCOMPARE(fee->toString(), u"¥74.25"_s);

    // The same with the price as fen per m²: 85 fen × 87.35 = 7424.75 fen → 7425.
    QCOMPARE(Money::fromFen(85).scaled(areaCentiM2, 100)->fen(), 7425);

    // ¥0.8525 per m²: 74.465875 yuan → ¥74.47 (one rounding, at the end).
    QCOMPARE(Money::fromYuan(1).scaled(areaCentiM2 * 8525, 100 * 10000)->fen(), 7447);

    // A credit for the same flat rounds symmetrically.
    QCOMPARE(Money::fromYuan(-1).scaled(areaCentiM2 * priceTenThousandths, 100 * 10000)->fen(), -7425);
}

void TestMoney::scaledErrors()
{
    const auto byZero = Money::fromFen(100).scaled(1, 0);
    QVERIFY(!byZero.ok());
    QCOMPARE(byZero.error().code(), ErrorCode::InvalidInput);
    QVERIFY(!byZero.error().message().isEmpty());

    const auto tooBig = Money::fromFen(Max).scaled(2, 1);
    QVERIFY(!tooBig.ok());
    QCOMPARE(tooBig.error().code(), ErrorCode::InvalidInput);

    const auto negatedMin = Money::fromFen(Min).scaled(-1, 1);
    QVERIFY(!negatedMin.ok());
    QCOMPARE(negatedMin.error().code(), ErrorCode::InvalidInput);

    const auto tooSmall = Money::fromFen(Min).scaled(3, 2);
    QVERIFY(!tooSmall.ok());
}

void TestMoney::chineseCapital_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("capital");
    const QList<std::pair<qint64, const char *>> cases = {
        {0, "零元整"},
        {5, "伍分"},
        {50, "伍角整"},
        {56, "伍角陆分"},
        {1000, "壹拾元整"},
        {10000, "壹佰元整"},
        {123450, "壹仟贰佰叁拾肆元伍角整"},
        {100507, "壹仟零伍元零柒分"},
        {100005, "壹仟元零伍分"},
        {1001000, "壹万零壹拾元整"},
        {10000000, "壹拾万元整"},
        {10010000, "壹拾万零壹佰元整"},
        {100000000100, "壹拾亿零壹元整"},
        {-8735, "负捌拾柒元叁角伍分"},
    };
    for (const auto &[fen, text] : cases)
        QTest::newRow(text) << fen << QString::fromUtf8(text);
}

void TestMoney::chineseCapital()
{
    QFETCH(qint64, fen);
    QFETCH(QString, capital);
    QCOMPARE(Money::fromFen(fen).toChineseCapital(), capital);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
