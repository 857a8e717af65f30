// Bill runs on a real encrypted database: preview totals to the fen, households that cannot be
// billed are listed and skipped, a second run bills nothing twice (same month, or a quarter
// holding it), the ledger charges every bill and cannot be changed.
#include <core/clock.h>
#include <fees/billrun.h>
#include <fees/dailyreport.h>
#include <fees/derivedstate.h>
#include <fees/feemigrations.h>
#include <fees/feeprints.h>
#include <fees/feeservice.h>
#include <fees/meters.h>
#include <fees/payments.h>
#include <fees/policies.h>
#include <registry/registrymigrations.h>
#include <registry/registryservice.h>
#include <staff/setup.h>
#include <staff/staffmigrations.h>
#include <storage/outbox.h>
#include <tabular/sheet.h>

#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Linli;
using Core::Money;
using Fees::BillRunService;

class TestBillRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void periods();
    void previewCommitAndNoDuplicates();
    void clerkRunsBillsAuditorDoesNot();
    void paymentsReceiptsAndVoids();
    void advanceAndArrears();
    void dailyReportReconciles();
    void aRunIsVoidedAsAWhole();
    void refundsComeOutOfCredit();
    void reprintsAreMarkedAndCounted();
    void printingHoldsNoTransaction();
    void discountsOnTheBill();
    void collectionRate();
    void lateFeesChargedAtPayment();
    void dibaoPolicyForEveryDibaoHousehold();
    void meterReadingsFromASpreadsheet();
    void statementAndArrearsNotices();
    void creditPaysABillAVoidReopened();
    void arrearsByCompoundWithAddresses();
    void receiptsNumberedInTheDeviceSeries();

private:
    QTemporaryDir m_dir;
    Core::ManualClock m_clock{QDateTime(QDate(2026, 11, 29), QTime(10, 0)).toMSecsSinceEpoch()};
    std::optional<Staff::Session> m_session;
    QStringList m_households; // 87.35 m², 60.00 m², area unknown
};

void TestBillRun::init()
{
    QList<Storage::Migration> migrations = Staff::staffMigrations();
    migrations += Registry::registryMigrations();
    migrations += Fees::feeMigrations();
    QString key;
    auto session = Staff::createDatabase(m_dir.filePath(u"bills.linli"_s), u"admin"_s, u"Admin-pass-1"_s,
                                         u"幸福里物业"_s, migrations, m_clock, &key);
    QVERIFY2(session, qPrintable(session ? QString() : session.error().message()));
    m_session = std::move(*session);
    Registry::RegistryService reg(*m_session->store);
    const Core::Actor admin = m_session->actor;
    auto compound = reg.addCompound(admin, u"幸福里"_s);
    auto building = reg.addBuilding(admin, *compound, u"3"_s, 6);
    auto unit = reg.addUnit(admin, *building, u"2"_s);
    m_households.clear();
    for (const auto &[number, area] :
         {std::pair{u"501"_s, qint64(8735)}, std::pair{u"502"_s, qint64(6000)}, std::pair{u"503"_s, qint64(0)}}) {
        auto room = reg.addRoom(admin, *unit, number, 5, area);
        auto hh = reg.addHousehold(admin, *room);
        QVERIFY(hh);
        m_households.append(*hh);
    }
    Fees::FeeService fees(*m_session->store);
    auto property = fees.addItem(admin, u"property"_s, u"物业服务费"_s, Fees::ItemKind::Area);
    auto garbage = fees.addItem(admin, u"garbage"_s, u"垃圾清运费"_s, Fees::ItemKind::Monthly);
    QVERIFY(fees.setRate(admin, property->id, {}, QDate(2026, 1, 1), {}, u"1.00"_s));
    QVERIFY(fees.setRate(admin, garbage->id, {}, QDate(2026, 1, 1), {}, u"20"_s));
}

void TestBillRun::cleanup()
{
    // Whatever the scenario did, the derived totals agree with the ledger tables.
    if (m_session) {
        const Status derived = Fees::verifyDerivedState(*m_session->store);
        QVERIFY2(derived.ok(), qPrintable(derived ? QString() : derived.error().detail()));
    }
    m_session.reset();
    for (const QString &suffix : {u""_s, u".keys"_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(m_dir.filePath(u"bills.linli"_s + suffix));
}

void TestBillRun::periods()
{
    QCOMPARE(Fees::parsePeriod(u"2026-11"_s)->until, QDate(2026, 12, 1));
    QCOMPARE(Fees::parsePeriod(u"2026-q4"_s)->from, QDate(2026, 10, 1));
    QCOMPARE(Fees::parsePeriod(u"2026-Q4"_s)->until, QDate(2027, 1, 1));
    QCOMPARE(Fees::parsePeriod(u"2027"_s)->until, QDate(2028, 1, 1));
    for (const QString &bad : {u"2026-13"_s, u"2026-Q5"_s, u"11/2026"_s, u""_s, u"1999"_s})
        QVERIFY2(!Fees::parsePeriod(bad), qPrintable(bad));
}

void TestBillRun::previewCommitAndNoDuplicates()
{
    BillRunService runs(*m_session->store);
    const Core::Actor admin = m_session->actor;
    auto preview = runs.preview(admin, u"2026-11"_s, {}, {});
    QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message()));
    QCOMPARE(preview->households, 3);
    QCOMPARE(preview->bills.size(), 2);
    QCOMPARE(preview->skipped.size(), 1); // the room without an area
    QVERIFY(preview->skipped.first().contains(u"3-2-503"_s));
    // ¥87.35 + ¥20 and ¥60.00 + ¥20.
    QCOMPARE(preview->total, Money::fromFen(8735 + 2000 + 6000 + 2000));
    QCOMPARE(preview->totalByItem.value(u"物业服务费"_s), Money::fromFen(14735));
    QCOMPARE(preview->due, QDate(2026, 11, 30));
    const qint64 outbox = Storage::Outbox::pendingCount(*m_session->store).value();
    QCOMPARE(Storage::Outbox::pendingCount(*m_session->store).value(), outbox); // a preview writes nothing

    auto run = runs.commit(admin, u"2026-11"_s, {}, {});
    QVERIFY2(run, qPrintable(run ? QString() : run.error().message()));
    QCOMPARE(*runs.balance(m_session->actor, m_households.at(0)), Money::fromFen(10735));
    QCOMPARE(*runs.balance(m_session->actor, m_households.at(1)), Money::fromFen(8000));
    QCOMPARE(*runs.balance(m_session->actor, m_households.at(2)), Money());

    // November again, and the fourth quarter that holds November: nothing twice.
    QCOMPARE(runs.commit(admin, u"2026-11"_s, {}, {}).error().code(), ErrorCode::NotFound);
    auto quarter = runs.preview(admin, u"2026-Q4"_s, {}, {});
    QCOMPARE(quarter->alreadyBilled, 2);
    QCOMPARE(quarter->bills.size(), 0);
    auto december = runs.preview(admin, u"2026-12"_s, {}, {});
    QCOMPARE(december->bills.size(), 2);

    // The ledger cannot be changed, even with SQL.
    QVERIFY(!m_session->store->connection().execute(u"UPDATE fee_ledger SET amount_fen = 0"_s));
    QVERIFY(!m_session->store->connection().execute(u"DELETE FROM fee_ledger"_s));
    QCOMPARE(*runs.balance(m_session->actor, m_households.at(0)), Money::fromFen(10735));
    // Rows of the run, in counts.
    auto count = [&](const QString &table) {
        return m_session->store->connection().scalar(u"SELECT count(*) FROM "_s + table)->toInt();
    };
    QCOMPARE(count(u"fee_bill_runs"_s), 1);
    QCOMPARE(count(u"fee_bills"_s), 2);
    QCOMPARE(count(u"fee_bill_lines"_s), 4);
    QCOMPARE(count(u"fee_ledger"_s), 2);
}

void TestBillRun::clerkRunsBillsAuditorDoesNot()
{
    BillRunService runs(*m_session->store);
    Core::Actor clerk = m_session->actor;
    clerk.role = Core::Role::PropertyClerk;
    QVERIFY(runs.preview(clerk, u"2026-11"_s, {}, {}));
    Core::Actor auditor = m_session->actor;
    auditor.role = Core::Role::Auditor;
    QCOMPARE(runs.commit(auditor, u"2026-11"_s, {}, {}).error().code(), ErrorCode::PermissionDenied);
    QCOMPARE(runs.preview(clerk, u"2026-11"_s, {}, QDate(2026, 10, 1)).error().code(), ErrorCode::InvalidInput);
}

void TestBillRun::paymentsReceiptsAndVoids()
{
    BillRunService runs(*m_session->store);
    Fees::PaymentService payments(*m_session->store);
    const Core::Actor admin = m_session->actor;
    QVERIFY(runs.commit(admin, u"2026-10"_s, {}, {}));
    QVERIFY(runs.commit(admin, u"2026-11"_s, {}, {}));
    const QString hh = m_households.at(0); // ¥107.35 a month
    QCOMPARE(*runs.balance(m_session->actor, hh), Money::fromFen(21470));
    Core::Actor clerk = admin;
    clerk.role = Core::Role::PropertyClerk;

    // Refused: nothing, a negative amount, a WeChat payment without its number, an auditor.
    QCOMPARE(payments.pay(clerk, hh, Money(), Fees::PaymentMethod::Cash).error().code(), ErrorCode::InvalidInput);
    QCOMPARE(payments.pay(clerk, hh, Money::fromFen(-5), Fees::PaymentMethod::Cash).error().code(),
             ErrorCode::InvalidInput);
    QCOMPARE(payments.pay(clerk, hh, Money::fromYuan(10), Fees::PaymentMethod::WeChat).error().code(),
             ErrorCode::InvalidInput);
    Core::Actor auditor = admin;
    auditor.role = Core::Role::Auditor;
    QCOMPARE(payments.pay(auditor, hh, Money::fromYuan(10), Fees::PaymentMethod::Cash).error().code(),
             ErrorCode::PermissionDenied);

    // A partial payment goes to October (the oldest) first.
    auto first = payments.pay(clerk, hh, Money::fromYuan(100), Fees::PaymentMethod::Cash);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message()));
    QCOMPARE(first->receiptNumber, u"2026-000001"_s);
    QCOMPARE(first->paidBills.size(), 1);
    QCOMPARE(first->paidBills.first().period, u"2026-10"_s);
    QCOMPARE(first->advance, Money());
    // The rest of October, November, and ¥50 in advance.
    auto second = payments.pay(clerk, hh, Money::fromFen(21470 - 10000 + 5000), Fees::PaymentMethod::WeChat,
                               u"4200001234202611291234"_s);
    QVERIFY(second);
    QCOMPARE(second->receiptNumber, u"2026-000002"_s);
    QCOMPARE(second->paidBills.size(), 2);
    QCOMPARE(second->paidBills.at(0).amount, Money::fromFen(735));
    QCOMPARE(second->paidBills.at(1).amount, Money::fromFen(10735));
    QCOMPARE(second->advance, Money::fromYuan(50));
    QCOMPARE(*runs.balance(m_session->actor, hh), Money::fromYuan(-50)); // prepaid
    QVERIFY(payments.openBills(hh)->isEmpty());

    // Voiding the first receipt: a supervisor, a reason, once. The number stays; October is owed again.
    QCOMPARE(payments.voidReceipt(clerk, u"2026-000001"_s, u"录错户"_s).error().code(), ErrorCode::PermissionDenied);
    QCOMPARE(payments.voidReceipt(admin, u"2026-000001"_s, u" "_s).error().code(), ErrorCode::InvalidInput);
    QVERIFY(payments.voidReceipt(admin, u"2026-000001"_s, u"录错户"_s).ok());
    QCOMPARE(payments.voidReceipt(admin, u"2026-000001"_s, u"again"_s).error().code(), ErrorCode::Conflict);
    QCOMPARE(payments.voidReceipt(admin, u"2026-000099"_s, u"x"_s).error().code(), ErrorCode::NotFound);
    QCOMPARE(*runs.balance(m_session->actor, hh), Money::fromYuan(50));
    auto open = payments.openBills(hh);
    QCOMPARE(open->size(), 1);
    // ¥100 of October is owed again; the ¥50 still in advance pays half of it.
    QCOMPARE(open->first().owed(), Money::fromYuan(50));
    // The next receipt continues the numbering: no gap, no reuse.
    auto third = payments.pay(clerk, hh, Money::fromYuan(50), Fees::PaymentMethod::Cash);
    QCOMPARE(third->receiptNumber, u"2026-000003"_s);
    QCOMPARE(*runs.balance(m_session->actor, hh), Money());

    // Every balance recomputed from the ledger equals charges − payments + reversals.
    auto sums = m_session->store->connection().select(
        u"SELECT (SELECT coalesce(sum(total_fen), 0) FROM fee_bills WHERE household_id = ?1)"
        u" - (SELECT coalesce(sum(amount_fen), 0) FROM fee_payments WHERE household_id = ?1)"
        u" + (SELECT coalesce(sum(amount_fen), 0) FROM fee_ledger WHERE household_id = ?1 AND kind = 'reversal')"_s,
        {hh});
    QCOMPARE(sums->first().first().toLongLong(), runs.balance(m_session->actor, hh)->fen());
    // Payments and receipts cannot be changed afterwards.
    QVERIFY(!m_session->store->connection().execute(u"UPDATE fee_payments SET amount_fen = 1"_s));
    QVERIFY(!m_session->store->connection().execute(u"UPDATE fee_receipts SET number = 'x'"_s));
}

void TestBillRun::advanceAndArrears()
{
    BillRunService runs(*m_session->store);
    Fees::PaymentService payments(*m_session->store);
    const Core::Actor admin = m_session->actor;
    const QString payer = m_households.at(0);  // ¥107.35 a month
    const QString debtor = m_households.at(1); // ¥80.00 a month
    QVERIFY(runs.commit(admin, u"2026-05"_s, {}, {}));
    // ¥200 in advance after May's bill: May paid, ¥92.65 left for later bills.
    auto paid = payments.pay(admin, payer, Money::fromYuan(200), Fees::PaymentMethod::Cash);
    QCOMPARE(paid->advance, Money::fromFen(20000 - 10735));
    QVERIFY(runs.commit(admin, u"2026-06"_s, {}, {}));
    // June's bill took the advance: ¥107.35 − ¥92.65 = ¥14.70 still owed.
    auto open = payments.openBills(payer);
    QCOMPARE(open->size(), 1);
    QCOMPARE(open->first().owed(), Money::fromFen(1470));
    QCOMPARE(*runs.balance(m_session->actor, payer), Money::fromFen(1470));

    // Arrears on 15 November: the debtor owes May (5 months overdue) and June (4 months).
    auto list = payments.arrears(admin, QDate(2026, 11, 15));
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->first().householdId, debtor); // the largest debt first
    QCOMPARE(list->first().owed, Money::fromYuan(160));
    QCOMPARE(list->first().byAge[1], Money::fromYuan(160)); // 3–6 months
    QCOMPARE(list->first().oldestPeriod, u"2026-05"_s);
    QCOMPARE(list->first().bills, 2);
    QVERIFY(list->first().address.contains(u"3-2-502"_s));
    // The arrears agree with the ledger to the fen.
    for (const Fees::ArrearsRow &row : *list)
        QCOMPARE(row.owed, *runs.balance(m_session->actor, row.householdId));
    // Before the bills are due, nothing is in arrears.
    QVERIFY(payments.arrears(admin, QDate(2026, 5, 20))->isEmpty());
}

void TestBillRun::dailyReportReconciles()
{
    BillRunService runs(*m_session->store);
    Fees::PaymentService payments(*m_session->store);
    const Core::Actor admin = m_session->actor;
    QVERIFY(runs.commit(admin, u"2026-11"_s, {}, {}));
    QVERIFY(payments.pay(admin, m_households.at(0), Money::fromFen(10735), Fees::PaymentMethod::Cash));
    QVERIFY(payments.pay(admin, m_households.at(1), Money::fromYuan(80), Fees::PaymentMethod::WeChat, u"WX1"_s));
    QVERIFY(payments.pay(admin, m_households.at(1), Money::fromYuan(30), Fees::PaymentMethod::Alipay, u"ZFB1"_s));
    QVERIFY(payments.voidReceipt(admin, u"2026-000003"_s, u"重复收款"_s).ok());
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    auto day = Fees::dailyReport(*m_session->store, admin, today);
    QVERIFY2(day, qPrintable(day ? QString() : day.error().message()));
    QCOMPARE(day->receipts.size(), 3);
    QCOMPARE(day->received, Money::fromFen(10735 + 8000 + 3000));
    QCOMPARE(day->voided, Money::fromYuan(30));
    QCOMPARE(day->net(), Money::fromFen(10735 + 8000));
    QCOMPARE(day->byMethod.size(), 3);
    QVERIFY(day->receipts.at(2).voidedLater);
    const Reports::Report doc = Fees::dailyReportDocument(*day);
    QCOMPARE(doc.tables.size(), 4); // by method, by clerk, receipts, voids
    QCOMPARE(doc.tables.at(2).rows.size(), 3);
    // Another day has nothing; an auditor reads it, a social worker does not.
    QVERIFY(Fees::dailyReport(*m_session->store, admin, today.addDays(1))->receipts.isEmpty());
    Core::Actor auditor = admin;
    auditor.role = Core::Role::Auditor;
    QVERIFY(Fees::dailyReport(*m_session->store, auditor, today));
    Core::Actor social = admin;
    social.role = Core::Role::SocialWorker;
    QCOMPARE(Fees::dailyReport(*m_session->store, social, today).error().code(), ErrorCode::PermissionDenied);
}

void TestBillRun::aRunIsVoidedAsAWhole()
{
    BillRunService runs(*m_session->store);
    Fees::PaymentService payments(*m_session->store);
    const Core::Actor admin = m_session->actor;
    Core::Actor clerk = admin;
    clerk.role = Core::Role::PropertyClerk;
    const QString hh = m_households.at(0);
    // ¥200 paid in advance, then November is billed (and paid from the advance).
    QVERIFY(payments.pay(clerk, hh, Money::fromYuan(200), Fees::PaymentMethod::Cash));
    auto run = runs.commit(clerk, u"2026-11"_s, {}, {});
    QVERIFY(run);
    QCOMPARE(*runs.balance(m_session->actor, hh), Money::fromFen(10735 - 20000));
    QVERIFY(payments.openBills(hh)->isEmpty());

    QCOMPARE(runs.voidRun(clerk, *run, u"单价录错"_s).error().code(), ErrorCode::PermissionDenied);
    QCOMPARE(runs.voidRun(admin, *run, u" "_s).error().code(), ErrorCode::InvalidInput);
    QVERIFY(runs.voidRun(admin, *run, u"单价录错"_s).ok());
    QCOMPARE(runs.voidRun(admin, *run, u"again"_s).error().code(), ErrorCode::Conflict);
    // Everything back: the advance is whole again, nothing is owed, and the rows are all still there.
    QCOMPARE(*runs.balance(m_session->actor, hh), Money::fromYuan(-200));
    QCOMPARE(*runs.balance(m_session->actor, m_households.at(1)), Money());
    QVERIFY(payments.arrears(admin, QDate(2027, 3, 1))->isEmpty());
    QCOMPARE(m_session->store->connection().scalar(u"SELECT count(*) FROM fee_bills"_s)->toInt(), 2);

    // November can be billed again; the advance pays it again.
    auto again = runs.commit(clerk, u"2026-11"_s, {}, {});
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message()));
    QCOMPARE(*runs.balance(m_session->actor, hh), Money::fromFen(10735 - 20000));
    QCOMPARE(*runs.balance(m_session->actor, m_households.at(1)), Money::fromYuan(80));
    // Once a bill of the run is paid by a later payment, the run cannot be cancelled.
    QVERIFY(payments.pay(clerk, m_households.at(1), Money::fromYuan(80), Fees::PaymentMethod::Cash));
    QCOMPARE(runs.voidRun(admin, *again, u"x"_s).error().code(), ErrorCode::Conflict);
    // The day's report still agrees with the ledger (run reversals are not cash).
    QVERIFY(Fees::dailyReport(*m_session->store, admin, m_clock.nowUtc().toLocalTime().date()));
}

void TestBillRun::refundsComeOutOfCredit()
{
    BillRunService runs(*m_session->store);
    Fees::PaymentService payments(*m_session->store);
    const Core::Actor admin = m_session->actor;
    Core::Actor clerk = admin;
    clerk.role = Core::Role::PropertyClerk;
    const QString hh = m_households.at(0); // ¥107.35 a month
    QVERIFY(payments.pay(clerk, hh, Money::fromYuan(200), Fees::PaymentMethod::Cash));
    QCOMPARE(payments.refund(clerk, hh, Money::fromYuan(50), Fees::PaymentMethod::Cash, {}, u"多缴"_s).error().code(),
             ErrorCode::PermissionDenied);
    QCOMPARE(payments.refund(admin, hh, Money::fromYuan(250), Fees::PaymentMethod::Cash, {}, u"多缴"_s).error().code(),
             ErrorCode::InvalidInput); // only ¥200 in credit
    QCOMPARE(payments.refund(admin, hh, Money::fromYuan(50), Fees::PaymentMethod::Cash, {}, u" "_s).error().code(),
             ErrorCode::InvalidInput);
    auto first = payments.refund(admin, hh, Money::fromYuan(50), Fees::PaymentMethod::Cash, {}, u"多缴退回"_s);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().message()));
    QCOMPARE(*first, u"2026-R000001"_s);
    QCOMPARE(*runs.balance(m_session->actor, hh), Money::fromYuan(-150));
    QCOMPARE(*payments.refund(admin, hh, Money::fromYuan(10), Fees::PaymentMethod::Bank, u"B1"_s, u"退回"_s),
             u"2026-R000002"_s);
    // The next bill takes only what is left in credit: ¥140 of ¥107.35 … all of it, ¥32.65 remains.
    QVERIFY(runs.commit(admin, u"2026-11"_s, {}, {}));
    QVERIFY(payments.openBills(hh)->isEmpty());
    QCOMPARE(*runs.balance(m_session->actor, hh), Money::fromFen(10735 - 14000));
    // The day's cash: ¥200 in, ¥60 back.
    auto day = Fees::dailyReport(*m_session->store, admin, m_clock.nowUtc().toLocalTime().date());
    QVERIFY2(day, qPrintable(day ? QString() : day.error().message()));
    QCOMPARE(day->refunded, Money::fromYuan(60));
    QCOMPARE(day->net(), Money::fromYuan(140));
    QVERIFY(!m_session->store->connection().execute(u"UPDATE fee_refunds SET amount_fen = 1"_s));
}

void TestBillRun::reprintsAreMarkedAndCounted()
{
    BillRunService runs(*m_session->store);
    Fees::PaymentService payments(*m_session->store);
    const Core::Actor admin = m_session->actor;
    QVERIFY(runs.commit(admin, u"2026-11"_s, {}, {}));
    auto paid = payments.pay(admin, m_households.at(0), Money::fromFen(20000), Fees::PaymentMethod::Cash);
    QVERIFY(paid);
    // The first print is the original; the next ones are reprints, counted.
    auto original = payments.printReceipt(admin, paid->receiptNumber, u"幸福里物业"_s);
    QVERIFY2(original, qPrintable(original ? QString() : original.error().message()));
    QVERIFY(!original->reprint);
    QVERIFY(original->form.mark.isEmpty());
    auto first = payments.printReceipt(admin, paid->receiptNumber, u"幸福里物业"_s);
    auto second = payments.printReceipt(admin, paid->receiptNumber, u"幸福里物业"_s);
    QVERIFY(first->reprint);
    QCOMPARE(first->count, 1);
    QCOMPARE(second->count, 2);
    QVERIFY(second->form.mark.contains(u"2"_s));
    // The amount in figures and in words, November paid and the rest in advance.
    QCOMPARE(second->form.total, u"¥200.00"_s);
    QCOMPARE(second->form.totalInWords, u"贰佰元整"_s);
    QCOMPARE(second->form.lines.size(), 2);
    QCOMPARE(second->form.lines.at(0).value(2), u"¥107.35"_s);
    QVERIFY(second->form.lines.at(0).value(0).contains(u"物业服务费"_s));
    QCOMPARE(second->form.lines.at(1).value(2), u"¥92.65"_s);
    QCOMPARE(m_session->store->connection()
                 .scalar(u"SELECT count(*) FROM fee_receipt_events WHERE kind = 'reprint'"_s)
                 ->toInt(),
             2);
    QCOMPARE(m_session->store->connection().scalar(u"SELECT count(*) FROM fee_receipt_prints"_s)->toInt(), 1);
    Core::Actor auditor = admin;
    auditor.role = Core::Role::Auditor;
    QCOMPARE(payments.printReceipt(auditor, paid->receiptNumber, {}).error().code(), ErrorCode::PermissionDenied);
    QCOMPARE(payments.printReceipt(admin, u"2026-009999"_s, {}).error().code(), ErrorCode::NotFound);
}

void TestBillRun::printingHoldsNoTransaction()
{
    BillRunService runs(*m_session->store);
    Fees::PaymentService payments(*m_session->store);
    const Core::Actor admin = m_session->actor;
    QVERIFY(runs.commit(admin, u"2026-11"_s, {}, {}));
    auto paid = payments.pay(admin, m_households.at(0), Money::fromFen(10735), Fees::PaymentMethod::Cash);
    QVERIFY(paid);
    auto count = [&](const QString &sql) { return m_session->store->connection().scalar(sql)->toInt(); };
    const QString prints = u"SELECT count(*) FROM fee_receipt_prints"_s;
    const QString reprints = u"SELECT count(*) FROM fee_receipt_events WHERE kind = 'reprint'"_s;
    const QString audited = u"SELECT count(*) FROM audit_log WHERE action LIKE 'fees.receipt.%'"_s;

    // The printer is driven with no transaction open (a spooling printer holds no write lock).
    bool inTransaction = true;
    auto original = payments.printReceipt(admin, paid->receiptNumber, u"幸福里物业"_s, [&](const auto &) {
        inTransaction = m_session->store->connection().inTransaction();
        return Status();
    });
    QVERIFY(original);
    QVERIFY(!inTransaction);
    QVERIFY(!original->reprint);
    QCOMPARE(count(prints), 1);

    // A print that fails is not recorded, and the next try prints the same reprint number.
    const int auditBefore = count(audited);
    auto failed = payments.printReceipt(admin, paid->receiptNumber, u"幸福里物业"_s, [](const auto &) {
        return Status(Error(ErrorCode::Io, u"the printer is out of paper"_s));
    });
    QVERIFY(!failed);
    QCOMPARE(failed.error().code(), ErrorCode::Io);
    QCOMPARE(count(reprints), 0);
    QCOMPARE(count(audited), auditBefore);
    QCOMPARE(payments.receiptToPrint(admin, paid->receiptNumber, {})->count, 1);

    // Two desks reprint at once: both read reprint 1 and both papers say so. Both are recorded
    // (the count goes on from 3) and the audit says which number each paper carried.
    auto deskA = payments.receiptToPrint(admin, paid->receiptNumber, {});
    auto deskB = payments.receiptToPrint(admin, paid->receiptNumber, {});
    QCOMPARE(deskA->count, 1);
    QCOMPARE(deskB->count, 1);
    QVERIFY(payments.recordReceiptPrint(admin, *deskA));
    QVERIFY(payments.recordReceiptPrint(admin, *deskB));
    QCOMPARE(count(reprints), 2);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'fees.receipt.reprint'"
                   u" AND details LIKE '%\"count\":1%'"_s),
             2);
    QCOMPARE(payments.receiptToPrint(admin, paid->receiptNumber, {})->count, 3);
    Core::Actor auditor = admin;
    auditor.role = Core::Role::Auditor;
    QCOMPARE(payments.recordReceiptPrint(auditor, *deskA).error().code(), ErrorCode::PermissionDenied);
}

void TestBillRun::discountsOnTheBill()
{
    BillRunService runs(*m_session->store);
    const Core::Actor admin = m_session->actor;
    Core::Actor clerk = admin;
    clerk.role = Core::Role::PropertyClerk;
    const QDate from(2026, 1, 1);
    QCOMPARE(runs.addDiscount(clerk, m_households.at(0), u"vacant"_s, 3000, from, {}).error().code(),
             ErrorCode::PermissionDenied);
    QCOMPARE(runs.addDiscount(admin, m_households.at(0), u"friends"_s, 3000, from, {}).error().code(),
             ErrorCode::InvalidInput);
    QCOMPARE(runs.addDiscount(admin, m_households.at(0), u"vacant"_s, 10001, from, {}).error().code(),
             ErrorCode::InvalidInput);
    // A vacant room: 30 % off everything. Hardship: half the garbage fee only.
    QVERIFY(runs.addDiscount(admin, m_households.at(0), u"vacant"_s, 3000, from, {}, {}, u"长期空置"_s));
    QVERIFY(runs.addDiscount(admin, m_households.at(1), u"hardship"_s, 5000, from, {}, u"garbage"_s));
    // A discount that ends inside November does not apply to November.
    QVERIFY(runs.addDiscount(admin, m_households.at(1), u"other"_s, 10000, from, QDate(2026, 11, 15)));
    auto preview = runs.preview(admin, u"2026-11"_s, {}, {});
    QVERIFY(preview);
    QCOMPARE(preview->bills.size(), 2);
    // ¥87.35 × 70 % = ¥61.145 → ¥61.15, and ¥20 × 70 % = ¥14.00.
    QCOMPARE(preview->bills.at(0).total, Money::fromFen(6115 + 1400));
    QVERIFY(preview->bills.at(0).lines.at(0).description.contains(u"30"_s));
    // ¥60.00 and half of ¥20.
    QCOMPARE(preview->bills.at(1).total, Money::fromFen(6000 + 1000));
}

void TestBillRun::collectionRate()
{
    BillRunService runs(*m_session->store);
    Fees::PaymentService payments(*m_session->store);
    const Core::Actor admin = m_session->actor;
    QVERIFY(runs.commit(admin, u"2026-11"_s, {}, {}));
    // ¥107.35 and ¥80.00 billed; the first paid in full and more, the second ¥20.
    QVERIFY(payments.pay(admin, m_households.at(0), Money::fromYuan(200), Fees::PaymentMethod::Cash));
    QVERIFY(payments.pay(admin, m_households.at(1), Money::fromYuan(20), Fees::PaymentMethod::Cash));
    auto rows = payments.collection(admin, u"2026-11"_s);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 2); // building 3 of 幸福里, and the total
    QVERIFY2(rows->first().label.contains(u"幸福里"_s) && rows->first().label.contains(u"3"_s),
             qPrintable(rows->first().label));
    const Fees::CollectionRow &total = rows->last();
    QCOMPARE(total.bills, 2);
    QCOMPARE(total.billed, Money::fromFen(18735));
    QCOMPARE(total.paid, Money::fromFen(12735)); // the advance does not count as collected for November
    QCOMPARE(total.basisPoints(), 6797);         // 67.97 %
    QVERIFY(payments.collection(admin, u"2026-10"_s)->last().billed.isZero());
    // By fee item: what was paid of each bill is shared over its lines, and the items add up to
    // the same totals to the fen.
    auto items = payments.collectionByItem(admin, u"2026-11"_s);
    QVERIFY(items);
    QCOMPARE(items->size(), 3); // property, garbage, total
    qint64 billed = 0;
    qint64 paid = 0;
    for (qsizetype i = 0; i + 1 < items->size(); ++i) {
        billed += items->at(i).billed.fen();
        paid += items->at(i).paid.fen();
    }
    QCOMPARE(billed, total.billed.fen());
    QCOMPARE(paid, total.paid.fen());
    QCOMPARE(items->last().paid, total.paid);
    // The trend over the months, and the monthly report with all of it.
    auto trend = payments.collectionTrend(admin, QDate(2026, 1, 1), QDate(2027, 1, 1));
    QCOMPARE(trend->size(), 1);
    QCOMPARE(trend->first().label, u"2026-11"_s);
    QCOMPARE(trend->first().paid, total.paid);
    auto monthly = Fees::monthlyReport(*m_session->store, admin, u"2026-11"_s, QDate(2026, 12, 15));
    QVERIFY(monthly);
    const Reports::Report doc = Fees::monthlyReportDocument(*monthly);
    QCOMPARE(doc.tables.size(), 4);
    QVERIFY(doc.parameters.at(1).second.contains(u"67.97 %"_s));
}

void TestBillRun::lateFeesChargedAtPayment()
{
    BillRunService runs(*m_session->store);
    Fees::PaymentService payments(*m_session->store);
    Fees::PolicyService policies(*m_session->store);
    const Core::Actor admin = m_session->actor;
    Core::Actor clerk = admin;
    clerk.role = Core::Role::PropertyClerk;
    const QString hh = m_households.at(1); // ¥80.00 a month
    // Shares and rates as staff type them.
    QCOMPARE(*Fees::parseDailyRatePpm(u"0.05%"_s), 500);
    QCOMPARE(*Fees::parseDailyRatePpm(u"０．０５ ％"_s), 500);
    QCOMPARE(*Fees::parseBasisPoints(u"12.5"_s), 1250);
    QVERIFY(!Fees::parseDailyRatePpm(u"2%"_s));
    QVERIFY(!Fees::parseBasisPoints(u"12.345"_s));
    QCOMPARE(Fees::ppmText(500), u"0.05 %"_s);

    // November is due on 30 November; 0.05 % a day after 10 days' grace, at most 10 % of the bill.
    QCOMPARE(policies.setLateFee(clerk, QDate(2026, 1, 1), 500, 10, 1000).error().code(), ErrorCode::PermissionDenied);
    QVERIFY(policies.setLateFee(admin, QDate(2026, 1, 1), 500, 10, 1000));
    QVERIFY(runs.commit(admin, u"2026-11"_s, {}, {}));
    // Still inside the grace days: nothing accrues.
    QVERIFY(payments.openBills(hh, QDate(2026, 12, 10))->first().lateFeeDue.isZero());
    // 20 days late on 30 December: ¥80 × 0.05 % × 20 = ¥0.80, shown before anything is charged.
    auto open = payments.openBills(hh, QDate(2026, 12, 30));
    QCOMPARE(open->first().lateFeeDue, Money::fromFen(80));
    QCOMPARE(open->first().owedWithLateFee(), Money::fromFen(8080));
    QCOMPARE(*runs.balance(m_session->actor, hh), Money::fromYuan(80));

    // Paying ¥50 on 30 December charges the ¥0.80 first; the payment goes to the bill itself.
    m_clock.setMs(QDateTime(QDate(2026, 12, 30), QTime(9, 0)).toMSecsSinceEpoch());
    auto paid = payments.pay(admin, hh, Money::fromYuan(50), Fees::PaymentMethod::Cash);
    QVERIFY(paid);
    QCOMPARE(paid->lateFees, Money::fromFen(80));
    QCOMPARE(*runs.balance(m_session->actor, hh), Money::fromFen(8080 - 5000));
    // From then on only the ¥30 still owed of the bill accrues: 10 days × ¥0.015 = ¥0.15.
    open = payments.openBills(hh, QDate(2027, 1, 9));
    QCOMPARE(open->first().lateFee, Money::fromFen(80));
    QCOMPARE(open->first().lateFeeDue, Money::fromFen(15));
    // The cap (10 % of ¥80 = ¥8.00) bounds it however long it stays unpaid.
    QCOMPARE(payments.openBills(hh, QDate(2030, 1, 1))->first().lateFeeDue, Money::fromFen(800 - 80));
    // Arrears count the charged late fee and agree with the ledger.
    auto list = payments.arrears(admin, QDate(2026, 12, 31));
    for (const Fees::ArrearsRow &row : *list)
        QCOMPARE(row.owed, *runs.balance(m_session->actor, row.householdId));
    // Paying the rest on 9 January settles bill and late fees to the fen.
    m_clock.setMs(QDateTime(QDate(2027, 1, 9), QTime(9, 0)).toMSecsSinceEpoch());
    paid = payments.pay(admin, hh, Money::fromFen(3000 + 80 + 15), Fees::PaymentMethod::Cash);
    QVERIFY(paid);
    QCOMPARE(paid->lateFees, Money::fromFen(15));
    QCOMPARE(paid->advance, Money());
    QCOMPARE(*runs.balance(m_session->actor, hh), Money());
    QVERIFY(payments.openBills(hh, QDate(2027, 6, 1))->isEmpty());
    // The late fee entries cannot be changed.
    QVERIFY(!m_session->store->connection().exec(u"UPDATE fee_late_fees SET amount_fen = 1"_s));
    // A policy set to zero from a day ends the late fee: nothing accrues afterwards.
    QVERIFY(policies.setLateFee(admin, QDate(2027, 2, 1), 0, 0, 0));
    QVERIFY(!policies.lateFee(QDate(2027, 2, 1))->active());
    QVERIFY(policies.lateFee(QDate(2027, 1, 31))->active());
}

void TestBillRun::dibaoPolicyForEveryDibaoHousehold()
{
    BillRunService runs(*m_session->store);
    Fees::PolicyService policies(*m_session->store);
    Registry::RegistryService reg(*m_session->store);
    const Core::Actor admin = m_session->actor;
    // One member of the second household receives 低保.
    Registry::ResidentInput in;
    in.householdId = m_households.at(1);
    in.name = u"王秀英"_s;
    in.birthDate = QDate(1950, 3, 1);
    in.sex = Core::Sex::Female;
    in.idType = Core::IdType::Other;
    in.tagCodes = {u"dibao"_s};
    auto resident = reg.addResident(admin, in);
    QVERIFY2(resident, qPrintable(resident ? QString() : resident.error().message()));
    // Half the property fee for every 低保 household from 1 November.
    QCOMPARE(policies.setDibaoDiscount(admin, QDate(2026, 11, 1), 5000, u"no_such_item"_s).error().code(),
             ErrorCode::NotFound);
    QVERIFY(policies.setDibaoDiscount(admin, QDate(2026, 11, 1), 5000, u"property"_s));
    QCOMPARE(policies.dibao(QDate(2026, 11, 1))->itemCode, u"property"_s);
    // October is before the policy: full price.
    QCOMPARE(runs.preview(admin, u"2026-10"_s, {}, {})->bills.at(1).total, Money::fromYuan(80));
    auto preview = runs.preview(admin, u"2026-11"_s, {}, {});
    QVERIFY(preview);
    QCOMPARE(preview->bills.at(0).total, Money::fromFen(10735)); // no 低保 member
    QCOMPARE(preview->bills.at(1).total, Money::fromYuan(30 + 20));
    for (const Fees::PreviewLine &line : preview->bills.at(1).lines)
        QCOMPARE(line.description.contains(u"50 %"_s), line.itemName == u"物业服务费"_s);
    // A household discount that is larger wins over the policy.
    QVERIFY(runs.addDiscount(admin, m_households.at(1), u"hardship"_s, 8000, QDate(2026, 1, 1), {}, u"property"_s));
    QCOMPARE(runs.preview(admin, u"2026-11"_s, {}, {})->bills.at(1).total, Money::fromYuan(12 + 20));
}

void TestBillRun::meterReadingsFromASpreadsheet()
{
    BillRunService runs(*m_session->store);
    Fees::FeeService fees(*m_session->store);
    Fees::MeterService meters(*m_session->store);
    const Core::Actor admin = m_session->actor;
    auto water = fees.addItem(admin, u"water"_s, u"水费"_s, Fees::ItemKind::Metered, u"吨"_s);
    QVERIFY(water);
    QVERIFY(fees.setRate(admin, water->id, {}, QDate(2026, 1, 1), {}, u"3.5"_s));
    QCOMPARE(*Fees::MeterService::parseReading(u"112.345"_s), 112345);
    QCOMPARE(*Fees::MeterService::parseReading(u"1,112.3"_s), 1112300);
    QCOMPARE(*Fees::MeterService::parseReading(u"112.34500000000001"_s), 112345);
    QCOMPARE(*Fees::MeterService::parseReading(u"112.34499999999999"_s), 112345);
    QVERIFY(!Fees::MeterService::parseReading(u"-3"_s));
    QVERIFY(!Fees::MeterService::parseReading(u"12.3456"_s));

    const auto sheetOf = [](const QList<QStringList> &rows) {
        Tabular::Sheet sheet;
        int n = 0;
        for (const QStringList &r : rows)
            sheet.rows.append({++n, r});
        return sheet;
    };
    // The meter reader's sheet: a title row, then the header; one reading below the last.
    Tabular::Sheet bad = sheetOf({{u"幸福里2026年11月水表抄表"_s},
                                  {u"楼号"_s, u"单元"_s, u"房号"_s, u"上期读数"_s, u"本期读数"_s},
                                  {u"3号楼"_s, u"2单元"_s, u"501"_s, u"100"_s, u"112.345"_s},
                                  {u"3"_s, u"2"_s, u"502"_s, u"50"_s, u"40"_s},
                                  {u"3"_s, u"2"_s, u"909"_s, u"1"_s, u"2"_s}});
    auto checked = meters.check(admin, u"water"_s, bad, QDate(2026, 11, 25));
    QVERIFY(checked);
    QVERIFY2(checked->readings.size() == 1, qPrintable(checked->errors.join(u'\n')));
    QCOMPARE(checked->errors.size(), 2);
    QVERIFY(checked->errors.at(0).contains(u"4"_s));
    auto refused = meters.import(admin, u"water"_s, bad, QDate(2026, 11, 25));
    QCOMPARE(refused.error().code(), ErrorCode::InvalidInput);
    QCOMPARE(m_session->store->connection().scalar(u"SELECT count(*) FROM fee_meter_readings"_s)->toInt(), 0);
    // Not a metered item.
    QCOMPARE(meters.check(admin, u"garbage"_s, bad, QDate(2026, 11, 25)).error().code(), ErrorCode::InvalidInput);

    // Corrected, with one combined room column.
    Tabular::Sheet good = sheetOf({{u"房屋"_s, u"上期读数"_s, u"本期读数"_s, u"抄表日期"_s},
                                   {u"3-2-501"_s, u"100"_s, u"112.345"_s, u"2026/11/25"_s},
                                   {u"3号楼2单元502室"_s, u"40"_s, u"50"_s, u"2026-11-25"_s}});
    QCOMPARE(*meters.import(admin, u"water"_s, good, {}, u"11月水表.xlsx"_s), 2);
    // The same file again changes nothing.
    QCOMPARE(meters.import(admin, u"water"_s, good, {}).error().code(), ErrorCode::InvalidInput);
    QCOMPARE(m_session->store->connection().scalar(u"SELECT count(*) FROM fee_meter_readings"_s)->toInt(), 2);

    // November's bill charges the consumption: 12.345 吨 × ¥3.50 = ¥43.2075 → ¥43.21.
    auto preview = runs.preview(admin, u"2026-11"_s, {}, {});
    QVERIFY(preview);
    const Fees::PreviewBill &first = preview->bills.at(0);
    QCOMPARE(first.total, Money::fromFen(10735 + 4321));
    bool found = false;
    for (const Fees::PreviewLine &l : first.lines) {
        if (l.itemName == u"水费"_s) {
            found = true;
            QCOMPARE(l.amount, Money::fromFen(4321));
            QVERIFY2(l.description.contains(u"12.345"_s), qPrintable(l.description));
        }
    }
    QVERIFY(found);
    QCOMPARE(preview->bills.at(1).total, Money::fromFen(8000 + 3500));
    QVERIFY(runs.commit(admin, u"2026-11"_s, {}, {}));
    // December: the readings are billed already; the next sheet needs no previous readings.
    QCOMPARE(runs.preview(admin, u"2026-12"_s, {}, {})->bills.at(0).total, Money::fromFen(10735));
    Tabular::Sheet december =
        sheetOf({{u"楼号"_s, u"单元"_s, u"房号"_s, u"本期读数"_s}, {u"3"_s, u"2"_s, u"501"_s, u"120"_s}});
    QCOMPARE(*meters.import(admin, u"water"_s, december, QDate(2026, 12, 26)), 1);
    // 120 − 112.345 = 7.655 吨 × ¥3.50 = ¥26.7925 → ¥26.79.
    QCOMPARE(runs.preview(admin, u"2026-12"_s, {}, {})->bills.at(0).total, Money::fromFen(10735 + 2679));
}

void TestBillRun::statementAndArrearsNotices()
{
    BillRunService runs(*m_session->store);
    Fees::PaymentService payments(*m_session->store);
    const Core::Actor admin = m_session->actor;
    const QString hh = m_households.at(0); // ¥107.35 a month
    QVERIFY(runs.commit(admin, u"2026-09"_s, {}, {}));
    QVERIFY(runs.commit(admin, u"2026-10"_s, {}, {}));
    QVERIFY(Fees::PolicyService(*m_session->store).setLateFee(admin, QDate(2026, 1, 1), 500, 0, 0));
    auto paid = payments.pay(admin, hh, Money::fromYuan(50), Fees::PaymentMethod::Cash);
    QVERIFY(paid);
    // The statement: brought forward, two bills, the late fee, the payment; the running balance
    // ends at the ledger's balance.
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    auto statement = Fees::statementReport(*m_session->store, admin, hh, QDate(2026, 1, 1), today);
    QVERIFY2(statement, qPrintable(statement ? QString() : statement.error().message()));
    const auto &rows = statement->tables.first().rows;
    QCOMPARE(rows.size(), 1 + 2 + 2 + 1 + 1); // September and October are both overdue: two late fees
    QCOMPARE(rows.last().at(4), runs.balance(m_session->actor, hh)->toString());
    QVERIFY(rows.at(5).at(1).contains(paid->receiptNumber));
    QCOMPARE(Fees::statementReport(*m_session->store, admin, u"nobody"_s, QDate(2026, 1, 1), today).error().code(),
             ErrorCode::NotFound);

    // Notices to every household in arrears (both billed households), the largest debt first.
    auto notices = Fees::arrearsNotices(*m_session->store, admin, today, today.addDays(15), u"幸福里物业"_s);
    QVERIFY2(notices, qPrintable(notices ? QString() : notices.error().message()));
    QCOMPARE(notices->size(), 2);
    // Each lists its overdue bills and a total equal to what it owes with the late fee accrued.
    for (const Reports::Letter &l : *notices) {
        QCOMPARE(l.tableRows.size(), 3); // September, October, the total
        QVERIFY(l.closing.join(u' ').contains(u"0.05 %"_s));
    }
    const QString owedText = notices->at(1).tableRows.last().last();
    qint64 owed = 0;
    const auto open = payments.openBills(m_households.at(1), today);
    for (const Fees::OpenBill &b : *open)
        owed += b.owedWithLateFee().fen();
    QCOMPARE(owedText, Money::fromFen(owed).toString());
    // One household on its own; the day to pay by is not in the past.
    QCOMPARE(Fees::arrearsNotices(*m_session->store, admin, today, today, {}, {hh})->size(), 1);
    QCOMPARE(Fees::arrearsNotices(*m_session->store, admin, today, today.addDays(-1), {}).error().code(),
             ErrorCode::InvalidInput);
}

void TestBillRun::creditPaysABillAVoidReopened()
{
    BillRunService runs(*m_session->store);
    Fees::PaymentService payments(*m_session->store);
    const Core::Actor admin = m_session->actor;
    const QString hh = m_households.at(0); // ¥107.35
    QVERIFY(runs.commit(admin, u"2026-11"_s, {}, {}));
    auto big = payments.pay(admin, hh, Money::fromYuan(200), Fees::PaymentMethod::Cash);
    auto small = payments.pay(admin, hh, Money::fromFen(1), Fees::PaymentMethod::Cash); // goes to the advance
    QVERIFY(big && small);
    QCOMPARE(small->advance, Money::fromFen(1));
    // The ¥200 was taken from the wrong household: voided, November is owed again, and the ¥0.01
    // still in advance pays part of it instead of sitting beside the debt.
    QVERIFY(payments.voidReceipt(admin, big->receiptNumber, u"收错户"_s));
    auto open = payments.openBills(hh);
    QCOMPARE(open->size(), 1);
    QCOMPARE(open->first().owed(), Money::fromFen(10735 - 1));
    QCOMPARE(*runs.balance(m_session->actor, hh), Money::fromFen(10735 - 1));
    // The arrears agree with the ledger for this household too.
    const auto arrears = payments.arrears(admin, QDate(2026, 12, 15));
    QVERIFY(arrears && !arrears->isEmpty());
    for (const Fees::ArrearsRow &row : *arrears)
        QCOMPARE(row.owed, *runs.balance(m_session->actor, row.householdId));
}

void TestBillRun::arrearsByCompoundWithAddresses()
{
    // A second compound with one household: the list of one compound leaves the other's out,
    // and every row carries its room's address (schema fees v12: by household key).
    Registry::RegistryService reg(*m_session->store);
    const Core::Actor admin = m_session->actor;
    auto other = reg.addCompound(admin, u"和平里"_s);
    auto building = reg.addBuilding(admin, *other, u"7"_s, 6);
    auto unit = reg.addUnit(admin, *building, u"1"_s);
    auto room = reg.addRoom(admin, *unit, u"101"_s, 1, 5000);
    auto hh = reg.addHousehold(admin, *room);
    QVERIFY(hh);
    BillRunService runs(*m_session->store);
    QVERIFY(runs.commit(admin, u"2026-10"_s, {}, {}));
    Fees::PaymentService payments(*m_session->store);
    const auto all = payments.arrears(admin, QDate(2026, 12, 15));
    QVERIFY(all);
    QCOMPARE(all->size(), 3); // 501, 502 and 和平里 7-1-101 (503 has no area: not billed)
    QStringList addresses;
    for (const Fees::ArrearsRow &r : *all)
        addresses << r.address;
    QCOMPARE(addresses, QStringList({u"幸福里 3-2-501"_s, u"幸福里 3-2-502"_s, u"和平里 7-1-101"_s}));
    const auto theirs = payments.arrears(admin, QDate(2026, 12, 15), *other);
    QVERIFY(theirs);
    QCOMPARE(theirs->size(), 1);
    QCOMPARE(theirs->first().householdId, *hh);
    QCOMPARE(theirs->first().owed, Money::fromFen(5000 + 2000));
    QCOMPARE(theirs->first().oldestPeriod, u"2026-10"_s);
}

void TestBillRun::receiptsNumberedInTheDeviceSeries()
{
    // Before enrolment: 2026-000001. Enrolled as series B (what linli-cli enrol stores): the
    // series starts at 1 again, gap-free, and refunds follow it too; a receipt is found by its number.
    BillRunService runs(*m_session->store);
    Fees::PaymentService payments(*m_session->store);
    const Core::Actor admin = m_session->actor;
    QVERIFY(runs.commit(admin, u"2026-11"_s, {}, {}));
    const QString hh = m_households.at(0);
    const QString y = QString::number(m_clock.nowUtc().toLocalTime().date().year()); // earlier tests move the clock
    auto before = payments.pay(admin, hh, Money::fromYuan(10), Fees::PaymentMethod::Cash);
    QVERIFY(before);
    QCOMPARE(before->receiptNumber, y + u"-000001"_s);
    QVERIFY(m_session->store->connection().execute(
        u"INSERT OR REPLACE INTO linli_meta (key, value) VALUES ('receipt_series', 'B')"_s));
    auto first = payments.pay(admin, hh, Money::fromYuan(10), Fees::PaymentMethod::Cash);
    auto second = payments.pay(admin, hh, Money::fromYuan(200), Fees::PaymentMethod::Cash); // leaves credit
    QVERIFY(first && second);
    QCOMPARE(first->receiptNumber, y + u"-B-000001"_s);
    QCOMPARE(second->receiptNumber, y + u"-B-000002"_s);
    QVERIFY(payments.voidReceipt(admin, first->receiptNumber, u"收错户"_s));
    auto refund = payments.refund(admin, hh, Money::fromYuan(1), Fees::PaymentMethod::Cash, {}, u"多缴退回"_s);
    QVERIFY2(refund, qPrintable(refund ? QString() : refund.error().message()));
    QCOMPARE(*refund, y + u"-B-R000001"_s);
}

QTEST_GUILESS_MAIN(TestBillRun)
#include "tst_billrun.moc"
