#include "reporttestdata.h"

#include <reports/reportexport.h>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Linli;
using namespace Linli::Reports;
using namespace Linli::Reports::Test;

class TestReportXlsx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void chineseTextIsInTheSharedStrings();
    void idNumbersStayText();
    void headerRowIsBoldAndFrozen();
    void sheetsAreNamedAfterCaptions();
    void leavesNoTemporaryFiles();
    void missingFolderIsAnErrorAndWritesNothing();

private:
    QString part(const QString &member) const;
    QTemporaryDir m_dir{QDir::tempPath() + u"/tst_reportxlsx-XXXXXX"_s};
    QString m_path;
};

void TestReportXlsx::initTestCase()
{
    QVERIFY2(haveTool(u"unzip"_s), "unzip must be installed (apt-get install unzip)");
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("LINLI_KEEP_TEST_OUTPUT")) {
        m_dir.setAutoRemove(false);
        qInfo() << "output kept in" << m_dir.path();
    }
    Report report = residentReport();
    Table second;
    second.caption = u"人民路 12 号院"_s; // the same caption twice needs two sheet names
    second.columns = {{u"姓名"_s}, {u"电话"_s}};
    second.rows = {{u"李邻"_s, u"13800138000"_s}};
    report.tables.append(second);
    Table third;
    third.caption = u"统计/汇总: 2026年11月 人民路街道全部社区居民花名册总表"_s;
    report.tables.append(third);
    m_path = m_dir.filePath(u"residents.xlsx"_s);
    const Status status = writeXlsx(report, m_path);
    QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().message()));
}

QString TestReportXlsx::part(const QString &member) const
{
    const ToolOutput output = runTool(u"unzip"_s, {u"-p"_s, m_path, member});
    return output.exitCode == 0 ? QString::fromUtf8(output.out) : QString();
}

void TestReportXlsx::chineseTextIsInTheSharedStrings()
{
    const QString strings = part(u"xl/sharedStrings.xml"_s);
    QVERIFY(!strings.isEmpty());
    for (const QString &expected :
         {u"居民管理花名册"_s, u"北京市东城区人民路街道办事处"_s, u"日期范围: 2026-11-01 至 2026-11-30"_s, u"民政局"_s,
          u"邻里"_s, u"人民路 12 号 2 单元 101 室"_s, u"身份证号"_s, u"张民120"_s, u"Prepared by: 王民"_s}) {
        QVERIFY2(strings.contains(expected), qPrintable(u"missing: "_s + expected));
    }
    QVERIFY(!strings.contains(QChar(0x2EA0)));
}

void TestReportXlsx::idNumbersStayText()
{
    QVERIFY(part(u"xl/sharedStrings.xml"_s).contains(u"<t>"_s + longIdNumber + u"</t>"_s));
    const QString sheet = part(u"xl/worksheets/sheet1.xml"_s);
    QVERIFY(!sheet.isEmpty());
    // No cell holds a number: every value is an index into the shared strings.
    QVERIFY(!sheet.contains(longIdNumber));
    QVERIFY(!sheet.contains(QRegularExpression(u"<c r=\"[A-Z]+[0-9]+\"( s=\"[0-9]+\")?><v>"_s)));
    QVERIFY(sheet.contains(u"t=\"s\""_s));
    // Typing into the cells keeps text too (number format "@" is built-in format 49).
    QVERIFY(part(u"xl/styles.xml"_s).contains(u"numFmtId=\"49\""_s));
    QVERIFY(sheet.contains(u"numberStoredAsText"_s));
}

void TestReportXlsx::headerRowIsBoldAndFrozen()
{
    const QString sheet = part(u"xl/worksheets/sheet1.xml"_s);
    // Title, organisation, 2 parameters, prepared by/at, a blank row: the header is row 7.
    QVERIFY2(sheet.contains(u"ySplit=\"7\""_s) && sheet.contains(u"state=\"frozen\""_s), qPrintable(sheet.left(800)));
    QVERIFY(sheet.contains(u"<autoFilter ref=\"A7:F127\"/>"_s));
    QVERIFY(sheet.contains(u"<col "_s));
    QVERIFY(part(u"xl/styles.xml"_s).contains(u"<b/>"_s));
    QVERIFY(part(u"xl/workbook.xml"_s).contains(u"_xlnm.Print_Titles"_s));
}

void TestReportXlsx::sheetsAreNamedAfterCaptions()
{
    const QString workbook = part(u"xl/workbook.xml"_s);
    QRegularExpression name(u"<sheet name=\"([^\"]+)\""_s);
    QStringList names;
    for (auto it = name.globalMatch(workbook); it.hasNext();)
        names.append(it.next().captured(1));
    QCOMPARE(names.size(), 3);
    QCOMPARE(names[0], u"人民路 12 号院"_s);
    QCOMPARE(names[1], u"人民路 12 号院 (2)"_s);
    QVERIFY(names[2].size() <= 31);
    QVERIFY(names[2].startsWith(u"统计 汇总 2026年11月"_s));
}

void TestReportXlsx::leavesNoTemporaryFiles()
{
    const QStringList files = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(files, QStringList{u"residents.xlsx"_s});
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(2) == "PK");
}

void TestReportXlsx::missingFolderIsAnErrorAndWritesNothing()
{
    const QString path = m_dir.filePath(u"no-such-folder/residents.xlsx"_s);
    const Status status = writeXlsx(residentReport(3), path);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code(), ErrorCode::Io);
    QVERIFY(!status.error().message().isEmpty());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{u"residents.xlsx"_s});
}

QTEST_MAIN(TestReportXlsx)
#include "tst_reportxlsx.moc"
