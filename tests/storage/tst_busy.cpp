// Two programs on one file (issue 13, findings 3 and 4): a program that holds the write lock for
// long does not keep others from opening and reading the file; one that needs to write waits the
// timeout and is then told who holds the database.
#include "storagetestutil.h"

#include <core/clock.h>
#include <storage/store.h>
#include <storage/transaction.h>

#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Linli;
using namespace Linli::Storage;
using namespace Qt::StringLiterals;

namespace {
const QString User = u"admin"_s;
const QString Password = u"Busy-test-pass-1"_s;
} // namespace

class TestBusy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aHeldWriteLockLetsOthersReadAndNamesItsHolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"busy.linli"_s);
        Core::ManualClock clock;
        {
            auto created = Store::create(path, User, Password, TestUtil::testMigrations(), clock, nullptr);
            QVERIFY(created.ok());
        }
        QProcess holder;
        holder.start(QStringLiteral(LINLI_CRASH_WRITER), {path, User, Password, u"hold"_s, u"9000"_s});
        QVERIFY(holder.waitForStarted(30'000));
        QVERIFY(holder.waitForReadyRead(30'000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("holding"));

        // Opening and reading need no write lock.
        auto store = Store::open(path, Credentials::password(User, Password), TestUtil::testMigrations(), clock);
        QVERIFY2(store.ok(), store.ok() ? "" : TestUtil::describe(store.error()).constData());
        QVERIFY((*store)->connection().scalar(u"SELECT count(*) FROM audit_log"_s).ok());

        // A writer that will not wait gives up at once ...
        {
            QElapsedTimer t;
            t.start();
            Transaction tx((*store)->connection(), Transaction::Wait::No);
            QVERIFY(!tx.isActive());
            QCOMPARE(tx.error().code(), ErrorCode::Busy);
            QVERIFY(t.elapsed() < Connection::BusyTimeoutMs);
        }
        // ... one that waits does so for the timeout, then names who writes.
        QElapsedTimer t;
        t.start();
        Transaction tx((*store)->connection());
        QVERIFY(!tx.isActive());
        QVERIFY(t.elapsed() >= Connection::BusyTimeoutMs - 100);
        QCOMPARE(tx.error().code(), ErrorCode::Busy);
        QCOMPARE(tx.error().exitCode(), 7);
        QVERIFY2(tx.error().message().contains(u"admin · linli-cli import"_s), qPrintable(tx.error().message()));

        QVERIFY(holder.waitForFinished(30'000));
        QCOMPARE(holder.exitCode(), 0);
        QVERIFY(!QFileInfo::exists(path + u".writer"_s));
        Transaction after((*store)->connection());
        QVERIFY(after.isActive());
    }
};

QTEST_GUILESS_MAIN(TestBusy)
#include "tst_busy.moc"
