// Importing rows: all or nothing, row-precise errors, duplicates, households and tags.
#include <core/clock.h>
#include <core/idnumber.h>
#include <registry/registrymigrations.h>
#include <registry/registryservice.h>
#include <registry/residentimporter.h>
#include <staff/setup.h>
#include <staff/staffmigrations.h>
#include <storage/outbox.h>

#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Linli;
using Registry::ImportRow;

namespace {

QString validId(const QString &birth, int seq)
{
    const QString first17 = u"110105"_s + birth + QString::number(seq).rightJustified(3, u'0');
    return first17 + Core::IdNumber::mainlandCheckCharacter(first17);
}

ImportRow row(int number, const QString &name, const QString &id, const QString &room, const QString &relation = {},
              const QString &tags = {})
{
    ImportRow r;
    r.row = number;
    r.cells = {
        {u"name"_s, name},      {u"id_number"_s, id},      {u"building"_s, u"3"_s}, {u"unit"_s, u"2"_s},
        {u"room"_s, room},      {u"relation"_s, relation}, {u"tags"_s, tags},       {u"phone"_s, u"13812345678"_s},
        {u"area"_s, u"87.35"_s}};
    return r;
}

} // namespace

class TestResidentImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void allOrNothingWithPreciseErrors();
    void skipInvalidWritesTheValidRows();
    void dryRunWritesNothing();
    void duplicatesInFileAndAgainstRegistry();
    void householdsAndHeads();
    void permissionChecked();
    void checkStopsAfterAThousandErrors();
    void dryRunStopsAfterAThousandErrorsToo();

private:
    qint64 residents() { return Registry::RegistryService(*m_session->store).counts()->residents; }
    QList<ImportRow> messyRows();

    QTemporaryDir m_dir;
    Core::ManualClock m_clock{QDateTime(QDate(2026, 11, 29), QTime(10, 0)).toMSecsSinceEpoch()};
    std::optional<Staff::Session> m_session;
    Registry::ImportOptions m_options{u"幸福里"_s, u"花名册.xlsx"_s, false, false};
};

void TestResidentImporter::init()
{
    QList<Storage::Migration> migrations = Staff::staffMigrations();
    migrations += Registry::registryMigrations();
    QString key;
    auto s = Staff::createDatabase(m_dir.filePath(u"i.linli"_s), u"admin"_s, u"Admin-pass-1"_s, {}, migrations, m_clock,
                                   &key);
    QVERIFY(s);
    m_session = std::move(*s);
}

void TestResidentImporter::cleanup()
{
    m_session.reset();
    for (const QString &f : {u"i.linli"_s, u"i.linli.keys"_s, u"i.linli-wal"_s, u"i.linli-shm"_s})
        QFile::remove(m_dir.filePath(f));
}

QList<ImportRow> TestResidentImporter::messyRows()
{
    QString badCheck = validId(u"19800506"_s, 12);
    badCheck[17] = badCheck[17] == u'1' ? u'2' : u'1';
    return {row(4, u"张三丰"_s, validId(u"19491231"_s, 1), u"501"_s, u"户主"_s, u"党员、独居老人"_s),
            row(5, u"李四"_s, u"1.10105E+17"_s, u"501"_s, u"配偶"_s), row(6, u"王五"_s, badCheck, u"502"_s),
            row(8, u"赵六"_s, validId(u"19900304"_s, 21), u"502"_s, u"户主"_s, u"不存在的标签"_s),
            row(9, u"孙七"_s, validId(u"19900304"_s, 23), u"601"_s, u"户主"_s)};
}

void TestResidentImporter::allOrNothingWithPreciseErrors()
{
    Registry::ResidentImporter importer(*m_session->store, m_session->actor);
    const qint64 outboxBefore = Storage::Outbox::pendingCount(*m_session->store).value();
    auto r = importer.run(messyRows(), m_options);
    QVERIFY(r);
    QCOMPARE(r->dataRows, 5);
    QCOMPARE(r->imported, 0);
    QVERIFY(!r->written);
    QCOMPARE(r->errors.size(), 3);
    QCOMPARE(r->errors.at(0).row, 5);
    QCOMPARE(r->errors.at(0).column, u"id_number"_s);
    QCOMPARE(r->errors.at(0).code, u"id.scientific"_s);
    QCOMPARE(r->errors.at(1).row, 6);
    QCOMPARE(r->errors.at(1).code, u"id.checksum"_s);
    QCOMPARE(r->errors.at(2).row, 8);
    QCOMPARE(r->errors.at(2).column, u"tags"_s);
    for (const auto &e : r->errors)
        QVERIFY(!e.message.isEmpty());
    QCOMPARE(residents(), 0);
    QCOMPARE(Storage::Outbox::pendingCount(*m_session->store).value(), outboxBefore); // nothing at all
    const Reports::Report report = Registry::ResidentImporter::errorReport(*r, m_options.sourceName);
    QCOMPARE(report.tables.first().rows.size(), 3);
    QCOMPARE(report.tables.first().rows.first().first(), u"5"_s);
}

void TestResidentImporter::skipInvalidWritesTheValidRows()
{
    Registry::ImportOptions options = m_options;
    options.skipInvalid = true;
    auto r = Registry::ResidentImporter(*m_session->store, m_session->actor).run(messyRows(), options);
    QVERIFY(r);
    QVERIFY(r->written);
    QCOMPARE(r->imported, 2);
    QCOMPARE(r->errors.size(), 3);
    QCOMPARE(residents(), 2);
    // Tags by their Chinese names; the area of the room kept exactly.
    auto tags = m_session->store->connection().scalar(u"SELECT count(*) FROM reg_resident_tags"_s);
    QCOMPARE(tags->toInt(), 2);
    auto area = m_session->store->connection().scalar(u"SELECT area_cm2 FROM reg_rooms WHERE number = '501'"_s);
    QCOMPARE(area->toLongLong(), 8735);
}

void TestResidentImporter::dryRunWritesNothing()
{
    Registry::ImportOptions options = m_options;
    options.dryRun = true;
    QList<ImportRow> good = {row(2, u"周八"_s, validId(u"19700101"_s, 31), u"101"_s, u"户主"_s)};
    auto r = Registry::ResidentImporter(*m_session->store, m_session->actor).run(good, options);
    QVERIFY(r);
    QCOMPARE(r->imported, 1);
    QVERIFY(!r->written);
    QCOMPARE(residents(), 0);
}

void TestResidentImporter::duplicatesInFileAndAgainstRegistry()
{
    const QString id = validId(u"19700101"_s, 31);
    Registry::ResidentImporter importer(*m_session->store, m_session->actor);
    auto twice = importer.run({row(2, u"周八"_s, id, u"101"_s), row(3, u"周捌"_s, id.toLower(), u"102"_s)}, m_options);
    QCOMPARE(twice->errors.size(), 1);
    QCOMPARE(twice->errors.first().code, u"id.duplicate_in_file"_s);
    QVERIFY(twice->errors.first().message.contains(u"2"_s));
    QVERIFY(importer.run({row(2, u"周八"_s, id, u"101"_s)}, m_options)->written);
    auto again = importer.run({row(7, u"周八"_s, id, u"101"_s)}, m_options);
    QCOMPARE(again->errors.first().code, u"id.duplicate"_s);
    QCOMPARE(residents(), 1);
}

void TestResidentImporter::householdsAndHeads()
{
    // The head is listed second; both live in 3-2-501, a third person in 3-2-502.
    QList<ImportRow> rows = {row(2, u"李四"_s, validId(u"19520101"_s, 22), u"501"_s, u"配偶"_s),
                             row(3, u"张三丰"_s, validId(u"19491231"_s, 1), u"501"_s, u"户主"_s),
                             row(4, u"王五"_s, validId(u"19800506"_s, 11), u"502"_s)};
    auto r = Registry::ResidentImporter(*m_session->store, m_session->actor).run(rows, m_options);
    QVERIFY(r && r->written);
    auto &c = m_session->store->connection();
    QCOMPARE(c.scalar(u"SELECT count(*) FROM reg_households"_s)->toInt(), 2);
    QCOMPARE(c.scalar(u"SELECT count(*) FROM reg_compounds WHERE name = '幸福里'"_s)->toInt(), 1);
    auto head = c.scalar(u"SELECT r.name FROM reg_households h JOIN reg_residents r ON r.id = h.head_id"
                         u" JOIN reg_rooms rm ON rm.id = h.room_id WHERE rm.number = '501'"_s);
    QCOMPARE(head->toString(), u"张三丰"_s);
    // A second import into the same rooms joins the existing households.
    QVERIFY(Registry::ResidentImporter(*m_session->store, m_session->actor)
                .run({row(2, u"张小丰"_s, validId(u"20100101"_s, 13), u"501"_s, u"孙子"_s)}, m_options)
                ->written);
    QCOMPARE(c.scalar(u"SELECT count(*) FROM reg_households"_s)->toInt(), 2);
}

void TestResidentImporter::permissionChecked()
{
    Core::Actor clerk = m_session->actor;
    clerk.role = Core::Role::PropertyClerk;
    auto r = Registry::ResidentImporter(*m_session->store, clerk).run(messyRows(), m_options);
    QVERIFY(!r);
    QCOMPARE(r.error().code(), ErrorCode::PermissionDenied);
}

// 1,500 rows that are all wrong: the check stops at the 1,000th error and says how many rows it
// left; nothing is written, with or without --skip-invalid.
void TestResidentImporter::checkStopsAfterAThousandErrors()
{
    QList<ImportRow> rows;
    for (int i = 0; i < 1500; ++i)
        rows.append(row(3 + i, u"某某"_s, u"1.10105E+17"_s, u"101"_s));
    auto r = Registry::ResidentImporter(*m_session->store, m_session->actor).run(rows, m_options);
    QVERIFY(r);
    QCOMPARE(r->errors.size(), 1000);
    QCOMPARE(r->errors.constLast().row, 1002);
    QVERIFY(!r->written);
    QCOMPARE(residents(), 0);

    Registry::ImportOptions skip = m_options;
    skip.skipInvalid = true;
    rows.prepend(row(2, u"周八"_s, validId(u"19700101"_s, 31), u"101"_s, u"户主"_s));
    auto s = Registry::ResidentImporter(*m_session->store, m_session->actor).run(rows, skip);
    QVERIFY(s);
    QCOMPARE(s->errors.size(), 1000);
    QVERIFY(!s->written);
    QCOMPARE(residents(), 0);
}

void TestResidentImporter::dryRunStopsAfterAThousandErrorsToo()
{
    Registry::ImportOptions options = m_options;
    options.dryRun = true;
    QList<ImportRow> rows;
    for (int i = 0; i < 1200; ++i)
        rows.append(row(2 + i, u"某某"_s, u"1.10105E+17"_s, u"101"_s));
    auto r = Registry::ResidentImporter(*m_session->store, m_session->actor).run(rows, options);
    QVERIFY(r);
    QCOMPARE(r->errors.size(), 1000);
    QCOMPARE(r->imported, 0);
}

QTEST_GUILESS_MAIN(TestResidentImporter)
#include "tst_residentimporter.moc"
