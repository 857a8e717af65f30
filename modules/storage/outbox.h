#pragma once

#include <core/result.h>

#include <QtCore/QVariantMap>

namespace Linli::Storage {

class Store;

// Writes to synced tables. A synced table has the columns
//   id TEXT PRIMARY KEY (device-made UUID), hlc TEXT NOT NULL, origin_device TEXT NOT NULL,
//   deleted INTEGER NOT NULL DEFAULT 0
// and is changed only through these functions, which stamp the row and append the change to
// sync_outbox in the caller's transaction: both are committed, or neither.
namespace Outbox {

// Inserts or updates the row `id` with `fields` (column → value). The outbox entry's payload
// is the JSON of `fields`: what this change wrote, field by field.
Status upsert(Store &store, const QString &table, const QString &id, const QVariantMap &fields);
// A row whose id was just made in this transaction (no UPDATE is tried first; a clash with an
// existing id fails as a constraint error). Its entry carries an empty payload, meaning "the
// whole row": the push reads the row as it stands and sends it with the row's hlc. Copying
// every new row into the outbox doubled what bulk imports wrote and the size of the file.
Status insert(Store &store, const QString &table, const QString &id, const QVariantMap &fields);
// Marks the row deleted (a tombstone); rows are never removed, so the deletion can sync.
Status tombstone(Store &store, const QString &table, const QString &id);

// While a Group is alive, the entries written form one all-or-nothing group: a state change and
// the new rows it wrote (a receipt void with its reversal and undone allocations). The sync server
// takes the whole group or refuses it whole; a refused group's rows are then taken back out of this
// database (sync_withdrawn), so both hold what the server holds. Only new rows (insert) may be
// written in a group: an update could not be taken back.
class Group
{
public:
    explicit Group(Store &store);
    ~Group();
    Group(const Group &) = delete;
    Group &operator=(const Group &) = delete;

private:
    Store &m_store;
};

Result<qint64> pendingCount(Store &store);

struct Entry
{
    qint64 seq = 0;
    QString entity;
    QString rowId;
    QString op;
    QString payload; // JSON of the fields written; empty: the whole row (see insert())
    QString hlc;
    QString originDevice;
    QString baseHlc;  // the row's hlc before this change; empty for a new row
    qint64 group = 0; // the seq of its group's first entry; 0: it stands alone
};
Result<QList<Entry>> pending(Store &store, int limit);

} // namespace Outbox

} // namespace Linli::Storage
