#include "attemptjournal.h"

#include <storage/keyslots.h>

#include <QtCore/QFile>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSaveFile>

namespace Linli::Staff {

namespace {

// One line an entry: "<ms>\t<user>\t<action>\t<flags>\t<id>", user percent-encoded, flags a comma
// list of "audited" and "cleared". Lines of two fields ("<ms>\t<user>", a failure) and three
// ("<ms>\t<user>\taudited") are from Linli before sign-ins were journalled.
QByteArray line(const AttemptJournal::Attempt &a)
{
    QByteArrayList flags;
    if (a.audited)
        flags.append("audited");
    if (a.cleared)
        flags.append("cleared");
    return QByteArray::number(a.atMs) + '\t' + a.user.toUtf8().toPercentEncoding() + '\t' + a.action.toLatin1() + '\t'
           + flags.join(',') + '\t' + a.id.toLatin1() + '\n';
}

bool counts(const AttemptJournal::Attempt &a, const QString &user, qint64 nowMs)
{
    return a.isFailure() && !a.cleared && a.user == user && a.atMs > nowMs - AttemptJournal::WindowMs
           && a.atMs <= nowMs;
}

} // namespace

AttemptJournal::AttemptJournal(const QString &databasePath) : m_path(databasePath + QStringLiteral(".attempts")) {}

QList<AttemptJournal::Attempt> AttemptJournal::read() const
{
    QList<Attempt> out;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    while (!f.atEnd() && out.size() < 10000) {
        QByteArray text = f.readLine(4096);
        while (text.endsWith('\n') || text.endsWith('\r'))
            text.chop(1); // not trimmed(): the flags field at the end may be empty
        const QList<QByteArray> parts = text.split('\t');
        if (parts.size() < 2 || parts.size() > 5)
            continue;
        bool ok = false;
        Attempt a;
        a.atMs = parts.at(0).toLongLong(&ok);
        if (!ok)
            continue;
        a.user = QString::fromUtf8(QByteArray::fromPercentEncoding(parts.at(1)));
        if (parts.size() == 3) {
            if (parts.at(2) != "audited")
                continue;
            a.audited = true;
        } else if (parts.size() >= 4) {
            static const QByteArrayList known{"login.failed", "login", "login.recovery", "unlock", "logout"};
            if (!known.contains(parts.at(2)))
                continue;
            a.action = QString::fromLatin1(parts.at(2));
            const QByteArrayList flags = parts.at(3).split(',');
            a.audited = flags.contains("audited");
            a.cleared = flags.contains("cleared");
            a.id = QString::fromLatin1(parts.value(4).left(32));
        }
        out.append(a);
    }
    return out;
}

void AttemptJournal::append(const Attempt &a) const
{
    QFile f(m_path);
    if (!f.open(QIODevice::Append))
        return; // a read-only folder must not stop sign-in; the lockout is then per process only
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(line(a)); // one write of one short line: appends from two programs do not interleave
}

void AttemptJournal::recordFailure(const QString &user, qint64 nowMs) const
{
    recordEvent(user, QStringLiteral("login.failed"), nowMs);
}

void AttemptJournal::recordEvent(const QString &user, const QString &action, qint64 nowMs) const
{
    Attempt a;
    a.atMs = nowMs;
    a.user = Storage::KeySlotFile::normaliseUser(user);
    a.action = action;
    a.id = QString::number(QRandomGenerator::system()->generate64(), 16);
    append(a);
}

int AttemptJournal::recentFailures(const QString &user, qint64 nowMs) const
{
    const QString name = Storage::KeySlotFile::normaliseUser(user);
    int n = 0;
    for (const Attempt &a : read()) {
        if (counts(a, name, nowMs))
            ++n;
    }
    return n;
}

qint64 AttemptJournal::lockedForMs(const QString &user, qint64 nowMs) const
{
    const QString name = Storage::KeySlotFile::normaliseUser(user);
    QList<qint64> recent;
    for (const Attempt &a : read()) {
        if (counts(a, name, nowMs))
            recent.append(a.atMs);
    }
    if (recent.size() < MaxFailures)
        return 0;
    std::sort(recent.begin(), recent.end());
    // Locked until the oldest of the last MaxFailures failures leaves the window.
    return recent.at(recent.size() - MaxFailures) + WindowMs - nowMs;
}

void AttemptJournal::clear() const
{
    QFile::remove(m_path);
}

void AttemptJournal::clearFailures(const QString &user, qint64 nowMs) const
{
    Q_UNUSED(nowMs);
    const QString name = Storage::KeySlotFile::normaliseUser(user);
    QList<Attempt> entries = read();
    bool changed = false;
    for (Attempt &a : entries) {
        if (a.isFailure() && a.user == name && !a.cleared) {
            a.cleared = true;
            changed = true;
        }
    }
    if (changed)
        rewrite(entries);
}

void AttemptJournal::markAudited(const QList<Attempt> &done, qint64 nowMs) const
{
    if (done.isEmpty())
        return;
    QList<Attempt> kept;
    for (Attempt a : read()) {
        for (const Attempt &d : done) {
            if (a.sameEvent(d))
                a.audited = true;
        }
        // Audited entries stay only while they count for their user's lockout.
        if (!a.audited || counts(a, a.user, nowMs))
            kept.append(a);
    }
    rewrite(kept);
}

void AttemptJournal::rewrite(const QList<Attempt> &entries) const
{
    if (entries.isEmpty()) {
        clear();
        return;
    }
    QByteArray data;
    for (const Attempt &a : entries)
        data += line(a);
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(data);
    f.commit(); // on failure the old journal stays; the audit log skips entries it already has
}

} // namespace Linli::Staff
