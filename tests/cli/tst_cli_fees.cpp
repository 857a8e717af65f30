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
    QCOMPARE(asAdmin({u"fees"_s, u"bill-run"_s, u"--period"_s, u"2026-13"_s}).exitCode, int(Invalid));
    QCOMPARE(asAdmin({u"fees"_s, u"bill-run"_s}).exitCode, int(Usage));
}

QTEST_GUILESS_MAIN(TestCliFees)
#include "tst_cli_fees.moc"
