#include "syncengine.h"

#include "synctr.h"

#include <core/uuid.h>
#include <storage/connection.h>
#include <storage/transaction.h>

using namespace Qt::StringLiterals;

namespace Linli::Sync {

SyncEngine::SyncEngine(Storage::Connection &connection, QString username, QString localDeviceId,
                       const Core::SyncCatalogue &catalogue, const Core::Clock &clock)
    : m_c(connection), m_catalogue(catalogue), m_clock(clock), m_username(std::move(username)),
      m_localDeviceId(std::move(localDeviceId))
{}

QString SyncEngine::newId() const
{
    return Core::Uuid::create(m_clock).toString();
}

Result<QString> SyncEngine::state(const QString &key)
{
    auto v = m_c.scalar(u"SELECT value FROM sync_state WHERE key = ?"_s, {key});
    if (!v)
        return v.error();
    return v->toString();
}

Status SyncEngine::setState(const QString &key, const QString &value)
{
    auto r = m_c.execute(u"INSERT OR REPLACE INTO sync_state (key, value) VALUES (?, ?)"_s, {key, value});
    if (!r)
        return r.error();
    return {};
}

const QStringList &SyncEngine::columnsOf(const QString &entity)
{
    auto it = m_columns.find(entity);
    if (it != m_columns.end())
        return *it;
    QStringList columns;
    bool plain = !entity.isEmpty();
    for (QChar ch : entity)
        plain = plain && ((ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9') || ch == u'_');
    if (plain) {
        if (auto rows = m_c.select(u"PRAGMA table_info(%1)"_s.arg(entity))) {
            for (const QVariantList &r : std::as_const(*rows))
                columns.append(r.at(1).toString());
        }
        // Only tables of the sync-ready row model; anything else is not ours to write.
        for (const char *required : {"id", "hlc", "origin_device", "deleted"}) {
            if (!columns.contains(QString::fromLatin1(required)))
                columns.clear();
        }
    }
    return *m_columns.insert(entity, columns);
}

const QSet<QString> &SyncEngine::columnSetOf(const QString &entity)
{
    auto it = m_columnSets.find(entity);
    if (it == m_columnSets.end()) {
        const QStringList &columns = columnsOf(entity);
        it = m_columnSets.insert(entity, QSet<QString>(columns.cbegin(), columns.cend()));
    }
    return *it;
}

Result<Caller> SyncEngine::caller(bool withUser)
{
    auto rows = m_c.select(u"SELECT server, ca_pem, device_id, token FROM sync_enrolment"_s);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error(ErrorCode::NotFound, Tr::tr("This database is not enrolled with a sync server yet; enrol it "
                                                 "first (linli-cli enrol --server https://… --code …)."));
    const QVariantList &r = rows->first();
    Caller c;
    c.server = QUrl(r.at(0).toString());
    if (const QByteArray pem = r.at(1).toString().toLatin1(); !pem.isEmpty())
        c.ca = QSslCertificate::fromData(pem, QSsl::Pem);
    if (!m_ca.isEmpty())
        c.ca = m_ca;
    c.deviceId = r.at(2).toString();
    c.token = r.at(3).toString().toLatin1();
    c.schema = schemaHeader(m_c);
    if (withUser) {
        auto session =
            m_c.select(u"SELECT server_user, user_key FROM sync_sessions WHERE username = ?"_s, {m_username});
        if (!session)
            return session.error();
        if (session->isEmpty())
            return Error(ErrorCode::AuthenticationFailed,
                         Tr::tr("%1 has not signed in to the sync server on this computer yet.").arg(m_username));
        c.user = session->first().at(0).toString();
        c.userKey = session->first().at(1).toString().toUtf8();
    }
    return c;
}

Result<bool> SyncEngine::signedIn()
{
    auto n = m_c.scalar(u"SELECT count(*) FROM sync_sessions WHERE username = ?"_s, {m_username});
    if (!n)
        return n.error();
    return n->toInt() > 0;
}

Status SyncEngine::signIn(const QString &serverUser, const QString &password)
{
    auto c = caller(false);
    if (!c)
        return c.error();
    auto answer = postJson(*c, u"/v1/login"_s, {{u"user"_s, serverUser}, {u"password"_s, password}});
    if (!answer)
        return answer.error();
    if (answer->status == 401 && answer->errorCode() == u"user_unknown")
        return Error(ErrorCode::AuthenticationFailed,
                     Tr::tr("The sync server does not know user %1, or the password is wrong.").arg(serverUser));
    const QString key = answer->body.value(u"user_key"_s).toString();
    if (answer->status != 200 || key.isEmpty())
        return answerError(*answer);
    auto r = m_c.execute(u"INSERT OR REPLACE INTO sync_sessions (username, server_user, user_key, signed_in_at)"
                         u" VALUES (?, ?, ?, ?)"_s,
                         {m_username, serverUser, key, m_clock.nowMs()});
    if (!r)
        return r.error();
    return {};
}

// What an answer other than 200 means for a person (docs/sync-protocol.md, "Errors").
Error SyncEngine::answerError(const Answer &answer)
{
    const QString code = answer.errorCode();
    const QString detail = u"HTTP %1 %2: %3"_s.arg(answer.status).arg(code, answer.body.value(u"message"_s).toString());
    if (answer.status == 426)
        return Error(ErrorCode::Conflict, Tr::tr("This version of Linli is too old for the sync server; update it."),
                     detail);
    if (code == u"device_revoked")
        return Error(ErrorCode::PermissionDenied,
                     Tr::tr("The sync server's administrator has revoked this computer; ask them to enrol it again."),
                     detail);
    if (code == u"device_unknown")
        return Error(ErrorCode::AuthenticationFailed,
                     Tr::tr("The sync server does not know this computer; enrol it again."), detail);
    if (code == u"user_unknown") {
        // The key expired or was never valid here: sign in again.
        (void)m_c.execute(u"DELETE FROM sync_sessions WHERE username = ?"_s, {m_username});
        return Error(ErrorCode::AuthenticationFailed,
                     Tr::tr("The sync server asks %1 to sign in again.").arg(m_username), detail);
    }
    if (code == u"clock_skew")
        return Error(ErrorCode::Conflict,
                     Tr::tr("This computer's clock differs from the server's by more than 5 minutes; set the "
                            "system time correctly, then sync again."),
                     detail);
    if (code == u"outside_scope" || code == u"not_permitted")
        return Error(ErrorCode::PermissionDenied,
                     Tr::tr("The sync server refused changes this user may not make (another compound, or not "
                            "allowed for the role); nothing was applied. Sign in to the server as a user allowed "
                            "to make them."),
                     detail);
    return Error(
        ErrorCode::Io,
        Tr::tr("The sync server could not take the request (HTTP %1); Linli will try again later.").arg(answer.status),
        detail);
}

Result<SyncReport> SyncEngine::run()
{
    auto c = caller(true);
    if (!c)
        return c.error();
    SyncReport report;
    // Push before pull: a pulled row never overwrites a change of ours the server has not seen.
    if (auto s = push(*c, report); !s)
        return s.error();
    if (auto s = pull(*c, report); !s)
        return s.error();
    auto pending = m_c.scalar(u"SELECT count(*) FROM sync_outbox"_s);
    auto open = m_c.scalar(u"SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL"_s);
    if (!pending || !open)
        return pending ? open.error() : pending.error();
    report.pending = pending->toLongLong();
    report.openConflicts = open->toLongLong();
    if (auto s = setState(u"last_sync_at"_s, QString::number(m_clock.nowMs())); !s)
        return s.error();
    return report;
}

} // namespace Linli::Sync
