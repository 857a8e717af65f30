// Invariant 9: a crash at any point loses nothing that was acknowledged. crash_writer commits
// one row (plus outbox and audit entries) per transaction and prints each id after its commit;
// we kill it with SIGKILL and check that the database is sound and every printed id is there.
#include "storagetestutil.h"

#include <core/clock.h>
#include <storage/auditlog.h>
#include <storage/outbox.h>
#include <storage/store.h>

#include <QtCore/QDeadlineTimer>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QSet>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Linli;
using namespace Linli::Storage;
using Linli::TestUtil::describe;

#ifndef LINLI_CRASH_WRITER
#error "LINLI_CRASH_WRITER must name the crash_writer helper"
#endif

namespace {
const QString User = u"admin"_s;
const QString Password = u"crash-密码"_s;
constexpr int Rounds = 3;
} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesNothingAcknowledged();
};

void TestCrash::killedWriterLosesNothingAcknowledged()
{
    const QString writer = QStringLiteral(LINLI_CRASH_WRITER);
    QVERIFY2(QFileInfo(writer).isExecutable(), qPrintable(writer));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"crash.linli"_s);
    Core::ManualClock clock;
    {
        auto created = Store::create(path, User, Password, TestUtil::testMigrations(), clock, nullptr);
        QVERIFY2(created.ok(), created.ok() ? "" : describe(created.error()).constData());
    }

    QSet<QString> acknowledged;
    for (int round = 1; round <= Rounds; ++round) {
        QProcess proc;
        proc.setProcessChannelMode(QProcess::SeparateChannels);
        proc.start(writer, {path, User, Password});
        QVERIFY2(proc.waitForStarted(30'000), qPrintable(proc.errorString()));

        // Let it write for a second or two (longer if the machine is slow to get going), then
        // kill it wherever it is: inside a transaction, in a commit, between two.
        QStringList ids;
        QByteArray pending;
        QElapsedTimer running;
        running.start();
        const QDeadlineTimer giveUp(60'000);
        while (!giveUp.hasExpired() && proc.state() == QProcess::Running
               && (running.elapsed() < 1500 || ids.size() < 20)) {
            proc.waitForReadyRead(50);
            pending += proc.readAllStandardOutput();
            qsizetype nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                ids.append(QString::fromLatin1(pending.left(nl)));
                pending.remove(0, nl + 1);
            }
        }
        QVERIFY2(proc.state() == QProcess::Running, proc.readAllStandardError().constData());
        proc.kill(); // SIGKILL
        QVERIFY(proc.waitForFinished(30'000));
        QCOMPARE(proc.exitStatus(), QProcess::CrashExit);
        // Lines printed before the kill are acknowledged too; a cut-off last line is not.
        pending += proc.readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            ids.append(QString::fromLatin1(pending.left(nl)));
            pending.remove(0, nl + 1);
        }
        QVERIFY2(ids.size() >= 20, qPrintable(u"round %1: only %2 rows written"_s.arg(round).arg(ids.size())));
        for (const QString &id : std::as_const(ids)) {
            QVERIFY2(Core::Uuid::parse(id).ok(), qPrintable(id));
            acknowledged.insert(id);
        }

        // Reopen after the crash: recovery from the WAL, then check everything.
        auto reopened = Store::open(path, Credentials::password(User, Password), TestUtil::testMigrations(), clock);
        QVERIFY2(reopened.ok(), reopened.ok() ? "" : describe(reopened.error()).constData());
        Store &store = **reopened;
        const auto problems = store.integrityProblems();
        QVERIFY(problems.ok());
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));

        auto rows = store.connection().select(u"SELECT id FROM tst_person"_s);
        QVERIFY(rows.ok());
        QSet<QString> present;
        for (const QVariantList &r : std::as_const(*rows))
            present.insert(r.at(0).toString());
        for (const QString &id : std::as_const(acknowledged))
            QVERIFY2(present.contains(id), qPrintable(u"round %1: acknowledged row %2 is lost"_s.arg(round).arg(id)));
        // At most the one transaction between commit and print may be there unacknowledged.
        QVERIFY(present.size() >= acknowledged.size());
        QVERIFY(present.size() <= acknowledged.size() + round);

        // Row, outbox entry and audit entry were one transaction: all or none of them.
        const auto outboxRows =
            store.connection().scalar(u"SELECT count(*) FROM sync_outbox WHERE entity = 'tst_person'"_s);
        QCOMPARE(outboxRows->toLongLong(), qint64(present.size()));
        const auto orphans = store.connection().scalar(u"SELECT count(*) FROM tst_person p WHERE NOT EXISTS"
                                                       " (SELECT 1 FROM sync_outbox o WHERE o.row_id = p.id)"_s);
        QCOMPARE(orphans->toInt(), 0);
        const auto audit = AuditLog::verify(store.connection());
        QVERIFY(audit.ok());
        QVERIFY2(audit->ok(), qPrintable(audit->problem));
        QCOMPARE(audit->entries, qint64(present.size()));
    }
    QVERIFY(acknowledged.size() >= Rounds * 20);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
