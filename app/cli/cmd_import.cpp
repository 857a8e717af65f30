#include "commands.h"

#include <registry/residentimporter.h>
#include <reports/reportexport.h>
#include <tabular/sheetreader.h>
#include <tabular/table.h>

#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

using namespace Qt::StringLiterals;

namespace Linli::Cli {

namespace {

// The spreadsheet's own header text for a column key, so errors name the column as the user sees it.
QString headerFor(const Tabular::Table &table, const QString &key)
{
    const int column = table.column(key);
    if (column >= 0 && column < table.headers().size())
        return table.headers().at(column);
    return Registry::importColumnDisplayName(key);
}

// The problems as a spreadsheet (--errors), named by the file's own column headers.
Status writeErrorReport(Context &ctx, const Registry::ImportResult &result, const Tabular::Table &table,
                        const QString &sourceName)
{
    Reports::Report report = Registry::ResidentImporter::errorReport(result, sourceName);
    for (QStringList &cells : report.tables.first().rows) {
        for (const auto &[key, names] : Registry::importColumnNames()) {
            if (cells.at(1) == Registry::importColumnDisplayName(key))
                cells[1] = headerFor(table, key);
        }
    }
    const QString path = ctx.value(u"--errors"_s);
    return path.endsWith(u".csv"_s, Qt::CaseInsensitive) ? Reports::writeCsv(report, path)
                                                         : Reports::writeXlsx(report, path);
}

void printResult(Context &ctx, const Registry::ImportResult &result, const Tabular::Table &table,
                 const Registry::ImportOptions &options)
{
    if (ctx.json()) {
        QJsonArray errors;
        for (const Registry::ImportIssue &e : std::as_const(result.errors)) {
            errors.append(QJsonObject{{u"row"_s, e.row},
                                      {u"column"_s, headerFor(table, e.column)},
                                      {u"code"_s, e.code},
                                      {u"message"_s, e.message}});
        }
        QJsonObject out{{u"data_rows"_s, result.dataRows},
                        {u"imported"_s, result.written ? result.imported : 0},
                        {u"errors"_s, errors},
                        {u"rows_not_checked"_s, result.uncheckedRows}};
        if (result.stoppedEarly)
            out.insert(u"note"_s, Registry::ResidentImporter::stopNote(result));
        ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
    } else {
        for (const Registry::ImportIssue &e : std::as_const(result.errors)) {
            ctx.out() << CliTr::tr("Row %1, %2: %3").arg(e.row).arg(headerFor(table, e.column), e.message) << Qt::endl;
        }
        if (result.stoppedEarly)
            ctx.out() << Registry::ResidentImporter::stopNote(result) << Qt::endl;
        else if (result.written)
            ctx.out() << CliTr::tr("Imported %1 of %2 rows.").arg(result.imported).arg(result.dataRows) << Qt::endl;
        else if (options.dryRun && (result.errors.isEmpty() || options.skipInvalid))
            ctx.out() << CliTr::tr("Check only: %1 of %2 rows would be imported; nothing was written.")
                             .arg(result.imported)
                             .arg(result.dataRows)
                      << Qt::endl;
        else
            ctx.out() << CliTr::tr("%n row(s) have errors; nothing was written. Correct them, or use --skip-invalid.",
                                   nullptr, int(result.errors.size()))
                      << Qt::endl;
    }
}

} // namespace

int cmdImport(Context &ctx)
{
    if (ctx.words.value(1) != u"residents" || ctx.words.value(2).isEmpty())
        return ctx.usage(CliTr::tr("import needs: import residents FILE."));
    const QString file = ctx.words.value(2);
    if (int rc = ctx.requireLogin(); rc != ExitOk)
        return rc;
    // The file is read while it is checked and written, a row at a time: only the header is read
    // before signing in, so a file that is not a roster fails before the password is asked for.
    auto sheet = Tabular::SheetReader::open(file);
    if (!sheet)
        return ctx.fail(sheet.error());
    QList<Tabular::ColumnSpec> specs;
    for (const auto &[key, names] : Registry::importColumnNames())
        specs.append({key, names, key == u"name"});
    auto reader = Tabular::TableReader::open(std::move(*sheet), specs);
    if (!reader)
        return ctx.fail(reader.error());
    const Tabular::Table &table = reader->table();
    const Registry::ImportRowSource rows = [&]() -> Result<std::optional<Registry::ImportRow>> {
        auto r = reader->next();
        if (!r)
            return r.error();
        if (!*r)
            return std::optional<Registry::ImportRow>();
        Registry::ImportRow row;
        row.row = (*r)->number;
        for (const auto &[key, names] : Registry::importColumnNames()) {
            const QString v = table.value(**r, key);
            if (!v.isEmpty())
                row.cells.insert(key, v);
        }
        return std::optional<Registry::ImportRow>(std::move(row));
    };

    auto services = ctx.open();
    if (!services)
        return ctx.fail(services.error());
    App::Services &app = **services;
    Registry::ImportOptions options;
    options.compoundName = ctx.value(u"--compound"_s);
    options.sourceName = QFileInfo(file).fileName();
    options.skipInvalid = ctx.has(u"--skip-invalid"_s);
    options.dryRun = ctx.has(u"--dry-run"_s);
    auto result = app.importer().run(rows, options);
    if (!result)
        return ctx.fail(result.error());

    if (ctx.has(u"--errors"_s) && !result->errors.isEmpty()) {
        if (auto s = writeErrorReport(ctx, *result, table, options.sourceName); !s)
            return ctx.fail(s.error());
    }
    printResult(ctx, *result, table, options);
    return result->errors.isEmpty() ? ExitOk : ExitInvalid;
}

} // namespace Linli::Cli
