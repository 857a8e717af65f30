#include "httpapi.h"

#include "serverdb.h"

#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QUuid>
#include <QtHttpServer/QHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponse>

#include <cstdio>

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

    // Every other path and method: 404 in JSON, logged like the rest.
    m_server->afterRequest([](QHttpServerResponse &&response) {
        response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        return std::move(response);
    });
}

HttpApi::~HttpApi() = default;

} // namespace Linli::Server
