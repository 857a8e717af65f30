#include "userservice.h"

#include "stafftr.h"

#include <core/clock.h>
#include <storage/auditlog.h>
#include <storage/store.h>
#include <storage/transaction.h>

#include <QtCore/QJsonObject>

using namespace Qt::StringLiterals;

namespace Linli::Staff {

namespace {

const QString UserColumns = u"id, username, display_name, role, active, must_change_password, created_at, "
                            u"coalesce(last_login_at, 0)"_s;

StaffUser userFromRow(const QVariantList &r)
{
    StaffUser u;
    u.id = r.at(0).toString();
    u.username = r.at(1).toString();
    u.displayName = r.at(2).toString();
    u.role = Core::roleFromCode(r.at(3).toString()).value_or(Core::Role::Auditor);
    u.active = r.at(4).toInt() != 0;
    u.mustChangePassword = r.at(5).toInt() != 0;
    u.createdAtMs = r.at(6).toLongLong();
    u.lastLoginAtMs = r.at(7).toLongLong();
    return u;
}

// Runs `change` in one transaction together with a key-slot rewrite: the slot file is saved
// just before COMMIT and put back if the commit fails, so the two files never disagree for long.
template<typename Fn>
Status inTransactionWithSlots(Storage::Store &store, Fn change)
{
    Storage::Transaction tx(store.connection());
    if (!tx.isActive())
        return tx.error();
    const Storage::KeySlotFile before = store.keySlots();
    if (auto s = change(); !s) {
        store.keySlots() = before;
        return s;
    }
    if (auto s = store.saveKeySlots(); !s) {
        store.keySlots() = before;
        return s;
    }
    if (auto s = tx.commit(); !s) {
        store.keySlots() = before;
        (void)store.saveKeySlots();
        return s;
    }
    return {};
}

} // namespace

QString UserService::normaliseUsername(const QString &username)
{
    return Storage::KeySlotFile::normaliseUser(username);
}

Status UserService::validateUsername(const QString &username)
{
    const QString name = Storage::KeySlotFile::normaliseUser(username);
    if (name.size() < 2 || name.size() > 32)
        return Error(ErrorCode::InvalidInput, Tr::tr("A user name has 2 to 32 characters."));
    // The audit log writes this name for sign-ins with the recovery key; no person may carry it.
    if (name == u"recovery-key")
        return Error(ErrorCode::InvalidInput, Tr::tr("\"%1\" is reserved; choose another user name.").arg(name));
    for (QChar c : name) {
        const bool ascii = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-';
        const bool han = c.script() == QChar::Script_Han;
        if (!ascii && !han)
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("A user name may contain letters, digits, Chinese characters, \".\", \"_\" and \"-\"; "
                                "\"%1\" is not allowed.")
                             .arg(c));
    }
    return {};
}

Status UserService::validatePassword(const QString &username, const QString &password)
{
    if (password.size() < 8)
        return Error(ErrorCode::InvalidInput, Tr::tr("A password needs at least 8 characters."));
    if (password.size() > 256)
        return Error(ErrorCode::InvalidInput, Tr::tr("A password may have at most 256 characters."));
    if (password.compare(username.trimmed(), Qt::CaseInsensitive) == 0)
        return Error(ErrorCode::InvalidInput, Tr::tr("The password must not be the user name."));
    return {};
}

Result<QList<StaffUser>> UserService::list(const Core::Actor &actor) const
{
    if (!actor.can(Core::Permission::ManageUsers) && !actor.can(Core::Permission::ViewAuditLog))
        return actor.require(Core::Permission::ManageUsers).error();
    auto rows = m_store.connection().select(u"SELECT "_s + UserColumns + u" FROM staff_users ORDER BY username"_s);
    if (!rows)
        return rows.error();
    QList<StaffUser> out;
    for (const QVariantList &r : std::as_const(*rows))
        out.append(userFromRow(r));
    return out;
}

Result<StaffUser> UserService::find(const QString &username) const
{
    auto rows = m_store.connection().select(u"SELECT "_s + UserColumns + u" FROM staff_users WHERE username = ?"_s,
                                            {Storage::KeySlotFile::normaliseUser(username)});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error(ErrorCode::NotFound, Tr::tr("There is no staff account \"%1\".").arg(username));
    return userFromRow(rows->first());
}

Result<StaffUser> UserService::add(const Core::Actor &actor, const QString &username, const QString &displayName,
                                   Core::Role role, const QString &initialPassword)
{
    if (auto s = actor.require(Core::Permission::ManageUsers); !s)
        return s.error();
    if (auto s = validateUsername(username); !s)
        return s.error();
    if (auto s = validatePassword(username, initialPassword); !s)
        return s.error();
    const QString name = Storage::KeySlotFile::normaliseUser(username);
    const QString display = displayName.trimmed().isEmpty() ? name : displayName.trimmed();
    if (find(name))
        return Error(ErrorCode::AlreadyExists, Tr::tr("The user name \"%1\" is already taken.").arg(name));

    StaffUser user;
    user.id = m_store.newId().toString();
    user.username = name;
    user.displayName = display;
    user.role = role;
    user.mustChangePassword = true; // a password someone else chose is changed at first sign-in
    user.createdAtMs = m_store.clock().nowMs();
    auto s = inTransactionWithSlots(m_store, [&]() -> Status {
        auto r = m_store.connection().execute(
            u"INSERT INTO staff_users (id, username, display_name, role, active, must_change_password, created_at,"
            u" created_by, password_changed_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?)"_s,
            {user.id, name, display, Core::roleCode(role), user.mustChangePassword ? 1 : 0, user.createdAtMs,
             actor.username, user.createdAtMs});
        if (!r)
            return r.error();
        if (auto a = Storage::AuditLog::append(m_store, actor.username, u"user.add"_s, name,
                                               {{u"role"_s, Core::roleCode(role)}});
            !a)
            return a;
        return m_store.keySlots().setPassword(name, initialPassword, m_store.key());
    });
    if (!s)
        return s.error();
    return user;
}

Status UserService::checkNotLastAdmin(const QString &username, std::optional<Core::Role> newRole) const
{
    auto current = find(username);
    if (!current)
        return current.error();
    if (current->role != Core::Role::Admin || (newRole && *newRole == Core::Role::Admin))
        return {};
    auto admins = m_store.connection().scalar(
        u"SELECT count(*) FROM staff_users WHERE role = 'admin' AND active = 1 AND username <> ?"_s,
        {current->username});
    if (!admins)
        return admins.error();
    if (admins->toInt() == 0)
        return Error(
            ErrorCode::InvalidInput,
            Tr::tr("\"%1\" is the last active administrator; add another administrator first.").arg(current->username));
    return {};
}

Status UserService::update(const Core::Actor &actor, const QString &username, const QString &displayName,
                           Core::Role role)
{
    if (auto s = actor.require(Core::Permission::ManageUsers); !s)
        return s;
    if (auto s = checkNotLastAdmin(username, role); !s)
        return s;
    auto user = find(username);
    if (!user)
        return user.error();
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    const QString display = displayName.trimmed().isEmpty() ? user->displayName : displayName.trimmed();
    auto r = m_store.connection().execute(u"UPDATE staff_users SET display_name = ?, role = ? WHERE id = ?"_s,
                                          {display, Core::roleCode(role), user->id});
    if (!r)
        return r.error();
    if (auto a = Storage::AuditLog::append(
            m_store, actor.username, u"user.update"_s, user->username,
            {{u"role"_s, Core::roleCode(role)}, {u"previous_role"_s, Core::roleCode(user->role)}});
        !a)
        return a;
    return tx.commit();
}

Status UserService::resetPassword(const Core::Actor &actor, const QString &username, const QString &newPassword)
{
    if (auto s = actor.require(Core::Permission::ManageUsers); !s)
        return s;
    auto user = find(username);
    if (!user)
        return user.error();
    if (auto s = validatePassword(user->username, newPassword); !s)
        return s;
    const bool self = user->username == actor.username;
    return inTransactionWithSlots(m_store, [&]() -> Status {
        auto r = m_store.connection().execute(
            u"UPDATE staff_users SET active = 1, must_change_password = ?, password_changed_at = ? WHERE id = ?"_s,
            {self ? 0 : 1, m_store.clock().nowMs(), user->id});
        if (!r)
            return r.error();
        if (auto a = Storage::AuditLog::append(m_store, actor.username, u"user.reset_password"_s, user->username); !a)
            return a;
        return m_store.keySlots().setPassword(user->username, newPassword, m_store.key());
    });
}

Status UserService::changeOwnPassword(const Core::Actor &actor, const QString &oldPassword, const QString &newPassword)
{
    auto user = find(actor.username);
    if (!user)
        return user.error();
    if (auto check = m_store.verifyPassword(actor.username, oldPassword); !check)
        return Error(ErrorCode::AuthenticationFailed, Tr::tr("The current password is wrong."));
    if (auto s = validatePassword(actor.username, newPassword); !s)
        return s;
    if (oldPassword == newPassword)
        return Error(ErrorCode::InvalidInput, Tr::tr("The new password must differ from the current one."));
    return inTransactionWithSlots(m_store, [&]() -> Status {
        auto r = m_store.connection().execute(
            u"UPDATE staff_users SET must_change_password = 0, password_changed_at = ? WHERE id = ?"_s,
            {m_store.clock().nowMs(), user->id});
        if (!r)
            return r.error();
        if (auto a = Storage::AuditLog::append(m_store, actor.username, u"user.change_password"_s, actor.username); !a)
            return a;
        return m_store.keySlots().setPassword(actor.username, newPassword, m_store.key());
    });
}

Status UserService::disable(const Core::Actor &actor, const QString &username)
{
    if (auto s = actor.require(Core::Permission::ManageUsers); !s)
        return s;
    auto user = find(username);
    if (!user)
        return user.error();
    if (user->username == actor.username)
        return Error(ErrorCode::InvalidInput, Tr::tr("You cannot disable your own account."));
    if (auto s = checkNotLastAdmin(username, std::nullopt); !s)
        return s;
    return inTransactionWithSlots(m_store, [&]() -> Status {
        auto r = m_store.connection().execute(u"UPDATE staff_users SET active = 0 WHERE id = ?"_s, {user->id});
        if (!r)
            return r.error();
        if (auto a = Storage::AuditLog::append(m_store, actor.username, u"user.disable"_s, user->username); !a)
            return a;
        m_store.keySlots().removeUser(user->username);
        return Status();
    });
}

} // namespace Linli::Staff
