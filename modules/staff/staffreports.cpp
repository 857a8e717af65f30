#include "staffreports.h"

#include "stafftr.h"

#include "maintenanceservice.h"
#include "settingsservice.h"
#include "userservice.h"
#include <core/clock.h>
#include <storage/store.h>

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>

using namespace Qt::StringLiterals;

namespace Linli::Staff {

// Unqualified in definitions: lupdate loses the translation context on "Reports::X f(...)".
using Reports::Report;

std::pair<qint64, qint64> dayRangeMs(QDate from, QDate to)
{
    return {QDateTime(from, QTime(0, 0)).toMSecsSinceEpoch(),
            QDateTime(to.addDays(1), QTime(0, 0)).toMSecsSinceEpoch()};
}

QString formatDateTime(qint64 ms)
{
    if (ms <= 0)
        return Tr::tr("never");
    return QDateTime::fromMSecsSinceEpoch(ms).toString(u"yyyy-MM-dd HH:mm"_s);
}

QString auditDetailsText(const Storage::AuditEntry &entry)
{
    const QJsonObject o = QJsonDocument::fromJson(entry.details.toUtf8()).object();
    if (o.isEmpty())
        return entry.details;
    QStringList parts;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString key = it.key();
        const QString raw = it.value().isString() ? it.value().toString() : QString::number(it.value().toInteger());
        if (key == u"role")
            parts.append(
                Tr::tr("role: %1").arg(Core::roleDisplayName(Core::roleFromCode(raw).value_or(Core::Role::Auditor))));
        else if (key == u"previous_role")
            parts.append(Tr::tr("previously: %1")
                             .arg(Core::roleDisplayName(Core::roleFromCode(raw).value_or(Core::Role::Auditor))));
        else if (key == u"file")
            parts.append(Tr::tr("file: %1").arg(raw));
        else if (key == u"rows")
            parts.append(Tr::tr("%1 rows").arg(raw));
        else if (key == u"bytes")
            parts.append(QLocale().formattedDataSize(it.value().toInteger()));
        else if (key == u"entries")
            parts.append(Tr::tr("%1 audit entries").arg(raw));
        else if (key == u"journal")
            continue; // the sign-in journal's own id, only there so that an entry is not copied twice
        else if (key == u"lost_rows")
            parts.append(Tr::tr("%1 rows could not be rescued").arg(raw));
        else if (key == u"value")
            parts.append(Tr::tr("new value: %1").arg(raw));
        else
            parts.append(key + u": "_s + raw);
    }
    return parts.join(Tr::tr("; "));
}

namespace {

Report baseReport(Storage::Store &store, const Core::Actor &actor, const QString &title)
{
    Reports::Report r;
    r.title = title;
    r.organisation = SettingsService(store).organisationName();
    r.generatedAt = store.clock().nowUtc().toLocalTime();
    r.generatedBy = actor.displayName.isEmpty() ? actor.username : actor.displayName;
    return r;
}

} // namespace

Result<Report> staffListReport(Storage::Store &store, const Core::Actor &actor)
{
    auto users = UserService(store).list(actor);
    if (!users)
        return users.error();
    Reports::Report r = baseReport(store, actor, Tr::tr("Staff accounts"));
    Reports::Table t;
    t.columns = {{Tr::tr("User name"), Qt::AlignLeft, 2}, {Tr::tr("Name"), Qt::AlignLeft, 2},
                 {Tr::tr("Role"), Qt::AlignLeft, 3},      {Tr::tr("Status"), Qt::AlignLeft, 1},
                 {Tr::tr("Created"), Qt::AlignLeft, 3},   {Tr::tr("Last sign-in"), Qt::AlignLeft, 3}};
    for (const StaffUser &u : std::as_const(*users)) {
        t.rows.append({u.username, u.displayName, Core::roleDisplayName(u.role),
                       u.active ? Tr::tr("active") : Tr::tr("disabled"), formatDateTime(u.createdAtMs),
                       formatDateTime(u.lastLoginAtMs)});
    }
    r.parameters.append({Tr::tr("Accounts"), QString::number(users->size())});
    r.tables.append(t);
    return r;
}

Result<Report> auditLogReport(Storage::Store &store, const Core::Actor &actor, QDate from, QDate to)
{
    const auto [fromMs, toMs] = dayRangeMs(from, to);
    auto entries = MaintenanceService(store).auditEntries(actor, fromMs, toMs);
    if (!entries)
        return entries.error();
    Reports::Report r = baseReport(store, actor, Tr::tr("Audit log"));
    r.parameters.append(
        {Tr::tr("Period"), Tr::tr("%1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))});
    r.parameters.append({Tr::tr("Entries"), QString::number(entries->size())});
    Reports::Table t;
    t.columns = {{Tr::tr("No."), Qt::AlignRight, 1},   {Tr::tr("Time"), Qt::AlignLeft, 3},
                 {Tr::tr("Staff"), Qt::AlignLeft, 2},  {Tr::tr("Action"), Qt::AlignLeft, 3},
                 {Tr::tr("Object"), Qt::AlignLeft, 2}, {Tr::tr("Details"), Qt::AlignLeft, 4}};
    for (const Storage::AuditEntry &e : std::as_const(*entries)) {
        t.rows.append({QString::number(e.seq),
                       QDateTime::fromMSecsSinceEpoch(e.atMs).toString(u"yyyy-MM-dd HH:mm:ss"_s), e.actor,
                       Storage::AuditLog::actionDisplayName(e.action), e.target, auditDetailsText(e)});
    }
    r.tables.append(t);
    r.footerNote = Tr::tr("Each entry is chained to the previous one by a SHA-256 hash; "
                          "\"linli-cli verify\" checks the chain.");
    return r;
}

} // namespace Linli::Staff
