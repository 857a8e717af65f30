// linli-sync-server: see docs/sync-protocol.md and docs/sync-server.md.
//   linli-sync-server --config FILE                      serve (HTTPS; refuses to run without TLS)
//   linli-sync-server --config FILE --insecure-development   serve plain HTTP (development only)
//   linli-sync-server --config FILE --init-db            create or update the schema, then exit
//   linli-sync-server --config FILE enrol-code --office NAME [--scope ID,ID|*] [--valid-hours 24]
//   linli-sync-server --config FILE revoke-device DEVICE_ID
//   linli-sync-server --config FILE purge-tombstones [--older-than-days 365]
//   linli-sync-server --config FILE add-user NAME --role ROLE [--scope ID,ID|*]   (password: LINLI_SERVER_PASSWORD or
//   stdin)
#include "httpapi.h"
#include "serverconfig.h"
#include "serverdb.h"

#include <catalogue/catalogue.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QTextStream>
#include <QtCore/QTimer>
#include <QtHttpServer/QHttpServer>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslKey>
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QtNetwork/QSslServer>
#endif

#include <sodium.h>

#include <csignal>
#include <cstdio>
#include <optional>

using namespace Linli::Server;

namespace {

volatile std::sig_atomic_t stopRequested = 0;

void onSignal(int)
{
    stopRequested = 1;
}

int usage()
{
    std::fputs("usage: linli-sync-server --config FILE [--init-db | --insecure-development |\n"
               "       enrol-code --office NAME [--scope IDS|*] [--valid-hours N] |\n"
               "       revoke-device ID | add-user NAME --role ROLE [--scope IDS|*] |\n"
               "       purge-tombstones [--older-than-days 365]]\n",
               stderr);
    return 2;
}

int fail(const QString &message)
{
    logLine("error", QStringLiteral("fatal"), {{QStringLiteral("detail"), message}});
    return 1;
}

QString option(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

int initDb(ServerDb &db)
{
    if (const QString e = db.migrate(); !e.isEmpty())
        return fail(e);
    logLine("info", QStringLiteral("schema_ready"), {{QStringLiteral("version"), QString::number(db.schemaVersion())}});
    return 0;
}

int enrolCode(ServerDb &db, const QStringList &args, const QStringList &scope)
{
    QString code;
    const int hours = option(args, QStringLiteral("--valid-hours"), QStringLiteral("24")).toInt();
    if (const QString e =
            db.createEnrolmentCode(option(args, QStringLiteral("--office")), scope, hours > 0 ? hours : 24, &code);
        !e.isEmpty())
        return fail(e);
    std::printf("%s\n", qPrintable(code));
    return 0;
}

int purgeTombstones(ServerDb &db, const QStringList &args)
{
    bool ok = false;
    const int days = option(args, QStringLiteral("--older-than-days"), QStringLiteral("365")).toInt(&ok);
    if (!ok || days < 0)
        return usage();
    qint64 purged = 0;
    if (const QString e = db.purgeTombstones(days, &purged); !e.isEmpty())
        return fail(e);
    logLine("info", QStringLiteral("tombstones_purged"),
            {{QStringLiteral("rows"), QString::number(purged)}, {QStringLiteral("days"), QString::number(days)}});
    return 0;
}

int revokeDevice(ServerDb &db, const QString &deviceId)
{
    if (const QString e = db.revokeDevice(deviceId); !e.isEmpty())
        return fail(e);
    logLine("info", QStringLiteral("device_revoked"), {{QStringLiteral("device"), deviceId}});
    return 0;
}

int addUser(ServerDb &db, const QStringList &args, const QString &name, const QStringList &scope)
{
    QString password = qEnvironmentVariable("LINLI_SERVER_PASSWORD");
    if (password.isEmpty())
        password = QTextStream(stdin).readLine();
    if (const QString e = db.addUser(name, option(args, QStringLiteral("--role")), scope, password); !e.isEmpty())
        return fail(e);
    return 0;
}

// The administrator's commands (all but serving); none: nullopt.
std::optional<int> command(ServerDb &db, const QStringList &args)
{
    if (args.contains(QStringLiteral("--init-db")))
        return initDb(db);
    const QStringList scope =
        option(args, QStringLiteral("--scope"), QStringLiteral("*")).split(u',', Qt::SkipEmptyParts);
    if (args.contains(QStringLiteral("enrol-code")))
        return enrolCode(db, args, scope);
    if (args.contains(QStringLiteral("purge-tombstones")))
        return purgeTombstones(db, args);
    if (const qsizetype i = args.indexOf(QStringLiteral("revoke-device")); i >= 0)
        return i + 1 < args.size() ? revokeDevice(db, args.at(i + 1)) : usage();
    if (const qsizetype i = args.indexOf(QStringLiteral("add-user")); i >= 0)
        return i + 1 < args.size() ? addUser(db, args, args.at(i + 1), scope) : usage();
    return std::nullopt;
}

// The certificate chain and key of the configuration; empty with `failure` set when unreadable.
std::optional<QSslConfiguration> tlsConfiguration(const ServerConfig &config, QString *failure)
{
    if (config.certificate.isEmpty() || config.key.isEmpty()) {
        *failure = QStringLiteral("no TLS certificate and key in the configuration (server/certificate, "
                                  "server/key); the server does not serve plain HTTP");
        return std::nullopt;
    }
    const auto chain = QSslCertificate::fromPath(config.certificate);
    QFile keyFile(config.key);
    if (chain.isEmpty())
        *failure = QStringLiteral("cannot read a certificate from %1").arg(config.certificate);
    else if (!keyFile.open(QIODevice::ReadOnly))
        *failure = QStringLiteral("cannot read the key %1").arg(config.key);
    if (!failure->isEmpty())
        return std::nullopt;
    const QByteArray pem = keyFile.readAll();
    QSslKey key(pem, QSsl::Ec);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Rsa);
    if (key.isNull()) {
        *failure = QStringLiteral("%1 is not a PEM private key (EC or RSA)").arg(config.key);
        return std::nullopt;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    return tls;
}

// Listens over TLS; the port, or 0.
quint16 listenTls(HttpApi &api, const QSslConfiguration &tls, const QHostAddress &address, quint16 port)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    auto *tcp = new QSslServer(&api);
    tcp->setSslConfiguration(tls);
    if (tcp->listen(address, port) && api.server().bind(tcp))
        return tcp->serverPort();
    return 0;
#else
    api.server().sslSetup(tls);
    return api.server().listen(address, port);
#endif
}

// SIGTERM / SIGINT: stop taking connections, let the event loop finish what it is doing, exit.
int runUntilStopped(QCoreApplication &app)
{
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [] {
        if (stopRequested)
            QCoreApplication::quit();
    });
    poll.start(100);
    const int rc = app.exec();
    logLine("info", QStringLiteral("stopped"));
    return rc;
}

int serve(QCoreApplication &app, ServerDb &db, const ServerConfig &config, bool insecure)
{
    if (db.schemaVersion() == 0)
        return fail(QStringLiteral("the database has no Linli schema yet: run with --init-db first"));
    HttpApi api(db);
    QHostAddress address(config.listen);
    if (address.isNull())
        return fail(QStringLiteral("server/listen is not an IP address: %1").arg(config.listen));
    quint16 port = 0;
    if (insecure) {
        logLine("warning", QStringLiteral("insecure_development"),
                {{QStringLiteral("detail"), QStringLiteral("serving plain HTTP: never do this with real data")}});
        port = api.server().listen(address, config.port);
    } else {
        QString failure;
        const std::optional<QSslConfiguration> tls = tlsConfiguration(config, &failure);
        if (!tls)
            return fail(failure);
        port = listenTls(api, *tls, address, config.port);
    }
    if (port == 0)
        return fail(QStringLiteral("cannot listen on %1:%2").arg(config.listen).arg(config.port));
    logLine("info", QStringLiteral("listening"),
            {{QStringLiteral("port"), QString::number(port)},
             {QStringLiteral("tls"), insecure ? QStringLiteral("off") : QStringLiteral("on")}});
    return runUntilStopped(app);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("linli-sync-server"));
    if (sodium_init() < 0)
        return fail(QStringLiteral("libsodium cannot start"));
    const QStringList args = app.arguments().mid(1);
    const QString configPath = option(args, QStringLiteral("--config"));
    if (configPath.isEmpty())
        return usage();
    ServerConfig config;
    if (const QString e = ServerConfig::load(configPath, &config); !e.isEmpty())
        return fail(e);
    ServerDb db(Linli::Catalogue::syncCatalogue());
    if (const QString e = db.open(config); !e.isEmpty())
        return fail(e);
    if (const std::optional<int> rc = command(db, args))
        return *rc;
    return serve(app, db, config, args.contains(QStringLiteral("--insecure-development")));
}
