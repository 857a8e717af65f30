// linli-cli enrol and sync: this database joins a sync server, and syncs with it (docs/sync-protocol.md,
// docs/sync-server.md).
#include "commands.h"

#include <storage/store.h>
#include <sync/syncclient.h>
#include <sync/syncengine.h>

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>
#include <QtCore/QSysInfo>
#include <QtNetwork/QSslCertificate>

using namespace Qt::StringLiterals;

namespace Linli::Cli {

int cmdEnrol(Context &ctx)
{
    const QString server = ctx.value(u"--server"_s);
    const QString code = ctx.value(u"--code"_s);
    if (server.isEmpty() || code.isEmpty())
        return ctx.usage(CliTr::tr("enrol needs --server https://… and --code CODE (and --ca FILE for a server "
                                   "whose certificate your office made)."));
    if (int rc = ctx.requireLogin(); rc != ExitOk)
        return rc;
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    auto enrolled = Sync::SyncClient(*session->store)
                        .enrol(session->actor, server, code, ctx.value(u"--ca"_s), QSysInfo::machineHostName());
    if (!enrolled)
        return ctx.fail(enrolled.error());
    if (ctx.json()) {
        ctx.out() << QJsonDocument(QJsonObject{{u"server"_s, enrolled->server},
                                               {u"device_id"_s, enrolled->deviceId},
                                               {u"series"_s, enrolled->series},
                                               {u"office"_s, enrolled->office}})
                         .toJson(QJsonDocument::Indented);
    } else {
        ctx.out() << CliTr::tr("Enrolled with %1 as device %2; receipts made here will be numbered in series %3.")
                         .arg(enrolled->server, enrolled->deviceId, enrolled->series)
                  << Qt::endl;
    }
    return ExitOk;
}

} // namespace Linli::Cli

namespace Linli::Cli {

int cmdSync(Context &ctx)
{
    if (int rc = ctx.requireLogin(); rc != ExitOk)
        return rc;
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    Storage::Store &store = *session->store;
    auto enrolled = Sync::SyncClient(store).enrolment();
    if (!enrolled)
        return ctx.fail(enrolled.error());
    if (!*enrolled)
        return ctx.fail(Error(ErrorCode::InvalidInput,
                              CliTr::tr("This database is not enrolled with a sync server; run linli-cli enrol "
                                        "--server https://… --code … first.")));
    if (const QString server = ctx.value(u"--server"_s); !server.isEmpty()) {
        auto url = Sync::SyncClient::parseServer(server);
        if (!url)
            return ctx.fail(url.error());
        if (url->toString() != (*enrolled)->server)
            return ctx.fail(Error(ErrorCode::InvalidInput,
                                  CliTr::tr("This database syncs with %1, not %2.").arg((*enrolled)->server, server)));
    }
    Sync::SyncEngine engine(store.connection(), session->actor.username, store.deviceId());
    if (const QString caFile = ctx.value(u"--ca"_s); !caFile.isEmpty()) {
        const auto ca = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (ca.isEmpty())
            return ctx.fail(Error(ErrorCode::InvalidInput,
                                  CliTr::tr("\"%1\" holds no CA certificate (a PEM file is expected).").arg(caFile)));
        engine.setCa(ca);
    }
    const auto signInToServer = [&]() -> Status {
        const QString serverUser =
            ctx.has(u"--server-user"_s) ? ctx.value(u"--server-user"_s) : session->actor.username;
        auto password =
            ctx.secret("LINLI_SYNC_PASSWORD", CliTr::tr("Password of %1 on the sync server: ").arg(serverUser));
        if (!password)
            return password.error();
        return engine.signIn(serverUser, *password);
    };
    auto signedIn = engine.signedIn();
    if (!signedIn)
        return ctx.fail(signedIn.error());
    if (!*signedIn) {
        if (auto s = signInToServer(); !s)
            return ctx.fail(s.error());
    }
    auto report = engine.run();
    const auto sessionDropped = [&] {
        auto still = engine.signedIn();
        return still && !*still;
    };
    if (!report && report.error().code() == ErrorCode::AuthenticationFailed && sessionDropped()) {
        // The server no longer takes the key kept here (expired): sign in again, once.
        if (auto s = signInToServer(); !s)
            return ctx.fail(s.error());
        report = engine.run();
    }
    if (!report)
        return ctx.fail(report.error());
    store.observeHlc(report->highestHlc);
    if (ctx.json()) {
        ctx.out() << QJsonDocument(QJsonObject{{u"pushed"_s, report->pushed},
                                               {u"rejected"_s, report->rejected},
                                               {u"pulled"_s, report->pulled},
                                               {u"new_conflicts"_s, report->newConflicts},
                                               {u"open_conflicts"_s, report->openConflicts},
                                               {u"pending"_s, report->pending},
                                               {u"resynced"_s, report->resynced}})
                         .toJson(QJsonDocument::Indented);
    } else {
        const QLocale locale;
        ctx.out() << CliTr::tr("Sent %1 changes (%2 refused by the server), received %3 rows.")
                         .arg(locale.toString(report->pushed + report->rejected), locale.toString(report->rejected),
                              locale.toString(report->pulled))
                  << Qt::endl;
        ctx.out() << CliTr::tr("Waiting to be sent: %1. Conflicts to review: %2.")
                         .arg(locale.toString(report->pending), locale.toString(report->openConflicts))
                  << Qt::endl;
    }
    return ExitOk;
}

} // namespace Linli::Cli
