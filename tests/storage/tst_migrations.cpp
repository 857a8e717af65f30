// Schema steps: each applied exactly once, in order, each in its own transaction; a database
// from a newer Linli is refused rather than half-understood.
#include "storagetestutil.h"

#include <core/clock.h>
#include <storage/connection.h>
#include <storage/migrations.h>
#include <storage/store.h>

#include <QtCore/QFileInfo>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Linli;
using namespace Linli::Storage;
using Linli::TestUtil::describe;

namespace {

// The storage module's own schema, always applied first and to its newest step.
int storageVersion()
{
    return Storage::storageMigrations().last().version;
}

const QString User = u"admin"_s;
const QString Password = u"pw"_s;

Migration step(int version, const QString &sql)
{
    return {u"shop"_s, version, u"step %1"_s.arg(version), sql};
}

// v1 makes a table, v2 records that it ran, v3 adds a column. CREATE TABLE without IF NOT
// EXISTS would fail if a step ran twice; the counter would show it too.
const Migration V1 = step(1, u"CREATE TABLE shop_item (id TEXT PRIMARY KEY, name TEXT NOT NULL);"
                             " CREATE TABLE shop_ran (version INTEGER NOT NULL);"
                             " INSERT INTO shop_ran VALUES (1);"_s);
const Migration V2 = step(2, u"CREATE INDEX shop_item_name ON shop_item (name); INSERT INTO shop_ran VALUES (2);"_s);
const Migration V3 = step(3, u"ALTER TABLE shop_item ADD COLUMN price_fen INTEGER NOT NULL DEFAULT 0;"
                             " INSERT INTO shop_ran VALUES (3);"_s);

QList<QPair<QString, int>> versions(Store &store)
{
    auto v = schemaVersions(store.connection());
    return v.ok() ? *v : QList<QPair<QString, int>>{{u"<error>"_s, -1}};
}

QList<int> ranSteps(Store &store)
{
    QList<int> out;
    auto rows = store.connection().select(u"SELECT version FROM shop_ran ORDER BY rowid"_s);
    if (rows.ok()) {
        for (const QVariantList &r : std::as_const(*rows))
            out.append(r.at(0).toInt());
    }
    return out;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void appliedOnceInOrder();
    void reopenDoesNotReapply();
    void laterStepsAppliedOnUpgrade();
    void newerDatabaseIsRefused();
    void unknownModuleIsRefused();
    void failingStepIsRolledBack();
    void stepsOutOfOrderAreRefused();
    void createWithFailingStepLeavesNoFiles();
    void createFailingAfterMigrationsLeavesNoFiles();
    void schemaVersionsOnAnEmptyConnection();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    Core::ManualClock m_clock;
};

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"m.linli"_s);
}

void TestMigrations::appliedOnceInOrder()
{
    auto store = Store::create(m_path, User, Password, {V1, V2}, m_clock, nullptr);
    QVERIFY2(store.ok(), store.ok() ? "" : describe(store.error()).constData());
    QCOMPARE(versions(**store), (QList<QPair<QString, int>>{{u"shop"_s, 2}, {u"storage"_s, storageVersion()}}));
    QCOMPARE(ranSteps(**store), (QList<int>{1, 2}));
    const auto rows = (*store)->connection().select(
        u"SELECT module, version, description, applied_at FROM linli_schema WHERE module = 'shop' ORDER BY version"_s);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).at(2).toString(), u"step 1"_s);
    QCOMPARE(rows->at(1).at(3).toLongLong(), m_clock.nowMs());
}

void TestMigrations::reopenDoesNotReapply()
{
    {
        auto store = Store::create(m_path, User, Password, {V1, V2}, m_clock, nullptr);
        QVERIFY(store.ok());
    }
    const qint64 createdAt = m_clock.nowMs();
    for (int i = 0; i < 2; ++i) {
        m_clock.advanceMs(60'000);
        auto store = Store::open(m_path, Credentials::password(User, Password), {V1, V2}, m_clock);
        QVERIFY2(store.ok(), store.ok() ? "" : describe(store.error()).constData());
        QCOMPARE(ranSteps(**store), (QList<int>{1, 2}));
        QCOMPARE(versions(**store), (QList<QPair<QString, int>>{{u"shop"_s, 2}, {u"storage"_s, storageVersion()}}));
        const auto applied = (*store)->connection().scalar(u"SELECT max(applied_at) FROM linli_schema"_s);
        QCOMPARE(applied->toLongLong(), createdAt);
        const auto count = (*store)->connection().scalar(u"SELECT count(*) FROM linli_schema"_s);
        QCOMPARE(count->toInt(), storageVersion() + 2); // storage's steps and the two of the test
    }
}

void TestMigrations::laterStepsAppliedOnUpgrade()
{
    {
        auto store = Store::create(m_path, User, Password, {V1}, m_clock, nullptr);
        QVERIFY(store.ok());
        QCOMPARE(ranSteps(**store), QList<int>{1});
    }
    m_clock.advanceMs(1000);
    auto store = Store::open(m_path, Credentials::password(User, Password), {V1, V2, V3}, m_clock);
    QVERIFY2(store.ok(), store.ok() ? "" : describe(store.error()).constData());
    QCOMPARE(ranSteps(**store), (QList<int>{1, 2, 3}));
    QCOMPARE(versions(**store), (QList<QPair<QString, int>>{{u"shop"_s, 3}, {u"storage"_s, storageVersion()}}));
    QVERIFY((*store)->connection().execute(u"INSERT INTO shop_item (id, name, price_fen) VALUES ('a', 'x', 5)"_s).ok());
    const auto when =
        (*store)->connection().scalar(u"SELECT applied_at FROM linli_schema WHERE module = 'shop' AND version = 3"_s);
    QCOMPARE(when->toLongLong(), m_clock.nowMs());
}

void TestMigrations::newerDatabaseIsRefused()
{
    {
        auto store = Store::create(m_path, User, Password, {V1, V2, V3}, m_clock, nullptr);
        QVERIFY(store.ok());
    }
    const QByteArray before = TestUtil::fileSha256(m_path);
    // An older program that knows only the first two steps.
    auto store = Store::open(m_path, Credentials::password(User, Password), {V1, V2}, m_clock);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code(), ErrorCode::InvalidInput);
    QVERIFY(!store.error().message().isEmpty());
    QCOMPARE(TestUtil::fileSha256(m_path), before);
    QCOMPARE(TestUtil::filesIn(m_dir->path()), (QStringList{u"m.linli"_s, u"m.linli.keys"_s}));

    // The program that knows all steps still opens it, unchanged in schema.
    auto current = Store::open(m_path, Credentials::password(User, Password), {V1, V2, V3}, m_clock);
    QVERIFY(current.ok());
    QCOMPARE(ranSteps(**current), (QList<int>{1, 2, 3}));
}

void TestMigrations::unknownModuleIsRefused()
{
    // A module this program does not know at all was added by a newer Linli.
    {
        auto store = Store::create(m_path, User, Password, {V1}, m_clock, nullptr);
        QVERIFY(store.ok());
    }
    auto store = Store::open(m_path, Credentials::password(User, Password), {}, m_clock);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code(), ErrorCode::InvalidInput);
}

void TestMigrations::failingStepIsRolledBack()
{
    {
        auto store = Store::create(m_path, User, Password, {V1}, m_clock, nullptr);
        QVERIFY(store.ok());
    }
    // The first statement works, the second fails: the step must leave no trace.
    const Migration broken = step(2, u"CREATE TABLE shop_half (x INTEGER); INSERT INTO shop_ran VALUES (2);"
                                     " INSERT INTO no_such_table VALUES (1);"_s);
    auto failed = Store::open(m_path, Credentials::password(User, Password), {V1, broken}, m_clock);
    QVERIFY(!failed.ok());
    QVERIFY(!failed.error().message().isEmpty());

    auto store = Store::open(m_path, Credentials::password(User, Password), {V1}, m_clock);
    QVERIFY2(store.ok(), store.ok() ? "" : describe(store.error()).constData());
    QCOMPARE(versions(**store), (QList<QPair<QString, int>>{{u"shop"_s, 1}, {u"storage"_s, storageVersion()}}));
    QCOMPARE(ranSteps(**store), QList<int>{1});
    const auto half = (*store)->connection().scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'shop_half'"_s);
    QCOMPARE(half->toInt(), 0);
    QVERIFY(!(*store)->connection().inTransaction());
    store->reset();

    // The fixed release applies the step normally.
    auto fixed = Store::open(m_path, Credentials::password(User, Password), {V1, V2}, m_clock);
    QVERIFY(fixed.ok());
    QCOMPARE(ranSteps(**fixed), (QList<int>{1, 2}));
}

void TestMigrations::stepsOutOfOrderAreRefused()
{
    {
        auto store = Store::create(m_path, User, Password, {V1}, m_clock, nullptr);
        QVERIFY(store.ok());
    }
    // Step 2 is missing from the list: step 3 must not be applied on top of step 1.
    auto store = Store::open(m_path, Credentials::password(User, Password), {V1, V3}, m_clock);
    QVERIFY(!store.ok());
    QCOMPARE(store.error().code(), ErrorCode::Internal);
    auto check = Store::open(m_path, Credentials::password(User, Password), {V1}, m_clock);
    QVERIFY(check.ok());
    QCOMPARE(ranSteps(**check), QList<int>{1});
}

void TestMigrations::createWithFailingStepLeavesNoFiles()
{
    const Migration broken = step(1, u"CREATE TABLE ok_table (x INTEGER); THIS IS NOT SQL;"_s);
    auto store = Store::create(m_path, User, Password, {broken}, m_clock, nullptr);
    QVERIFY(!store.ok());
    QVERIFY(!store.error().message().isEmpty());
    QCOMPARE(TestUtil::filesIn(m_dir->path()), QStringList());
}

void TestMigrations::createFailingAfterMigrationsLeavesNoFiles()
{
    // The migrations succeed, but writing the database identity afterwards fails (here a
    // module's trigger refuses it): creation is still all-or-nothing.
    const Migration hostile = step(1, u"CREATE TRIGGER shop_no_meta BEFORE INSERT ON linli_meta"
                                      " BEGIN SELECT RAISE(ABORT, 'refused'); END;"_s);
    auto store = Store::create(m_path, User, Password, {hostile}, m_clock, nullptr);
    QVERIFY(!store.ok());
    QVERIFY(!store.error().message().isEmpty());
    QCOMPARE(TestUtil::filesIn(m_dir->path()), QStringList());

    // The name is free again for a proper database.
    auto good = Store::create(m_path, User, Password, {V1}, m_clock, nullptr);
    QVERIFY2(good.ok(), good.ok() ? "" : describe(good.error()).constData());
}

void TestMigrations::schemaVersionsOnAnEmptyConnection()
{
    auto conn = Connection::open(m_path, SecretKey::random(), Connection::Mode::CreateNew);
    QVERIFY2(conn.ok(), conn.ok() ? "" : describe(conn.error()).constData());
    auto none = schemaVersions(**conn);
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
    QVERIFY(applyMigrations(**conn, {V1, V2}, 42).ok());
    auto some = schemaVersions(**conn);
    QVERIFY(some.ok());
    QCOMPARE(*some, (QList<QPair<QString, int>>{{u"shop"_s, 2}}));
    // Applying the same list again is a no-op.
    QVERIFY(applyMigrations(**conn, {V1, V2}, 43).ok());
    QCOMPARE((*conn)->scalar(u"SELECT count(*) FROM shop_ran"_s)->toInt(), 2);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
