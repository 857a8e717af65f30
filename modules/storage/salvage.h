#pragma once

#include <core/result.h>

#include <QtCore/QList>
#include <QtCore/QString>

namespace Linli::Storage {

class SecretKey;

// For the office whose database is damaged and whose last backup is old: copies every row that
// can still be read into a new database with the same key (so the same key slots and recovery
// key open it), and says what could not be read, table by table. The damaged file is only read.
namespace Salvage {

struct Table
{
    QString name;
    qint64 copied = 0;
    // Rows that could not be read: exact when the table's row count could still be read,
    // else an upper bound from the gaps the copy had to jump (see `lostIsEstimate`).
    qint64 lost = 0;
    bool lostIsEstimate = false;
    bool unreadable = false; // not even the table's first page could be read
};

struct Report
{
    QList<Table> tables;
    QStringList problems; // broken references and the like in the new file, as SQLite states them
    qint64 lostRows() const;
};

// `outPath` must not exist; on failure nothing is left there.
Result<Report> run(const QString &damagedPath, const SecretKey &key, const QString &outPath);

} // namespace Salvage

} // namespace Linli::Storage
