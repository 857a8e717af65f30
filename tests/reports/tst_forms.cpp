// Receipts (A4 with two copies, the small 三联 form on blank and pre-printed paper, shifted by the
// printer's offsets) and letters, written as PDFs and read back with poppler.
#include "reporttestdata.h"

#include <reports/forms.h>

#include <QtCore/QFile>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Linli;
using namespace Linli::Reports;
using namespace Linli::Reports::Test;

namespace {

ReceiptForm receipt()
{
    ReceiptForm f;
    f.organisation = u"人民路街道幸福里物业服务中心"_s;
    f.title = u"收款收据"_s;
    f.number = u"2026-000123"_s;
    f.date = u"2026年12月4日"_s;
    f.payer = u"幸福里 3-2-501 王民"_s;
    f.method = u"微信支付 4200001234567890"_s;
    f.clerk = u"李收费"_s;
    f.lines = {{u"物业服务费、垃圾清运费"_s, u"2026-11"_s, u"¥107.35"_s},
               {u"预存"_s, u"用于抵扣以后的账单"_s, u"¥92.65"_s}};
    f.total = u"¥200.00"_s;
    f.totalInWords = u"贰佰元整"_s;
    return f;
}

// The x position (in points) where `needle` starts on the page, from pdftotext -bbox.
double xOf(const QString &path, const QString &needle)
{
    const QString html = QString::fromUtf8(runTool(u"pdftotext"_s, {u"-bbox"_s, path, u"-"_s}).out);
    static const QRegularExpression word(u"<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"[0-9.]+\" "
                                         u"yMax=\"[0-9.]+\">([^<]*)</word>"_s);
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(2) == needle)
            return m.captured(1).toDouble();
    }
    return -1;
}

} // namespace

class TestForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(haveTool(u"pdftotext"_s) && haveTool(u"pdfinfo"_s), "poppler-utils must be installed");
        QVERIFY(m_dir.isValid());
    }

    void a4HoldsTwoCopies()
    {
        const QString path = m_dir.filePath(u"a4.pdf"_s);
        QVERIFY(writeReceiptPdf(receipt(), {}, path).ok());
        QCOMPARE(pdfPageCount(path), 1);
        const QString text = withoutSpaces(pdfText(path));
        QCOMPARE(text.count(u"2026-000123"_s), 2);
        for (const QString &s : {u"贰佰元整"_s, u"¥107.35"_s, u"幸福里3-2-501王民"_s, u"4200001234567890"_s})
            QVERIFY2(text.contains(s), qPrintable(s));
        QVERIFY(!text.contains(QChar(0x2EA0))); // 民, not the radical
    }

    void smallFormOnPreprintedPaperHasOnlyValuesShiftedByTheOffsets()
    {
        ReceiptPaper paper;
        paper.kind = ReceiptPaper::Kind::Small;
        const QString plain = m_dir.filePath(u"small.pdf"_s);
        QVERIFY(writeReceiptPdf(receipt(), paper, plain).ok());
        const QString info = QString::fromUtf8(runTool(u"pdfinfo"_s, {plain}).out);
        QVERIFY2(info.contains(u"683 x 264"_s), qPrintable(info)); // 241 × 93.1 mm, landscape
        const QString text = withoutSpaces(pdfText(plain));
        QVERIFY(text.contains(u"2026-000123"_s));
        QVERIFY(text.contains(u"贰佰元整"_s));
        QVERIFY(!text.contains(u"收款收据"_s)); // the title is on the paper already
        // 10 mm further right is 28.35 points.
        paper.offsetXmm = 10;
        const QString shifted = m_dir.filePath(u"shifted.pdf"_s);
        QVERIFY(writeReceiptPdf(receipt(), paper, shifted).ok());
        const double before = xOf(plain, u"2026-000123"_s);
        const double after = xOf(shifted, u"2026-000123"_s);
        QVERIFY(before > 0);
        QVERIFY2(std::abs(after - before - 28.35) < 0.5, qPrintable(u"%1 → %2"_s.arg(before).arg(after)));
        // On blank paper the labels and the title are printed too.
        paper.preprinted = false;
        const QString blank = m_dir.filePath(u"blank.pdf"_s);
        QVERIFY(writeReceiptPdf(receipt(), paper, blank).ok());
        QVERIFY(withoutSpaces(pdfText(blank)).contains(u"收款收据"_s));
    }

    void voidedReceiptsAreStamped()
    {
        ReceiptForm f = receipt();
        f.voided = true;
        const QString path = m_dir.filePath(u"void.pdf"_s);
        QVERIFY(writeReceiptPdf(f, {}, path).ok());
        QVERIFY(withoutSpaces(pdfText(path)).contains(u"VOID"_s));
    }

    void lettersOnePagePerHousehold()
    {
        QList<Letter> letters;
        for (int i = 0; i < 3; ++i) {
            Letter l;
            l.title = u"物业服务费催缴通知单"_s;
            l.salutation = u"尊敬的幸福里 3-2-50%1 住户："_s.arg(i + 1);
            l.paragraphs = {u"截至2026年12月4日，贵户以下费用已逾期未缴。"_s};
            l.tableHeader = {u"计费期"_s, u"欠缴"_s};
            l.tableRows = {{u"2026-10"_s, u"¥107.35"_s}, {u"合计"_s, u"¥107.35"_s}};
            l.tableTotal = true;
            l.signature = u"幸福里物业服务中心（盖章）"_s;
            l.date = u"2026年12月4日"_s;
            letters.append(l);
        }
        const QString path = m_dir.filePath(u"letters.pdf"_s);
        QVERIFY(writeLettersPdf(letters, u"催缴通知单"_s, path).ok());
        QCOMPARE(pdfPageCount(path), 3);
        QVERIFY(withoutSpaces(pdfText(path, 3, 3)).contains(u"3-2-503"_s));
        QCOMPARE(writeLettersPdf({}, u"x"_s, m_dir.filePath(u"none.pdf"_s)).error().code(), ErrorCode::InvalidInput);
    }

private:
    QTemporaryDir m_dir{QDir::tempPath() + u"/tst_forms-XXXXXX"_s};
};

QTEST_MAIN(TestForms)
#include "tst_forms.moc"
