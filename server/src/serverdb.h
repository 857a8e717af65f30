#pragma once

#include "serverconfig.h"
#include "syncerror.h"

#include <core/syncentity.h>

#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtSql/QSqlDatabase>

namespace Linli::Server {

// What the server keeps in PostgreSQL (docs/sync-protocol.md): enrolment codes, devices and their
// token hashes, staff users, and — as the protocol grows — push batches, rows and the change log.
// The administrator's functions return an empty string when they worked, else what went wrong
// (for the log and the admin; never personal data). Those a request calls return their answer or
// a SyncError, which HttpApi turns into an HTTP status.
class ServerDb
{
public:
    // `catalogue`: what syncs (every module's declarations, Catalogue::syncCatalogue()).
    explicit ServerDb(const Core::SyncCatalogue &catalogue, QString connectionName = QStringLiteral("linli"));
    ~ServerDb();
    ServerDb(const ServerDb &) = delete;
    ServerDb &operator=(const ServerDb &) = delete;

    QString open(const ServerConfig &config);
    // Creates or updates the schema (schema_migrations), and the indexes the catalogue's
    // expectations look rows up by; safe to run again.
    QString migrate();
    int schemaVersion();
    bool healthy();

    // A one-time code for enrolling a device of `office`, valid `hours`; `scope` is compound ids,
    // or {"*"} for the whole subdistrict. The code is shown once and stored hashed.
    QString createEnrolmentCode(const QString &office, const QStringList &scope, int hours, QString *code);
    QString revokeDevice(const QString &deviceId);
    // Forgets deletions older than `olderThanDays` (docs/sync-protocol.md: 365). A device whose
    // cursor is older than the newest one forgotten is told to pull everything again (410).
    QString purgeTombstones(int olderThanDays, qint64 *purged);
    QString addUser(const QString &name, const QString &role, const QStringList &scope, const QString &password);

    struct Enrolment
    {
        QString deviceId;
        QString token;  // shown to the device once; stored hashed
        QString series; // its receipt series: A, B, … Z, AA, …
        QString office;
    };
    // Spends the code. Forbidden ("code_unknown", "code_used", "code_expired"), or Unavailable.
    Outcome<Enrolment> enrol(const QString &code, const QString &deviceName);
    // A staff user signs in on an enrolled device: a new key for signing that user's requests from
    // that device (30 days). Unauthenticated ("user_unknown") for an unknown user or a wrong
    // password alike.
    Outcome<QString> login(const QString &deviceId, const QString &user, const QString &password);
    struct UserSession
    {
        QString user;
        QString key;
        QString role;
        QStringList scope; // compound ids, or {"*"}
    };
    // The user's signing key on that device; Unauthenticated ("user_unknown") when not signed in
    // there (or expired).
    Outcome<UserSession> session(const QString &deviceId, const QString &user);
    // What a request signed for a user who is not signed in on its device is told.
    static SyncError notSignedIn();
    // The device a bearer token belongs to; Unauthenticated ("device_unknown", "device_revoked")
    // when there is none.
    Outcome<QString> deviceForToken(const QString &token);

    // Applies one push batch of `deviceId` exactly once (docs/sync-protocol.md, "Push"): in one
    // PostgreSQL transaction the entries, the change log, the device's last sequence and the
    // answer; a batch sent again gets the stored answer and changes nothing. The answer to send,
    // or why the batch is refused: "sequence_gap" (with last_seq), "clock_skew", "bad_request",
    // "unavailable".
    // `user`: who pushes; every entry must be one the user's role may write, for a compound in
    // the user's scope, or nothing of the batch is applied ("not_permitted" / "outside_scope").
    Outcome<QJsonObject> push(const QString &deviceId, const UserSession &user, const QJsonObject &batch, qint64 nowMs);

    // One page of what changed on the server after `cursor` (docs/sync-protocol.md, "Pull"): the
    // current state of each row changed since, in the order of its latest change, at most
    // `limit` rows; the cursor to continue from, and whether there is more.
    // Rows of compounds outside `scope` ({"*"}: all) are left out; rows of no compound go to all.
    // The page's JSON (written directly), or why there is none ("resync_required", …).
    Outcome<QByteArray> pull(const QStringList &scope, const QString &cursor, int limit);

    static QString normalizedCode(const QString &code);
    static QString sha256Hex(const QString &text);
    static QString seriesName(qint64 n); // 1 → A, 26 → Z, 27 → AA

private:
    QSqlDatabase db() const;
    QString ensureLookupIndexes();
    QString spendCode(const QString &code, const QString &deviceName, Enrolment *out);
    const Core::SyncCatalogue &m_catalogue;
    QString m_name;
};

} // namespace Linli::Server
