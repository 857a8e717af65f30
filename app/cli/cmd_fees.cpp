#include "commands.h"

#include <core/clock.h>
#include <fees/billrun.h>
#include <fees/dailyreport.h>
#include <fees/feeprints.h>
#include <fees/feeservice.h>
#ifdef LINLI_CLI_CHARTS
#include <fees/ui/feecharts.h>
#endif
#include <fees/meters.h>
#include <fees/payments.h>
#include <fees/policies.h>
#include <fees/ui/feereports.h> // header only: the fee figures as the composition root binds them
#include <reports/forms.h>
#include <reports/reportexport.h>
#include <staff/maintenanceservice.h>
#include <staff/settingsservice.h>
#include <tabular/sheetreader.h>

#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

using namespace Qt::StringLiterals;

namespace Linli::Cli {

namespace {

// --compound NAME [--building NUMBER] as ids; both empty for every compound.
Result<Fees::RateScope> scopeOf(Context &ctx, Fees::FeeService &fees)
{
    if (ctx.has(u"--building"_s) && !ctx.has(u"--compound"_s))
        return Error(ErrorCode::InvalidInput, CliTr::tr("--building needs --compound NAME."));
    return fees.scopeByName(ctx.value(u"--compound"_s), ctx.value(u"--building"_s));
}

Result<QDate> dateOption(Context &ctx, const QString &option)
{
    if (!ctx.has(option))
        return QDate();
    const QDate d = QDate::fromString(ctx.value(option).trimmed(), Qt::ISODate);
    if (!d.isValid())
        return Error(ErrorCode::InvalidInput,
                     CliTr::tr("\"%1\" is not a date; write it as 2026-11-29.").arg(ctx.value(option)));
    return d;
}

int feeItems(Context &ctx, App::Services &app)
{
    Fees::FeeService &fees = app.fees();
    if (ctx.words.value(2) == u"add") {
        const auto kind = Fees::itemKindFromCode(ctx.value(u"--kind"_s));
        if (ctx.words.value(3).isEmpty() || ctx.words.value(4).isEmpty() || !kind)
            return ctx.usage(CliTr::tr("fees items add needs CODE NAME --kind area|monthly|one_off|metered."));
        auto item = fees.addItem(app.actor(), ctx.words.value(3), ctx.words.value(4), *kind, ctx.value(u"--unit"_s));
        if (!item)
            return ctx.fail(item.error());
        ctx.out() << CliTr::tr("Added the fee item %1 (%2, %3).")
                         .arg(item->name, item->code, Fees::itemKindDisplayName(item->kind))
                  << Qt::endl;
        return ExitOk;
    }
    auto items = fees.items(app.actor());
    if (!items)
        return ctx.fail(items.error());
    QJsonArray arr;
    for (const Fees::FeeItem &i : std::as_const(*items)) {
        auto rates = fees.rates(app.actor(), i.id);
        const QString current = rates && !rates->isEmpty() ? rates->last().priceText(i.kind) : QString();
        if (ctx.json()) {
            arr.append(QJsonObject{{u"code"_s, i.code},
                                   {u"name"_s, i.name},
                                   {u"kind"_s, Fees::itemKindCode(i.kind)},
                                   {u"unit"_s, i.unit}});
        } else {
            ctx.out() << i.code << u"  "_s << i.name << u"  "_s << Fees::itemKindDisplayName(i.kind)
                      << (current.isEmpty() ? QString() : u"  "_s + current) << Qt::endl;
        }
    }
    if (ctx.json())
        ctx.out() << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    else if (items->isEmpty())
        ctx.err() << CliTr::tr("No fee items yet: fees items add property 物业服务费 --kind area") << Qt::endl;
    return ExitOk;
}

int feeRates(Context &ctx, App::Services &app)
{
    Fees::FeeService &fees = app.fees();
    const bool set = ctx.words.value(2) == u"set";
    const QString code = ctx.words.value(set ? 3 : 2);
    if (code.isEmpty())
        return ctx.usage(CliTr::tr("fees rates needs an item: fees rates ITEM, or fees rates set ITEM --price P --from "
                                   "DATE."));
    auto item = fees.item(app.actor(), code);
    if (!item)
        return ctx.fail(item.error());
    if (set) {
        if (!ctx.has(u"--price"_s) || !ctx.has(u"--from"_s))
            return ctx.usage(CliTr::tr("fees rates set needs --price P and --from DATE."));
        auto from = dateOption(ctx, u"--from"_s);
        auto until = dateOption(ctx, u"--until"_s);
        auto scope = scopeOf(ctx, app.fees());
        for (const Status &s : {from ? Status() : Status(from.error()), until ? Status() : Status(until.error()),
                                scope ? Status() : Status(scope.error())}) {
            if (!s)
                return ctx.fail(s.error());
        }
        auto rate = fees.setRate(app.actor(), item->id, *scope, *from, *until, ctx.value(u"--price"_s));
        if (!rate)
            return ctx.fail(rate.error());
        ctx.out() << CliTr::tr("%1: %2 from %3.")
                         .arg(item->name, rate->priceText(item->kind), rate->from.toString(Qt::ISODate))
                  << Qt::endl;
        return ExitOk;
    }
    auto rates = fees.rates(app.actor(), item->id);
    if (!rates)
        return ctx.fail(rates.error());
    QJsonArray arr;
    for (const Fees::FeeRate &r : std::as_const(*rates)) {
        const QString until = r.until.isValid() ? r.until.toString(Qt::ISODate) : QString();
        if (ctx.json()) {
            arr.append(QJsonObject{{u"from"_s, r.from.toString(Qt::ISODate)},
                                   {u"until"_s, until},
                                   {u"compound_id"_s, r.scope.compoundId},
                                   {u"building_id"_s, r.scope.buildingId},
                                   {u"price"_s, r.price},
                                   {u"text"_s, r.priceText(item->kind)}});
        } else {
            ctx.out() << r.from.toString(Qt::ISODate) << u" – "_s << (until.isEmpty() ? CliTr::tr("open") : until)
                      << u"  "_s << r.priceText(item->kind)
                      << (r.scope.compoundId.isEmpty() ? CliTr::tr("  (all compounds)") : QString()) << Qt::endl;
        }
    }
    if (ctx.json())
        ctx.out() << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    return ExitOk;
}

int billRun(Context &ctx, App::Services &app)
{
    if (!ctx.has(u"--period"_s))
        return ctx.usage(CliTr::tr("fees bill-run needs --period 2026-11 (or 2026-Q4, 2026)."));
    auto due = dateOption(ctx, u"--due"_s);
    if (!due)
        return ctx.fail(due.error());
    auto scope = scopeOf(ctx, app.fees());
    if (!scope)
        return ctx.fail(scope.error());
    const Fees::BillRunScope runScope{scope->compoundId, scope->buildingId};
    Fees::BillRunService &runs = app.billRuns();
    auto preview = runs.preview(app.actor(), ctx.value(u"--period"_s), runScope, *due);
    if (!preview)
        return ctx.fail(preview.error());
    QString runId;
    if (!ctx.has(u"--dry-run"_s) && !preview->bills.isEmpty()) {
        auto run = runs.commit(app.actor(), ctx.value(u"--period"_s), runScope, *due);
        if (!run)
            return ctx.fail(run.error());
        runId = *run;
    }
    if (ctx.json()) {
        QJsonObject byItem;
        for (auto it = preview->totalByItem.cbegin(); it != preview->totalByItem.cend(); ++it)
            byItem.insert(it.key(), it.value().toPlainString());
        ctx.out() << QJsonDocument(QJsonObject{{u"period"_s, preview->period.label},
                                               {u"due"_s, preview->due.toString(Qt::ISODate)},
                                               {u"households"_s, preview->households},
                                               {u"already_billed"_s, preview->alreadyBilled},
                                               {u"bills"_s, int(preview->bills.size())},
                                               {u"total"_s, preview->total.toPlainString()},
                                               {u"by_item"_s, byItem},
                                               {u"skipped"_s, QJsonArray::fromStringList(preview->skipped)},
                                               {u"run_id"_s, runId},
                                               {u"written"_s, !runId.isEmpty()}})
                         .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    ctx.out() << CliTr::tr("%1: %2 households in scope, %3 billed before, %4 new bills, total %5.")
                     .arg(preview->period.label)
                     .arg(preview->households)
                     .arg(preview->alreadyBilled)
                     .arg(preview->bills.size())
                     .arg(preview->total.toString())
              << Qt::endl;
    for (auto it = preview->totalByItem.cbegin(); it != preview->totalByItem.cend(); ++it)
        ctx.out() << u"  "_s << it.key() << u"  "_s << it.value().toString() << Qt::endl;
    for (const QString &skip : std::as_const(preview->skipped))
        ctx.out() << CliTr::tr("  not billed: %1").arg(skip) << Qt::endl;
    if (runId.isEmpty())
        ctx.out() << (preview->bills.isEmpty() ? CliTr::tr("Nothing to bill.")
                                               : CliTr::tr("Preview only; nothing was written."))
                  << Qt::endl;
    else
        ctx.out() << CliTr::tr("Billed: run %1.").arg(runId) << Qt::endl;
    return ExitOk;
}

// --amount and --method as a payment or refund needs them; on failure the error to report.
Result<std::pair<Core::Money, Fees::PaymentMethod>> amountAndMethod(Context &ctx)
{
    auto amount = Core::Money::parse(ctx.value(u"--amount"_s));
    if (!amount)
        return amount.error();
    const auto method = Fees::paymentMethodFromCode(ctx.value(u"--method"_s));
    if (!method)
        return Error(
            ErrorCode::InvalidInput,
            CliTr::tr("\"%1\" is not a payment method: cash, wechat, alipay or bank.").arg(ctx.value(u"--method"_s)));
    return std::pair{*amount, *method};
}

Status writeReceipt(Context &ctx, App::Services &app, const QString &number, const QString &out, bool quiet = false);

int pay(Context &ctx, App::Services &app)
{
    if (!ctx.has(u"--household"_s) || !ctx.has(u"--amount"_s) || !ctx.has(u"--method"_s))
        return ctx.usage(CliTr::tr("fees pay needs --household ID --amount 123.45 --method cash|wechat|alipay|bank."));
    auto parsed = amountAndMethod(ctx);
    if (!parsed)
        return ctx.fail(parsed.error());
    const auto [amount, method] = *parsed;
    auto paid = app.payments().pay(app.actor(), ctx.value(u"--household"_s), amount, method, ctx.value(u"--ref"_s));
    if (!paid)
        return ctx.fail(paid.error());
    if (ctx.json()) {
        QJsonArray bills;
        for (const Fees::Allocation &a : std::as_const(paid->paidBills))
            bills.append(QJsonObject{
                {u"bill_id"_s, a.billId}, {u"period"_s, a.period}, {u"amount"_s, a.amount.toPlainString()}});
        ctx.out() << QJsonDocument(QJsonObject{{u"receipt"_s, paid->receiptNumber},
                                               {u"payment_id"_s, paid->paymentId},
                                               {u"amount"_s, paid->amount.toPlainString()},
                                               {u"paid_bills"_s, bills},
                                               {u"late_fees"_s, paid->lateFees.toPlainString()},
                                               {u"advance"_s, paid->advance.toPlainString()}})
                         .toJson(QJsonDocument::Indented);
        if (ctx.has(u"--print"_s)) {
            if (auto s = writeReceipt(ctx, app, paid->receiptNumber, ctx.value(u"--print"_s), true); !s)
                return ctx.fail(s.error());
        }
        return ExitOk;
    }
    ctx.out() << CliTr::tr("Receipt %1: %2 received.").arg(paid->receiptNumber, paid->amount.toString()) << Qt::endl;
    if (!paid->lateFees.isZero())
        ctx.out() << CliTr::tr("  late fees charged first: %1").arg(paid->lateFees.toString()) << Qt::endl;
    for (const Fees::Allocation &a : std::as_const(paid->paidBills))
        ctx.out() << CliTr::tr("  %1: %2").arg(a.period, a.amount.toString()) << Qt::endl;
    if (!paid->advance.isZero())
        ctx.out() << CliTr::tr("  in advance: %1").arg(paid->advance.toString()) << Qt::endl;
    if (ctx.has(u"--print"_s)) {
        if (auto s = writeReceipt(ctx, app, paid->receiptNumber, ctx.value(u"--print"_s)); !s)
            return ctx.fail(s.error());
    }
    return ExitOk;
}

int arrears(Context &ctx, App::Services &app)
{
    auto scope = scopeOf(ctx, app.fees());
    if (!scope)
        return ctx.fail(scope.error());
    const QDate today = app.database().today();
    auto rows = app.payments().arrears(app.actor(), today, scope->compoundId);
    if (!rows)
        return ctx.fail(rows.error());
    qint64 total = 0;
    for (const Fees::ArrearsRow &r : std::as_const(*rows))
        total += r.owed.fen();
    if (ctx.json()) {
        QJsonArray arr;
        for (const Fees::ArrearsRow &r : std::as_const(*rows)) {
            arr.append(QJsonObject{{u"household_id"_s, r.householdId},
                                   {u"address"_s, r.address},
                                   {u"owed"_s, r.owed.toPlainString()},
                                   {u"bills"_s, r.bills},
                                   {u"oldest_period"_s, r.oldestPeriod},
                                   {u"months_0_3"_s, r.byAge[0].toPlainString()},
                                   {u"months_3_6"_s, r.byAge[1].toPlainString()},
                                   {u"months_6_12"_s, r.byAge[2].toPlainString()},
                                   {u"months_12_plus"_s, r.byAge[3].toPlainString()}});
        }
        ctx.out() << QJsonDocument(QJsonObject{{u"date"_s, today.toString(Qt::ISODate)},
                                               {u"households"_s, int(rows->size())},
                                               {u"total"_s, Core::Money::fromFen(total).toPlainString()},
                                               {u"arrears"_s, arr}})
                         .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const Fees::ArrearsRow &r : std::as_const(*rows))
        ctx.out() << r.address << u"  "_s << r.owed.toString() << u"  "_s
                  << CliTr::tr("%n bill(s) since %1", nullptr, r.bills).arg(r.oldestPeriod) << Qt::endl;
    ctx.out() << CliTr::tr("%1 households owe %2 on bills past their due date.")
                     .arg(rows->size())
                     .arg(Core::Money::fromFen(total).toString())
              << Qt::endl;
    return ExitOk;
}

// Writes `doc` to every --pdf, --xlsx and --csv given, recording each export.
Status writeReportOptions(Context &ctx, App::Services &app, const Reports::Report &doc, const QString &what,
                          qsizetype rows)
{
    for (const auto &[option, format] :
         {std::pair{u"--pdf"_s, Reports::ExportFormat::Pdf}, std::pair{u"--xlsx"_s, Reports::ExportFormat::Xlsx},
          std::pair{u"--csv"_s, Reports::ExportFormat::Csv}}) {
        if (!ctx.has(option))
            continue;
        if (auto s = Reports::writeReport(doc, ctx.value(option), format); !s)
            return s;
        if (auto s = app.maintenance().recordExport(app.actor(), what, ctx.value(option), rows); !s)
            return s;
    }
    return {};
}

// fees report monthly --period 2026-11 [--pdf F] [--xlsx F] [--csv F]
int monthlyReport(Context &ctx, App::Services &app)
{
    if (!ctx.has(u"--period"_s))
        return ctx.usage(CliTr::tr("fees report monthly needs --period 2026-11 [--pdf F] [--xlsx F] [--csv F]."));
    const QDate today = app.database().today();
    auto monthly = app.feeReports().monthly(app.actor(), ctx.value(u"--period"_s), today);
    if (!monthly)
        return ctx.fail(monthly.error());
    Reports::Report doc = Fees::monthlyReportDocument(*monthly);
#ifdef LINLI_CLI_CHARTS
    if (ctx.has(u"--pdf"_s))
        Fees::addMonthlyFigures(doc, *monthly);
#endif
    doc.organisation = app.settings().organisationName();
    doc.generatedAt = QDateTime::currentDateTime();
    doc.generatedBy = app.actor().displayName;
    if (auto s = writeReportOptions(ctx, app, doc, u"fees_monthly"_s, monthly->byBuilding.size()); !s)
        return ctx.fail(s.error());
    for (const Fees::CollectionRow &r : std::as_const(monthly->byBuilding))
        ctx.out() << (r.label.isEmpty() ? CliTr::tr("Total") : r.label) << u"  "_s << r.billed.toString() << u"  "_s
                  << r.paid.toString() << u"  "_s << Fees::rateText(r) << Qt::endl;
    return ExitOk;
}

int dailyReport(Context &ctx, App::Services &app)
{
    if (ctx.words.value(2) == u"monthly")
        return monthlyReport(ctx, app);
    if (ctx.words.value(2) != u"daily")
        return ctx.usage(CliTr::tr("fees report needs: fees report daily [--date DATE] [--pdf F] [--xlsx F] [--csv F], "
                                   "or fees report monthly --period 2026-11 [--pdf F] [--xlsx F] [--csv F]."));
    auto date = dateOption(ctx, u"--date"_s);
    if (!date)
        return ctx.fail(date.error());
    const QDate day = date->isValid() ? *date : app.database().today();
    auto report = app.feeReports().daily(app.actor(), day);
    if (!report)
        return ctx.fail(report.error());
    Reports::Report doc = Fees::dailyReportDocument(*report);
    doc.organisation = app.settings().organisationName();
    doc.generatedAt = QDateTime::currentDateTime();
    doc.generatedBy = app.actor().displayName;
    if (auto s = writeReportOptions(ctx, app, doc, u"fees_daily"_s, report->receipts.size()); !s)
        return ctx.fail(s.error());
    ctx.out() << CliTr::tr("%1: %2 receipts, received %3, voided %4, net %5 (agrees with the ledger).")
                     .arg(day.toString(Qt::ISODate))
                     .arg(report->receipts.size())
                     .arg(report->received.toString(), report->voided.toString(), report->net().toString())
              << Qt::endl;
    for (auto it = report->byMethod.cbegin(); it != report->byMethod.cend(); ++it)
        ctx.out() << u"  "_s << it.key() << u"  "_s << it.value().first << u"  "_s << it.value().second.toString()
                  << Qt::endl;
    return ExitOk;
}

int voidRun(Context &ctx, App::Services &app)
{
    const QString run = ctx.words.value(2);
    if (run.isEmpty() || !ctx.has(u"--reason"_s))
        return ctx.usage(CliTr::tr("fees void-run needs the run id (fees bill-run prints it) and --reason TEXT."));
    if (auto s = app.billRuns().voidRun(app.actor(), run, ctx.value(u"--reason"_s)); !s)
        return ctx.fail(s.error());
    ctx.out() << CliTr::tr("The bill run is cancelled; its period can be billed again.") << Qt::endl;
    return ExitOk;
}

int refund(Context &ctx, App::Services &app)
{
    if (!ctx.has(u"--household"_s) || !ctx.has(u"--amount"_s) || !ctx.has(u"--method"_s) || !ctx.has(u"--reason"_s))
        return ctx.usage(CliTr::tr("fees refund needs --household ID --amount 12.34 --method cash|wechat|alipay|bank "
                                   "--reason TEXT."));
    auto parsed = amountAndMethod(ctx);
    if (!parsed)
        return ctx.fail(parsed.error());
    const auto [amount, method] = *parsed;
    auto number = app.payments().refund(app.actor(), ctx.value(u"--household"_s), amount, method, ctx.value(u"--ref"_s),
                                        ctx.value(u"--reason"_s));
    if (!number)
        return ctx.fail(number.error());
    ctx.out() << CliTr::tr("Refund %1: %2 paid back.").arg(*number, amount.toString()) << Qt::endl;
    return ExitOk;
}

// --paper a4|small [--blank-paper] [--offset-x MM] [--offset-y MM]
Result<Reports::ReceiptPaper> receiptPaper(Context &ctx)
{
    Reports::ReceiptPaper paper;
    const QString kind = ctx.has(u"--paper"_s) ? ctx.value(u"--paper"_s).trimmed().toLower() : u"a4"_s;
    if (kind == u"small")
        paper.kind = Reports::ReceiptPaper::Kind::Small;
    else if (kind != u"a4")
        return Error(ErrorCode::InvalidInput, CliTr::tr("\"%1\" is not a receipt paper: a4 or small.").arg(kind));
    paper.preprinted = !ctx.has(u"--blank-paper"_s);
    for (const auto &[option, target] :
         {std::pair{u"--offset-x"_s, &paper.offsetXmm}, {u"--offset-y"_s, &paper.offsetYmm}}) {
        if (!ctx.has(option))
            continue;
        bool ok = false;
        *target = ctx.value(option).trimmed().toDouble(&ok);
        if (!ok || std::abs(*target) > 30)
            return Error(ErrorCode::InvalidInput,
                         CliTr::tr("%1 is a shift in millimetres between -30 and 30.").arg(option));
    }
    return paper;
}

Status writeReceipt(Context &ctx, App::Services &app, const QString &number, const QString &out, bool quiet)
{
    if (!out.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        return Error(ErrorCode::InvalidInput, CliTr::tr("A receipt is printed to a .pdf file."));
    auto paper = receiptPaper(ctx);
    if (!paper)
        return paper.error();
    auto print = app.payments().printReceipt(
        app.actor(), number, app.settings().organisationName(),
        [&](const Reports::ReceiptForm &form) { return Reports::writeReceiptPdf(form, *paper, out); });
    if (!print)
        return print.error();
    if (!quiet)
        ctx.out() << (print->reprint
                          ? CliTr::tr("Wrote reprint %1 of receipt %2 to %3.").arg(print->count).arg(number, out)
                          : CliTr::tr("Wrote receipt %1 to %2.").arg(number, out))
                  << Qt::endl;
    return {};
}

int reprint(Context &ctx, App::Services &app)
{
    const QString number = ctx.words.value(2);
    const QString out = ctx.value(u"--out"_s);
    if (number.isEmpty() || !out.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        return ctx.usage(CliTr::tr("fees receipt needs the receipt number and --out FILE.pdf."));
    if (auto s = writeReceipt(ctx, app, number, out); !s)
        return ctx.fail(s.error());
    return ExitOk;
}

// fees statement --household ID [--from DATE] [--to DATE] --out FILE
int statement(Context &ctx, App::Services &app)
{
    const QString out = ctx.value(u"--out"_s);
    const std::optional<Reports::ExportFormat> format = Reports::exportFormatForPath(out);
    if (!ctx.has(u"--household"_s) || !format)
        return ctx.usage(CliTr::tr("fees statement needs --household ID and --out FILE.pdf|.xlsx|.csv."));
    auto from = dateOption(ctx, u"--from"_s);
    auto to = dateOption(ctx, u"--to"_s);
    if (!from)
        return ctx.fail(from.error());
    if (!to)
        return ctx.fail(to.error());
    const QDate today = app.database().today();
    const QDate until = to->isValid() ? *to : today;
    auto report = app.feeReports().statement(app.actor(), ctx.value(u"--household"_s),
                                             from->isValid() ? *from : QDate(until.year(), 1, 1), until);
    if (!report)
        return ctx.fail(report.error());
    report->organisation = app.settings().organisationName();
    report->generatedAt = QDateTime::currentDateTime();
    report->generatedBy = app.actor().displayName;
    if (auto s = Reports::writeReport(*report, out, *format); !s)
        return ctx.fail(s.error());
    ctx.out() << CliTr::tr("Wrote %1 to %2.").arg(report->title, out) << Qt::endl;
    return ExitOk;
}

// fees notice [--household ID] [--compound NAME] [--pay-by DATE] --out FILE.pdf
int notice(Context &ctx, App::Services &app)
{
    const QString out = ctx.value(u"--out"_s);
    if (!out.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        return ctx.usage(CliTr::tr("fees notice needs --out FILE.pdf; --household ID for one household, otherwise "
                                   "every household in arrears (of --compound NAME)."));
    auto scope = scopeOf(ctx, app.fees());
    if (!scope)
        return ctx.fail(scope.error());
    auto payBy = dateOption(ctx, u"--pay-by"_s);
    if (!payBy)
        return ctx.fail(payBy.error());
    const QDate today = app.database().today();
    const QString organisation = app.settings().organisationName();
    QStringList households;
    if (ctx.has(u"--household"_s))
        households.append(ctx.value(u"--household"_s));
    auto letters = app.feeReports().arrearsNotices(app.actor(), today, payBy->isValid() ? *payBy : today.addDays(15),
                                                   organisation, households, scope->compoundId);
    if (!letters)
        return ctx.fail(letters.error());
    if (letters->isEmpty())
        return ctx.fail(
            Error(ErrorCode::NotFound, CliTr::tr("No household is in arrears; there is nothing to print.")));
    if (auto s = Reports::writeLettersPdf(*letters, letters->first().title, out); !s)
        return ctx.fail(s.error());
    ctx.out() << CliTr::tr("Wrote %n notice(s) to %1.", nullptr, int(letters->size())).arg(out) << Qt::endl;
    return ExitOk;
}

int discount(Context &ctx, App::Services &app)
{
    if (!ctx.has(u"--household"_s) || !ctx.has(u"--kind"_s) || !ctx.has(u"--percent"_s) || !ctx.has(u"--from"_s))
        return ctx.usage(CliTr::tr("fees discount needs --household ID --kind vacant|hardship|dibao|other --percent 30 "
                                   "--from DATE."));
    auto basisPoints = Fees::parseBasisPoints(ctx.value(u"--percent"_s));
    if (!basisPoints)
        return ctx.fail(basisPoints.error());
    auto from = dateOption(ctx, u"--from"_s);
    auto until = dateOption(ctx, u"--until"_s);
    if (!from)
        return ctx.fail(from.error());
    if (!until)
        return ctx.fail(until.error());
    auto id = app.billRuns().addDiscount(app.actor(), ctx.value(u"--household"_s), ctx.value(u"--kind"_s), *basisPoints,
                                         *from, *until, ctx.value(u"--item"_s), ctx.value(u"--note"_s));
    if (!id)
        return ctx.fail(id.error());
    ctx.out() << CliTr::tr("Discount recorded; bills made from now on for whole periods it covers include it.")
              << Qt::endl;
    return ExitOk;
}

int collection(Context &ctx, App::Services &app)
{
    if (!ctx.has(u"--period"_s))
        return ctx.usage(CliTr::tr("fees collection needs --period 2026-11."));
    auto rows = app.payments().collection(app.actor(), ctx.value(u"--period"_s));
    if (!rows)
        return ctx.fail(rows.error());
    const auto rate = [](const Fees::CollectionRow &r) {
        return QStringLiteral("%1.%2 %").arg(r.basisPoints() / 100).arg(r.basisPoints() % 100, 2, 10, QChar(u'0'));
    };
    if (ctx.json()) {
        QJsonArray arr;
        for (const Fees::CollectionRow &r : std::as_const(*rows)) {
            arr.append(QJsonObject{{u"building"_s, r.label},
                                   {u"bills"_s, r.bills},
                                   {u"billed"_s, r.billed.toPlainString()},
                                   {u"paid"_s, r.paid.toPlainString()},
                                   {u"rate_basis_points"_s, r.basisPoints()}});
        }
        ctx.out() << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const Fees::CollectionRow &r : std::as_const(*rows)) {
        ctx.out() << (r.label.isEmpty() ? CliTr::tr("Total") : r.label) << u"  "_s << r.bills << u"  "_s
                  << r.billed.toString() << u"  "_s << r.paid.toString() << u"  "_s << rate(r) << Qt::endl;
    }
    return ExitOk;
}

int voidReceipt(Context &ctx, App::Services &app)
{
    const QString number = ctx.words.value(2);
    if (number.isEmpty() || !ctx.has(u"--reason"_s))
        return ctx.usage(CliTr::tr("fees void-receipt needs the receipt number and --reason TEXT."));
    if (auto s = app.payments().voidReceipt(app.actor(), number, ctx.value(u"--reason"_s)); !s)
        return ctx.fail(s.error());
    ctx.out() << CliTr::tr("Receipt %1 is voided; its number stays used and the amount is owed again.").arg(number)
              << Qt::endl;
    return ExitOk;
}

// fees meter import FILE --item CODE [--date DATE] [--dry-run]
int meter(Context &ctx, App::Services &app)
{
    const QString file = ctx.words.value(3);
    if (ctx.words.value(2) != u"import" || file.isEmpty() || !ctx.has(u"--item"_s))
        return ctx.usage(CliTr::tr("fees meter import FILE.xlsx|.csv --item CODE [--date DATE] [--dry-run]."));
    auto day = dateOption(ctx, u"--date"_s);
    if (!day)
        return ctx.fail(day.error());
    auto sheet = Tabular::readFile(file);
    if (!sheet)
        return ctx.fail(sheet.error());
    Fees::MeterService &meters = app.meters();
    auto checked = meters.check(app.actor(), ctx.value(u"--item"_s), *sheet, *day);
    if (!checked)
        return ctx.fail(checked.error());
    for (const QString &e : std::as_const(checked->errors))
        ctx.err() << e << Qt::endl;
    ctx.out() << CliTr::tr("%1: %n reading(s), %2 %3 in all.", nullptr, int(checked->readings.size()))
                     .arg(checked->itemName, Fees::MeterService::readingText(checked->totalConsumption), checked->unit)
              << Qt::endl;
    if (!checked->errors.isEmpty())
        return ctx.fail(Error(ErrorCode::InvalidInput, CliTr::tr("Nothing was imported: %n row(s) are wrong.", nullptr,
                                                                 int(checked->errors.size()))));
    if (ctx.has(u"--dry-run"_s))
        return ExitOk;
    auto written = meters.import(app.actor(), ctx.value(u"--item"_s), *sheet, *day, QFileInfo(file).fileName());
    if (!written)
        return ctx.fail(written.error());
    ctx.out() << CliTr::tr("Imported; the next bill run charges them.") << Qt::endl;
    return ExitOk;
}

// fees policy show | late-fee --rate 0.05% --grace 30 --cap 10% --from D | dibao --percent 50 [--item CODE] --from D
int policy(Context &ctx, App::Services &app)
{
    const QString what = ctx.words.value(2);
    Fees::PolicyService &policies = app.policies();
    if (what == u"late-fee" || what == u"dibao") {
        if (!ctx.has(u"--from"_s))
            return ctx.usage(CliTr::tr("fees policy late-fee|dibao needs --from DATE."));
        auto from = dateOption(ctx, u"--from"_s);
        if (!from)
            return ctx.fail(from.error());
        Status done;
        if (what == u"late-fee") {
            if (!ctx.has(u"--rate"_s))
                return ctx.usage(CliTr::tr("fees policy late-fee needs --rate 0.05% [--grace DAYS] [--cap 10%] "
                                           "--from DATE; --rate 0 ends the late fee."));
            auto rate = Fees::parseDailyRatePpm(ctx.value(u"--rate"_s));
            if (!rate)
                return ctx.fail(rate.error());
            auto cap = Fees::parseBasisPoints(ctx.has(u"--cap"_s) ? ctx.value(u"--cap"_s) : u"0"_s);
            if (!cap)
                return ctx.fail(cap.error());
            bool ok = true;
            const int grace = ctx.has(u"--grace"_s) ? ctx.value(u"--grace"_s).trimmed().toInt(&ok) : 0;
            if (!ok || grace < 0)
                return ctx.fail(Error(ErrorCode::InvalidInput,
                                      CliTr::tr("\"%1\" is not a number of days.").arg(ctx.value(u"--grace"_s))));
            done = policies.setLateFee(app.actor(), *from, *rate, grace, *cap);
        } else {
            if (!ctx.has(u"--percent"_s))
                return ctx.usage(CliTr::tr("fees policy dibao needs --percent 50 [--item CODE] --from DATE; "
                                           "--percent 0 ends the reduction."));
            auto bp = Fees::parseBasisPoints(ctx.value(u"--percent"_s));
            if (!bp)
                return ctx.fail(bp.error());
            done = policies.setDibaoDiscount(app.actor(), *from, *bp, ctx.value(u"--item"_s));
        }
        if (!done)
            return ctx.fail(done.error());
        ctx.out() << CliTr::tr("Policy recorded from %1.").arg(from->toString(Qt::ISODate)) << Qt::endl;
        return ExitOk;
    }
    if (!what.isEmpty() && what != u"show")
        return ctx.usage(CliTr::tr("fees policy needs show, late-fee or dibao."));
    auto day = dateOption(ctx, u"--date"_s);
    if (!day)
        return ctx.fail(day.error());
    const QDate on = day->isValid() ? *day : app.database().today();
    auto late = policies.lateFee(on);
    auto dibao = policies.dibao(on);
    if (!late)
        return ctx.fail(late.error());
    if (!dibao)
        return ctx.fail(dibao.error());
    if (late->active())
        ctx.out() << CliTr::tr("Late fee: %1 a day after %2 grace days, at most %3 of the bill (since %4).")
                         .arg(Fees::ppmText(late->dailyRatePpm))
                         .arg(late->graceDays)
                         .arg(late->capBasisPoints > 0 ? Fees::basisPointsText(late->capBasisPoints)
                                                       : CliTr::tr("no cap"),
                              late->from.toString(Qt::ISODate))
                  << Qt::endl;
    else
        ctx.out() << CliTr::tr("Late fee: none.") << Qt::endl;
    if (dibao->active())
        ctx.out() << CliTr::tr("Dibao households: %1 off %2 (since %3).")
                         .arg(Fees::basisPointsText(dibao->basisPoints),
                              dibao->itemCode.isEmpty() ? CliTr::tr("every fee") : dibao->itemCode,
                              dibao->from.toString(Qt::ISODate))
                  << Qt::endl;
    else
        ctx.out() << CliTr::tr("Dibao households: no reduction.") << Qt::endl;
    return ExitOk;
}

} // namespace

int cmdFees(Context &ctx)
{
    using Handler = int (*)(Context &, App::Services &);
    static const QList<std::pair<QString, Handler>> handlers = {
        {u"items"_s, feeItems},        {u"rates"_s, feeRates},
        {u"discount"_s, discount},     {u"bill-run"_s, billRun},
        {u"void-run"_s, voidRun},      {u"pay"_s, pay},
        {u"receipt"_s, reprint},       {u"void-receipt"_s, voidReceipt},
        {u"refund"_s, refund},         {u"arrears"_s, arrears},
        {u"collection"_s, collection}, {u"report"_s, dailyReport},
        {u"policy"_s, policy},         {u"meter"_s, meter},
        {u"statement"_s, statement},   {u"notice"_s, notice},
    };
    const QString sub = ctx.words.value(1);
    const auto it = std::find_if(handlers.cbegin(), handlers.cend(), [&](const auto &h) { return h.first == sub; });
    if (it == handlers.cend())
        return ctx.usage(
            CliTr::tr("fees needs a subcommand: items, rates, discount, bill-run, void-run, pay, receipt, "
                      "void-receipt, refund, arrears, collection, report, policy, meter, statement or notice."));
    if (int rc = ctx.requireLogin(); rc != ExitOk)
        return rc;
    auto services = ctx.open();
    if (!services)
        return ctx.fail(services.error());
    App::Services &app = **services;
    return it->second(ctx, app);
}

} // namespace Linli::Cli
