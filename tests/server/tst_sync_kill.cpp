// Syncs cut off the hard way: linli-cli sync killed (SIGKILL) at random moments of its push and of
// another office's first pull, and the server killed and started again while a batch is on its
// way. Seeded (LINLI_TEST_SEED). After each, a sync that runs to its end leaves nothing lost and
// nothing twice: the server has every row once, and the two offices agree.
#include "syncserverfixture.h"

#include <QtCore/QProcess>
#include <QtCore/QRandomGenerator>
#include <QtTest/QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace {

const QByteArray Password = "Desk-pass-2026";
const QByteArray ServerPassword = "Kill-test-2026";

// SIGKILL, as a power cut would; a process that has finished already is left alone (its id is 0
// then, and kill(0) would hit this test's whole process group).
void killNow(QProcess &p)
{
    if (p.state() == QProcess::Running && p.processId() > 0)
        ::kill(pid_t(p.processId()), SIGKILL);
    p.waitForFinished(10000);
}

} // namespace

class TestSyncKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void killedMidPushThenFinished();
    void killedMidPullThenFinished();
    void serverKilledMidBatch();

private:
    QProcess *startCli(const QString &db, const QStringList &args);
    int cli(const QString &db, const QStringList &args, QString *out = nullptr);
    QString newDesk(const QString &name);
    // linli-cli sync killed (SIGKILL) five times at random moments, then run to its end.
    void syncKilledThenFinished(const QString &db);

    Linli::TestSupport::SyncServerFixture m_fx;
    QRandomGenerator m_random;
    QString m_a, m_b;
};

QProcess *TestSyncKill::startCli(const QString &db, const QStringList &args)
{
    auto *p = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LINLI_PASSWORD"_s, QString::fromLatin1(Password));
    env.insert(u"LINLI_SYNC_PASSWORD"_s, QString::fromLatin1(ServerPassword));
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(LINLI_CLI), QStringList{u"--db"_s, db, u"--user"_s, u"admin"_s} + args);
    p->waitForStarted();
    return p;
}

int TestSyncKill::cli(const QString &db, const QStringList &args, QString *out)
{
    std::unique_ptr<QProcess> p(startCli(db, args));
    p->waitForFinished(300000);
    if (out)
        *out = QString::fromUtf8(p->readAllStandardOutput() + p->readAllStandardError());
    return p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
}

QString TestSyncKill::newDesk(const QString &name)
{
    const QString db = m_fx.path(name + u".linli"_s);
    QProcess init;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LINLI_PASSWORD"_s, QString::fromLatin1(Password));
    init.setProcessEnvironment(env);
    init.start(QStringLiteral(LINLI_CLI), {u"init"_s, u"--db"_s, db, u"--admin-user"_s, u"admin"_s, u"--org"_s, name});
    init.waitForFinished(60000);
    if (init.exitCode() != 0)
        return {};
    const QString code = m_fx.admin({u"enrol-code"_s, u"--office"_s, name}).trimmed();
    if (cli(db, {u"enrol"_s, u"--server"_s, m_fx.url(), u"--code"_s, code, u"--ca"_s, m_fx.caFile()}) != 0)
        return {};
    return db;
}

void TestSyncKill::initTestCase()
{
    const QString failed = m_fx.start(QStringLiteral(LINLI_SYNC_SERVER));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    const quint32 seed =
        qEnvironmentVariableIsSet("LINLI_TEST_SEED") ? qEnvironmentVariableIntValue("LINLI_TEST_SEED") : 20261205u;
    qInfo("kill seed %u", seed);
    m_random.seed(seed);
    int code = -1;
    m_fx.admin({u"add-user"_s, u"admin"_s, u"--role"_s, u"admin"_s, u"--scope"_s, u"*"_s}, &code,
               ServerPassword + '\n');
    QCOMPARE(code, 0);
    m_a = newDesk(u"街道办"_s);
    m_b = newDesk(u"物业办"_s);
    QVERIFY(!m_a.isEmpty() && !m_b.isEmpty());
    // Office A's registry: a few thousand residents, all waiting to be sent.
    QString out;
    QCOMPARE(cli(m_a, {u"demo-data"_s, u"--residents"_s, u"3000"_s}, &out), 0);
}

void TestSyncKill::cleanupTestCase()
{
    const QString problems = m_fx.stop();
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestSyncKill::syncKilledThenFinished(const QString &db)
{
    for (int i = 0; i < 5; ++i) {
        std::unique_ptr<QProcess> p(startCli(db, {u"sync"_s}));
        QTest::qWait(200 + int(m_random.bounded(1500)));
        killNow(*p);
    }
    QString out;
    QCOMPARE(cli(db, {u"--json"_s, u"sync"_s}, &out), 0);
    QVERIFY2(out.contains(u"\"pending\": 0"_s), qPrintable(out));
}

void TestSyncKill::killedMidPushThenFinished()
{
    // Killed five times at random moments of its first upload, then left to finish.
    syncKilledThenFinished(m_a);
    // Every row of A once on the server: as many residents as A has.
    const int residents = m_fx.psql(u"SELECT count(*) FROM sync_rows WHERE entity = 'reg_residents'"_s).toInt();
    QVERIFY2(residents >= 3000, qPrintable(QString::number(residents)));
    QCOMPARE(
        m_fx.psql(u"SELECT count(*) FROM (SELECT entity, id FROM sync_rows GROUP BY 1, 2 HAVING count(*) > 1) d"_s),
        u"0"_s);
    QCOMPARE(m_fx.psql(u"SELECT count(DISTINCT last_seq) FROM devices WHERE last_seq > 0"_s), u"1"_s);
}

void TestSyncKill::killedMidPullThenFinished()
{
    // Office B's first pull, killed at random moments, then left to finish: it ends with what the
    // server has, once.
    syncKilledThenFinished(m_b);
    QString left, right;
    QCOMPARE(cli(m_a, {u"--json"_s, u"residents"_s, u"search"_s, u"王"_s, u"--limit"_s, u"100000"_s}, &left), 0);
    QCOMPARE(cli(m_b, {u"--json"_s, u"residents"_s, u"search"_s, u"王"_s, u"--limit"_s, u"100000"_s}, &right), 0);
    QVERIFY(left.size() > 1000);
    QCOMPARE(right, left);
}

void TestSyncKill::serverKilledMidBatch()
{
    // New work at B (a thousand residents), and the server killed while B sends it, then started
    // again: B's next sync finishes, and A gets all of it once.
    QCOMPARE(cli(m_b, {u"demo-data"_s, u"--residents"_s, u"1000"_s, u"--seed"_s, u"7"_s}), 0);
    std::unique_ptr<QProcess> p(startCli(m_b, {u"sync"_s}));
    QTest::qWait(300 + int(m_random.bounded(700)));
    m_fx.killServer();
    p->waitForFinished(120000); // it failed (the connection went), or it had finished: either way
    QCOMPARE(m_fx.startServer(), QString());
    QString out;
    QCOMPARE(cli(m_b, {u"--json"_s, u"sync"_s}, &out), 0);
    QVERIFY2(out.contains(u"\"pending\": 0"_s), qPrintable(out));
    QCOMPARE(cli(m_a, {u"sync"_s}), 0);
    QString left, right;
    QCOMPARE(cli(m_a, {u"--json"_s, u"residents"_s, u"search"_s, u"李"_s, u"--limit"_s, u"100000"_s}, &left), 0);
    QCOMPARE(cli(m_b, {u"--json"_s, u"residents"_s, u"search"_s, u"李"_s, u"--limit"_s, u"100000"_s}, &right), 0);
    QCOMPARE(right, left);
    QCOMPARE(
        m_fx.psql(u"SELECT count(*) FROM (SELECT entity, id FROM sync_rows GROUP BY 1, 2 HAVING count(*) > 1) d"_s),
        u"0"_s);
}

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_sync_kill.moc"
