// Invariants 2 and 6: the audit log is append-only (triggers) and a hash chain that verify()
// checks — a changed, removed or re-forged entry is found, at the right place.
#include "storagetestutil.h"

#include <core/clock.h>
#include <storage/auditlog.h>
#include <storage/store.h>
#include <storage/transaction.h>

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <functional>
#include <limits>

using namespace Qt::StringLiterals;
using namespace Linli;
using namespace Linli::Storage;
using Linli::TestUtil::describe;

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyLogVerifies();
    void appendAndVerify();
    void queryByTime();
    void triggersRefuseUpdateAndDelete();
    void alteredEntryIsFound();
    void deletedEntryIsReportedMissing();
    void reforgedEntryBreaksTheNextLink();
    void appendedForgeryIsFound();
    void appendIsPartOfTheTransaction();
    void hashCoversEveryField();

private:
    void appendFive();
    Status dropTriggers();

    std::unique_ptr<QTemporaryDir> m_dir;
    Core::ManualClock m_clock;
    std::unique_ptr<Store> m_store;
};

void TestAuditLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto created = Store::create(m_dir->filePath(u"a.linli"_s), u"admin"_s, u"pw"_s, {}, m_clock, nullptr);
    QVERIFY2(created.ok(), created.ok() ? "" : describe(created.error()).constData());
    m_store = std::move(*created);
}

void TestAuditLog::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestAuditLog::appendFive()
{
    const QStringList actions = {u"login"_s, u"user.add"_s, u"export"_s, u"print"_s, u"logout"_s};
    for (int i = 0; i < actions.size(); ++i) {
        Transaction tx(m_store->connection());
        const auto s = AuditLog::append(*m_store, u"admin"_s, actions.at(i), u"target-%1"_s.arg(i + 1),
                                        QJsonObject{{u"n"_s, i + 1}, {u"note"_s, u"第%1条"_s.arg(i + 1)}});
        QVERIFY2(s.ok(), s.ok() ? "" : describe(s.error()).constData());
        QVERIFY(tx.commit().ok());
        m_clock.advanceMs(1000);
    }
}

Status TestAuditLog::dropTriggers()
{
    return m_store->connection().exec(u"DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;"_s);
}

void TestAuditLog::emptyLogVerifies()
{
    const auto v = AuditLog::verify(m_store->connection());
    QVERIFY(v.ok());
    QVERIFY(v->ok());
    QCOMPARE(v->entries, 0);
    QCOMPARE(*AuditLog::count(m_store->connection()), 0);
}

void TestAuditLog::appendAndVerify()
{
    appendFive();
    QCOMPARE(*AuditLog::count(m_store->connection()), 5);
    const auto v = AuditLog::verify(m_store->connection());
    QVERIFY(v.ok());
    QVERIFY2(v->ok(), qPrintable(v->problem));
    QCOMPARE(v->entries, 5);
    QCOMPARE(v->firstBrokenSeq, 0);

    const auto all = AuditLog::query(m_store->connection(), 0, std::numeric_limits<qint64>::max());
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 5);
    QCOMPARE(all->at(0).seq, 1);
    QCOMPARE(all->at(0).prevHash, QString(64, u'0'));
    for (int i = 0; i < 5; ++i) {
        const AuditEntry &e = all->at(i);
        QCOMPARE(e.seq, i + 1);
        QCOMPARE(e.actor, u"admin"_s);
        QCOMPARE(e.target, u"target-%1"_s.arg(i + 1));
        QCOMPARE(e.hash, AuditLog::computeHash(e));
        QCOMPARE(e.hash.size(), 64);
        QVERIFY(Core::Uuid::parse(e.id).ok());
        const QJsonObject details = QJsonDocument::fromJson(e.details.toUtf8()).object();
        QCOMPARE(details.value(u"n"_s).toInt(), i + 1);
        if (i > 0)
            QCOMPARE(e.prevHash, all->at(i - 1).hash);
    }
    QCOMPARE(all->at(1).action, u"user.add"_s);
    QVERIFY(!AuditLog::actionDisplayName(u"user.add"_s).isEmpty());
    QCOMPARE(AuditLog::actionDisplayName(u"some.unknown"_s), u"some.unknown"_s);
}

void TestAuditLog::queryByTime()
{
    const qint64 start = m_clock.nowMs();
    appendFive(); // at start, start+1s, ..., start+4s
    const auto middle = AuditLog::query(m_store->connection(), start + 1000, start + 3000);
    QVERIFY(middle.ok());
    QCOMPARE(middle->size(), 2);
    QCOMPARE(middle->at(0).seq, 2);
    QCOMPARE(middle->at(1).seq, 3);
    const auto limited = AuditLog::query(m_store->connection(), 0, std::numeric_limits<qint64>::max(), 3);
    QCOMPARE(limited->size(), 3);
    QCOMPARE(limited->at(2).seq, 3);
    // An explicit time is kept as given.
    {
        Transaction tx(m_store->connection());
        QVERIFY(AuditLog::append(*m_store, u"admin"_s, u"verify"_s, {}, {}, 42).ok());
        QVERIFY(tx.commit().ok());
    }
    const auto early = AuditLog::query(m_store->connection(), 0, 100);
    QCOMPARE(early->size(), 1);
    QCOMPARE(early->at(0).seq, 6);
    QVERIFY(early->at(0).details.isEmpty());
    QVERIFY(AuditLog::verify(m_store->connection())->ok());
}

void TestAuditLog::triggersRefuseUpdateAndDelete()
{
    appendFive();
    Connection &c = m_store->connection();
    const auto update = c.execute(u"UPDATE audit_log SET target = 'edited' WHERE seq = 2"_s);
    QVERIFY(!update.ok());
    QVERIFY(!update.error().message().isEmpty());
    const auto del = c.execute(u"DELETE FROM audit_log WHERE seq = 5"_s);
    QVERIFY(!del.ok());
    const auto delAll = c.exec(u"DELETE FROM audit_log"_s);
    QVERIFY(!delAll.ok());
    QCOMPARE(*AuditLog::count(c), 5);
    QCOMPARE(c.scalar(u"SELECT target FROM audit_log WHERE seq = 2"_s)->toString(), u"target-2"_s);
    QVERIFY(AuditLog::verify(c)->ok());
}

void TestAuditLog::alteredEntryIsFound()
{
    appendFive();
    Connection &c = m_store->connection();
    QVERIFY(dropTriggers().ok());
    QCOMPARE(*c.execute(u"UPDATE audit_log SET target = 'someone else' WHERE seq = 3"_s), 1);
    auto v = AuditLog::verify(c);
    QVERIFY(v.ok());
    QVERIFY(!v->ok());
    QCOMPARE(v->firstBrokenSeq, 3);
    QVERIFY(!v->problem.isEmpty());

    // Put it back: the chain is whole again, so the finding was exactly that change.
    QCOMPARE(*c.execute(u"UPDATE audit_log SET target = 'target-3' WHERE seq = 3"_s), 1);
    v = AuditLog::verify(c);
    QVERIFY(v->ok());

    // Any field counts: the time, the actor, the details.
    QCOMPARE(*c.execute(u"UPDATE audit_log SET at = at + 1 WHERE seq = 4"_s), 1);
    QCOMPARE(AuditLog::verify(c)->firstBrokenSeq, 4);
    QCOMPARE(*c.execute(u"UPDATE audit_log SET at = at - 1 WHERE seq = 4"_s), 1);
    QCOMPARE(*c.execute(u"UPDATE audit_log SET actor = 'auditor' WHERE seq = 1"_s), 1);
    QCOMPARE(AuditLog::verify(c)->firstBrokenSeq, 1);
}

void TestAuditLog::deletedEntryIsReportedMissing()
{
    appendFive();
    Connection &c = m_store->connection();
    QVERIFY(dropTriggers().ok());
    QCOMPARE(*c.execute(u"DELETE FROM audit_log WHERE seq = 3"_s), 1);
    const auto v = AuditLog::verify(c);
    QVERIFY(v.ok());
    QVERIFY(!v->ok());
    QCOMPARE(v->firstBrokenSeq, 3);
    QVERIFY2(v->problem.contains(u"missing"_s), qPrintable(v->problem));

    // Renumbering to hide the gap breaks the chain instead.
    QCOMPARE(*c.execute(u"UPDATE audit_log SET seq = seq - 1 WHERE seq > 3"_s), 2);
    const auto renumbered = AuditLog::verify(c);
    QVERIFY(!renumbered->ok());
    QCOMPARE(renumbered->firstBrokenSeq, 3);
}

void TestAuditLog::reforgedEntryBreaksTheNextLink()
{
    // Someone who knows the hash recipe rewrites entry 2 and recomputes its hash: entry 3
    // still points at the old hash.
    appendFive();
    Connection &c = m_store->connection();
    QVERIFY(dropTriggers().ok());
    auto entries = AuditLog::query(c, 0, std::numeric_limits<qint64>::max());
    AuditEntry forged = entries->at(1);
    forged.target = u"nobody"_s;
    forged.hash = AuditLog::computeHash(forged);
    QCOMPARE(*c.execute(u"UPDATE audit_log SET target = ?, hash = ? WHERE seq = 2"_s, {forged.target, forged.hash}), 1);
    const auto v = AuditLog::verify(c);
    QVERIFY(!v->ok());
    QCOMPARE(v->firstBrokenSeq, 3);
}

void TestAuditLog::appendedForgeryIsFound()
{
    appendFive();
    Connection &c = m_store->connection();
    AuditEntry fake;
    fake.seq = 6;
    fake.id = m_store->newId().toString();
    fake.atMs = m_clock.nowMs();
    fake.actor = u"admin"_s;
    fake.action = u"login"_s;
    fake.prevHash = QString(64, u'f'); // does not follow entry 5
    fake.hash = AuditLog::computeHash(fake);
    QVERIFY(c.execute(u"INSERT INTO audit_log (seq, id, at, actor, action, target, details, prev_hash, hash)"
                      " VALUES (?, ?, ?, ?, ?, '', '', ?, ?)"_s,
                      {fake.seq, fake.id, fake.atMs, fake.actor, fake.action, fake.prevHash, fake.hash})
                .ok());
    const auto v = AuditLog::verify(c);
    QVERIFY(!v->ok());
    QCOMPARE(v->firstBrokenSeq, 6);
    QCOMPARE(v->entries, 6);
}

void TestAuditLog::appendIsPartOfTheTransaction()
{
    appendFive();
    {
        Transaction tx(m_store->connection());
        QVERIFY(AuditLog::append(*m_store, u"admin"_s, u"export"_s, u"rolled back"_s).ok());
        // no commit
    }
    QCOMPARE(*AuditLog::count(m_store->connection()), 5);
    {
        Transaction tx(m_store->connection());
        QVERIFY(AuditLog::append(*m_store, u"admin"_s, u"export"_s, u"kept"_s).ok());
        QVERIFY(tx.commit().ok());
    }
    const auto v = AuditLog::verify(m_store->connection());
    QVERIFY(v->ok());
    QCOMPARE(v->entries, 6);
    const auto last = AuditLog::query(m_store->connection(), 0, std::numeric_limits<qint64>::max());
    QCOMPARE(last->last().target, u"kept"_s);
    QCOMPARE(last->last().seq, 6);
}

void TestAuditLog::hashCoversEveryField()
{
    AuditEntry e;
    e.seq = 7;
    e.id = u"0192f0c4-8a3e-7b12-9c4d-5e6f7a8b9c0d"_s;
    e.atMs = 1'790'000'000'000;
    e.actor = u"admin"_s;
    e.action = u"export"_s;
    e.target = u"residents.xlsx"_s;
    e.details = u"{\"rows\":12}"_s;
    e.prevHash = QString(64, u'a');
    const QString h = AuditLog::computeHash(e);
    QCOMPARE(h, AuditLog::computeHash(e));
    QCOMPARE(h.size(), 64);

    const QList<std::function<void(AuditEntry &)>> changes = {
        [](AuditEntry &x) { x.seq = 8; },
        [](AuditEntry &x) { x.id[0] = u'1'; },
        [](AuditEntry &x) { ++x.atMs; },
        [](AuditEntry &x) { x.actor = u"admim"_s; },
        [](AuditEntry &x) { x.action = u"print"_s; },
        [](AuditEntry &x) { x.target += u" "_s; },
        [](AuditEntry &x) { x.details = u"{\"rows\":13}"_s; },
        [](AuditEntry &x) { x.prevHash[63] = u'b'; },
        // Moving text between neighbouring fields changes the hash too (length prefixes).
        [](AuditEntry &x) {
            x.actor = u"adminexport"_s;
            x.action = QString();
        },
    };
    for (const auto &change : changes) {
        AuditEntry copy = e;
        change(copy);
        QVERIFY(AuditLog::computeHash(copy) != h);
    }
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
