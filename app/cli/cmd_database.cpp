#include "commands.h"

#include <catalogue/catalogue.h>
#include <composition.h>
#include <core/clock.h>
#include <fees/derivedstate.h>
#include <reports/recoverykeysheet.h>
#include <staff/maintenanceservice.h>
#include <staff/setup.h>

#include <QtCore/QFileInfo>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

using namespace Qt::StringLiterals;

namespace Linli::Cli {

int cmdInit(Context &ctx)
{
    const QString db = ctx.value(u"--db"_s);
    const QString admin = ctx.value(u"--admin-user"_s);
    if (db.isEmpty() || admin.isEmpty())
        return ctx.usage(CliTr::tr("init needs --db FILE and --admin-user NAME."));
    auto password = ctx.secret("LINLI_PASSWORD", CliTr::tr("New password for %1: ").arg(admin), true);
    if (!password)
        return ctx.fail(password.error());
    QString recoveryKey;
    auto session = Staff::createDatabase(db, admin, *password, ctx.value(u"--org"_s), App::allMigrations(),
                                         Core::Clock::system(), &recoveryKey);
    if (!session)
        return ctx.fail(session.error());
    if (ctx.has(u"--recovery-key-pdf"_s)) {
        Reports::RecoveryKeySheet sheet;
        sheet.organisation = ctx.value(u"--org"_s).trimmed();
        sheet.databasePath = QFileInfo(db).absoluteFilePath();
        sheet.databaseId = session->store->databaseId();
        sheet.createdAt = QDateTime::currentDateTime();
        sheet.recoveryKey = recoveryKey;
        if (auto s = Reports::writePdf(sheet, ctx.value(u"--recovery-key-pdf"_s)); !s)
            ctx.err() << CliTr::tr("linli-cli: %1").arg(s.error().message()) << Qt::endl;
        else
            ctx.out() << CliTr::tr("The recovery key sheet is in %1: print it, then delete the file.")
                             .arg(ctx.value(u"--recovery-key-pdf"_s))
                      << Qt::endl;
    }
    if (ctx.json()) {
        ctx.out() << QJsonDocument(QJsonObject{{u"database"_s, db},
                                               {u"database_id"_s, session->store->databaseId()},
                                               {u"admin_user"_s, session->actor.username},
                                               {u"recovery_key"_s, recoveryKey}})
                         .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    ctx.out()
        << CliTr::tr("Created the encrypted database %1 and its key file %2.").arg(db, session->store->keySlotPath())
        << Qt::endl
        << CliTr::tr("Administrator: %1").arg(session->actor.username) << Qt::endl
        << Qt::endl
        << CliTr::tr("RECOVERY KEY — print or write it down now and lock it away. It opens the database "
                     "when every password is lost; anyone who has it can read all data. It is shown only once.")
        << Qt::endl
        << Qt::endl
        << u"    "_s << recoveryKey.left(34) << Qt::endl
        << u"    "_s << recoveryKey.mid(35) << Qt::endl
        << Qt::endl;
    return ExitOk;
}

int cmdVerify(Context &ctx)
{
    if (int rc = ctx.requireLogin(); rc != ExitOk)
        return rc;
    auto services = ctx.open();
    if (!services)
        return ctx.fail(services.error());
    auto report = (*services)->maintenance().verify((*services)->actor());
    if (!report)
        return ctx.fail(report.error());
    // The fee totals (balances, bill states, collection) recomputed from the money ledger.
    const Status fees = (*services)->verifyFeeTotals();
    const bool ok = report->ok() && fees.ok();
    if (ctx.json()) {
        ctx.out() << QJsonDocument(
                         QJsonObject{{u"ok"_s, ok},
                                     {u"fee_totals_agree"_s, fees.ok()},
                                     {u"integrity_problems"_s, QJsonArray::fromStringList(report->integrityProblems)},
                                     {u"audit_entries"_s, report->audit.entries},
                                     {u"audit_first_broken_entry"_s, report->audit.firstBrokenSeq},
                                     {u"audit_problem"_s, report->audit.problem},
                                     {u"cipher_version"_s, report->cipherVersion}})
                         .toJson(QJsonDocument::Indented);
    } else {
        ctx.out() << CliTr::tr("Encryption: SQLCipher %1").arg(report->cipherVersion) << Qt::endl;
        if (report->integrityProblems.isEmpty()) {
            ctx.out() << CliTr::tr("Database integrity: ok") << Qt::endl;
        } else {
            ctx.out() << CliTr::tr("Database integrity: %n problem(s)", nullptr, int(report->integrityProblems.size()))
                      << Qt::endl;
            for (const QString &p : std::as_const(report->integrityProblems))
                ctx.out() << u"  "_s << p << Qt::endl;
        }
        if (report->audit.ok())
            ctx.out() << CliTr::tr("Audit chain: ok (%1 entries)").arg(report->audit.entries) << Qt::endl;
        else
            ctx.out() << CliTr::tr("Audit chain: BROKEN — %1").arg(report->audit.problem) << Qt::endl;
        ctx.out() << (fees.ok() ? CliTr::tr("Fee balances and totals: agree with the ledger")
                                : CliTr::tr("Fee balances and totals: DO NOT agree with the ledger (%1)")
                                      .arg(fees.error().detail()))
                  << Qt::endl;
        ctx.out() << (ok ? CliTr::tr("Result: ok") : CliTr::tr("Result: DAMAGED — restore from a backup")) << Qt::endl;
    }
    return ok ? ExitOk : ExitDamaged;
}

int cmdBackup(Context &ctx)
{
    if (int rc = ctx.requireLogin(); rc != ExitOk)
        return rc;
    const QString out = ctx.value(u"--out"_s);
    if (out.isEmpty())
        return ctx.usage(CliTr::tr("backup needs --out FILE."));
    auto services = ctx.open();
    if (!services)
        return ctx.fail(services.error());
    if (auto s = (*services)->maintenance().backup((*services)->actor(), out); !s)
        return ctx.fail(s.error());
    ctx.out() << CliTr::tr("Backup written to %1. It is encrypted; it opens with the passwords valid today or "
                           "with the recovery key.")
                     .arg(out)
              << Qt::endl;
    return ExitOk;
}

int cmdRestore(Context &ctx)
{
    const QString from = ctx.value(u"--from"_s);
    const QString db = ctx.value(u"--db"_s);
    if (from.isEmpty() || db.isEmpty())
        return ctx.usage(CliTr::tr("restore needs --from BACKUP and --db NEW-FILE."));
    if (ctx.value(u"--user"_s).isEmpty() && !ctx.has(u"--recovery-key"_s))
        return ctx.usage(CliTr::tr("Give your user name with --user NAME (or use --recovery-key)."));
    auto creds = ctx.credentials();
    if (!creds)
        return ctx.fail(creds.error());
    auto session = Staff::restoreDatabase(from, db, *creds, App::allMigrations(), Core::Clock::system());
    if (!session)
        return ctx.fail(session.error());
    ctx.out() << CliTr::tr("Restored %1 from %2.").arg(db, from) << Qt::endl;
    return ExitOk;
}

} // namespace Linli::Cli

namespace Linli::Cli {

namespace {

// What a table holds, in words an office uses: a synced table by the name its module declares
// (the sync catalogue); the table's own name only for internal ones.
QString tableTitle(const QString &table)
{
    if (const Core::SyncEntity *declared = Catalogue::syncCatalogue().find(table))
        return declared->displayName();
    static const QHash<QString, const char *> titles = {
        {u"staff_users"_s, QT_TRANSLATE_NOOP("Linli::Cli", "staff accounts")},
        {u"audit_log"_s, QT_TRANSLATE_NOOP("Linli::Cli", "audit log")},
        {u"sync_outbox"_s, QT_TRANSLATE_NOOP("Linli::Cli", "changes not yet sent")},
    };
    const auto it = titles.constFind(table);
    return it == titles.cend() ? CliTr::tr("other records (%1)").arg(table) : CliTr::tr(it.value());
}

} // namespace

int cmdSalvage(Context &ctx)
{
    const QString db = ctx.value(u"--db"_s);
    const QString out = ctx.value(u"--out"_s);
    if (db.isEmpty() || out.isEmpty())
        return ctx.usage(CliTr::tr("salvage needs --db DAMAGED-FILE and --out NEW-FILE."));
    if (int rc = ctx.requireLogin(); rc != ExitOk)
        return rc;
    // Checked before any password is asked for.
    if (QFileInfo::exists(out))
        return ctx.fail(Error(ErrorCode::AlreadyExists,
                              CliTr::tr("\"%1\" already exists; Linli never overwrites a database.").arg(out)));
    auto creds = ctx.credentials();
    if (!creds)
        return ctx.fail(creds.error());
    auto report = Staff::salvageDatabase(db, out, *creds, App::allMigrations(), Core::Clock::system());
    if (!report)
        return ctx.fail(report.error());
    if (ctx.json()) {
        QJsonArray tables;
        for (const auto &t : std::as_const(report->tables))
            tables.append(QJsonObject{{u"table"_s, t.name},
                                      {u"copied"_s, t.copied},
                                      {u"lost"_s, t.lost},
                                      {u"lost_is_estimate"_s, t.lostIsEstimate},
                                      {u"unreadable"_s, t.unreadable}});
        ctx.out() << QJsonDocument(QJsonObject{{u"out"_s, out},
                                               {u"lost_rows"_s, report->lostRows()},
                                               {u"tables"_s, tables},
                                               {u"problems"_s, QJsonArray::fromStringList(report->problems)}})
                         .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    ctx.out() << CliTr::tr("Rescued what could be read from %1 into %2.").arg(db, out) << Qt::endl;
    bool anyLost = false;
    for (const auto &t : std::as_const(report->tables)) {
        if (t.lost == 0 && !t.unreadable)
            continue;
        anyLost = true;
        if (t.unreadable)
            ctx.out() << u"  "_s << CliTr::tr("%1: could not be read at all").arg(tableTitle(t.name)) << Qt::endl;
        else if (t.lostIsEstimate)
            ctx.out() << u"  "_s
                      << CliTr::tr("%1: %2 copied, at most %3 lost").arg(tableTitle(t.name)).arg(t.copied).arg(t.lost)
                      << Qt::endl;
        else
            ctx.out() << u"  "_s
                      << CliTr::tr("%1: %2 copied, %3 lost").arg(tableTitle(t.name)).arg(t.copied).arg(t.lost)
                      << Qt::endl;
    }
    if (!anyLost)
        ctx.out() << CliTr::tr("Every row could be read; nothing was lost.") << Qt::endl;
    for (const QString &p : std::as_const(report->problems))
        ctx.out() << u"  "_s << p << Qt::endl;
    ctx.out() << CliTr::tr("Check the new file with \"linli-cli verify\" before working in it; keep the damaged file "
                           "until you have.")
              << Qt::endl;
    return ExitOk;
}

} // namespace Linli::Cli
