#include "commands.h"

#include <reports/reportexport.h>
#include <staff/maintenanceservice.h>
#include <staff/settingsservice.h>
#include <staff/staffreports.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

using namespace Qt::StringLiterals;

namespace Linli::Cli {

int writeReportFiles(Context &ctx, App::Services &app, const Reports::Report &report, const QString &what)
{
    const qint64 rows = report.tables.isEmpty() ? 0 : report.tables.first().rows.size();
    int written = 0;
    for (const auto &[option, format] :
         {std::pair{u"--pdf"_s, Reports::ExportFormat::Pdf}, std::pair{u"--xlsx"_s, Reports::ExportFormat::Xlsx},
          std::pair{u"--csv"_s, Reports::ExportFormat::Csv}}) {
        if (!ctx.has(option))
            continue;
        const QString path = ctx.value(option);
        const Status s = Reports::writeReport(report, path, format);
        if (!s)
            return ctx.fail(s.error());
        if (auto a = app.maintenance().recordExport(app.actor(), what, path, rows); !a)
            return ctx.fail(a.error());
        ctx.out() << CliTr::tr("Wrote %1").arg(path) << Qt::endl;
        ++written;
    }
    return written == 0 ? -1 : ExitOk;
}

int cmdAudit(Context &ctx)
{
    const QDate today = QDate::currentDate();
    QDate from = today.addDays(-30);
    QDate to = today;
    for (auto [option, date] : {std::pair{u"--from"_s, &from}, std::pair{u"--to"_s, &to}}) {
        if (!ctx.has(option))
            continue;
        *date = QDate::fromString(ctx.value(option), Qt::ISODate);
        if (!date->isValid()) {
            return ctx.fail(Error(ErrorCode::InvalidInput,
                                  CliTr::tr("\"%1\" is not a date; write it as 2026-11-29.").arg(ctx.value(option))));
        }
    }
    if (from > to)
        return ctx.fail(Error(ErrorCode::InvalidInput, CliTr::tr("--from is after --to.")));
    if (int rc = ctx.requireLogin(); rc != ExitOk)
        return rc;
    auto services = ctx.open();
    if (!services)
        return ctx.fail(services.error());
    App::Services &app = **services;

    if (ctx.has(u"--pdf"_s) || ctx.has(u"--xlsx"_s) || ctx.has(u"--csv"_s)) {
        auto report = app.staffReports().auditLog(app.actor(), from, to);
        if (!report)
            return ctx.fail(report.error());
        return writeReportFiles(ctx, app, *report, u"audit-log"_s);
    }
    const auto [fromMs, toMs] = Staff::dayRangeMs(from, to);
    auto entries = app.maintenance().auditEntries(app.actor(), fromMs, toMs);
    if (!entries)
        return ctx.fail(entries.error());
    if (ctx.json()) {
        QJsonArray arr;
        for (const Staff::AuditEntry &e : std::as_const(*entries)) {
            arr.append(QJsonObject{{u"seq"_s, e.seq},
                                   {u"id"_s, e.id},
                                   {u"at"_s, QDateTime::fromMSecsSinceEpoch(e.atMs).toString(Qt::ISODateWithMs)},
                                   {u"actor"_s, e.actor},
                                   {u"action"_s, e.action},
                                   {u"target"_s, e.target},
                                   {u"details"_s, QJsonDocument::fromJson(e.details.toUtf8()).object()},
                                   {u"hash"_s, e.hash}});
        }
        ctx.out() << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const Staff::AuditEntry &e : std::as_const(*entries)) {
        ctx.out() << QString::number(e.seq).rightJustified(6) << u"  "_s
                  << QDateTime::fromMSecsSinceEpoch(e.atMs).toString(u"yyyy-MM-dd HH:mm:ss"_s) << u"  "_s
                  << e.actor.leftJustified(12) << u' ' << Staff::auditActionDisplayName(e.action) << u' ' << e.target
                  << (e.details.isEmpty() ? QString() : u"  "_s + e.details) << Qt::endl;
    }
    return ExitOk;
}

int cmdSettings(Context &ctx)
{
    const QString sub = ctx.words.value(1, u"show"_s);
    if (sub != u"show" && sub != u"set")
        return ctx.usage(CliTr::tr("settings needs show or set."));
    if (sub == u"set" && ctx.words.size() < 4)
        return ctx.usage(CliTr::tr("settings set needs a name (organisation-name, idle-lock-minutes) and a value."));
    if (int rc = ctx.requireLogin(); rc != ExitOk)
        return rc;
    auto services = ctx.open();
    if (!services)
        return ctx.fail(services.error());
    App::Services &app = **services;
    Staff::SettingsService &settings = app.settings();
    if (sub == u"set") {
        const QString key = ctx.words.at(2);
        const QString value = ctx.words.mid(3).join(u' ');
        Status s;
        if (key == u"organisation-name") {
            s = settings.setOrganisationName(app.actor(), value);
        } else if (key == u"idle-lock-minutes") {
            bool ok = false;
            const int minutes = value.toInt(&ok);
            s = ok ? settings.setIdleLockMinutes(app.actor(), minutes)
                   : Status(Error(ErrorCode::InvalidInput, CliTr::tr("\"%1\" is not a number of minutes.").arg(value)));
        } else {
            return ctx.usage(CliTr::tr("Unknown setting \"%1\".").arg(key));
        }
        if (!s)
            return ctx.fail(s.error());
    }
    if (ctx.json()) {
        ctx.out() << QJsonDocument(QJsonObject{{u"organisation_name"_s, settings.organisationName()},
                                               {u"idle_lock_minutes"_s, settings.idleLockMinutes()}})
                         .toJson(QJsonDocument::Indented);
    } else {
        ctx.out() << CliTr::tr("organisation-name: %1").arg(settings.organisationName()) << Qt::endl
                  << CliTr::tr("idle-lock-minutes: %1").arg(settings.idleLockMinutes()) << Qt::endl;
    }
    return ExitOk;
}

} // namespace Linli::Cli
