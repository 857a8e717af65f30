#pragma once

#include "registrytypes.h"

#include <core/actor.h>
#include <reports/report.h>

#include <QtCore/QHash>

#include <functional>

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

struct ImportResult
{
    int dataRows = 0;
    int imported = 0;
    QList<ImportIssue> errors;
    bool written = false;
};

// Imports residents from spreadsheet rows in one transaction: all or nothing by default, or
// only the valid rows with skipInvalid. Rooms are found or created from building-unit-room,
// one household per room; the row whose relation is 户主 heads it.
class ResidentImporter
{
public:
    ResidentImporter(Storage::Store &store, const Core::Actor &actor) : m_store(store), m_actor(actor) {}

    Result<ImportResult> run(const QList<ImportRow> &rows, const ImportOptions &options,
                             const std::function<bool(int done, int total)> &progress = {});

    // The error report as a printable/exportable table (row, column, reason).
    static Reports::Report errorReport(const ImportResult &result, const QString &sourceName);

private:
    Storage::Store &m_store;
    Core::Actor m_actor;
};

// Column keys and the header names offices use for them (for the spreadsheet reader).
QList<std::pair<QString, QStringList>> importColumnNames();
// Display name of a column key ("id_number" → "身份证号").
QString importColumnDisplayName(const QString &key);

} // namespace Linli::Registry
