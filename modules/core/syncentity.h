#pragma once

#include "permission.h"

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>

#include <utility>

namespace Linli::Core {

// The sync catalogue: how a module's rows travel between offices (docs/sync-protocol.md,
// docs/ARCHITECTURE.md "Adding a module"). Each module declares its synced tables once, in a
// declarations file compiled by the desktop and by linli-sync-server alike (e.g.
// modules/registry/registrysync.cpp); sync code reads the declarations and names no table itself.

// How two offices' changes to a row come together.
enum class SyncMerge {
    PerField,   // each field keeps its latest value; a field both changed is a conflict for staff
    InsertOnly, // written once, never changed (the money ledger): the same id twice is refused
};

// Rows that travel inside the entry of a new parent row (a bill run with its bills): taken whole
// or refused whole, applied in the order declared (parents before the rows naming them).
struct SyncChild
{
    enum class Param { ParentId, EntryStamp };
    QString entity;
    QString where; // desktop SQL on the child's own table; `?` in order of `params`
    QList<Param> params = {Param::ParentId};
};

// A check that the state a change was made on still holds at the server when it arrives (a void
// of a bill run nobody has paid yet). A stale change is refused whole and shown as a conflict.
struct SyncExpectation
{
    // No other live row of `entity` (this entry's row aside) has `column` = the value and the
    // fields in `match`.
    struct NoOther
    {
        QString entity;
        QString column;
        QList<std::pair<QString, QString>> match;
    };
    // Nothing paid later: rows of `entity` whose `link` names a row of `linkEntity` with
    // `linkColumn` = the value, stamped (their `stampRef` row's stamp, else their own) after the
    // value's row of `subject`, sum to 0 in `amount`.
    struct NothingLater
    {
        QString entity, amount, link, linkEntity, linkColumn, stampRef, stampEntity, subject;
    };

    QString name;                            // on the wire: "run_unpaid"
    QString column;                          // the row's column the expectation is about
    QList<std::pair<QString, QString>> when; // only for rows with these values
    QList<NoOther> noOther;
    QList<NothingLater> nothingLater;
};

// A field as staff know it, for the conflicts list.
struct SyncField
{
    QString column;
    const char *title = nullptr; // English source text, translated in the entity's context
};

struct SyncEntity
{
    QString table;
    const char *context = nullptr; // translation context of the titles ("Linli::Registry")
    const char *title = nullptr;   // "Resident"
    SyncMerge merge = SyncMerge::PerField;
    Permission permission = Permission::ManageSettings; // to write it (and to set a conflict back)
    // Other rows name a row of this table by this column ("household_id"): the way a row's
    // compound is found. The compound table itself is the scope.
    QString referencedAs;
    bool isScope = false;
    // Taken when pulled. False: each office's own (its name on receipts), sent so the server
    // keeps it, never written over by another office's.
    bool pulled = true;
    QList<SyncChild> children;
    QList<SyncExpectation> expectations;
    // What staff know a row by, on the desktop: SQL of the module on its own tables, one value,
    // `?` = the row's id (or its `labelKey` column, for a row named by what it points at).
    QString labelSql;
    QString labelKey;
    QList<SyncField> fields;

    QString displayName() const;
    QString fieldName(const QString &column) const;
};

// Every module's declarations, in tier order.
class SyncCatalogue
{
public:
    SyncCatalogue() = default;
    explicit SyncCatalogue(QList<SyncEntity> entities);

    const QList<SyncEntity> &entities() const { return m_entities; }
    const SyncEntity *find(const QString &table) const;
    bool contains(const QString &table) const { return find(table) != nullptr; }
    bool isInsertOnly(const QString &table) const;
    // (column, table) for every table others name: how a row's compound is followed.
    const QList<std::pair<QString, QString>> &references() const { return m_references; }
    // The table whose rows are the scopes (compounds), and the column other rows name one by.
    const QString &scopeTable() const { return m_scopeTable; }
    const QString &scopeColumn() const { return m_scopeColumn; }

private:
    QList<SyncEntity> m_entities;
    QHash<QString, qsizetype> m_index;
    QList<std::pair<QString, QString>> m_references;
    QString m_scopeTable, m_scopeColumn;
};

} // namespace Linli::Core
