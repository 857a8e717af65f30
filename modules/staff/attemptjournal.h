#pragma once

#include <QtCore/QList>
#include <QtCore/QString>

namespace Linli::Staff {

// Failed sign-ins cannot be written to the database (it stays closed to a wrong password, and
// a wrong password must not touch it), so they go to "<database>.attempts" beside it. The
// journal drives the lockout and is moved into the audit log at the next successful sign-in.
class AttemptJournal
{
public:
    struct Attempt
    {
        qint64 atMs = 0;
        QString user;
        bool audited = false; // already copied into the audit log; kept only for the lockout
    };

    // Five failures for one user within 15 minutes lock that user for 15 minutes.
    static constexpr int MaxFailures = 5;
    static constexpr qint64 WindowMs = 15 * 60 * 1000;

    explicit AttemptJournal(const QString &databasePath);

    QList<Attempt> read() const;
    void recordFailure(const QString &user, qint64 nowMs) const;
    // Milliseconds until `user` may try again; 0 when not locked.
    qint64 lockedForMs(const QString &user, qint64 nowMs) const;
    int recentFailures(const QString &user, qint64 nowMs) const;
    // Drops every entry.
    void clear() const;
    // After the entries were copied into the audit log at a successful sign-in or unlock by
    // `signedInUser`: forgets that user's failures, and keeps other users' failures that still
    // count for their lockout, marked as audited, so someone else's sign-in does not lift it.
    void markAudited(const QString &signedInUser, qint64 nowMs) const;
    QString path() const { return m_path; }

private:
    QString m_path;
};

} // namespace Linli::Staff
