// Reliability campaign, "kill" part (docs/RELIABILITY.md): linli-cli is killed with SIGKILL at
// random moments during an import, demo data, a bill run and a payment. Afterwards the change is
// there whole or not at all, and verify passes (integrity, audit chain, fee totals vs the ledger).
// Short form (CI): LINLI_KILL_ROUNDS=3 each, the default. Long form: LINLI_KILL_ROUNDS=30.
// LINLI_KILL_SEED makes the moments repeatable.

#include "clitestbase.h"

#include <core/idnumber.h>

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QRandomGenerator>

#include <signal.h>

#include <functional>
#include <type_traits>

using namespace CliTest;

class TestCliKill : public CliTestBase
{
    Q_OBJECT

private:
    QRandomGenerator m_random;
    QByteArray m_baseDb;
    QByteArray m_baseKeys;
    QString m_period;
    QString m_household;

    static int rounds()
    {
        return qEnvironmentVariableIntValue("LINLI_KILL_ROUNDS") > 0 ? qEnvironmentVariableIntValue("LINLI_KILL_ROUNDS")
                                                                     : 3;
    }

    // The office every round starts from: residents, fee items and rates, and a bill run for the
    // payment rounds.
    void makeBaseline()
    {
        QVERIFY(!initDb().isEmpty());
        QCOMPARE(asAdmin({u"demo-data"_s, u"--residents"_s, u"1500"_s}).exitCode, int(Ok));
        QCOMPARE(
            asAdmin({u"fees"_s, u"items"_s, u"add"_s, u"property"_s, u"物业服务费"_s, u"--kind"_s, u"area"_s}).exitCode,
            int(Ok));
        QCOMPARE(asAdmin({u"fees"_s, u"rates"_s, u"set"_s, u"property"_s, u"--price"_s, u"1.00"_s, u"--from"_s,
                          u"2020-01-01"_s})
                     .exitCode,
                 int(Ok));
        m_period = QDate::currentDate().addMonths(-2).toString(u"yyyy-MM"_s);
        const Run search = asAdmin({u"--json"_s, u"residents"_s, u"search"_s, u"1-1-101"_s, u"--limit"_s, u"1"_s});
        const QString resident =
            QJsonDocument::fromJson(search.out.toUtf8()).array().first().toObject().value(u"id"_s).toString();
        const Run show = asAdmin({u"--json"_s, u"residents"_s, u"show"_s, resident});
        m_household = QJsonDocument::fromJson(show.out.toUtf8()).object().value(u"household_id"_s).toString();
        QVERIFY(!m_household.isEmpty());
        QCOMPARE(asAdmin({u"verify"_s}).exitCode, int(Ok)); // the log copied into the file
        m_baseDb = readAll(m_db);
        m_baseKeys = readAll(m_keys);
    }
    void restoreBaseline()
    {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u".attempts"_s, u".writer"_s})
            QFile::remove(m_db + suffix);
        QVERIFY(writeAll(m_db, m_baseDb));
        QVERIFY(writeAll(m_keys, m_baseKeys));
    }
    // Runs linli-cli as admin and kills it after `ms` unless it finished first; true if killed.
    bool runAndKill(const QStringList &args, int ms)
    {
        QProcessEnvironment pe = QProcessEnvironment::systemEnvironment();
        pe.insert(u"LINLI_PASSWORD"_s, AdminPassword);
        QProcess p;
        p.setProcessEnvironment(pe);
        p.setWorkingDirectory(m_dir->path());
        p.start(QStringLiteral(LINLI_CLI), QStringList{u"--db"_s, m_db, u"--user"_s, u"admin"_s} + args);
        if (!p.waitForStarted(30'000))
            return false;
        if (p.waitForFinished(ms))
            return false;
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished(30'000);
        return true;
    }
    int timed(const QStringList &args)
    {
        QElapsedTimer t;
        t.start();
        const Run r = asAdmin(args);
        if (r.exitCode != Ok)
            qWarning("%s failed: %s", qPrintable(args.join(u' ')), qPrintable(r.all()));
        return int(t.elapsed());
    }
    qint64 residentCount()
    {
        const QString csv = path(u"count.csv"_s);
        QFile::remove(csv);
        const Run r = asAdmin({u"residents"_s, u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, csv});
        return r.exitCode == Ok ? readAll(csv).count('\n') - 1 : -1;
    }
    QJsonArray collection()
    {
        return QJsonDocument::fromJson(
                   asAdmin({u"--json"_s, u"fees"_s, u"collection"_s, u"--period"_s, m_period}).out.toUtf8())
            .array();
    }
    // Kills `args` `rounds()` times at moments spread over how long it takes whole, and checks
    // after each that `state()` is one of `allowed` and verify passes.
    template<typename State, typename Value = std::invoke_result_t<State>>
    void campaign(const QStringList &args, State state, const QList<Value> &allowed,
                  const std::function<void()> &prepare = {})
    {
        restoreBaseline();
        if (prepare)
            prepare();
        const auto before = state();
        const int whole = timed(args);
        const auto after = state();
        QVERIFY(before != after);
        QVERIFY(allowed.contains(before) && allowed.contains(after));
        int killed = 0;
        for (int round = 0; round < rounds(); ++round) {
            restoreBaseline();
            if (prepare)
                prepare();
            // From the program's start (sign-in) to a little past its usual end.
            const int at = int(m_random.bounded(quint32(whole + whole / 5 + 1)));
            killed += runAndKill(args, at) ? 1 : 0;
            const Run v = asAdmin({u"verify"_s});
            QVERIFY2(v.exitCode == Ok,
                     qPrintable(u"round %1, killed after %2 ms: %3"_s.arg(round).arg(at).arg(v.all())));
            const auto now = state();
            QVERIFY2(now == before || now == after,
                     qPrintable(u"round %1, killed after %2 ms: a part of the change is there"_s.arg(round).arg(at)));
        }
        qDebug("%s: %d of %d rounds killed before the end (whole run %d ms)", qPrintable(args.value(0)), killed,
               rounds(), whole);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const quint32 seed = qEnvironmentVariableIsSet("LINLI_KILL_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("LINLI_KILL_SEED"))
                                 : QRandomGenerator::global()->generate();
        qDebug("LINLI_KILL_SEED=%u", seed);
        m_random.seed(seed);
        setUpFolder();
        makeBaseline();
    }
    void cleanupTestCase() { checkNoLeaksAndClean(); }

    void killedImport()
    {
        QStringList lines{u"姓名,身份证号,楼号,单元,房号,与户主关系"_s};
        for (int i = 0; i < 3000; ++i) {
            // Born on 3,000 different days: every number valid and unique.
            const QString first17 = u"110105"_s + QDate(1940, 1, 1).addDays(i * 7).toString(u"yyyyMMdd"_s) + u"031"_s;
            lines.append(u"导入%1,%2,%3,%4,%5,户主"_s.arg(i)
                             .arg(first17 + Linli::Core::IdNumber::mainlandCheckCharacter(first17))
                             .arg(70 + i / 400)
                             .arg(1 + (i / 100) % 4)
                             .arg(101 + i % 100));
        }
        const QString csv = path(u"import.csv"_s);
        QVERIFY(writeAll(csv, lines.join(u"\r\n"_s).toUtf8()));
        restoreBaseline();
        const qint64 base = residentCount();
        campaign({u"import"_s, u"residents"_s, csv, u"--compound"_s, u"导入小区"_s}, [this] { return residentCount(); },
                 {base, base + 3000});
    }

    void killedDemoData()
    {
        restoreBaseline();
        const qint64 base = residentCount();
        campaign({u"demo-data"_s, u"--residents"_s, u"3000"_s, u"--seed"_s, u"7"_s}, [this] { return residentCount(); },
                 {base, base + 3000});
    }

    void killedBillRun()
    {
        restoreBaseline();
        const auto billed = [this] {
            const QJsonArray rows = collection();
            qint64 bills = 0;
            for (const QJsonValue &r : rows)
                bills += r.toObject().value(u"building"_s).toString().isEmpty()
                             ? r.toObject().value(u"bills"_s).toInteger()
                             : 0;
            return bills;
        };
        const qint64 none = billed();
        QCOMPARE(asAdmin({u"fees"_s, u"bill-run"_s, u"--period"_s, m_period}).exitCode, int(Ok));
        const qint64 all = billed();
        QVERIFY(all > 0);
        campaign({u"fees"_s, u"bill-run"_s, u"--period"_s, m_period}, billed, {none, all});
    }

    void killedPayment()
    {
        const auto paid = [this] {
            for (const QJsonValue &r : collection()) {
                if (r.toObject().value(u"building"_s).toString().isEmpty())
                    return r.toObject().value(u"paid"_s).toString();
            }
            return QString();
        };
        const auto billRun = [this] {
            QCOMPARE(asAdmin({u"fees"_s, u"bill-run"_s, u"--period"_s, m_period}).exitCode, int(Ok));
        };
        restoreBaseline();
        billRun();
        const QString none = paid();
        QCOMPARE(asAdmin({u"fees"_s, u"pay"_s, u"--household"_s, m_household, u"--amount"_s, u"30"_s, u"--method"_s,
                          u"cash"_s})
                     .exitCode,
                 int(Ok));
        const QString some = paid();
        QVERIFY(none != some);
        campaign({u"fees"_s, u"pay"_s, u"--household"_s, m_household, u"--amount"_s, u"30"_s, u"--method"_s, u"cash"_s},
                 paid, {none, some}, billRun);
    }
};

QTEST_GUILESS_MAIN(TestCliKill)
#include "tst_cli_kill.moc"
