// RegistryService: corrections, merging duplicate records, splitting and merging households.

#include "registryinternal.h"
#include "registryservice.h"
#include "residentwriter.h"

#include <storage/auditlog.h>
#include <storage/transaction.h>

#include <QtCore/QJsonArray>
#include <QtCore/QSet>

using namespace Qt::StringLiterals;

namespace Linli::Registry {

using Internal::appendEvent;
using Internal::localToday;
using Internal::requireRow;

namespace {

const QStringList EditableColumns = {u"name"_s,       u"sex"_s,    u"id_type"_s,          u"id_number"_s,
                                     u"birth_date"_s, u"phone1"_s, u"phone2"_s,           u"ethnicity"_s,
                                     u"hukou"_s,      u"notes"_s,  u"relation_to_head"_s, u"needs_access_card"_s};

// The stored row as column → value, or NotFound.
Result<QVariantMap> storedResident(Storage::Store &store, const QString &id)
{
    auto rows = store.connection().select(
        u"SELECT name, sex, id_type, id_number, birth_date, phone1, phone2, ethnicity, hukou, notes,"
        u" relation_to_head, needs_access_card, coalesce(household_id, ''), status FROM reg_residents"
        u" WHERE id = ? AND deleted = 0"_s,
        {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error(ErrorCode::NotFound, Tr::tr("There is no such resident."));
    QVariantMap out;
    const QVariantList &v = rows->first();
    for (qsizetype i = 0; i < EditableColumns.size(); ++i)
        out.insert(EditableColumns.at(i), v.at(i));
    out.insert(u"household_id"_s, v.at(12));
    out.insert(u"status"_s, v.at(13));
    return out;
}

// Tag code → (resident_tags row id, sensitive) of a resident's current tags.
struct CurrentTag
{
    QString rowId;
    bool sensitive = false;
    QString detail;
};

Result<QHash<QString, CurrentTag>> currentTags(Storage::Store &store, const QString &residentId)
{
    auto rows = store.connection().select(
        u"SELECT t.code, rt.id, t.sensitive, rt.detail FROM reg_resident_tags rt JOIN reg_tags t ON t.id = rt.tag_id"
        u" WHERE rt.resident_id = ? AND rt.deleted = 0"_s,
        {residentId});
    if (!rows)
        return rows.error();
    QHash<QString, CurrentTag> out;
    for (const QVariantList &r : std::as_const(*rows))
        out.insert(r.at(0).toString(), {r.at(1).toString(), r.at(2).toInt() != 0, r.at(3).toString()});
    return out;
}

// Makes the resident's tags `wanted`, keeping sensitive tags the actor may not see. Inside the
// caller's transaction. True when something changed.
Result<bool> setTags(Storage::Store &store, const Core::Actor &actor, const QString &residentId,
                     const QStringList &wanted, const QHash<QString, QString> &details)
{
    auto current = currentTags(store, residentId);
    if (!current)
        return current.error();
    auto tagIds = tagIdsByCode(store);
    if (!tagIds)
        return tagIds.error();
    const bool sensitiveAllowed = actor.can(Core::Permission::ViewSensitiveData);
    bool changed = false;
    for (auto it = current->cbegin(); it != current->cend(); ++it) {
        if (wanted.contains(it.key()) || (it->sensitive && !sensitiveAllowed))
            continue;
        if (auto s = Storage::Outbox::tombstone(store, u"reg_resident_tags"_s, it->rowId); !s)
            return s.error();
        changed = true;
    }
    for (const QString &code : wanted) {
        if (auto it = current->constFind(code); it != current->cend()) {
            if (it->detail != details.value(code)) {
                if (auto s = Storage::Outbox::upsert(store, u"reg_resident_tags"_s, it->rowId,
                                                     {{u"detail"_s, details.value(code)}});
                    !s)
                    return s.error();
                changed = true;
            }
            continue;
        }
        const QString tagId = tagIds->value(code);
        if (tagId.isEmpty())
            return Error(ErrorCode::InvalidInput, Tr::tr("There is no tag \"%1\".").arg(code), u"tag.unknown"_s);
        QVariantMap tagFields{{u"resident_id"_s, residentId}, {u"tag_id"_s, tagId}};
        if (!details.value(code).isEmpty())
            tagFields.insert(u"detail"_s, details.value(code));
        if (auto s = Storage::Outbox::insert(store, u"reg_resident_tags"_s, store.newId().toString(), tagFields); !s)
            return s.error();
        changed = true;
    }
    return changed;
}

QStringList storedPhones(const QVariantMap &stored)
{
    QStringList phones;
    for (const QString &column : {u"phone1"_s, u"phone2"_s}) {
        if (!stored.value(column).toString().isEmpty())
            phones.append(stored.value(column).toString());
    }
    return phones;
}

Status requireLivingMembers(Storage::Store &store, const QString &householdId, const QStringList &memberIds)
{
    for (const QString &id : memberIds) {
        auto n = store.connection().scalar(u"SELECT count(*) FROM reg_residents WHERE id = ? AND household_id = ?"
                                           u" AND status = 'living' AND deleted = 0"_s,
                                           {id, householdId});
        if (!n)
            return n.error();
        if (n->toInt() == 0)
            return Error(ErrorCode::InvalidInput, Tr::tr("Only living members of this household can be moved."));
    }
    return {};
}

Result<QString> householdHead(Storage::Store &store, const QString &householdId)
{
    auto head = store.connection().scalar(
        u"SELECT coalesce(head_id, '') FROM reg_households WHERE id = ? AND deleted = 0"_s, {householdId});
    if (!head)
        return head.error();
    return head->toString();
}

QJsonArray namesOf(Storage::Store &store, const QStringList &ids)
{
    QJsonArray names;
    for (const QString &id : ids) {
        auto name = store.connection().scalar(u"SELECT name FROM reg_residents WHERE id = ?"_s, {id});
        names.append(name ? name->toString() : QString());
    }
    return names;
}

} // namespace

Result<ResidentInput> RegistryService::editableResident(const Core::Actor &actor, const QString &id)
{
    if (auto s = actor.require(Core::Permission::EditRegistry); !s)
        return s.error();
    const bool unmask = actor.can(Core::Permission::UnmaskPersonalData);
    auto r = unmask ? unmaskedResident(actor, id) : resident(actor, id);
    if (!r)
        return r.error();
    ResidentInput in;
    in.householdId = r->householdId;
    in.name = r->name;
    in.sex = r->sex;
    in.idType = r->idType;
    in.idNumber = r->idNumber;
    in.birthDate = r->birthDate;
    in.phones = r->phones;
    in.ethnicity = r->ethnicity;
    in.hukou = r->hukou;
    in.relationToHead = r->relationToHead;
    in.notes = r->notes;
    in.needsAccessCard = r->needsAccessCard;
    in.tagCodes = r->tagCodes;
    in.tagDetails = r->tagDetails;
    in.keepDocument = !unmask;
    in.keepPhones = !unmask;
    return in;
}

Result<QStringList> RegistryService::updateResident(const Core::Actor &actor, const QString &id,
                                                    const ResidentInput &input)
{
    if (auto s = actor.require(Core::Permission::EditRegistry); !s)
        return s.error();
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    auto changed = applyEdit(actor, id, input, u"edit"_s, {});
    if (!changed || changed->isEmpty())
        return changed; // nothing written; the transaction rolls back
    if (auto s = Storage::AuditLog::append(m_store, actor.username, u"registry.resident.edit"_s, id,
                                           {{u"fields"_s, QJsonArray::fromStringList(*changed)}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return changed;
}

// Inside the caller's transaction: validates, writes the changed columns and tags, and records
// the event. No audit entry (the use case writes one).
Result<QStringList> RegistryService::applyEdit(const Core::Actor &actor, const QString &id, const ResidentInput &input,
                                               const QString &eventKind, const QJsonObject &eventDetails)
{
    auto stored = storedResident(m_store, id);
    if (!stored)
        return stored.error();
    ResidentInput in = input;
    in.householdId = stored->value(u"household_id"_s).toString();
    if (input.keepDocument) {
        in.idType = Core::idTypeFromCode(stored->value(u"id_type"_s).toString()).value_or(Core::IdType::Other);
        in.idNumber = stored->value(u"id_number"_s).toString();
    }
    if (input.keepPhones)
        in.phones = storedPhones(*stored);
    auto valid = validateResident(in, localToday(m_store));
    if (!valid)
        return valid.error();
    if (!valid->idNumber.isNull()) {
        auto n = m_store.connection().scalar(u"SELECT count(*) FROM reg_residents WHERE id_type = ? AND id_number = ?"
                                             u" AND id <> ? AND deleted = 0"_s,
                                             {Core::idTypeCode(in.idType), valid->idNumber.toString(), id});
        if (!n)
            return n.error();
        if (n->toInt() > 0)
            return Error(ErrorCode::AlreadyExists,
                         Tr::tr("Another resident is already registered with this ID number."), u"id.duplicate"_s);
    }
    const QVariantMap wanted = residentFields(*valid);
    QVariantMap changes;
    QStringList changed;
    for (const QString &column : EditableColumns) {
        const QVariant now = stored->value(column);
        const QVariant next = wanted.value(column);
        if (now.toString() != next.toString()) {
            changes.insert(column, next);
            changed.append(column);
        }
    }
    if (!changes.isEmpty()) {
        if (auto s = Storage::Outbox::upsert(m_store, u"reg_residents"_s, id, changes); !s)
            return s.error();
    }
    auto tagsChanged = setTags(m_store, actor, id, valid->input.tagCodes, valid->input.tagDetails);
    if (!tagsChanged)
        return tagsChanged.error();
    if (*tagsChanged)
        changed.append(u"tags"_s);
    if (changed.isEmpty() && eventKind == u"edit")
        return changed;
    QJsonObject details = eventDetails;
    details.insert(u"fields"_s, QJsonArray::fromStringList(changed));
    if (auto s = appendEvent(m_store, in.householdId, id, eventKind, actor.username, details); !s)
        return s.error();
    return changed;
}

Status RegistryService::mergeResidents(const Core::Actor &actor, const QString &keepId, const QString &dropId,
                                       const ResidentInput &values, MergeNumbers numbers)
{
    if (auto s = actor.require(Core::Permission::EditRegistry); !s)
        return s;
    if (keepId == dropId)
        return Error(ErrorCode::InvalidInput, Tr::tr("Choose two different residents to merge."));
    auto keep = storedResident(m_store, keepId);
    if (!keep)
        return keep.error();
    auto drop = storedResident(m_store, dropId);
    if (!drop)
        return drop.error();
    ResidentInput merged = values;
    // Tags the actor may not see are kept from both records, so nothing hidden is lost.
    auto dropTags = currentTags(m_store, dropId);
    if (!dropTags)
        return dropTags.error();
    for (auto it = dropTags->cbegin(); it != dropTags->cend(); ++it) {
        if (it->sensitive && !actor.can(Core::Permission::ViewSensitiveData) && !merged.tagCodes.contains(it.key()))
            merged.tagCodes.append(it.key());
    }
    // Numbers the actor did not see come from the record chosen, or from whichever has them.
    if (numbers.documentFromDropped
        || (merged.keepDocument && keep->value(u"id_number"_s).toString().isEmpty()
            && !drop->value(u"id_number"_s).toString().isEmpty())) {
        merged.keepDocument = false;
        merged.idType = Core::idTypeFromCode(drop->value(u"id_type"_s).toString()).value_or(Core::IdType::Other);
        merged.idNumber = drop->value(u"id_number"_s).toString();
    }
    if (numbers.phonesFromDropped
        || (merged.keepPhones && storedPhones(*keep).isEmpty() && !storedPhones(*drop).isEmpty())) {
        merged.keepPhones = false;
        merged.phones = storedPhones(*drop);
    }

    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    // The dropped record goes first, so the kept one may take its ID number.
    for (auto it = dropTags->cbegin(); it != dropTags->cend(); ++it) {
        if (auto s = Storage::Outbox::tombstone(m_store, u"reg_resident_tags"_s, it->rowId); !s)
            return s;
    }
    if (auto s = Storage::Outbox::upsert(m_store, u"reg_residents"_s, dropId, {{u"merged_into"_s, keepId}}); !s)
        return s;
    if (auto s = Storage::Outbox::tombstone(m_store, u"reg_residents"_s, dropId); !s)
        return s;
    const QString dropHousehold = drop->value(u"household_id"_s).toString();
    const QString keepHousehold = keep->value(u"household_id"_s).toString();
    if (!dropHousehold.isEmpty()) {
        auto head = householdHead(m_store, dropHousehold);
        if (!head)
            return head.error();
        if (*head == dropId) {
            const QVariant next = dropHousehold == keepHousehold ? QVariant(keepId) : QVariant();
            if (auto s = Storage::Outbox::upsert(m_store, u"reg_households"_s, dropHousehold, {{u"head_id"_s, next}});
                !s)
                return s;
        }
    }
    const QJsonObject details{{u"merged_id"_s, dropId}, {u"merged_name"_s, drop->value(u"name"_s).toString()}};
    auto changed = applyEdit(actor, keepId, merged, u"merge"_s, details);
    if (!changed)
        return changed.error();
    if (auto s =
            Storage::AuditLog::append(m_store, actor.username, u"registry.resident.merge"_s, keepId,
                                      {{u"merged_id"_s, dropId}, {u"fields"_s, QJsonArray::fromStringList(*changed)}});
        !s)
        return s;
    return tx.commit();
}

Status RegistryService::markDistinct(const Core::Actor &actor, const QString &firstId, const QString &secondId)
{
    if (auto s = actor.require(Core::Permission::EditRegistry); !s)
        return s;
    for (const QString &id : {firstId, secondId}) {
        if (auto s = requireRow(m_store, u"reg_residents"_s, id, Tr::tr("resident")); !s)
            return s;
    }
    const QString a = std::min(firstId, secondId);
    const QString b = std::max(firstId, secondId);
    if (a == b)
        return Error(ErrorCode::InvalidInput, Tr::tr("Choose two different residents."));
    auto known = m_store.connection().scalar(
        u"SELECT count(*) FROM reg_distinct_pairs WHERE first_id = ? AND second_id = ? AND deleted = 0"_s, {a, b});
    if (!known)
        return known.error();
    if (known->toInt() > 0)
        return {};
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    if (auto s = Storage::Outbox::insert(m_store, u"reg_distinct_pairs"_s, m_store.newId().toString(),
                                         {{u"first_id"_s, a}, {u"second_id"_s, b}});
        !s)
        return s;
    if (auto s = Storage::AuditLog::append(m_store, actor.username, u"registry.resident.distinct"_s, a,
                                           {{u"other_id"_s, b}});
        !s)
        return s;
    return tx.commit();
}

Result<Household> RegistryService::household(const Core::Actor &actor, const QString &id) const
{
    if (auto s = actor.require(Core::Permission::ReadData); !s)
        return s.error();
    auto rows = m_store.connection().select(
        u"SELECT coalesce(h.room_id, ''), coalesce(h.head_id, ''), h.tenure, h.residence, h.status,"
        u" coalesce(rm.area_cm2, 0), "_s
            + Internal::AddressText + u" FROM reg_households h"_s + Internal::AddressJoins
            + u" WHERE h.id = ? AND h.deleted = 0"_s,
        {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error(ErrorCode::NotFound, Tr::tr("There is no such household."));
    const QVariantList &v = rows->first();
    Household h;
    h.id = id;
    h.roomId = v.at(0).toString();
    h.headId = v.at(1).toString();
    h.tenure = tenureFromCode(v.at(2).toString());
    h.residence = residenceFromCode(v.at(3).toString());
    h.active = v.at(4).toString() == u"active";
    h.areaCm2 = v.at(5).toLongLong();
    h.address = v.at(6).toString();
    auto members = m_store.connection().select(u"SELECT id FROM reg_residents WHERE household_id = ? AND deleted = 0"
                                               u" ORDER BY id = ? DESC, status = 'living' DESC, birth_date, name"_s,
                                               {id, h.headId});
    if (!members)
        return members.error();
    for (const QVariantList &m : std::as_const(*members)) {
        auto r = resident(actor, m.at(0).toString());
        if (!r)
            return r.error();
        h.members.append(*r);
    }
    return h;
}

Status RegistryService::updateHousehold(const Core::Actor &actor, const QString &householdId, Tenure tenure,
                                        Residence residence)
{
    if (auto s = actor.require(Core::Permission::EditRegistry); !s)
        return s;
    auto row = m_store.connection().select(
        u"SELECT tenure, residence FROM reg_households WHERE id = ? AND deleted = 0"_s, {householdId});
    if (!row)
        return row.error();
    if (row->isEmpty())
        return Error(ErrorCode::NotFound, Tr::tr("There is no such household."));
    QVariantMap changes;
    QStringList notes;
    if (row->first().at(0).toString() != tenureCode(tenure)) {
        changes.insert(u"tenure"_s, tenureCode(tenure));
        notes.append(tenureDisplayName(tenure));
    }
    if (row->first().at(1).toString() != residenceCode(residence)) {
        changes.insert(u"residence"_s, residenceCode(residence));
        notes.append(residenceDisplayName(residence));
    }
    if (changes.isEmpty())
        return {};
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    if (auto s = Storage::Outbox::upsert(m_store, u"reg_households"_s, householdId, changes); !s)
        return s;
    if (auto s = appendEvent(m_store, householdId, QString(), u"household_edit"_s, actor.username,
                             {{u"note"_s, notes.join(Tr::tr(", "))}});
        !s)
        return s;
    if (auto s = Storage::AuditLog::append(m_store, actor.username, u"registry.household.edit"_s, householdId,
                                           {{u"fields"_s, QJsonArray::fromStringList(changes.keys())}});
        !s)
        return s;
    return tx.commit();
}

Result<QList<HouseholdSummary>> RegistryService::otherHouseholds(const Core::Actor &actor,
                                                                 const QString &householdId) const
{
    if (auto s = actor.require(Core::Permission::ReadData); !s)
        return s.error();
    auto rows = m_store.connection().select(
        u"SELECT h.id, c.name || ' ' || b.number || '-' || u.number || '-' || rm.number, coalesce(hr.name, ''),"
        u" (SELECT count(*) FROM reg_residents m WHERE m.household_id = h.id AND m.status = 'living'"
        u"  AND m.deleted = 0)"
        u" FROM reg_households h"
        u" JOIN reg_rooms rm ON rm.id = h.room_id JOIN reg_units u ON u.id = rm.unit_id"
        u" JOIN reg_buildings b ON b.id = u.building_id JOIN reg_compounds c ON c.id = b.compound_id"
        u" LEFT JOIN reg_residents hr ON hr.id = h.head_id"
        u" WHERE h.deleted = 0 AND h.status = 'active' AND h.id <> ?1 AND c.id = ("
        u"  SELECT b2.compound_id FROM reg_households h2 JOIN reg_rooms r2 ON r2.id = h2.room_id"
        u"  JOIN reg_units u2 ON u2.id = r2.unit_id JOIN reg_buildings b2 ON b2.id = u2.building_id"
        u"  WHERE h2.id = ?1)"_s,
        {householdId});
    if (!rows)
        return rows.error();
    QList<HouseholdSummary> out;
    out.reserve(rows->size());
    for (const QVariantList &r : std::as_const(*rows))
        out.append({r.at(0).toString(), r.at(1).toString(), r.at(2).toString(), r.at(3).toInt()});
    return out;
}

Result<QString> RegistryService::splitHousehold(const Core::Actor &actor, const QString &householdId,
                                                const QStringList &memberIds, const QString &newHeadId, QDate date,
                                                const QString &note)
{
    if (auto s = actor.require(Core::Permission::EditRegistry); !s)
        return s.error();
    if (!date.isValid() || date > localToday(m_store))
        return Error(ErrorCode::InvalidInput, Tr::tr("Enter the date it happened; it cannot be in the future."));
    if (memberIds.isEmpty())
        return Error(ErrorCode::InvalidInput, Tr::tr("Choose the members who form the new household."));
    if (!memberIds.contains(newHeadId))
        return Error(ErrorCode::InvalidInput, Tr::tr("The head of the new household must be one of its members."));
    if (auto s = requireLivingMembers(m_store, householdId, memberIds); !s)
        return s.error();
    auto living = m_store.connection().scalar(u"SELECT count(*) FROM reg_residents WHERE household_id = ?"
                                              u" AND status = 'living' AND deleted = 0"_s,
                                              {householdId});
    if (!living)
        return living.error();
    if (living->toInt() <= QSet<QString>(memberIds.cbegin(), memberIds.cend()).size())
        return Error(ErrorCode::InvalidInput, Tr::tr("At least one member must stay in the old household."));
    auto old = m_store.connection().select(
        u"SELECT coalesce(room_id, ''), tenure, residence, coalesce(head_id, '') FROM reg_households WHERE id = ?"_s,
        {householdId});
    if (!old)
        return old.error();
    const QVariantList &o = old->first();

    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    const QString newId = m_store.newId().toString();
    if (auto s = Storage::Outbox::insert(m_store, u"reg_households"_s, newId,
                                         {{u"room_id"_s, o.at(0).toString().isEmpty() ? QVariant() : o.at(0)},
                                          {u"tenure"_s, o.at(1)},
                                          {u"residence"_s, o.at(2)},
                                          {u"head_id"_s, newHeadId}});
        !s)
        return s.error();
    for (const QString &member : memberIds) {
        QVariantMap fields{{u"household_id"_s, newId}};
        if (member == newHeadId)
            fields.insert(u"relation_to_head"_s, u"户主"_s);
        if (auto s = Storage::Outbox::upsert(m_store, u"reg_residents"_s, member, fields); !s)
            return s.error();
    }
    if (memberIds.contains(o.at(3).toString())) {
        // The old head left with them: the old household waits for staff to name a new head.
        if (auto s = Storage::Outbox::upsert(m_store, u"reg_households"_s, householdId, {{u"head_id"_s, QVariant()}});
            !s)
            return s.error();
    }
    QJsonObject details{{u"date"_s, date.toString(Qt::ISODate)},
                        {u"from"_s, householdId},
                        {u"to"_s, newId},
                        {u"members"_s, namesOf(m_store, memberIds)}};
    if (!note.trimmed().isEmpty())
        details.insert(u"note"_s, note.trimmed());
    for (const QString &h : {householdId, newId}) {
        if (auto s = appendEvent(m_store, h, newHeadId, u"split"_s, actor.username, details); !s)
            return s.error();
    }
    if (auto s = Storage::AuditLog::append(
            m_store, actor.username, u"registry.household.split"_s, householdId,
            {{u"new_household"_s, newId}, {u"members"_s, QJsonArray::fromStringList(memberIds)}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return newId;
}

Status RegistryService::moveToHousehold(const Core::Actor &actor, const QString &residentId, const QString &householdId,
                                        const QString &relationToHead, QDate date, const QString &note)
{
    if (auto s = actor.require(Core::Permission::EditRegistry); !s)
        return s;
    if (!date.isValid() || date > localToday(m_store))
        return Error(ErrorCode::InvalidInput, Tr::tr("Enter the date it happened; it cannot be in the future."));
    auto row = m_store.connection().select(
        u"SELECT coalesce(household_id, ''), status FROM reg_residents WHERE id = ? AND deleted = 0"_s, {residentId});
    if (!row)
        return row.error();
    if (row->isEmpty())
        return Error(ErrorCode::NotFound, Tr::tr("There is no such resident."));
    if (statusFromCode(row->first().at(1).toString()) != ResidentStatus::Living)
        return Error(ErrorCode::Conflict, Tr::tr("This resident is no longer registered as living here."));
    const QString from = row->first().at(0).toString();
    if (from == householdId)
        return Error(ErrorCode::InvalidInput, Tr::tr("The resident already belongs to this household."));
    auto active = m_store.connection().scalar(
        u"SELECT count(*) FROM reg_households WHERE id = ? AND status = 'active' AND deleted = 0"_s, {householdId});
    if (!active)
        return active.error();
    if (active->toInt() == 0)
        return Error(ErrorCode::NotFound, Tr::tr("The household does not exist or is already closed."));
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    if (auto s = Storage::Outbox::upsert(
            m_store, u"reg_residents"_s, residentId,
            {{u"household_id"_s, householdId}, {u"relation_to_head"_s, relationToHead.simplified()}});
        !s)
        return s;
    if (!from.isEmpty()) {
        auto head = householdHead(m_store, from);
        if (!head)
            return head.error();
        if (*head == residentId) {
            if (auto s = Storage::Outbox::upsert(m_store, u"reg_households"_s, from, {{u"head_id"_s, QVariant()}}); !s)
                return s;
        }
    }
    auto newHead = householdHead(m_store, householdId);
    if (!newHead)
        return newHead.error();
    if (newHead->isEmpty()) {
        if (auto s = Storage::Outbox::upsert(m_store, u"reg_households"_s, householdId, {{u"head_id"_s, residentId}});
            !s)
            return s;
    }
    QJsonObject details{{u"date"_s, date.toString(Qt::ISODate)}, {u"from"_s, from}, {u"to"_s, householdId}};
    if (!note.trimmed().isEmpty())
        details.insert(u"note"_s, note.trimmed());
    if (!from.isEmpty()) {
        if (auto s = appendEvent(m_store, from, residentId, u"move_out"_s, actor.username, details); !s)
            return s;
    }
    if (auto s = appendEvent(m_store, householdId, residentId, u"move_in"_s, actor.username, details); !s)
        return s;
    if (auto s = Storage::AuditLog::append(m_store, actor.username, u"registry.resident.move_household"_s, residentId,
                                           {{u"from"_s, from}, {u"to"_s, householdId}});
        !s)
        return s;
    return tx.commit();
}

Status RegistryService::mergeHouseholds(const Core::Actor &actor, const QString &keepId, const QString &absorbId,
                                        QDate date, const QString &note)
{
    if (auto s = actor.require(Core::Permission::EditRegistry); !s)
        return s;
    if (!date.isValid() || date > localToday(m_store))
        return Error(ErrorCode::InvalidInput, Tr::tr("Enter the date it happened; it cannot be in the future."));
    if (keepId == absorbId)
        return Error(ErrorCode::InvalidInput, Tr::tr("Choose two different households."));
    for (const QString &id : {keepId, absorbId}) {
        auto active = m_store.connection().scalar(
            u"SELECT count(*) FROM reg_households WHERE id = ? AND status = 'active' AND deleted = 0"_s, {id});
        if (!active)
            return active.error();
        if (active->toInt() == 0)
            return Error(ErrorCode::NotFound, Tr::tr("The household does not exist or is already closed."));
    }
    auto members = m_store.connection().select(u"SELECT id, relation_to_head FROM reg_residents"
                                               u" WHERE household_id = ? AND status = 'living' AND deleted = 0"_s,
                                               {absorbId});
    if (!members)
        return members.error();
    QStringList memberIds;
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    for (const QVariantList &m : std::as_const(*members)) {
        memberIds.append(m.at(0).toString());
        QVariantMap fields{{u"household_id"_s, keepId}};
        if (m.at(1).toString() == u"户主")
            fields.insert(u"relation_to_head"_s, QString()); // one household, one head: staff set the relation
        if (auto s = Storage::Outbox::upsert(m_store, u"reg_residents"_s, m.at(0).toString(), fields); !s)
            return s;
    }
    if (auto s = Storage::Outbox::upsert(m_store, u"reg_households"_s, absorbId, {{u"status"_s, u"closed"_s}}); !s)
        return s;
    QJsonObject details{{u"date"_s, date.toString(Qt::ISODate)},
                        {u"from"_s, absorbId},
                        {u"to"_s, keepId},
                        {u"members"_s, namesOf(m_store, memberIds)}};
    if (!note.trimmed().isEmpty())
        details.insert(u"note"_s, note.trimmed());
    for (const QString &h : {keepId, absorbId}) {
        if (auto s = appendEvent(m_store, h, QString(), u"household_merge"_s, actor.username, details); !s)
            return s;
    }
    if (auto s = Storage::AuditLog::append(m_store, actor.username, u"registry.household.merge"_s, keepId,
                                           {{u"closed_household"_s, absorbId}});
        !s)
        return s;
    return tx.commit();
}

Result<QList<SavedFilter>> RegistryService::savedFilters(const Core::Actor &actor) const
{
    if (auto s = actor.require(Core::Permission::ReadData); !s)
        return s.error();
    auto rows = m_store.connection().select(
        u"SELECT id, name, definition FROM reg_saved_filters WHERE owner = ? AND deleted = 0 ORDER BY name"_s,
        {actor.username});
    if (!rows)
        return rows.error();
    QList<SavedFilter> out;
    for (const QVariantList &r : std::as_const(*rows))
        out.append({r.at(0).toString(), r.at(1).toString(), r.at(2).toString()});
    return out;
}

Status RegistryService::saveFilter(const Core::Actor &actor, const QString &name, const QString &definition)
{
    if (auto s = actor.require(Core::Permission::ReadData); !s)
        return s;
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Error(ErrorCode::InvalidInput, Tr::tr("Give the filter a name."));
    if (trimmed.size() > 40)
        return Error(ErrorCode::InvalidInput, Tr::tr("The name is longer than 40 characters."));
    auto existing = m_store.connection().scalar(
        u"SELECT coalesce(max(id), '') FROM reg_saved_filters WHERE owner = ? AND name = ? AND deleted = 0"_s,
        {actor.username, trimmed});
    if (!existing)
        return existing.error();
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    const QString id = existing->toString().isEmpty() ? m_store.newId().toString() : existing->toString();
    if (auto s = Storage::Outbox::upsert(
            m_store, u"reg_saved_filters"_s, id,
            {{u"owner"_s, actor.username}, {u"name"_s, trimmed}, {u"definition"_s, definition}});
        !s)
        return s;
    if (auto s = Storage::AuditLog::append(m_store, actor.username, u"registry.filter.save"_s, id); !s)
        return s;
    return tx.commit();
}

Status RegistryService::deleteSavedFilter(const Core::Actor &actor, const QString &id)
{
    auto owner = m_store.connection().scalar(
        u"SELECT coalesce(max(owner), '') FROM reg_saved_filters WHERE id = ? AND deleted = 0"_s, {id});
    if (!owner)
        return owner.error();
    if (owner->toString() != actor.username)
        return Error(ErrorCode::NotFound, Tr::tr("There is no such saved filter."));
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    if (auto s = Storage::Outbox::tombstone(m_store, u"reg_saved_filters"_s, id); !s)
        return s;
    if (auto s = Storage::AuditLog::append(m_store, actor.username, u"registry.filter.delete"_s, id); !s)
        return s;
    return tx.commit();
}

} // namespace Linli::Registry
