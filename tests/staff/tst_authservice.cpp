// AuthService: sign-in, the failure journal beside the database, lockout, recovery-key sign-in,
// screen unlock and sign-out — each audited.

#include "stafftestutil.h"

#include <staff/attemptjournal.h>
#include <staff/userservice.h>

#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Linli;
using namespace Linli::StaffTest;
using Core::Role;

class tst_AuthService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void signInAuditsLogin();
    void wrongPasswordTouchesNothingAndIsAuditedLater();
    void unknownUserAndEmptyNameRefused();
    void fiveFailuresLockTheAccountForTheWindow();
    void lockoutIsPerUser();
    void recoveryKeySignIn();
    void wrongRecoveryKeyRefused();
    void disabledUserCannotSignIn();
    void unlockChecksThePassword();
    void signOutAuditsLogout();

private:
    Result<Staff::Session> signIn(const QString &user, const QString &password) const
    {
        return Staff::AuthService(m_clock).signIn(m_dbPath, Storage::Credentials::password(user, password),
                                                  App::allMigrations());
    }
    // Creates the database with "admin" and "wang" (property clerk) and closes it.
    void createDb();
    QByteArray dbHash() const { return fileSha256(m_dbPath); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
    QString m_keysPath;
    QString m_recoveryKey;
    Core::ManualClock m_clock;
};

void tst_AuthService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = m_dir->filePath(u"linli.db"_s);
    m_keysPath = Storage::KeySlotFile::pathFor(m_dbPath);
    m_clock.setMs(1'790'000'000'000);
}

void tst_AuthService::cleanup()
{
    m_dir.reset();
}

void tst_AuthService::createDb()
{
    auto s = Staff::createDatabase(m_dbPath, u"admin"_s, AdminPassword, OrgName, App::allMigrations(), m_clock,
                                   &m_recoveryKey);
    LINLI_VERIFY_OK(s);
    LINLI_VERIFY_OK(
        Staff::UserService(*s->store).add(s->actor, u"wang"_s, u"王收费"_s, Role::PropertyClerk, u"Wang-pass-1"_s));
}

void tst_AuthService::signInAuditsLogin()
{
    createDb();
    m_clock.advanceMs(3'600'000);
    auto s = signIn(u"  WANG "_s, u"Wang-pass-1"_s); // names are trimmed and case-insensitive
    LINLI_VERIFY_OK(s);
    QVERIFY(s->store);
    QCOMPARE(s->actor.username, u"wang"_s);
    QCOMPARE(s->actor.displayName, u"王收费"_s);
    QCOMPARE(s->actor.role, Role::PropertyClerk);
    QVERIFY(!s->actor.userId.isEmpty());
    QVERIFY(!s->viaRecoveryKey);
    QVERIFY(s->mustChangePassword);

    const QList<Storage::AuditEntry> logins = auditEntries(*s->store, u"login"_s);
    QCOMPARE(logins.size(), 1);
    QCOMPARE(logins.first().actor, u"wang"_s);
    QCOMPARE(logins.first().atMs, m_clock.nowMs());
    QCOMPARE(auditActions(*s->store).last(), u"login"_s);
    QVERIFY(auditChainOk(*s->store));
    auto user = Staff::UserService(*s->store).find(u"wang"_s);
    QCOMPARE(user->lastLoginAtMs, m_clock.nowMs());
    QVERIFY(!QFile::exists(Staff::AttemptJournal(m_dbPath).path()));

    s->store.reset();
    auto admin = signIn(u"admin"_s, AdminPassword);
    LINLI_VERIFY_OK(admin);
    QVERIFY(!admin->mustChangePassword);
    QCOMPARE(admin->actor.role, Role::Admin);
}

void tst_AuthService::wrongPasswordTouchesNothingAndIsAuditedLater()
{
    createDb();
    const QByteArray dbBefore = dbHash();
    const QByteArray keysBefore = fileSha256(m_keysPath);
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);

    m_clock.advanceMs(1000);
    const qint64 failedAt = m_clock.nowMs();
    auto wrong = signIn(u"wang"_s, u"Wang-pass-X"_s);
    LINLI_VERIFY_ERROR(wrong, ErrorCode::AuthenticationFailed);
    QVERIFY(!wrong.error().message().contains(u"Wang-pass-X"_s));
    QCOMPARE(dbHash(), dbBefore);
    QCOMPARE(fileSha256(m_keysPath), keysBefore);
    QVERIFY(!QFile::exists(m_dbPath + u"-wal"_s));
    // The failure is journalled beside the database, not in it.
    const Staff::AttemptJournal journal(m_dbPath);
    QCOMPARE(journal.read().size(), 1);
    QCOMPARE(journal.read().first().user, u"wang"_s);
    QCOMPARE(journal.read().first().atMs, failedAt);
    QCOMPARE(Staff::AuthService(m_clock).recentFailures(m_dbPath, u"wang"_s), 1);
    QStringList filesNow = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    filesNow.removeAll(QFileInfo(journal.path()).fileName());
    QCOMPARE(filesNow, filesBefore);
    // The journal holds no password.
    QVERIFY(!readAll(journal.path()).contains("Wang-pass-X"));

    // A second failure, then the next successful sign-in (by anyone) moves both into the log.
    m_clock.advanceMs(1000);
    LINLI_VERIFY_ERROR(signIn(u"admin"_s, u"Admin-wrong-1"_s), ErrorCode::AuthenticationFailed);
    QCOMPARE(dbHash(), dbBefore);
    m_clock.advanceMs(1000);
    auto ok = signIn(u"wang"_s, u"Wang-pass-1"_s);
    LINLI_VERIFY_OK(ok);
    const QList<Storage::AuditEntry> failed = auditEntries(*ok->store, u"login.failed"_s);
    QCOMPARE(failed.size(), 2);
    QCOMPARE(failed.at(0).target, u"wang"_s);
    QCOMPARE(failed.at(0).atMs, failedAt);
    QCOMPARE(failed.at(1).target, u"admin"_s);
    QCOMPARE(failed.at(1).atMs, failedAt + 1000);
    const QStringList actions = auditActions(*ok->store);
    QCOMPARE(actions.mid(actions.size() - 3), (QStringList{u"login.failed"_s, u"login.failed"_s, u"login"_s}));
    QVERIFY(auditChainOk(*ok->store));
    // wang's failures are forgotten; admin's stays for admin's lockout, marked as copied.
    QCOMPARE(Staff::AuthService(m_clock).recentFailures(m_dbPath, u"wang"_s), 0);
    QCOMPARE(Staff::AuthService(m_clock).recentFailures(m_dbPath, u"admin"_s), 1);
    for (const Staff::AttemptJournal::Attempt &a : journal.read())
        QVERIFY(a.audited);
    ok->store.reset();

    // Flushed once: the next sign-in adds no more failures.
    auto again = signIn(u"wang"_s, u"Wang-pass-1"_s);
    LINLI_VERIFY_OK(again);
    QCOMPARE(auditEntries(*again->store, u"login.failed"_s).size(), 2);
}

void tst_AuthService::unknownUserAndEmptyNameRefused()
{
    createDb();
    const QByteArray dbBefore = dbHash();
    LINLI_VERIFY_ERROR(signIn(u"nobody"_s, u"Some-pass-1"_s), ErrorCode::AuthenticationFailed);
    LINLI_VERIFY_ERROR(signIn(u"   "_s, AdminPassword), ErrorCode::InvalidInput);
    LINLI_VERIFY_ERROR(signIn(QString(), AdminPassword), ErrorCode::InvalidInput);
    QCOMPARE(dbHash(), dbBefore);
    // The same answer for a wrong name and a wrong password.
    auto unknown = signIn(u"nobody2"_s, u"Some-pass-1"_s);
    auto wrong = signIn(u"wang"_s, u"Some-pass-1"_s);
    QCOMPARE(unknown.error().message(), wrong.error().message());
    LINLI_VERIFY_ERROR(Staff::AuthService(m_clock).signIn(m_dir->filePath(u"missing.db"_s),
                                                          Storage::Credentials::password(u"admin"_s, AdminPassword),
                                                          App::allMigrations()),
                       ErrorCode::NotFound);
}

void tst_AuthService::fiveFailuresLockTheAccountForTheWindow()
{
    createDb();
    const QByteArray dbBefore = dbHash();
    const qint64 start = m_clock.nowMs();
    QCOMPARE(Staff::AttemptJournal::MaxFailures, 5);
    QCOMPARE(Staff::AttemptJournal::WindowMs, 15 * 60 * 1000);
    for (int i = 0; i < Staff::AttemptJournal::MaxFailures; ++i) {
        // Two minutes apart: all five fall inside the 15-minute window.
        if (i > 0)
            m_clock.advanceMs(2 * 60 * 1000);
        LINLI_VERIFY_ERROR(signIn(u"wang"_s, u"Wrong-pass-%1"_s.arg(i)), ErrorCode::AuthenticationFailed);
        QCOMPARE(Staff::AuthService(m_clock).recentFailures(m_dbPath, u"wang"_s), i + 1);
    }
    // Now even the right password is refused, before any key work, and the file is untouched.
    auto locked = signIn(u"wang"_s, u"Wang-pass-1"_s);
    LINLI_VERIFY_ERROR(locked, ErrorCode::LockedOut);
    QCOMPARE(dbHash(), dbBefore);
    // A refusal while locked is not another failure.
    QCOMPARE(Staff::AttemptJournal(m_dbPath).read().size(), Staff::AttemptJournal::MaxFailures);
    QVERIFY(Staff::AttemptJournal(m_dbPath).lockedForMs(u"wang"_s, m_clock.nowMs()) > 0);

    // Still locked one minute before the first failure leaves the window.
    m_clock.setMs(start + Staff::AttemptJournal::WindowMs - 60'000);
    LINLI_VERIFY_ERROR(signIn(u"wang"_s, u"Wang-pass-1"_s), ErrorCode::LockedOut);
    QCOMPARE(dbHash(), dbBefore);
    // The oldest failure has left the window: four remain, so the account is open again.
    m_clock.setMs(start + Staff::AttemptJournal::WindowMs + 1);
    QCOMPARE(Staff::AttemptJournal(m_dbPath).lockedForMs(u"wang"_s, m_clock.nowMs()), 0);
    auto ok = signIn(u"wang"_s, u"Wang-pass-1"_s);
    LINLI_VERIFY_OK(ok);
    QCOMPARE(auditEntries(*ok->store, u"login.failed"_s).size(), Staff::AttemptJournal::MaxFailures);
    QVERIFY(auditChainOk(*ok->store));
    QCOMPARE(Staff::AuthService(m_clock).recentFailures(m_dbPath, u"wang"_s), 0);
}

void tst_AuthService::lockoutIsPerUser()
{
    createDb();
    for (int i = 0; i < Staff::AttemptJournal::MaxFailures; ++i)
        LINLI_VERIFY_ERROR(signIn(u"wang"_s, u"Wrong-pass-%1"_s.arg(i)), ErrorCode::AuthenticationFailed);
    LINLI_VERIFY_ERROR(signIn(u"WANG"_s, u"Wang-pass-1"_s), ErrorCode::LockedOut);
    // Another account is not affected.
    m_clock.advanceMs(60'000);
    auto admin = signIn(u"admin"_s, AdminPassword);
    LINLI_VERIFY_OK(admin);
    QCOMPARE(auditEntries(*admin->store, u"login.failed"_s).size(), Staff::AttemptJournal::MaxFailures);
    // ... and someone else's sign-in or unlock does not lift wang's lockout.
    LINLI_VERIFY_ERROR(signIn(u"wang"_s, u"Wang-pass-1"_s), ErrorCode::LockedOut);
    LINLI_VERIFY_OK(Staff::AuthService(m_clock).unlock(*admin, AdminPassword));
    LINLI_VERIFY_ERROR(signIn(u"wang"_s, u"Wang-pass-1"_s), ErrorCode::LockedOut);
    // The failures were copied into the audit log once, not at every sign-in.
    QCOMPARE(auditEntries(*admin->store, u"login.failed"_s).size(), Staff::AttemptJournal::MaxFailures);
    admin->store.reset();
    m_clock.advanceMs(60'000);
    auto admin2 = signIn(u"admin"_s, AdminPassword);
    LINLI_VERIFY_OK(admin2);
    QCOMPARE(auditEntries(*admin2->store, u"login.failed"_s).size(), Staff::AttemptJournal::MaxFailures);
    admin2->store.reset();
    // After the window, wang signs in again.
    m_clock.advanceMs(Staff::AttemptJournal::WindowMs);
    LINLI_VERIFY_OK(signIn(u"wang"_s, u"Wang-pass-1"_s));
    QVERIFY(!QFile::exists(Staff::AttemptJournal(m_dbPath).path()));
}

void tst_AuthService::recoveryKeySignIn()
{
    createDb();
    QCOMPARE(m_recoveryKey.count(u'-'), 13); // 14 groups
    m_clock.advanceMs(5000);
    auto s = Staff::AuthService(m_clock).signIn(m_dbPath, Storage::Credentials::recoveryKey(m_recoveryKey),
                                                App::allMigrations());
    LINLI_VERIFY_OK(s);
    QVERIFY(s->viaRecoveryKey);
    QCOMPARE(s->actor.role, Role::Admin);
    QVERIFY(s->actor.can(Core::Permission::ManageUsers));
    QVERIFY(!s->mustChangePassword);
    const QList<Storage::AuditEntry> rec = auditEntries(*s->store, u"login.recovery"_s);
    QCOMPARE(rec.size(), 1);
    QCOMPARE(rec.first().atMs, m_clock.nowMs());
    QCOMPARE(rec.first().actor, s->actor.username);
    QVERIFY(auditEntries(*s->store, u"login"_s).isEmpty());
    QVERIFY(auditChainOk(*s->store));

    // The recovery key may reset every password, the only administrator's too.
    LINLI_VERIFY_OK(Staff::UserService(*s->store).resetPassword(s->actor, u"admin"_s, u"Admin-after-loss"_s));
    s->store.reset();
    LINLI_VERIFY_ERROR(signIn(u"admin"_s, AdminPassword), ErrorCode::AuthenticationFailed);
    auto admin = signIn(u"admin"_s, u"Admin-after-loss"_s);
    LINLI_VERIFY_OK(admin);
    QVERIFY(admin->mustChangePassword);

    // Lower case and spaces instead of dashes are accepted too.
    admin->store.reset();
    QString typed = m_recoveryKey.toLower();
    typed.replace(u'-', u' ');
    LINLI_VERIFY_OK(
        Staff::AuthService(m_clock).signIn(m_dbPath, Storage::Credentials::recoveryKey(typed), App::allMigrations()));
}

void tst_AuthService::wrongRecoveryKeyRefused()
{
    createDb();
    const QByteArray dbBefore = dbHash();
    QString wrong = m_recoveryKey;
    wrong[0] = wrong.at(0) == u'A' ? u'B' : u'A';
    auto s =
        Staff::AuthService(m_clock).signIn(m_dbPath, Storage::Credentials::recoveryKey(wrong), App::allMigrations());
    QVERIFY(!s);
    QVERIFY(s.error().code() == ErrorCode::AuthenticationFailed || s.error().code() == ErrorCode::InvalidInput);
    LINLI_VERIFY_ERROR(Staff::AuthService(m_clock).signIn(m_dbPath, Storage::Credentials::recoveryKey(u"ABCD-EFGH"_s),
                                                          App::allMigrations()),
                       ErrorCode::InvalidInput);
    QCOMPARE(dbHash(), dbBefore);
}

void tst_AuthService::disabledUserCannotSignIn()
{
    createDb();
    {
        auto admin = signIn(u"admin"_s, AdminPassword);
        LINLI_VERIFY_OK(admin);
        LINLI_VERIFY_OK(Staff::UserService(*admin->store).disable(admin->actor, u"wang"_s));
    }
    const QByteArray dbBefore = dbHash();
    LINLI_VERIFY_ERROR(signIn(u"wang"_s, u"Wang-pass-1"_s), ErrorCode::AuthenticationFailed);
    QCOMPARE(dbHash(), dbBefore);
    auto admin = signIn(u"admin"_s, AdminPassword);
    LINLI_VERIFY_OK(admin);
    const QList<Storage::AuditEntry> failed = auditEntries(*admin->store, u"login.failed"_s);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().target, u"wang"_s);
}

void tst_AuthService::unlockChecksThePassword()
{
    createDb();
    auto s = signIn(u"wang"_s, u"Wang-pass-1"_s);
    LINLI_VERIFY_OK(s);
    const Staff::AuthService auth(m_clock);

    m_clock.advanceMs(10 * 60 * 1000);
    LINLI_VERIFY_ERROR(auth.unlock(*s, u"Wang-wrong-1"_s), ErrorCode::AuthenticationFailed);
    QCOMPARE(auth.recentFailures(m_dbPath, u"wang"_s), 1);
    QVERIFY(auditEntries(*s->store, u"unlock"_s).isEmpty());
    // Another user's password does not unlock wang's session.
    LINLI_VERIFY_ERROR(auth.unlock(*s, AdminPassword), ErrorCode::AuthenticationFailed);

    m_clock.advanceMs(1000);
    LINLI_VERIFY_OK(auth.unlock(*s, u"Wang-pass-1"_s));
    const QList<Storage::AuditEntry> unlocks = auditEntries(*s->store, u"unlock"_s);
    QCOMPARE(unlocks.size(), 1);
    QCOMPARE(unlocks.first().actor, u"wang"_s);
    QCOMPARE(unlocks.first().atMs, m_clock.nowMs());
    // The failures at the lock screen reached the audit log with the successful unlock.
    QCOMPARE(auditEntries(*s->store, u"login.failed"_s).size(), 2);
    QCOMPARE(auth.recentFailures(m_dbPath, u"wang"_s), 0);
    QVERIFY(auditChainOk(*s->store));

    // Five wrong unlocks lock the account: the right password is refused too.
    for (int i = 0; i < Staff::AttemptJournal::MaxFailures; ++i)
        LINLI_VERIFY_ERROR(auth.unlock(*s, u"Wang-wrong-%1"_s.arg(i)), ErrorCode::AuthenticationFailed);
    LINLI_VERIFY_ERROR(auth.unlock(*s, u"Wang-pass-1"_s), ErrorCode::LockedOut);
    m_clock.advanceMs(Staff::AttemptJournal::WindowMs + 1000);
    LINLI_VERIFY_OK(auth.unlock(*s, u"Wang-pass-1"_s));
}

void tst_AuthService::signOutAuditsLogout()
{
    createDb();
    auto s = signIn(u"wang"_s, u"Wang-pass-1"_s);
    LINLI_VERIFY_OK(s);
    m_clock.advanceMs(30'000);
    const qint64 outAt = m_clock.nowMs();
    const Staff::AuthService auth(m_clock);
    LINLI_VERIFY_OK(auth.signOut(*s));
    QVERIFY(!s->store);                // the database is closed
    LINLI_VERIFY_OK(auth.signOut(*s)); // twice is harmless

    m_clock.advanceMs(1000);
    auto admin = signIn(u"admin"_s, AdminPassword);
    LINLI_VERIFY_OK(admin);
    const QList<Storage::AuditEntry> logouts = auditEntries(*admin->store, u"logout"_s);
    QCOMPARE(logouts.size(), 1);
    QCOMPARE(logouts.first().actor, u"wang"_s);
    QCOMPARE(logouts.first().atMs, outAt);
    QVERIFY(auditChainOk(*admin->store));
}

QTEST_GUILESS_MAIN(tst_AuthService)
#include "tst_authservice.moc"
