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
    void importStopsAfterAThousandErrors();
    void exportOneBuilding();
    void rosterOfOneBuilding();
    void rosterRefusesUnknownOrAmbiguousBuilding();
    void householdCard();
    void clerkCannotProbeHiddenDigits();
    void administratorAddsATag();

private:
    // Imports two compounds (幸福里 buildings 3 and 5, 和平里 building 3) through the CLI; returns
    // every full ID number entered, 张三丰's first.
    QStringList importTwoCompounds();
    static qsizetype csvDataRows(const QString &file);
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

// A file of 1,200 wrong rows: the first 1,000 errors are printed, the rest are counted as not
// checked, and nothing is written.
void TestCliRegistry::importStopsAfterAThousandErrors()
{
    QVERIFY(!initDb().isEmpty());
    QByteArray csv = "姓名,身份证号,楼号,单元,房号\r\n";
    for (int i = 0; i < 1200; ++i)
        csv += "某某,1.10105E+17,3,2,501\r\n";
    QVERIFY(writeAll(path(u"wrong.csv"_s), csv));

    const Run json = asAdmin({u"--json"_s, u"import"_s, u"residents"_s, path(u"wrong.csv"_s)});
    QCOMPARE(json.exitCode, int(Invalid));
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(report.value(u"data_rows"_s).toInt(), 1200);
    QCOMPARE(report.value(u"imported"_s).toInt(), 0);
    QCOMPARE(report.value(u"errors"_s).toArray().size(), 1000);
    QCOMPARE(report.value(u"rows_not_checked"_s).toInt(), 200);

    const Run zh = asAdmin({u"--lang"_s, u"zh_CN"_s, u"import"_s, u"residents"_s, path(u"wrong.csv"_s)});
    QCOMPARE(zh.exitCode, int(Invalid));
    QVERIFY2(zh.out.contains(u"仅显示前 1000 条错误"_s), qPrintable(zh.out.right(400)));
    QCOMPARE(zh.out.count(u"第"_s), 1000); // the errors, then the note
}

QStringList TestCliRegistry::importTwoCompounds()
{
    const auto id = [](const QString &first17) {
        return first17 + Linli::Core::IdNumber::mainlandCheckCharacter(first17);
    };
    const QStringList ids = {id(u"11010519491231001"_s), id(u"11010519520308002"_s), id(u"11010519800202003"_s),
                             id(u"11010519400101004"_s), id(u"11010519600606005"_s), id(u"11010519900808006"_s),
                             id(u"11010519850909007"_s)};
    const QString header = u"姓名,身份证号,联系电话,楼号,单元,房号,与户主关系"_s;
    const QStringList xingfu = {
        header,
        u"张三丰,"_s + ids[0] + u",13812345678,3,2,1101,户主"_s,
        u"李秀英,"_s + ids[1] + u",,3,2,1101,配偶"_s,
        u"王五,"_s + ids[2] + u",13912345678,3,2,101,户主"_s,
        u"王老太,"_s + ids[3] + u",,3,2,101,母亲"_s,
        u"赵六,"_s + ids[4] + u",,3,1,201,户主"_s,
        u"钱八,"_s + ids[5] + u",,5,1,301,户主"_s,
    };
    const QStringList heping = {header, u"周九,"_s + ids[6] + u",,3,1,101,户主"_s};
    for (const auto &[name, lines] : {std::pair{u"幸福里"_s, xingfu}, std::pair{u"和平里"_s, heping}}) {
        const QString csv = path(name + u".csv"_s);
        if (!writeAll(csv, lines.join(u"\r\n"_s).toUtf8()))
            return {};
        const Run r = asAdmin({u"import"_s, u"residents"_s, csv, u"--compound"_s, name});
        if (r.exitCode != Ok) {
            qWarning("import failed (%d): %s", r.exitCode, qPrintable(r.all()));
            return {};
        }
    }
    return ids;
}

qsizetype TestCliRegistry::csvDataRows(const QString &file)
{
    const QString text = QString::fromUtf8(readAll(file));
    qsizetype lines = 0;
    for (const QString &line : text.split(u"\r\n"_s)) {
        if (!line.trimmed().isEmpty())
            ++lines;
    }
    return lines - 1; // the header
}

void TestCliRegistry::exportOneBuilding()
{
    QVERIFY(!initDb().isEmpty());
    QCOMPARE(importTwoCompounds().size(), 7);
    const auto exportTo = [&](const QString &name, const QStringList &extra) {
        return asAdmin(QStringList{u"residents"_s, u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, path(name)}
                       + extra);
    };
    const Run all = exportTo(u"all.csv"_s, {});
    QCOMPARE(all.exitCode, int(Ok));
    QCOMPARE(csvDataRows(path(u"all.csv"_s)), 7);
    const Run b3 = exportTo(u"b3.csv"_s, {u"--building"_s, u"3"_s, u"--compound"_s, u"幸福里"_s});
    QVERIFY2(b3.exitCode == Ok, qPrintable(b3.all()));
    QCOMPARE(csvDataRows(path(u"b3.csv"_s)), 5);
    const QString b3Text = QString::fromUtf8(readAll(path(u"b3.csv"_s)));
    QVERIFY(b3Text.contains(u"张三丰"_s) && !b3Text.contains(u"钱八"_s) && !b3Text.contains(u"周九"_s));
    // Without --compound, building 3 of every compound.
    QCOMPARE(exportTo(u"b3-all.csv"_s, {u"--building"_s, u"3"_s}).exitCode, int(Ok));
    QCOMPARE(csvDataRows(path(u"b3-all.csv"_s)), 6);
    QCOMPARE(
        exportTo(u"b3u2.csv"_s, {u"--building"_s, u"3"_s, u"--unit"_s, u"2"_s, u"--compound"_s, u"幸福里"_s}).exitCode,
        int(Ok));
    QCOMPARE(csvDataRows(path(u"b3u2.csv"_s)), 4);

    const Run unknown = exportTo(u"b9.csv"_s, {u"--building"_s, u"9"_s});
    QCOMPARE(unknown.exitCode, int(Invalid));
    QVERIFY2(unknown.err.contains(u"9"_s), qPrintable(unknown.err));
    QVERIFY(!QFileInfo::exists(path(u"b9.csv"_s)));
    const Run noUnit = exportTo(u"b3u7.csv"_s, {u"--building"_s, u"3"_s, u"--unit"_s, u"7"_s});
    QCOMPARE(noUnit.exitCode, int(Invalid));
    QVERIFY(!QFileInfo::exists(path(u"b3u7.csv"_s)));
    QCOMPARE(exportTo(u"u2.csv"_s, {u"--unit"_s, u"2"_s}).exitCode, int(Usage));
}

void TestCliRegistry::rosterOfOneBuilding()
{
    QVERIFY(!initDb().isEmpty());
    QCOMPARE(importTwoCompounds().size(), 7);
    for (const QString &name : {u"roster.pdf"_s, u"roster.xlsx"_s}) {
        const Run r = asAdmin({u"residents"_s, u"roster"_s, u"--building"_s, u"3"_s, u"--compound"_s, u"幸福里"_s,
                               u"--out"_s, path(name)});
        QVERIFY2(r.exitCode == Ok, qPrintable(name + u": "_s + r.all()));
        QVERIFY(r.out.contains(u"5"_s));
        QVERIFY(QFileInfo(path(name)).size() > 0);
    }
    QVERIFY(readAll(path(u"roster.pdf"_s)).startsWith("%PDF"));
    QVERIFY(readAll(path(u"roster.xlsx"_s)).startsWith("PK"));
    // One unit, as CSV: the head first, then room 101 before 1101.
    const Run unit = asAdmin({u"residents"_s, u"roster"_s, u"--building"_s, u"3"_s, u"--unit"_s, u"2"_s,
                              u"--compound"_s, u"幸福里"_s, u"--out"_s, path(u"unit2.csv"_s)});
    QVERIFY2(unit.exitCode == Ok, qPrintable(unit.all()));
    const QString csv = QString::fromUtf8(readAll(path(u"unit2.csv"_s)));
    QVERIFY(csv.indexOf(u"王五"_s) < csv.indexOf(u"王老太"_s));
    QVERIFY(csv.indexOf(u"王老太"_s) < csv.indexOf(u"张三丰"_s));
    QVERIFY(!csv.contains(u"赵六"_s));
    QVERIFY(csv.contains(u"110105********001"_s));
    QVERIFY(!csv.contains(u"11010519491231001"_s));

    // Recorded as exports in the audit log.
    int rosters = 0;
    for (const QJsonValue &v : auditJsonArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"action"_s).toString() == u"export" && o.value(u"target"_s).toString() == u"resident_roster")
            ++rosters;
    }
    QCOMPARE(rosters, 3);
}

void TestCliRegistry::rosterRefusesUnknownOrAmbiguousBuilding()
{
    QVERIFY(!initDb().isEmpty());
    QCOMPARE(importTwoCompounds().size(), 7);
    const Run unknown = asAdmin({u"residents"_s, u"roster"_s, u"--building"_s, u"9"_s, u"--out"_s, path(u"b9.pdf"_s)});
    QCOMPARE(unknown.exitCode, int(Invalid));
    QVERIFY(!QFileInfo::exists(path(u"b9.pdf"_s)));
    // Building 3 is in both compounds: the message names them and nothing is written.
    const Run ambiguous =
        asAdmin({u"residents"_s, u"roster"_s, u"--building"_s, u"3"_s, u"--out"_s, path(u"b3.xlsx"_s)});
    QCOMPARE(ambiguous.exitCode, int(Invalid));
    QVERIFY2(ambiguous.err.contains(u"幸福里"_s) && ambiguous.err.contains(u"和平里"_s), qPrintable(ambiguous.err));
    QVERIFY(!QFileInfo::exists(path(u"b3.xlsx"_s)));
    const Run other = asAdmin({u"residents"_s, u"roster"_s, u"--building"_s, u"3"_s, u"--compound"_s, u"和平里"_s,
                               u"--out"_s, path(u"hp.csv"_s)});
    QCOMPARE(other.exitCode, int(Ok));
    QCOMPARE(QString::fromUtf8(readAll(path(u"hp.csv"_s))).count(u"周九"_s), 1);
    // No file type Linli writes, no building: usage errors.
    QCOMPARE(asAdmin({u"residents"_s, u"roster"_s, u"--building"_s, u"3"_s, u"--out"_s, path(u"b3.txt"_s)}).exitCode,
             int(Usage));
    QCOMPARE(asAdmin({u"residents"_s, u"roster"_s, u"--out"_s, path(u"b3.pdf"_s)}).exitCode, int(Usage));
}

void TestCliRegistry::householdCard()
{
    QVERIFY(!initDb().isEmpty());
    const QStringList ids = importTwoCompounds();
    QCOMPARE(ids.size(), 7);
    const Run found = asAdmin({u"--json"_s, u"residents"_s, u"search"_s, u"张三丰"_s});
    const QJsonArray people = QJsonDocument::fromJson(found.out.toUtf8()).array();
    QCOMPARE(people.size(), 1);
    const Run shown =
        asAdmin({u"--json"_s, u"residents"_s, u"show"_s, people.first().toObject().value(u"id"_s).toString()});
    QCOMPARE(shown.exitCode, int(Ok));
    const QString household = QJsonDocument::fromJson(shown.out.toUtf8()).object().value(u"household_id"_s).toString();
    QVERIFY(!household.isEmpty());

    const Run card = asAdmin({u"households"_s, u"show"_s, household});
    QVERIFY2(card.exitCode == Ok, qPrintable(card.all()));
    QVERIFY(card.out.contains(u"幸福里 3-2-1101"_s));
    QVERIFY(card.out.contains(u"张三丰"_s) && card.out.contains(u"李秀英"_s));
    QVERIFY(!card.out.contains(u"王五"_s));
    QVERIFY(card.out.contains(ids[0].left(6) + u"********"_s + ids[0].right(4)));
    QVERIFY(card.out.contains(u"138****5678"_s));
    for (const QString &id : ids)
        QVERIFY2(!card.all().contains(id), "a full ID number in households show");
    QVERIFY(!card.all().contains(u"13812345678"_s));
    QVERIFY(card.out.contains(u"moved in"_s)); // the history

    const Run json = asAdmin({u"--json"_s, u"households"_s, u"show"_s, household});
    QCOMPARE(json.exitCode, int(Ok));
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o.value(u"members"_s).toArray().size(), 2);
    QCOMPARE(o.value(u"history"_s).toArray().size(), 2);
    QVERIFY(!json.out.contains(ids[0]));

    const Run pdf = asAdmin({u"households"_s, u"show"_s, household, u"--out"_s, path(u"card.pdf"_s)});
    QVERIFY2(pdf.exitCode == Ok, qPrintable(pdf.all()));
    QVERIFY(readAll(path(u"card.pdf"_s)).startsWith("%PDF"));
    QCOMPARE(asAdmin({u"households"_s, u"show"_s, u"no-such-household"_s}).exitCode, int(Invalid));
}

// A property clerk sees numbers masked in every command, cannot unmask, and cannot find out
// the hidden digits by searching for longer tails.
void TestCliRegistry::clerkCannotProbeHiddenDigits()
{
    QVERIFY(!initDb().isEmpty());
    const QStringList ids = importTwoCompounds();
    QVERIFY(!ids.isEmpty());
    const Run added = asAdmin({u"users"_s, u"add"_s, u"clerk"_s, u"--role"_s, u"property_clerk"_s},
                              {{u"LINLI_NEW_PASSWORD"_s, WangPassword}});
    QVERIFY2(added.exitCode == Ok, qPrintable(added.all()));
    const auto clerk = [&](const QStringList &args) { return as(u"clerk"_s, WangPassword, args); };
    const Run tail = clerk({u"residents"_s, u"search"_s, ids[0].right(4)});
    QVERIFY2(tail.exitCode == Ok && tail.out.contains(ids[0].right(4)), qPrintable(tail.all()));
    QVERIFY(!tail.all().contains(ids[0]));
    for (const QString &probe : {ids[0].right(5), ids[0].right(10), ids[0], u"13812345678"_s}) {
        const Run r = clerk({u"residents"_s, u"search"_s, probe});
        QVERIFY2(r.exitCode == Permission, qPrintable(probe + u": "_s + r.all()));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(clerk({u"residents"_s, u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, path(u"x.csv"_s),
                        u"--query"_s, probe})
                     .exitCode,
                 int(Permission));
        QVERIFY(!QFileInfo::exists(path(u"x.csv"_s)));
    }
    const Run id = clerk({u"--json"_s, u"residents"_s, u"search"_s, ids[0].right(4)});
    const QString residentId =
        QJsonDocument::fromJson(id.out.toUtf8()).array().first().toObject().value(u"id"_s).toString();
    QCOMPARE(clerk({u"residents"_s, u"show"_s, residentId, u"--unmask"_s}).exitCode, int(Permission));
    const Run shown = clerk({u"--json"_s, u"residents"_s, u"show"_s, residentId});
    QCOMPARE(shown.exitCode, int(Ok));
    for (const QString &full : ids)
        QVERIFY(!shown.all().contains(full));
    // The administrator may search by the whole number.
    QCOMPARE(asAdmin({u"residents"_s, u"search"_s, ids[0]}).exitCode, int(Ok));
}

void TestCliRegistry::administratorAddsATag()
{
    QVERIFY(!initDb().isEmpty());
    const Run added = asAdmin({u"tags"_s, u"add"_s, u"失独家庭"_s, u"--code"_s, u"shidu"_s, u"--sensitive"_s});
    QVERIFY2(added.exitCode == Ok, qPrintable(added.all()));
    QCOMPARE(asAdmin({u"tags"_s, u"add"_s, u"失独家庭"_s}).exitCode, int(Invalid)); // the same name again
    QCOMPARE(asAdmin({u"tags"_s, u"add"_s, u"x"_s, u"--code"_s, u"Not valid"_s}).exitCode, int(Invalid));
    QCOMPARE(asAdmin({u"tags"_s}).exitCode, int(Usage));
    const Run list = asAdmin({u"--json"_s, u"tags"_s, u"list"_s});
    QCOMPARE(list.exitCode, int(Ok));
    const QJsonObject tag = byName(QJsonDocument::fromJson(list.out.toUtf8()).array(), u"code"_s, u"shidu"_s);
    QCOMPARE(tag.value(u"name"_s).toString(), u"失独家庭"_s);
    QVERIFY(tag.value(u"sensitive"_s).toBool());
    // The export filter knows it; a property clerk neither sees it nor may add tags.
    QCOMPARE(asAdmin({u"residents"_s, u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, path(u"s.csv"_s), u"--tag"_s,
                      u"shidu"_s})
                 .exitCode,
             int(Ok));
    QVERIFY2(asAdmin({u"users"_s, u"add"_s, u"clerk"_s, u"--role"_s, u"property_clerk"_s},
                     {{u"LINLI_NEW_PASSWORD"_s, WangPassword}})
                     .exitCode
                 == Ok,
             "users add");
    QCOMPARE(as(u"clerk"_s, WangPassword, {u"tags"_s, u"add"_s, u"楼长"_s}).exitCode, int(Permission));
    QVERIFY(!as(u"clerk"_s, WangPassword, {u"tags"_s, u"list"_s}).out.contains(u"shidu"_s));
}

QTEST_GUILESS_MAIN(TestCliRegistry)
#include "tst_cli_registry.moc"
