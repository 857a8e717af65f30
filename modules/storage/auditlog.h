#pragma once

#include <core/result.h>

#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

namespace Linli::Storage {

class Connection;
class Store;

struct AuditEntry
{
    qint64 seq = 0;
    QString id;
    qint64 atMs = 0;
    QString actor;
    QString action;  // stable code, e.g. "login", "user.add"
    QString target;  // what was acted on (a user name, a file name, a row id); never an ID number
    QString details; // compact JSON, without personal data
    QString prevHash;
    QString hash;
};

// The append-only audit log. Each entry carries the SHA-256 of its predecessor's hash and its
// own fields, so a changed, removed or inserted entry breaks the chain at that point.
namespace AuditLog {

// Appends inside the caller's open transaction (the use case's one transaction).
Status append(Store &store, const QString &actor, const QString &action, const QString &target = {},
              const QJsonObject &details = {}, qint64 atMs = -1);

// Entries with from <= at < to, oldest first; limit <= 0 means all.
Result<QList<AuditEntry>> query(Connection &connection, qint64 fromMs, qint64 toMs, int limit = 0);
Result<qint64> count(Connection &connection);
// Whether an entry with exactly these fields is in the log (for copying a journal into it once).
Result<bool> contains(Connection &connection, qint64 atMs, const QString &actor, const QString &action,
                      const QJsonObject &details);

struct Verification
{
    qint64 entries = 0;
    qint64 firstBrokenSeq = 0; // 0 when the chain is whole
    QString problem;           // translated, for people
    bool ok() const { return firstBrokenSeq == 0; }
};
Result<Verification> verify(Connection &connection);

QString computeHash(const AuditEntry &entry);
// Translated name of an action code, for screens and reports.
QString actionDisplayName(const QString &action);

} // namespace AuditLog

} // namespace Linli::Storage
