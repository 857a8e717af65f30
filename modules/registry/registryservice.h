#pragma once

#include "registrytypes.h"

#include <core/actor.h>

#include <QtCore/QHash>

namespace Linli::Storage {
class Store;
}

namespace Linli::Registry {

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
    // Checks `input` without writing; the error says which field is wrong.
    Status validate(const ResidentInput &input, QDate today) const;

    // A resident with masked ID number and phones; sensitive tags only for roles that may see them.
    Result<Resident> resident(const Core::Actor &actor, const QString &id) const;
    // The same, unmasked: needs the unmask permission and is audited.
    Result<Resident> unmaskedResident(const Core::Actor &actor, const QString &id);

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
    Result<RegistryCounts> counts() const;

private:
    Status lifeEvent(const Core::Actor &actor, const QString &residentId, const QString &kind, ResidentStatus status,
                     QDate date, const QString &note);
    Result<Resident> load(const Core::Actor &actor, const QString &id, bool unmask) const;

    Storage::Store &m_store;
};

// The display name of a tag in the current language (built-in tags are translated).
QString tagDisplayName(const Tag &tag);
// Display names of the built-in tags, by code, in the current language.
QHash<QString, QString> builtinTagNames();

} // namespace Linli::Registry
