#include "salvage.h"

#include "connection.h"
#include "keyslots.h"
#include "storagetr.h"

#include <QtCore/QFile>

using namespace Qt::StringLiterals;

namespace Linli::Storage::Salvage {

namespace {

struct SchemaItem
{
    QString type;
    QString name;
    QString sql;
};

QString quoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

// Copies the rows of `statement` (first column the rowid when `withRowid`) into `insert`;
// returns the last rowid copied and whether the scan reached its end.
struct Pass
{
    qint64 lastRowid = 0;
    qint64 copied = 0;
    bool finished = false;
    bool failedAtStart = false;
};

Result<Pass> copyRows(Statement &select, Statement &insert, int columns)
{
    Pass pass;
    for (;;) {
        auto row = select.step();
        if (!row) {
            pass.failedAtStart = pass.copied == 0;
            return pass; // damage: the caller jumps ahead
        }
        if (!*row) {
            pass.finished = true;
            return pass;
        }
        for (int i = 0; i < columns; ++i) {
            if (auto b = insert.bind(i + 1, select.value(i)); !b)
                return b.error();
        }
        if (auto r = insert.run(); !r)
            return r.error();
        pass.lastRowid = select.int64(0);
        ++pass.copied;
    }
}

Result<Table> copyTable(Connection &from, Connection &to, const QString &name, bool withoutRowid)
{
    Table table;
    table.name = name;
    auto info = to.select(u"PRAGMA table_info("_s + quoted(name) + u')');
    if (!info)
        return info.error();
    QStringList columns;
    for (const QVariantList &c : std::as_const(*info))
        columns.append(quoted(c.value(1).toString()));
    if (!withoutRowid)
        columns.prepend(u"rowid"_s);
    QStringList marks(columns.size(), u"?"_s);
    auto insert = to.prepare(u"INSERT INTO "_s + quoted(name) + u" ("_s + columns.join(u", ") + u") VALUES ("_s
                             + marks.join(u", ") + u')');
    if (!insert)
        return insert.error();

    const QString select = u"SELECT "_s + columns.join(u", ") + u" FROM "_s + quoted(name);
    qint64 skipped = 0;
    if (withoutRowid) {
        // Ordered by its key; after damage there is no cheap way past it, so the scan ends there.
        auto stmt = from.prepare(select);
        if (!stmt) {
            table.unreadable = true;
            return table;
        }
        auto pass = copyRows(*stmt, *insert, int(columns.size()));
        if (!pass)
            return pass.error();
        table.copied = pass->copied;
        table.unreadable = pass->failedAtStart && !pass->finished;
    } else {
        // Reads in rowid order; where a page cannot be read, jumps ahead by doubling steps until
        // a rowid can be read again (the interior pages still lead to the leaves after the
        // damaged one), up to the largest rowid.
        auto maxRow = from.scalar(u"SELECT max(rowid) FROM "_s + quoted(name));
        const qint64 maxRowid = maxRow ? maxRow->toLongLong() : std::numeric_limits<qint64>::max();
        auto stmt = from.prepare(select + u" WHERE rowid >= ? ORDER BY rowid"_s);
        if (!stmt) {
            table.unreadable = true;
            return table;
        }
        qint64 start = std::numeric_limits<qint64>::min();
        qint64 step = 1;
        bool first = true;
        for (;;) {
            stmt->reset();
            (void)stmt->bindInt64(1, start);
            auto pass = copyRows(*stmt, *insert, int(columns.size()));
            if (!pass)
                return pass.error();
            table.copied += pass->copied;
            if (pass->finished)
                break;
            if (!maxRow) {
                // Without the largest rowid there is no end to jump towards.
                table.unreadable = first && pass->failedAtStart;
                break;
            }
            first = false;
            if (pass->copied > 0) {
                start = pass->lastRowid + 1;
                step = 1;
            } else {
                const qint64 from0 = start == std::numeric_limits<qint64>::min() ? 0 : start;
                start = from0 + step;
                skipped += step;
                step = std::min<qint64>(step * 2, 1 << 20);
            }
            if (start > maxRowid)
                break;
        }
    }
    // The row count may still be readable (SQLite counts with the smallest index, which may be
    // intact); otherwise the jumped-over rowids bound what was lost.
    auto counted = from.scalar(u"SELECT count(*) FROM "_s + quoted(name));
    if (counted) {
        table.lost = std::max<qint64>(0, counted->toLongLong() - table.copied);
    } else if (table.copied > 0 || skipped > 0) {
        table.lost = skipped;
        table.lostIsEstimate = true;
    }
    return table;
}

Result<Report> copyAll(Connection &from, Connection &to)
{
    auto schema = from.select(
        u"SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid"_s);
    if (!schema)
        return Error(ErrorCode::DatabaseDamaged,
                     Tr::tr("The list of tables in the damaged file cannot be read, so nothing can be rescued from "
                            "it. Restore it from a backup."),
                     schema.error().detail());
    QList<SchemaItem> items;
    for (const QVariantList &r : std::as_const(*schema))
        items.append({r.value(0).toString(), r.value(1).toString(), r.value(2).toString()});

    Report report;
    if (auto s = to.exec(u"PRAGMA foreign_keys = OFF; BEGIN"_s); !s)
        return s.error();
    // Tables first and filled before their indexes and triggers exist: a trigger must not act on
    // rows that are being copied, not made.
    for (const SchemaItem &item : std::as_const(items)) {
        if (item.type != u"table")
            continue;
        if (auto s = to.exec(item.sql); !s)
            return s.error();
        const bool withoutRowid = item.sql.contains(u"WITHOUT ROWID"_s, Qt::CaseInsensitive);
        auto table = copyTable(from, to, item.name, withoutRowid);
        if (!table)
            return table.error();
        report.tables.append(*table);
    }
    for (const SchemaItem &item : std::as_const(items)) {
        if (item.type == u"table")
            continue;
        if (auto s = to.exec(item.sql); !s)
            report.problems.append(Tr::tr("%1 could not be made again: %2").arg(item.name, s.error().detail()));
    }
    if (auto s = to.exec(u"COMMIT; PRAGMA foreign_keys = ON"_s); !s)
        return s.error();
    if (auto fk = to.select(u"PRAGMA foreign_key_check"_s); fk) {
        for (const QVariantList &r : std::as_const(*fk))
            report.problems.append(
                Tr::tr("Broken reference in table %1, row %2").arg(r.value(0).toString(), r.value(1).toString()));
    }
    return report;
}

} // namespace

qint64 Report::lostRows() const
{
    qint64 n = 0;
    for (const Table &t : tables)
        n += t.lost;
    return n;
}

Result<Report> run(const QString &damagedPath, const SecretKey &key, const QString &outPath)
{
    if (QFile::exists(outPath) || QFile::exists(KeySlotFile::pathFor(outPath)))
        return Error(ErrorCode::AlreadyExists,
                     Tr::tr("\"%1\" already exists; Linli never overwrites a database.").arg(outPath));
    auto from = Connection::open(damagedPath, key, Connection::Mode::OpenExisting);
    if (!from)
        return Error(ErrorCode::DatabaseDamaged,
                     Tr::tr("The first page of the damaged file cannot be read, so nothing can be rescued from it. "
                            "Restore it from a backup."),
                     from.error().detail());
    (*from)->markDamaged(); // whatever happens, the damaged file is only read
    auto to = Connection::open(outPath, key, Connection::Mode::CreateNew);
    if (!to)
        return to.error();
    const auto removeOut = [&] {
        to->reset();
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u".keys"_s})
            QFile::remove(outPath + suffix);
    };
    auto report = copyAll(**from, **to);
    if (!report) {
        removeOut();
        return report.error();
    }
    // The same key: the key slots (and the recovery key) of the damaged file open the new one.
    auto slots = KeySlotFile::load(KeySlotFile::pathFor(damagedPath));
    if (slots) {
        if (auto s = slots->save(KeySlotFile::pathFor(outPath)); !s) {
            removeOut();
            return s.error();
        }
    }
    QFile::setPermissions(outPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return report;
}

} // namespace Linli::Storage::Salvage
