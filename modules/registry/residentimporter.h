#pragma once

#include "registrytypes.h"

#include <core/actor.h>
#include <reports/report.h>

#include <QtCore/QHash>

#include <functional>
#include <optional>

namespace Linli::Storage {
class Store;
}

namespace Linli::Registry {

// One data row of a spreadsheet, already read and mapped: column key → cell text. Keys:
// name, sex, id_type, id_number, birth_date, phone, phone2, building, unit, room, area,
// relation, ethnicity, hukou, tags, notes. `row` is the row number as the spreadsheet shows it.
struct ImportRow
{
    int row = 0;
    QHash<QString, QString> cells;
};

// What is wrong with one row: where (row as the spreadsheet shows it, column key), a stable
// code for scripts ("id.checksum", "id.duplicate_in_file" …) and a translated message.
struct ImportIssue
{
    int row = 0;
    QString column;
    QString code;
    QString message;
};

struct ImportOptions
{
    QString compoundName;     // the compound the rooms belong to; created when missing
    QString sourceName;       // the file name, for the audit log
    bool skipInvalid = false; // write the valid rows and report the rest
    bool dryRun = false;      // check only
};

// The check stops at this many errors: a file wrong in every row (the wrong file, a column
// mapped wrongly, a hostile file) costs a thousand messages, not a million.
inline constexpr int MaxImportErrors = 1000;

struct ImportResult
{
    int dataRows = 0;
    int imported = 0;
    QList<ImportIssue> errors; // in row order, at most MaxImportErrors
    bool stoppedEarly = false; // the check stopped at MaxImportErrors errors; nothing was written
    int uncheckedRows = 0;     // data rows after the one where the check stopped
    bool written = false;
};

// Pulls the next row to import: a row, nothing at the end, or the error that stopped the reading
// (the import then writes nothing and returns that error).
using ImportRowSource = std::function<Result<std::optional<ImportRow>>()>;

// Imports residents from spreadsheet rows in one transaction: all or nothing by default, or
// only the valid rows with skipInvalid. Rooms are found or created from building-unit-room,
// one household per room; the row whose relation is 户主 heads it.
class ResidentImporter
{
public:
    ResidentImporter(Storage::Store &store, const Core::Actor &actor) : m_store(store), m_actor(actor) {}

    Result<ImportResult> run(const QList<ImportRow> &rows, const ImportOptions &options,
                             const std::function<bool(int done, int total)> &progress = {});
    // The same, pulling rows from `source` while it checks and writes, so that a file is never
    // held whole; `progress` is told a total of 0 (unknown).
    Result<ImportResult> run(const ImportRowSource &source, const ImportOptions &options,
                             const std::function<bool(int done, int total)> &progress = {});

    // The error report as a printable/exportable table (row, column, reason).
    static Reports::Report errorReport(const ImportResult &result, const QString &sourceName);
    // "Only the first 1000 errors are shown …" with the rows not checked, when the check stopped
    // early; empty otherwise.
    static QString stopNote(const ImportResult &result);

private:
    Result<ImportResult> runFrom(const ImportRowSource &source, int total, const ImportOptions &options,
                                 const std::function<bool(int, int)> &progress);

    Storage::Store &m_store;
    Core::Actor m_actor;
};

// Column keys and the header names offices use for them (for the spreadsheet reader).
QList<std::pair<QString, QStringList>> importColumnNames();
// Display name of a column key ("id_number" → "身份证号").
QString importColumnDisplayName(const QString &key);

} // namespace Linli::Registry
