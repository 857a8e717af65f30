// Finding the header under title rows, mapping Chinese column-name variants to keys, cleaning
// cells, keeping spreadsheet row numbers, and letting the user correct the mapping.
#include "xlsxbuilder.h"

#include <tabular/csvreader.h>
#include <tabular/sheetreader.h>
#include <tabular/table.h>

#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Linli::Tabular;
using Linli::ErrorCode;

class TestTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizeHeader_data();
    void normalizeHeader();
    void normalizeCell_data();
    void normalizeCell();
    void officeWorkbookEndToEnd();
    void headerVariantsInCsv();
    void missingRequiredColumnsAreNamed();
    void noHeaderFound();
    void userCorrectsTheMapping();
    void duplicateHeaderMapsOnce();
};

namespace {

QList<ColumnSpec> residentSpecs()
{
    return {
        {u"name"_s, {u"姓名"_s}, true},
        {u"id_number"_s, {u"身份证号"_s, u"身份证号码"_s, u"公民身份号码"_s, u"证件号码"_s, u"身份证"_s}, true},
        {u"phone"_s, {u"联系电话"_s, u"手机号"_s, u"手机号码"_s, u"电话"_s}, false},
        {u"building"_s, {u"楼号"_s, u"楼栋"_s, u"楼"_s}, false},
        {u"unit"_s, {u"单元"_s, u"单元号"_s}, false},
        {u"room"_s, {u"房号"_s, u"门牌号"_s, u"室"_s, u"房间号"_s}, false},
        {u"relation"_s, {u"与户主关系"_s}, false},
        {u"tags"_s, {u"人员类别"_s, u"标签"_s, u"类别"_s}, false},
    };
}

Sheet sheetOf(const QList<QStringList> &rows)
{
    Sheet sheet;
    int number = 0;
    for (const QStringList &cells : rows)
        sheet.rows.append(SheetRow{++number, cells});
    return sheet;
}

} // namespace

void TestTable::normalizeHeader_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("spaces inside") << u" 姓　名 "_s << u"姓名"_s;
    QTest::newRow("newline inside") << u"身份证\n号码"_s << u"身份证号码"_s;
    QTest::newRow("required marker") << u"身份证号（必填）"_s << u"身份证号"_s;
    QTest::newRow("half-width marker") << u"身份证号(必填)"_s << u"身份证号"_s;
    QTest::newRow("star after") << u"姓名*"_s << u"姓名"_s;
    QTest::newRow("star before") << u"*姓名"_s << u"姓名"_s;
    QTest::newRow("colon") << u"联系电话："_s << u"联系电话"_s;
    QTest::newRow("latin case and full width") << u"ＩＤ Number"_s << u"idnumber"_s;
    QTest::newRow("only a star stays") << u"*"_s << u"*"_s;
}

void TestTable::normalizeHeader()
{
    QFETCH(QString, raw);
    QFETCH(QString, normalized);
    QCOMPARE(Linli::Tabular::normalizeHeader(raw), normalized);
}

void TestTable::normalizeCell_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("trim") << u"  张三 "_s << u"张三"_s;
    QTest::newRow("full-width digits") << u"１１０１０５１９４９１２３１００２Ｘ"_s << u"11010519491231002X"_s;
    QTest::newRow("nbsp and zero width") << u"\u00A0138\u200B0013\u00A08000"_s << u"1380013 8000"_s;
    QTest::newRow("inner runs collapsed") << u"欧阳  \t 修"_s << u"欧阳 修"_s;
    QTest::newRow("full-width space") << u"　3号楼　"_s << u"3号楼"_s;
    QTest::newRow("Chinese punctuation kept") << u"3号楼（东）"_s << u"3号楼（东）"_s;
    QTest::newRow("number text untouched") << u"1.10105194912310E+17"_s << u"1.10105194912310E+17"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestTable::normalizeCell()
{
    QFETCH(QString, raw);
    QFETCH(QString, normalized);
    QCOMPARE(Linli::Tabular::normalizeCell(raw), normalized);
}

void TestTable::officeWorkbookEndToEnd()
{
    // Row 1: merged title; row 2 blank; row 3 header; rows 4-6 one building merged down A;
    // row 7 blank; row 8 an ID that Excel turned into a number.
    const QString sst = XlsxBuilder::sst({u"幸福里社区居民花名册"_s, u"楼 号"_s, u"姓名*"_s, u"公民身份号码（必填）"_s,
                                          u"手机号"_s, u"1号楼"_s, u"张三"_s, u"李四"_s, u"王五"_s,
                                          u"１１０１０５１９４９１２３１００２１"_s, u"赵六"_s, u"备注"_s});
    const QString sheet =
        u"<sheetData>"
        u"<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
        u"<row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c><c r=\"B3\" t=\"s\"><v>2</v></c>"
        u"<c r=\"C3\" t=\"s\"><v>3</v></c><c r=\"D3\" t=\"s\"><v>4</v></c><c r=\"E3\" t=\"s\"><v>11</v></c></row>"
        u"<row r=\"4\"><c r=\"A4\" t=\"s\"><v>5</v></c><c r=\"B4\" t=\"s\"><v>6</v></c>"
        u"<c r=\"C4\" t=\"s\"><v>9</v></c><c r=\"D4\"><v>13800138000</v></c></row>"
        u"<row r=\"5\"><c r=\"A5\"/><c r=\"B5\" t=\"s\"><v>7</v></c></row>"
        u"<row r=\"6\"><c r=\"B6\" t=\"s\"><v>8</v></c></row>"
        u"<row r=\"8\"><c r=\"A8\" t=\"inlineStr\"><is><t>2号楼</t></is></c><c r=\"B8\" t=\"s\"><v>10</v></c>"
        u"<c r=\"C8\"><v>1.10105194912310E+17</v></c></row>"
        u"</sheetData><mergeCells><mergeCell ref=\"A1:E1\"/><mergeCell ref=\"A4:A6\"/></mergeCells>"_s;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"花名册.xlsx"_s);
    QVERIFY(XlsxBuilder::writeZip(path, XlsxBuilder::workbook({{u"Sheet1"_s, sheet}}, sst)));
    const auto read = readFile(path);
    QVERIFY(read.ok());
    const auto table = findHeader(*read, residentSpecs());
    QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error().message()));
    QCOMPARE(table->headerRowNumber(), 3);
    QCOMPARE(table->column(u"building"_s), 0);
    QCOMPARE(table->column(u"name"_s), 1);
    QCOMPARE(table->column(u"id_number"_s), 2);
    QCOMPARE(table->column(u"phone"_s), 3);
    QCOMPARE(table->column(u"room"_s), -1);
    QCOMPARE(table->unmappedColumns(), QList<int>{4});
    QCOMPARE(table->headers().at(4), u"备注"_s);

    const QList<SheetRow> &rows = table->rows();
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0).number, 4);
    QCOMPARE(rows.at(1).number, 5);
    QCOMPARE(rows.at(2).number, 6);
    QCOMPARE(rows.at(3).number, 8);
    QCOMPARE(table->value(rows.at(0), u"id_number"_s), u"110105194912310021"_s);
    QCOMPARE(table->value(rows.at(0), u"phone"_s), u"13800138000"_s);
    QCOMPARE(table->value(rows.at(2), u"building"_s), u"1号楼"_s);
    QCOMPARE(table->value(rows.at(2), u"name"_s), u"王五"_s);
    QCOMPARE(table->value(rows.at(2), u"phone"_s), QString());
    QCOMPARE(table->value(rows.at(3), u"id_number"_s), u"1.10105194912310E+17"_s);
    QCOMPARE(table->value(rows.at(3), u"room"_s), QString());
}

void TestTable::headerVariantsInCsv()
{
    const QByteArray csv = "\xEF\xBB\xBF"
                           "幸福里社区居民花名册,,,,\r\n"
                           ",,,,\r\n"
                           "\" 姓 名 \",身份证号码,联系电话：,楼栋,门牌号,人员类别\r\n"
                           "张 三 ,１１０１０５１９４９１２３１００２Ｘ,１３８ 0013 8000,３,５０１,独居老人\r\n"
                           ",,,,,\r\n"
                           "李四,110105195001010012,,3,502,\r\n";
    const auto sheet = readCsv(csv);
    QVERIFY(sheet.ok());
    const auto table = findHeader(*sheet, residentSpecs());
    QVERIFY(table.ok());
    QCOMPARE(table->headerRowNumber(), 3);
    QCOMPARE(table->headers(),
             (QStringList{u"姓 名"_s, u"身份证号码"_s, u"联系电话："_s, u"楼栋"_s, u"门牌号"_s, u"人员类别"_s}));
    QCOMPARE(table->rows().size(), 2);
    const SheetRow &first = table->rows().at(0);
    QCOMPARE(first.number, 4);
    QCOMPARE(first.cells,
             (QStringList{u"张 三"_s, u"11010519491231002X"_s, u"138 0013 8000"_s, u"3"_s, u"501"_s, u"独居老人"_s}));
    QCOMPARE(table->value(first, u"tags"_s), u"独居老人"_s);
    QCOMPARE(table->rows().at(1).number, 6);
    QVERIFY(table->unmappedColumns().isEmpty());
    QVERIFY(table->missingRequiredKeys().isEmpty());
}

void TestTable::missingRequiredColumnsAreNamed()
{
    const Sheet sheet = sheetOf({{u"姓名"_s, u"联系电话"_s, u"楼号"_s}, {u"张三"_s, u"138"_s, u"1"_s}});
    const auto table = findHeader(sheet, residentSpecs());
    QVERIFY(!table.ok());
    QCOMPARE(table.error().code(), ErrorCode::InvalidInput);
    QCOMPARE(table.error().detail(), u"header.missing_columns"_s);
    QVERIFY2(table.error().message().contains(u"身份证号"_s), qPrintable(table.error().message()));
    QVERIFY(!table.error().message().contains(u"姓名"_s));
}

void TestTable::noHeaderFound()
{
    QList<QStringList> rows{{u"幸福里社区居民花名册"_s}};
    for (int i = 0; i < 25; ++i)
        rows.append({u"张三"_s, u"138"_s});
    rows.append({u"姓名"_s, u"身份证号"_s}); // too far down to be the header
    const auto table = findHeader(sheetOf(rows), residentSpecs());
    QVERIFY(!table.ok());
    QCOMPARE(table.error().detail(), u"header.not_found"_s);
    QVERIFY(table.error().message().contains(u"姓名"_s));

    // A title that names one column is not a header.
    const auto title = findHeader(sheetOf({{u"姓名"_s}, {u"姓名"_s, u"证件号码"_s}}), residentSpecs());
    QVERIFY(title.ok());
    QCOMPARE(title->headerRowNumber(), 2);
}

void TestTable::userCorrectsTheMapping()
{
    const Sheet sheet =
        sheetOf({{u"姓名"_s, u"身份证号"_s, u"住址"_s, u"电话"_s}, {u"张三"_s, u"X"_s, u"501"_s, u"138"_s}});
    auto table = findHeader(sheet, residentSpecs());
    QVERIFY(table.ok());
    QCOMPARE(table->unmappedColumns(), QList<int>{2});
    QVERIFY(table->setMapping(u"room"_s, 2));
    QCOMPARE(table->value(table->rows().at(0), u"room"_s), u"501"_s);
    QVERIFY(table->unmappedColumns().isEmpty());

    // Moving "phone" onto the room column takes the column away from "room".
    QVERIFY(table->setMapping(u"phone"_s, 2));
    QCOMPARE(table->column(u"room"_s), -1);
    QCOMPARE(table->unmappedColumns(), QList<int>{3});

    QVERIFY(table->setMapping(u"phone"_s, -1));
    QCOMPARE(table->column(u"phone"_s), -1);
    QVERIFY(table->setMapping(u"id_number"_s, -1));
    QCOMPARE(table->missingRequiredKeys(), QStringList{u"id_number"_s});

    QVERIFY(!table->setMapping(u"unknown"_s, 0));
    QVERIFY(!table->setMapping(u"name"_s, 4));
    QVERIFY(!table->setMapping(u"name"_s, -2));
}

void TestTable::duplicateHeaderMapsOnce()
{
    const Sheet sheet = sheetOf({{u"姓名"_s, u"证件号码"_s, u"身份证号"_s}, {u"张三"_s, u"A"_s, u"B"_s}});
    const auto table = findHeader(sheet, residentSpecs());
    QVERIFY(table.ok());
    QCOMPARE(table->column(u"id_number"_s), 1);
    QCOMPARE(table->unmappedColumns(), QList<int>{2});
}

QTEST_GUILESS_MAIN(TestTable)
#include "tst_table.moc"
