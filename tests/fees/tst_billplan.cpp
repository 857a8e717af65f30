// The bill run's planner on plain values, without a database: which household gets which lines,
// prices per building, discounts, meter readings at the price of their day, who is skipped and
// why, the totals, the due date, and how money paid in advance pays a new bill.
#include <fees/billplan.h>

#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Linli;
using Core::Money;
using Fees::BillingDiscount;
using Fees::BillingHousehold;
using Fees::BillingReading;
using Fees::BillRunInputs;
using Fees::FeeItem;
using Fees::ItemKind;
using Fees::PricePeriod;
using Fees::UnitPrice;

namespace {

UnitPrice price(const char *text)
{
    return *UnitPrice::parse(QString::fromUtf8(text));
}

QList<PricePeriod> always(const char *text)
{
    return {{QDate(2020, 1, 1), {}, price(text)}};
}

// November 2026; the property fee by area, the garbage fee a month, water by the meter. Building
// b1 has all three prices; b2 only the property fee.
// A monthly fee's rate holds fen where a price per m² holds ten-thousandths of a yuan.
QList<PricePeriod> perMonth(qint64 fen)
{
    return {{QDate(2020, 1, 1), {}, UnitPrice::fromTenThousandths(fen)}};
}

BillRunInputs november()
{
    BillRunInputs in;
    in.period = *Fees::parsePeriod(u"2026-11"_s);
    in.due = QDate(2026, 11, 30);
    in.items = {{u"i-area"_s, u"property"_s, u"物业服务费"_s, ItemKind::Area, {}},
                {u"i-garbage"_s, u"garbage"_s, u"垃圾清运费"_s, ItemKind::Monthly, {}},
                {u"i-water"_s, u"water"_s, u"水费"_s, ItemKind::Metered, u"吨"_s}};
    in.pricesOf.insert(u"b1"_s, {always("1.00"), perMonth(2000), always("3.50")});
    in.pricesOf.insert(u"b2"_s, {always("1.00"), {}, {}});
    return in;
}

BillingHousehold household(const QString &id, qint64 areaCm2, const QString &building = u"b1"_s)
{
    return {id, u"room-"_s + id, areaCm2, building};
}

} // namespace

class TestBillPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void areaAndMonthlyLines();
    void itemWithoutPriceInTheBuildingIsNotCharged();
    void billedBeforeIsCountedAndSkipped();
    void roomWithoutAreaIsUnbillable();
    void bestDiscountForTheItemApplies();
    void fullDiscountLeavesNoLine();
    void meterReadingAtThePriceOfItsDay();
    void meterReadingWithoutPriceIsUnbillable();
    void totalsByItemAndOverall();
    void dueDate();
    void advancesPayOldestFirstWithinCredit();
};

void TestBillPlan::areaAndMonthlyLines()
{
    BillRunInputs in = november();
    in.households = {household(u"h1"_s, 8735)};
    const Fees::BillRunPlan plan = Fees::planBillRun(in);
    QCOMPARE(plan.preview.households, 1);
    QCOMPARE(plan.preview.bills.size(), 1);
    const Fees::PreviewBill &bill = plan.preview.bills.first();
    QCOMPARE(bill.householdId, u"h1"_s);
    QCOMPARE(bill.roomId, u"room-h1"_s);
    QCOMPARE(bill.buildingId, u"b1"_s);
    QCOMPARE(bill.lines.size(), 2);
    QCOMPARE(bill.lines.at(0).itemId, u"i-area"_s);
    QCOMPARE(bill.lines.at(0).amount, Money::fromFen(8735));
    QCOMPARE(bill.lines.at(0).description, u"87.35 m² × ¥1.0000/m² a month, 1 month(s)"_s);
    QCOMPARE(bill.lines.at(1).itemId, u"i-garbage"_s);
    QCOMPARE(bill.lines.at(1).amount, Money::fromFen(2000));
    QCOMPARE(bill.lines.at(1).description, u"¥20.00 a month, 1 month(s)"_s);
    QCOMPARE(bill.total, Money::fromFen(10735));
    QVERIFY(plan.unbillable.isEmpty());
    QVERIFY(plan.preview.skipped.isEmpty()); // addresses are the reader's
    QCOMPARE(plan.preview.due, QDate(2026, 11, 30));
}

void TestBillPlan::itemWithoutPriceInTheBuildingIsNotCharged()
{
    BillRunInputs in = november();
    in.households = {household(u"h2"_s, 10000, u"b2"_s)};
    const Fees::BillRunPlan plan = Fees::planBillRun(in);
    QCOMPARE(plan.preview.bills.size(), 1);
    QCOMPARE(plan.preview.bills.first().lines.size(), 1);
    QCOMPARE(plan.preview.bills.first().total, Money::fromFen(10000));
}

void TestBillPlan::billedBeforeIsCountedAndSkipped()
{
    BillRunInputs in = november();
    in.households = {household(u"h1"_s, 8735), household(u"h2"_s, 5000)};
    in.alreadyBilled = {u"h1"_s};
    const Fees::BillRunPlan plan = Fees::planBillRun(in);
    QCOMPARE(plan.preview.households, 2);
    QCOMPARE(plan.preview.alreadyBilled, 1);
    QCOMPARE(plan.preview.bills.size(), 1);
    QCOMPARE(plan.preview.bills.first().householdId, u"h2"_s);
}

void TestBillPlan::roomWithoutAreaIsUnbillable()
{
    BillRunInputs in = november();
    in.households = {household(u"h1"_s, 0), household(u"h2"_s, 5000)};
    const Fees::BillRunPlan plan = Fees::planBillRun(in);
    QCOMPARE(plan.unbillable.size(), 1);
    QCOMPARE(plan.unbillable.first().roomId, u"room-h1"_s);
    QCOMPARE(plan.unbillable.first().problem, u"the room's area is not recorded"_s);
    QCOMPARE(plan.preview.bills.size(), 1); // not half a bill: the whole household waits
    QCOMPARE(plan.preview.bills.first().householdId, u"h2"_s);
}

void TestBillPlan::bestDiscountForTheItemApplies()
{
    BillRunInputs in = november();
    in.households = {household(u"h1"_s, 10000)};
    in.discountsOf.insert(u"h1"_s,
                          {BillingDiscount{{}, 1000, u"hardship"_s}, BillingDiscount{u"i-area"_s, 3000, u"vacant"_s},
                           BillingDiscount{u"i-water"_s, 9000, u"other"_s}});
    const Fees::PreviewBill bill = Fees::planBillRun(in).preview.bills.first();
    QCOMPARE(bill.lines.at(0).amount, Money::fromFen(7000)); // 30 % for the property fee
    QVERIFY(bill.lines.at(0).description.endsWith(u", vacant room discount 30 %"_s));
    QCOMPARE(bill.lines.at(1).amount, Money::fromFen(1800)); // 10 % on everything else
    QVERIFY(bill.lines.at(1).description.endsWith(u", hardship discount 10 %"_s));
}

void TestBillPlan::fullDiscountLeavesNoLine()
{
    BillRunInputs in = november();
    in.households = {household(u"h1"_s, 10000), household(u"h2"_s, 10000, u"b2"_s)};
    in.discountsOf.insert(u"h2"_s, {BillingDiscount{{}, 10000, u"dibao"_s}});
    const Fees::BillRunPlan plan = Fees::planBillRun(in);
    QCOMPARE(plan.preview.bills.size(), 1); // h2 owes nothing: no bill, and not unbillable either
    QCOMPARE(plan.preview.bills.first().householdId, u"h1"_s);
    QVERIFY(plan.unbillable.isEmpty());
}

void TestBillPlan::meterReadingAtThePriceOfItsDay()
{
    BillRunInputs in = november();
    in.pricesOf[u"b1"_s][2] = {{QDate(2020, 1, 1), QDate(2026, 11, 10), price("3.50")},
                               {QDate(2026, 11, 10), {}, price("4.00")}};
    in.households = {household(u"h1"_s, 10000)};
    in.readingsOf.insert(u"room-h1"_s, {BillingReading{u"r1"_s, u"i-water"_s, 100000, 112500, QDate(2026, 11, 5)},
                                        BillingReading{u"r2"_s, u"i-water"_s, 112500, 120000, QDate(2026, 11, 20)}});
    const Fees::PreviewBill bill = Fees::planBillRun(in).preview.bills.first();
    QCOMPARE(bill.lines.size(), 4);
    QCOMPARE(bill.lines.at(2).readingId, u"r1"_s);
    QCOMPARE(bill.lines.at(2).amount, Money::fromFen(4375)); // 12.5 吨 × ¥3.50
    QCOMPARE(bill.lines.at(2).description, u"read 2026-11-05: 100.000 → 112.500, 12.500 吨 × ¥3.5000/吨"_s);
    QCOMPARE(bill.lines.at(3).readingId, u"r2"_s);
    QCOMPARE(bill.lines.at(3).amount, Money::fromFen(3000)); // 7.5 吨 × ¥4.00
    QCOMPARE(bill.total, Money::fromFen(10000 + 2000 + 4375 + 3000));
}

void TestBillPlan::meterReadingWithoutPriceIsUnbillable()
{
    BillRunInputs in = november();
    in.households = {household(u"h2"_s, 10000, u"b2"_s)};
    in.readingsOf.insert(u"room-h2"_s, {BillingReading{u"r1"_s, u"i-water"_s, 0, 1000, QDate(2026, 11, 5)}});
    const Fees::BillRunPlan plan = Fees::planBillRun(in);
    QVERIFY(plan.preview.bills.isEmpty());
    QCOMPARE(plan.unbillable.size(), 1);
    QCOMPARE(plan.unbillable.first().problem, u"水费 has no price on 2026-11-05"_s);
}

void TestBillPlan::totalsByItemAndOverall()
{
    BillRunInputs in = november();
    in.households = {household(u"h1"_s, 8735), household(u"h2"_s, 5000, u"b2"_s), household(u"h3"_s, 0)};
    const Fees::BillRunPlan plan = Fees::planBillRun(in);
    QCOMPARE(plan.preview.households, 3);
    QCOMPARE(plan.preview.bills.size(), 2);
    QCOMPARE(plan.preview.total, Money::fromFen(8735 + 2000 + 5000));
    QCOMPARE(plan.preview.totalByItem.value(u"物业服务费"_s), Money::fromFen(8735 + 5000));
    QCOMPARE(plan.preview.totalByItem.value(u"垃圾清运费"_s), Money::fromFen(2000));
    QCOMPARE(plan.unbillable.size(), 1);
}

void TestBillPlan::dueDate()
{
    const Fees::BillPeriod quarter = *Fees::parsePeriod(u"2026-Q4"_s);
    QCOMPARE(*Fees::billDueDate(quarter, {}), QDate(2026, 12, 31));
    QCOMPARE(*Fees::billDueDate(quarter, QDate(2026, 10, 15)), QDate(2026, 10, 15));
    const auto before = Fees::billDueDate(quarter, QDate(2026, 9, 30));
    QVERIFY(!before);
    QCOMPARE(before.error().code(), ErrorCode::InvalidInput);
}

void TestBillPlan::advancesPayOldestFirstWithinCredit()
{
    QList<std::pair<QString, qint64>> unused = {{u"p1"_s, 3000}, {u"p2"_s, 5000}};
    qint64 credit = 6000; // a refund paid 2,000 back
    auto used = Fees::takeAdvances(4000, unused, credit);
    QCOMPARE(used.size(), 2);
    QCOMPARE(used.at(0), std::pair(u"p1"_s, qint64(3000)));
    QCOMPARE(used.at(1), std::pair(u"p2"_s, qint64(1000)));
    QCOMPARE(credit, 2000);
    QCOMPARE(unused.at(0).second, 0);
    QCOMPARE(unused.at(1).second, 4000);
    // The next bill takes only what the credit leaves, not all that p2 has unused.
    used = Fees::takeAdvances(4000, unused, credit);
    QCOMPARE(used.size(), 1);
    QCOMPARE(used.first(), std::pair(u"p2"_s, qint64(2000)));
    QCOMPARE(credit, 0);
    QVERIFY(Fees::takeAdvances(4000, unused, credit).isEmpty());
}

QTEST_GUILESS_MAIN(TestBillPlan)
#include "tst_billplan.moc"
