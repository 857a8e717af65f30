// The write-ahead log is copied into the database file on a thread of its own (Checkpointer),
// not inside the commit that filled it: the copy happens, readers and writers go on meanwhile,
// and nothing is lost when the store closes.
#include "storagetestutil.h"

#include <core/clock.h>
#include <storage/connection.h>
#include <storage/store.h>
#include <storage/transaction.h>

#include <QtCore/QFileInfo>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Linli;
using namespace Linli::Storage;
using Linli::TestUtil::describe;

class TestCheckpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aBigCommitIsCopiedInTheBackground();
    void writesGoOnWhileTheCopyRuns();
};

namespace {

// About 8 MB of rows in one transaction: some 2,000 pages of 4 KB, over the 1,000-page mark.
void writeBigTransaction(Store &store, int batch)
{
    Transaction tx(store.connection());
    QVERIFY(tx.isActive());
    QVERIFY(store.connection().execute(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
                                       u" INSERT INTO big (batch, payload) SELECT ?, randomblob(4000) FROM n"_s,
                                       {batch}));
    QVERIFY(tx.commit());
}

} // namespace

void TestCheckpoint::aBigCommitIsCopiedInTheBackground()
{
    QTemporaryDir dir;
    Core::ManualClock clock;
    const QString path = dir.filePath(u"c.linli"_s);
    auto store = Store::create(path, u"admin"_s, u"pw-一二三"_s, TestUtil::testMigrations(), clock, nullptr);
    QVERIFY2(store.ok(), store.ok() ? "" : describe(store.error()).constData());
    QVERIFY((*store)->connection().exec(u"CREATE TABLE big (batch INTEGER, payload BLOB)"_s));
    const qint64 before = QFileInfo(path).size();
    writeBigTransaction(**store, 1);
    (*store)->waitForCheckpoint();
    // The rows are in the main file now, not only in the log...
    QVERIFY2(QFileInfo(path).size() >= before + 8'000'000, qPrintable(QString::number(QFileInfo(path).size())));
    // ...and the log holds nothing that still has to be copied.
    auto state = (*store)->connection().select(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
    QVERIFY(state);
    QCOMPARE(state->first().at(0).toInt(), 0);                            // not busy
    QCOMPARE(state->first().at(1).toInt(), state->first().at(2).toInt()); // every frame copied
}

void TestCheckpoint::writesGoOnWhileTheCopyRuns()
{
    QTemporaryDir dir;
    Core::ManualClock clock;
    const QString path = dir.filePath(u"c.linli"_s);
    {
        auto store = Store::create(path, u"admin"_s, u"pw-一二三"_s, TestUtil::testMigrations(), clock, nullptr);
        QVERIFY(store);
        QVERIFY((*store)->connection().exec(u"CREATE TABLE big (batch INTEGER, payload BLOB)"_s));
        // No waiting between the commits: each may start a copy while the next one writes.
        for (int batch = 1; batch <= 4; ++batch)
            writeBigTransaction(**store, batch);
        QCOMPARE((*store)->connection().scalar(u"SELECT count(*) FROM big"_s)->toInt(), 8000);
    } // closed while a copy may be running: it is waited for
    auto store =
        Store::open(path, Credentials::password(u"admin"_s, u"pw-一二三"_s), TestUtil::testMigrations(), clock);
    QVERIFY2(store.ok(), store.ok() ? "" : describe(store.error()).constData());
    QCOMPARE((*store)->connection().scalar(u"SELECT count(DISTINCT batch) || '/' || count(*) FROM big"_s)->toString(),
             u"4/8000"_s);
    auto problems = (*store)->integrityProblems();
    QVERIFY(problems && problems->isEmpty());
}

QTEST_GUILESS_MAIN(TestCheckpoint)
#include "tst_checkpoint.moc"
