// Demo data: deterministic, valid and plausible, written in one transaction.
#include <core/clock.h>
#include <core/idnumber.h>
#include <registry/demodata.h>
#include <registry/registrymigrations.h>
#include <registry/registryservice.h>
#include <staff/setup.h>
#include <staff/staffmigrations.h>

#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Linli;

class TestDemoData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameData();
    void everyResidentIsValidAndPlausible();
    void cancelWritesNothing();
    void canBeAddedTwiceWithoutDuplicateIds();
    void needsEditPermission();

private:
    Staff::Session create(const QString &name);
    QStringList residentKeys(Staff::Session &s);

    QTemporaryDir m_dir;
    Core::ManualClock m_clock{QDateTime(QDate(2026, 11, 29), QTime(10, 0)).toMSecsSinceEpoch()};
};

Staff::Session TestDemoData::create(const QString &name)
{
    QList<Storage::Migration> migrations = Staff::staffMigrations();
    migrations += Registry::registryMigrations();
    QString key;
    auto s = Staff::createDatabase(m_dir.filePath(name), u"admin"_s, u"Admin-pass-1"_s, {}, migrations, m_clock, &key);
    if (!s)
        qFatal("%s", qPrintable(s.error().message()));
    return std::move(*s);
}

QStringList TestDemoData::residentKeys(Staff::Session &s)
{
    auto rows = s.store->connection().select(
        u"SELECT name || '|' || id_number || '|' || relation_to_head FROM reg_residents ORDER BY id_number"_s);
    QStringList out;
    for (const auto &r : *rows)
        out.append(r.at(0).toString());
    return out;
}

void TestDemoData::sameSeedSameData()
{
    Staff::Session a = create(u"a.linli"_s);
    Staff::Session b = create(u"b.linli"_s);
    Registry::DemoOptions options;
    options.residents = 300;
    options.seed = 7;
    auto sa = Registry::generateDemoData(*a.store, a.actor, options);
    auto sb = Registry::generateDemoData(*b.store, b.actor, options);
    QVERIFY(sa && sb);
    QCOMPARE(sa->residents, 300);
    QCOMPARE(sa->households, sb->households);
    QCOMPARE(residentKeys(a), residentKeys(b));
    options.seed = 8;
    Staff::Session c = create(u"c.linli"_s);
    QVERIFY(Registry::generateDemoData(*c.store, c.actor, options));
    QVERIFY(residentKeys(a) != residentKeys(c));
}

void TestDemoData::everyResidentIsValidAndPlausible()
{
    Staff::Session s = create(u"v.linli"_s);
    Registry::DemoOptions options;
    options.residents = 1000;
    QVERIFY(Registry::generateDemoData(*s.store, s.actor, options));
    auto rows = s.store->connection().select(
        u"SELECT r.id_number, r.sex, r.birth_date, r.phone1, r.household_id,"
        u" (SELECT count(*) FROM reg_residents o WHERE o.household_id = r.household_id) FROM reg_residents r"_s);
    QCOMPARE(rows->size(), 1000);
    const QDate today(2026, 11, 29);
    for (const auto &r : *rows) {
        auto id = Core::IdNumber::parse(r.at(0).toString(), Core::IdType::MainlandId, today);
        QVERIFY2(id, qPrintable(r.at(0).toString()));
        QCOMPARE(id->birthDate().toString(Qt::ISODate), r.at(2).toString());
        QCOMPARE(id->sex() == Core::Sex::Male ? u"M"_s : u"F"_s, r.at(1).toString());
        QVERIFY(!r.at(4).toString().isEmpty());
    }
    // 独居老人 only for people of 65 or more who live alone.
    auto alone = s.store->connection().select(
        u"SELECT r.birth_date, (SELECT count(*) FROM reg_residents o WHERE o.household_id = r.household_id)"
        u" FROM reg_resident_tags rt JOIN reg_tags t ON t.id = rt.tag_id JOIN reg_residents r ON r.id = rt.resident_id"
        u" WHERE t.code = 'elderly_alone'"_s);
    QVERIFY(!alone->isEmpty());
    for (const auto &r : *alone) {
        QCOMPARE(r.at(1).toInt(), 1);
        QVERIFY(QDate::fromString(r.at(0).toString(), Qt::ISODate).addYears(65) <= today);
    }
    // Every household has its head.
    auto headless = s.store->connection().scalar(u"SELECT count(*) FROM reg_households WHERE head_id IS NULL"_s);
    QCOMPARE(headless->toInt(), 0);
}

void TestDemoData::cancelWritesNothing()
{
    Staff::Session s = create(u"x.linli"_s);
    Registry::DemoOptions options;
    options.residents = 3000;
    auto sum = Registry::generateDemoData(*s.store, s.actor, options, [](int done, int) { return done < 2000; });
    QVERIFY(!sum);
    QCOMPARE(Registry::RegistryService(*s.store).counts()->residents, 0);
    QCOMPARE(Registry::RegistryService(*s.store).counts()->compounds, 0);
}

void TestDemoData::canBeAddedTwiceWithoutDuplicateIds()
{
    Staff::Session s = create(u"twice.linli"_s);
    Registry::DemoOptions options;
    options.residents = 400;
    QVERIFY(Registry::generateDemoData(*s.store, s.actor, options));
    auto again = Registry::generateDemoData(*s.store, s.actor, options); // same seed, same draws
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message()));
    QCOMPARE(Registry::RegistryService(*s.store).counts()->residents, 800);
    auto distinct = s.store->connection().scalar(u"SELECT count(DISTINCT id_number) FROM reg_residents"_s);
    QCOMPARE(distinct->toInt(), 800);
}

void TestDemoData::needsEditPermission()
{
    Staff::Session s = create(u"p.linli"_s);
    Core::Actor clerk = s.actor;
    clerk.role = Core::Role::PropertyClerk;
    QCOMPARE(Registry::generateDemoData(*s.store, clerk, {}).error().code(), ErrorCode::PermissionDenied);
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
