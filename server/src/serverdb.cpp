#include "serverdb.h"

#include "httpapi.h"
#include "syncrules.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QUuid>
#include <QtCore/QVariant>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace Linli::Server {

namespace {

struct Migration
{
    int version;
    const char *sql;
};

// Append-only: a released version is never edited; a change is a new version.
const Migration Migrations[] = {
    {1, R"sql(
CREATE TABLE enrolment_codes (
    code_hash  TEXT PRIMARY KEY,
    office     TEXT NOT NULL,
    scope      TEXT NOT NULL,            -- compound ids, comma-separated, or *
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ,
    device_id  UUID
);
CREATE SEQUENCE device_series;
CREATE TABLE devices (
    id          UUID PRIMARY KEY,
    name        TEXT NOT NULL,
    office      TEXT NOT NULL,
    scope       TEXT NOT NULL,
    token_hash  TEXT NOT NULL UNIQUE,
    series      TEXT NOT NULL UNIQUE,
    enrolled_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at  TIMESTAMPTZ,
    last_seq    BIGINT NOT NULL DEFAULT 0
);
CREATE TABLE server_users (
    name          TEXT PRIMARY KEY,
    role          TEXT NOT NULL CHECK (role IN ('admin', 'subdistrict_reviewer', 'subdistrict_clerk',
                                                'property_clerk', 'social_worker', 'auditor')),
    scope         TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    disabled_at   TIMESTAMPTZ
);
CREATE TABLE push_batches (
    device_id  UUID NOT NULL REFERENCES devices (id),
    from_seq   BIGINT NOT NULL,
    to_seq     BIGINT NOT NULL,
    answer     JSONB NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (device_id, to_seq)
);
CREATE TABLE sync_rows (
    entity        TEXT NOT NULL,
    id            TEXT NOT NULL,
    data          JSONB NOT NULL,
    field_hlc     JSONB NOT NULL,
    hlc           TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    deleted       BOOLEAN NOT NULL DEFAULT false,
    compound_id   TEXT,
    PRIMARY KEY (entity, id)
);
CREATE TABLE change_log (
    pos          BIGSERIAL PRIMARY KEY,
    entity       TEXT NOT NULL,
    id           TEXT NOT NULL,
    hlc          TEXT NOT NULL,
    device_id    UUID,
    committed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE conflicts (
    id            BIGSERIAL PRIMARY KEY,
    entity        TEXT NOT NULL,
    row_id        TEXT NOT NULL,
    field         TEXT NOT NULL,
    winner_value  JSONB,
    loser_value   JSONB,
    winner_hlc    TEXT NOT NULL,
    loser_hlc     TEXT NOT NULL,
    winner_device TEXT NOT NULL,
    loser_device  TEXT NOT NULL,
    at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    resolved_at   TIMESTAMPTZ
);
)sql"},
    {2, R"sql(
-- A staff user signed in on a device: the key that device signs the user's requests with.
CREATE TABLE user_sessions (
    device_id  UUID NOT NULL REFERENCES devices (id),
    user_name  TEXT NOT NULL REFERENCES server_users (name),
    user_key   TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (device_id, user_name)
);
)sql"},
    {3, R"sql(
-- Which device wrote each field last (by field, like field_hlc): a conflict names the office whose
-- value was overwritten, not merely the last writer of the row.
ALTER TABLE sync_rows ADD COLUMN field_device JSONB NOT NULL DEFAULT '{}';
)sql"},
    {4, R"sql(
-- Each row's latest change position, from one sequence handed out under the push lock (so in
-- commit order): a pull reads the rows after its cursor by this index, instead of grouping a
-- change log that grows with every change. change_log is kept for the history it has.
CREATE SEQUENCE sync_pos;
ALTER TABLE sync_rows ADD COLUMN pos BIGINT;
UPDATE sync_rows r SET pos = (SELECT max(c.pos) FROM change_log c WHERE c.entity = r.entity AND c.id = r.id);
SELECT setval('sync_pos', (SELECT coalesce(max(pos), 0) FROM change_log) + 1, false);
UPDATE sync_rows SET pos = nextval('sync_pos') WHERE pos IS NULL;
ALTER TABLE sync_rows ALTER COLUMN pos SET NOT NULL;
CREATE UNIQUE INDEX sync_rows_pos ON sync_rows (pos);
)sql"},
    {5, R"sql(
-- When a row last changed, so deletions can be forgotten after a year (purge-tombstones); a device
-- whose cursor is below the newest forgotten deletion must pull everything again.
ALTER TABLE sync_rows ADD COLUMN changed_at TIMESTAMPTZ NOT NULL DEFAULT now();
CREATE INDEX sync_rows_tombstones ON sync_rows (changed_at) WHERE deleted;
CREATE TABLE sync_horizon (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    below_pos BIGINT NOT NULL
);
INSERT INTO sync_horizon VALUES (1, 0);
)sql"},
    {6, R"sql(
-- What a state change's expectation looks up (syncpush.cpp, Batch::stale): a run's bills, what
-- was allocated to a bill, a run's voids, a receipt's events. Without these each void read every
-- allocation row, inside the push lock.
CREATE INDEX sync_rows_bills_of_run ON sync_rows ((data->>'run_id')) WHERE entity IN ('fee_bills', 'fee_run_voids');
CREATE INDEX sync_rows_allocations_of_bill ON sync_rows ((data->>'bill_id')) WHERE entity = 'fee_allocations';
CREATE INDEX sync_rows_events_of_receipt ON sync_rows ((data->>'receipt_id')) WHERE entity = 'fee_receipt_events';
)sql"},
    {7, R"sql(
-- The lookups of expectations are made from the sync catalogue's declarations since (one index
-- per declared lookup, ServerDb::ensureLookupIndexes); these three, written by hand, go.
DROP INDEX IF EXISTS sync_rows_bills_of_run;
DROP INDEX IF EXISTS sync_rows_allocations_of_bill;
DROP INDEX IF EXISTS sync_rows_events_of_receipt;
)sql"},
};

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}

QString randomToken(int bytes)
{
    QByteArray raw(bytes, '\0');
    randombytes_buf(raw.data(), size_t(raw.size()));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

ServerDb::ServerDb(const Core::SyncCatalogue &catalogue, QString connectionName)
    : m_catalogue(catalogue), m_name(std::move(connectionName))
{}

ServerDb::~ServerDb()
{
    if (QSqlDatabase::contains(m_name)) {
        {
            QSqlDatabase d = QSqlDatabase::database(m_name, false);
            d.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
}

QSqlDatabase ServerDb::db() const
{
    return QSqlDatabase::database(m_name, false);
}

QString ServerDb::open(const ServerConfig &config)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("the Qt PostgreSQL driver (QPSQL) is missing: apt-get install libqt6sql6-psql");
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    if (!config.dbHost.isEmpty())
        d.setHostName(config.dbHost);
    d.setPort(config.dbPort);
    d.setDatabaseName(config.dbName);
    d.setUserName(config.dbUser);
    d.setPassword(config.dbPassword);
    d.setConnectOptions(QStringLiteral("connect_timeout=5"));
    if (!d.open())
        return QStringLiteral("cannot connect to PostgreSQL: %1").arg(d.lastError().text());
    return {};
}

int ServerDb::schemaVersion()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QString ServerDb::migrate()
{
    QSqlDatabase d = db();
    QSqlQuery q(d);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
                               " applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")))
        return sqlError(q);
    for (const Migration &m : Migrations) {
        if (!d.transaction())
            return d.lastError().text();
        QSqlQuery lock(d);
        // One migrating server at a time; the others wait and then find the work done.
        if (!lock.exec(QStringLiteral("LOCK TABLE schema_migrations IN EXCLUSIVE MODE"))) {
            d.rollback();
            return sqlError(lock);
        }
        QSqlQuery done(d);
        done.prepare(QStringLiteral("SELECT 1 FROM schema_migrations WHERE version = ?"));
        done.addBindValue(m.version);
        if (!done.exec()) {
            d.rollback();
            return sqlError(done);
        }
        if (done.next()) {
            d.commit();
            continue;
        }
        QSqlQuery apply(d);
        if (!apply.exec(QString::fromUtf8(m.sql))) {
            const QString e = sqlError(apply);
            d.rollback();
            return QStringLiteral("schema version %1: %2").arg(m.version).arg(e);
        }
        QSqlQuery mark(d);
        mark.prepare(QStringLiteral("INSERT INTO schema_migrations (version) VALUES (?)"));
        mark.addBindValue(m.version);
        if (!mark.exec()) {
            const QString e = sqlError(mark);
            d.rollback();
            return e;
        }
        if (!d.commit())
            return d.lastError().text();
    }
    return ensureLookupIndexes();
}

// What a state change's expectation looks up (syncpush.cpp, Batch::stale) — a run's bills, what
// was allocated to a bill, a receipt's events — by index: else each void reads every such row,
// inside the push lock. One partial expression index per (table, column) the catalogue declares.
QString ServerDb::ensureLookupIndexes()
{
    for (const auto &[entity, column] : lookups(m_catalogue)) {
        QSqlQuery q(db());
        const QString name = u"sync_rows_ref_%1_%2"_s.arg(entity, column).left(63);
        if (!q.exec(u"CREATE INDEX IF NOT EXISTS %1 ON sync_rows ((data->>%2)) WHERE entity = %3"_s.arg(
                name, sqlLiteral(column), sqlLiteral(entity))))
            return sqlError(q);
    }
    return {};
}

bool ServerDb::healthy()
{
    QSqlQuery q(db());
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

QString ServerDb::normalizedCode(const QString &code)
{
    QString out;
    for (const QChar c : code) {
        if (c.isLetterOrNumber())
            out.append(c.toUpper());
    }
    return out;
}

QString ServerDb::sha256Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString ServerDb::seriesName(qint64 n)
{
    QString s;
    while (n > 0) {
        --n;
        s.prepend(QChar(u'A' + int(n % 26)));
        n /= 26;
    }
    return s;
}

QString ServerDb::createEnrolmentCode(const QString &office, const QStringList &scope, int hours, QString *code)
{
    if (office.trimmed().isEmpty())
        return QStringLiteral("an enrolment code needs the office it is for (--office)");
    if (scope.isEmpty())
        return QStringLiteral("an enrolment code needs a scope (--scope compound ids, or *)");
    // No 0/O, 1/I/L: read aloud over the phone and typed by hand.
    static const char alphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    QString raw;
    for (int i = 0; i < 10; ++i)
        raw.append(QChar::fromLatin1(alphabet[randombytes_uniform(sizeof(alphabet) - 1)]));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO enrolment_codes (code_hash, office, scope, expires_at)"
                             " VALUES (?, ?, ?, now() + make_interval(hours => ?))"));
    q.addBindValue(sha256Hex(raw));
    q.addBindValue(office.trimmed());
    q.addBindValue(scope.join(u','));
    q.addBindValue(hours);
    if (!q.exec())
        return sqlError(q);
    *code = raw.left(5) + u'-' + raw.mid(5);
    return {};
}

QString ServerDb::revokeDevice(const QString &deviceId)
{
    if (QUuid::fromString(deviceId).isNull())
        return QStringLiteral("\"%1\" is not a device id").arg(deviceId);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE devices SET revoked_at = now() WHERE id = ?::uuid AND revoked_at IS NULL"));
    q.addBindValue(deviceId);
    if (!q.exec())
        return sqlError(q);
    if (q.numRowsAffected() == 0)
        return QStringLiteral("no enrolled device %1 (or revoked already)").arg(deviceId);
    return {};
}

QString ServerDb::purgeTombstones(int olderThanDays, qint64 *purged)
{
    QSqlDatabase d = db();
    if (!d.transaction())
        return d.lastError().text();
    QSqlQuery q(d);
    // Under the push lock: no batch is half-written meanwhile.
    if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(4242)"))) {
        d.rollback();
        return sqlError(q);
    }
    q.prepare(QStringLiteral("WITH gone AS (DELETE FROM sync_rows WHERE deleted AND changed_at < now() - ? * interval"
                             " '1 day' RETURNING pos) UPDATE sync_horizon SET below_pos = greatest(below_pos,"
                             " (SELECT coalesce(max(pos), 0) FROM gone)) RETURNING (SELECT count(*) FROM gone)"));
    q.addBindValue(olderThanDays);
    if (!q.exec() || !q.next()) {
        const QString e = sqlError(q);
        d.rollback();
        return e;
    }
    *purged = q.value(0).toLongLong();
    if (!d.commit())
        return d.lastError().text();
    return {};
}

QString ServerDb::addUser(const QString &name, const QString &role, const QStringList &scope, const QString &password)
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("a user needs a name");
    if (password.size() < 10)
        return QStringLiteral("a server user's password has at least 10 characters");
    const QByteArray pw = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, pw.constData(), quint64(pw.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return QStringLiteral("out of memory while hashing the password");
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO server_users (name, role, scope, password_hash) VALUES (?, ?, ?, ?)"));
    q.addBindValue(name.trimmed());
    q.addBindValue(role);
    q.addBindValue(scope.isEmpty() ? QStringLiteral("*") : scope.join(u','));
    q.addBindValue(QString::fromLatin1(hash));
    if (!q.exec())
        return sqlError(q);
    return {};
}

Outcome<ServerDb::Enrolment> ServerDb::enrol(const QString &code, const QString &deviceName)
{
    Enrolment e;
    const QString failed = spendCode(code, deviceName, &e);
    if (failed.isEmpty())
        return e;
    if (failed == u"code_unknown" || failed == u"code_used" || failed == u"code_expired")
        return SyncError{SyncError::Kind::Forbidden,
                         failed,
                         u"the enrolment code is unknown, spent or expired; ask for a new one"_s,
                         {}};
    logLine("error", u"enrol_failed"_s, {{u"detail"_s, failed}});
    return SyncError{SyncError::Kind::Unavailable, u"unavailable"_s, u"the server cannot enrol devices just now"_s, {}};
}

// Spends the code and adds the device, in one transaction: an empty string, a code's refusal
// ("code_unknown", "code_used", "code_expired"), or a database error.
QString ServerDb::spendCode(const QString &code, const QString &deviceName, Enrolment *out)
{
    QSqlDatabase d = db();
    if (!d.transaction())
        return d.lastError().text();
    const auto fail = [&d](const QString &e) {
        d.rollback();
        return e;
    };
    QSqlQuery find(d);
    find.prepare(QStringLiteral("SELECT office, scope, used_at IS NOT NULL, expires_at < now()"
                                " FROM enrolment_codes WHERE code_hash = ? FOR UPDATE"));
    find.addBindValue(sha256Hex(normalizedCode(code)));
    if (!find.exec())
        return fail(sqlError(find));
    if (!find.next())
        return fail(QStringLiteral("code_unknown"));
    if (find.value(2).toBool())
        return fail(QStringLiteral("code_used"));
    if (find.value(3).toBool())
        return fail(QStringLiteral("code_expired"));
    Enrolment e;
    e.office = find.value(0).toString();
    const QString scope = find.value(1).toString();
    e.deviceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.token = randomToken(32);
    QSqlQuery series(d);
    if (!series.exec(QStringLiteral("SELECT nextval('device_series')")) || !series.next())
        return fail(sqlError(series));
    e.series = seriesName(series.value(0).toLongLong());
    QSqlQuery add(d);
    add.prepare(QStringLiteral("INSERT INTO devices (id, name, office, scope, token_hash, series)"
                               " VALUES (?::uuid, ?, ?, ?, ?, ?)"));
    add.addBindValue(e.deviceId);
    add.addBindValue(deviceName.trimmed().left(100));
    add.addBindValue(e.office);
    add.addBindValue(scope);
    add.addBindValue(sha256Hex(e.token));
    add.addBindValue(e.series);
    if (!add.exec())
        return fail(sqlError(add));
    QSqlQuery spend(d);
    spend.prepare(
        QStringLiteral("UPDATE enrolment_codes SET used_at = now(), device_id = ?::uuid WHERE code_hash = ?"));
    spend.addBindValue(e.deviceId);
    spend.addBindValue(sha256Hex(normalizedCode(code)));
    if (!spend.exec())
        return fail(sqlError(spend));
    if (!d.commit())
        return d.lastError().text();
    *out = e;
    return {};
}

Outcome<QString> ServerDb::login(const QString &deviceId, const QString &user, const QString &password)
{
    const SyncError unavailable{
        SyncError::Kind::Unavailable, u"unavailable"_s, u"the server cannot sign users in just now"_s, {}};
    QSqlQuery find(db());
    find.prepare(QStringLiteral("SELECT password_hash FROM server_users WHERE name = ? AND disabled_at IS NULL"));
    find.addBindValue(user);
    if (!find.exec())
        return unavailable;
    // The same answer for an unknown user and a wrong password.
    const QByteArray pw = password.toUtf8();
    if (!find.next()
        || crypto_pwhash_str_verify(find.value(0).toString().toLatin1().constData(), pw.constData(), quint64(pw.size()))
               != 0)
        return SyncError{SyncError::Kind::Unauthenticated, u"user_unknown"_s, u"unknown user or wrong password"_s, {}};
    const QString key = randomToken(32);
    QSqlQuery upsert(db());
    upsert.prepare(
        QStringLiteral("INSERT INTO user_sessions (device_id, user_name, user_key, expires_at)"
                       " VALUES (?::uuid, ?, ?, now() + interval '30 days')"
                       " ON CONFLICT (device_id, user_name) DO UPDATE"
                       " SET user_key = excluded.user_key, created_at = now(), expires_at = excluded.expires_at"));
    upsert.addBindValue(deviceId);
    upsert.addBindValue(user);
    upsert.addBindValue(key);
    if (!upsert.exec())
        return unavailable;
    return key;
}

Outcome<ServerDb::UserSession> ServerDb::session(const QString &deviceId, const QString &user)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT s.user_key, u.role, u.scope FROM user_sessions s"
                             " JOIN server_users u ON u.name = s.user_name AND u.disabled_at IS NULL"
                             " WHERE s.device_id = ?::uuid AND s.user_name = ? AND s.expires_at > now()"));
    q.addBindValue(deviceId);
    q.addBindValue(user);
    if (!q.exec())
        return SyncError{
            SyncError::Kind::Unavailable, u"unavailable"_s, u"the server cannot check users just now"_s, {}};
    if (!q.next())
        return notSignedIn();
    return UserSession{user, q.value(0).toString(), q.value(1).toString(),
                       q.value(2).toString().split(u',', Qt::SkipEmptyParts)};
}

Outcome<QString> ServerDb::deviceForToken(const QString &token)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id::text, revoked_at IS NOT NULL FROM devices WHERE token_hash = ?"));
    q.addBindValue(sha256Hex(token));
    if (!q.exec())
        return SyncError{
            SyncError::Kind::Unavailable, u"unavailable"_s, u"the server cannot check devices just now"_s, {}};
    if (!q.next())
        return SyncError{
            SyncError::Kind::Unauthenticated, u"device_unknown"_s, u"unknown device; enrol it again"_s, {}};
    if (q.value(1).toBool())
        return SyncError{SyncError::Kind::Unauthenticated,
                         u"device_revoked"_s,
                         u"this device was revoked by the server's admin"_s,
                         {}};
    return q.value(0).toString();
}

SyncError ServerDb::notSignedIn()
{
    return {SyncError::Kind::Unauthenticated,
            u"user_unknown"_s,
            u"the user is not signed in on this device; sign in again"_s,
            {}};
}

} // namespace Linli::Server
