#include "reporttestdata.h"

#include <reports/recoverykeysheet.h>

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Linli;
using namespace Linli::Reports;
using namespace Linli::Reports::Test;

namespace {

const QString key = u"7K3M-9QWX-2HDF-8RTV-C4NP-6YJB-1GZE-5S0A-M8KQ-3XWD-9HFT-2CVN-7PRJ-4BY6"_s;

RecoveryKeySheet sheet()
{
    RecoveryKeySheet sheet;
    sheet.organisation = u"北京市东城区人民路街道办事处"_s;
    sheet.databasePath = u"/home/linli/数据/邻里社区.linli"_s;
    sheet.databaseId = u"4f1c2a9e-8d7b-4e3a-9c61-0b2d5e7f8a90"_s;
    sheet.createdAt = QDateTime(QDate(2026, 11, 29), QTime(14, 5));
    sheet.recoveryKey = key;
    return sheet;
}

} // namespace

class TestRecoveryKeySheet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keyIsSplitIntoTwoLinesOfSeven();
    void pdfHoldsTheKeyExactlyOnOnePage();
    void missingFolderIsAnError();

private:
    QTemporaryDir m_dir{QDir::tempPath() + u"/tst_recoverykeysheet-XXXXXX"_s};
};

void TestRecoveryKeySheet::initTestCase()
{
    QVERIFY2(haveTool(u"pdftotext"_s) && haveTool(u"pdfinfo"_s), "poppler-utils must be installed");
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("LINLI_KEEP_TEST_OUTPUT")) {
        m_dir.setAutoRemove(false);
        qInfo() << "output kept in" << m_dir.path();
    }
}

void TestRecoveryKeySheet::keyIsSplitIntoTwoLinesOfSeven()
{
    const QStringList lines = recoveryKeyLines(key);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], u"7K3M-9QWX-2HDF-8RTV-C4NP-6YJB-1GZE"_s);
    QCOMPARE(lines[1], u"5S0A-M8KQ-3XWD-9HFT-2CVN-7PRJ-4BY6"_s);
    QCOMPARE(lines.join(u'-'), key);
    QCOMPARE(recoveryKeyLines(u"ABCD"_s), QStringList{u"ABCD"_s});
}

void TestRecoveryKeySheet::pdfHoldsTheKeyExactlyOnOnePage()
{
    const QString path = m_dir.filePath(u"recovery-key.pdf"_s);
    const Status status = writePdf(sheet(), path);
    QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().message()));
    QCOMPARE(pdfPageCount(path), 1);

    const QString text = pdfText(path);
    const QStringList lines = recoveryKeyLines(key);
    QStringList found;
    for (const QString &line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed == lines[0] || trimmed == lines[1])
            found.append(trimmed);
    }
    QCOMPARE(found, lines); // both lines, exactly, in order
    for (const QString &expected :
         {u"Linli database recovery key"_s, u"北京市东城区人民路街道办事处"_s, u"/home/linli/数据/邻里社区.linli"_s,
          sheet().databaseId, u"like cash"_s, u"every password"_s, u"read all data"_s, u"signature"_s}) {
        QVERIFY2(withoutSpaces(text).contains(withoutSpaces(expected)), qPrintable(u"missing: "_s + expected));
    }
    QVERIFY(!text.contains(QChar(0x2EA0)));
    const QStringList fonts = pdfFonts(path);
    QVERIFY2(fonts.filter(u"DejaVuSansMono"_s).size() == 1, qPrintable(fonts.join(u", "_s)));
    QVERIFY(fonts.filter(u"Noto"_s, Qt::CaseInsensitive).isEmpty());
}

void TestRecoveryKeySheet::missingFolderIsAnError()
{
    const QString path = m_dir.filePath(u"missing/key.pdf"_s);
    const Status status = writePdf(sheet(), path);
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code(), ErrorCode::Io);
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestRecoveryKeySheet)
#include "tst_recoverykeysheet.moc"
