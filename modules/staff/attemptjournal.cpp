#include "attemptjournal.h"

#include <storage/keyslots.h>

#include <QtCore/QFile>
#include <QtCore/QSaveFile>

namespace Linli::Staff {

AttemptJournal::AttemptJournal(const QString &databasePath) : m_path(databasePath + QStringLiteral(".attempts")) {}

QList<AttemptJournal::Attempt> AttemptJournal::read() const
{
    QList<Attempt> out;
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    while (!f.atEnd() && out.size() < 10000) {
        const QList<QByteArray> parts = f.readLine().trimmed().split('\t');
        if (parts.size() != 2 && !(parts.size() == 3 && parts.at(2) == "audited"))
            continue;
        bool ok = false;
        const qint64 at = parts.at(0).toLongLong(&ok);
        if (ok)
            out.append({at, QString::fromUtf8(QByteArray::fromPercentEncoding(parts.at(1))), parts.size() == 3});
    }
    return out;
}

void AttemptJournal::recordFailure(const QString &user, qint64 nowMs) const
{
    QFile f(m_path);
    if (!f.open(QIODevice::Append))
        return; // a read-only folder must not stop sign-in; the lockout is then per process only
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString name = Storage::KeySlotFile::normaliseUser(user);
    f.write(QByteArray::number(nowMs) + '\t' + name.toUtf8().toPercentEncoding() + '\n');
}

int AttemptJournal::recentFailures(const QString &user, qint64 nowMs) const
{
    const QString name = Storage::KeySlotFile::normaliseUser(user);
    int n = 0;
    for (const Attempt &a : read()) {
        if (a.user == name && a.atMs > nowMs - WindowMs && a.atMs <= nowMs)
            ++n;
    }
    return n;
}

qint64 AttemptJournal::lockedForMs(const QString &user, qint64 nowMs) const
{
    const QString name = Storage::KeySlotFile::normaliseUser(user);
    QList<qint64> recent;
    for (const Attempt &a : read()) {
        if (a.user == name && a.atMs > nowMs - WindowMs && a.atMs <= nowMs)
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

void AttemptJournal::markAudited(const QString &signedInUser, qint64 nowMs) const
{
    const QString name = Storage::KeySlotFile::normaliseUser(signedInUser);
    QByteArray kept;
    for (const Attempt &a : read()) {
        if (a.user != name && a.atMs > nowMs - WindowMs && a.atMs <= nowMs)
            kept += QByteArray::number(a.atMs) + '\t' + a.user.toUtf8().toPercentEncoding() + "\taudited\n";
    }
    if (kept.isEmpty()) {
        clear();
        return;
    }
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(kept);
    if (!f.commit())
        clear(); // never leave entries that would be copied into the audit log twice
}

} // namespace Linli::Staff
