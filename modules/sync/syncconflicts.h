#pragma once

#include <core/money.h>
#include <core/result.h>

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

// A bill paid more than once (the same bill paid at two offices while apart): for staff to refund
// or keep as money paid in advance.
struct OverpaidBill
{
    QString billId;
    QString householdId;
    QString address; // "幸福里 3-2-501"
    QString period;
    Core::Money total;
    Core::Money paid;
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

Result<SyncOverview> syncOverview(Storage::Connection &c, const QString &username);
Result<QList<Conflict>> openConflicts(Storage::Connection &c);
Result<QList<OverpaidBill>> overpaidBills(Storage::Connection &c);

// Staff looked at a conflict and keep what the server kept.
Status acceptConflict(Storage::Store &store, const Core::Actor &actor, const QString &conflictId);
// Staff want the overwritten value back: written as an ordinary new change (which syncs), and
// the conflict is closed. Only for field conflicts.
Status revertConflict(Storage::Store &store, const Core::Actor &actor, const QString &conflictId);

// What staff call a kind of row, a field, and why the server refused a change (or this database
// could not take a row): for the conflicts page and `linli-cli sync conflicts`.
QString conflictEntityName(const QString &entity);
QString conflictFieldName(const QString &field);
QString refusalText(const QString &reason);

} // namespace Linli::Sync
