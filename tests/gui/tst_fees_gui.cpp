// The fees page as a clerk uses it, offscreen: find a household at the cash desk, take a payment,
// the receipt printed (to a PDF printer) and listed, a reprint counted; a bill run from its
// dialog; the arrears list; the collection-rate charts. Screenshots go to screenshots/.
#include "guitestutil.h"

#include <composition.h>
#include <i18n.h>
#include <mainwindow.h>

#include <core/clock.h>
#include <fees/billrun.h>
#include <fees/feeservice.h>
#include <fees/payments.h>
#include <fees/ui/billrundialog.h>
#include <fees/ui/cashdesk.h>
#include <fees/ui/feespage.h>
#include <registry/demodata.h>
#include <staff/setup.h>
#include <storage/connection.h>
#include <storage/store.h>
#include <uikit/fonts.h>

#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCore/QDir>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtPrintSupport/QPrinter>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableWidget>

using namespace Qt::StringLiterals;
using namespace Linli;
using GuiTest::whenModal;

namespace {

void acceptMessage(QWidget *modal)
{
    if (auto *box = qobject_cast<QMessageBox *>(modal))
        box->defaultButton() ? box->defaultButton()->click() : box->accept();
}

} // namespace

class TestFeesGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cashDeskTakesAPaymentAndPrintsItsReceipt();
    void billRunFromTheDialog();
    void arrearsAndCharts();

private:
    QString screenshots() const
    {
        const QString dir = qEnvironmentVariable("LINLI_BINARY_DIR", QDir::currentPath()) + u"/screenshots"_s;
        QDir().mkpath(dir);
        return dir;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<App::MainWindow> m_window;
    Fees::FeesPage *m_page = nullptr;
    QString m_household;
};

void TestFeesGui::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    I18n::install(*qApp, u"zh_CN"_s);
    Ui::applyAppearance(*qobject_cast<QApplication *>(qApp));
    QString key;
    auto session = Staff::createDatabase(m_dir.filePath(u"fees.linli"_s), u"admin"_s, u"Correct-Horse-42"_s,
                                         u"幸福里物业服务中心"_s, App::allMigrations(), Core::Clock::system(), &key);
    QVERIFY2(session, qPrintable(session ? QString() : session.error().message()));
    Registry::DemoOptions demo;
    demo.residents = 300;
    QVERIFY(Registry::generateDemoData(*session->store, session->actor, demo));
    Fees::FeeService fees(*session->store);
    auto property = fees.addItem(session->actor, u"property"_s, u"物业服务费"_s, Fees::ItemKind::Area);
    auto garbage = fees.addItem(session->actor, u"garbage"_s, u"垃圾清运费"_s, Fees::ItemKind::Monthly);
    QVERIFY(fees.setRate(session->actor, property->id, {}, QDate(2020, 1, 1), {}, u"1.00"_s));
    QVERIFY(fees.setRate(session->actor, garbage->id, {}, QDate(2020, 1, 1), {}, u"20"_s));
    // Three months billed before today; some households paid.
    const QDate thisMonth = QDate::currentDate().addDays(1 - QDate::currentDate().day());
    Fees::BillRunService runs(*session->store);
    for (int back = 3; back >= 1; --back)
        QVERIFY(runs.commit(session->actor, thisMonth.addMonths(-back).toString(u"yyyy-MM"_s), {}, {}));
    auto bills = session->store->connection().select(
        u"SELECT household_id, sum(total_fen) FROM fee_bills GROUP BY household_id ORDER BY household_id"_s);
    QVERIFY(bills && bills->size() > 10);
    Fees::PaymentService payments(*session->store);
    for (int i = 0; i < bills->size(); i += 3)
        QVERIFY(payments.pay(session->actor, bills->at(i).at(0).toString(),
                             Core::Money::fromFen(bills->at(i).at(1).toLongLong()), Fees::PaymentMethod::WeChat,
                             u"42000012345"_s));
    m_household = bills->at(1).at(0).toString();
    m_window = std::make_unique<App::MainWindow>(std::move(*session));
    m_window->resize(1366, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->showPage(u"fees"_s));
    m_page = m_window->findChild<Fees::FeesPage *>();
    QVERIFY(m_page);
}

void TestFeesGui::cashDeskTakesAPaymentAndPrintsItsReceipt()
{
    Fees::CashDesk *desk = m_page->cashDesk();
    // Find the household by its room.
    auto rows = m_window->session().store->connection().select(
        u"SELECT b.number || '-' || u.number || '-' || rm.number FROM reg_households h JOIN reg_rooms rm ON rm.id = "
        u"h.room_id JOIN reg_units u ON u.id = rm.unit_id JOIN reg_buildings b ON b.id = u.building_id WHERE h.id = ?"_s,
        {m_household});
    QVERIFY(rows && !rows->isEmpty());
    auto *search = desk->findChild<QLineEdit *>(u"cashDeskSearch"_s);
    search->setText(rows->first().at(0).toString());
    QTest::keyClick(search, Qt::Key_Return);
    auto *matches = desk->findChild<QListWidget *>(u"cashDeskMatches"_s);
    if (desk->currentHousehold().isEmpty()) { // the same room number in another compound
        for (int i = 0; i < matches->count(); ++i) {
            if (matches->item(i)->data(Qt::UserRole).toString() == m_household)
                Q_EMIT matches->itemActivated(matches->item(i));
        }
    }
    QCOMPARE(desk->currentHousehold(), m_household);
    auto *bills = desk->findChild<QTableWidget *>(u"cashDeskBills"_s);
    QCOMPARE(bills->rowCount(), 3);
    auto *amount = desk->findChild<QLineEdit *>(u"cashDeskAmount"_s);
    QVERIFY(!amount->text().isEmpty()); // what is owed, ready to take
    QVERIFY(m_window->grab().save(screenshots() + u"/fees-cash-desk.png"_s));

    // A malformed amount is refused with a message and writes nothing.
    amount->setText(u"12.345"_s);
    desk->findChild<QPushButton *>(u"cashDeskPay"_s)->click();
    QVERIFY(!desk->findChild<QLabel *>(u"problem"_s)->text().isEmpty());

    // Cash with change: ¥100 handed over for ¥80.
    amount->setText(u"80"_s);
    desk->findChild<QLineEdit *>(u"cashDeskTendered"_s)->setText(u"100"_s);
    QCOMPARE(desk->findChild<QLabel *>(u"cashDeskChange"_s)->text(), u"¥20.00"_s);
    const QString pdf = m_dir.filePath(u"receipt.pdf"_s);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    desk->setPrinterForTesting(&printer);
    whenModal(this, acceptMessage);
    desk->findChild<QPushButton *>(u"cashDeskPay"_s)->click();
    QTRY_VERIFY(QFileInfo(pdf).size() > 1000);
    auto *receipts = desk->findChild<QTableWidget *>(u"cashDeskReceipts"_s);
    QCOMPARE(receipts->rowCount(), 1);
    QVERIFY(receipts->item(0, 2)->text() == u"¥80.00"_s);
    QVERIFY(receipts->item(0, 5)->text() == u"有效"_s); // printed once: the original
    // A reprint from the list is counted.
    receipts->selectRow(0);
    desk->findChild<QPushButton *>(u"cashDeskReprint"_s)->click();
    QVERIFY(receipts->item(0, 5)->text().contains(u"1"_s));
    QVERIFY(m_window->grab().save(screenshots() + u"/fees-cash-desk-paid.png"_s));
}

void TestFeesGui::billRunFromTheDialog()
{
    Fees::BillRunDialog dialog(App::feesUiServices(m_window->services()), m_window.get());
    dialog.show();
    // The current month is not billed yet: the preview lists the bills, then they are made.
    dialog.findChild<QPushButton *>(u"billRunPreviewButton"_s)->click();
    auto *preview = dialog.findChild<QPlainTextEdit *>(u"billRunPreview"_s);
    QVERIFY2(preview->toPlainText().contains(u"物业服务费"_s), qPrintable(preview->toPlainText()));
    auto *commit = dialog.findChild<QPushButton *>(u"billRunCommit"_s);
    QVERIFY(commit->isEnabled());
    QVERIFY(dialog.grab().save(screenshots() + u"/fees-bill-run.png"_s));
    whenModal(this, acceptMessage);
    commit->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    // Again: nothing left to bill, nothing to commit.
    Fees::BillRunDialog again(App::feesUiServices(m_window->services()), m_window.get());
    again.findChild<QPushButton *>(u"billRunPreviewButton"_s)->click();
    QVERIFY(!again.findChild<QPushButton *>(u"billRunCommit"_s)->isEnabled());
}

void TestFeesGui::arrearsAndCharts()
{
    m_page->tabs()->setCurrentIndex(1);
    auto *arrears = m_page->findChild<QTableWidget *>(u"arrearsTable"_s);
    QVERIFY(arrears->rowCount() > 0);
    QVERIFY(m_window->grab().save(screenshots() + u"/fees-arrears.png"_s));
    m_page->tabs()->setCurrentIndex(2);
    auto *period = m_page->findChild<QLineEdit *>(u"statsPeriod"_s);
    period->setText(QDate::currentDate().addMonths(-1).toString(u"yyyy-MM"_s));
    QTest::keyClick(period, Qt::Key_Return);
    auto *byBuilding = m_page->findChild<QChartView *>(u"chartByBuilding"_s);
    QVERIFY(byBuilding->chart() && !byBuilding->chart()->series().isEmpty());
    QVERIFY(m_page->findChild<QLabel *>(u"statsSummary"_s)->text().contains(u"%"_s));
    QVERIFY(m_window->grab().save(screenshots() + u"/fees-statistics.png"_s));
}

QTEST_MAIN(TestFeesGui)
#include "tst_fees_gui.moc"
