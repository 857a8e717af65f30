#pragma once

#include <QtCore/QString>

namespace Linli::Server {

// linli-sync-server.conf (INI):
//   [server]   listen=0.0.0.0  port=8443  certificate=/etc/linli/server.crt  key=/etc/linli/server.key
//   [database] host=/var/run/postgresql  port=5432  name=linli  user=linli  password=…
//   [log]      level=info
struct ServerConfig
{
    QString listen = QStringLiteral("0.0.0.0");
    quint16 port = 8443;
    QString certificate;
    QString key;
    QString dbHost;
    int dbPort = 5432;
    QString dbName = QStringLiteral("linli");
    QString dbUser = QStringLiteral("linli");
    QString dbPassword;
    QString logLevel = QStringLiteral("info");

    // Reads the file; an empty string when it is fine, else what is wrong with it.
    static QString load(const QString &path, ServerConfig *out);
};

} // namespace Linli::Server
