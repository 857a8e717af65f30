#include "httpapi.h"

#include "serverdb.h"
#include "syncerror.h"
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

using Kind = SyncError::Kind;
using HttpStatus = QHttpServerResponder::StatusCode;

QHttpServerResponse json(const QJsonObject &body, HttpStatus status)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
}

// The one place a refusal becomes an HTTP status (docs/sync-protocol.md, "Errors").
HttpStatus statusOf(Kind kind)
{
    switch (kind) {
    case Kind::BadRequest: return HttpStatus::BadRequest;
    case Kind::Unauthenticated: return HttpStatus::Unauthorized;
    case Kind::Forbidden: return HttpStatus::Forbidden;
    case Kind::SequenceGap: return HttpStatus::Conflict;
    case Kind::ResyncRequired: return HttpStatus::Gone;
    case Kind::ClockSkew: return HttpStatus::UnprocessableEntity;
    case Kind::TooOld: return HttpStatus::UpgradeRequired;
    case Kind::Unavailable: break;
    }
    return HttpStatus::ServiceUnavailable;
}

// An error the client shows by its code (in Chinese, from its own translations); the English
// message is for logs and scripts.
QHttpServerResponse refused(const SyncError &error)
{
    return json(error.body(), statusOf(error.kind));
}

SyncError badRequest(const QString &message)
{
    return {Kind::BadRequest, QStringLiteral("bad_request"), message, {}};
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[k, v] : request.headers()) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

// The client's schema: a desktop older than these steps writes rows this server would take
// wrongly (a void without its group: storage 3, fees 14).
std::optional<SyncError> checkSchema(const QHttpServerRequest &request)
{
    static const QList<std::pair<QString, int>> oldest = {{QStringLiteral("storage"), 3}, {QStringLiteral("fees"), 14}};
    QHash<QString, int> schema;
    for (const QString &part : QString::fromLatin1(header(request, "X-Linli-Schema")).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const QString module = part.section(u'=', 0, 0).trimmed();
        const int version = part.section(u'=', 1, 1).toInt(&ok);
        if (module.isEmpty() || !ok)
            return badRequest(QStringLiteral("X-Linli-Schema is module=version, separated by commas"));
        schema.insert(module, version);
    }
    for (const auto &[module, version] : oldest) {
        if (schema.value(module) < version)
            return SyncError{Kind::TooOld,
                             QStringLiteral("schema_too_old"),
                             QStringLiteral("this server takes changes from databases at %1 schema %2 or later; "
                                            "update Linli")
                                 .arg(module)
                                 .arg(version),
                             {}};
    }
    return std::nullopt;
}

// The protocol version every request carries; refused when too old or missing.
std::optional<SyncError> checkProtocol(const QHttpServerRequest &request)
{
    bool ok = false;
    const int v = header(request, "X-Linli-Protocol").toInt(&ok);
    if (!ok || v < HttpApi::OldestProtocol)
        return SyncError{Kind::TooOld,
                         QStringLiteral("protocol_too_old"),
                         QStringLiteral("this server speaks sync protocol %1 (and %2); update Linli")
                             .arg(HttpApi::Protocol)
                             .arg(HttpApi::OldestProtocol),
                         {}};
    if (v > HttpApi::Protocol)
        return SyncError{
            Kind::BadRequest,
            QStringLiteral("protocol_too_new"),
            QStringLiteral("this server speaks sync protocol %1; update the server").arg(HttpApi::Protocol),
            {}};
    return checkSchema(request);
}

// Who is asking: the device by its bearer token, the staff user by a proof made with the key the
// server gave that user on that device (docs/sync-protocol.md, "Identities").
struct Caller
{
    QString deviceId;
    ServerDb::UserSession user;
};

Outcome<QString> authenticateDevice(ServerDb &db, const QHttpServerRequest &request)
{
    const QByteArray auth = header(request, "Authorization");
    if (!auth.startsWith("Bearer "))
        return SyncError{Kind::Unauthenticated,
                         QStringLiteral("device_unknown"),
                         QStringLiteral("no device token; enrol this device first"),
                         {}};
    return db.deviceForToken(QString::fromLatin1(auth.mid(7).trimmed()));
}

// The proof: base64url HMAC-SHA256(user key, device id "\n" path "\n" hex SHA-256 of the body).
QByteArray userProof(const QString &key, const QString &deviceId, const QString &path, const QByteArray &body)
{
    const QByteArray message = deviceId.toUtf8() + '\n' + path.toUtf8() + '\n'
                               + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    return QMessageAuthenticationCode::hash(message, key.toUtf8(), QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// The protocol checked, the device and the user authenticated.
Outcome<Caller> authenticate(ServerDb &db, const QHttpServerRequest &request)
{
    if (auto refusal = checkProtocol(request))
        return *refusal;
    const Outcome<QString> device = authenticateDevice(db, request);
    if (const SyncError *refusal = refusalOf(device))
        return *refusal;
    const QString user = QString::fromUtf8(header(request, "X-Linli-User"));
    const QByteArray proof = header(request, "X-Linli-User-Proof");
    if (user.isEmpty() || proof.isEmpty())
        return ServerDb::notSignedIn();
    const Caller caller{std::get<QString>(device), {}};
    const Outcome<ServerDb::UserSession> session = db.session(caller.deviceId, user);
    if (const SyncError *refusal = refusalOf(session))
        return *refusal;
    const ServerDb::UserSession &signedIn = std::get<ServerDb::UserSession>(session);
    const QByteArray expected = userProof(signedIn.key, caller.deviceId, request.url().path(), request.body());
    // Compared in constant time: the proof is a secret's function.
    if (expected.size() != proof.size()
        || sodium_memcmp(expected.constData(), proof.constData(), size_t(proof.size())) != 0)
        return ServerDb::notSignedIn();
    return Caller{caller.deviceId, signedIn};
}

// Wraps a route: a request id, the time it took and its status in one log line.
template<typename Handler>
auto logged(const char *route, Handler handler)
{
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
}

} // namespace

HttpApi::HttpApi(ServerDb &db, QObject *parent) : QObject(parent), m_db(db), m_server(new QHttpServer)
{
    using Method = QHttpServerRequest::Method;
    struct Route
    {
        const char *path;
        Method method;
        const char *name; // in the log line
        QHttpServerResponse (HttpApi::*handle)(const QHttpServerRequest &);
    };
    static const Route routes[] = {
        {"/v1/health", Method::Get, "health", &HttpApi::health},
        {"/v1/enrol", Method::Post, "enrol", &HttpApi::enrol},
        {"/v1/login", Method::Post, "login", &HttpApi::login},
        {"/v1/whoami", Method::Get, "whoami", &HttpApi::whoami},
        {"/v1/push", Method::Post, "push", &HttpApi::push},
        {"/v1/pull", Method::Post, "pull", &HttpApi::pull},
    };
    for (const Route &r : routes) {
        m_server->route(QString::fromLatin1(r.path), r.method,
                        logged(r.name, [this, handle = r.handle](const QHttpServerRequest &request) {
                            return (this->*handle)(request);
                        }));
    }
    // Every other path and method: 404 in JSON, logged like the rest.
    m_server->afterRequest([](QHttpServerResponse &&response) {
        response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        return std::move(response);
    });
}

HttpApi::~HttpApi() = default;

QHttpServerResponse HttpApi::health(const QHttpServerRequest &)
{
    if (!m_db.healthy())
        return refused(
            {Kind::Unavailable, QStringLiteral("unavailable"), QStringLiteral("PostgreSQL does not answer"), {}});
    return json({{QStringLiteral("status"), QStringLiteral("ok")}, {QStringLiteral("protocol"), HttpApi::Protocol}},
                HttpStatus::Ok);
}

QHttpServerResponse HttpApi::enrol(const QHttpServerRequest &request)
{
    if (auto refusal = checkProtocol(request))
        return refused(*refusal);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return refused(badRequest(QStringLiteral("the body is not a JSON object")));
    const QString code = doc[QStringLiteral("code")].toString();
    const QString name = doc[QStringLiteral("device_name")].toString();
    if (code.isEmpty() || name.trimmed().isEmpty())
        return refused(badRequest(QStringLiteral("code and device_name are required")));
    const Outcome<ServerDb::Enrolment> enrolled = m_db.enrol(code, name);
    if (const SyncError *refusal = refusalOf(enrolled))
        return refused(*refusal);
    const ServerDb::Enrolment &e = std::get<ServerDb::Enrolment>(enrolled);
    logLine("info", QStringLiteral("device_enrolled"),
            {{QStringLiteral("device"), e.deviceId}, {QStringLiteral("series"), e.series}});
    return json({{QStringLiteral("device_id"), e.deviceId},
                 {QStringLiteral("device_token"), e.token},
                 {QStringLiteral("series"), e.series},
                 {QStringLiteral("office"), e.office},
                 {QStringLiteral("protocol"), HttpApi::Protocol}},
                HttpStatus::Ok);
}

QHttpServerResponse HttpApi::login(const QHttpServerRequest &request)
{
    if (auto refusal = checkProtocol(request))
        return refused(*refusal);
    const Outcome<QString> device = authenticateDevice(m_db, request);
    if (const SyncError *refusal = refusalOf(device))
        return refused(*refusal);
    const QString &deviceId = std::get<QString>(device);
    const QJsonDocument doc = QJsonDocument::fromJson(request.body());
    const QString user = doc[QStringLiteral("user")].toString();
    const QString password = doc[QStringLiteral("password")].toString();
    if (!doc.isObject() || user.isEmpty() || password.isEmpty())
        return refused(badRequest(QStringLiteral("user and password are required")));
    const Outcome<QString> key = m_db.login(deviceId, user, password);
    if (const SyncError *refusal = refusalOf(key)) {
        if (refusal->kind == Kind::Unauthenticated)
            logLine("warning", QStringLiteral("login_refused"), {{QStringLiteral("device"), deviceId}});
        return refused(*refusal);
    }
    return json({{QStringLiteral("user_key"), std::get<QString>(key)}}, HttpStatus::Ok);
}

// Who the server takes the caller for: the device, the user, the role and the data scope.
QHttpServerResponse HttpApi::whoami(const QHttpServerRequest &request)
{
    const Outcome<Caller> caller = authenticate(m_db, request);
    if (const SyncError *refusal = refusalOf(caller))
        return refused(*refusal);
    const Caller &c = std::get<Caller>(caller);
    return json({{QStringLiteral("device_id"), c.deviceId},
                 {QStringLiteral("user"), c.user.user},
                 {QStringLiteral("role"), c.user.role},
                 {QStringLiteral("scope"), QJsonArray::fromStringList(c.user.scope)}},
                HttpStatus::Ok);
}

// A batch of this device's outbox, applied exactly once (docs/sync-protocol.md, "Push").
QHttpServerResponse HttpApi::push(const QHttpServerRequest &request)
{
    const Outcome<Caller> caller = authenticate(m_db, request);
    if (const SyncError *refusal = refusalOf(caller))
        return refused(*refusal);
    const Caller &c = std::get<Caller>(caller);
    // At most 8 MB a batch; a batch of one entry (a bill run with its bills) or one group (a run
    // void with its reversals) up to 256 MB.
    const qsizetype size = request.body().size();
    const QJsonDocument doc = size > 256 * 1024 * 1024 ? QJsonDocument() : QJsonDocument::fromJson(request.body());
    const QJsonArray entries = doc[QStringLiteral("entries")].toArray();
    const bool single = entries.size() == 1 || isOneGroup(entries);
    if (!doc.isObject() || (size > 8 * 1024 * 1024 && !single))
        return refused(badRequest(
            QStringLiteral("the body is not a JSON object of at most 8 MB (a single entry or group: 256 MB)")));
    const Outcome<QJsonObject> answer =
        m_db.push(c.deviceId, c.user, doc.object(), QDateTime::currentMSecsSinceEpoch());
    if (const SyncError *refusal = refusalOf(answer))
        return refused(*refusal);
    return json(std::get<QJsonObject>(answer), HttpStatus::Ok);
}

// What changed on the server after the device's cursor, a page at a time.
QHttpServerResponse HttpApi::pull(const QHttpServerRequest &request)
{
    const Outcome<Caller> caller = authenticate(m_db, request);
    if (const SyncError *refusal = refusalOf(caller))
        return refused(*refusal);
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const Outcome<QByteArray> page =
        m_db.pull(std::get<Caller>(caller).user.scope, body.value(QStringLiteral("cursor")).toString(),
                  body.value(QStringLiteral("limit")).toInt(2000));
    if (const SyncError *refusal = refusalOf(page))
        return refused(*refusal);
    return QHttpServerResponse(QByteArrayLiteral("application/json"), std::get<QByteArray>(page), HttpStatus::Ok);
}

} // namespace Linli::Server
