// linli-cli enrol and sync: this database joins a sync server, and syncs with it (docs/sync-protocol.md,
// docs/sync-server.md).
#include "commands.h"

#include <core/permission.h>
#include <fees/overpaidbills.h>
#include <services.h>
#include <sync/syncclient.h>
#include <sync/syncconflicts.h>
#include <sync/syncengine.h>
#include <sync/syncjob.h>

#include <QtCore/QJsonArray>
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
    auto services = ctx.open();
    if (!services)
        return ctx.fail(services.error());
    auto enrolled = (*services)->enrolSync(server, code, ctx.value(u"--ca"_s), QSysInfo::machineHostName());
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

namespace {

// linli-cli sync conflicts: what the 同步与冲突 page lists — fields two offices changed (both
// values), changes the server refused, rows this database could not take, bills paid twice.
int listConflicts(Context &ctx, App::Services &services)
{
    const Sync::ConflictService &service = services.conflicts();
    auto conflicts = service.open(services.actor());
    if (!conflicts)
        return ctx.fail(conflicts.error());
    // Bills paid twice are listed to those who take money (and may refund it).
    Result<QList<Fees::OverpaidBill>> overpaid = QList<Fees::OverpaidBill>();
    if (services.actor().can(Core::Permission::CollectFees))
        overpaid = services.overpaidBills();
    if (!overpaid)
        return ctx.fail(overpaid.error());
    if (ctx.json()) {
        QJsonArray list;
        for (const Sync::Conflict &c : std::as_const(*conflicts)) {
            const char *kind = c.kind == Sync::Conflict::Kind::Field      ? "field"
                               : c.kind == Sync::Conflict::Kind::Rejected ? "rejected"
                                                                          : "not_applied";
            list.append(QJsonObject{{u"id"_s, c.id},
                                    {u"kind"_s, QString::fromLatin1(kind)},
                                    {u"entity"_s, c.entity},
                                    {u"row_id"_s, c.rowId},
                                    {u"record"_s, c.rowLabel},
                                    {u"field"_s, c.field},
                                    {u"kept_value"_s, c.keptValue},
                                    {u"lost_value"_s, c.lostValue},
                                    {u"kept_office"_s, c.keptOffice},
                                    {u"lost_office"_s, c.lostOffice},
                                    {u"reason"_s, c.reason}});
        }
        QJsonArray bills;
        for (const Fees::OverpaidBill &b : std::as_const(*overpaid))
            bills.append(QJsonObject{{u"household_id"_s, b.householdId},
                                     {u"address"_s, b.address},
                                     {u"period"_s, b.period},
                                     {u"due"_s, b.total.toPlainString()},
                                     {u"paid"_s, b.paid.toPlainString()}});
        ctx.out() << QJsonDocument(QJsonObject{{u"conflicts"_s, list}, {u"overpaid_bills"_s, bills}})
                         .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const Sync::Conflict &c : std::as_const(*conflicts)) {
        if (c.kind == Sync::Conflict::Kind::Field)
            ctx.out() << CliTr::tr("%1 %2, %3: kept \"%4\" (%5), overwritten \"%6\" (%7)")
                             .arg(service.entityName(c.entity), c.rowLabel.isEmpty() ? c.rowId : c.rowLabel,
                                  service.fieldName(c.entity, c.field), c.keptValue, c.keptOffice, c.lostValue,
                                  c.lostOffice)
                      << Qt::endl;
        else
            ctx.out() << CliTr::tr("%1 %2: not applied (%3)")
                             .arg(service.entityName(c.entity), c.rowLabel.isEmpty() ? c.rowId : c.rowLabel,
                                  Sync::refusalText(c.reason))
                      << Qt::endl;
    }
    for (const Fees::OverpaidBill &b : std::as_const(*overpaid))
        ctx.out() << CliTr::tr("%1 %2: due %3, paid %4 (paid twice)")
                         .arg(b.address, b.period, b.total.toString(), b.paid.toString())
                  << Qt::endl;
    ctx.out() << CliTr::tr("%1 conflicts to review, %2 bills paid more than once.")
                     .arg(conflicts->size())
                     .arg(overpaid->size())
              << Qt::endl;
    return ExitOk;
}

} // namespace

int cmdSync(Context &ctx)
{
    if (int rc = ctx.requireLogin(); rc != ExitOk)
        return rc;
    auto services = ctx.open();
    if (!services)
        return ctx.fail(services.error());
    if (ctx.words.value(1) == u"conflicts")
        return listConflicts(ctx, **services);
    auto enrolled = (*services)->syncEnrolment();
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
    Sync::SyncJob engine = (*services)->syncJob();
    if (const QString caFile = ctx.value(u"--ca"_s); !caFile.isEmpty()) {
        const auto ca = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (ca.isEmpty())
            return ctx.fail(Error(ErrorCode::InvalidInput,
                                  CliTr::tr("\"%1\" holds no CA certificate (a PEM file is expected).").arg(caFile)));
        engine.setCa(ca);
    }
    const auto signInToServer = [&]() -> Status {
        const QString serverUser =
            ctx.has(u"--server-user"_s) ? ctx.value(u"--server-user"_s) : (*services)->actor().username;
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
    (*services)->hlcObserver()(report->highestHlc);
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
