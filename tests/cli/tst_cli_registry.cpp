// linli-cli's registry commands end to end: importing an office spreadsheet (all or nothing,
// row-precise errors, an XLSX error report), then finding the people imported.

#include "clitestbase.h"

#include <core/idnumber.h>

#include <QtCore/QStringEncoder>

using namespace CliTest;

class TestCliRegistry : public CliTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFileInfo::exists(QStringLiteral(LINLI_CLI)), LINLI_CLI); }
    void init() { setUpFolder(); }
    void cleanup() { checkNoLeaksAndClean(); }
    void importMessySpreadsheet();
};

void TestCliRegistry::importMessySpreadsheet()
{
    QVERIFY(!initDb().isEmpty());
    // As Excel on Chinese Windows saves a CSV: GB18030, a title row, a blank line, header variants.
    const auto id = [](const QString &first17) {
        return first17 + Linli::Core::IdNumber::mainlandCheckCharacter(first17);
    };
    QString wrong = id(u"11010519800506012"_s);
    wrong[17] = wrong[17] == u'1' ? u'2' : u'1';
    const QStringList lines = {
        u"幸福里社区居民花名册"_s,
        QString(),
        u"序号,姓名,公民身份号码（必填）,联系电话,楼号,单元,房号,与户主关系,人员类别"_s,
        u"1,张三丰,"_s + id(u"11010519491231001"_s) + u",138 1234 5678,３,2,501,户主,党员、独居老人"_s,
        u"2,李四,1.10105E+17,13912345678,3,2,501,配偶,"_s,
        u"3,王五,"_s + wrong + u",,3,2,502,户主,"_s,
    };
    const QString csv = path(u"roster.csv"_s);
    QVERIFY(writeAll(csv, QStringEncoder("GB18030").encode(lines.join(u"\r\n"_s))));

    const Run bad = asAdmin({u"--json"_s, u"import"_s, u"residents"_s, csv, u"--errors"_s, path(u"errors.xlsx"_s)});
    QCOMPARE(bad.exitCode, int(Invalid));
    const QJsonObject report = QJsonDocument::fromJson(bad.out.toUtf8()).object();
    QCOMPARE(report.value(u"data_rows"_s).toInt(), 3);
    QCOMPARE(report.value(u"imported"_s).toInt(), 0);
    const QJsonArray errors = report.value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).toObject().value(u"row"_s).toInt(), 5);
    QCOMPARE(errors.at(0).toObject().value(u"code"_s).toString(), u"id.scientific"_s);
    QCOMPARE(errors.at(0).toObject().value(u"column"_s).toString(), u"公民身份号码（必填）"_s);
    QCOMPARE(errors.at(1).toObject().value(u"row"_s).toInt(), 6);
    // The error report is an XLSX file, written by the process that also read the spreadsheet.
    QVERIFY(readAll(path(u"errors.xlsx"_s)).startsWith("PK"));
    const Run none = asAdmin({u"--json"_s, u"residents"_s, u"search"_s, u"zsf"_s});
    QCOMPARE(QJsonDocument::fromJson(none.out.toUtf8()).array().size(), 0); // all or nothing

    const Run skip = asAdmin({u"--json"_s, u"import"_s, u"residents"_s, csv, u"--skip-invalid"_s});
    QCOMPARE(skip.exitCode, int(Invalid));
    QCOMPARE(QJsonDocument::fromJson(skip.out.toUtf8()).object().value(u"imported"_s).toInt(), 1);
    const Run found = asAdmin({u"--json"_s, u"residents"_s, u"search"_s, u"zsf"_s});
    QCOMPARE(found.exitCode, int(Ok));
    const QJsonArray people = QJsonDocument::fromJson(found.out.toUtf8()).array();
    QCOMPARE(people.size(), 1);
    QVERIFY(people.first().toObject().value(u"address"_s).toString().endsWith(u"3-2-501"_s));
    QVERIFY(people.first().toObject().value(u"id_number"_s).toString().contains(u"********"_s));
}

QTEST_GUILESS_MAIN(TestCliRegistry)
#include "tst_cli_registry.moc"
