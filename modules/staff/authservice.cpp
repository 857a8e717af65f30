#include "authservice.h"

#include "attemptjournal.h"
#include "stafftr.h"
#include "userservice.h"

#include <core/clock.h>
#include <storage/auditlog.h>
#include <storage/transaction.h>

#include <QtCore/QJsonObject>

using namespace Qt::StringLiterals;

namespace Linli::Staff {

namespace {

Error lockedOut(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(1, (ms + 59999) / 60000);
    return Error(ErrorCode::LockedOut,
                 Tr::tr("Too many wrong passwords for this account. Try again in %n minute(s), or ask an "
                        "administrator.",
                        nullptr, int(minutes)));
}

// Copies failures recorded beside the database into the audit log (inside the caller's transaction).
Status flushJournal(Storage::Store &store, const AttemptJournal &journal)
{
    for (const AttemptJournal::Attempt &a : journal.read()) {
        if (a.audited)
            continue;
        if (auto s = Storage::AuditLog::append(store, a.user, u"login.failed"_s, a.user, {}, a.atMs); !s)
            return s;
    }
    return {};
}

} // namespace

int AuthService::recentFailures(const QString &databasePath, const QString &user) const
{
    return AttemptJournal(databasePath).recentFailures(user, m_clock.nowMs());
}

Result<Session> AuthService::signIn(const QString &databasePath, const Storage::Credentials &credentials,
                                    const QList<Storage::Migration> &migrations) const
{
    const AttemptJournal journal(databasePath);
    const bool byPassword = credentials.kind == Storage::Credentials::Kind::Password;
    if (byPassword) {
        if (credentials.user.trimmed().isEmpty())
            return Error(ErrorCode::InvalidInput, Tr::tr("Enter your user name."));
        if (const qint64 ms = journal.lockedForMs(credentials.user, m_clock.nowMs()); ms > 0)
            return lockedOut(ms);
    }

    auto store = Storage::Store::open(databasePath, credentials, migrations, m_clock);
    if (!store) {
        if (store.error().code() == ErrorCode::AuthenticationFailed)
            journal.recordFailure(byPassword ? credentials.user : u"(recovery key)"_s, m_clock.nowMs());
        return store.error();
    }

    Session session;
    session.store = std::move(*store);
    session.viaRecoveryKey = !byPassword;
    UserService users(*session.store);
    if (byPassword) {
        auto user = users.find(credentials.user);
        if (!user || !user->active) {
            journal.recordFailure(credentials.user, m_clock.nowMs());
            return Error(ErrorCode::AuthenticationFailed, Tr::tr("Wrong user name or password."));
        }
        session.actor = {user->id, user->username, user->displayName, user->role};
        session.mustChangePassword = user->mustChangePassword;
    } else {
        // The recovery key stands for the organisation itself: it may reset every password.
        session.actor = {QString(), u"recovery-key"_s, Tr::tr("Recovery key"), Core::Role::Admin};
    }

    Storage::Transaction tx(session.store->connection());
    if (!tx.isActive())
        return tx.error();
    if (auto s = flushJournal(*session.store, journal); !s)
        return s.error();
    if (byPassword) {
        auto r = session.store->connection().execute(u"UPDATE staff_users SET last_login_at = ? WHERE id = ?"_s,
                                                     {m_clock.nowMs(), session.actor.userId});
        if (!r)
            return r.error();
    }
    if (auto s = Storage::AuditLog::append(*session.store, session.actor.username,
                                           byPassword ? u"login"_s : u"login.recovery"_s);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    journal.markAudited(byPassword ? credentials.user : u"(recovery key)"_s, m_clock.nowMs());
    return session;
}

Status AuthService::unlock(Session &session, const QString &password) const
{
    const QString path = session.store->path();
    const AttemptJournal journal(path);
    if (const qint64 ms = journal.lockedForMs(session.actor.username, m_clock.nowMs()); ms > 0)
        return lockedOut(ms);
    auto key = session.store->verifyPassword(session.actor.username, password);
    if (!key) {
        // Recorded like a failed sign-in; it reaches the audit log with the next success.
        if (key.error().code() == ErrorCode::AuthenticationFailed)
            journal.recordFailure(session.actor.username, m_clock.nowMs());
        return key.error();
    }
    Storage::Transaction tx(session.store->connection());
    if (!tx.isActive())
        return tx.error();
    if (auto s = flushJournal(*session.store, journal); !s)
        return s;
    if (auto s = Storage::AuditLog::append(*session.store, session.actor.username, u"unlock"_s); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    journal.markAudited(session.actor.username, m_clock.nowMs());
    return {};
}

Status AuthService::signOut(Session &session) const
{
    if (!session.store)
        return {};
    Storage::Transaction tx(session.store->connection());
    if (!tx.isActive())
        return tx.error();
    if (auto s = Storage::AuditLog::append(*session.store, session.actor.username, u"logout"_s); !s)
        return s;
    auto s = tx.commit();
    session.store.reset();
    return s;
}

} // namespace Linli::Staff
