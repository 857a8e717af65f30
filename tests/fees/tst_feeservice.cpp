// Fee items and rates on a real encrypted database: permissions, validation, a rate change on a
// date closing the previous rate, overlaps refused, the most specific scope chosen, audit.
#include <core/clock.h>
#include <fees/feemigrations.h>
#include <fees/feeservice.h>
#include <registry/registrymigrations.h>
#include <staff/setup.h>
#include <staff/staffmigrations.h>
#include <storage/auditlog.h>

#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Linli;
using Fees::FeeService;
using Fees::ItemKind;
using Fees::RateScope;

class TestFeeService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void itemsNeedASupervisor();
    void rateChangeOnADate();
    void overlapsAreRefused();
    void pricesParsedByKind();
    void mostSpecificScopeWins();

private:
    Core::Actor as(Core::Role role) const
    {
        Core::Actor a = m_session->actor;
        a.role = role;
        return a;
    }

    QTemporaryDir m_dir;
    Core::ManualClock m_clock{QDateTime(QDate(2026, 11, 29), QTime(10, 0)).toMSecsSinceEpoch()};
    std::optional<Staff::Session> m_session;
};

void TestFeeService::init()
{
    // Fees build on the registry (rooms, households): its schema comes first.
    QList<Storage::Migration> migrations = Staff::staffMigrations();
    migrations += Registry::registryMigrations();
    migrations += Fees::feeMigrations();
    QString key;
    auto session = Staff::createDatabase(m_dir.filePath(u"fees.linli"_s), u"admin"_s, u"Admin-pass-1"_s,
                                         u"幸福里物业"_s, migrations, m_clock, &key);
    QVERIFY2(session, qPrintable(session ? QString() : session.error().message()));
    m_session = std::move(*session);
}

void TestFeeService::cleanup()
{
    m_session.reset();
    for (const QString &suffix : {u""_s, u".keys"_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(m_dir.filePath(u"fees.linli"_s + suffix));
}

void TestFeeService::itemsNeedASupervisor()
{
    FeeService fees(*m_session->store);
    QCOMPARE(fees.addItem(as(Core::Role::PropertyClerk), u"property"_s, u"物业服务费"_s, ItemKind::Area).error().code(),
             ErrorCode::PermissionDenied);
    QCOMPARE(fees.addItem(m_session->actor, u"Bad Code"_s, u"x"_s, ItemKind::Area).error().code(),
             ErrorCode::InvalidInput);
    auto item = fees.addItem(m_session->actor, u"property"_s, u"物业服务费"_s, ItemKind::Area);
    QVERIFY(item);
    QCOMPARE(fees.addItem(m_session->actor, u"property"_s, u"again"_s, ItemKind::Area).error().code(),
             ErrorCode::AlreadyExists);
    QCOMPARE(fees.items(as(Core::Role::PropertyClerk))->size(), 1);
    QCOMPARE(fees.item(m_session->actor, u"PROPERTY"_s)->id, item->id);
    auto entries = Storage::AuditLog::query(m_session->store->connection(), 0, std::numeric_limits<qint64>::max());
    QCOMPARE(entries->last().action, u"fees.item.add"_s);
}

void TestFeeService::rateChangeOnADate()
{
    FeeService fees(*m_session->store);
    auto item = fees.addItem(m_session->actor, u"property"_s, u"物业服务费"_s, ItemKind::Area);
    QVERIFY(fees.setRate(m_session->actor, item->id, {}, QDate(2026, 1, 1), {}, u"0.80"_s));
    // ¥1.00 from 1 January 2027 ends the ¥0.80 rate there.
    auto next = fees.setRate(m_session->actor, item->id, {}, QDate(2027, 1, 1), {}, u"1.00"_s);
    QVERIFY2(next, qPrintable(next ? QString() : next.error().message()));
    auto rates = fees.rates(m_session->actor, item->id);
    QCOMPARE(rates->size(), 2);
    QCOMPARE(rates->at(0).until, QDate(2027, 1, 1));
    QVERIFY(!rates->at(1).until.isValid());
    QCOMPARE(rates->at(1).priceText(ItemKind::Area), u"¥1.0000/m² a month"_s);
    // The quarter across the change, for 100 m²: ¥80 + ¥100 + ¥100.
    auto prices = fees.pricesFor(item->id, u"any-compound"_s, {});
    QVERIFY(prices);
    QCOMPARE(*Fees::areaCharge(10000, *prices, {QDate(2026, 12, 1), QDate(2027, 3, 1)}), Core::Money::fromYuan(280));
}

void TestFeeService::overlapsAreRefused()
{
    FeeService fees(*m_session->store);
    auto item = fees.addItem(m_session->actor, u"property"_s, u"物业服务费"_s, ItemKind::Area);
    QVERIFY(fees.setRate(m_session->actor, item->id, {}, QDate(2026, 1, 1), QDate(2026, 7, 1), u"0.80"_s));
    QVERIFY(fees.setRate(m_session->actor, item->id, {}, QDate(2026, 7, 1), {}, u"0.90"_s));
    // Starting inside a closed rate, or before an existing later one.
    QCOMPARE(fees.setRate(m_session->actor, item->id, {}, QDate(2026, 3, 1), QDate(2026, 4, 1), u"1"_s).error().code(),
             ErrorCode::Conflict);
    QCOMPARE(fees.setRate(m_session->actor, item->id, {}, QDate(2025, 1, 1), {}, u"1"_s).error().code(),
             ErrorCode::Conflict);
    QCOMPARE(fees.setRate(m_session->actor, item->id, {}, QDate(2027, 1, 1), QDate(2026, 1, 1), u"1"_s).error().code(),
             ErrorCode::InvalidInput);
    QCOMPARE(fees.setRate(as(Core::Role::PropertyClerk), item->id, {}, QDate(2028, 1, 1), {}, u"1"_s).error().code(),
             ErrorCode::PermissionDenied);
    QCOMPARE(fees.rates(m_session->actor, item->id)->size(), 2);
}

void TestFeeService::pricesParsedByKind()
{
    FeeService fees(*m_session->store);
    auto garbage = fees.addItem(m_session->actor, u"garbage"_s, u"垃圾清运费"_s, ItemKind::Monthly);
    auto water = fees.addItem(m_session->actor, u"water"_s, u"水费"_s, ItemKind::Metered, u"吨"_s);
    auto monthly = fees.setRate(m_session->actor, garbage->id, {}, QDate(2026, 1, 1), {}, u"¥20"_s);
    QVERIFY(monthly);
    QCOMPARE(monthly->price, 2000); // fen
    QCOMPARE(monthly->priceText(ItemKind::Monthly), u"¥20.00 a month"_s);
    auto metered = fees.setRate(m_session->actor, water->id, {}, QDate(2026, 1, 1), {}, u"3.45元"_s);
    QVERIFY(metered);
    QCOMPARE(metered->price, 34500); // ten-thousandths
    QCOMPARE(fees.setRate(m_session->actor, water->id, {}, QDate(2027, 1, 1), {}, u"3.45001"_s).error().code(),
             ErrorCode::InvalidInput);
    QCOMPARE(fees.setRate(m_session->actor, garbage->id, {}, QDate(2027, 1, 1), {}, u"20.001"_s).error().code(),
             ErrorCode::InvalidInput);
}

void TestFeeService::mostSpecificScopeWins()
{
    FeeService fees(*m_session->store);
    auto item = fees.addItem(m_session->actor, u"property"_s, u"物业服务费"_s, ItemKind::Area);
    QVERIFY(fees.setRate(m_session->actor, item->id, {}, QDate(2026, 1, 1), {}, u"0.80"_s));
    QVERIFY(fees.setRate(m_session->actor, item->id, RateScope{u"c1"_s, {}}, QDate(2026, 1, 1), {}, u"1.00"_s));
    QVERIFY(fees.setRate(m_session->actor, item->id, RateScope{u"c1"_s, u"b7"_s}, QDate(2026, 1, 1), {}, u"1.20"_s));
    QCOMPARE(
        fees.setRate(m_session->actor, item->id, RateScope{{}, u"b7"_s}, QDate(2026, 1, 1), {}, u"1"_s).error().code(),
        ErrorCode::InvalidInput);
    QCOMPARE(fees.pricesFor(item->id, u"c1"_s, u"b7"_s)->first().price.tenThousandths(), 12000);
    QCOMPARE(fees.pricesFor(item->id, u"c1"_s, u"b8"_s)->first().price.tenThousandths(), 10000);
    QCOMPARE(fees.pricesFor(item->id, u"c2"_s, u"b1"_s)->first().price.tenThousandths(), 8000);
}

QTEST_GUILESS_MAIN(TestFeeService)
#include "tst_feeservice.moc"
