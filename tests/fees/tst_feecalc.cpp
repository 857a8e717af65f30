// The arithmetic of fees: four-decimal prices, a rate change inside a period, proration by days,
// discounts, the one rounding step, metered and late fees, and what is refused.
#include <fees/feecalc.h>

#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Linli;
using Core::Money;
using Fees::BillingSpan;
using Fees::PricePeriod;
using Fees::UnitPrice;

namespace {

UnitPrice price(const char *text)
{
    return *UnitPrice::parse(QString::fromUtf8(text));
}

BillingSpan month(int year, int m)
{
    const QDate first(year, m, 1);
    return {first, first.addMonths(1)};
}

} // namespace

class TestFeeCalc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unitPrices_data();
    void unitPrices();
    void unitPricesRefused();
    void areaTimesPriceIsExact();
    void roundingHappensOnceHalfUp();
    void prorationByDaysOfEachMonth();
    void rateChangeInsideThePeriod();
    void gapsAndOverlapsAreRefused();
    void discounts();
    void monthlyFees();
    void meteredFees();
    void lateFees();
};

void TestFeeCalc::unitPrices_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("tenThousandths");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << u"0.85"_s << qint64(8500) << u"¥0.8500"_s;
    QTest::newRow("four decimals") << u"0.8535"_s << qint64(8535) << u"¥0.8535"_s;
    QTest::newRow("whole") << u"1"_s << qint64(10000) << u"¥1.0000"_s;
    QTest::newRow("symbol") << u"¥1.20"_s << qint64(12000) << u"¥1.2000"_s;
    QTest::newRow("full-width") << u"￥０．８５元/㎡"_s << qint64(8500) << u"¥0.8500"_s;
    QTest::newRow("spaces and 元") << u" 2.5 元 "_s << qint64(25000) << u"¥2.5000"_s;
}

void TestFeeCalc::unitPrices()
{
    QFETCH(QString, text);
    QFETCH(qint64, tenThousandths);
    QFETCH(QString, shown);
    auto p = UnitPrice::parse(text);
    QVERIFY2(p, qPrintable(text));
    QCOMPARE(p->tenThousandths(), tenThousandths);
    QCOMPARE(p->toString(), shown);
}

void TestFeeCalc::unitPricesRefused()
{
    for (const QString &bad :
         {u""_s, u"abc"_s, u"0.85001"_s, u"-0.85"_s, u"1.2.3"_s, u"1."_s, u"10000.0001"_s, u"1,000"_s})
        QVERIFY2(!UnitPrice::parse(bad), qPrintable(bad));
}

void TestFeeCalc::areaTimesPriceIsExact()
{
    // ¥1.00 per m² and month on 87.35 m² for November: ¥87.35.
    const QList<PricePeriod> one = {{QDate(2026, 1, 1), {}, price("1.00")}};
    QCOMPARE(*Fees::areaCharge(8735, one, month(2026, 11)), Money::fromFen(8735));
    // A quarter is three months, whatever their lengths.
    QCOMPARE(*Fees::areaCharge(8735, one, {QDate(2026, 10, 1), QDate(2027, 1, 1)}), Money::fromFen(3 * 8735));
    // A year.
    QCOMPARE(*Fees::areaCharge(10000, one, {QDate(2027, 1, 1), QDate(2028, 1, 1)}), Money::fromYuan(1200));
}

void TestFeeCalc::roundingHappensOnceHalfUp()
{
    // ¥0.8500 × 87.35 m² = ¥74.2475 → ¥74.25 (half up, at the end).
    const QList<PricePeriod> p = {{QDate(2026, 1, 1), {}, price("0.85")}};
    QCOMPARE(*Fees::areaCharge(8735, p, month(2026, 11)), Money::fromFen(7425));
    // Three months: ¥222.7425 → ¥222.74, not 3 × ¥74.25 = ¥222.75 (rounded once, not per month).
    QCOMPARE(*Fees::areaCharge(8735, p, {QDate(2026, 10, 1), QDate(2027, 1, 1)}), Money::fromFen(22274));
    // Exactly half a fen rounds up: ¥0.0050 × 1 m² = half a fen… × 1 month → 1 fen.
    const QList<PricePeriod> tiny = {{QDate(2026, 1, 1), {}, UnitPrice::fromTenThousandths(50)}};
    QCOMPARE(*Fees::areaCharge(100, tiny, month(2026, 11)), Money::fromFen(1));
    const QList<PricePeriod> tinier = {{QDate(2026, 1, 1), {}, UnitPrice::fromTenThousandths(49)}};
    QCOMPARE(*Fees::areaCharge(100, tinier, month(2026, 11)), Money::fromFen(0));
}

void TestFeeCalc::prorationByDaysOfEachMonth()
{
    const QList<PricePeriod> p = {{QDate(2026, 1, 1), {}, price("1.00")}};
    // Moved in on 16 November (30 days): 15/30 of ¥90.00.
    QCOMPARE(*Fees::areaCharge(9000, p, {QDate(2026, 11, 16), QDate(2026, 12, 1)}), Money::fromFen(4500));
    // Moved out after 10 February 2027 (28 days): 10/28 of ¥90.00 = ¥32.142857… → ¥32.14.
    QCOMPARE(*Fees::areaCharge(9000, p, {QDate(2027, 2, 1), QDate(2027, 2, 11)}), Money::fromFen(3214));
    // Across months: 20–31 January (12/31) and 1–9 February (9/28) of ¥31.00 and ¥28.00:
    // 12 + 9 = ¥21.00 exactly.
    const QList<PricePeriod> byMonth = {{QDate(2027, 1, 1), {}, price("1.00")}};
    QCOMPARE(*Fees::areaCharge(3100, byMonth, {QDate(2027, 1, 20), QDate(2027, 2, 1)}), Money::fromFen(1200));
    // Leap February: 29 days.
    QCOMPARE(*Fees::areaCharge(2900, byMonth, {QDate(2028, 2, 1), QDate(2028, 2, 2)}), Money::fromFen(100));
}

void TestFeeCalc::rateChangeInsideThePeriod()
{
    // ¥0.80 until the end of 2026, ¥1.00 from 1 January 2027; a quarter December–February.
    const QList<PricePeriod> prices = {{QDate(2026, 1, 1), QDate(2027, 1, 1), price("0.80")},
                                       {QDate(2027, 1, 1), {}, price("1.00")}};
    // 100 m²: December ¥80 + January ¥100 + February ¥100.
    QCOMPARE(*Fees::areaCharge(10000, prices, {QDate(2026, 12, 1), QDate(2027, 3, 1)}), Money::fromYuan(280));
    // Order of the list does not matter.
    const QList<PricePeriod> reversed = {prices.at(1), prices.at(0)};
    QCOMPARE(*Fees::areaCharge(10000, reversed, {QDate(2026, 12, 1), QDate(2027, 3, 1)}), Money::fromYuan(280));
    // A change in the middle of a month splits that month by days: 10 days at ¥0.80, 21 at ¥1.00.
    const QList<PricePeriod> midMonth = {{QDate(2026, 1, 1), QDate(2027, 1, 11), price("0.80")},
                                         {QDate(2027, 1, 11), {}, price("1.00")}};
    // 31 m²: 10/31 × ¥24.80 + 21/31 × ¥31.00 = ¥8.00 + ¥21.00.
    QCOMPARE(*Fees::areaCharge(3100, midMonth, month(2027, 1)), Money::fromYuan(29));
}

void TestFeeCalc::gapsAndOverlapsAreRefused()
{
    const QList<PricePeriod> gap = {{QDate(2026, 1, 1), QDate(2026, 11, 10), price("1.00")},
                                    {QDate(2026, 11, 15), {}, price("1.00")}};
    QCOMPARE(Fees::areaCharge(8735, gap, month(2026, 11)).error().code(), ErrorCode::InvalidInput);
    const QList<PricePeriod> late = {{QDate(2026, 12, 1), {}, price("1.00")}};
    QVERIFY(!Fees::areaCharge(8735, late, month(2026, 11)));
    const QList<PricePeriod> overlap = {{QDate(2026, 1, 1), {}, price("1.00")}, {QDate(2026, 6, 1), {}, price("1.20")}};
    QVERIFY(!Fees::areaCharge(8735, overlap, month(2026, 11)));
    const QList<PricePeriod> ok = {{QDate(2026, 1, 1), {}, price("1.00")}};
    QVERIFY(!Fees::areaCharge(8735, ok, {QDate(2026, 11, 30), QDate(2026, 11, 30)})); // empty period
    QVERIFY(!Fees::areaCharge(-1, ok, month(2026, 11)));
    QVERIFY(!Fees::areaCharge(8735, ok, month(2026, 11), 10001));
}

void TestFeeCalc::discounts()
{
    const QList<PricePeriod> p = {{QDate(2026, 1, 1), {}, price("0.85")}};
    // 低保 household: half. ¥74.2475 × 50 % = ¥37.12375 → ¥37.12 (one rounding, after the discount).
    QCOMPARE(*Fees::areaCharge(8735, p, month(2026, 11), 5000), Money::fromFen(3712));
    // Vacant room: 30 % off ¥100.00.
    const QList<PricePeriod> one = {{QDate(2026, 1, 1), {}, price("1.00")}};
    QCOMPARE(*Fees::areaCharge(10000, one, month(2026, 11), 3000), Money::fromYuan(70));
    // Exempt.
    QCOMPARE(*Fees::areaCharge(10000, one, month(2026, 11), 10000), Money());
}

void TestFeeCalc::monthlyFees()
{
    // ¥20 garbage fee: a month, a quarter, half of November.
    QCOMPARE(*Fees::monthlyCharge(Money::fromYuan(20), month(2026, 11)), Money::fromYuan(20));
    QCOMPARE(*Fees::monthlyCharge(Money::fromYuan(20), {QDate(2026, 10, 1), QDate(2027, 1, 1)}), Money::fromYuan(60));
    QCOMPARE(*Fees::monthlyCharge(Money::fromYuan(20), {QDate(2026, 11, 16), QDate(2026, 12, 1)}), Money::fromYuan(10));
    // ¥150 parking for 10 days of a 31-day month: ¥48.387… → ¥48.39.
    QCOMPARE(*Fees::monthlyCharge(Money::fromYuan(150), {QDate(2026, 12, 22), QDate(2027, 1, 1)}),
             Money::fromFen(4839));
    QVERIFY(!Fees::monthlyCharge(Money::fromFen(-1), month(2026, 11)));
}

void TestFeeCalc::meteredFees()
{
    // 12.345 m³ of water at ¥3.4500: ¥42.59025 → ¥42.59.
    QCOMPARE(*Fees::meteredCharge(12345, price("3.45")), Money::fromFen(4259));
    // 100 kWh at ¥0.4883.
    QCOMPARE(*Fees::meteredCharge(100000, price("0.4883")), Money::fromFen(4883));
    QVERIFY(!Fees::meteredCharge(-1, price("1")));
}

void TestFeeCalc::lateFees()
{
    const Money overdue = Money::fromYuan(1000);
    const QDate due(2026, 11, 30);
    // 0.05 % a day after 15 days of grace; paid on 10 January: 26 late days = ¥13.00.
    QCOMPARE(*Fees::lateFee(overdue, due, 15, QDate(2027, 1, 10), 500, Money()), Money::fromYuan(13));
    // Within the grace days: nothing.
    QCOMPARE(*Fees::lateFee(overdue, due, 15, QDate(2026, 12, 10), 500, Money()), Money());
    // Capped at ¥10.
    QCOMPARE(*Fees::lateFee(overdue, due, 15, QDate(2027, 1, 10), 500, Money::fromYuan(10)), Money::fromYuan(10));
    // Nothing owed, nothing late.
    QCOMPARE(*Fees::lateFee(Money(), due, 0, QDate(2027, 1, 10), 500, Money()), Money());
    QVERIFY(!Fees::lateFee(overdue, due, -1, QDate(2027, 1, 10), 500, Money()));
}

QTEST_GUILESS_MAIN(TestFeeCalc)
#include "tst_feecalc.moc"
