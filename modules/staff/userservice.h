#pragma once

#include "staffuser.h"

#include <core/actor.h>

namespace Linli::Storage {
class Store;
}

namespace Linli::Staff {

// Staff accounts. Every change checks the actor's permission, runs in one transaction with
// its audit entry, and rewrites only the key-slot file — never the encrypted data.
class UserService
{
public:
    explicit UserService(Storage::Store &store) : m_store(store) {}

    // All accounts, sorted by user name; for administrators and auditors.
    Result<QList<StaffUser>> list(const Core::Actor &actor) const;
    // One account by user name (no permission needed: used by login and the status bar).
    Result<StaffUser> find(const QString &username) const;
    Result<StaffUser> add(const Core::Actor &actor, const QString &username, const QString &displayName,
                          Core::Role role, const QString &initialPassword);
    Status update(const Core::Actor &actor, const QString &username, const QString &displayName, Core::Role role);
    // Administrator sets a temporary password; also re-enables a disabled account.
    Status resetPassword(const Core::Actor &actor, const QString &username, const QString &newPassword);
    Status changeOwnPassword(const Core::Actor &actor, const QString &oldPassword, const QString &newPassword);
    // Removes the account's key slot, so its password no longer opens anything.
    Status disable(const Core::Actor &actor, const QString &username);

    static Status validateUsername(const QString &username);
    // A user name as accounts are known by (case and width folded).
    static QString normaliseUsername(const QString &username);
    static Status validatePassword(const QString &username, const QString &password);

private:
    Status checkNotLastAdmin(const QString &username, std::optional<Core::Role> newRole) const;
    Status writeSlotsOrRollback();

    Storage::Store &m_store;
};

} // namespace Linli::Staff
