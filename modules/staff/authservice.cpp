#include "authservice.h"

#include "attemptjournal.h"
#include "stafftr.h"
#include "userservice.h"

#include <core/clock.h>
#include <storage/auditlog.h>
#include <storage/transaction.h>

#include <QtCore/QJsonObject>

#include <memory>

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

// Moves the journal's entries into the audit log inside the caller's write transaction. An entry
// the log has already (another program moved it first and had not yet marked it) is skipped.
Result<QList<AttemptJournal::Attempt>> flushJournal(Storage::Store &store, const AttemptJournal &journal)
{
    QList<AttemptJournal::Attempt> moved;
    for (const AttemptJournal::Attempt &a : journal.read()) {
        if (a.audited)
            continue;
        // The journal's id goes with the entry, so that it is recognised if it comes again.
        const QJsonObject details = a.id.isEmpty() ? QJsonObject() : QJsonObject{{u"journal"_s, a.id}};
        auto known = Storage::AuditLog::contains(store.connection(), a.atMs, a.user, a.action, details);
        if (!known)
            return known.error();
        if (!*known) {
            const QString target = a.isFailure() ? a.user : QString();
            if (auto s = Storage::AuditLog::append(store, a.user, a.action, target, details, a.atMs); !s)
                return s.error();
            if (a.action == u"login") {
                auto r = store.connection().execute(
                    u"UPDATE staff_users SET last_login_at = ? WHERE username = ? AND coalesce(last_login_at, 0) < ?"_s,
                    {a.atMs, a.user, a.atMs});
                if (!r)
                    return r.error();
            }
        }
        moved.append(a);
    }
    return moved;
}

// Every write transaction of the session first moves the journal into the audit log; once it has
// committed, the journal forgets what was moved.
void installJournalFlush(Storage::Store &store, const Core::Clock &clock)
{
    const AttemptJournal journal(store.path());
    auto moved = std::make_shared<QList<AttemptJournal::Attempt>>();
    store.addCommitHooks(
        [&store, journal, moved]() -> Status {
            auto m = flushJournal(store, journal);
            if (!m)
                return m.error();
            *moved = *m;
            return {};
        },
        [journal, moved, &clock]() {
            journal.markAudited(*moved, clock.nowMs());
            moved->clear();
        });
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
        if (!user && user.error().code() != ErrorCode::NotFound)
            return user.error(); // a damaged or busy file is not a wrong password
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

    // The sign-in is journalled, not written: it must not wait for (or fail on) the write lock
    // that another program may hold for minutes, nor write into a file not yet known sound.
    journal.recordEvent(session.actor.username, byPassword ? u"login"_s : u"login.recovery"_s, m_clock.nowMs());
    journal.clearFailures(byPassword ? credentials.user : u"(recovery key)"_s, m_clock.nowMs());
    installJournalFlush(*session.store, m_clock);
    flushSoon(*session.store);
    return session;
}

void AuthService::flushSoon(Storage::Store &store)
{
    // When nobody is writing and the read of every page that started at open has found the file
    // sound, the journal goes into the audit log now, so the log is current; otherwise with the
    // session's first write (which waits for that read, briefly).
    if (store.waitForScan(100) != Storage::Store::ScanState::Sound)
        return;
    Storage::Transaction tx(store.connection(), Storage::Transaction::Wait::No);
    if (tx.isActive())
        (void)tx.commit();
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
    journal.recordEvent(session.actor.username, u"unlock"_s, m_clock.nowMs());
    journal.clearFailures(session.actor.username, m_clock.nowMs());
    if (!session.store->isDamaged())
        flushSoon(*session.store);
    return {};
}

Status AuthService::signOut(Session &session) const
{
    if (!session.store)
        return {};
    AttemptJournal(session.store->path()).recordEvent(session.actor.username, u"logout"_s, m_clock.nowMs());
    if (!session.store->isDamaged())
        flushSoon(*session.store);
    session.store.reset();
    return {};
}

} // namespace Linli::Staff
