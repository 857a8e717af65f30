// linli-cli: everything a script or an IT administrator needs, calling the same services as
// the desktop application.
#include "commands.h"

#include <composition.h>
#include <i18n.h>

#include <QtGui/QGuiApplication>
#ifdef LINLI_CLI_CHARTS
#include <QtWidgets/QApplication>
#endif

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QString helpText()
{
    using Linli::Cli::CliTr;
    return CliTr::tr(
        "Usage: linli-cli [--db FILE] [--user NAME | --recovery-key] [--json] [--lang zh_CN|en] COMMAND ...\n"
        "\n"
        "Commands:\n"
        "  init --db FILE --admin-user NAME [--org NAME] [--recovery-key-pdf FILE]\n"
        "                        create an encrypted database and print its recovery key\n"
        "                        (optionally also as a one-page PDF to print and then delete)\n"
        "  users list [--pdf F] [--xlsx F] [--csv F]\n"
        "                        staff accounts with roles and last sign-in\n"
        "  users add NAME --role ROLE [--display-name TEXT]\n"
        "                        roles: admin, subdistrict_reviewer, subdistrict_clerk,\n"
        "                        property_clerk, social_worker, auditor\n"
        "  users passwd [NAME]   change your own password, or (administrators) reset NAME's\n"
        "  users disable NAME    disable an account; its password stops opening the database\n"
        "  verify                check database integrity and the audit chain\n"
        "  salvage --out NEW-FILE\n"
        "                        copy every row that can still be read from a damaged --db into a new\n"
        "                        file (same passwords and recovery key) and say what was lost\n"
        "  backup --out FILE     write an encrypted backup\n"
        "  restore --from BACKUP --db NEW-FILE\n"
        "                        restore a backup to a new file (never overwrites)\n"
        "  audit [--from DATE] [--to DATE] [--pdf F] [--xlsx F] [--csv F]\n"
        "                        the audit log; dates as 2026-11-29, default the last 30 days\n"
        "  settings show | settings set organisation-name TEXT | settings set idle-lock-minutes N\n"
        "  demo-staff            add one demo account per role (password linli-demo)\n"
        "  demo-data [--residents N] [--seed S]\n"
        "                        add realistic synthetic compounds, households and residents\n"
        "  residents search QUERY [--limit N]\n"
        "                        find people by name, pinyin, initials, ID or phone tail, room (3-2-501)\n"
        "  residents show ID [--unmask]\n"
        "                        one resident; --unmask shows full numbers (permission needed, audited)\n"
        "  residents duplicates  pairs that may be one person twice (same name and birth date,\n"
        "                        or same pinyin and phone)\n"
        "  import residents FILE [--dry-run] [--skip-invalid] [--compound NAME] [--errors REPORT.xlsx]\n"
        "                        import an office spreadsheet (XLSX or CSV); all or nothing unless\n"
        "                        --skip-invalid; exit 3 when any row has an error\n"
        "  residents export --format xlsx|csv|pdf --out FILE [--tag CODE] [--min-age N] [--max-age N] [--query Q]\n"
        "                        [--building NUMBER [--unit NUMBER]] [--compound NAME]\n"
        "                        the (filtered) list, numbers masked; e.g. --tag elderly_alone --min-age 80\n"
        "  residents roster --building NUMBER [--unit NUMBER] [--compound NAME] --out FILE.pdf|.xlsx|.csv\n"
        "                        the resident roster of a building, one table per unit, numbers masked\n"
        "  households show ID [--out FILE.pdf|.xlsx|.csv]\n"
        "                        a household card: address, area, head, members (masked), history\n"
        "  tags list | tags add NAME [--code CODE] [--sensitive]\n"
        "                        resident tags; administrators add the ones their office needs\n"
        "  fees items [add CODE NAME --kind area|monthly|one_off|metered [--unit U]]\n"
        "  fees rates ITEM | fees rates set ITEM --price P --from DATE [--until DATE] [--compound NAME [--building "
        "N]]\n"
        "                        what is charged, at what price from when (a new price ends the old one)\n"
        "  fees discount --household ID --kind vacant|hardship|dibao|other --percent 30 --from DATE\n"
        "                [--until DATE] [--item CODE] [--note TEXT]\n"
        "                        a share of a household's fees off (supervisor), shown on its bills\n"
        "  fees bill-run --period 2026-11|2026-Q4|2026 [--compound NAME [--building N]] [--due DATE] [--dry-run]\n"
        "                        bill the period; a household is never billed twice for the same days\n"
        "  fees void-run RUN --reason TEXT\n"
        "                        cancel an unpaid bill run as a whole (supervisor); the period can be billed again\n"
        "  fees pay --household ID --amount 123.45 --method cash|wechat|alipay|bank [--ref R] [--print FILE.pdf]\n"
        "                        record a payment: late fees first, then the oldest bill, the rest in advance;\n"
        "                        --print writes the original receipt\n"
        "  fees receipt NUMBER --out FILE.pdf [--paper a4|small] [--blank-paper] [--offset-x MM] [--offset-y MM]\n"
        "                        print a receipt: the first print is the original, later ones are counted reprints;\n"
        "                        small: the 241 x 93 mm three-part form, values only unless --blank-paper\n"
        "  fees void-receipt NUMBER --reason TEXT\n"
        "                        void a receipt (supervisor); its number stays used, the amount is owed again\n"
        "  fees refund --household ID --amount 12.34 --method M [--ref R] --reason TEXT\n"
        "                        pay back prepaid money (supervisor); numbered on its own (2026-R000001)\n"
        "  fees arrears [--compound NAME] [--json]\n"
        "                        households owing on bills past their due date, by months overdue\n"
        "  fees collection --period 2026-11 [--json]\n"
        "                        the collection rate (收缴率) of a period by building\n"
        "  fees report daily [--date DATE] [--pdf F] [--xlsx F] [--csv F]\n"
        "                        the day's receipts and voids by method and clerk, checked against the ledger\n"
        "  fees report monthly --period 2026-11 [--pdf F] [--xlsx F] [--csv F]\n"
        "                        collection rate by building, fee item and month, arrears by age; charts in the PDF\n"
        "  fees statement --household ID [--from DATE] [--to DATE] --out FILE.pdf|.xlsx|.csv\n"
        "                        a household's statement of account with the running balance\n"
        "  fees notice [--household ID] [--compound NAME] [--pay-by DATE] --out FILE.pdf\n"
        "                        arrears notices (催缴通知单), one page per household in arrears\n"
        "  fees policy show | fees policy late-fee --rate 0.05% [--grace DAYS] [--cap 10%] --from DATE\n"
        "                   | fees policy dibao --percent 50 [--item CODE] --from DATE\n"
        "                        the late fee, and the reduction for every 低保 household (supervisor)\n"
        "  fees meter import FILE.xlsx|.csv --item CODE [--date DATE] [--dry-run]\n"
        "                        meter readings by room; all rows or none; the next bill run charges them\n"
        "  enrol --server https://HOST:PORT --code CODE [--ca CA.crt]\n"
        "                        join a sync server with a one-time code from its administrator (https only)\n"
        "  sync [--server https://HOST:PORT] [--ca CA.crt] [--server-user NAME]\n"
        "                        send this database's changes to the sync server, then take the others';\n"
        "                        the first time, signs --user (or --server-user) in to the server\n"
        "  sync conflicts        fields two offices changed while apart (both values), changes the\n"
        "                        server refused, bills paid more than once\n"
        "  version               print the version\n"
        "\n"
        "Secrets are read from the environment or asked on the terminal without echo:\n"
        "  LINLI_PASSWORD        the password of --user (and of the new administrator for init)\n"
        "  LINLI_NEW_PASSWORD    the new password for users add / users passwd\n"
        "  LINLI_RECOVERY_KEY    the recovery key, with --recovery-key\n"
        "  LINLI_SYNC_PASSWORD   the password on the sync server, when sync signs in\n"
        "\n"
        "Exit codes:\n"
        "  0 ok   1 usage   2 authentication failed or locked out   3 invalid input (nothing changed)\n"
        "  4 database damaged   5 permission denied   6 internal or file-system error\n"
        "  7 the database is busy in another program (try again)\n");
}

bool needsGui(const Linli::Cli::Context &ctx)
{
    return ctx.has(u"--pdf"_s) || ctx.has(u"--recovery-key-pdf"_s) || ctx.value(u"--format"_s).toLower() == u"pdf"
           || ctx.value(u"--out"_s).endsWith(u".pdf"_s, Qt::CaseInsensitive) || ctx.has(u"--print"_s);
}

void quietQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // The CLI's stderr is for people and scripts; Qt's own chatter only with LINLI_DEBUG.
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("LINLI_DEBUG"))
        fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace Linli::Cli;
    Context ctx;
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    QString parseError;
    const bool parsed = ctx.parse(args, &parseError);

    qInstallMessageHandler(quietQtMessages);
    std::unique_ptr<QCoreApplication> app;
    if (parsed && needsGui(ctx)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef LINLI_CLI_CHARTS
        // Charts (the monthly fee report) are graphics widgets: they need a QApplication.
        if (ctx.words.value(0) == u"fees" && ctx.words.value(2) == u"monthly")
            app = std::make_unique<QApplication>(argc, argv);
        else
#endif
            app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(u"linli-cli"_s);
    QCoreApplication::setOrganizationName(u"Linli"_s);
    QCoreApplication::setApplicationVersion(Linli::App::version());
    Linli::I18n::install(*app, Linli::I18n::resolveLanguage(ctx.value(u"--lang"_s)));

    if (!parsed)
        return ctx.usage(parseError);
    const QString command = ctx.words.value(0);
    if (ctx.has(u"--help"_s) || command == u"help" || (command.isEmpty() && !ctx.has(u"--version"_s))) {
        ctx.out() << helpText();
        return command.isEmpty() && !ctx.has(u"--help"_s) ? ExitUsage : ExitOk;
    }
    if (command == u"version" || ctx.has(u"--version"_s)) {
        ctx.out() << u"linli-cli "_s << Linli::App::version() << Qt::endl;
        return ExitOk;
    }
    static const QHash<QString, int (*)(Context &)> commands = {
        {u"init"_s, cmdInit},
        {u"verify"_s, cmdVerify},
        {u"salvage"_s, cmdSalvage},
        {u"backup"_s, cmdBackup},
        {u"restore"_s, cmdRestore},
        {u"users"_s, cmdUsers},
        {u"audit"_s, cmdAudit},
        {u"settings"_s, cmdSettings},
        {u"demo-staff"_s, cmdDemoStaff},
        {u"residents"_s, cmdResidents},
        {u"demo-data"_s, cmdDemoData},
        {u"import"_s, cmdImport},
        {u"households"_s, cmdHouseholds},
        {u"tags"_s, cmdTags},
        {u"fees"_s, cmdFees},
        {u"enrol"_s, cmdEnrol},
        {u"sync"_s, cmdSync},
    };
    const auto it = commands.constFind(command);
    if (it == commands.cend())
        return ctx.usage(CliTr::tr("Unknown command \"%1\".").arg(command));
    return it.value()(ctx);
}
