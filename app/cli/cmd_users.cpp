#include "commands.h"

#include <staff/staffreports.h>
#include <staff/userservice.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

using namespace Qt::StringLiterals;

namespace Linli::Cli {

namespace {

// Pads to a terminal width: a Chinese character takes two columns.
QString padded(const QString &text, int columns)
{
    int width = 0;
    for (QChar c : text)
        width += c.unicode() >= 0x1100 ? 2 : 1;
    return text + QString(std::max(0, columns - width), u' ');
}

int usersList(Context &ctx, App::Services &app)
{
    Staff::UserService &users = app.users();
    auto list = users.list(app.actor());
    if (!list)
        return ctx.fail(list.error());
    if (ctx.has(u"--pdf"_s) || ctx.has(u"--xlsx"_s) || ctx.has(u"--csv"_s)) {
        auto report = app.staffReports().staffList(app.actor());
        if (!report)
            return ctx.fail(report.error());
        return writeReportFiles(ctx, app, *report, u"staff-list"_s);
    }
    if (ctx.json()) {
        QJsonArray arr;
        for (const Staff::StaffUser &u : std::as_const(*list)) {
            arr.append(QJsonObject{
                {u"username"_s, u.username},
                {u"display_name"_s, u.displayName},
                {u"role"_s, Core::roleCode(u.role)},
                {u"active"_s, u.active},
                {u"must_change_password"_s, u.mustChangePassword},
                {u"created_at"_s, QDateTime::fromMSecsSinceEpoch(u.createdAtMs).toString(Qt::ISODate)},
                {u"last_login_at"_s,
                 u.lastLoginAtMs > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(u.lastLoginAtMs).toString(Qt::ISODate))
                                     : QJsonValue()}});
        }
        ctx.out() << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const Staff::StaffUser &u : std::as_const(*list)) {
        ctx.out() << padded(u.username, 16) << u' ' << padded(u.displayName, 12) << u' '
                  << padded(Core::roleDisplayName(u.role), 22) << u' '
                  << padded(u.active ? CliTr::tr("active") : CliTr::tr("disabled"), 10) << u' '
                  << CliTr::tr("last sign-in: %1").arg(Staff::formatDateTime(u.lastLoginAtMs)) << Qt::endl;
    }
    return ExitOk;
}

int usersAdd(Context &ctx, App::Services &app, const QString &name)
{
    const auto role = Core::roleFromCode(ctx.value(u"--role"_s));
    if (!role) {
        QStringList codes;
        for (Core::Role r : Core::allRoles())
            codes.append(Core::roleCode(r));
        return ctx.usage(CliTr::tr("users add needs --role, one of: %1.").arg(codes.join(u", ")));
    }
    auto password = ctx.secret("LINLI_NEW_PASSWORD", CliTr::tr("Temporary password for %1: ").arg(name), true);
    if (!password)
        return ctx.fail(password.error());
    auto user = app.users().add(app.actor(), name, ctx.value(u"--display-name"_s), *role, *password);
    if (!user)
        return ctx.fail(user.error());
    ctx.out() << CliTr::tr("Added %1 (%2). They must choose their own password at the first sign-in.")
                     .arg(user->username, Core::roleDisplayName(user->role))
              << Qt::endl;
    return ExitOk;
}

int usersPasswd(Context &ctx, App::Services &app, const QString &name)
{
    Staff::UserService &users = app.users();
    const bool own = name.isEmpty() || Staff::UserService::normaliseUsername(name) == app.actor().username;
    auto password = ctx.secret("LINLI_NEW_PASSWORD",
                               CliTr::tr("New password for %1: ").arg(own ? app.actor().username : name), true);
    if (!password)
        return ctx.fail(password.error());
    Status s;
    if (own && !app.viaRecoveryKey())
        s = users.changeOwnPassword(app.actor(), ctx.signInPassword, *password);
    else
        s = users.resetPassword(app.actor(), name, *password);
    if (!s)
        return ctx.fail(s.error());
    ctx.out() << CliTr::tr("The password was changed. The database itself was not re-encrypted.") << Qt::endl;
    return ExitOk;
}

} // namespace

int cmdUsers(Context &ctx)
{
    const QString sub = ctx.words.value(1);
    const QString name = ctx.words.value(2);
    if (sub.isEmpty())
        return ctx.usage(CliTr::tr("users needs a subcommand: add, list, passwd, disable."));
    if ((sub == u"add" || sub == u"disable") && name.isEmpty())
        return ctx.usage(CliTr::tr("users %1 needs a user name.").arg(sub));
    if (sub != u"add" && sub != u"list" && sub != u"passwd" && sub != u"disable")
        return ctx.usage(CliTr::tr("Unknown users subcommand \"%1\".").arg(sub));
    if (int rc = ctx.requireLogin(); rc != ExitOk)
        return rc;
    auto services = ctx.open();
    if (!services)
        return ctx.fail(services.error());
    App::Services &app = **services;
    if (sub == u"list")
        return usersList(ctx, app);
    if (sub == u"add")
        return usersAdd(ctx, app, name);
    if (sub == u"passwd")
        return usersPasswd(ctx, app, name);
    if (auto s = app.users().disable(app.actor(), name); !s)
        return ctx.fail(s.error());
    ctx.out() << CliTr::tr("Disabled %1; their password no longer opens the database.").arg(name) << Qt::endl;
    return ExitOk;
}

int cmdDemoStaff(Context &ctx)
{
    if (int rc = ctx.requireLogin(); rc != ExitOk)
        return rc;
    auto services = ctx.open();
    if (!services)
        return ctx.fail(services.error());
    App::Services &app = **services;
    Staff::UserService &users = app.users();
    const QList<std::tuple<QString, QString, Core::Role>> demo = {
        {u"reviewer"_s, u"李审核"_s, Core::Role::SubdistrictReviewer},
        {u"clerk"_s, u"王办事"_s, Core::Role::SubdistrictClerk},
        {u"property"_s, u"赵收费"_s, Core::Role::PropertyClerk},
        {u"social"_s, u"陈社工"_s, Core::Role::SocialWorker},
        {u"auditor"_s, u"周审计"_s, Core::Role::Auditor},
    };
    for (const auto &[name, display, role] : demo) {
        if (users.find(name))
            continue;
        auto u = users.add(app.actor(), name, display, role, u"linli-demo"_s);
        if (!u)
            return ctx.fail(u.error());
        ctx.out() << CliTr::tr("Added %1 (%2)").arg(name, Core::roleDisplayName(role)) << Qt::endl;
    }
    return ExitOk;
}

} // namespace Linli::Cli
