// linli-cli enrol: this database joins a sync server (docs/sync-protocol.md, docs/sync-server.md).
#include "commands.h"

#include <sync/syncclient.h>

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSysInfo>

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
