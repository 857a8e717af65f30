// The resident list's read model: masked rows, search, filters, pinyin order, refresh.
#include <core/clock.h>
#include <core/idnumber.h>
#include <registry/demodata.h>
#include <registry/registrymigrations.h>
#include <registry/registryservice.h>
#include <registry/residentdirectory.h>
#include <registry/residentreports.h>
#include <staff/setup.h>
#include <staff/staffmigrations.h>

#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Linli;
using Registry::ResidentFilter;

class TestResidentDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rowsAreMasked();
    void findsByNameInitialsTailsAndRoom();
    void filtersAndPinyinOrder();
    void sensitiveTagsNeedPermission();
    void refreshPicksUpANewResident();
    void hiddenDigitsCannotBeProbed();
    void filterByRegistrationAndResidence();

private:
    std::unique_ptr<Registry::ResidentDirectory> load(Core::Role role);
    QString residentId(const QString &name);

    QTemporaryDir m_dir;
    Core::ManualClock m_clock{QDateTime(QDate(2026, 11, 29), QTime(10, 0)).toMSecsSinceEpoch()};
    std::optional<Staff::Session> m_session;
    QString m_zhangId;
    const QDate m_today{2026, 11, 29};
};

void TestResidentDirectory::initTestCase()
{
    QList<Storage::Migration> migrations = Staff::staffMigrations();
    migrations += Registry::registryMigrations();
    QString key;
    auto s = Staff::createDatabase(m_dir.filePath(u"d.linli"_s), u"admin"_s, u"Admin-pass-1"_s, {}, migrations, m_clock,
                                   &key);
    QVERIFY(s);
    m_session = std::move(*s);
    Registry::DemoOptions options;
    options.residents = 500;
    QVERIFY(Registry::generateDemoData(*m_session->store, m_session->actor, options));
    // One known person in a known room.
    Registry::RegistryService reg(*m_session->store);
    const Core::Actor admin = m_session->actor;
    auto c = reg.addCompound(admin, u"测试苑"_s);
    auto b = reg.addBuilding(admin, *c, u"88"_s, 6);
    auto u = reg.addUnit(admin, *b, u"2"_s);
    auto room = reg.addRoom(admin, *u, u"501"_s, 5, 9000);
    auto hh = reg.addHousehold(admin, *room);
    Registry::ResidentInput in;
    in.householdId = *hh;
    in.name = u"张三丰"_s;
    const QString first17 = u"11010519491231002"_s;
    in.idNumber = first17 + Core::IdNumber::mainlandCheckCharacter(first17);
    in.phones = {u"13812347788"_s};
    in.tagCodes = {u"dibao"_s, u"party_member"_s};
    auto r = reg.addResident(admin, in);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message()));
    m_zhangId = r->id;
}

std::unique_ptr<Registry::ResidentDirectory> TestResidentDirectory::load(Core::Role role)
{
    Core::Actor a = m_session->actor;
    a.role = role;
    auto dir = Registry::ResidentDirectory::load(*m_session->store, a, m_today);
    return dir ? std::move(*dir) : nullptr;
}

void TestResidentDirectory::rowsAreMasked()
{
    auto dir = load(Core::Role::Admin);
    QVERIFY(dir);
    QCOMPARE(dir->size(), 501);
    const auto i = dir->indexOf(m_zhangId);
    QVERIFY(i);
    const Registry::ResidentRow &r = dir->row(*i);
    QCOMPARE(r.idMasked(), u"110105********002X"_s.left(14) + r.idMasked().right(4));
    QVERIFY(r.idMasked().contains(u"********"_s));
    QCOMPARE(r.phoneMasked(), u"138****7788"_s);
    QCOMPARE(r.room, u"88-2-501"_s);
    QCOMPARE(r.address(), u"测试苑 88-2-501"_s);
    QCOMPARE(r.ageAt(m_today), 76);
}

void TestResidentDirectory::findsByNameInitialsTailsAndRoom()
{
    auto dir = load(Core::Role::PropertyClerk);
    for (const QString &q : {u"张三丰"_s, u"zsf"_s, u"zhangsanfeng"_s, u"7788"_s, u"88-2-501"_s}) {
        const QList<qsizetype> found = dir->find(q, {}, 20);
        QVERIFY2(!found.isEmpty(), qPrintable(q));
        bool present = false;
        for (qsizetype i : found)
            present = present || dir->row(i).id == m_zhangId;
        QVERIFY2(present, qPrintable(q));
    }
    // Exact name first.
    QCOMPARE(dir->row(dir->find(u"张三丰"_s, {}, 5).first()).id, m_zhangId);
    QVERIFY(dir->find(u"nobody-like-this"_s, {}, 5).isEmpty());
}

void TestResidentDirectory::filtersAndPinyinOrder()
{
    auto dir = load(Core::Role::Admin);
    ResidentFilter old;
    old.minAge = 80;
    const QList<qsizetype> elderly = dir->find({}, old);
    QVERIFY(!elderly.isEmpty());
    for (qsizetype i : elderly)
        QVERIFY(dir->row(i).ageAt(m_today) >= 80);
    for (qsizetype k = 1; k < elderly.size(); ++k)
        QVERIFY(dir->row(elderly.at(k - 1)).sortKey <= dir->row(elderly.at(k)).sortKey);
    ResidentFilter party;
    party.tagCode = u"party_member"_s;
    for (qsizetype i : dir->find({}, party))
        QVERIFY(dir->row(i).tagCodes.contains(u"party_member"_s));
    ResidentFilter building;
    building.buildingId = dir->row(*dir->indexOf(m_zhangId)).buildingId;
    QCOMPARE(dir->find({}, building).size(), 1);
    // Search and filter together.
    QCOMPARE(dir->find(u"zsf"_s, building).size(), 1);
}

void TestResidentDirectory::sensitiveTagsNeedPermission()
{
    auto clerk = load(Core::Role::PropertyClerk);
    QCOMPARE(clerk->row(*clerk->indexOf(m_zhangId)).tagCodes, QStringList{u"party_member"_s});
    ResidentFilter dibao;
    dibao.tagCode = u"dibao"_s;
    QVERIFY(clerk->find({}, dibao).isEmpty()); // a hidden tag cannot be filtered on either
    auto social = load(Core::Role::SocialWorker);
    QCOMPARE(social->row(*social->indexOf(m_zhangId)).tagCodes.size(), 2);
    QVERIFY(!social->find({}, dibao).isEmpty());
}

void TestResidentDirectory::refreshPicksUpANewResident()
{
    auto dir = load(Core::Role::Admin);
    const qsizetype before = dir->size();
    Registry::RegistryService reg(*m_session->store);
    Registry::ResidentInput in;
    in.name = u"吕小布"_s;
    auto r = reg.addResident(m_session->actor, in);
    QVERIFY(r);
    QVERIFY(dir->refresh(*m_session->store, r->id).ok());
    QCOMPARE(dir->size(), before + 1);
    for (const QString &q : {u"lvxb"_s, u"luxiaobu"_s, u"lxb"_s})
        QVERIFY2(!dir->find(q, {}, 10).isEmpty(), qPrintable(q));
}

// A role that sees 110105********002X must not learn the hidden digits by searching for longer
// and longer tails (or the whole number) and watching who is found.
void TestResidentDirectory::hiddenDigitsCannotBeProbed()
{
    auto clerk = load(Core::Role::PropertyClerk);
    auto admin = load(Core::Role::Admin);
    const QString full =
        Registry::RegistryService(*m_session->store).unmaskedResident(m_session->actor, m_zhangId)->idNumber;
    for (const QString &q : {full.right(5), full.right(8), full, u"13812347788"_s, u"2347788"_s, u"张 12345"_s}) {
        QVERIFY2(!clerk->queryAllowed(q), qPrintable(q));
        QVERIFY2(clerk->find(q, {}, 20).isEmpty(), qPrintable(q));
        QVERIFY(admin->queryAllowed(q));
    }
    QVERIFY(!admin->find(full, {}, 20).isEmpty());
    // What the clerk can see stays searchable: the last 4 digits, names, rooms.
    for (const QString &q : {full.right(4), u"7788"_s, u"88-2-501"_s, u"zsf"_s})
        QVERIFY2(clerk->queryAllowed(q) && !clerk->find(q, {}, 20).isEmpty(), qPrintable(q));
}

void TestResidentDirectory::filterByRegistrationAndResidence()
{
    Registry::RegistryService registry(*m_session->store);
    auto zhang = registry.resident(m_session->actor, m_zhangId);
    QVERIFY(zhang && !zhang->householdId.isEmpty());
    QVERIFY(registry
                .updateHousehold(m_session->actor, zhang->householdId, Registry::Tenure::Tenant,
                                 Registry::Residence::RegisteredOnly)
                .ok());
    auto dir = load(Core::Role::Admin);
    ResidentFilter away;
    away.residence = Registry::Residence::RegisteredOnly;
    const QList<qsizetype> found = dir->find({}, away);
    QVERIFY(!found.isEmpty());
    for (qsizetype i : found)
        QCOMPARE(dir->row(i).householdId, zhang->householdId); // only that household is 户在人不在
    const auto names = Registry::describeFilter(away, {}, {});
    QCOMPARE(names.size(), 1);
}

QTEST_GUILESS_MAIN(TestResidentDirectory)
#include "tst_residentdirectory.moc"
