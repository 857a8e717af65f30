#include "reporttestdata.h"

#include <reports/reportexport.h>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Linli;
using namespace Linli::Reports;
using namespace Linli::Reports::Test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Report tricky()
{
    Report report;
    report.title = u"居民名单"_s;
    Table table;
    table.caption = u"人民路"_s;
    table.columns = {{u"姓名"_s}, {u"住址"_s}, {u"备注"_s}};
    table.rows = {
        {u"张民"_s, u"人民路 1 号, 2 单元"_s, u"他说\"你好\""_s},
        {u"李邻"_s, u"第一行\n第二行"_s, QString()},
        {u"王五"_s, longIdNumber, u"=HYPERLINK(\"http://x\")"_s},
        {u"赵六"_s, u"-12.50"_s, u"+8613800138000"_s},
        {u"孙七"_s, u"-"_s, u"@某人"_s},
        {u"短行"_s}, // missing cells are written empty
    };
    report.tables.append(table);
    return report;
}

} // namespace

class TestReportCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oneTableIsPlainData();
    void severalTablesHaveCaptions();
    void missingFolderIsAnErrorAndWritesNothing();
    void suggestedFileNames();

private:
    QTemporaryDir m_dir{QDir::tempPath() + u"/tst_reportcsv-XXXXXX"_s};
};

void TestReportCsv::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestReportCsv::oneTableIsPlainData()
{
    const QString path = m_dir.filePath(u"one.csv"_s);
    QVERIFY(writeCsv(tricky(), path).ok());
    const QByteArray expected = "\xEF\xBB\xBF"
                                "姓名,住址,备注\r\n"
                                "张民,\"人民路 1 号, 2 单元\",\"他说\"\"你好\"\"\"\r\n"
                                "李邻,\"第一行\n第二行\",\r\n"
                                "王五,110105194912310029,\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"
                                "赵六,-12.50,+8613800138000\r\n"
                                "孙七,-,'@某人\r\n"
                                "短行,,\r\n";
    const QByteArray actual = readAll(path);
    QVERIFY(actual.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(expected));
    QCOMPARE(actual, expected);
}

void TestReportCsv::severalTablesHaveCaptions()
{
    Report report = tricky();
    Table second;
    second.caption = u"邻里, 二号院"_s;
    second.columns = {{u"姓名"_s}};
    second.rows = {{u"钱七"_s}};
    report.tables.append(second);
    const QString path = m_dir.filePath(u"two.csv"_s);
    QVERIFY(writeCsv(report, path).ok());
    const QByteArray actual = readAll(path);
    QVERIFY(actual.startsWith("\xEF\xBB\xBF人民路\r\n姓名,住址,备注\r\n"));
    QVERIFY(actual.endsWith("短行,,\r\n\r\n\"邻里, 二号院\"\r\n姓名\r\n钱七\r\n"));
    QCOMPARE(actual.count("\r\n"), 12);
    QCOMPARE(actual.count('\n'), 13); // the one bare LF is inside a quoted field
}

void TestReportCsv::missingFolderIsAnErrorAndWritesNothing()
{
    const QString path = m_dir.filePath(u"missing/list.csv"_s);
    const Status status = writeCsv(tricky(), path);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code(), ErrorCode::Io);
    QVERIFY(!QFile::exists(path));
}

void TestReportCsv::suggestedFileNames()
{
    Report report = tricky();
    report.title = u"收费/欠费: 明细?"_s;
    report.generatedAt = QDateTime(QDate(2026, 11, 29), QTime(14, 5));
    QCOMPARE(suggestedFileName(report, ExportFormat::Xlsx), u"收费_欠费_ 明细__2026-11-29.xlsx"_s);
    QCOMPARE(exportFormatForPath(u"/a/b/名单.CSV"_s), ExportFormat::Csv);
    QCOMPARE(exportFormatForPath(u"名单.pdf"_s), ExportFormat::Pdf);
    QVERIFY(!exportFormatForPath(u"名单.txt"_s).has_value());
}

QTEST_GUILESS_MAIN(TestReportCsv)
#include "tst_reportcsv.moc"
