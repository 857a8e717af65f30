#pragma once

#include <QtCore/QObject>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace Linli::Server {

class ServerDb;

// The HTTP side of docs/sync-protocol.md: routes, protocol-version checks, JSON answers and one
// log line per request (request id, route, status, time — never names or row contents).
class HttpApi : public QObject
{
public:
    static constexpr int Protocol = 1;
    static constexpr int OldestProtocol = 1; // the current and the previous version are accepted

    explicit HttpApi(ServerDb &db, QObject *parent = nullptr);
    ~HttpApi() override;
    QHttpServer &server() { return *m_server; }

private:
    // The routes (one function each, registered from the table in the constructor).
    QHttpServerResponse health(const QHttpServerRequest &request);
    QHttpServerResponse enrol(const QHttpServerRequest &request);
    QHttpServerResponse login(const QHttpServerRequest &request);
    QHttpServerResponse whoami(const QHttpServerRequest &request);
    QHttpServerResponse push(const QHttpServerRequest &request);
    QHttpServerResponse pull(const QHttpServerRequest &request);

    ServerDb &m_db;
    std::unique_ptr<QHttpServer> m_server;
};

// One JSON log line on stderr.
void logLine(const char *level, const QString &event, const QList<std::pair<QString, QString>> &fields = {});

} // namespace Linli::Server
