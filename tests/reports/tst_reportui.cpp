#include "reporttestdata.h"

#include <reports/reportexport.h>
#include <reports/reportrenderer.h>
#include <reports/ui/reportdialogs.h>

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtPrintSupport/QPrintPreviewDialog>
#include <QtPrintSupport/QPrintPreviewWidget>
#include <QtPrintSupport/QPrinter>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QLineEdit>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Linli;
using namespace Linli::Reports;
using namespace Linli::Reports::Test;

namespace {

// Runs `act` on the modal dialog of type Dialog once it is up and `ready` says so; gives up
// (closing whatever is modal) after ten seconds so that a broken dialog cannot hang the test.
template<typename Dialog>
void whenModal(const std::function<bool(Dialog *)> &ready, const std::function<void(Dialog *)> &act)
{
    auto *timer = new QTimer;
    auto *clock = new QElapsedTimer;
    clock->start();
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        const bool timedOut = clock->elapsed() > 10000;
        if (!timedOut && !(dialog && ready(dialog)))
            return;
        timer->stop();
        timer->deleteLater();
        delete clock;
        if (timedOut) {
            if (auto *modal = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                modal->reject();
            return;
        }
        act(dialog);
    });
    timer->start(20);
}

} // namespace

class TestReportUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void previewShowsEveryPage();
    void previewShowsTheRecoveryKeySheet();
    void exportWritesTheChosenFormat();
    void exportFollowsTheChosenFilter();
    void cancelledExportIsNotAnError();

private:
    QTemporaryDir m_dir{QDir::tempPath() + u"/tst_reportui-XXXXXX"_s};
};

void TestReportUi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs); // the widget dialog can be driven
}

void TestReportUi::previewShowsEveryPage()
{
    const Report report = residentReport();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(defaultPageLayout(report));
    const Result<int> expected = reportPageCount(report, &printer);
    QVERIFY(expected.ok() && *expected > 1);

    int pages = -1;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    whenModal<QPrintPreviewDialog>(
        [](QPrintPreviewDialog *dialog) {
            auto *widget = dialog->findChild<QPrintPreviewWidget *>();
            return widget && widget->pageCount() > 0;
        },
        [&](QPrintPreviewDialog *dialog) {
            auto *widget = dialog->findChild<QPrintPreviewWidget *>();
            pages = widget->pageCount();
            orientation = widget->orientation();
            dialog->reject();
        });
    showPrintPreview(report, nullptr);
    QCOMPARE(pages, *expected);
    QCOMPARE(orientation, QPageLayout::Portrait);
}

void TestReportUi::previewShowsTheRecoveryKeySheet()
{
    RecoveryKeySheet sheet;
    sheet.organisation = u"人民路街道"_s;
    sheet.recoveryKey = u"AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH-JJJJ-KKKK-MMMM-NNNN-PPPP-QQQQ"_s;
    int pages = -1;
    whenModal<QPrintPreviewDialog>(
        [](QPrintPreviewDialog *dialog) {
            auto *widget = dialog->findChild<QPrintPreviewWidget *>();
            return widget && widget->pageCount() > 0;
        },
        [&](QPrintPreviewDialog *dialog) {
            pages = dialog->findChild<QPrintPreviewWidget *>()->pageCount();
            dialog->reject();
        });
    showPrintPreview(sheet, nullptr);
    QCOMPARE(pages, 1);
}

void TestReportUi::exportWritesTheChosenFormat()
{
    const Report report = residentReport(10);
    const QString path = m_dir.filePath(u"花名册.xlsx"_s);
    QString proposed;
    whenModal<QFileDialog>([](QFileDialog *) { return true; },
                           [&](QFileDialog *dialog) {
                               proposed = QFileInfo(dialog->selectedFiles().value(0)).fileName();
                               dialog->setDirectory(m_dir.path());
                               auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
                               QVERIFY(name);
                               name->setText(QFileInfo(path).fileName()); // typed by the user
                               static_cast<QDialog *>(dialog)->accept();  // QFileDialog::accept() is protected
                           });
    QString written;
    const Status status = exportReportWithDialog(report, nullptr, &written);
    QVERIFY2(status.ok(), qPrintable(status ? QString() : status.error().message()));
    QCOMPARE(proposed, suggestedFileName(report, ExportFormat::Pdf));
    QCOMPARE(written, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(2), QByteArray("PK"));
}

void TestReportUi::exportFollowsTheChosenFilter()
{
    const Report report = residentReport(10);
    QString proposed;
    whenModal<QFileDialog>([](QFileDialog *) { return true; },
                           [&](QFileDialog *dialog) {
                               dialog->setDirectory(m_dir.path());
                               auto *types = dialog->findChild<QComboBox *>(u"fileTypeCombo"_s);
                               QVERIFY(types);
                               types->setCurrentIndex(2);
                               Q_EMIT types->activated(2); // as if the user picked "CSV (*.csv)"
                               proposed = QFileInfo(dialog->selectedFiles().value(0)).fileName();
                               static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
                           });
    QString written;
    QVERIFY(exportReportWithDialog(report, nullptr, &written).ok());
    QCOMPARE(proposed, suggestedFileName(report, ExportFormat::Csv));
    QCOMPARE(QFileInfo(written).fileName(), proposed);
    QFile file(written);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("\xEF\xBB\xBF"));
}

void TestReportUi::cancelledExportIsNotAnError()
{
    whenModal<QFileDialog>([](QFileDialog *) { return true; }, [](QFileDialog *dialog) { dialog->reject(); });
    QString written = u"stale"_s;
    QVERIFY(exportReportWithDialog(residentReport(1), nullptr, &written).ok());
    QVERIFY(written.isEmpty());
}

QTEST_MAIN(TestReportUi)
#include "tst_reportui.moc"
