// Invariant 5: permissions are checked in services; this is the table they check against.
#include <core/actor.h>
#include <core/permission.h>

#include <QtCore/QSet>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using Linli::ErrorCode;
using Linli::Core::Actor;
using Linli::Core::Permission;
using Linli::Core::Role;

namespace {

using P = Permission;

const QList<Permission> &allPermissions()
{
    static const QList<Permission> all = {
        P::ReadData,      P::ManageUsers,        P::ManageSettings,   P::ViewAuditLog,      P::ExportData,
        P::BackupRestore, P::UnmaskPersonalData, P::EditRegistry,     P::ProcessSubsidies,  P::ApproveSubsidies,
        P::CollectFees,   P::SuperviseFees,      P::ManageActivities, P::ViewSensitiveData,
    };
    return all;
}

// Permissions that change data or the system (as opposed to reading or exporting it).
const QList<Permission> &writePermissions()
{
    static const QList<Permission> writes = {
        P::ManageUsers,      P::ManageSettings, P::BackupRestore, P::EditRegistry,     P::ProcessSubsidies,
        P::ApproveSubsidies, P::CollectFees,    P::SuperviseFees, P::ManageActivities,
    };
    return writes;
}

// The written-down role table (DESIGN.md, invariant 5). A change here is a policy change.
QSet<Permission> expectedFor(Role role)
{
    switch (role) {
    case Role::Admin: return QSet<Permission>(allPermissions().cbegin(), allPermissions().cend());
    case Role::SubdistrictReviewer:
        return {P::ReadData,         P::ExportData,       P::UnmaskPersonalData, P::EditRegistry,
                P::ProcessSubsidies, P::ApproveSubsidies, P::ManageActivities,   P::ViewSensitiveData};
    case Role::SubdistrictClerk:
        return {P::ReadData,         P::ExportData,       P::EditRegistry,
                P::ProcessSubsidies, P::ManageActivities, P::ViewSensitiveData};
    case Role::PropertyClerk: return {P::ReadData, P::ExportData, P::CollectFees};
    case Role::SocialWorker:
        return {P::ReadData,         P::ExportData,       P::UnmaskPersonalData, P::EditRegistry,
                P::ProcessSubsidies, P::ManageActivities, P::ViewSensitiveData};
    case Role::Auditor: return {P::ReadData, P::ViewAuditLog, P::ExportData, P::ViewSensitiveData};
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Linli::Core::Role)

class TestPermission : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roleTable_data();
    void roleTable();
    void auditorCannotWrite();
    void adminHasEverything();
    void onlyAdminManagesUsersAndBackups();
    void everyRoleCanRead();
    void requireGivesPermissionDenied();
    void requireSucceedsWhenAllowed();
    void roleCodes();
    void displayNames();
};

void TestPermission::roleTable_data()
{
    QTest::addColumn<Role>("role");
    for (Role r : Linli::Core::allRoles())
        QTest::newRow(qPrintable(Linli::Core::roleCode(r))) << r;
}

void TestPermission::roleTable()
{
    QFETCH(Role, role);
    const QSet<Permission> expected = expectedFor(role);
    for (Permission p : allPermissions()) {
        const bool want = expected.contains(p);
        QVERIFY2(
            Linli::Core::roleHas(role, p) == want,
            qPrintable(u"%1 / %2: expected %3"_s.arg(Linli::Core::roleCode(role), Linli::Core::permissionDisplayName(p),
                                                     want ? u"allowed"_s : u"denied"_s)));
        Actor actor;
        actor.role = role;
        QCOMPARE(actor.can(p), want);
        QCOMPARE(actor.require(p).ok(), want);
    }
}

void TestPermission::auditorCannotWrite()
{
    for (Permission p : writePermissions())
        QVERIFY2(!Linli::Core::roleHas(Role::Auditor, p), qPrintable(Linli::Core::permissionDisplayName(p)));
    QVERIFY(!Linli::Core::roleHas(Role::Auditor, P::UnmaskPersonalData));
    QVERIFY(Linli::Core::roleHas(Role::Auditor, P::ViewAuditLog));
    QVERIFY(Linli::Core::roleHas(Role::Auditor, P::ReadData));
    // A default-constructed actor is the least privileged role.
    QCOMPARE(Actor().role, Role::Auditor);
}

void TestPermission::adminHasEverything()
{
    for (Permission p : allPermissions())
        QVERIFY(Linli::Core::roleHas(Role::Admin, p));
}

void TestPermission::onlyAdminManagesUsersAndBackups()
{
    for (Role r : Linli::Core::allRoles()) {
        const bool isAdmin = r == Role::Admin;
        QCOMPARE(Linli::Core::roleHas(r, P::ManageUsers), isAdmin);
        QCOMPARE(Linli::Core::roleHas(r, P::ManageSettings), isAdmin);
        QCOMPARE(Linli::Core::roleHas(r, P::BackupRestore), isAdmin);
        QCOMPARE(Linli::Core::roleHas(r, P::SuperviseFees), isAdmin);
    }
}

void TestPermission::everyRoleCanRead()
{
    QCOMPARE(Linli::Core::allRoles().size(), 6);
    for (Role r : Linli::Core::allRoles())
        QVERIFY(Linli::Core::roleHas(r, P::ReadData));
}

void TestPermission::requireGivesPermissionDenied()
{
    Actor auditor{u"u1"_s, u"li.si"_s, u"李四"_s, Role::Auditor};
    const auto denied = auditor.require(P::EditRegistry);
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().code(), ErrorCode::PermissionDenied);
    QVERIFY(!denied.error().message().isEmpty());
    // The message names the role and what was refused, so the person knows whom to ask.
    QVERIFY(denied.error().message().contains(Linli::Core::roleDisplayName(Role::Auditor)));
    QVERIFY(denied.error().message().contains(Linli::Core::permissionDisplayName(P::EditRegistry)));
    QCOMPARE(denied.error().codeName(), u"permission-denied"_s);
    QCOMPARE(denied.error().exitCode(), 5);

    Actor clerk{u"u2"_s, u"wang"_s, u"王五"_s, Role::PropertyClerk};
    const auto noApprove = clerk.require(P::ApproveSubsidies);
    QVERIFY(!noApprove.ok());
    QCOMPARE(noApprove.error().code(), ErrorCode::PermissionDenied);
    QVERIFY(!noApprove.error().message().isEmpty());
}

void TestPermission::requireSucceedsWhenAllowed()
{
    Actor clerk{u"u2"_s, u"wang"_s, u"王五"_s, Role::PropertyClerk};
    QVERIFY(clerk.require(P::CollectFees).ok());
    Actor admin{u"u3"_s, u"admin"_s, u"管理员"_s, Role::Admin};
    for (Permission p : allPermissions())
        QVERIFY(admin.require(p).ok());
}

void TestPermission::roleCodes()
{
    QSet<QString> codes;
    for (Role r : Linli::Core::allRoles()) {
        const QString code = Linli::Core::roleCode(r);
        QVERIFY(!code.isEmpty());
        codes.insert(code);
        const auto back = Linli::Core::roleFromCode(code);
        QVERIFY(back.has_value());
        QCOMPARE(*back, r);
    }
    QCOMPARE(codes.size(), 6);
    QCOMPARE(Linli::Core::roleCode(Role::PropertyClerk), u"property_clerk"_s);
    QCOMPARE(Linli::Core::roleCode(Role::Auditor), u"auditor"_s);
    QVERIFY(!Linli::Core::roleFromCode(u"root"_s).has_value());
    QVERIFY(!Linli::Core::roleFromCode(QString()).has_value());
    QVERIFY(!Linli::Core::roleFromCode(u"Admin"_s).has_value()); // codes are exact
}

void TestPermission::displayNames()
{
    QSet<QString> roleNames;
    for (Role r : Linli::Core::allRoles())
        roleNames.insert(Linli::Core::roleDisplayName(r));
    QCOMPARE(roleNames.size(), 6);
    QVERIFY(!roleNames.contains(QString()));
    QSet<QString> permissionNames;
    for (Permission p : allPermissions())
        permissionNames.insert(Linli::Core::permissionDisplayName(p));
    QCOMPARE(permissionNames.size(), allPermissions().size());
    QVERIFY(!permissionNames.contains(QString()));
}

QTEST_GUILESS_MAIN(TestPermission)
#include "tst_permission.moc"
