#pragma once

#include "registrytypes.h"

#include <core/actor.h>

#include <QtCore/QHash>

#include <functional>
#include <memory>

class QJsonObject;

namespace Linli::Storage {
class Connection;
class Store;
} // namespace Linli::Storage

namespace Linli::Registry {

class ResidentDirectory;

// Where a typed resident lives, as a paper form gives it: the compound by name, then building,
// unit and room numbers.
struct ResidentAddress
{
    QString compound;
    QString building;
    QString unit;
    QString room;
};

// The merge screen shows numbers masked: it says which record's document and phones to keep.
struct MergeNumbers
{
    bool documentFromDropped = false;
    bool phonesFromDropped = false;
};

// The registry's use cases. Each checks the actor's permission, validates, writes in one
// transaction with its audit entry and outbox entries, and returns a value or a typed Error.
class RegistryService
{
public:
    explicit RegistryService(Storage::Store &store) : m_store(store) {}

    // The address tree. Returns the new row's id.
    Result<QString> addCompound(const Core::Actor &actor, const QString &name, const QString &address = {});
    Result<QString> addBuilding(const Core::Actor &actor, const QString &compoundId, const QString &number, int floors);
    Result<QString> addUnit(const Core::Actor &actor, const QString &buildingId, const QString &number);
    // Area in hundredths of a square metre (87.35 m² = 8735).
    Result<QString> addRoom(const Core::Actor &actor, const QString &unitId, const QString &number, int floor,
                            qint64 areaCm2);
    Result<QString> addHousehold(const Core::Actor &actor, const QString &roomId, Tenure tenure = Tenure::Owner,
                                 Residence residence = Residence::Both);

    // Validates (name, ID number by GB 11643 and its agreement with the typed birth date and
    // sex, phones), refuses a second resident with the same document, records a "move in" event.
    // The first resident of a household without head becomes its head.
    Result<Resident> addResident(const Core::Actor &actor, const ResidentInput &input);
    // The same at an address typed as text (the entry form): the compound (by name, "Unnamed
    // compound" when empty), building, unit (1 when empty) and room are found or made, and so is
    // the room's active household; without a building the resident has no household. The first
    // person of a new household heads it, and so does one whose relation is 户主 or 本人.
    Result<Resident> addResidentAt(const Core::Actor &actor, const ResidentAddress &address,
                                   const ResidentInput &input);
    // The names of the compounds, sorted: what the entry form offers.
    Result<QStringList> compoundNames(const Core::Actor &actor) const;
    // Checks `input` without writing; the error says which field is wrong.
    Status validate(const ResidentInput &input, QDate today) const;

    // A resident with masked ID number and phones; sensitive tags only for roles that may see them.
    Result<Resident> resident(const Core::Actor &actor, const QString &id) const;
    // The same, unmasked: needs the unmask permission and is audited.
    Result<Resident> unmaskedResident(const Core::Actor &actor, const QString &id);

    // Editing. The resident's current values for an edit form: with the unmask permission the
    // full numbers (recorded as an unmask in the audit log); without it the numbers stay masked
    // and keepDocument/keepPhones are set, so an edit leaves them alone.
    Result<ResidentInput> editableResident(const Core::Actor &actor, const QString &id);
    // Corrects a resident's details (the household changes through split and merge, the status
    // through life events). Validates as addResident does; writes only the fields that changed,
    // records an "edit" event naming them, and is audited. Returns the changed field names
    // (empty when nothing changed; nothing is written then). Sensitive tags the actor may not see
    // are kept as they are.
    Result<QStringList> updateResident(const Core::Actor &actor, const QString &id, const ResidentInput &input);

    // Merges two records of one person: `keepId` takes `values` (chosen field by field on the
    // merge screen) and the tags of both; `dropId` becomes a tombstone that points at `keepId`,
    // so the kept resident's history shows both histories. One transaction, audited.
    Status mergeResidents(const Core::Actor &actor, const QString &keepId, const QString &dropId,
                          const ResidentInput &values, MergeNumbers numbers = {});
    // Staff checked a suspected pair and they are two people: the pair is no longer suspected.
    Status markDistinct(const Core::Actor &actor, const QString &firstId, const QString &secondId);

    // Households.
    Result<Household> household(const Core::Actor &actor, const QString &id) const;
    // Owner or tenant, and whether the household is registered here, lives here, or both
    // (人户一致 / 户在人不在 / 人在户不在). Recorded in the household's history; audited.
    Status updateHousehold(const Core::Actor &actor, const QString &householdId, Tenure tenure, Residence residence);
    // The other active households of the same compound, by address: what a household may merge with.
    Result<QList<HouseholdSummary>> otherHouseholds(const Core::Actor &actor, const QString &householdId) const;
    // Some living members leave to form a household of their own in the same room (e.g. a married
    // son); `newHeadId`, one of them, heads it. At least one living member must stay. Returns the
    // new household's id.
    Result<QString> splitHousehold(const Core::Actor &actor, const QString &householdId, const QStringList &memberIds,
                                   const QString &newHeadId, QDate date, const QString &note = {});
    // One living member moves to another active household (e.g. a daughter who married into a
    // household of the compound): "moved out" in the old household's history, "moved in" in the
    // new one's, with the relation to the new head. A head who leaves leaves the old household
    // headless until changeHead(). Audited.
    Status moveToHousehold(const Core::Actor &actor, const QString &residentId, const QString &householdId,
                           const QString &relationToHead, QDate date, const QString &note = {});
    // The living members of `absorbId` join `keepId`, whose head stays head; `absorbId` is closed
    // (its history and its former members stay with it).
    Status mergeHouseholds(const Core::Actor &actor, const QString &keepId, const QString &absorbId, QDate date,
                           const QString &note = {});

    // Life events. Each changes the resident's status, appends to the history and is audited;
    // nothing is deleted. A head who moves out or dies leaves the household without a head
    // until changeHead() names the next one.
    Status moveOut(const Core::Actor &actor, const QString &residentId, QDate date, const QString &note = {});
    Status recordDeath(const Core::Actor &actor, const QString &residentId, QDate date, const QString &note = {});
    Status changeHead(const Core::Actor &actor, const QString &householdId, const QString &residentId);
    // History of a resident (residentId) or of a whole household (householdId), oldest first.
    Result<QList<LifeEvent>> history(const Core::Actor &actor, const QString &residentId,
                                     const QString &householdId = {}) const;

    // Pairs of living residents who may be the same person: the same name and birth date, or
    // the same pinyin and phone number (a hard duplicate, the same ID number, is refused on entry).
    Result<QList<SuspectedDuplicate>> suspectedDuplicates(const Core::Actor &actor) const;

    Result<QList<Tag>> tags(const Core::Actor &actor) const;
    // An administrator adds a tag offices need (e.g. 失独家庭). `code` is what scripts use
    // (--tag CODE): ASCII letters, digits and underscores; made from the id when empty.
    // Sensitive tags are seen only by roles with ViewSensitiveData. Audited.
    Result<Tag> addTag(const Core::Actor &actor, const QString &name, bool sensitive, const QString &code = {});

    // The actor's own saved filters, by name. Saving under an existing name replaces it.
    Result<QList<SavedFilter>> savedFilters(const Core::Actor &actor) const;
    Status saveFilter(const Core::Actor &actor, const QString &name, const QString &definition);
    Status deleteSavedFilter(const Core::Actor &actor, const QString &id);
    // The read model behind lists and search (ResidentDirectory), as `actor` may see it.
    Result<std::unique_ptr<ResidentDirectory>> directory(const Core::Actor &actor) const;
    // The same read on a connection of its own, for a worker thread (200,000 people take seconds;
    // the window stays usable). What it needs is taken now; the function returned may run on any
    // thread, even after the session ended.
    std::function<Result<std::unique_ptr<ResidentDirectory>>()> directoryReader(const Core::Actor &actor,
                                                                                QDate today) const;
    // Re-reads one resident into `directory` after an edit (or removes it when gone).
    Status refreshDirectory(ResidentDirectory &directory, const QString &id);
    Result<RegistryCounts> counts() const;
    // The same on any connection (e.g. a worker thread's: the counts read whole tables).
    static Result<RegistryCounts> countsOf(Storage::Connection &connection);

private:
    Result<Resident> insertResident(const Core::Actor &actor, const ResidentInput &input,
                                    const ResidentAddress *address);
    Status lifeEvent(const Core::Actor &actor, const QString &residentId, const QString &kind, ResidentStatus status,
                     QDate date, const QString &note);
    Result<Resident> load(const Core::Actor &actor, const QString &id, bool unmask) const;
    Result<QStringList> applyEdit(const Core::Actor &actor, const QString &id, const ResidentInput &input,
                                  const QString &eventKind, const QJsonObject &eventDetails);

    Storage::Store &m_store;
};

// The display name of a tag in the current language (built-in tags are translated).
QString tagDisplayName(const Tag &tag);
// Display names of the tags, by code: the built-in ones in the current language, the ones an
// administrator added as they were named (known once any tag list was read in this process).
QHash<QString, QString> tagDisplayNames();
// Tells tagDisplayNames() the names of tags read from a database (code, name).
void rememberTagNames(const QList<std::pair<QString, QString>> &codesAndNames);

} // namespace Linli::Registry
