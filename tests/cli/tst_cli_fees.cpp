// linli-cli's fee commands end to end: items and rates, a rate change on a date, refusals.

#include "clitestbase.h"

using namespace CliTest;

class TestCliFees : public CliTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFileInfo::exists(QStringLiteral(LINLI_CLI)), LINLI_CLI); }
    void init() { setUpFolder(); }
    void cleanup() { checkNoLeaksAndClean(); }
    void itemsAndRates();
    void billRunOnDemoData();
    void policiesAndMeterReadings();
};

void TestCliFees::itemsAndRates()
{
    QVERIFY(!initDb().isEmpty());
    const Run added =
        asAdmin({u"fees"_s, u"items"_s, u"add"_s, u"property"_s, u"物业服务费"_s, u"--kind"_s, u"area"_s});
    QVERIFY2(added.exitCode == Ok, qPrintable(added.all()));
    QCOMPARE(
        asAdmin({u"fees"_s, u"items"_s, u"add"_s, u"garbage"_s, u"垃圾清运费"_s, u"--kind"_s, u"monthly"_s}).exitCode,
        int(Ok));
    QCOMPARE(asAdmin({u"fees"_s, u"items"_s, u"add"_s, u"x"_s, u"y"_s, u"--kind"_s, u"weekly"_s}).exitCode, int(Usage));
    QCOMPARE(
        asAdmin({u"fees"_s, u"rates"_s, u"set"_s, u"property"_s, u"--price"_s, u"0.80"_s, u"--from"_s, u"2026-01-01"_s})
            .exitCode,
        int(Ok));
    const Run change = asAdmin(
        {u"fees"_s, u"rates"_s, u"set"_s, u"property"_s, u"--price"_s, u"¥1.00"_s, u"--from"_s, u"2027-01-01"_s});
    QVERIFY2(change.exitCode == Ok, qPrintable(change.all()));
    QCOMPARE(
        asAdmin({u"fees"_s, u"rates"_s, u"set"_s, u"garbage"_s, u"--price"_s, u"20元"_s, u"--from"_s, u"2026-01-01"_s})
            .exitCode,
        int(Ok));
    const Run rates = asAdmin({u"--json"_s, u"fees"_s, u"rates"_s, u"property"_s});
    QCOMPARE(rates.exitCode, int(Ok));
    const QJsonArray list = QJsonDocument::fromJson(rates.out.toUtf8()).array();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(u"until"_s).toString(), u"2027-01-01"_s);
    QCOMPARE(list.at(1).toObject().value(u"price"_s).toInteger(), 10000);
    // Malformed price, a date that is not one, an overlap, an unknown item, a clerk: nothing written.
    QCOMPARE(asAdmin({u"fees"_s, u"rates"_s, u"set"_s, u"property"_s, u"--price"_s, u"1.00001"_s, u"--from"_s,
                      u"2028-01-01"_s})
                 .exitCode,
             int(Invalid));
    QCOMPARE(
        asAdmin({u"fees"_s, u"rates"_s, u"set"_s, u"property"_s, u"--price"_s, u"1"_s, u"--from"_s, u"2028-02-30"_s})
            .exitCode,
        int(Invalid));
    QCOMPARE(
        asAdmin({u"fees"_s, u"rates"_s, u"set"_s, u"property"_s, u"--price"_s, u"1"_s, u"--from"_s, u"2025-01-01"_s})
            .exitCode,
        int(Invalid));
    QCOMPARE(asAdmin({u"fees"_s, u"rates"_s, u"nothing"_s}).exitCode, int(Invalid));
    QCOMPARE(QJsonDocument::fromJson(asAdmin({u"--json"_s, u"fees"_s, u"rates"_s, u"property"_s}).out.toUtf8())
                 .array()
                 .size(),
             2);
    const Run items = asAdmin({u"fees"_s, u"items"_s});
    QVERIFY(items.out.contains(u"¥1.0000"_s));
    QVERIFY(items.out.contains(u"¥20.00"_s));
}

void TestCliFees::billRunOnDemoData()
{
    QVERIFY(!initDb().isEmpty());
    QCOMPARE(asAdmin({u"demo-data"_s, u"--residents"_s, u"120"_s}).exitCode, int(Ok));
    QCOMPARE(
        asAdmin({u"fees"_s, u"items"_s, u"add"_s, u"property"_s, u"物业服务费"_s, u"--kind"_s, u"area"_s}).exitCode,
        int(Ok));
    QCOMPARE(
        asAdmin({u"fees"_s, u"items"_s, u"add"_s, u"garbage"_s, u"垃圾清运费"_s, u"--kind"_s, u"monthly"_s}).exitCode,
        int(Ok));
    QCOMPARE(
        asAdmin({u"fees"_s, u"rates"_s, u"set"_s, u"property"_s, u"--price"_s, u"1.00"_s, u"--from"_s, u"2026-01-01"_s})
            .exitCode,
        int(Ok));
    QCOMPARE(
        asAdmin({u"fees"_s, u"rates"_s, u"set"_s, u"garbage"_s, u"--price"_s, u"20"_s, u"--from"_s, u"2026-01-01"_s})
            .exitCode,
        int(Ok));
    const Run dry = asAdmin({u"--json"_s, u"fees"_s, u"bill-run"_s, u"--period"_s, u"2026-11"_s, u"--dry-run"_s});
    QVERIFY2(dry.exitCode == Ok, qPrintable(dry.all()));
    const QJsonObject preview = QJsonDocument::fromJson(dry.out.toUtf8()).object();
    QVERIFY(!preview.value(u"written"_s).toBool());
    const int bills = preview.value(u"bills"_s).toInt();
    QVERIFY(bills > 0);
    const Run real = asAdmin({u"--json"_s, u"fees"_s, u"bill-run"_s, u"--period"_s, u"2026-11"_s});
    QVERIFY2(real.exitCode == Ok, qPrintable(real.all()));
    const QJsonObject done = QJsonDocument::fromJson(real.out.toUtf8()).object();
    QVERIFY(done.value(u"written"_s).toBool());
    QCOMPARE(done.value(u"bills"_s).toInt(), bills);
    QCOMPARE(done.value(u"total"_s).toString(), preview.value(u"total"_s).toString());
    // Again: nothing new, nothing written.
    const QJsonObject again =
        QJsonDocument::fromJson(
            asAdmin({u"--json"_s, u"fees"_s, u"bill-run"_s, u"--period"_s, u"2026-11"_s}).out.toUtf8())
            .object();
    QCOMPARE(again.value(u"bills"_s).toInt(), 0);
    QCOMPARE(again.value(u"already_billed"_s).toInt(), bills);
    QVERIFY(!again.value(u"written"_s).toBool());
    QCOMPARE(asAdmin({u"fees"_s, u"discount"_s, u"--household"_s, u"x"_s, u"--kind"_s, u"vacant"_s, u"--percent"_s,
                      u"abc"_s, u"--from"_s, u"2026-01-01"_s})
                 .exitCode,
             int(Invalid));
    // December billed, then cancelled as a whole, then billed again.
    const Run december = asAdmin({u"--json"_s, u"fees"_s, u"bill-run"_s, u"--period"_s, u"2026-12"_s});
    const QString decemberRun = QJsonDocument::fromJson(december.out.toUtf8()).object().value(u"run_id"_s).toString();
    QVERIFY(!decemberRun.isEmpty());
    QCOMPARE(asAdmin({u"fees"_s, u"void-run"_s, decemberRun}).exitCode, int(Usage));
    QCOMPARE(asAdmin({u"fees"_s, u"void-run"_s, decemberRun, u"--reason"_s, u"单价错误"_s}).exitCode, int(Ok));
    QCOMPARE(asAdmin({u"fees"_s, u"void-run"_s, decemberRun, u"--reason"_s, u"again"_s}).exitCode, int(Invalid));
    const Run rebilled = asAdmin({u"--json"_s, u"fees"_s, u"bill-run"_s, u"--period"_s, u"2026-12"_s});
    QCOMPARE(QJsonDocument::fromJson(rebilled.out.toUtf8()).object().value(u"bills"_s).toInt(), bills);
    QCOMPARE(asAdmin({u"fees"_s, u"bill-run"_s, u"--period"_s, u"2026-13"_s}).exitCode, int(Invalid));
    QCOMPARE(asAdmin({u"fees"_s, u"bill-run"_s}).exitCode, int(Usage));

    // Pay for one household: malformed amounts and methods write nothing, receipts count up.
    const QJsonArray people =
        QJsonDocument::fromJson(asAdmin({u"--json"_s, u"residents"_s, u"search"_s, u"1-1-101"_s}).out.toUtf8()).array();
    QVERIFY(!people.isEmpty());
    const QString household = QJsonDocument::fromJson(asAdmin({u"--json"_s, u"residents"_s, u"show"_s,
                                                               people.first().toObject().value(u"id"_s).toString()})
                                                          .out.toUtf8())
                                  .object()
                                  .value(u"household_id"_s)
                                  .toString();
    QVERIFY(!household.isEmpty());
    const auto pay = [&](const QString &amount, const QString &method) {
        return asAdmin({u"--json"_s, u"fees"_s, u"pay"_s, u"--household"_s, household, u"--amount"_s, amount,
                        u"--method"_s, method, u"--ref"_s, u"WX123"_s});
    };
    QCOMPARE(pay(u"12.345"_s, u"cash"_s).exitCode, int(Invalid));
    QCOMPARE(pay(u"abc"_s, u"cash"_s).exitCode, int(Invalid));
    QCOMPARE(pay(u"-5"_s, u"cash"_s).exitCode, int(Invalid));
    QCOMPARE(pay(u"10"_s, u"cheque"_s).exitCode, int(Invalid));
    const Run first = pay(u"¥1,000.00"_s, u"wechat"_s);
    QVERIFY2(first.exitCode == Ok, qPrintable(first.all()));
    const QJsonObject receipt = QJsonDocument::fromJson(first.out.toUtf8()).object();
    QVERIFY(receipt.value(u"receipt"_s).toString().endsWith(u"-000001"_s)); // nothing was written before
    QVERIFY(receipt.value(u"advance"_s).toString() != u"0.00"_s);           // more than November's bill
    const Run second = pay(u"20元"_s, u"cash"_s);
    QVERIFY(
        QJsonDocument::fromJson(second.out.toUtf8()).object().value(u"receipt"_s).toString().endsWith(u"-000002"_s));
    const QString number = receipt.value(u"receipt"_s).toString();
    const Run printed = asAdmin({u"fees"_s, u"receipt"_s, number, u"--out"_s, path(u"receipt.pdf"_s)});
    QVERIFY2(printed.exitCode == Ok, qPrintable(printed.all()));
    QVERIFY(readAll(path(u"receipt.pdf"_s)).startsWith("%PDF"));
    // Printed at payment, then again on the small form: the second is a reprint.
    const Run printedAtPayment = asAdmin({u"fees"_s, u"pay"_s, u"--household"_s, household, u"--amount"_s, u"1"_s,
                                          u"--method"_s, u"cash"_s, u"--print"_s, path(u"at-payment.pdf"_s)});
    QVERIFY2(printedAtPayment.exitCode == Ok, qPrintable(printedAtPayment.all()));
    QVERIFY(readAll(path(u"at-payment.pdf"_s)).startsWith("%PDF"));
    const Run small = asAdmin({u"fees"_s, u"receipt"_s, number, u"--out"_s, path(u"small.pdf"_s), u"--paper"_s,
                               u"small"_s, u"--offset-x"_s, u"1.5"_s, u"--offset-y"_s, u"-2"_s});
    QVERIFY2(small.exitCode == Ok, qPrintable(small.all()));
    QCOMPARE(asAdmin({u"fees"_s, u"receipt"_s, number, u"--out"_s, path(u"x.pdf"_s), u"--paper"_s, u"a3"_s}).exitCode,
             int(Invalid));
    QCOMPARE(
        asAdmin({u"fees"_s, u"receipt"_s, number, u"--out"_s, path(u"x.pdf"_s), u"--offset-x"_s, u"99"_s}).exitCode,
        int(Invalid));
    QVERIFY(!QFile::exists(path(u"x.pdf"_s)));
    const Run statement = asAdmin({u"fees"_s, u"statement"_s, u"--household"_s, household, u"--from"_s, u"2026-01-01"_s,
                                   u"--out"_s, path(u"statement.pdf"_s)});
    QVERIFY2(statement.exitCode == Ok, qPrintable(statement.all()));
    QVERIFY(readAll(path(u"statement.pdf"_s)).startsWith("%PDF"));
    // Notices for every household in arrears: November's bills were due on 30 November.
    const Run notices = asAdmin({u"fees"_s, u"notice"_s, u"--out"_s, path(u"notices.pdf"_s)});
    QVERIFY2(notices.exitCode == Ok, qPrintable(notices.all()));
    QVERIFY(readAll(path(u"notices.pdf"_s)).startsWith("%PDF"));
    QCOMPARE(asAdmin({u"fees"_s, u"void-receipt"_s, number}).exitCode, int(Usage));
    const Run voided = asAdmin({u"fees"_s, u"void-receipt"_s, number, u"--reason"_s, u"收错户"_s});
    QVERIFY2(voided.exitCode == Ok, qPrintable(voided.all()));
    QCOMPARE(asAdmin({u"fees"_s, u"void-receipt"_s, number, u"--reason"_s, u"again"_s}).exitCode, int(Invalid));
    // Pay back ¥10 of an advance; more than the credit is refused.
    QCOMPARE(pay(u"5000"_s, u"cash"_s).exitCode, int(Ok));
    const Run refunded = asAdmin({u"fees"_s, u"refund"_s, u"--household"_s, household, u"--amount"_s, u"10"_s,
                                  u"--method"_s, u"cash"_s, u"--reason"_s, u"多缴"_s});
    QVERIFY2(refunded.exitCode == Ok, qPrintable(refunded.all()));
    QCOMPARE(asAdmin({u"fees"_s, u"refund"_s, u"--household"_s, household, u"--amount"_s, u"100000"_s, u"--method"_s,
                      u"cash"_s, u"--reason"_s, u"x"_s})
                 .exitCode,
             int(Invalid));
    const Run discounted = asAdmin({u"fees"_s, u"discount"_s, u"--household"_s, household, u"--kind"_s, u"vacant"_s,
                                    u"--percent"_s, u"12.5%"_s, u"--from"_s, u"2027-01-01"_s, u"--note"_s, u"空置"_s});
    QVERIFY2(discounted.exitCode == Ok, qPrintable(discounted.all()));
    const Run rate = asAdmin({u"--json"_s, u"fees"_s, u"collection"_s, u"--period"_s, u"2026-11"_s});
    QCOMPARE(rate.exitCode, int(Ok));
    const QJsonArray rates = QJsonDocument::fromJson(rate.out.toUtf8()).array();
    QVERIFY(rates.size() >= 2);
    QVERIFY(rates.last().toObject().value(u"rate_basis_points"_s).toInt() > 0);
    const Run owing = asAdmin({u"--json"_s, u"fees"_s, u"arrears"_s});
    QCOMPARE(owing.exitCode, int(Ok));
    QVERIFY(QJsonDocument::fromJson(owing.out.toUtf8()).object().contains(u"total"_s));
    const Run daily = asAdmin({u"fees"_s, u"report"_s, u"daily"_s, u"--pdf"_s, path(u"daily.pdf"_s)});
    QVERIFY2(daily.exitCode == Ok, qPrintable(daily.all()));
    QVERIFY(readAll(path(u"daily.pdf"_s)).startsWith("%PDF"));
    QCOMPARE(asAdmin({u"fees"_s, u"report"_s, u"weekly"_s}).exitCode, int(Usage));
}

void TestCliFees::policiesAndMeterReadings()
{
    QVERIFY(!initDb().isEmpty());
    QCOMPARE(asAdmin({u"demo-data"_s, u"--residents"_s, u"40"_s}).exitCode, int(Ok));
    QCOMPARE(asAdmin({u"fees"_s, u"items"_s, u"add"_s, u"water"_s, u"水费"_s, u"--kind"_s, u"metered"_s, u"--unit"_s,
                      u"吨"_s})
                 .exitCode,
             int(Ok));
    QCOMPARE(
        asAdmin({u"fees"_s, u"rates"_s, u"set"_s, u"water"_s, u"--price"_s, u"3.5"_s, u"--from"_s, u"2026-01-01"_s})
            .exitCode,
        int(Ok));
    // Policies: a malformed rate writes nothing; what is set shows.
    QCOMPARE(
        asAdmin({u"fees"_s, u"policy"_s, u"late-fee"_s, u"--rate"_s, u"5%"_s, u"--from"_s, u"2026-01-01"_s}).exitCode,
        int(Invalid));
    QCOMPARE(asAdmin({u"fees"_s, u"policy"_s, u"late-fee"_s, u"--rate"_s, u"0.05%"_s, u"--grace"_s, u"30"_s, u"--cap"_s,
                      u"10%"_s, u"--from"_s, u"2026-01-01"_s})
                 .exitCode,
             int(Ok));
    QCOMPARE(
        asAdmin({u"fees"_s, u"policy"_s, u"dibao"_s, u"--percent"_s, u"50"_s, u"--from"_s, u"2026-01-01"_s}).exitCode,
        int(Ok));
    const Run shown = asAdmin({u"fees"_s, u"policy"_s, u"show"_s});
    QVERIFY2(shown.exitCode == Ok && shown.out.contains(u"0.05 %"_s) && shown.out.contains(u"50 %"_s),
             qPrintable(shown.all()));

    // A reading sheet as CSV (幸福里 is the first demo compound): one wrong row refuses the file.
    const auto write = [&](const QString &name, const QByteArray &text) {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write(u"bad.csv"_s, "小区,楼号,单元,房号,上期读数,本期读数\n幸福里,1,1,101,10,22.5\n幸福里,1,1,9999,1,2\n");
    const Run bad = asAdmin({u"fees"_s, u"meter"_s, u"import"_s, path(u"bad.csv"_s), u"--item"_s, u"water"_s,
                             u"--date"_s, u"2026-11-25"_s});
    QVERIFY2(bad.exitCode == Invalid && bad.err.contains(u"9999"_s), qPrintable(bad.all()));
    write(u"good.csv"_s, "小区,楼号,单元,房号,上期读数,本期读数\n幸福里,1,1,101,10,22.5\n");
    const Run dry = asAdmin({u"fees"_s, u"meter"_s, u"import"_s, path(u"good.csv"_s), u"--item"_s, u"water"_s,
                             u"--date"_s, u"2026-11-25"_s, u"--dry-run"_s});
    QVERIFY2(dry.exitCode == Ok && dry.out.contains(u"12.500"_s), qPrintable(dry.all()));
    const Run good = asAdmin({u"fees"_s, u"meter"_s, u"import"_s, path(u"good.csv"_s), u"--item"_s, u"water"_s,
                              u"--date"_s, u"2026-11-25"_s});
    QVERIFY2(good.exitCode == Ok, qPrintable(good.all()));
    QCOMPARE(asAdmin({u"fees"_s, u"meter"_s, u"import"_s, path(u"good.csv"_s), u"--item"_s, u"water"_s, u"--date"_s,
                      u"2026-11-25"_s})
                 .exitCode,
             int(Invalid));
    // The bill run charges 12.5 吨 × ¥3.50 = ¥43.75 to that one room.
    const Run run = asAdmin({u"--json"_s, u"fees"_s, u"bill-run"_s, u"--period"_s, u"2026-11"_s});
    QVERIFY2(run.exitCode == Ok, qPrintable(run.all()));
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"total"_s).toString(), u"43.75"_s);
}

QTEST_GUILESS_MAIN(TestCliFees)
#include "tst_cli_fees.moc"
