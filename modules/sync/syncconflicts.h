#pragma once

#include <core/result.h>
#include <core/syncentity.h>

#include <QtCore/QString>

namespace Linli::Core {
struct Actor;
}
namespace Linli::Storage {
class Store;
class Connection;
} // namespace Linli::Storage

namespace Linli::Sync {

// One item on the conflicts page (table sync_conflicts).
struct Conflict
{
    enum class Kind { Field, Rejected, NotApplied };
    QString id;
    Kind kind = Kind::Field;
    QString entity;
    QString rowId;
    QString rowLabel; // "李秀英", "3-2-501": what staff know the row by (empty when unknown here)
    QString field;
    QString keptValue; // as text; JSON strings unquoted
    QString lostValue;
    QString keptOffice;
    QString lostOffice;
    QString reason; // a refusal's code (stale_state, id_reused …) or why a row could not be taken
    qint64 atMs = 0;
};

// Where sync stands, for the status bar (no network).
struct SyncOverview
{
    bool enrolled = false;
    QString server;
    bool signedIn = false; // the desktop user signed in to the server on this computer
    qint64 pending = 0;    // outbox entries not sent yet
    qint64 openConflicts = 0;
    qint64 lastSyncAtMs = 0;
};

// Where sync stands for `username` (the status bar, no network; no personal data).
Result<SyncOverview> syncOverview(Storage::Connection &c, const QString &username);

// The conflicts list (docs/sync-protocol.md, "Conflicts"), for the conflicts page and
// `linli-cli sync conflicts`: rows are named as staff know them, through the sync catalogue.
class ConflictService
{
public:
    ConflictService(Storage::Store &store, const Core::SyncCatalogue &catalogue)
        : m_store(store), m_catalogue(catalogue)
    {}

    Result<SyncOverview> overview(const Core::Actor &actor) const;
    // The open conflicts, newest first (at most 2,000).
    Result<QList<Conflict>> open(const Core::Actor &actor) const;
    // Staff looked at a conflict and keep what the server kept.
    Status accept(const Core::Actor &actor, const QString &conflictId);
    // Staff want the overwritten value back: written as an ordinary new change (which syncs), and
    // the conflict is closed. Only for field conflicts, by a user who may write the row.
    Status revert(const Core::Actor &actor, const QString &conflictId);

    // What staff call a kind of row and a field of it.
    QString entityName(const QString &entity) const;
    QString fieldName(const QString &entity, const QString &field) const;

private:
    QString labelOf(const QString &entity, const QString &rowId, const QString &payload) const;

    Storage::Store &m_store;
    const Core::SyncCatalogue &m_catalogue;
};

// Why the server refused a change (or this database could not take a row), for staff.
QString refusalText(const QString &reason);

} // namespace Linli::Sync
