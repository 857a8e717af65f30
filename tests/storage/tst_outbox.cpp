// Invariants 3 and 4: synced rows are stamped (UUID, HLC, origin device, tombstone) and every
// write appends to the outbox in the same transaction — both are committed or neither is.
#include "storagetestutil.h"

#include <core/clock.h>
#include <storage/outbox.h>
#include <storage/store.h>
#include <storage/transaction.h>

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Linli;
using namespace Linli::Storage;
using Linli::TestUtil::describe;

namespace {
const QString Table = u"tst_person"_s;
}

class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void upsertInsertsThenUpdates();
    void tombstone();
    void tombstoneOfUnknownRowIsNotFound();
    void rollbackByDestructorLeavesNothing();
    void explicitRollbackLeavesNothing();
    void failureMidwayLeavesNothing();
    void outboxFailureUndoesTheRowWrite();
    void unknownColumnIsRefused();
    void notASyncedTableIsRefused();
    void hlcContinuesAfterReopen();
    void insertIsForNewIdsOnly();
    void payloadIsTheJsonOfTheFields();

private:
    Result<qint64> count(const QString &sql, const QVariantList &params = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    Core::ManualClock m_clock;
    std::unique_ptr<Store> m_store;
};

void TestOutbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto created =
        Store::create(m_dir->filePath(u"o.linli"_s), u"admin"_s, u"pw"_s, TestUtil::testMigrations(), m_clock, nullptr);
    QVERIFY2(created.ok(), created.ok() ? "" : describe(created.error()).constData());
    m_store = std::move(*created);
}

void TestOutbox::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

Result<qint64> TestOutbox::count(const QString &sql, const QVariantList &params)
{
    auto v = m_store->connection().scalar(sql, params);
    if (!v)
        return v.error();
    return v->toLongLong();
}

void TestOutbox::upsertInsertsThenUpdates()
{
    Store &store = *m_store;
    const QString id = store.newId().toString();
    {
        Transaction tx(store.connection());
        QVERIFY(tx.isActive());
        const auto s = Outbox::upsert(store, Table, id, {{u"name"_s, u"王芳"_s}, {u"age"_s, 71}});
        QVERIFY2(s.ok(), s.ok() ? "" : describe(s.error()).constData());
        QVERIFY(tx.commit().ok());
    }
    auto row = store.connection().select(
        u"SELECT name, age, phone, hlc, origin_device, deleted FROM tst_person WHERE id = ?"_s, {id});
    QVERIFY(row.ok());
    QCOMPARE(row->size(), 1);
    QCOMPARE(row->at(0).at(0).toString(), u"王芳"_s);
    QCOMPARE(row->at(0).at(1).toInt(), 71);
    QVERIFY(row->at(0).at(2).isNull());
    const QString firstHlc = row->at(0).at(3).toString();
    QVERIFY(Core::Hlc::parse(firstHlc).ok());
    QCOMPARE(row->at(0).at(4).toString(), store.deviceId());
    QCOMPARE(row->at(0).at(5).toInt(), 0);

    auto entries = Outbox::pending(store, 100);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 1);
    const Outbox::Entry first = entries->at(0);
    QCOMPARE(first.entity, Table);
    QCOMPARE(first.rowId, id);
    QCOMPARE(first.op, u"upsert"_s);
    QCOMPARE(first.hlc, firstHlc);
    QCOMPARE(first.originDevice, store.deviceId());
    QJsonParseError pe;
    const QJsonObject payload = QJsonDocument::fromJson(first.payload.toUtf8(), &pe).object();
    QCOMPARE(pe.error, QJsonParseError::NoError);
    QCOMPARE(payload.value(u"name"_s).toString(), u"王芳"_s);
    QCOMPARE(payload.value(u"age"_s).toInt(), 71);

    // The same id again: an update of the one row, and a second outbox entry.
    {
        Transaction tx(store.connection());
        const auto s = Outbox::upsert(store, Table, id, {{u"phone"_s, u"13800138000"_s}, {u"age"_s, 72}});
        QVERIFY2(s.ok(), s.ok() ? "" : describe(s.error()).constData());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(*count(u"SELECT count(*) FROM tst_person"_s), 1);
    row = store.connection().select(u"SELECT name, age, phone, hlc FROM tst_person WHERE id = ?"_s, {id});
    QCOMPARE(row->at(0).at(0).toString(), u"王芳"_s); // untouched field kept
    QCOMPARE(row->at(0).at(1).toInt(), 72);
    QCOMPARE(row->at(0).at(2).toString(), u"13800138000"_s);
    const QString secondHlc = row->at(0).at(3).toString();
    QVERIFY(firstHlc < secondHlc);

    entries = Outbox::pending(store, 100);
    QCOMPARE(entries->size(), 2);
    QVERIFY(entries->at(0).seq < entries->at(1).seq);
    QCOMPARE(entries->at(1).rowId, id);
    QCOMPARE(entries->at(1).op, u"upsert"_s);
    QCOMPARE(entries->at(1).hlc, secondHlc);
    const QJsonObject payload2 = QJsonDocument::fromJson(entries->at(1).payload.toUtf8()).object();
    QCOMPARE(payload2.value(u"phone"_s).toString(), u"13800138000"_s);
    QCOMPARE(payload2.value(u"age"_s).toInt(), 72);
    QVERIFY(!payload2.contains(u"name"_s));
    QCOMPARE(*Outbox::pendingCount(store), 2);

    // Many writes in one transaction, with the clock standing still: strictly increasing stamps.
    {
        Transaction tx(store.connection());
        for (int i = 0; i < 50; ++i)
            QVERIFY(Outbox::upsert(store, Table, store.newId().toString(), {{u"name"_s, u"n%1"_s.arg(i)}}).ok());
        QVERIFY(tx.commit().ok());
    }
    entries = Outbox::pending(store, 1000);
    QCOMPARE(entries->size(), 52);
    for (qsizetype i = 1; i < entries->size(); ++i)
        QVERIFY2(entries->at(i - 1).hlc < entries->at(i).hlc, qPrintable(entries->at(i).hlc));
    QCOMPARE(Outbox::pending(store, 10)->size(), 10);
}

void TestOutbox::tombstone()
{
    Store &store = *m_store;
    const QString id = store.newId().toString();
    {
        Transaction tx(store.connection());
        QVERIFY(Outbox::upsert(store, Table, id, {{u"name"_s, u"赵六"_s}}).ok());
        QVERIFY(tx.commit().ok());
    }
    m_clock.advanceMs(1000);
    {
        Transaction tx(store.connection());
        const auto s = Outbox::tombstone(store, Table, id);
        QVERIFY2(s.ok(), s.ok() ? "" : describe(s.error()).constData());
        QVERIFY(tx.commit().ok());
    }
    // The row stays, marked deleted, so the deletion can sync.
    auto row = store.connection().select(u"SELECT deleted, name, hlc FROM tst_person WHERE id = ?"_s, {id});
    QCOMPARE(row->size(), 1);
    QCOMPARE(row->at(0).at(0).toInt(), 1);
    QCOMPARE(row->at(0).at(1).toString(), u"赵六"_s);
    auto entries = Outbox::pending(store, 10);
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(1).op, u"delete"_s);
    QCOMPARE(entries->at(1).rowId, id);
    QCOMPARE(entries->at(1).hlc, row->at(0).at(2).toString());
    QVERIFY(entries->at(0).hlc < entries->at(1).hlc);
    QCOMPARE(Core::Hlc::parse(entries->at(1).hlc)->wallMs, m_clock.nowMs());

    // Writing it again brings it back.
    {
        Transaction tx(store.connection());
        QVERIFY(Outbox::upsert(store, Table, id, {{u"name"_s, u"赵六"_s}}).ok());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(*count(u"SELECT deleted FROM tst_person WHERE id = ?"_s, {id}), 0);
    QCOMPARE(*Outbox::pendingCount(store), 3);
}

void TestOutbox::tombstoneOfUnknownRowIsNotFound()
{
    Store &store = *m_store;
    Transaction tx(store.connection());
    const auto s = Outbox::tombstone(store, Table, store.newId().toString());
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code(), ErrorCode::NotFound);
    QVERIFY(!s.error().message().isEmpty());
    QVERIFY(tx.commit().ok());
    QCOMPARE(*Outbox::pendingCount(store), 0);
}

void TestOutbox::rollbackByDestructorLeavesNothing()
{
    Store &store = *m_store;
    const QString id = store.newId().toString();
    {
        Transaction tx(store.connection());
        QVERIFY(tx.isActive());
        QVERIFY(Outbox::upsert(store, Table, id, {{u"name"_s, u"不会保存"_s}}).ok());
        // Inside the transaction both are visible...
        QCOMPARE(*count(u"SELECT count(*) FROM tst_person WHERE id = ?"_s, {id}), 1);
        QCOMPARE(*count(u"SELECT count(*) FROM sync_outbox WHERE row_id = ?"_s, {id}), 1);
        // ...and the use case returns early without commit().
    }
    QVERIFY(!store.connection().inTransaction());
    QCOMPARE(*count(u"SELECT count(*) FROM tst_person"_s), 0);
    QCOMPARE(*count(u"SELECT count(*) FROM sync_outbox"_s), 0);
}

void TestOutbox::explicitRollbackLeavesNothing()
{
    Store &store = *m_store;
    Transaction tx(store.connection());
    QVERIFY(Outbox::upsert(store, Table, store.newId().toString(), {{u"name"_s, u"a"_s}}).ok());
    tx.rollback();
    QVERIFY(!tx.isActive());
    QVERIFY(!tx.commit().ok()); // nothing left to commit
    QCOMPARE(*count(u"SELECT count(*) FROM tst_person"_s), 0);
    QCOMPARE(*count(u"SELECT count(*) FROM sync_outbox"_s), 0);
}

void TestOutbox::failureMidwayLeavesNothing()
{
    Store &store = *m_store;
    const auto useCase = [&store]() -> Status {
        Transaction tx(store.connection());
        if (!tx.isActive())
            return tx.error();
        if (auto s = Outbox::upsert(store, Table, store.newId().toString(), {{u"name"_s, u"first"_s}}); !s)
            return s;
        if (auto s = Outbox::upsert(store, Table, store.newId().toString(), {{u"name"_s, u"second"_s}}); !s)
            return s;
        // name is NOT NULL: this write fails half-way through the use case.
        if (auto s = Outbox::upsert(store, Table, store.newId().toString(), {{u"age"_s, 3}}); !s)
            return s;
        return tx.commit();
    };
    const Status result = useCase();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), ErrorCode::Conflict);
    QVERIFY(!store.connection().inTransaction());
    QCOMPARE(*count(u"SELECT count(*) FROM tst_person"_s), 0);
    QCOMPARE(*count(u"SELECT count(*) FROM sync_outbox"_s), 0);

    // The store is usable afterwards.
    Transaction tx(store.connection());
    QVERIFY(Outbox::upsert(store, Table, store.newId().toString(), {{u"name"_s, u"after"_s}}).ok());
    QVERIFY(tx.commit().ok());
    QCOMPARE(*count(u"SELECT count(*) FROM tst_person"_s), 1);
    QCOMPARE(*count(u"SELECT count(*) FROM sync_outbox"_s), 1);
}

void TestOutbox::outboxFailureUndoesTheRowWrite()
{
    // The row is written, then appending to the outbox fails: the row must not survive alone.
    Store &store = *m_store;
    QVERIFY(store.connection()
                .exec(u"CREATE TRIGGER tst_fail_outbox BEFORE INSERT ON sync_outbox WHEN NEW.row_id = 'boom'"
                      " BEGIN SELECT RAISE(ABORT, 'outbox full'); END;"_s)
                .ok());
    {
        Transaction tx(store.connection());
        QVERIFY(Outbox::upsert(store, Table, u"ok-row"_s, {{u"name"_s, u"kept?"_s}}).ok());
        const auto s = Outbox::upsert(store, Table, u"boom"_s, {{u"name"_s, u"orphan?"_s}});
        QVERIFY(!s.ok());
        // The use case gives up; the transaction is not committed.
    }
    QCOMPARE(*count(u"SELECT count(*) FROM tst_person"_s), 0);
    QCOMPARE(*count(u"SELECT count(*) FROM sync_outbox"_s), 0);

    // The same for a tombstone on a committed row.
    {
        Transaction tx(store.connection());
        QVERIFY(Outbox::upsert(store, Table, u"victim"_s, {{u"name"_s, u"v"_s}}).ok());
        QVERIFY(tx.commit().ok());
    }
    QVERIFY(store.connection()
                .exec(u"DROP TRIGGER tst_fail_outbox;"
                      " CREATE TRIGGER tst_fail_delete BEFORE INSERT ON sync_outbox WHEN NEW.op = 'delete'"
                      " BEGIN SELECT RAISE(ABORT, 'outbox full'); END;"_s)
                .ok());
    {
        Transaction tx(store.connection());
        QVERIFY(!Outbox::tombstone(store, Table, u"victim"_s).ok());
    }
    QCOMPARE(*count(u"SELECT deleted FROM tst_person WHERE id = 'victim'"_s), 0);
    QCOMPARE(*count(u"SELECT count(*) FROM sync_outbox"_s), 1);
}

void TestOutbox::unknownColumnIsRefused()
{
    Store &store = *m_store;
    Transaction tx(store.connection());
    const QString id = store.newId().toString();
    for (const QVariantMap &fields :
         {QVariantMap{{u"name"_s, u"x"_s}, {u"no_such_column"_s, 1}},
          QVariantMap{{u"name"_s, u"x"_s}, {u"hlc"_s, u"0000000000000001-000000"_s}},
          QVariantMap{{u"name"_s, u"x"_s}, {u"deleted"_s, 1}}, QVariantMap{{u"name"_s, u"x"_s}, {u"id"_s, u"other"_s}},
          QVariantMap{{u"name"_s, u"x"_s}, {u"origin_device"_s, u"forged"_s}},
          QVariantMap{{u"name = 'x'; DROP TABLE tst_person; --"_s, 1}}}) {
        const auto s = Outbox::upsert(store, Table, id, fields);
        QVERIFY2(!s.ok(), qPrintable(fields.keys().join(u',')));
        QVERIFY(!s.error().message().isEmpty());
    }
    QVERIFY(tx.commit().ok());
    QCOMPARE(*count(u"SELECT count(*) FROM tst_person"_s), 0);
    QCOMPARE(*count(u"SELECT count(*) FROM sync_outbox"_s), 0);
}

void TestOutbox::notASyncedTableIsRefused()
{
    Store &store = *m_store;
    QVERIFY(store.connection().exec(u"CREATE TABLE plain_table (id TEXT PRIMARY KEY, name TEXT)"_s).ok());
    Transaction tx(store.connection());
    for (const QString &table :
         {u"plain_table"_s, u"no_such_table"_s, u"tst_person; DROP TABLE linli_meta"_s, u"tst_person WHERE 1"_s}) {
        const auto s = Outbox::upsert(store, table, u"x"_s, {{u"name"_s, u"x"_s}});
        QVERIFY2(!s.ok(), qPrintable(table));
        QVERIFY(!Outbox::tombstone(store, table, u"x"_s).ok());
    }
    QVERIFY(tx.commit().ok());
    QCOMPARE(*count(u"SELECT count(*) FROM plain_table"_s), 0);
    QCOMPARE(*count(u"SELECT count(*) FROM sync_outbox"_s), 0);
    QCOMPARE(*count(u"SELECT count(*) FROM sqlite_master WHERE name = 'linli_meta'"_s), 1);
}

void TestOutbox::hlcContinuesAfterReopen()
{
    const QString path = m_store->path();
    QString lastHlc;
    {
        Transaction tx(m_store->connection());
        for (int i = 0; i < 5; ++i)
            QVERIFY(Outbox::upsert(*m_store, Table, m_store->newId().toString(), {{u"name"_s, u"p"_s}}).ok());
        QVERIFY(tx.commit().ok());
        lastHlc = Outbox::pending(*m_store, 100)->last().hlc;
    }
    // Sync has sent and removed everything: the high-water mark must not live in the outbox only.
    QVERIFY(m_store->connection().exec(u"DELETE FROM sync_outbox"_s).ok());
    m_store.reset();
    // The PC's clock was set back a day before the program started again.
    Core::ManualClock earlier(m_clock.nowMs() - 86'400'000);
    auto reopened = Store::open(path, Credentials::password(u"admin"_s, u"pw"_s), TestUtil::testMigrations(), earlier);
    QVERIFY(reopened.ok());
    Store &store = **reopened;
    {
        Transaction tx(store.connection());
        QVERIFY(Outbox::upsert(store, Table, store.newId().toString(), {{u"name"_s, u"later"_s}}).ok());
        QVERIFY(tx.commit().ok());
    }
    const auto entries = Outbox::pending(store, 100);
    QCOMPARE(entries->size(), 1);
    QVERIFY2(lastHlc < entries->last().hlc, qPrintable(lastHlc + u" !< "_s + entries->last().hlc));
}

void TestOutbox::insertIsForNewIdsOnly()
{
    const QString id = m_store->newId().toString();
    {
        Transaction tx(m_store->connection());
        QVERIFY(Outbox::insert(*m_store, Table, id, {{u"name"_s, u"新"_s}}).ok());
        QVERIFY(tx.commit().ok());
    }
    const qint64 pending = Outbox::pendingCount(*m_store).value();
    QCOMPARE(Outbox::pending(*m_store, 100)->last().rowId, id);
    Transaction tx(m_store->connection());
    const Status again = Outbox::insert(*m_store, Table, id, {{u"name"_s, u"重复"_s}});
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code(), ErrorCode::Conflict);
    tx.rollback();
    QCOMPARE(Outbox::pendingCount(*m_store).value(), pending);
    auto name = m_store->connection().scalar(u"SELECT name FROM tst_person WHERE id = ?"_s, {id});
    QCOMPARE(name->toString(), u"新"_s);
}

void TestOutbox::payloadIsTheJsonOfTheFields()
{
    Store &store = *m_store;
    // Text that JSON must escape, Chinese, a 64-bit number and a null.
    const QVariantMap fields = {
        {u"name"_s, u"王\"芳\\ \n\t\u0001 é 𠀀"_s}, {u"age"_s, qint64(9007199254740993)}, {u"phone"_s, QVariant()}};
    {
        Transaction tx(store.connection());
        QVERIFY(Outbox::upsert(store, Table, store.newId().toString(), fields).ok());
        // A row made with insert() is sent whole at push time: its entry copies nothing.
        QVERIFY(Outbox::insert(store, Table, store.newId().toString(), fields).ok());
        QVERIFY(tx.commit().ok());
    }
    auto entries = Outbox::pending(store, 10);
    QVERIFY(entries.ok() && entries->size() == 2);
    QVERIFY(entries->at(1).payload.isEmpty());
    QCOMPARE(entries->at(1).op, u"upsert"_s);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(entries->first().payload.toUtf8(), &pe);
    QCOMPARE(pe.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(u"name"_s).toString(), fields.value(u"name"_s).toString());
    QVERIFY(doc.object().value(u"phone"_s).isNull());
    // The exact integer survives in the text (a double would round it).
    QVERIFY(entries->first().payload.contains(u"9007199254740993"_s));
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
