#include "httpapi.h"

#include "serverdb.h"
#include "syncrules.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QMessageAuthenticationCode>
#include <QtCore/QUuid>
#include <QtHttpServer/QHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponse>

#include <sodium.h>

#include <cstdio>
#include <optional>

namespace Linli::Server {

void logLine(const char *level, const QString &event, const QList<std::pair<QString, QString>> &fields)
{
    QJsonObject o{{QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("level"), QString::fromLatin1(level)},
                  {QStringLiteral("event"), event}};
    for (const auto &[k, v] : fields)
        o.insert(k, v);
    const QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

namespace {

QHttpServerResponse json(const QJsonObject &body, QHttpServerResponder::StatusCode status)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

// An error the client shows by its code (in Chinese, from its own translations); the English
// message is for logs and scripts.
QHttpServerResponse error(QHttpServerResponder::StatusCode status, const QString &code, const QString &message)
{
    return json({{QStringLiteral("error"), code}, {QStringLiteral("message"), message}}, status);
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[k, v] : request.headers()) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

// The protocol version every request carries; refused when too old or missing.
std::optional<QHttpServerResponse> checkProtocol(const QHttpServerRequest &request)
{
    bool ok = false;
    const int v = header(request, "X-Linli-Protocol").toInt(&ok);
    if (!ok || v < HttpApi::OldestProtocol)
        return error(QHttpServerResponder::StatusCode::UpgradeRequired, QStringLiteral("protocol_too_old"),
                     QStringLiteral("this server speaks sync protocol %1 (and %2); update Linli")
                         .arg(HttpApi::Protocol)
                         .arg(HttpApi::OldestProtocol));
    if (v > HttpApi::Protocol)
        return error(QHttpServerResponder::StatusCode::BadRequest, QStringLiteral("protocol_too_new"),
                     QStringLiteral("this server speaks sync protocol %1; update the server").arg(HttpApi::Protocol));
    // And the client's schema: a desktop older than these steps writes rows this server would take
    // wrongly (a void without its group: storage 3, fees 14).
    static const QList<std::pair<QString, int>> oldest = {{QStringLiteral("storage"), 3}, {QStringLiteral("fees"), 14}};
    QHash<QString, int> schema;
    for (const QString &part : QString::fromLatin1(header(request, "X-Linli-Schema")).split(u',', Qt::SkipEmptyParts)) {
        const QString module = part.section(u'=', 0, 0).trimmed();
        const int version = part.section(u'=', 1, 1).toInt(&ok);
        if (module.isEmpty() || !ok)
            return error(QHttpServerResponder::StatusCode::BadRequest, QStringLiteral("bad_request"),
                         QStringLiteral("X-Linli-Schema is module=version, separated by commas"));
        schema.insert(module, version);
    }
    for (const auto &[module, version] : oldest) {
        if (schema.value(module) < version)
            return error(QHttpServerResponder::StatusCode::UpgradeRequired, QStringLiteral("schema_too_old"),
                         QStringLiteral("this server takes changes from databases at %1 schema %2 or later; update "
                                        "Linli")
                             .arg(module)
                             .arg(version));
    }
    return std::nullopt;
}

// Who is asking: the device by its bearer token, the staff user by a proof made with the key the
// server gave that user on that device (docs/sync-protocol.md, "Identities").
struct Caller
{
    QString deviceId;
    ServerDb::UserSession user;
};

std::optional<QHttpServerResponse> authenticateDevice(ServerDb &db, const QHttpServerRequest &request,
                                                      QString *deviceId)
{
    const QByteArray auth = header(request, "Authorization");
    if (!auth.startsWith("Bearer "))
        return error(QHttpServerResponder::StatusCode::Unauthorized, QStringLiteral("device_unknown"),
                     QStringLiteral("no device token; enrol this device first"));
    const QString failed = db.deviceForToken(QString::fromLatin1(auth.mid(7).trimmed()), deviceId);
    if (failed == u"device_unknown" || failed == u"device_revoked")
        return error(QHttpServerResponder::StatusCode::Unauthorized, failed,
                     failed == u"device_revoked" ? QStringLiteral("this device was revoked by the server's admin")
                                                 : QStringLiteral("unknown device; enrol it again"));
    if (!failed.isEmpty())
        return error(QHttpServerResponder::StatusCode::ServiceUnavailable, QStringLiteral("unavailable"),
                     QStringLiteral("the server cannot check devices just now"));
    return std::nullopt;
}

// The proof: base64url HMAC-SHA256(user key, device id "\n" path "\n" hex SHA-256 of the body).
QByteArray userProof(const QString &key, const QString &deviceId, const QString &path, const QByteArray &body)
{
    const QByteArray message = deviceId.toUtf8() + '\n' + path.toUtf8() + '\n'
                               + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    return QMessageAuthenticationCode::hash(message, key.toUtf8(), QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QHttpServerResponse> authenticate(ServerDb &db, const QHttpServerRequest &request, Caller *caller)
{
    if (auto refused = authenticateDevice(db, request, &caller->deviceId))
        return refused;
    const QString user = QString::fromUtf8(header(request, "X-Linli-User"));
    const QByteArray proof = header(request, "X-Linli-User-Proof");
    const auto unknownUser = [] {
        return error(QHttpServerResponder::StatusCode::Unauthorized, QStringLiteral("user_unknown"),
                     QStringLiteral("the user is not signed in on this device; sign in again"));
    };
    if (user.isEmpty() || proof.isEmpty())
        return unknownUser();
    const QString failed = db.session(caller->deviceId, user, &caller->user);
    if (failed == u"user_unknown")
        return unknownUser();
    if (!failed.isEmpty())
        return error(QHttpServerResponder::StatusCode::ServiceUnavailable, QStringLiteral("unavailable"),
                     QStringLiteral("the server cannot check users just now"));
    const QByteArray expected = userProof(caller->user.key, caller->deviceId, request.url().path(), request.body());
    // Compared in constant time: the proof is a secret's function.
    if (expected.size() != proof.size()
        || sodium_memcmp(expected.constData(), proof.constData(), size_t(proof.size())) != 0)
        return unknownUser();
    return std::nullopt;
}

} // namespace

HttpApi::HttpApi(ServerDb &db, QObject *parent) : QObject(parent), m_db(db), m_server(new QHttpServer)
{
    // Wraps a handler: a request id, the time it took and its status in one log line.
    const auto logged = [](const char *route, auto handler) {
        return [route, handler](const QHttpServerRequest &request) {
            QElapsedTimer timer;
            timer.start();
            QHttpServerResponse response = handler(request);
            logLine("info", QStringLiteral("request"),
                    {{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces).left(8)},
                     {QStringLiteral("route"), QString::fromLatin1(route)},
                     {QStringLiteral("status"), QString::number(int(response.statusCode()))},
                     {QStringLiteral("ms"), QString::number(timer.elapsed())}});
            return response;
        };
    };

    m_server->route(QStringLiteral("/v1/health"), QHttpServerRequest::Method::Get,
                    logged("health", [this](const QHttpServerRequest &) {
                        if (!m_db.healthy())
                            return error(QHttpServerResponder::StatusCode::ServiceUnavailable,
                                         QStringLiteral("unavailable"), QStringLiteral("PostgreSQL does not answer"));
                        return json({{QStringLiteral("status"), QStringLiteral("ok")},
                                     {QStringLiteral("protocol"), HttpApi::Protocol}},
                                    QHttpServerResponder::StatusCode::Ok);
                    }));

    m_server->route(
        QStringLiteral("/v1/enrol"), QHttpServerRequest::Method::Post,
        logged("enrol", [this](const QHttpServerRequest &request) {
            if (auto refused = checkProtocol(request))
                return std::move(*refused);
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isObject())
                return error(QHttpServerResponder::StatusCode::BadRequest, QStringLiteral("bad_request"),
                             QStringLiteral("the body is not a JSON object"));
            const QString code = doc[QStringLiteral("code")].toString();
            const QString name = doc[QStringLiteral("device_name")].toString();
            if (code.isEmpty() || name.trimmed().isEmpty())
                return error(QHttpServerResponder::StatusCode::BadRequest, QStringLiteral("bad_request"),
                             QStringLiteral("code and device_name are required"));
            ServerDb::Enrolment e;
            const QString failed = m_db.enrol(code, name, &e);
            if (failed == u"code_unknown" || failed == u"code_used" || failed == u"code_expired")
                return error(QHttpServerResponder::StatusCode::Forbidden, failed,
                             QStringLiteral("the enrolment code is unknown, spent or expired; ask for a new one"));
            if (!failed.isEmpty()) {
                logLine("error", QStringLiteral("enrol_failed"), {{QStringLiteral("detail"), failed}});
                return error(QHttpServerResponder::StatusCode::ServiceUnavailable, QStringLiteral("unavailable"),
                             QStringLiteral("the server cannot enrol devices just now"));
            }
            logLine("info", QStringLiteral("device_enrolled"),
                    {{QStringLiteral("device"), e.deviceId}, {QStringLiteral("series"), e.series}});
            return json({{QStringLiteral("device_id"), e.deviceId},
                         {QStringLiteral("device_token"), e.token},
                         {QStringLiteral("series"), e.series},
                         {QStringLiteral("office"), e.office},
                         {QStringLiteral("protocol"), HttpApi::Protocol}},
                        QHttpServerResponder::StatusCode::Ok);
        }));

    m_server->route(QStringLiteral("/v1/login"), QHttpServerRequest::Method::Post,
                    logged("login", [this](const QHttpServerRequest &request) {
                        if (auto refused = checkProtocol(request))
                            return std::move(*refused);
                        QString deviceId;
                        if (auto refused = authenticateDevice(m_db, request, &deviceId))
                            return std::move(*refused);
                        const QJsonDocument doc = QJsonDocument::fromJson(request.body());
                        const QString user = doc[QStringLiteral("user")].toString();
                        const QString password = doc[QStringLiteral("password")].toString();
                        if (!doc.isObject() || user.isEmpty() || password.isEmpty())
                            return error(QHttpServerResponder::StatusCode::BadRequest, QStringLiteral("bad_request"),
                                         QStringLiteral("user and password are required"));
                        QString key;
                        const QString failed = m_db.login(deviceId, user, password, &key);
                        if (failed == u"user_unknown") {
                            logLine("warning", QStringLiteral("login_refused"), {{QStringLiteral("device"), deviceId}});
                            return error(QHttpServerResponder::StatusCode::Unauthorized, failed,
                                         QStringLiteral("unknown user or wrong password"));
                        }
                        if (!failed.isEmpty())
                            return error(QHttpServerResponder::StatusCode::ServiceUnavailable,
                                         QStringLiteral("unavailable"),
                                         QStringLiteral("the server cannot sign users in just now"));
                        return json({{QStringLiteral("user_key"), key}}, QHttpServerResponder::StatusCode::Ok);
                    }));

    // Who the server takes the caller for: the device, the user, the role and the data scope.
    m_server->route(QStringLiteral("/v1/whoami"), QHttpServerRequest::Method::Get,
                    logged("whoami", [this](const QHttpServerRequest &request) {
                        if (auto refused = checkProtocol(request))
                            return std::move(*refused);
                        Caller caller;
                        if (auto refused = authenticate(m_db, request, &caller))
                            return std::move(*refused);
                        return json({{QStringLiteral("device_id"), caller.deviceId},
                                     {QStringLiteral("user"), caller.user.user},
                                     {QStringLiteral("role"), caller.user.role},
                                     {QStringLiteral("scope"), QJsonArray::fromStringList(caller.user.scope)}},
                                    QHttpServerResponder::StatusCode::Ok);
                    }));

    // A batch of this device's outbox, applied exactly once (docs/sync-protocol.md, "Push").
    m_server->route(QStringLiteral("/v1/push"), QHttpServerRequest::Method::Post,
                    logged("push", [this](const QHttpServerRequest &request) {
                        if (auto refused = checkProtocol(request))
                            return std::move(*refused);
                        Caller caller;
                        if (auto refused = authenticate(m_db, request, &caller))
                            return std::move(*refused);
                        // At most 8 MB a batch; a batch of one entry (a bill run with its bills) or one
                        // group (a run void with its reversals) up to 256 MB.
                        const qsizetype size = request.body().size();
                        const QJsonDocument doc =
                            size > 256 * 1024 * 1024 ? QJsonDocument() : QJsonDocument::fromJson(request.body());
                        const QJsonArray entries = doc[QStringLiteral("entries")].toArray();
                        const bool single = entries.size() == 1 || isOneGroup(entries);
                        if (!doc.isObject() || (size > 8 * 1024 * 1024 && !single))
                            return error(QHttpServerResponder::StatusCode::BadRequest, QStringLiteral("bad_request"),
                                         QStringLiteral("the body is not a JSON object of at most 8 MB (a single "
                                                        "entry or group: 256 MB)"));
                        int status = 0;
                        QJsonObject answer;
                        m_db.push(caller.deviceId, caller.user, doc.object(), QDateTime::currentMSecsSinceEpoch(),
                                  &status, &answer);
                        return json(answer, QHttpServerResponder::StatusCode(status));
                    }));

    // What changed on the server after the device's cursor, a page at a time.
    m_server->route(QStringLiteral("/v1/pull"), QHttpServerRequest::Method::Post,
                    logged("pull", [this](const QHttpServerRequest &request) {
                        if (auto refused = checkProtocol(request))
                            return std::move(*refused);
                        Caller caller;
                        if (auto refused = authenticate(m_db, request, &caller))
                            return std::move(*refused);
                        const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
                        int status = 0;
                        QJsonObject answer;
                        QByteArray page;
                        m_db.pull(caller.user.scope, body.value(QStringLiteral("cursor")).toString(),
                                  body.value(QStringLiteral("limit")).toInt(2000), &status, &answer, &page);
                        if (status == 200)
                            return QHttpServerResponse(QByteArrayLiteral("application/json"), page,
                                                       QHttpServerResponder::StatusCode::Ok);
                        return json(answer, QHttpServerResponder::StatusCode(status));
                    }));

    // Every other path and method: 404 in JSON, logged like the rest.
    m_server->afterRequest([](QHttpServerResponse &&response) {
        response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        return std::move(response);
    });
}

HttpApi::~HttpApi() = default;

} // namespace Linli::Server
