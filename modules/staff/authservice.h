#pragma once

#include <core/actor.h>
#include <storage/store.h>

namespace Linli::Staff {

// An open database and the staff member who opened it.
struct Session
{
    std::unique_ptr<Storage::Store> store;
    Core::Actor actor;
    bool viaRecoveryKey = false;
    bool mustChangePassword = false;
};

// Sign-in, lockout and screen unlock.
class AuthService
{
public:
    explicit AuthService(const Core::Clock &clock) : m_clock(clock) {}

    // Opens the database as `credentials`. Refuses a locked-out user before any key work, records
    // a failure beside the database (never in it). The sign-in and earlier failures are journalled
    // beside it too and reach the audit log with the first write (see AttemptJournal); a damaged
    // or busy file is reported as such, never as a wrong password.
    Result<Session> signIn(const QString &databasePath, const Storage::Credentials &credentials,
                           const QList<Storage::Migration> &migrations) const;

    // Checks the password of the signed-in user again (screen lock); audited.
    Status unlock(Session &session, const QString &password) const;
    Status signOut(Session &session) const;

    // Failures so far for `user` in the lockout window (for a growing delay in the GUI).
    int recentFailures(const QString &databasePath, const QString &user) const;

    // Moves the sign-in journal into the audit log now if nobody else is writing (never waits
    // for the lock); otherwise it goes with the session's first write.
    static void flushSoon(Storage::Store &store);

private:
    const Core::Clock &m_clock;
};

} // namespace Linli::Staff
