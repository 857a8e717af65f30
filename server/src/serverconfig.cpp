#include "serverconfig.h"

#include <QtCore/QFileInfo>
#include <QtCore/QSettings>

namespace Linli::Server {

QString ServerConfig::load(const QString &path, ServerConfig *out)
{
    if (!QFileInfo(path).isReadable())
        return QStringLiteral("cannot read the configuration file %1").arg(path);
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return QStringLiteral("the configuration file %1 is not a valid INI file").arg(path);
    ServerConfig c;
    c.listen = ini.value(QStringLiteral("server/listen"), c.listen).toString();
    bool ok = false;
    const uint port = ini.value(QStringLiteral("server/port"), c.port).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return QStringLiteral("server/port must be a number from 1 to 65535");
    c.port = quint16(port);
    c.certificate = ini.value(QStringLiteral("server/certificate")).toString();
    c.key = ini.value(QStringLiteral("server/key")).toString();
    c.dbHost = ini.value(QStringLiteral("database/host")).toString();
    c.dbPort = ini.value(QStringLiteral("database/port"), c.dbPort).toInt();
    c.dbName = ini.value(QStringLiteral("database/name"), c.dbName).toString();
    c.dbUser = ini.value(QStringLiteral("database/user"), c.dbUser).toString();
    c.dbPassword = ini.value(QStringLiteral("database/password")).toString();
    c.logLevel = ini.value(QStringLiteral("log/level"), c.logLevel).toString();
    *out = c;
    return {};
}

} // namespace Linli::Server
