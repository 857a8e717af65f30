// XLSX as offices produce it: shared, rich and inline strings, numbers exactly as Excel stores
// them, dates behind date formats, merged ranges, gaps; and every kind of file that is not one.
#include "xlsxbuilder.h"

#include <tabular/sheetreader.h>
#include <tabular/xlsxreader.h>

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Linli::Tabular;
using Linli::ErrorCode;

class TestXlsxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringsNumbersBooleansAndGaps();
    void numbersKeepTheTextExcelStores();
    void datesBehindDateFormats();
    void mergedCellsFillTheirRange();
    void mergesFillOnlyRowsWithData();
    void sheetClaimingEveryRowIsReadByItsRows();
    void entityExpansionIsRefused();
    void hugeTextIsRefusedWhileRead();
    void longSharedStringsAreBounded();
    void namedSheet();
    void serialToText_data();
    void serialToText();
    void dateFormatCodes_data();
    void dateFormatCodes();
    void malformedFiles_data();
    void malformedFiles();

private:
    QString write(const QString &name, const XlsxBuilder::Parts &parts);
    QString writeBytes(const QString &name, const QByteArray &data);
    QTemporaryDir m_dir;
};

QString TestXlsxReader::write(const QString &name, const XlsxBuilder::Parts &parts)
{
    const QString path = m_dir.filePath(name);
    if (!XlsxBuilder::writeZip(path, parts))
        qFatal("cannot write the test workbook");
    return path;
}

QString TestXlsxReader::writeBytes(const QString &name, const QByteArray &data)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write the test file");
    return path;
}

void TestXlsxReader::stringsNumbersBooleansAndGaps()
{
    const QString sst = XlsxBuilder::sst({u"姓名"_s, u"张三"_s})
                        + u"<si><r><rPr><b/></rPr><t>幸福里</t></r><r><t xml:space=\"preserve\">社区 </t></r>"
                          u"<rPh sb=\"0\" eb=\"1\"><t>XX</t></rPh></si>"_s;
    const QString sheet =
        u"<sheetData>"
        u"<row r=\"1\"><c r=\"A1\" t=\"s\"><v>2</v></c></row>"
        u"<row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c><c r=\"C3\" t=\"inlineStr\"><is><t>备注</t></is></c></row>"
        u"<row r=\"4\"><c r=\"A4\" t=\"s\"><v>1</v></c><c r=\"B4\"><v>42</v></c>"
        u"<c r=\"C4\" t=\"b\"><v>1</v></c><c r=\"D4\" t=\"str\"><f>A4</f><v>张三</v></c>"
        u"<c r=\"E4\" t=\"e\"><v>#N/A</v></c></row>"
        u"<row><c t=\"inlineStr\"><is><r><t>甲</t></r><r><t>乙</t></r></is></c><c><v>7</v></c></row>"
        u"</sheetData>"_s;
    const auto result = readFile(write(u"basic.xlsx"_s, XlsxBuilder::workbook({{u"花名册"_s, sheet}}, sst)));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
    QCOMPARE(result->name, u"花名册"_s);
    QCOMPARE(result->rows.size(), 4);
    QCOMPARE(result->rows.at(0).number, 1);
    QCOMPARE(result->rows.at(0).cells, QStringList{u"幸福里社区 "_s});
    QCOMPARE(result->rows.at(1).number, 3);
    QCOMPARE(result->rows.at(1).cells, (QStringList{u"姓名"_s, QString(), u"备注"_s}));
    QCOMPARE(result->rows.at(2).number, 4);
    QCOMPARE(result->rows.at(2).cells, (QStringList{u"张三"_s, u"42"_s, u"TRUE"_s, u"张三"_s, u"#N/A"_s}));
    QCOMPARE(result->rows.at(3).number, 5);
    QCOMPARE(result->rows.at(3).cells, (QStringList{u"甲乙"_s, u"7"_s}));
}

void TestXlsxReader::numbersKeepTheTextExcelStores()
{
    const QString sheet = u"<sheetData><row r=\"2\">"
                          u"<c r=\"A2\"><v>1.10105194912310E+17</v></c>"
                          u"<c r=\"B2\"><v>1.1010519491231E+17</v></c>"
                          u"<c r=\"C2\" s=\"1\"><v>13800138000</v></c>"
                          u"<c r=\"D2\"><v>0.1</v></c>"
                          u"<c r=\"E2\"><v>501</v></c>"
                          u"</row></sheetData>"_s;
    const auto result =
        readFile(write(u"numbers.xlsx"_s, XlsxBuilder::workbook({{u"Sheet1"_s, sheet}}, {}, {},
                                                                u"<xf numFmtId=\"0\"/><xf numFmtId=\"1\"/>"_s)));
    QVERIFY(result.ok());
    QCOMPARE(result->rows.size(), 1);
    QCOMPARE(result->rows.at(0).number, 2);
    QCOMPARE(result->rows.at(0).cells,
             (QStringList{u"1.10105194912310E+17"_s, u"1.1010519491231E+17"_s, u"13800138000"_s, u"0.1"_s, u"501"_s}));
}

void TestXlsxReader::datesBehindDateFormats()
{
    // Styles: 0 General, 1 built-in 14 (m/d/yyyy), 2 custom yyyy/m/d, 3 custom 年月日, 4 built-in
    // 22 (date and time), 5 a number format with a quoted "d" that is not a date.
    const QString numFmts =
        u"<numFmt numFmtId=\"176\" formatCode=\"yyyy/m/d\"/>"
        u"<numFmt numFmtId=\"177\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
        u"<numFmt numFmtId=\"178\" formatCode=\"0&quot;d&quot;\"/>"_s;
    const QString xfs = u"<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"176\"/><xf numFmtId=\"177\"/>"
                        u"<xf numFmtId=\"22\"/><xf numFmtId=\"178\"/>"_s;
    const QString sheet = u"<sheetData><row r=\"1\">"
                          u"<c r=\"A1\" s=\"0\"><v>29221</v></c>"
                          u"<c r=\"B1\" s=\"1\"><v>29221</v></c>"
                          u"<c r=\"C1\" s=\"2\"><v>18264</v></c>"
                          u"<c r=\"D1\" s=\"3\"><v>45292</v></c>"
                          u"<c r=\"E1\" s=\"4\"><v>45292.5</v></c>"
                          u"<c r=\"F1\" s=\"5\"><v>3</v></c>"
                          u"<c r=\"G1\" t=\"d\"><v>1980-01-01T00:00:00</v></c>"
                          u"</row></sheetData>"_s;
    const auto result = readFile(write(u"dates.xlsx"_s, XlsxBuilder::workbook({{u"S"_s, sheet}}, {}, numFmts, xfs)));
    QVERIFY(result.ok());
    QCOMPARE(result->rows.at(0).cells, (QStringList{u"29221"_s, u"1980-01-01"_s, u"1950-01-01"_s, u"2024-01-01"_s,
                                                    u"2024-01-01 12:00"_s, u"3"_s, u"1980-01-01"_s}));
}

void TestXlsxReader::mergedCellsFillTheirRange()
{
    const QString sst = XlsxBuilder::sst({u"1号楼"_s, u"张三"_s, u"李四"_s, u"王五"_s, u"居民花名册"_s});
    const QString sheet = u"<sheetData>"
                          u"<row r=\"1\"><c r=\"A1\" t=\"s\"><v>4</v></c></row>"
                          u"<row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c><c r=\"B3\" t=\"s\"><v>1</v></c></row>"
                          u"<row r=\"4\"><c r=\"A4\"/><c r=\"B4\" t=\"s\"><v>2</v></c></row>"
                          u"<row r=\"5\"><c r=\"B5\" t=\"s\"><v>3</v></c></row>"
                          u"</sheetData><mergeCells count=\"3\"><mergeCell ref=\"A1:C1\"/><mergeCell ref=\"A3:A5\"/>"
                          u"<mergeCell ref=\"bogus\"/></mergeCells>"_s;
    const auto result = readFile(write(u"merged.xlsx"_s, XlsxBuilder::workbook({{u"S"_s, sheet}}, sst)));
    QVERIFY(result.ok());
    QCOMPARE(result->rows.size(), 4);
    // A1:C1, but no row has anything in C: the fill stops at the columns the sheet uses.
    QCOMPARE(result->rows.at(0).cells, (QStringList{u"居民花名册"_s, u"居民花名册"_s}));
    QCOMPARE(result->rows.at(1).cells, (QStringList{u"1号楼"_s, u"张三"_s}));
    QCOMPARE(result->rows.at(2).cells, (QStringList{u"1号楼"_s, u"李四"_s}));
    QCOMPARE(result->rows.at(3).number, 5);
    QCOMPARE(result->rows.at(3).cells, (QStringList{u"1号楼"_s, u"王五"_s}));
}

// 楼号 merged from F3 down to F1000000 and a name merged from B3 to B1000, over 12 real rows:
// the merges fill those 12 rows and no others.
void TestXlsxReader::mergesFillOnlyRowsWithData()
{
    const QString sst =
        XlsxBuilder::sst({u"居民花名册"_s, u"序号"_s, u"姓名"_s, u"身份证号"_s, u"楼号"_s, u"张三"_s, u"1号楼"_s});
    QString rows = u"<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                   u"<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\" t=\"s\"><v>2</v></c>"
                   u"<c r=\"C2\" t=\"s\"><v>3</v></c><c r=\"F2\" t=\"s\"><v>4</v></c></row>"_s;
    for (int r = 3; r <= 14; ++r) {
        const QString n = QString::number(r);
        rows += u"<row r=\""_s + n + u"\"><c r=\"A"_s + n + u"\"><v>"_s + QString::number(r - 2) + u"</v></c>"_s
                + (r == 3 ? u"<c r=\"B3\" t=\"s\"><v>5</v></c>"_s : QString()) + u"<c r=\"C"_s + n
                + u"\" t=\"inlineStr\"><is><t>ID"_s + n + u"</t></is></c>"_s
                + (r == 3 ? u"<c r=\"F3\" t=\"s\"><v>6</v></c>"_s : QString()) + u"</row>"_s;
    }
    // Formatting applied down to the sheet's last row leaves empty rows and cells behind.
    rows += u"<row r=\"500\" s=\"0\" customFormat=\"1\"><c r=\"B500\" s=\"0\"/></row>"_s;
    const QString sheet = u"<dimension ref=\"A1:F1000000\"/><sheetData>"_s + rows
                          + u"</sheetData><mergeCells count=\"3\"><mergeCell ref=\"A1:XFD1\"/>"
                            u"<mergeCell ref=\"B3:B1000\"/><mergeCell ref=\"F3:F1000000\"/></mergeCells>"_s;
    const auto result = readFile(write(u"mergedown.xlsx"_s, XlsxBuilder::workbook({{u"S"_s, sheet}}, sst)));
    QVERIFY(result.ok());
    QCOMPARE(result->rows.size(), 14);
    QCOMPARE(result->rows.constLast().number, 14);
    // The title fills the columns the sheet uses (A to F), not all 16,384.
    QCOMPARE(result->rows.at(0).cells, QStringList(6, u"居民花名册"_s));
    for (qsizetype i = 2; i < result->rows.size(); ++i) {
        const SheetRow &row = result->rows.at(i);
        QCOMPARE(row.cell(1), u"张三"_s);
        QCOMPARE(row.cell(5), u"1号楼"_s);
        QCOMPARE(row.cell(2), u"ID"_s + QString::number(row.number));
    }
}

// A sheet whose dimension and formatting claim all 1,048,576 rows is read by the rows that exist.
void TestXlsxReader::sheetClaimingEveryRowIsReadByItsRows()
{
    const QString sheet = u"<dimension ref=\"A1:C1048576\"/><sheetData>"
                          u"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></c></row>"
                          u"<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>张三</t></is></c></row>"
                          u"<row r=\"1048576\" ht=\"15\" customHeight=\"1\"><c r=\"A1048576\" s=\"0\"/></row>"
                          u"</sheetData>"_s;
    const auto result = readFile(write(u"claims.xlsx"_s, XlsxBuilder::workbook({{u"S"_s, sheet}}, {})));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message()));
    QCOMPARE(result->rows.size(), 2);
    QCOMPARE(result->rows.at(1).cells, QStringList{u"张三"_s});
}

// Entities declared in a DTD could expand a few kilobytes into gigabytes; no XLSX part has a DTD.
void TestXlsxReader::entityExpansionIsRefused()
{
    const QString sheet = u"<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData>"_s;
    XlsxBuilder::Parts parts = XlsxBuilder::workbook({{u"S"_s, sheet}}, {});
    QByteArray refs;
    for (int i = 0; i < 20000; ++i)
        refs += "&e;";
    for (auto &[name, data] : parts) {
        if (name == u"xl/sharedStrings.xml") {
            data = "<?xml version=\"1.0\"?>\n<!DOCTYPE sst [<!ENTITY e \"" + QByteArray(4000, 'x')
                   + "\">]>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>" + refs
                   + "</t></si></sst>";
        }
    }
    const auto result = readFile(write(u"laughs.xlsx"_s, parts));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().detail(), u"file.damaged"_s);
}

// Two megabytes without markup in one value: refused as it streams by, before QXmlStreamReader
// assembles it (a deflated part can hold hundreds of megabytes of it).
void TestXlsxReader::hugeTextIsRefusedWhileRead()
{
    const QString sheet =
        u"<sheetData><row r=\"1\"><c r=\"A1\"><v>"_s + QString(2 * 1024 * 1024, u'1') + u"</v></c></row></sheetData>"_s;
    const auto result = readFile(write(u"hugetext.xlsx"_s, XlsxBuilder::workbook({{u"S"_s, sheet}}, {})));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().detail(), u"file.damaged"_s);
}

// A cell holds at most 32,767 characters (Excel's own limit), and one long shared string used in
// every cell of a wide sheet does not multiply into gigabytes.
void TestXlsxReader::longSharedStringsAreBounded()
{
    const QString cellRow = u"<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData>"_s;
    const auto atLimit = readFile(
        write(u"atlimit.xlsx"_s, XlsxBuilder::workbook({{u"S"_s, cellRow}}, XlsxBuilder::sst({QString(32767, u'x')}))));
    QVERIFY(atLimit.ok());
    QCOMPARE(atLimit->rows.at(0).cells.at(0).size(), 32767);
    const auto overLimit = readFile(write(
        u"overlimit.xlsx"_s, XlsxBuilder::workbook({{u"S"_s, cellRow}}, XlsxBuilder::sst({QString(32768, u'x')}))));
    QVERIFY(!overLimit.ok());
    QCOMPARE(overLimit.error().detail(), u"file.too_large"_s);

    // 200 rows of 100 cells, each the same 32,000 characters: 640 million characters if expanded.
    QString rows;
    for (int r = 1; r <= 200; ++r) {
        rows += u"<row r=\""_s + QString::number(r) + u"\">"_s;
        for (int c = 0; c < 100; ++c)
            rows += u"<c t=\"s\"><v>0</v></c>"_s;
        rows += u"</row>"_s;
    }
    const auto wide =
        readFile(write(u"wide.xlsx"_s, XlsxBuilder::workbook({{u"S"_s, u"<sheetData>"_s + rows + u"</sheetData>"_s}},
                                                             XlsxBuilder::sst({QString(32000, u'x')}))));
    QVERIFY(!wide.ok());
    QCOMPARE(wide.error().detail(), u"file.too_large"_s);
}

void TestXlsxReader::namedSheet()
{
    const QString first = u"<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>"_s;
    const QString second = u"<sheetData><row r=\"2\"><c r=\"B2\"><v>2</v></c></row></sheetData>"_s;
    const QString path = write(u"two.xlsx"_s, XlsxBuilder::workbook({{u"说明"_s, first}, {u"居民"_s, second}}, {}));
    const auto byDefault = readFile(path);
    QVERIFY(byDefault.ok());
    QCOMPARE(byDefault->name, u"说明"_s);
    const auto named = readFile(path, u"居民"_s);
    QVERIFY(named.ok());
    QCOMPARE(named->name, u"居民"_s);
    QCOMPARE(named->rows.at(0).number, 2);
    QCOMPARE(named->rows.at(0).cells, (QStringList{QString(), u"2"_s}));
    const auto missing = readFile(path, u"不存在"_s);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code(), ErrorCode::InvalidInput);
    QCOMPARE(missing.error().detail(), u"sheet.not_found"_s);
    QVERIFY(missing.error().message().contains(u"不存在"_s));
}

void TestXlsxReader::serialToText_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<bool>("withTime");
    QTest::addColumn<QString>("text");
    QTest::newRow("1900-01-01") << 1.0 << false << false << u"1900-01-01"_s;
    QTest::newRow("1900-02-28") << 59.0 << false << false << u"1900-02-28"_s;
    QTest::newRow("phantom 1900-02-29") << 60.0 << false << false << QString();
    QTest::newRow("1900-03-01") << 61.0 << false << false << u"1900-03-01"_s;
    QTest::newRow("1949-10-01") << 18172.0 << false << false << u"1949-10-01"_s;
    QTest::newRow("time dropped") << 45292.75 << false << false << u"2024-01-01"_s;
    QTest::newRow("time kept") << 45292.75 << false << true << u"2024-01-01 18:00"_s;
    QTest::newRow("1904 system") << 0.0 << true << false << u"1904-01-01"_s;
    QTest::newRow("negative") << -1.0 << false << false << QString();
    QTest::newRow("beyond 9999") << 3e6 << false << false << QString();
}

void TestXlsxReader::serialToText()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(bool, withTime);
    QFETCH(QString, text);
    QCOMPARE(excelSerialToText(serial, date1904, withTime), text);
}

void TestXlsxReader::dateFormatCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("isDate");
    QTest::newRow("yyyy/m/d") << u"yyyy/m/d"_s << true;
    QTest::newRow("Chinese quoted") << u"yyyy\"年\"m\"月\"d\"日\""_s << true;
    QTest::newRow("Chinese unquoted") << u"yyyy年m月d日"_s << true;
    QTest::newRow("locale prefix") << u"[$-804]yyyy-mm-dd;@"_s << true;
    QTest::newRow("date time") << u"yyyy-mm-dd hh:mm"_s << true;
    QTest::newRow("General") << u"General"_s << false;
    QTest::newRow("decimals with colour") << u"0.00_);[Red](0.00)"_s << false;
    QTest::newRow("quoted d") << u"0\"d\""_s << false;
    QTest::newRow("escaped d") << u"0\\d"_s << false;
    QTest::newRow("time only") << u"h:mm:ss"_s << false;
    QTest::newRow("text") << u"@"_s << false;
}

void TestXlsxReader::dateFormatCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, isDate);
    QCOMPARE(isDateFormatCode(code), isDate);
}

void TestXlsxReader::malformedFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("reason");

    const QString goodSheet = u"<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>"_s;
    QFile good(write(u"good.xlsx"_s, XlsxBuilder::workbook({{u"S"_s, goodSheet}}, {})));
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray goodBytes = good.readAll();

    QByteArray junk;
    for (int i = 0; i < 4096; ++i)
        junk.append(char((i * 7919) % 256));
    QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole.append(QByteArray(504, '\0'));
    QByteArray encrypted = ole;
    encrypted.append(QByteArray::fromRawData(reinterpret_cast<const char *>(u"EncryptedPackage"), 32));
    encrypted.append(QByteArray(512, '\0'));

    QTest::newRow("empty") << u"empty.xlsx"_s << QByteArray() << u"file.empty"_s;
    QTest::newRow("blank csv") << u"blank.csv"_s << QByteArray(" \r\n\r\n") << u"file.empty"_s;
    QTest::newRow("binary junk .xlsx") << u"junk.xlsx"_s << junk << u"file.not_spreadsheet"_s;
    QTest::newRow("binary junk .csv") << u"junk.csv"_s << junk << u"file.not_spreadsheet"_s;
    QTest::newRow("truncated zip") << u"cut.xlsx"_s << goodBytes.left(goodBytes.size() / 2) << u"file.damaged"_s;
    QTest::newRow("zip header only") << u"head.xlsx"_s << QByteArray("PK\x03\x04", 4) << u"file.damaged"_s;
    QTest::newRow("password-protected (OLE)") << u"secret.xlsx"_s << encrypted << u"file.encrypted"_s;
    QTest::newRow("old .xls") << u"old.xls"_s << ole << u"file.legacy_xls"_s;

    const auto zipped = [this](const QString &name, const XlsxBuilder::Parts &parts) {
        QFile f(write(name, parts));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read back");
        return f.readAll();
    };
    QTest::newRow("zip without workbook")
        << u"other.xlsx"_s << zipped(u"other.zip"_s, {{u"word/document.xml"_s, "<w/>"}}) << u"file.not_spreadsheet"_s;
    auto brokenSheet = XlsxBuilder::workbook({{u"S"_s, u"<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row>"_s}}, {});
    QTest::newRow("broken sheet XML") << u"broken.xlsx"_s << zipped(u"broken.zip"_s, brokenSheet) << u"file.damaged"_s;
    auto brokenShared = XlsxBuilder::workbook({{u"S"_s, goodSheet}}, u"<si><t>x</si>"_s);
    QTest::newRow("broken shared strings")
        << u"brokensst.xlsx"_s << zipped(u"brokensst.zip"_s, brokenShared) << u"file.damaged"_s;
    auto badIndex = XlsxBuilder::workbook(
        {{u"S"_s, u"<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>99</v></c></row></sheetData>"_s}}, {});
    QTest::newRow("shared string out of range")
        << u"badindex.xlsx"_s << zipped(u"badindex.zip"_s, badIndex) << u"file.damaged"_s;
    auto huge = XlsxBuilder::workbook(
        {{u"S"_s, u"<sheetData><row r=\"2000000\"><c r=\"A2000000\"><v>1</v></c></row></sheetData>"_s}}, {});
    QTest::newRow("beyond the row cap") << u"huge.xlsx"_s << zipped(u"huge.zip"_s, huge) << u"file.too_large"_s;
    auto outOfOrder = XlsxBuilder::workbook(
        {{u"S"_s, u"<sheetData><row r=\"5\"><c r=\"A5\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v></c>"
                  u"</row></sheetData>"_s}},
        {});
    QTest::newRow("rows out of order") << u"order.xlsx"_s << zipped(u"order.zip"_s, outOfOrder) << u"file.damaged"_s;
}

void TestXlsxReader::malformedFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    QFETCH(QString, reason);
    const auto result = readFile(writeBytes(name, data));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), ErrorCode::InvalidInput);
    QCOMPARE(result.error().detail(), reason);
    QVERIFY(!result.error().message().isEmpty());
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
