#include "reporttestdata.h"

#include <reports/reportexport.h>
#include <reports/reportrenderer.h>

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTranslator>
#include <QtGui/QPdfWriter>

using namespace Qt::StringLiterals;
using namespace Linli;
using namespace Linli::Reports;
using namespace Linli::Reports::Test;

namespace {

// Stands in for linli_zh_CN.qm, which is translated later: proves the strings go through tr()
// in the Linli::Reports context and that the Chinese forms extract from the PDF.
class ChineseForTest : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        static const QHash<QByteArray, QString> strings = {
            {"Page %1 of %2", u"第 %1 页 / 共 %2 页"_s},
            {"%1 (continued)", u"%1（续）"_s},
            {"%1: %2", u"%1：%2"_s},
            {"Prepared by: %1", u"制表人：%1"_s},
            {"Generated: %1", u"制表时间：%1"_s},
            {"d MMMM yyyy, HH:mm", u"yyyy年M月d日 HH:mm"_s},
            {"Total: %n record(s)", u"共 %n 条记录"_s},
            {"No records", u"无记录"_s},
        };
        if (qstrcmp(context, "Linli::Reports") != 0)
            return {};
        return strings.value(QByteArray(source));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void chineseTextExtractsExactly();
    void onlyThePrintFontsAreEmbedded();
    void pagesAndEnglishFooter();
    void headerRepeatsOnEveryPage();
    void translatedFooterAndDate();
    void emptyTableSaysNoRecords();
    void orientationFollowsColumnCount();
    void missingFolderIsAnErrorAndWritesNothing();
    void replacesAnExistingFile();

private:
    QString write(const Report &report, const QString &name);
    QTemporaryDir m_dir{QDir::tempPath() + u"/tst_reportpdf-XXXXXX"_s};
    QString m_path;
    int m_pages = 0;
};

void TestReportPdf::initTestCase()
{
    QVERIFY2(haveTool(u"pdftotext"_s) && haveTool(u"pdfinfo"_s), "poppler-utils must be installed");
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("LINLI_KEEP_TEST_OUTPUT")) {
        m_dir.setAutoRemove(false);
        qInfo() << "output kept in" << m_dir.path();
    }
    m_path = write(residentReport(), u"residents.pdf"_s);
    m_pages = pdfPageCount(m_path);
}

QString TestReportPdf::write(const Report &report, const QString &name)
{
    const QString path = m_dir.filePath(name);
    const Status status = writePdf(report, path);
    if (!status)
        qWarning() << status.error().message() << status.error().detail();
    return status ? path : QString();
}

void TestReportPdf::chineseTextExtractsExactly()
{
    QVERIFY(!m_path.isEmpty());
    const QString text = pdfText(m_path);
    for (const QString &expected :
         {u"居民管理花名册"_s, u"北京市东城区人民路街道办事处"_s, u"居民管理"_s, u"人民路"_s, u"民政局"_s, u"邻里"_s,
          u"张民120"_s, u"王民"_s, u"本表仅供民政局内部使用"_s, longIdNumber}) {
        QVERIFY2(text.contains(expected), qPrintable(u"missing: "_s + expected));
    }
    // The radical ⺠ (U+2EA0) is what 民 becomes when a Noto CJK font slips into the PDF.
    QVERIFY(!text.contains(QChar(0x2EA0)));
    QVERIFY(text.contains(u"独居老人，"_s)); // the long remark wraps in its cell
}

void TestReportPdf::onlyThePrintFontsAreEmbedded()
{
    const QStringList fonts = pdfFonts(m_path);
    QVERIFY2(!fonts.isEmpty(), "pdffonts listed nothing");
    for (const QString &font : fonts) {
        QVERIFY2(font.contains(u"UMing"_s) || font.contains(u"ZenHei"_s), qPrintable(font));
        QVERIFY(!font.contains(u"Noto"_s, Qt::CaseInsensitive));
    }
}

void TestReportPdf::pagesAndEnglishFooter()
{
    QVERIFY(m_pages > 1);
    QPdfWriter probe(m_dir.filePath(u"probe.pdf"_s));
    probe.setResolution(600);
    probe.setPageLayout(defaultPageLayout(residentReport()));
    const Result<int> expected = reportPageCount(residentReport(), &probe);
    QVERIFY(expected.ok());
    QCOMPARE(*expected, m_pages);
    const QString count = QString::number(m_pages);
    QVERIFY(pdfText(m_path, 1, 1).contains(u"Page 1 of "_s + count));
    QVERIFY(pdfText(m_path, m_pages, m_pages).contains(u"Page %1 of %1"_s.arg(count)));
    QVERIFY(pdfText(m_path, m_pages, m_pages).contains(u"Total: 120 record(s)"_s));
}

void TestReportPdf::headerRepeatsOnEveryPage()
{
    QVERIFY(m_pages > 1);
    for (int page : {2, m_pages}) {
        const QString text = pdfText(m_path, page, page);
        for (const QString &expected : {u"居民管理花名册"_s, u"北京市东城区人民路街道办事处"_s, u"身份证号"_s,
                                        u"备注"_s, u"日期范围"_s, u"王民"_s, u"人民路 12 号院 (continued)"_s}) {
            QVERIFY2(text.contains(expected), qPrintable(u"page %1 lacks %2"_s.arg(page).arg(expected)));
        }
    }
    // Each row is on exactly one page.
    QCOMPARE(pdfText(m_path).count(u"张民57 "_s), 1);
}

void TestReportPdf::translatedFooterAndDate()
{
    ChineseForTest translator;
    QCoreApplication::installTranslator(&translator);
    const QString path = write(residentReport(), u"chinese.pdf"_s);
    QCOMPARE(formatPrintedDateTime(QDateTime(QDate(2026, 11, 29), QTime(14, 5))), u"2026年11月29日 14:05"_s);
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(!path.isEmpty());

    const int pages = pdfPageCount(path);
    QCOMPARE(pages, m_pages);
    const QString first = withoutSpaces(pdfText(path, 1, 1));
    QVERIFY2(first.contains(u"第1页/共%1页"_s.arg(pages)), qPrintable(first.right(200)));
    QVERIFY(first.contains(u"制表时间：2026年11月29日14:05"_s));
    QVERIFY(first.contains(u"日期范围：2026-11-01至2026-11-30"_s));
    const QString last = withoutSpaces(pdfText(path, pages, pages));
    QVERIFY(last.contains(u"第%1页/共%1页"_s.arg(pages)));
    QVERIFY(last.contains(u"人民路12号院（续）"_s));
    QVERIFY(last.contains(u"共120条记录"_s));
    QVERIFY(!last.contains(QChar(0x2EA0)));
}

void TestReportPdf::emptyTableSaysNoRecords()
{
    Report report = residentReport(0);
    Table second = report.tables.constFirst();
    second.caption = u"人民路 14 号院"_s;
    second.rows = {{u"1"_s, u"李邻"_s}};
    report.tables.append(second);
    const QString path = write(report, u"empty.pdf"_s);
    QVERIFY(!path.isEmpty());
    QCOMPARE(pdfPageCount(path), 1);
    const QString text = pdfText(path);
    QVERIFY(text.contains(u"No records"_s));
    QVERIFY(text.contains(u"Total: 0 record(s)"_s));
    QVERIFY(text.contains(u"人民路 14 号院"_s));
    QVERIFY(text.contains(u"李邻"_s));
    QVERIFY(text.contains(u"Page 1 of 1"_s));
}

void TestReportPdf::orientationFollowsColumnCount()
{
    Report wide = residentReport(5);
    for (int i = 0; i < 3; ++i)
        wide.tables[0].columns.append({u"附加%1"_s.arg(i)});
    QCOMPARE(defaultPageLayout(residentReport(1)).orientation(), QPageLayout::Portrait);
    QCOMPARE(defaultPageLayout(wide).orientation(), QPageLayout::Landscape);
    QCOMPARE(defaultPageLayout(wide, PageOrientation::Portrait).orientation(), QPageLayout::Portrait);
    QCOMPARE(defaultPageLayout(wide).pageSize().id(), QPageSize::A4);

    const QString path = write(wide, u"wide.pdf"_s);
    QVERIFY(!path.isEmpty());
    const QString info = QString::fromUtf8(runTool(u"pdfinfo"_s, {path}).out);
    QVERIFY2(info.contains(u"842 x 595"_s), qPrintable(info)); // A4 landscape in points
    QVERIFY(pdfText(path).contains(u"附加2"_s));
}

void TestReportPdf::missingFolderIsAnErrorAndWritesNothing()
{
    const QString path = m_dir.filePath(u"no-such-folder/report.pdf"_s);
    const Status status = writePdf(residentReport(3), path);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code(), ErrorCode::Io);
    QVERIFY(status.error().message().contains(u"report.pdf"_s));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(m_dir.filePath(u"no-such-folder"_s)));
}

void TestReportPdf::replacesAnExistingFile()
{
    const QString path = m_dir.filePath(u"again.pdf"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old contents");
    old.close();
    QVERIFY(writePdf(residentReport(2), path).ok());
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().startsWith("%PDF-"));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden).filter(u"again"_s).size(), 1);
}

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
