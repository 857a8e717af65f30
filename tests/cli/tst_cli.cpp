// linli-cli end to end: the real binary run with QProcess on real encrypted databases, checked
// against docs/cli.md — exit codes, secrets from the environment, files never touched by a
// failure, exports recorded in the audit log.

#include "clitestbase.h"
#include <composition.h>
#include <core/clock.h>
#include <core/idnumber.h>
#include <filetestutil.h>
#include <storage/store.h>

#include <QtCore/QCryptographicHash>
#include <QtCore/QDate>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QStandardPaths>
#include <QtCore/QStringEncoder>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using Linli::TestSupport::fileSha256;
using Linli::TestSupport::readAll;
using Linli::TestSupport::writeAll;
using namespace CliTest;

class tst_Cli : public CliTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void initPrintsRecoveryKey();
    void initWritesRecoveryKeySheet();
    void initRefusesExistingFileAndBadInput();
    void verifySaysOk();
    void wrongPasswordTouchesNothing();
    void repeatedWrongPasswordsLockOut();
    void usageErrors();
    void usersAddListAndPermissions();
    void newUserMayChangeOwnPassword();
    void usersDisableAndReenable();
    void auditJson();
    void auditRefusesBadDates();
    void settingsShowAndSet();
    void backupAndRestore();
    void truncatedDatabaseIsDamaged();
    void tamperedAuditChainIsDamaged();
    void missingKeyFile();
    void exportsAreWrittenAndAudited();
    void chineseLanguage();
};

void tst_Cli::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(LINLI_CLI)), LINLI_CLI);
}

void tst_Cli::init()
{
    setUpFolder();
}

void tst_Cli::cleanup()
{
    checkNoLeaksAndClean();
}

void tst_Cli::initPrintsRecoveryKey()
{
    const Run r = cli({u"init"_s, u"--db"_s, m_db, u"--admin-user"_s, u"admin"_s, u"--org"_s, OrgName},
                      {{u"LINLI_PASSWORD"_s, AdminPassword}});
    QCOMPARE(r.exitCode, int(Ok));
    QVERIFY(QFileInfo::exists(m_db));
    QVERIFY(QFileInfo::exists(m_keys));
    // Encrypted: no SQLite header, no organisation name in the bytes.
    const QByteArray bytes = readAll(m_db);
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    QVERIFY(!bytes.contains(OrgName.toUtf8()));
    QVERIFY(!readAll(m_keys).contains(AdminPassword.toUtf8()));
    QCOMPARE(QFileInfo(m_db).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());

    // The recovery key: 14 groups of 4 characters, 56 in all.
    static const QRegularExpression group(u"\\b[0-9A-HJKMNP-TV-Z]{4}\\b"_s);
    QStringList groups;
    for (auto it = group.globalMatch(r.out); it.hasNext();)
        groups.append(it.next().captured());
    QCOMPARE(groups.size(), 14);
    const QString key = groups.join(u'-');
    QCOMPARE(key.size(), 14 * 4 + 13);

    // The printed key opens the database.
    const Run rec = cli({u"verify"_s, u"--db"_s, m_db, u"--recovery-key"_s}, {{u"LINLI_RECOVERY_KEY"_s, key}});
    QVERIFY2(rec.exitCode == Ok, qPrintable(rec.all()));

    // --json gives the same facts as fields.
    const QString other = path(u"other.linli"_s);
    const Run js = cli({u"init"_s, u"--db"_s, other, u"--admin-user"_s, u"li"_s, u"--json"_s},
                       {{u"LINLI_PASSWORD"_s, AdminPassword}});
    QCOMPARE(js.exitCode, int(Ok));
    const QJsonObject o = QJsonDocument::fromJson(js.out.toUtf8()).object();
    QCOMPARE(o.value(u"admin_user"_s).toString(), u"li"_s);
    QCOMPARE(o.value(u"recovery_key"_s).toString().count(u'-'), 13);
    QVERIFY(!o.value(u"database_id"_s).toString().isEmpty());
    const Run rec2 = cli({u"verify"_s, u"--db"_s, other, u"--recovery-key"_s},
                         {{u"LINLI_RECOVERY_KEY"_s, o.value(u"recovery_key"_s).toString()}});
    QCOMPARE(rec2.exitCode, int(Ok));
    // One database's key does not open the other.
    const Run cross = cli({u"verify"_s, u"--db"_s, other, u"--recovery-key"_s}, {{u"LINLI_RECOVERY_KEY"_s, key}});
    QCOMPARE(cross.exitCode, int(Auth));
}

void tst_Cli::initWritesRecoveryKeySheet()
{
    const QString sheet = path(u"recovery.pdf"_s);
    const Run r = cli({u"init"_s, u"--db"_s, m_db, u"--admin-user"_s, u"admin"_s, u"--org"_s, OrgName,
                       u"--recovery-key-pdf"_s, sheet},
                      {{u"LINLI_PASSWORD"_s, AdminPassword}});
    QVERIFY2(r.exitCode == Ok, qPrintable(r.all()));
    static const QRegularExpression line(u"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}"_s);
    const QString firstLine = line.match(r.out).captured();
    QVERIFY(!firstLine.isEmpty());
    QProcess p;
    p.start(QStandardPaths::findExecutable(u"pdftotext"_s), {sheet, u"-"_s});
    QVERIFY(p.waitForFinished(60'000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(firstLine), qPrintable(text));
    QVERIFY2(text.contains(OrgName), qPrintable(text));
}

void tst_Cli::initRefusesExistingFileAndBadInput()
{
    QVERIFY(!initDb().isEmpty());
    const QByteArray dbBefore = fileSha256(m_db);
    const QByteArray keysBefore = fileSha256(m_keys);
    const Run again =
        cli({u"init"_s, u"--db"_s, m_db, u"--admin-user"_s, u"other"_s}, {{u"LINLI_PASSWORD"_s, u"Other-pass-2026"_s}});
    QCOMPARE(again.exitCode, int(Invalid));
    QVERIFY(!again.err.isEmpty());
    QCOMPARE(fileSha256(m_db), dbBefore);
    QCOMPARE(fileSha256(m_keys), keysBefore);

    const QString fresh = path(u"fresh.linli"_s);
    const Run shortPassword =
        cli({u"init"_s, u"--db"_s, fresh, u"--admin-user"_s, u"admin"_s}, {{u"LINLI_PASSWORD"_s, u"short"_s}});
    QCOMPARE(shortPassword.exitCode, int(Invalid));
    const Run badName =
        cli({u"init"_s, u"--db"_s, fresh, u"--admin-user"_s, u"ad min"_s}, {{u"LINLI_PASSWORD"_s, AdminPassword}});
    QCOMPARE(badName.exitCode, int(Invalid));
    const Run noName = cli({u"init"_s, u"--db"_s, fresh}, {{u"LINLI_PASSWORD"_s, AdminPassword}});
    QCOMPARE(noName.exitCode, int(Usage));
    // No password in the environment and no terminal: refused, nothing created.
    const Run noPassword = cli({u"init"_s, u"--db"_s, fresh, u"--admin-user"_s, u"admin"_s});
    QCOMPARE(noPassword.exitCode, int(Invalid));
    QVERIFY(noPassword.err.contains(u"LINLI_PASSWORD"_s));
    QVERIFY(!QFileInfo::exists(fresh));
    QVERIFY(!QFileInfo::exists(fresh + u".keys"_s));
}

void tst_Cli::verifySaysOk()
{
    QVERIFY(!initDb().isEmpty());
    const Run r = asAdmin({u"verify"_s});
    QCOMPARE(r.exitCode, int(Ok));
    QVERIFY2(r.out.contains(u"ok"_s, Qt::CaseInsensitive), qPrintable(r.out));
    QVERIFY(r.out.contains(u"SQLCipher"_s));
    QVERIFY(r.err.isEmpty());

    const Run js = asAdmin({u"verify"_s, u"--json"_s});
    QCOMPARE(js.exitCode, int(Ok));
    const QJsonObject o = QJsonDocument::fromJson(js.out.toUtf8()).object();
    QCOMPARE(o.value(u"ok"_s).toBool(), true);
    QVERIFY(o.value(u"integrity_problems"_s).toArray().isEmpty());
    QVERIFY(o.value(u"audit_entries"_s).toInteger() >= 4); // create, add, login, verify, login
    QCOMPARE(o.value(u"audit_first_broken_entry"_s).toInteger(), 0);
    QVERIFY(!o.value(u"cipher_version"_s).toString().isEmpty());
}

void tst_Cli::wrongPasswordTouchesNothing()
{
    QVERIFY(!initDb().isEmpty());
    const QByteArray dbBefore = fileSha256(m_db);
    const QByteArray keysBefore = fileSha256(m_keys);
    const Run wrong = as(u"admin"_s, u"Not-the-password"_s, {u"verify"_s});
    QCOMPARE(wrong.exitCode, int(Auth));
    QVERIFY(!wrong.err.isEmpty());
    QVERIFY(wrong.out.isEmpty());
    QCOMPARE(fileSha256(m_db), dbBefore);
    QCOMPARE(fileSha256(m_keys), keysBefore);
    QVERIFY(!QFileInfo::exists(m_db + u"-wal"_s));
    // Unknown user: the same exit code, still nothing touched.
    const Run unknown = as(u"nobody"_s, AdminPassword, {u"users"_s, u"list"_s});
    QCOMPARE(unknown.exitCode, int(Auth));
    QCOMPARE(unknown.err, wrong.err); // no hint which of the two was wrong
    QCOMPARE(fileSha256(m_db), dbBefore);
    QCOMPARE(fileSha256(m_keys), keysBefore);
    // A wrong recovery key too.
    QString badKey = u"0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000"_s;
    const Run rec = cli({u"verify"_s, u"--db"_s, m_db, u"--recovery-key"_s}, {{u"LINLI_RECOVERY_KEY"_s, badKey}});
    QVERIFY(rec.exitCode == Auth || rec.exitCode == Invalid);
    QCOMPARE(fileSha256(m_db), dbBefore);

    // The failures reach the audit log with the next successful sign-in.
    const QJsonArray entries = auditJsonArray();
    int failed = 0;
    for (const QJsonValue &v : entries)
        failed += v.toObject().value(u"action"_s).toString() == u"login.failed" ? 1 : 0;
    QVERIFY2(failed >= 2, qPrintable(QString::fromUtf8(QJsonDocument(entries).toJson())));
    QVERIFY(!byName(entries, u"target"_s, u"nobody"_s).isEmpty());
}

void tst_Cli::repeatedWrongPasswordsLockOut()
{
    QVERIFY(!initDb().isEmpty());
    const Run other = cli({u"init"_s, u"--db"_s, path(u"x.linli"_s), u"--admin-user"_s, u"admin"_s},
                          {{u"LINLI_PASSWORD"_s, AdminPassword}});
    QCOMPARE(other.exitCode, int(Ok));
    for (int i = 0; i < 5; ++i)
        QCOMPARE(as(u"admin"_s, u"Wrong-pass-%1"_s.arg(i), {u"verify"_s}).exitCode, int(Auth));
    const QByteArray dbBefore = fileSha256(m_db);
    // Locked now (for 15 minutes): the right password gets exit 2 as well, and the file stays untouched.
    const Run locked = asAdmin({u"verify"_s});
    QCOMPARE(locked.exitCode, int(Auth));
    QVERIFY(!locked.err.isEmpty());
    QCOMPARE(fileSha256(m_db), dbBefore);
    // The recovery key still opens it, and another database is not affected.
    const Run x = cli({u"--db"_s, path(u"x.linli"_s), u"--user"_s, u"admin"_s, u"verify"_s},
                      {{u"LINLI_PASSWORD"_s, AdminPassword}});
    QCOMPARE(x.exitCode, int(Ok));
}

void tst_Cli::usageErrors()
{
    QVERIFY(!initDb().isEmpty());
    const QHash<QString, QString> pw{{u"LINLI_PASSWORD"_s, AdminPassword}};

    QCOMPARE(cli({}).exitCode, int(Usage));
    const Run help = cli({u"--help"_s});
    QCOMPARE(help.exitCode, int(Ok));
    QVERIFY(help.out.contains(u"init"_s));
    QVERIFY(help.out.contains(u"LINLI_PASSWORD"_s));
    const Run version = cli({u"version"_s});
    QCOMPARE(version.exitCode, int(Ok));
    QVERIFY(version.out.startsWith(u"linli-cli "_s));

    const Run noDb = cli({u"verify"_s, u"--user"_s, u"admin"_s}, pw);
    QCOMPARE(noDb.exitCode, int(Usage));
    QVERIFY(noDb.err.contains(u"--db"_s));
    QCOMPARE(cli({u"verify"_s, u"--db"_s, m_db}, pw).exitCode, int(Usage)); // no --user
    const Run unknown = cli({u"frobnicate"_s, u"--db"_s, m_db, u"--user"_s, u"admin"_s}, pw);
    QCOMPARE(unknown.exitCode, int(Usage));
    QVERIFY(unknown.err.contains(u"frobnicate"_s));
    QCOMPARE(cli({u"verify"_s, u"--db"_s}, pw).exitCode, int(Usage)); // option without its value
    QCOMPARE(asAdmin({u"users"_s}).exitCode, int(Usage));
    QCOMPARE(asAdmin({u"users"_s, u"frob"_s}).exitCode, int(Usage));
    QCOMPARE(asAdmin({u"users"_s, u"add"_s}).exitCode, int(Usage));
    QCOMPARE(asAdmin({u"users"_s, u"disable"_s}).exitCode, int(Usage));
    QCOMPARE(asAdmin({u"users"_s, u"add"_s, u"wang"_s}, {{u"LINLI_NEW_PASSWORD"_s, WangPassword}}).exitCode,
             int(Usage)); // no --role
    QCOMPARE(
        asAdmin({u"users"_s, u"add"_s, u"wang"_s, u"--role"_s, u"boss"_s}, {{u"LINLI_NEW_PASSWORD"_s, WangPassword}})
            .exitCode,
        int(Usage));
    QCOMPARE(asAdmin({u"backup"_s}).exitCode, int(Usage));                                   // no --out
    QCOMPARE(cli({u"restore"_s, u"--db"_s, path(u"new.linli"_s)}, pw).exitCode, int(Usage)); // no --from
    QCOMPARE(asAdmin({u"settings"_s, u"frob"_s}).exitCode, int(Usage));
    // A mistyped option is refused, not ignored: "--pfd" must not silently skip the PDF.
    const Run typo = asAdmin({u"users"_s, u"list"_s, u"--pfd"_s, path(u"out.pdf"_s)});
    QCOMPARE(typo.exitCode, int(Usage));
    QVERIFY(typo.err.contains(u"--pfd"_s));
    QVERIFY(!QFileInfo::exists(path(u"out.pdf"_s)));
    // The name the audit log uses for recovery-key sign-ins is reserved.
    QCOMPARE(asAdmin({u"users"_s, u"add"_s, u"recovery-key"_s, u"--role"_s, u"auditor"_s},
                     {{u"LINLI_NEW_PASSWORD"_s, u"Another-pass-9"_s}})
                 .exitCode,
             int(Invalid));
    // A missing database file is not a usage error but "not found" (3).
    const Run missing = cli({u"verify"_s, u"--db"_s, path(u"missing.linli"_s), u"--user"_s, u"admin"_s}, pw);
    QCOMPARE(missing.exitCode, int(Invalid));
    QVERIFY(!QFileInfo::exists(path(u"missing.linli"_s)));
    QVERIFY(!QFileInfo::exists(path(u"new.linli"_s)));
    QCOMPARE(usersJson().size(), 1);
}

void tst_Cli::usersAddListAndPermissions()
{
    QVERIFY(!initDb().isEmpty());
    const Run add =
        asAdmin({u"users"_s, u"add"_s, u"wang"_s, u"--role"_s, u"property_clerk"_s, u"--display-name"_s, u"王收费"_s},
                {{u"LINLI_NEW_PASSWORD"_s, WangPassword}});
    QVERIFY2(add.exitCode == Ok, qPrintable(add.all()));
    QVERIFY(add.out.contains(u"wang"_s));
    const Run auditor = asAdmin({u"users"_s, u"add"_s, u"zhou"_s, u"--role"_s, u"auditor"_s},
                                {{u"LINLI_NEW_PASSWORD"_s, u"Zhou-temp-2026"_s}});
    QCOMPARE(auditor.exitCode, int(Ok));

    // users list --json: valid JSON with every account and its role code.
    const QJsonArray users = usersJson();
    QCOMPARE(users.size(), 3);
    const QJsonObject admin = byName(users, u"username"_s, u"admin"_s);
    const QJsonObject wang = byName(users, u"username"_s, u"wang"_s);
    QCOMPARE(admin.value(u"role"_s).toString(), u"admin"_s);
    QCOMPARE(admin.value(u"active"_s).toBool(), true);
    QCOMPARE(admin.value(u"must_change_password"_s).toBool(), false);
    QCOMPARE(wang.value(u"role"_s).toString(), u"property_clerk"_s);
    QCOMPARE(wang.value(u"display_name"_s).toString(), u"王收费"_s);
    QCOMPARE(wang.value(u"active"_s).toBool(), true);
    QCOMPARE(wang.value(u"must_change_password"_s).toBool(), true);
    QVERIFY(wang.value(u"last_login_at"_s).isNull());
    QCOMPARE(byName(users, u"username"_s, u"zhou"_s).value(u"role"_s).toString(), u"auditor"_s);

    // The CLI lets a user who must still change the temporary password sign in; what they may
    // do is decided by their role. A property clerk may not add accounts (exit 5) ...
    const QByteArray keysBefore = fileSha256(m_keys);
    const Run denied = as(u"wang"_s, WangPassword, {u"users"_s, u"add"_s, u"x"_s, u"--role"_s, u"auditor"_s},
                          {{u"LINLI_NEW_PASSWORD"_s, u"Xavier-pass-2026"_s}});
    QCOMPARE(denied.exitCode, int(Permission));
    QVERIFY(!denied.err.isEmpty());
    QCOMPARE(fileSha256(m_keys), keysBefore);
    // ... nor list them, nor disable anyone.
    QCOMPARE(as(u"wang"_s, WangPassword, {u"users"_s, u"list"_s}).exitCode, int(Permission));
    QCOMPARE(as(u"wang"_s, WangPassword, {u"users"_s, u"disable"_s, u"zhou"_s}).exitCode, int(Permission));
    QCOMPARE(as(u"wang"_s, WangPassword, {u"users"_s, u"passwd"_s, u"zhou"_s},
                {{u"LINLI_NEW_PASSWORD"_s, u"Chosen-by-wang"_s}})
                 .exitCode,
             int(Permission));
    QCOMPARE(as(u"wang"_s, WangPassword, {u"audit"_s}).exitCode, int(Permission));
    // The auditor reads the accounts and the audit log, and changes nothing.
    QCOMPARE(as(u"zhou"_s, u"Zhou-temp-2026"_s, {u"users"_s, u"list"_s}).exitCode, int(Ok));
    QCOMPARE(as(u"zhou"_s, u"Zhou-temp-2026"_s, {u"audit"_s}).exitCode, int(Ok));
    QCOMPARE(as(u"zhou"_s, u"Zhou-temp-2026"_s, {u"users"_s, u"add"_s, u"x"_s, u"--role"_s, u"auditor"_s},
                {{u"LINLI_NEW_PASSWORD"_s, u"Xavier-pass-2026"_s}})
                 .exitCode,
             int(Permission));
    QCOMPARE(fileSha256(m_keys), keysBefore);

    const QJsonArray after = usersJson();
    QCOMPARE(after.size(), 3);
    QVERIFY(byName(after, u"username"_s, u"x"_s).isEmpty());
    QVERIFY(!byName(after, u"username"_s, u"wang"_s).value(u"last_login_at"_s).isNull());

    // Duplicates and bad names are invalid input (3).
    QCOMPARE(asAdmin({u"users"_s, u"add"_s, u"WANG"_s, u"--role"_s, u"auditor"_s},
                     {{u"LINLI_NEW_PASSWORD"_s, u"Other-pass-2026"_s}})
                 .exitCode,
             int(Invalid));
    QCOMPARE(asAdmin({u"users"_s, u"add"_s, u"wang li"_s, u"--role"_s, u"auditor"_s},
                     {{u"LINLI_NEW_PASSWORD"_s, u"Other-pass-2026"_s}})
                 .exitCode,
             int(Invalid));
    QCOMPARE(
        asAdmin({u"users"_s, u"add"_s, u"li"_s, u"--role"_s, u"auditor"_s}, {{u"LINLI_NEW_PASSWORD"_s, u"short"_s}})
            .exitCode,
        int(Invalid));
    QCOMPARE(fileSha256(m_keys), keysBefore);
    QCOMPARE(usersJson().size(), 3);
}

void tst_Cli::newUserMayChangeOwnPassword()
{
    QVERIFY(!initDb().isEmpty());
    QCOMPARE(asAdmin({u"users"_s, u"add"_s, u"wang"_s, u"--role"_s, u"property_clerk"_s},
                     {{u"LINLI_NEW_PASSWORD"_s, WangPassword}})
                 .exitCode,
             int(Ok));
    const QByteArray saltBefore = readAll(m_db).left(16);
    const Run same = as(u"wang"_s, WangPassword, {u"users"_s, u"passwd"_s}, {{u"LINLI_NEW_PASSWORD"_s, WangPassword}});
    QCOMPARE(same.exitCode, int(Invalid));
    const Run changed =
        as(u"wang"_s, WangPassword, {u"users"_s, u"passwd"_s}, {{u"LINLI_NEW_PASSWORD"_s, u"Wang-own-2026"_s}});
    QVERIFY2(changed.exitCode == Ok, qPrintable(changed.all()));
    QCOMPARE(as(u"wang"_s, WangPassword, {u"verify"_s}).exitCode, int(Auth));
    QCOMPARE(as(u"wang"_s, u"Wang-own-2026"_s, {u"verify"_s}).exitCode, int(Ok));
    QCOMPARE(byName(usersJson(), u"username"_s, u"wang"_s).value(u"must_change_password"_s).toBool(), false);
    // Only the key file changed: the database keeps its salt (no re-encryption).
    QCOMPARE(readAll(m_db).left(16), saltBefore);
}

void tst_Cli::usersDisableAndReenable()
{
    QVERIFY(!initDb().isEmpty());
    QCOMPARE(asAdmin({u"users"_s, u"add"_s, u"wang"_s, u"--role"_s, u"property_clerk"_s},
                     {{u"LINLI_NEW_PASSWORD"_s, WangPassword}})
                 .exitCode,
             int(Ok));
    QCOMPARE(as(u"wang"_s, WangPassword, {u"verify"_s}).exitCode, int(Ok));

    const Run disable = asAdmin({u"users"_s, u"disable"_s, u"wang"_s});
    QVERIFY2(disable.exitCode == Ok, qPrintable(disable.all()));
    QVERIFY(!readAll(m_keys).contains("\"wang\""));
    QCOMPARE(as(u"wang"_s, WangPassword, {u"verify"_s}).exitCode, int(Auth));
    const QJsonObject wang = byName(usersJson(), u"username"_s, u"wang"_s);
    QCOMPARE(wang.value(u"active"_s).toBool(), false);
    QCOMPARE(wang.value(u"role"_s).toString(), u"property_clerk"_s);

    QCOMPARE(asAdmin({u"users"_s, u"disable"_s, u"admin"_s}).exitCode, int(Invalid));  // not yourself
    QCOMPARE(asAdmin({u"users"_s, u"disable"_s, u"nobody"_s}).exitCode, int(Invalid)); // not found

    // An administrator re-enables by setting a temporary password.
    const Run reset = asAdmin({u"users"_s, u"passwd"_s, u"wang"_s}, {{u"LINLI_NEW_PASSWORD"_s, u"Wang-again-2026"_s}});
    QVERIFY2(reset.exitCode == Ok, qPrintable(reset.all()));
    QCOMPARE(as(u"wang"_s, WangPassword, {u"verify"_s}).exitCode, int(Auth));
    QCOMPARE(as(u"wang"_s, u"Wang-again-2026"_s, {u"verify"_s}).exitCode, int(Ok));
    const QJsonObject again = byName(usersJson(), u"username"_s, u"wang"_s);
    QCOMPARE(again.value(u"active"_s).toBool(), true);
    QCOMPARE(again.value(u"must_change_password"_s).toBool(), true);

    QStringList actions;
    for (const QJsonValue &v : auditJsonArray())
        actions.append(v.toObject().value(u"action"_s).toString());
    QVERIFY(actions.contains(u"user.disable"_s));
    QVERIFY(actions.contains(u"user.reset_password"_s));
}

void tst_Cli::auditJson()
{
    QVERIFY(!initDb().isEmpty());
    QCOMPARE(asAdmin({u"users"_s, u"add"_s, u"wang"_s, u"--role"_s, u"property_clerk"_s},
                     {{u"LINLI_NEW_PASSWORD"_s, WangPassword}})
                 .exitCode,
             int(Ok));
    QCOMPARE(as(u"wang"_s, u"Wrong-pass-2026"_s, {u"verify"_s}).exitCode, int(Auth));

    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const Run r = asAdmin({u"audit"_s, u"--from"_s, today, u"--to"_s, today, u"--json"_s});
    QCOMPARE(r.exitCode, int(Ok));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &pe);
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    QVERIFY(doc.isArray());
    const QJsonArray entries = doc.array();
    // Entries run from the database's creation, with contiguous sequence numbers.
    QVERIFY(entries.size() >= 5);
    qint64 seq = 0;
    QStringList actions;
    for (const QJsonValue &v : entries) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(u"seq"_s).toInteger(), ++seq);
        QCOMPARE(o.value(u"hash"_s).toString().size(), 64);
        QVERIFY(QDateTime::fromString(o.value(u"at"_s).toString(), Qt::ISODateWithMs).isValid());
        actions.append(o.value(u"action"_s).toString());
    }
    QCOMPARE(actions.first(), u"database.create"_s);
    QVERIFY(actions.contains(u"login"_s));
    QVERIFY(actions.contains(u"login.failed"_s));
    QJsonObject addWang;
    for (const QJsonValue &v : entries) {
        if (v.toObject().value(u"action"_s).toString() == u"user.add"
            && v.toObject().value(u"target"_s).toString() == u"wang")
            addWang = v.toObject();
    }
    QVERIFY(!addWang.isEmpty());
    QCOMPARE(addWang.value(u"actor"_s).toString(), u"admin"_s);
    QCOMPARE(addWang.value(u"details"_s).toObject().value(u"role"_s).toString(), u"property_clerk"_s);

    // A day without entries gives an empty array.
    const Run empty = asAdmin({u"audit"_s, u"--from"_s, u"2020-01-01"_s, u"--to"_s, u"2020-01-02"_s, u"--json"_s});
    QCOMPARE(empty.exitCode, int(Ok));
    QVERIFY(QJsonDocument::fromJson(empty.out.toUtf8()).isArray());
    QVERIFY(QJsonDocument::fromJson(empty.out.toUtf8()).array().isEmpty());

    // Without --json: one line per entry, in words.
    const Run text = asAdmin({u"audit"_s});
    QCOMPARE(text.exitCode, int(Ok));
    QVERIFY(text.out.count(u'\n') >= entries.size());
    QVERIFY(text.out.contains(u"wang"_s));
}

void tst_Cli::auditRefusesBadDates()
{
    QVERIFY(!initDb().isEmpty());
    const QByteArray dbBefore = fileSha256(m_db);
    const Run bad = asAdmin({u"audit"_s, u"--from"_s, u"2026-13-45"_s});
    QCOMPARE(bad.exitCode, int(Invalid));
    QVERIFY(bad.err.contains(u"2026-13-45"_s));
    QCOMPARE(asAdmin({u"audit"_s, u"--to"_s, u"yesterday"_s}).exitCode, int(Invalid));
    QCOMPARE(asAdmin({u"audit"_s, u"--from"_s, u"2026-11-30"_s, u"--to"_s, u"2026-11-01"_s}).exitCode, int(Invalid));
    QCOMPARE(asAdmin({u"audit"_s, u"--from"_s, u"2026-02-30"_s}).exitCode, int(Invalid));
    // Refused before signing in: the database was not even opened.
    QCOMPARE(fileSha256(m_db), dbBefore);
}

void tst_Cli::settingsShowAndSet()
{
    QVERIFY(!initDb().isEmpty());
    const Run show = asAdmin({u"settings"_s, u"show"_s, u"--json"_s});
    QCOMPARE(show.exitCode, int(Ok));
    QJsonObject o = QJsonDocument::fromJson(show.out.toUtf8()).object();
    QCOMPARE(o.value(u"organisation_name"_s).toString(), OrgName);
    QCOMPARE(o.value(u"idle_lock_minutes"_s).toInt(), 10);

    QCOMPARE(asAdmin({u"settings"_s, u"set"_s, u"organisation-name"_s, u"康乐社区居委会"_s}).exitCode, int(Ok));
    QCOMPARE(asAdmin({u"settings"_s, u"set"_s, u"idle-lock-minutes"_s, u"30"_s}).exitCode, int(Ok));
    QCOMPARE(asAdmin({u"settings"_s, u"set"_s, u"idle-lock-minutes"_s, u"241"_s}).exitCode, int(Invalid));
    QCOMPARE(asAdmin({u"settings"_s, u"set"_s, u"idle-lock-minutes"_s, u"soon"_s}).exitCode, int(Invalid));
    QCOMPARE(asAdmin({u"settings"_s, u"set"_s, u"colour"_s, u"red"_s}).exitCode, int(Usage));
    QCOMPARE(asAdmin({u"users"_s, u"add"_s, u"zhou"_s, u"--role"_s, u"auditor"_s},
                     {{u"LINLI_NEW_PASSWORD"_s, u"Zhou-temp-2026"_s}})
                 .exitCode,
             int(Ok));
    QCOMPARE(as(u"zhou"_s, u"Zhou-temp-2026"_s, {u"settings"_s, u"set"_s, u"idle-lock-minutes"_s, u"0"_s}).exitCode,
             int(Permission));
    const Run after = as(u"zhou"_s, u"Zhou-temp-2026"_s, {u"settings"_s, u"show"_s, u"--json"_s});
    QCOMPARE(after.exitCode, int(Ok));
    o = QJsonDocument::fromJson(after.out.toUtf8()).object();
    QCOMPARE(o.value(u"organisation_name"_s).toString(), u"康乐社区居委会"_s);
    QCOMPARE(o.value(u"idle_lock_minutes"_s).toInt(), 30);
}

void tst_Cli::backupAndRestore()
{
    const QString key = initDb();
    QVERIFY(!key.isEmpty());
    QCOMPARE(asAdmin({u"users"_s, u"add"_s, u"wang"_s, u"--role"_s, u"property_clerk"_s},
                     {{u"LINLI_NEW_PASSWORD"_s, WangPassword}})
                 .exitCode,
             int(Ok));
    const QString backup = path(u"office.bak"_s);
    const Run made = asAdmin({u"backup"_s, u"--out"_s, backup});
    QVERIFY2(made.exitCode == Ok, qPrintable(made.all()));
    QVERIFY(QFileInfo::exists(backup));
    const QByteArray backupBytes = readAll(backup);
    QVERIFY(!backupBytes.contains("SQLite format 3"));
    QVERIFY(!backupBytes.contains(OrgName.toUtf8()));
    // Never overwrites.
    const QByteArray backupHash = fileSha256(backup);
    QCOMPARE(asAdmin({u"backup"_s, u"--out"_s, backup}).exitCode, int(Invalid));
    QCOMPARE(fileSha256(backup), backupHash);

    // Restore with a password valid at backup time.
    const QString restored = path(u"restored.linli"_s);
    const Run r1 = cli({u"restore"_s, u"--from"_s, backup, u"--db"_s, restored, u"--user"_s, u"admin"_s},
                       {{u"LINLI_PASSWORD"_s, AdminPassword}});
    QVERIFY2(r1.exitCode == Ok, qPrintable(r1.all()));
    QVERIFY(QFileInfo::exists(restored + u".keys"_s));
    const Run v1 =
        cli({u"verify"_s, u"--db"_s, restored, u"--user"_s, u"wang"_s}, {{u"LINLI_PASSWORD"_s, WangPassword}});
    QVERIFY2(v1.exitCode == Ok, qPrintable(v1.all()));
    QVERIFY(v1.out.contains(u"ok"_s, Qt::CaseInsensitive));

    // Restore with the recovery key printed by init.
    const QString restored2 = path(u"restored2.linli"_s);
    const Run r2 = cli({u"restore"_s, u"--from"_s, backup, u"--db"_s, restored2, u"--recovery-key"_s},
                       {{u"LINLI_RECOVERY_KEY"_s, key}});
    QVERIFY2(r2.exitCode == Ok, qPrintable(r2.all()));
    const Run v2 =
        cli({u"verify"_s, u"--db"_s, restored2, u"--user"_s, u"admin"_s}, {{u"LINLI_PASSWORD"_s, AdminPassword}});
    QVERIFY2(v2.exitCode == Ok, qPrintable(v2.all()));
    const Run v2r = cli({u"verify"_s, u"--db"_s, restored2, u"--recovery-key"_s}, {{u"LINLI_RECOVERY_KEY"_s, key}});
    QCOMPARE(v2r.exitCode, int(Ok));
    // The restored database has the same accounts.
    const Run list = cli({u"users"_s, u"list"_s, u"--json"_s, u"--db"_s, restored2, u"--user"_s, u"admin"_s},
                         {{u"LINLI_PASSWORD"_s, AdminPassword}});
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 2);

    // Onto an existing file: refused, that file unchanged.
    const QByteArray restoredHash = fileSha256(restored);
    const QByteArray restoredKeys = fileSha256(restored + u".keys"_s);
    const Run onto = cli({u"restore"_s, u"--from"_s, backup, u"--db"_s, restored, u"--user"_s, u"admin"_s},
                         {{u"LINLI_PASSWORD"_s, AdminPassword}});
    QCOMPARE(onto.exitCode, int(Invalid));
    QVERIFY(!onto.err.isEmpty());
    QCOMPARE(fileSha256(restored), restoredHash);
    QCOMPARE(fileSha256(restored + u".keys"_s), restoredKeys);
    const QByteArray liveHash = fileSha256(m_db);
    QCOMPARE(cli({u"restore"_s, u"--from"_s, backup, u"--db"_s, m_db, u"--user"_s, u"admin"_s},
                 {{u"LINLI_PASSWORD"_s, AdminPassword}})
                 .exitCode,
             int(Invalid));
    QCOMPARE(fileSha256(m_db), liveHash);

    // A wrong password restores nothing.
    const QString restored3 = path(u"restored3.linli"_s);
    QCOMPARE(cli({u"restore"_s, u"--from"_s, backup, u"--db"_s, restored3, u"--user"_s, u"admin"_s},
                 {{u"LINLI_PASSWORD"_s, u"Wrong-pass-2026"_s}})
                 .exitCode,
             int(Auth));
    QVERIFY(!QFileInfo::exists(restored3));
    QVERIFY(!QFileInfo::exists(restored3 + u".keys"_s));

    // The backup is in the live audit log.
    bool audited = false;
    for (const QJsonValue &v : auditJsonArray())
        audited = audited || v.toObject().value(u"action"_s).toString() == u"backup";
    QVERIFY(audited);
}

void tst_Cli::truncatedDatabaseIsDamaged()
{
    QVERIFY(!initDb().isEmpty());
    const QByteArray bytes = readAll(m_db);
    QVERIFY(bytes.size() >= 4 * 1024);
    const QHash<QString, QString> pw{{u"LINLI_PASSWORD"_s, AdminPassword}};
    // Cut at a page boundary and in the middle of a page.
    for (const qsizetype size : {bytes.size() - 1024, bytes.size() / 2 + 100}) {
        const QString copy = path(u"cut-%1.linli"_s.arg(size));
        QFile out(copy);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(size));
        out.close();
        QVERIFY(QFile::copy(m_keys, copy + u".keys"_s));
        const Run r = cli({u"verify"_s, u"--db"_s, copy, u"--user"_s, u"admin"_s}, pw);
        QVERIFY2(r.exitCode == Damaged, qPrintable(QString::number(r.exitCode) + u' ' + r.all()));
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(readAll(copy), bytes.left(size)); // detected, not "repaired"
    }
    QCOMPARE(asAdmin({u"verify"_s}).exitCode, int(Ok));
}

void tst_Cli::tamperedAuditChainIsDamaged()
{
    const QString key = initDb();
    QVERIFY(!key.isEmpty());
    QCOMPARE(asAdmin({u"users"_s, u"add"_s, u"wang"_s, u"--role"_s, u"property_clerk"_s},
                     {{u"LINLI_NEW_PASSWORD"_s, WangPassword}})
                 .exitCode,
             int(Ok));
    {
        // Someone with the key rewrites history: who added wang.
        auto store = Linli::Storage::Store::open(m_db, Linli::Storage::Credentials::recoveryKey(key),
                                                 Linli::App::allMigrations(), Linli::Core::Clock::system());
        QVERIFY(store.ok());
        auto &c = (*store)->connection();
        QVERIFY(c.exec(u"DROP TRIGGER audit_log_no_update"_s).ok());
        auto seq = c.scalar(u"SELECT seq FROM audit_log WHERE action = 'user.add' AND target = 'wang'"_s);
        QVERIFY(seq.ok() && !seq->isNull());
        QVERIFY(c.execute(u"UPDATE audit_log SET actor = 'mallory' WHERE seq = ?"_s, {*seq}).ok());
        m_brokenSeq = seq->toLongLong();
    }
    const Run r = asAdmin({u"verify"_s});
    QCOMPARE(r.exitCode, int(Damaged));
    const Run js = asAdmin({u"verify"_s, u"--json"_s});
    QCOMPARE(js.exitCode, int(Damaged));
    const QJsonObject o = QJsonDocument::fromJson(js.out.toUtf8()).object();
    QCOMPARE(o.value(u"ok"_s).toBool(), false);
    QCOMPARE(o.value(u"audit_first_broken_entry"_s).toInteger(), m_brokenSeq);
    QVERIFY(!o.value(u"audit_problem"_s).toString().isEmpty());
    QVERIFY(o.value(u"integrity_problems"_s).toArray().isEmpty()); // the file itself is sound
}

void tst_Cli::missingKeyFile()
{
    const QString key = initDb();
    QVERIFY(!key.isEmpty());
    QVERIFY(QFile::remove(m_keys));
    const QByteArray dbBefore = fileSha256(m_db);
    const Run r = asAdmin({u"verify"_s});
    QCOMPARE(r.exitCode, int(Damaged));
    QVERIFY2(r.err.contains(u".keys"_s), qPrintable(r.err));
    QCOMPARE(fileSha256(m_db), dbBefore);

    // The recovery key alone still opens the data ...
    const Run rec = cli({u"verify"_s, u"--db"_s, m_db, u"--recovery-key"_s}, {{u"LINLI_RECOVERY_KEY"_s, key}});
    QVERIFY2(rec.exitCode == Ok, qPrintable(rec.all()));
    const Run list = cli({u"users"_s, u"list"_s, u"--json"_s, u"--db"_s, m_db, u"--recovery-key"_s},
                         {{u"LINLI_RECOVERY_KEY"_s, key}});
    QCOMPARE(list.exitCode, int(Ok));
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 1);
    // ... and lets an administrator set a password again, which writes a new key file.
    const Run reset = cli({u"users"_s, u"passwd"_s, u"admin"_s, u"--db"_s, m_db, u"--recovery-key"_s},
                          {{u"LINLI_RECOVERY_KEY"_s, key}, {u"LINLI_NEW_PASSWORD"_s, u"Admin-new-2026"_s}});
    QVERIFY2(reset.exitCode == Ok, qPrintable(reset.all()));
    QVERIFY(QFileInfo::exists(m_keys));
    QCOMPARE(as(u"admin"_s, u"Admin-new-2026"_s, {u"verify"_s}).exitCode, int(Ok));
    const Run audit = as(u"admin"_s, u"Admin-new-2026"_s, {u"audit"_s, u"--json"_s});
    QCOMPARE(audit.exitCode, int(Ok));
    QStringList actions;
    for (const QJsonValue &v : QJsonDocument::fromJson(audit.out.toUtf8()).array())
        actions.append(v.toObject().value(u"action"_s).toString());
    QVERIFY(actions.contains(u"login.recovery"_s));
    QVERIFY(actions.contains(u"user.reset_password"_s));
}

void tst_Cli::exportsAreWrittenAndAudited()
{
    QVERIFY(!initDb().isEmpty());
    QCOMPARE(
        asAdmin({u"users"_s, u"add"_s, u"wang"_s, u"--role"_s, u"property_clerk"_s, u"--display-name"_s, u"王收费"_s},
                {{u"LINLI_NEW_PASSWORD"_s, WangPassword}})
            .exitCode,
        int(Ok));
    const QString pdf = path(u"staff.pdf"_s);
    const QString xlsx = path(u"staff.xlsx"_s);
    const QString csv = path(u"staff.csv"_s);
    const Run pdfRun = asAdmin({u"users"_s, u"list"_s, u"--pdf"_s, pdf});
    QVERIFY2(pdfRun.exitCode == Ok, qPrintable(pdfRun.all()));
    QVERIFY(readAll(pdf).startsWith("%PDF"));
    const Run files = asAdmin({u"users"_s, u"list"_s, u"--xlsx"_s, xlsx, u"--csv"_s, csv});
    QVERIFY2(files.exitCode == Ok, qPrintable(files.all()));
    QVERIFY(readAll(xlsx).startsWith("PK")); // a zip container
    const QString csvText = QString::fromUtf8(readAll(csv));
    QVERIFY(csvText.contains(u"admin"_s));
    QVERIFY(csvText.contains(u"王收费"_s));

    // The PDF's text layer has the names and the organisation exactly (not look-alike radicals).
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed; scripts/dev.sh installs it");
    {
        QProcess p;
        p.start(pdftotext, {pdf, u"-"_s});
        QVERIFY(p.waitForFinished(60'000));
        QCOMPARE(p.exitCode(), 0);
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(u"admin"_s), qPrintable(text));
        QVERIFY2(text.contains(OrgName), qPrintable(text));
        QVERIFY2(text.contains(u"王收费"_s), qPrintable(text));
    }

    // A property clerk may export data, but not the staff list (exit 5, no file).
    const QString denied = path(u"denied.csv"_s);
    QCOMPARE(as(u"wang"_s, WangPassword, {u"users"_s, u"list"_s, u"--csv"_s, denied}).exitCode, int(Permission));
    QVERIFY(!QFileInfo::exists(denied));

    // Every export is in the audit log with its file name.
    QStringList exported;
    for (const QJsonValue &v : auditJsonArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"action"_s).toString() != u"export")
            continue;
        QCOMPARE(o.value(u"actor"_s).toString(), u"admin"_s);
        QCOMPARE(o.value(u"target"_s).toString(), u"staff-list"_s);
        QCOMPARE(o.value(u"details"_s).toObject().value(u"rows"_s).toInteger(), 2);
        exported.append(o.value(u"details"_s).toObject().value(u"file"_s).toString());
    }
    exported.sort();
    QCOMPARE(exported, (QStringList{u"staff.csv"_s, u"staff.pdf"_s, u"staff.xlsx"_s}));

    // The audit log itself exports too, and that is recorded as well.
    const QString auditCsv = path(u"audit.csv"_s);
    QCOMPARE(asAdmin({u"audit"_s, u"--csv"_s, auditCsv}).exitCode, int(Ok));
    QVERIFY(QString::fromUtf8(readAll(auditCsv)).contains(u"wang"_s));
    bool auditExport = false;
    for (const QJsonValue &v : auditJsonArray())
        auditExport = auditExport || v.toObject().value(u"target"_s).toString() == u"audit-log";
    QVERIFY(auditExport);
}

void tst_Cli::chineseLanguage()
{
    QVERIFY(!initDb().isEmpty());
    // Translations may still be incomplete: only the exit codes are asserted.
    const Run zh = cli({u"--lang"_s, u"zh_CN"_s, u"verify"_s, u"--db"_s, m_db, u"--user"_s, u"admin"_s},
                       {{u"LINLI_PASSWORD"_s, AdminPassword}});
    QCOMPARE(zh.exitCode, int(Ok));
    if (!zh.out.contains(QRegularExpression(u"\\p{Han}"_s)))
        qWarning("linli-cli --lang zh_CN printed no Chinese: %s", qPrintable(zh.out));
    const Run zhWrong = cli({u"--lang"_s, u"zh_CN"_s, u"verify"_s, u"--db"_s, m_db, u"--user"_s, u"admin"_s},
                            {{u"LINLI_PASSWORD"_s, u"Wrong-pass-2026"_s}});
    QCOMPARE(zhWrong.exitCode, int(Auth));
    const Run byLang = cli({u"verify"_s, u"--db"_s, m_db, u"--user"_s, u"admin"_s},
                           {{u"LINLI_PASSWORD"_s, AdminPassword}}, u"zh_CN.UTF-8"_s);
    QCOMPARE(byLang.exitCode, int(Ok));
    const Run usage = cli({u"--lang"_s, u"zh_CN"_s, u"frobnicate"_s});
    QCOMPARE(usage.exitCode, int(Usage));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
