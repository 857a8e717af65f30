#pragma once

#include <QtCore/QObject>

#include <memory>

class QHttpServer;

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
    ServerDb &m_db;
    std::unique_ptr<QHttpServer> m_server;
};

// One JSON log line on stderr.
void logLine(const char *level, const QString &event, const QList<std::pair<QString, QString>> &fields = {});

} // namespace Linli::Server
