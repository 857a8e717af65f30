// UserService: accounts with key slots. Every change checks the permission, validates, runs in
// one transaction with its audit entry and rewrites only the key-slot file, never the data.

#include "stafftestutil.h"

#include <staff/userservice.h>
#include <storage/transaction.h>

#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Linli;
using namespace Linli::StaffTest;
using Core::Role;

class tst_UserService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addUsersOfEachRole();
    void nonAdminsCannotChangeAccounts_data();
    void nonAdminsCannotChangeAccounts();
    void duplicateUserNameRefused();
    void invalidNamesAndPasswordsRefused_data();
    void invalidNamesAndPasswordsRefused();
    void invalidPasswordOnResetRefused();
    void disableRemovesKeySlotAndResetReenables();
    void cannotDisableOwnAccount();
    void lastActiveAdminCannotBeDisabledOrDemoted();
    void changeOwnPasswordNeedsCurrentPassword();
    void failedChangeLeavesNothingBehind();
    void everyChangeIsAuditedAndChainStaysWhole();
    void passwordChangesNeverReencryptTheDatabase();

private:
    // Creates the database with "admin" and leaves the session open in m_session.
    void createDb();
    void closeDb() { m_session.store.reset(); }
    Result<Staff::Session> signIn(const QString &user, const QString &password)
    {
        return Staff::AuthService(m_clock).signIn(m_dbPath, Storage::Credentials::password(user, password),
                                                  App::allMigrations());
    }
    Storage::Store &store() { return *m_session.store; }
    const Core::Actor &admin() const { return m_session.actor; }
    QStringList userSummary()
    {
        QStringList out;
        auto list = Staff::UserService(store()).list(admin());
        if (!list)
            return {u"<error>"_s};
        for (const Staff::StaffUser &u : std::as_const(*list))
            out.append(u.username + u'|' + u.displayName + u'|' + Core::roleCode(u.role) + u'|'
                       + QString::number(u.active) + u'|' + QString::number(u.mustChangePassword));
        return out;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
    QString m_keysPath;
    QString m_recoveryKey;
    Core::ManualClock m_clock;
    Staff::Session m_session;
};

void tst_UserService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = m_dir->filePath(u"linli.db"_s);
    m_keysPath = Storage::KeySlotFile::pathFor(m_dbPath);
    m_recoveryKey.clear();
    m_clock.setMs(1'790'000'000'000);
}

void tst_UserService::cleanup()
{
    m_session = Staff::Session();
    m_dir.reset();
}

void tst_UserService::createDb()
{
    auto s = Staff::createDatabase(m_dbPath, u"admin"_s, AdminPassword, OrgName, App::allMigrations(), m_clock,
                                   &m_recoveryKey);
    LINLI_VERIFY_OK(s);
    m_session = std::move(*s);
    QCOMPARE(m_session.actor.role, Role::Admin);
    QVERIFY(!m_recoveryKey.isEmpty());
}

void tst_UserService::addUsersOfEachRole()
{
    createDb();
    Staff::UserService users(store());
    const QList<std::tuple<QString, QString, Role>> wanted = {
        {u"li.admin"_s, u"李管理"_s, Role::Admin},         {u"reviewer"_s, u"李审核"_s, Role::SubdistrictReviewer},
        {u"clerk"_s, u"王办事"_s, Role::SubdistrictClerk}, {u"wang"_s, u"王收费"_s, Role::PropertyClerk},
        {u"social_1"_s, u"陈社工"_s, Role::SocialWorker},  {u"审计员"_s, u""_s, Role::Auditor},
    };
    for (const auto &[name, display, role] : wanted) {
        m_clock.advanceMs(1000);
        auto u = users.add(admin(), name, display, role, u"Temp-pass-"_s + name);
        LINLI_VERIFY_OK(u);
        QCOMPARE(u->username, name);
        QCOMPARE(u->role, role);
        QCOMPARE(u->displayName, display.isEmpty() ? name : display);
        QVERIFY(u->mustChangePassword);
        QVERIFY(u->active);
        QCOMPARE(u->createdAtMs, m_clock.nowMs());
    }
    // User names are stored normalised (trimmed, lower case).
    auto upper = users.add(admin(), u"  ZHAO  "_s, u"赵"_s, Role::SocialWorker, u"Temp-pass-zhao"_s);
    LINLI_VERIFY_OK(upper);
    QCOMPARE(upper->username, u"zhao"_s);

    auto list = users.list(admin());
    LINLI_VERIFY_OK(list);
    QCOMPARE(list->size(), wanted.size() + 2);
    QStringList names;
    for (const Staff::StaffUser &u : std::as_const(*list))
        names.append(u.username);
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(names, sorted); // sorted by user name
    for (const auto &[name, display, role] : wanted) {
        auto found = users.find(name);
        LINLI_VERIFY_OK(found);
        QCOMPARE(found->role, role);
        QVERIFY(store().keySlots().hasUser(name));
    }
    auto adminUser = users.find(u"ADMIN"_s);
    LINLI_VERIFY_OK(adminUser);
    QCOMPARE(adminUser->role, Role::Admin);
    QVERIFY(!adminUser->mustChangePassword); // chose their own password at creation
    LINLI_VERIFY_ERROR(users.find(u"nobody"_s), ErrorCode::NotFound);

    // The slot file on disk has every account, and a new account's password opens the database.
    auto onDisk = Storage::KeySlotFile::load(m_keysPath);
    LINLI_VERIFY_OK(onDisk);
    QCOMPARE(onDisk->users().size(), wanted.size() + 2);
    closeDb();
    auto wang = signIn(u"wang"_s, u"Temp-pass-wang"_s);
    LINLI_VERIFY_OK(wang);
    QCOMPARE(wang->actor.role, Role::PropertyClerk);
    QCOMPARE(wang->actor.displayName, u"王收费"_s);
    QVERIFY(wang->mustChangePassword);

    const QList<Storage::AuditEntry> adds = auditEntries(*wang->store, u"user.add"_s);
    QCOMPARE(adds.size(), wanted.size() + 2); // the first administrator too
    QCOMPARE(adds.at(1).target, u"li.admin"_s);
    QCOMPARE(adds.at(1).actor, u"admin"_s);
    QVERIFY(adds.at(1).details.contains(u"\"role\":\"admin\""_s));
    QVERIFY(adds.at(4).details.contains(u"property_clerk"_s));
    QVERIFY(auditChainOk(*wang->store));
}

void tst_UserService::nonAdminsCannotChangeAccounts_data()
{
    QTest::addColumn<Role>("role");
    QTest::newRow("property_clerk") << Role::PropertyClerk;
    QTest::newRow("auditor") << Role::Auditor;
    QTest::newRow("subdistrict_reviewer") << Role::SubdistrictReviewer;
    QTest::newRow("social_worker") << Role::SocialWorker;
}

void tst_UserService::nonAdminsCannotChangeAccounts()
{
    QFETCH(Role, role);
    createDb();
    Staff::UserService users(store());
    LINLI_VERIFY_OK(users.add(admin(), u"actor"_s, {}, role, u"Actor-pass-1"_s));
    LINLI_VERIFY_OK(users.add(admin(), u"wang"_s, {}, Role::SocialWorker, u"Wang-pass-1"_s));
    auto actorUser = users.find(u"actor"_s);
    LINLI_VERIFY_OK(actorUser);
    const Core::Actor actor{actorUser->id, actorUser->username, actorUser->displayName, actorUser->role};

    const QStringList usersBefore = userSummary();
    const QByteArray keysBefore = readAll(m_keysPath);
    const QStringList auditBefore = auditActions(store());
    QVERIFY(!keysBefore.isEmpty());

    LINLI_VERIFY_ERROR(users.add(actor, u"intruder"_s, {}, Role::Admin, u"Intruder-pass-1"_s),
                       ErrorCode::PermissionDenied);
    LINLI_VERIFY_ERROR(users.resetPassword(actor, u"wang"_s, u"Chosen-by-clerk"_s), ErrorCode::PermissionDenied);
    LINLI_VERIFY_ERROR(users.resetPassword(actor, u"admin"_s, u"Chosen-by-clerk"_s), ErrorCode::PermissionDenied);
    LINLI_VERIFY_ERROR(users.disable(actor, u"wang"_s), ErrorCode::PermissionDenied);
    LINLI_VERIFY_ERROR(users.disable(actor, u"admin"_s), ErrorCode::PermissionDenied);
    LINLI_VERIFY_ERROR(users.update(actor, u"wang"_s, u"改名"_s, Role::Admin), ErrorCode::PermissionDenied);
    // Not even their own role.
    LINLI_VERIFY_ERROR(users.update(actor, u"actor"_s, u"改名"_s, Role::Admin), ErrorCode::PermissionDenied);
    // The message names the role in words, for people.
    auto denied = users.disable(actor, u"wang"_s);
    QVERIFY(denied.error().message().contains(Core::roleDisplayName(role)));

    QCOMPARE(userSummary(), usersBefore);
    QCOMPARE(readAll(m_keysPath), keysBefore);
    QCOMPARE(store().keySlots().toJson(), Storage::KeySlotFile::load(m_keysPath)->toJson());
    QCOMPARE(auditActions(store()), auditBefore);
    auto intruder = users.find(u"intruder"_s);
    LINLI_VERIFY_ERROR(intruder, ErrorCode::NotFound);

    // Listing accounts is for administrators and auditors only.
    auto list = users.list(actor);
    if (role == Role::Auditor) {
        LINLI_VERIFY_OK(list);
        QCOMPARE(list->size(), 3);
    } else {
        LINLI_VERIFY_ERROR(list, ErrorCode::PermissionDenied);
    }

    // Everyone may change their own password.
    LINLI_VERIFY_OK(users.changeOwnPassword(actor, u"Actor-pass-1"_s, u"Actor-pass-2"_s));
    QVERIFY(readAll(m_keysPath) != keysBefore);
    QVERIFY(!users.find(u"actor"_s)->mustChangePassword);
}

void tst_UserService::duplicateUserNameRefused()
{
    createDb();
    Staff::UserService users(store());
    LINLI_VERIFY_OK(users.add(admin(), u"wang"_s, u"王一"_s, Role::PropertyClerk, u"Wang-pass-1"_s));
    const QStringList before = userSummary();
    const QByteArray keysBefore = readAll(m_keysPath);
    const int auditBefore = int(auditEntries(store()).size());

    for (const QString &name : {u"wang"_s, u"WANG"_s, u" wang "_s, u"admin"_s}) {
        auto again = users.add(admin(), name, u"王二"_s, Role::Auditor, u"Other-pass-2"_s);
        LINLI_VERIFY_ERROR(again, ErrorCode::AlreadyExists);
    }
    QCOMPARE(userSummary(), before);
    QCOMPARE(readAll(m_keysPath), keysBefore);
    QCOMPARE(int(auditEntries(store()).size()), auditBefore);
    // The first wang's password still opens the database.
    closeDb();
    LINLI_VERIFY_OK(signIn(u"wang"_s, u"Wang-pass-1"_s));
    LINLI_VERIFY_ERROR(signIn(u"wang"_s, u"Other-pass-2"_s), ErrorCode::AuthenticationFailed);
}

void tst_UserService::invalidNamesAndPasswordsRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("password");
    QTest::newRow("empty name") << QString() << u"Good-pass-1"_s;
    QTest::newRow("blank name") << u"   "_s << u"Good-pass-1"_s;
    QTest::newRow("one character") << u"w"_s << u"Good-pass-1"_s;
    QTest::newRow("33 characters") << QString(33, u'a') << u"Good-pass-1"_s;
    QTest::newRow("space inside") << u"wang li"_s << u"Good-pass-1"_s;
    QTest::newRow("at sign") << u"wang@li"_s << u"Good-pass-1"_s;
    QTest::newRow("slash") << u"wang/li"_s << u"Good-pass-1"_s;
    QTest::newRow("quote") << u"wang'li"_s << u"Good-pass-1"_s;
    QTest::newRow("full-width letter") << u"ｗａｎｇ"_s << u"Good-pass-1"_s;
    QTest::newRow("emoji") << u"wang😀"_s << u"Good-pass-1"_s;
    QTest::newRow("short password") << u"wang"_s << u"Short-1"_s;
    QTest::newRow("empty password") << u"wang"_s << QString();
    QTest::newRow("password is the name") << u"wangxiao"_s << u"WangXiao"_s;
    QTest::newRow("257-character password") << u"wang"_s << QString(257, u'x');
}

void tst_UserService::invalidNamesAndPasswordsRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, password);
    QVERIFY(!Staff::UserService::validateUsername(name) || !Staff::UserService::validatePassword(name, password));

    createDb();
    Staff::UserService users(store());
    const QStringList before = userSummary();
    const QByteArray keysBefore = readAll(m_keysPath);
    const int auditBefore = int(auditEntries(store()).size());
    LINLI_VERIFY_ERROR(users.add(admin(), name, u"某人"_s, Role::SocialWorker, password), ErrorCode::InvalidInput);
    QCOMPARE(userSummary(), before);
    QCOMPARE(readAll(m_keysPath), keysBefore);
    QCOMPARE(int(auditEntries(store()).size()), auditBefore);

    // createDatabase validates the same way and leaves no file behind.
    closeDb();
    const QString other = m_dir->filePath(u"other.db"_s);
    auto created = Staff::createDatabase(other, name, password, OrgName, App::allMigrations(), m_clock, nullptr);
    LINLI_VERIFY_ERROR(created, ErrorCode::InvalidInput);
    QVERIFY(!QFile::exists(other));
    QVERIFY(!QFile::exists(Storage::KeySlotFile::pathFor(other)));
}

void tst_UserService::invalidPasswordOnResetRefused()
{
    createDb();
    Staff::UserService users(store());
    QVERIFY(Staff::UserService::validateUsername(u"王小明"_s)); // Chinese names are fine
    QVERIFY(Staff::UserService::validateUsername(u"wang.li-2_x"_s));
    LINLI_VERIFY_OK(users.add(admin(), u"王小明"_s, {}, Role::SocialWorker, u"Wang-pass-1"_s));
    LINLI_VERIFY_OK(users.add(admin(), u"wangxiaoming"_s, {}, Role::SocialWorker, u"Wang-pass-1"_s));
    const QByteArray keysBefore = readAll(m_keysPath);
    const QStringList before = userSummary();
    LINLI_VERIFY_ERROR(users.resetPassword(admin(), u"王小明"_s, u"short"_s), ErrorCode::InvalidInput);
    LINLI_VERIFY_ERROR(users.resetPassword(admin(), u"wangxiaoming"_s, u"WangXiaoMing"_s), ErrorCode::InvalidInput);
    LINLI_VERIFY_ERROR(users.resetPassword(admin(), u"nobody"_s, u"Good-pass-1"_s), ErrorCode::NotFound);
    LINLI_VERIFY_ERROR(users.disable(admin(), u"nobody"_s), ErrorCode::NotFound);
    LINLI_VERIFY_ERROR(users.update(admin(), u"nobody"_s, {}, Role::Auditor), ErrorCode::NotFound);
    QCOMPARE(readAll(m_keysPath), keysBefore);
    QCOMPARE(userSummary(), before);
}

void tst_UserService::disableRemovesKeySlotAndResetReenables()
{
    createDb();
    Staff::UserService users(store());
    LINLI_VERIFY_OK(users.add(admin(), u"wang"_s, u"王收费"_s, Role::PropertyClerk, u"Wang-pass-1"_s));
    QVERIFY(store().keySlots().hasUser(u"wang"_s));

    m_clock.advanceMs(60'000);
    LINLI_VERIFY_OK(users.disable(admin(), u"wang"_s));
    QVERIFY(!store().keySlots().hasUser(u"wang"_s));
    auto onDisk = Storage::KeySlotFile::load(m_keysPath);
    LINLI_VERIFY_OK(onDisk);
    QVERIFY(!onDisk->hasUser(u"wang"_s));
    QVERIFY(onDisk->hasUser(u"admin"_s));
    QVERIFY(!users.find(u"wang"_s)->active);
    const QList<Storage::AuditEntry> disables = auditEntries(store(), u"user.disable"_s);
    QCOMPARE(disables.size(), 1);
    QCOMPARE(disables.first().target, u"wang"_s);
    QCOMPARE(disables.first().actor, u"admin"_s);
    QCOMPARE(disables.first().atMs, m_clock.nowMs());

    // The old password no longer opens the database.
    closeDb();
    LINLI_VERIFY_ERROR(signIn(u"wang"_s, u"Wang-pass-1"_s), ErrorCode::AuthenticationFailed);
    auto again = signIn(u"admin"_s, AdminPassword);
    LINLI_VERIFY_OK(again);
    m_session = std::move(*again);
    Staff::UserService users2(store());
    QVERIFY(!users2.find(u"wang"_s)->active); // the account stays, disabled

    // A reset re-enables the account with a temporary password.
    LINLI_VERIFY_OK(users2.resetPassword(admin(), u"wang"_s, u"Wang-temp-2"_s));
    auto wang = users2.find(u"wang"_s);
    QVERIFY(wang->active);
    QVERIFY(wang->mustChangePassword);
    QCOMPARE(wang->role, Role::PropertyClerk);
    QVERIFY(Storage::KeySlotFile::load(m_keysPath)->hasUser(u"wang"_s));
    QCOMPARE(auditEntries(store(), u"user.reset_password"_s).size(), 1);
    closeDb();
    LINLI_VERIFY_ERROR(signIn(u"wang"_s, u"Wang-pass-1"_s), ErrorCode::AuthenticationFailed);
    auto back = signIn(u"wang"_s, u"Wang-temp-2"_s);
    LINLI_VERIFY_OK(back);
    QVERIFY(back->mustChangePassword);
    QVERIFY(auditChainOk(*back->store));
}

void tst_UserService::cannotDisableOwnAccount()
{
    createDb();
    Staff::UserService users(store());
    LINLI_VERIFY_OK(users.add(admin(), u"li"_s, {}, Role::Admin, u"Li-pass-001"_s));
    const QByteArray keysBefore = readAll(m_keysPath);
    LINLI_VERIFY_ERROR(users.disable(admin(), u"admin"_s), ErrorCode::InvalidInput);
    LINLI_VERIFY_ERROR(users.disable(admin(), u" Admin "_s), ErrorCode::InvalidInput);
    QVERIFY(users.find(u"admin"_s)->active);
    QCOMPARE(readAll(m_keysPath), keysBefore);
}

void tst_UserService::lastActiveAdminCannotBeDisabledOrDemoted()
{
    createDb();
    Staff::UserService users(store());
    // The recovery key acts as an administrator that is not an account.
    const Core::Actor recovery{QString(), u"recovery-key"_s, u"Recovery key"_s, Role::Admin};

    // The only administrator: not demotable (not even by themself), not disableable.
    const QByteArray keysBefore = readAll(m_keysPath);
    LINLI_VERIFY_ERROR(users.update(admin(), u"admin"_s, {}, Role::Auditor), ErrorCode::InvalidInput);
    LINLI_VERIFY_ERROR(users.update(recovery, u"admin"_s, {}, Role::SubdistrictClerk), ErrorCode::InvalidInput);
    LINLI_VERIFY_ERROR(users.disable(recovery, u"admin"_s), ErrorCode::InvalidInput);
    QCOMPARE(users.find(u"admin"_s)->role, Role::Admin);
    QVERIFY(users.find(u"admin"_s)->active);
    QCOMPARE(readAll(m_keysPath), keysBefore);
    // Keeping the role (changing only the display name) is fine.
    LINLI_VERIFY_OK(users.update(admin(), u"admin"_s, u"张主任"_s, Role::Admin));
    QCOMPARE(users.find(u"admin"_s)->displayName, u"张主任"_s);

    // With a second active administrator, the first may be demoted ...
    LINLI_VERIFY_OK(users.add(admin(), u"li"_s, {}, Role::Admin, u"Li-pass-001"_s));
    const Core::Actor li = actorFor(u"li"_s, Role::Admin);
    LINLI_VERIFY_OK(users.update(li, u"admin"_s, {}, Role::Auditor));
    QCOMPARE(users.find(u"admin"_s)->role, Role::Auditor);
    // ... and now li is the last one.
    LINLI_VERIFY_ERROR(users.update(li, u"li"_s, {}, Role::SocialWorker), ErrorCode::InvalidInput);
    LINLI_VERIFY_ERROR(users.disable(recovery, u"li"_s), ErrorCode::InvalidInput);

    // A disabled administrator does not count as the other active one.
    LINLI_VERIFY_OK(users.add(li, u"zhao"_s, {}, Role::Admin, u"Zhao-pass-1"_s));
    LINLI_VERIFY_OK(users.disable(li, u"zhao"_s));
    LINLI_VERIFY_ERROR(users.update(li, u"li"_s, {}, Role::SocialWorker), ErrorCode::InvalidInput);
    LINLI_VERIFY_ERROR(users.disable(recovery, u"li"_s), ErrorCode::InvalidInput);
    QCOMPARE(users.find(u"li"_s)->role, Role::Admin);
    QVERIFY(users.find(u"li"_s)->active);
    QVERIFY(store().keySlots().hasUser(u"li"_s));

    const QList<Storage::AuditEntry> updates = auditEntries(store(), u"user.update"_s);
    QCOMPARE(updates.size(), 2); // the display name change and the demotion; refusals leave nothing
    QVERIFY(updates.last().details.contains(u"\"previous_role\":\"admin\""_s));
    QVERIFY(updates.last().details.contains(u"\"role\":\"auditor\""_s));
    QVERIFY(auditChainOk(store()));
}

void tst_UserService::changeOwnPasswordNeedsCurrentPassword()
{
    createDb();
    Staff::UserService users(store());
    LINLI_VERIFY_OK(users.add(admin(), u"wang"_s, {}, Role::PropertyClerk, u"Wang-temp-1"_s));
    closeDb();
    auto wang = signIn(u"wang"_s, u"Wang-temp-1"_s);
    LINLI_VERIFY_OK(wang);
    QVERIFY(wang->mustChangePassword);
    Staff::UserService asWang(*wang->store);
    const QByteArray keysBefore = readAll(m_keysPath);

    LINLI_VERIFY_ERROR(asWang.changeOwnPassword(wang->actor, u"Wrong-pass-1"_s, u"Wang-own-pass"_s),
                       ErrorCode::AuthenticationFailed);
    LINLI_VERIFY_ERROR(asWang.changeOwnPassword(wang->actor, u"Wang-temp-1"_s, u"Wang-temp-1"_s),
                       ErrorCode::InvalidInput);
    LINLI_VERIFY_ERROR(asWang.changeOwnPassword(wang->actor, u"Wang-temp-1"_s, u"short"_s), ErrorCode::InvalidInput);
    QCOMPARE(readAll(m_keysPath), keysBefore);
    QVERIFY(asWang.find(u"wang"_s)->mustChangePassword);
    QVERIFY(auditEntries(*wang->store, u"user.change_password"_s).isEmpty());

    LINLI_VERIFY_OK(asWang.changeOwnPassword(wang->actor, u"Wang-temp-1"_s, u"Wang-own-pass"_s));
    QVERIFY(!asWang.find(u"wang"_s)->mustChangePassword);
    const QList<Storage::AuditEntry> changes = auditEntries(*wang->store, u"user.change_password"_s);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().actor, u"wang"_s);
    QCOMPARE(changes.first().target, u"wang"_s);
    QVERIFY(auditChainOk(*wang->store));
    wang->store.reset();

    LINLI_VERIFY_ERROR(signIn(u"wang"_s, u"Wang-temp-1"_s), ErrorCode::AuthenticationFailed);
    auto again = signIn(u"wang"_s, u"Wang-own-pass"_s);
    LINLI_VERIFY_OK(again);
    QVERIFY(!again->mustChangePassword);
}

void tst_UserService::failedChangeLeavesNothingBehind()
{
    // When the audit entry cannot be written, the whole change is rolled back: no account row,
    // no key slot (in memory or on disk).
    createDb();
    Staff::UserService users(store());
    LINLI_VERIFY_OK(users.add(admin(), u"wang"_s, {}, Role::PropertyClerk, u"Wang-pass-1"_s));
    LINLI_VERIFY_OK(store().connection().exec(u"CREATE TEMP TRIGGER tst_refuse_audit BEFORE INSERT ON main.audit_log "
                                              u"BEGIN SELECT RAISE(ABORT, 'audit refused by test'); END;"_s));
    const QStringList before = userSummary();
    const QByteArray keysBefore = readAll(m_keysPath);
    const QByteArray slotsBefore = store().keySlots().toJson();

    QVERIFY(!users.add(admin(), u"li"_s, {}, Role::SocialWorker, u"Li-pass-001"_s));
    QVERIFY(!users.resetPassword(admin(), u"wang"_s, u"Wang-pass-2"_s));
    QVERIFY(!users.disable(admin(), u"wang"_s));
    QVERIFY(!users.update(admin(), u"wang"_s, u"新名字"_s, Role::Auditor));
    QVERIFY(!users.changeOwnPassword(admin(), AdminPassword, u"Admin-pass-new"_s));

    QCOMPARE(userSummary(), before);
    QCOMPARE(readAll(m_keysPath), keysBefore);
    QCOMPARE(store().keySlots().toJson(), slotsBefore);
    QVERIFY(!store().connection().inTransaction());
    LINLI_VERIFY_OK(store().connection().exec(u"DROP TRIGGER temp.tst_refuse_audit"_s));
    closeDb();
    LINLI_VERIFY_OK(signIn(u"wang"_s, u"Wang-pass-1"_s));
    LINLI_VERIFY_OK(signIn(u"admin"_s, AdminPassword));
}

void tst_UserService::everyChangeIsAuditedAndChainStaysWhole()
{
    createDb();
    Staff::UserService users(store());
    const QStringList initial = auditActions(store());
    QCOMPARE(initial, (QStringList{u"database.create"_s, u"user.add"_s}));

    LINLI_VERIFY_OK(users.add(admin(), u"wang"_s, {}, Role::PropertyClerk, u"Wang-pass-1"_s));
    LINLI_VERIFY_OK(users.update(admin(), u"wang"_s, u"王收费"_s, Role::SocialWorker));
    LINLI_VERIFY_OK(users.resetPassword(admin(), u"wang"_s, u"Wang-pass-2"_s));
    LINLI_VERIFY_OK(users.disable(admin(), u"wang"_s));
    LINLI_VERIFY_OK(users.changeOwnPassword(admin(), AdminPassword, u"Admin-pass-new"_s));

    const QList<Storage::AuditEntry> all = auditEntries(store());
    QStringList actions;
    for (const Storage::AuditEntry &e : all)
        actions.append(e.action);
    QCOMPARE(actions, (QStringList{u"database.create"_s, u"user.add"_s, u"user.add"_s, u"user.update"_s,
                                   u"user.reset_password"_s, u"user.disable"_s, u"user.change_password"_s}));
    for (qsizetype i = 2; i < all.size(); ++i) {
        QCOMPARE(all.at(i).actor, u"admin"_s);
        QCOMPARE(all.at(i).target, i == all.size() - 1 ? u"admin"_s : u"wang"_s);
        QCOMPARE(all.at(i).seq, all.at(i - 1).seq + 1);
        QCOMPARE(all.at(i).prevHash, all.at(i - 1).hash);
    }
    // No password ever reaches the audit log.
    for (const Storage::AuditEntry &e : all) {
        for (const QString &secret : {AdminPassword, u"Admin-pass-new"_s, u"Wang-pass-1"_s, u"Wang-pass-2"_s}) {
            QVERIFY(!e.details.contains(secret));
            QVERIFY(!e.target.contains(secret));
        }
    }
    auto v = Storage::AuditLog::verify(store().connection());
    LINLI_VERIFY_OK(v);
    QVERIFY2(v->ok(), qPrintable(v->problem));
    QCOMPARE(v->entries, qint64(all.size()));
}

void tst_UserService::passwordChangesNeverReencryptTheDatabase()
{
    createDb();
    Staff::UserService users(store());
    LINLI_VERIFY_OK(users.add(admin(), u"wang"_s, u"王收费"_s, Role::PropertyClerk, u"Wang-pass-1"_s));
    closeDb();
    const QByteArray saltBefore = fileHead(m_dbPath, 16);
    QCOMPARE(saltBefore.size(), 16);
    QVERIFY(!saltBefore.startsWith("SQLite format 3")); // encrypted, so the header is the salt
    const QByteArray keysBefore = readAll(m_keysPath);

    auto s = signIn(u"admin"_s, AdminPassword);
    LINLI_VERIFY_OK(s);
    m_session = std::move(*s);
    Staff::UserService users2(store());
    LINLI_VERIFY_OK(users2.resetPassword(admin(), u"wang"_s, u"Wang-pass-2"_s));
    LINLI_VERIFY_OK(users2.changeOwnPassword(admin(), AdminPassword, u"Admin-pass-new"_s));
    LINLI_VERIFY_OK(users2.add(admin(), u"li"_s, {}, Role::Auditor, u"Li-pass-001"_s));
    LINLI_VERIFY_OK(users2.disable(admin(), u"li"_s));
    closeDb();

    QCOMPARE(fileHead(m_dbPath, 16), saltBefore);
    QVERIFY(readAll(m_keysPath) != keysBefore); // only the slot file changed
    // The data is readable with the new passwords and with the recovery key made at creation.
    auto wang = signIn(u"wang"_s, u"Wang-pass-2"_s);
    LINLI_VERIFY_OK(wang);
    QCOMPARE(wang->actor.displayName, u"王收费"_s);
    wang->store.reset();
    auto rec = Staff::AuthService(m_clock).signIn(m_dbPath, Storage::Credentials::recoveryKey(m_recoveryKey),
                                                  App::allMigrations());
    LINLI_VERIFY_OK(rec);
    m_session = std::move(*rec);
    auto list = Staff::UserService(store()).list(admin());
    LINLI_VERIFY_OK(list);
    QCOMPARE(list->size(), 3);
    auto integrity = store().integrityProblems();
    LINLI_VERIFY_OK(integrity);
    QVERIFY(integrity->isEmpty());
    QVERIFY(auditChainOk(store()));
    closeDb();
    QCOMPARE(fileHead(m_dbPath, 16), saltBefore);
}

QTEST_GUILESS_MAIN(tst_UserService)
#include "tst_userservice.moc"
