#pragma once

#include <QtCore/QList>
#include <QtCore/QString>

namespace Linli::Staff {

// Sign-in events kept beside the database in "<database>.attempts", never in it:
// - failures, because a wrong password must not touch the database (and drive the lockout);
// - sign-ins, screen unlocks and sign-outs, because writing them into the database would need
//   its write lock, and a sign-in must work while another program writes for minutes.
// Every entry is moved into the audit log by the next write transaction of a session on this
// database (AuthService installs that), and kept afterwards only while it counts for a lockout.
class AttemptJournal
{
public:
    struct Attempt
    {
        qint64 atMs = 0;
        QString user;
        QString action = QStringLiteral("login.failed"); // the audit log's action code
        bool audited = false;                            // already copied into the audit log
        bool cleared = false;                            // a failure that no longer counts (its user signed in since)
        QString id;                                      // random, so that two events in one millisecond stay two

        bool isFailure() const { return action == u"login.failed"; }
        bool sameEvent(const Attempt &o) const
        {
            return atMs == o.atMs && user == o.user && action == o.action && id == o.id;
        }
    };

    // Five failures for one user within 15 minutes lock that user for 15 minutes.
    static constexpr int MaxFailures = 5;
    static constexpr qint64 WindowMs = 15 * 60 * 1000;

    explicit AttemptJournal(const QString &databasePath);

    QList<Attempt> read() const;
    void recordFailure(const QString &user, qint64 nowMs) const;
    // A sign-in, unlock or sign-out to be audited ("login", "login.recovery", "unlock", "logout").
    void recordEvent(const QString &user, const QString &action, qint64 nowMs) const;
    // Milliseconds until `user` may try again; 0 when not locked.
    qint64 lockedForMs(const QString &user, qint64 nowMs) const;
    int recentFailures(const QString &user, qint64 nowMs) const;
    // Drops every entry.
    void clear() const;
    // `user` signed in or unlocked: their failures so far no longer count for the lockout (they
    // are still audited). Other users' failures keep counting: someone else's sign-in does not
    // lift their lockout.
    void clearFailures(const QString &user, qint64 nowMs) const;
    // `entries` are in the audit log now: forgets them, except failures that still count.
    void markAudited(const QList<Attempt> &entries, qint64 nowMs) const;
    QString path() const { return m_path; }

private:
    void rewrite(const QList<Attempt> &entries) const;
    void append(const Attempt &a) const;
    QString m_path;
};

} // namespace Linli::Staff
