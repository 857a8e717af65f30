#pragma once

#include <core/result.h>

#include <QtCore/QJsonObject>
#include <QtCore/QUrl>
#include <QtNetwork/QSslCertificate>

namespace Linli::Storage {
class Connection;
}

namespace Linli::Sync {

// One HTTPS exchange with the sync server: JSON in, status and JSON out. Network and TLS
// failures come back as errors a person can act on; HTTP statuses come back as they are.
struct Answer
{
    int status = 0;
    QJsonObject body;
    QString errorCode() const { return body.value(QStringLiteral("error")).toString(); }
};

// Who is asking (docs/sync-protocol.md, "Identities"): the device's token, and — once a staff
// user signed in on this device — that user and the key the user's requests are signed with.
struct Caller
{
    QUrl server;
    QList<QSslCertificate> ca; // empty: the system's store
    QString deviceId;
    QByteArray token;
    QString user;
    QByteArray userKey;
    QByteArray schema; // "fees=14,registry=6,…": this database's schema, sent with every request
};

// This database's schema versions as X-Linli-Schema carries them.
QByteArray schemaHeader(Storage::Connection &c);

// Waits (at most `timeoutMs`) for the answer. `caller.user` empty: no user proof is sent.
Result<Answer> postJson(const Caller &caller, const QString &path, const QJsonObject &body, int timeoutMs = 60000);
// The same with the body already written as compact JSON (a push batch is put together entry by
// entry).
Result<Answer> postJson(const Caller &caller, const QString &path, const QByteArray &payload, int timeoutMs = 60000);

// The user proof: base64url HMAC-SHA256(user key, device id "\n" path "\n" hex SHA-256 of the body).
QByteArray userProof(const QByteArray &userKey, const QString &deviceId, const QString &path, const QByteArray &body);

} // namespace Linli::Sync
