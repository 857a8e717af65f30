// Module figures (core/figures.h) on a real encrypted database: the registry's people and the
// fees' arrears and collection rate, per building and per compound, through one interface.
#include <core/clock.h>
#include <core/figures.h>
#include <core/money.h>
#include <fees/billrun.h>
#include <fees/feefigures.h>
#include <fees/feemigrations.h>
#include <fees/feeservice.h>
#include <fees/payments.h>
#include <registry/registryfigures.h>
#include <registry/registrymigrations.h>
#include <registry/registryservice.h>
#include <staff/setup.h>
#include <staff/staffmigrations.h>
#include <staff/userservice.h>
#include <storage/store.h>

#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Linli;
using namespace Qt::StringLiterals;
using Core::FigureLevel;
using Core::Money;

class TestFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oneInterfaceForEveryModule();
    void peoplePerBuildingAndCompound();
    void arrearsAndCollectionRate();
    void everyRoleAndUnknownFigures();

private:
    QTemporaryDir m_dir;
    Core::ManualClock m_clock{QDateTime(QDate(2026, 12, 20), QTime(10, 0)).toMSecsSinceEpoch()};
    std::optional<Staff::Session> m_session;
    Core::Figures m_figures;
    QString m_compound1, m_compound2, m_building3, m_building5, m_building9;
    QStringList m_households; // building 3: two; building 5: one; building 9 (compound 2): one
    const Core::FigurePeriod m_november{QDate(2026, 11, 1), QDate(2026, 12, 1)};
};

void TestFigures::initTestCase()
{
    QList<Storage::Migration> migrations = Staff::staffMigrations();
    migrations += Registry::registryMigrations();
    migrations += Fees::feeMigrations();
    QString key;
    auto session = Staff::createDatabase(m_dir.filePath(u"figures.linli"_s), u"admin"_s, u"Admin-pass-1"_s,
                                         u"幸福里物业"_s, migrations, m_clock, &key);
    QVERIFY2(session, qPrintable(session ? QString() : session.error().message()));
    m_session = std::move(*session);
    m_figures.add(std::make_unique<Registry::RegistryFigures>(*m_session->store));
    m_figures.add(std::make_unique<Fees::FeeFigures>(*m_session->store));

    Registry::RegistryService reg(*m_session->store);
    const Core::Actor admin = m_session->actor;
    m_compound1 = *reg.addCompound(admin, u"幸福里"_s);
    m_compound2 = *reg.addCompound(admin, u"和平苑"_s);
    m_building3 = *reg.addBuilding(admin, m_compound1, u"3"_s, 6);
    m_building5 = *reg.addBuilding(admin, m_compound1, u"5"_s, 6);
    m_building9 = *reg.addBuilding(admin, m_compound2, u"9"_s, 6);
    const auto household = [&](const QString &building, const QString &room) {
        auto unit = reg.addUnit(admin, building, room.left(1));
        auto r = reg.addRoom(admin, *unit, room, 1, 10000); // 100.00 m²
        return *reg.addHousehold(admin, *r);
    };
    m_households = {household(m_building3, u"101"_s), household(m_building3, u"201"_s),
                    household(m_building5, u"101"_s), household(m_building9, u"101"_s)};
    // Born 1946-11-30 is 80 on the last day of November 2026; 1946-12-01 is not yet.
    const QList<std::tuple<int, QString, QDate>> people = {
        {0, u"王秀兰"_s, QDate(1940, 3, 1)}, {0, u"李建国"_s, QDate(1975, 6, 1)}, {1, u"张桂英"_s, QDate(1946, 11, 30)},
        {1, u"赵明"_s, QDate(1946, 12, 1)},  {2, u"陈淑珍"_s, QDate(1930, 1, 1)}, {3, u"刘强"_s, QDate(1990, 1, 1)}};
    for (const auto &[hh, name, born] : people) {
        Registry::ResidentInput in;
        in.householdId = m_households.at(hh);
        in.name = name;
        in.birthDate = born;
        auto added = reg.addResident(admin, in);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message()));
    }
    // Property fees at ¥1 a m²: ¥100.00 a household a month.
    Fees::FeeService fees(*m_session->store);
    auto property = fees.addItem(admin, u"property"_s, u"物业服务费"_s, Fees::ItemKind::Area);
    QVERIFY(fees.setRate(admin, property->id, {}, QDate(2026, 1, 1), {}, u"1.00"_s));
    Fees::BillRunService runs(*m_session->store);
    auto run = runs.commit(admin, u"2026-11"_s, {}, QDate(2026, 11, 30));
    QVERIFY2(run, qPrintable(run ? QString() : run.error().message()));
    // Building 3: one household pays in full, one pays half; building 5 pays; building 9 does not.
    Fees::PaymentService payments(*m_session->store);
    QVERIFY(payments.pay(admin, m_households.at(0), Money::fromYuan(100), Fees::PaymentMethod::Cash));
    QVERIFY(payments.pay(admin, m_households.at(1), Money::fromYuan(50), Fees::PaymentMethod::Cash));
    QVERIFY(payments.pay(admin, m_households.at(2), Money::fromYuan(100), Fees::PaymentMethod::WeChat, u"WX1"_s));
}

void TestFigures::oneInterfaceForEveryModule()
{
    QStringList ids;
    for (const Core::FigureInfo &f : m_figures.all())
        ids.append(f.id);
    QCOMPARE(ids, (QStringList{u"registry.residents"_s, u"registry.households"_s, u"registry.residents_over_80"_s,
                               u"fees.arrears"_s, u"fees.households_in_arrears"_s, u"fees.collection_rate"_s}));
    QVERIFY(m_figures.find(u"fees.collection_rate"_s)->higherIsBetter);
    QVERIFY(!m_figures.find(u"fees.arrears"_s)->higherIsBetter);
    QCOMPARE(m_figures.find(u"fees.arrears"_s)->unit, Core::FigureUnit::Money);
    QCOMPARE(Core::formatFigure(Core::FigureUnit::Ratio, 8530), u"85.3%"_s);
}

void TestFigures::peoplePerBuildingAndCompound()
{
    const Core::Actor admin = m_session->actor;
    auto residents = m_figures.values(admin, u"registry.residents"_s, FigureLevel::Building, m_november);
    QVERIFY(residents);
    QCOMPARE(residents->value(m_building3), 4);
    QCOMPARE(residents->value(m_building5), 1);
    QCOMPARE(residents->value(m_building9), 1);
    auto old = m_figures.values(admin, u"registry.residents_over_80"_s, FigureLevel::Building, m_november);
    QVERIFY(old);
    QCOMPARE(old->value(m_building3), 2); // 王秀兰 and 张桂英 (80 on 30 November), not 赵明
    QCOMPARE(old->value(m_building5), 1);
    QVERIFY(!old->contains(m_building9)); // none there: absent, not 0
    auto perCompound = m_figures.values(admin, u"registry.residents_over_80"_s, FigureLevel::Compound, m_november);
    QVERIFY(perCompound);
    QCOMPARE(perCompound->value(m_compound1), 3);
    QVERIFY(!perCompound->contains(m_compound2));
    auto households = m_figures.values(admin, u"registry.households"_s, FigureLevel::Compound, m_november);
    QCOMPARE(households->value(m_compound1), 3);
    QCOMPARE(households->value(m_compound2), 1);
}

void TestFigures::arrearsAndCollectionRate()
{
    const Core::Actor admin = m_session->actor;
    // Due 30 November: owed at the end of November.
    auto arrears = m_figures.values(admin, u"fees.arrears"_s, FigureLevel::Building, m_november);
    QVERIFY(arrears);
    QCOMPARE(arrears->value(m_building3), 5000); // ¥50.00
    QVERIFY(!arrears->contains(m_building5));
    QCOMPARE(arrears->value(m_building9), 10000);
    auto byCompound = m_figures.values(admin, u"fees.arrears"_s, FigureLevel::Compound, m_november);
    QCOMPARE(byCompound->value(m_compound1), 5000);
    QCOMPARE(byCompound->value(m_compound2), 10000);
    auto debtors = m_figures.values(admin, u"fees.households_in_arrears"_s, FigureLevel::Compound, m_november);
    QCOMPARE(debtors->value(m_compound1), 1);
    // Not due yet within the period of October: nothing owed then.
    auto october =
        m_figures.values(admin, u"fees.arrears"_s, FigureLevel::Building, {QDate(2026, 10, 1), QDate(2026, 11, 1)});
    QVERIFY(october && october->isEmpty());
    auto rate = m_figures.values(admin, u"fees.collection_rate"_s, FigureLevel::Building, m_november);
    QVERIFY(rate);
    QCOMPARE(rate->value(m_building3), 7500); // ¥150 of ¥200
    QCOMPARE(rate->value(m_building5), 10000);
    QCOMPARE(rate->value(m_building9), 0);
    auto compoundRate = m_figures.values(admin, u"fees.collection_rate"_s, FigureLevel::Compound, m_november);
    QCOMPARE(compoundRate->value(m_compound1), 8333); // ¥250 of ¥300
}

void TestFigures::everyRoleAndUnknownFigures()
{
    // Every role may read the figures (counts and sums, no one's personal data): an auditor too.
    Core::Actor auditor;
    auditor.username = u"auditor"_s;
    auditor.role = Core::Role::Auditor;
    QVERIFY(m_figures.values(auditor, u"fees.arrears"_s, FigureLevel::Building, m_november));
    QCOMPARE(m_figures.values(m_session->actor, u"fees.nothing"_s, FigureLevel::Building, m_november).error().code(),
             ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestFigures)
#include "tst_figures.moc"
