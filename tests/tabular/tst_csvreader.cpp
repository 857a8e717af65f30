// CSV as Excel and WPS save it on Chinese Windows: UTF-8 with or without BOM, GB18030/GBK,
// UTF-16 "Unicode text"; comma, semicolon or tab; RFC 4180 quotes; CRLF or LF; row numbers that
// count blank lines and records, not physical lines.
#include <tabular/csvreader.h>
#include <tabular/sheetreader.h>

#include <QtCore/QFile>
#include <QtCore/QStringEncoder>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Linli::Tabular;
using Linli::ErrorCode;

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodings_data();
    void encodings();
    void delimiters_data();
    void delimiters();
    void quotesAndEmbeddedNewlines();
    void blankLinesKeepRowNumbers();
    void contentDecidesNotSuffix();
    void junkAndEmpty_data();
    void junkAndEmpty();
    void cellsAreBoundedAsInExcel();
};

namespace {

const QString roster = u"幸福里社区居民花名册\r\n\r\n姓名,身份证号,楼号\r\n张三,110105194912310021,1号楼\r\n"_s;

} // namespace

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    QStringEncoder gb("GB18030");
    QVERIFY(gb.isValid());
    QStringEncoder utf16(QStringConverter::Utf16LE);
    QTest::newRow("UTF-8") << roster.toUtf8() << int(CsvEncoding::Utf8);
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF" + roster.toUtf8()) << int(CsvEncoding::Utf8);
    QTest::newRow("GB18030") << QByteArray(gb.encode(roster)) << int(CsvEncoding::Gb18030);
    QTest::newRow("UTF-16LE with BOM") << QByteArray("\xFF\xFE" + QByteArray(utf16.encode(roster)))
                                       << int(CsvEncoding::Utf16);
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    CsvEncoding detected = CsvEncoding::Utf8;
    const auto text = decodeCsvText(bytes, &detected);
    QVERIFY(text.ok());
    QCOMPARE(int(detected), encoding);
    QCOMPARE(*text, roster);

    const auto sheet = readCsv(bytes);
    QVERIFY(sheet.ok());
    QCOMPARE(sheet->rows.size(), 4);
    QCOMPARE(sheet->rows.at(0).cells, QStringList{u"幸福里社区居民花名册"_s});
    QVERIFY(sheet->rows.at(1).isBlank());
    QCOMPARE(sheet->rows.at(2).cells, (QStringList{u"姓名"_s, u"身份证号"_s, u"楼号"_s}));
    QCOMPARE(sheet->rows.at(3).number, 4);
    QCOMPARE(sheet->rows.at(3).cells, (QStringList{u"张三"_s, u"110105194912310021"_s, u"1号楼"_s}));
}

void TestCsvReader::delimiters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("delimiter");
    QTest::newRow("comma") << u"标题\n姓名,电话,楼号\n张三,138,1\n"_s << u","_s;
    QTest::newRow("semicolon") << u"姓名;电话;楼号\n张三;\"1,2\";1\n"_s << u";"_s;
    QTest::newRow("tab") << u"姓名\t电话\t楼号\n张三\t138\t1\n"_s << u"\t"_s;
    QTest::newRow("comma inside quotes does not count") << u"a;b\n\"x,y,z\";c\n"_s << u";"_s;
}

void TestCsvReader::delimiters()
{
    QFETCH(QString, text);
    QFETCH(QString, delimiter);
    QCOMPARE(detectCsvDelimiter(text), delimiter.at(0));
    const auto sheet = readCsv(text.toUtf8());
    QVERIFY(sheet.ok());
    QCOMPARE(sheet->rows.constLast().cells.size(), sheet->rows.at(sheet->rows.size() - 2).cells.size());
}

void TestCsvReader::quotesAndEmbeddedNewlines()
{
    const QByteArray csv = "姓名,备注,电话\r\n"
                           "\"张三\",\"第一行\r\n第二行\",\"138\"\r\n"
                           "\"李\"\"四\",\"a,b\",\n"
                           "王五,,\"\"\n";
    const auto sheet = readCsv(csv);
    QVERIFY(sheet.ok());
    QCOMPARE(sheet->rows.size(), 4);
    QCOMPARE(sheet->rows.at(1).number, 2);
    QCOMPARE(sheet->rows.at(1).cells, (QStringList{u"张三"_s, u"第一行\n第二行"_s, u"138"_s}));
    QCOMPARE(sheet->rows.at(2).number, 3);
    QCOMPARE(sheet->rows.at(2).cells, (QStringList{u"李\"四"_s, u"a,b"_s, QString()}));
    QCOMPARE(sheet->rows.at(3).number, 4);
    QCOMPARE(sheet->rows.at(3).cells, (QStringList{u"王五"_s, QString(), QString()}));
}

void TestCsvReader::blankLinesKeepRowNumbers()
{
    const auto sheet = readCsv("a,b\n\n1,2\r\n\r\n\r\n3,4\n,\n5,6"_ba);
    QVERIFY(sheet.ok());
    QList<int> numbers;
    for (const SheetRow &row : sheet->rows) {
        if (!row.isBlank())
            numbers.append(row.number);
    }
    QCOMPARE(numbers, (QList<int>{1, 3, 6, 8}));
    QCOMPARE(sheet->rows.constLast().cells, (QStringList{u"5"_s, u"6"_s}));
}

void TestCsvReader::contentDecidesNotSuffix()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"roster.xlsx"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QStringEncoder gb("GB18030");
    f.write(gb.encode(roster));
    f.close();
    const auto sheet = readFile(path);
    QVERIFY2(sheet.ok(), qPrintable(sheet.ok() ? QString() : sheet.error().detail()));
    QCOMPARE(sheet->rows.at(3).cells.at(0), u"张三"_s);

    const auto missing = readFile(dir.filePath(u"nope.csv"_s));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code(), ErrorCode::NotFound);
}

void TestCsvReader::junkAndEmpty_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << u"file.empty"_s;
    QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << u"file.empty"_s;
    QTest::newRow("NUL bytes") << QByteArray("a,b\n\0\0\0\x01", 9) << u"file.not_spreadsheet"_s;
    QTest::newRow("control characters") << QByteArray("\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f") + "ab"
                                        << u"file.not_spreadsheet"_s;
    QTest::newRow("BOM then invalid UTF-8") << QByteArray("\xEF\xBB\xBF\xFF\xFE\xFD,\n") << u"file.damaged"_s;
}

void TestCsvReader::junkAndEmpty()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const auto sheet = readCsv(bytes);
    QVERIFY(!sheet.ok());
    QCOMPARE(sheet.error().code(), ErrorCode::InvalidInput);
    QCOMPARE(sheet.error().detail(), reason);
}

// A field longer than Excel's 32,767 characters (a quote never closed, a file that is not a
// roster) is refused instead of read into one enormous cell.
void TestCsvReader::cellsAreBoundedAsInExcel()
{
    const QByteArray longest = "姓名,备注\n张三," + QByteArray(32767, 'x') + "\n";
    const auto ok = readCsv(longest);
    QVERIFY(ok.ok());
    QCOMPARE(ok->rows.at(1).cell(1).size(), 32767);
    const auto tooLong = readCsv("姓名,备注\n张三,\"" + QByteArray(100000, 'x') + "\n李四,x\n");
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.error().detail(), u"file.too_large"_s);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
