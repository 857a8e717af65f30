#include "registryservice.h"

#include "registryinternal.h"
#include "registrytr.h"
#include "residentdirectory.h"
#include "residentwriter.h"

#include <core/clock.h>
#include <search/pinyin.h>
#include <storage/auditlog.h>
#include <storage/outbox.h>
#include <storage/store.h>
#include <storage/transaction.h>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QMutex>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>

using namespace Qt::StringLiterals;

namespace Linli::Registry {

using Internal::localToday;
using Internal::requireRow;

namespace {

// One synced row plus its audit entry, in one transaction: the shape of every structural add.
Result<QString> addRow(Storage::Store &store, const Core::Actor &actor, const QString &table, const QVariantMap &fields,
                       const QString &action)
{
    if (auto s = actor.require(Core::Permission::EditRegistry); !s)
        return s.error();
    Storage::Transaction tx(store.connection());
    if (!tx.isActive())
        return tx.error();
    const QString id = store.newId().toString();
    if (auto s = Storage::Outbox::upsert(store, table, id, fields); !s)
        return s.error();
    if (auto s = Storage::AuditLog::append(store, actor.username, action, id); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Status requireText(const QString &value, const QString &what)
{
    if (value.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, Tr::tr("The %1 is missing.").arg(what));
    return {};
}

} // namespace

Result<QString> RegistryService::addCompound(const Core::Actor &actor, const QString &name, const QString &address)
{
    if (auto s = requireText(name, Tr::tr("compound name")); !s)
        return s.error();
    return addRow(m_store, actor, u"reg_compounds"_s, {{u"name"_s, name.trimmed()}, {u"address"_s, address.trimmed()}},
                  u"registry.compound.add"_s);
}

Result<QString> RegistryService::addBuilding(const Core::Actor &actor, const QString &compoundId, const QString &number,
                                             int floors)
{
    if (auto s = requireText(number, Tr::tr("building number")); !s)
        return s.error();
    if (auto s = requireRow(m_store, u"reg_compounds"_s, compoundId, Tr::tr("compound")); !s)
        return s.error();
    return addRow(m_store, actor, u"reg_buildings"_s,
                  {{u"compound_id"_s, compoundId}, {u"number"_s, number.trimmed()}, {u"floors"_s, floors}},
                  u"registry.building.add"_s);
}

Result<QString> RegistryService::addUnit(const Core::Actor &actor, const QString &buildingId, const QString &number)
{
    if (auto s = requireText(number, Tr::tr("unit number")); !s)
        return s.error();
    if (auto s = requireRow(m_store, u"reg_buildings"_s, buildingId, Tr::tr("building")); !s)
        return s.error();
    return addRow(m_store, actor, u"reg_units"_s, {{u"building_id"_s, buildingId}, {u"number"_s, number.trimmed()}},
                  u"registry.unit.add"_s);
}

Result<QString> RegistryService::addRoom(const Core::Actor &actor, const QString &unitId, const QString &number,
                                         int floor, qint64 areaCm2)
{
    if (auto s = requireText(number, Tr::tr("room number")); !s)
        return s.error();
    if (areaCm2 < 0 || areaCm2 > 100'000'00)
        return Error(ErrorCode::InvalidInput, Tr::tr("The area must be between 0 and 100,000 m²."));
    if (auto s = requireRow(m_store, u"reg_units"_s, unitId, Tr::tr("unit")); !s)
        return s.error();
    return addRow(
        m_store, actor, u"reg_rooms"_s,
        {{u"unit_id"_s, unitId}, {u"number"_s, number.trimmed()}, {u"floor"_s, floor}, {u"area_cm2"_s, areaCm2}},
        u"registry.room.add"_s);
}

Result<QString> RegistryService::addHousehold(const Core::Actor &actor, const QString &roomId, Tenure tenure,
                                              Residence residence)
{
    if (!roomId.isEmpty()) {
        if (auto s = requireRow(m_store, u"reg_rooms"_s, roomId, Tr::tr("room")); !s)
            return s.error();
    }
    return addRow(m_store, actor, u"reg_households"_s,
                  {{u"room_id"_s, roomId.isEmpty() ? QVariant() : QVariant(roomId)},
                   {u"tenure"_s, tenureCode(tenure)},
                   {u"residence"_s, residenceCode(residence)}},
                  u"registry.household.add"_s);
}

Status RegistryService::validate(const ResidentInput &input, QDate today) const
{
    auto v = validateResident(input, today);
    if (!v)
        return v.error();
    return {};
}

Result<Resident> RegistryService::addResident(const Core::Actor &actor, const ResidentInput &input)
{
    return insertResident(actor, input, nullptr);
}

Result<Resident> RegistryService::addResidentAt(const Core::Actor &actor, const ResidentAddress &address,
                                                const ResidentInput &input)
{
    if (address.building.trimmed().isEmpty()) {
        if (!address.room.trimmed().isEmpty())
            return Error(ErrorCode::InvalidInput, Tr::tr("A room number needs its building number."),
                         u"room.no_building"_s);
        ResidentInput homeless = input;
        homeless.householdId.clear();
        return insertResident(actor, homeless, nullptr);
    }
    return insertResident(actor, input, &address);
}

Result<QString> Internal::compoundNamed(Storage::Store &store, const QString &name)
{
    const QString compoundName = name.trimmed().isEmpty() ? Tr::tr("Unnamed compound") : name.trimmed();
    auto compound = store.connection().scalar(u"SELECT id FROM reg_compounds WHERE name = ? AND deleted = 0 LIMIT 1"_s,
                                              {compoundName});
    if (!compound)
        return compound.error();
    QString compoundId = compound->toString();
    if (compoundId.isEmpty()) {
        compoundId = store.newId().toString();
        if (auto s = Storage::Outbox::upsert(store, u"reg_compounds"_s, compoundId, {{u"name"_s, compoundName}}); !s)
            return s.error();
    }
    return compoundId;
}

namespace {

// The row of `table` numbered `number` under its parent, made (with `extra`) when missing.
Result<QString> findOrAddNumbered(Storage::Store &store, const QString &table, const QString &parentColumn,
                                  const QString &parentId, const QString &number, const QVariantMap &extra)
{
    auto found = store.connection().scalar(
        u"SELECT id FROM %1 WHERE %2 = ? AND number = ? AND deleted = 0 LIMIT 1"_s.arg(table, parentColumn),
        {parentId, number});
    if (!found)
        return found.error();
    if (!found->toString().isEmpty())
        return found->toString();
    const QString id = store.newId().toString();
    QVariantMap fields = extra;
    fields.insert(parentColumn, parentId);
    fields.insert(u"number"_s, number);
    if (auto s = Storage::Outbox::insert(store, table, id, fields); !s)
        return s.error();
    return id;
}

// The active household of the room at `address`, made with what is missing above it, inside the
// caller's transaction; a new household is headed by `headId` and sets `*created`.
Result<QString> householdAt(Storage::Store &store, const ResidentAddress &address, const QString &headId, bool *created)
{
    *created = false;
    auto compound = Internal::compoundNamed(store, address.compound);
    if (!compound)
        return compound.error();
    const QString compoundId = *compound;
    auto building = findOrAddNumbered(store, u"reg_buildings"_s, u"compound_id"_s, compoundId,
                                      address.building.trimmed(), {{u"floors"_s, 0}});
    if (!building)
        return building.error();
    const QString unitNumber = address.unit.trimmed().isEmpty() ? u"1"_s : address.unit.trimmed();
    auto unit = findOrAddNumbered(store, u"reg_units"_s, u"building_id"_s, *building, unitNumber, {});
    if (!unit)
        return unit.error();
    const QString roomNumber = address.room.trimmed();
    const int floor = roomNumber.size() >= 3 ? roomNumber.left(roomNumber.size() - 2).toInt() : 0;
    auto room = findOrAddNumbered(store, u"reg_rooms"_s, u"unit_id"_s, *unit, roomNumber, {{u"floor"_s, floor}});
    if (!room)
        return room.error();
    auto existing = store.connection().scalar(
        u"SELECT id FROM reg_households WHERE room_id = ? AND status = 'active' AND deleted = 0 LIMIT 1"_s, {*room});
    if (!existing)
        return existing.error();
    if (!existing->toString().isEmpty())
        return existing->toString();
    const QString id = store.newId().toString();
    if (auto s =
            Storage::Outbox::insert(store, u"reg_households"_s, id, {{u"room_id"_s, *room}, {u"head_id"_s, headId}});
        !s)
        return s.error();
    *created = true;
    return id;
}

} // namespace

Result<Resident> RegistryService::insertResident(const Core::Actor &actor, const ResidentInput &input,
                                                 const ResidentAddress *address)
{
    if (auto s = actor.require(Core::Permission::EditRegistry); !s)
        return s.error();
    auto valid = validateResident(input, localToday(m_store));
    if (!valid)
        return valid.error();
    if (!input.householdId.isEmpty() && !address) {
        if (auto s = requireRow(m_store, u"reg_households"_s, input.householdId, Tr::tr("household")); !s)
            return s.error();
    }
    if (!valid->idNumber.isNull()) {
        auto n = m_store.connection().scalar(
            u"SELECT count(*) FROM reg_residents WHERE id_type = ? AND id_number = ? AND deleted = 0"_s,
            {Core::idTypeCode(valid->input.idType), valid->idNumber.toString()});
        if (!n)
            return n.error();
        if (n->toInt() > 0)
            return Error(ErrorCode::AlreadyExists, Tr::tr("A resident with this ID number is already registered."),
                         u"id.duplicate"_s);
    }
    auto tagIds = tagIdsByCode(m_store);
    if (!tagIds)
        return tagIds.error();

    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    const QString id = m_store.newId().toString();
    bool createdHousehold = false;
    if (address) {
        auto household = householdAt(m_store, *address, id, &createdHousehold);
        if (!household)
            return household.error();
        valid->input.householdId = *household;
    }
    if (auto s = writeResident(m_store, id, *valid, *tagIds, actor.username); !s)
        return s.error();
    const QString householdId = valid->input.householdId;
    if (!householdId.isEmpty() && !createdHousehold) {
        auto head = m_store.connection().scalar(u"SELECT coalesce(head_id, '') FROM reg_households WHERE id = ?"_s,
                                                {householdId});
        if (!head)
            return head.error();
        // Typed at an address, the person named head becomes head, as in an imported sheet.
        const QString relation = input.relationToHead.trimmed();
        const bool namedHead = address && (relation == u"户主" || relation == u"本人");
        if (head->toString().isEmpty() || namedHead) {
            if (auto s = Storage::Outbox::upsert(m_store, u"reg_households"_s, householdId, {{u"head_id"_s, id}}); !s)
                return s.error();
        }
    }
    if (auto s = Storage::AuditLog::append(m_store, actor.username, u"registry.resident.add"_s, id); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return resident(actor, id);
}

Result<QStringList> RegistryService::compoundNames(const Core::Actor &actor) const
{
    if (auto s = actor.require(Core::Permission::ReadData); !s)
        return s.error();
    auto rows = m_store.connection().select(u"SELECT name FROM reg_compounds WHERE deleted = 0 ORDER BY name"_s);
    if (!rows)
        return rows.error();
    QStringList names;
    for (const QVariantList &r : std::as_const(*rows))
        names.append(r.at(0).toString());
    return names;
}

Result<Resident> RegistryService::resident(const Core::Actor &actor, const QString &id) const
{
    return load(actor, id, false);
}

Result<Resident> RegistryService::unmaskedResident(const Core::Actor &actor, const QString &id)
{
    if (auto s = actor.require(Core::Permission::UnmaskPersonalData); !s)
        return s.error();
    auto r = load(actor, id, true);
    if (!r)
        return r.error();
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    if (auto s = Storage::AuditLog::append(m_store, actor.username, u"registry.resident.unmask"_s, id); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return r;
}

Result<Resident> RegistryService::load(const Core::Actor &actor, const QString &id, bool unmask) const
{
    if (auto s = actor.require(Core::Permission::ReadData); !s)
        return s.error();
    auto rows = m_store.connection().select(
        u"SELECT r.household_id, r.name, r.sex, r.id_type, r.id_number, r.birth_date, r.phone1, r.phone2,"
        u" r.ethnicity, r.hukou, r.relation_to_head, r.notes, r.needs_access_card, r.status, "_s
            + Internal::AddressText + u" FROM reg_residents r LEFT JOIN reg_households h ON h.id = r.household_id"_s
            + Internal::AddressJoins + u" WHERE r.id = ? AND r.deleted = 0"_s,
        {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error(ErrorCode::NotFound, Tr::tr("There is no such resident."));
    const QVariantList &v = rows->first();
    Resident r;
    r.id = id;
    r.householdId = v.at(0).toString();
    r.name = v.at(1).toString();
    r.sex = sexFromCode(v.at(2).toString());
    r.idType = Core::idTypeFromCode(v.at(3).toString()).value_or(Core::IdType::Other);
    r.birthDate = QDate::fromString(v.at(5).toString(), Qt::ISODate);
    r.ethnicity = v.at(8).toString();
    r.hukou = v.at(9).toString();
    r.relationToHead = v.at(10).toString();
    r.notes = v.at(11).toString();
    r.needsAccessCard = v.at(12).toInt() != 0;
    r.status = statusFromCode(v.at(13).toString());
    r.address = v.at(14).toString();
    r.masked = !unmask;
    // Stored values were validated on the way in; parse them back for masking and display.
    if (!v.at(4).toString().isEmpty()) {
        auto idNumber = Core::IdNumber::parse(v.at(4).toString(), r.idType, QDate(9999, 12, 31));
        r.idNumber = !idNumber ? QString() : (unmask ? idNumber->toString() : idNumber->masked());
    }
    for (int column : {6, 7}) {
        if (v.at(column).toString().isEmpty())
            continue;
        auto phone = Core::Phone::parse(v.at(column).toString());
        if (phone)
            r.phones.append(unmask ? phone->toDisplayString() : phone->masked());
    }
    auto tags = m_store.connection().select(
        u"SELECT t.code, t.sensitive, rt.detail FROM reg_resident_tags rt JOIN reg_tags t ON t.id = rt.tag_id"
        u" WHERE rt.resident_id = ? AND rt.deleted = 0 ORDER BY t.code"_s,
        {id});
    if (!tags)
        return tags.error();
    const bool sensitiveAllowed = actor.can(Core::Permission::ViewSensitiveData);
    for (const QVariantList &t : std::as_const(*tags)) {
        if (t.at(1).toInt() == 0 || sensitiveAllowed) {
            r.tagCodes.append(t.at(0).toString());
            if (!t.at(2).toString().isEmpty())
                r.tagDetails.insert(t.at(0).toString(), t.at(2).toString());
        }
    }
    return r;
}

Status RegistryService::lifeEvent(const Core::Actor &actor, const QString &residentId, const QString &kind,
                                  ResidentStatus status, QDate date, const QString &note)
{
    if (auto s = actor.require(Core::Permission::EditRegistry); !s)
        return s;
    const QDate today = localToday(m_store);
    if (!date.isValid() || date > today)
        return Error(ErrorCode::InvalidInput, Tr::tr("Enter the date it happened; it cannot be in the future."));
    auto row = m_store.connection().select(
        u"SELECT coalesce(household_id, ''), status FROM reg_residents WHERE id = ? AND deleted = 0"_s, {residentId});
    if (!row)
        return row.error();
    if (row->isEmpty())
        return Error(ErrorCode::NotFound, Tr::tr("There is no such resident."));
    if (statusFromCode(row->first().at(1).toString()) != ResidentStatus::Living)
        return Error(ErrorCode::Conflict, Tr::tr("This resident is no longer registered as living here."));
    const QString householdId = row->first().at(0).toString();
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    if (auto s = Storage::Outbox::upsert(m_store, u"reg_residents"_s, residentId, {{u"status"_s, statusCode(status)}});
        !s)
        return s;
    QJsonObject details{{u"date"_s, date.toString(Qt::ISODate)}};
    if (!note.trimmed().isEmpty())
        details.insert(u"note"_s, note.trimmed());
    if (auto s = Storage::Outbox::upsert(
            m_store, u"reg_events"_s, m_store.newId().toString(),
            {{u"household_id"_s, householdId},
             {u"resident_id"_s, residentId},
             {u"kind"_s, kind},
             {u"at"_s, m_store.clock().nowMs()},
             {u"actor"_s, actor.username},
             {u"details"_s, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))}});
        !s)
        return s;
    if (!householdId.isEmpty()) {
        // A head who leaves leaves the household headless until staff name the next head.
        auto head = m_store.connection().scalar(u"SELECT coalesce(head_id, '') FROM reg_households WHERE id = ?"_s,
                                                {householdId});
        if (!head)
            return head.error();
        if (head->toString() == residentId) {
            if (auto s =
                    Storage::Outbox::upsert(m_store, u"reg_households"_s, householdId, {{u"head_id"_s, QVariant()}});
                !s)
                return s;
        }
    }
    if (auto s = Storage::AuditLog::append(m_store, actor.username, u"registry.resident."_s + kind, residentId); !s)
        return s;
    return tx.commit();
}

Status RegistryService::moveOut(const Core::Actor &actor, const QString &residentId, QDate date, const QString &note)
{
    return lifeEvent(actor, residentId, u"move_out"_s, ResidentStatus::MovedOut, date, note);
}

Status RegistryService::recordDeath(const Core::Actor &actor, const QString &residentId, QDate date,
                                    const QString &note)
{
    return lifeEvent(actor, residentId, u"death"_s, ResidentStatus::Deceased, date, note);
}

Status RegistryService::changeHead(const Core::Actor &actor, const QString &householdId, const QString &residentId)
{
    if (auto s = actor.require(Core::Permission::EditRegistry); !s)
        return s;
    auto member = m_store.connection().scalar(
        u"SELECT count(*) FROM reg_residents WHERE id = ? AND household_id = ? AND status = 'living' AND deleted = 0"_s,
        {residentId, householdId});
    if (!member)
        return member.error();
    if (member->toInt() == 0)
        return Error(ErrorCode::InvalidInput, Tr::tr("The new head must be a living member of this household."));
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    if (auto s = Storage::Outbox::upsert(m_store, u"reg_households"_s, householdId, {{u"head_id"_s, residentId}}); !s)
        return s;
    if (auto s = Storage::Outbox::upsert(m_store, u"reg_residents"_s, residentId, {{u"relation_to_head"_s, u"户主"_s}});
        !s)
        return s;
    if (auto s = Storage::Outbox::upsert(m_store, u"reg_events"_s, m_store.newId().toString(),
                                         {{u"household_id"_s, householdId},
                                          {u"resident_id"_s, residentId},
                                          {u"kind"_s, u"head_change"_s},
                                          {u"at"_s, m_store.clock().nowMs()},
                                          {u"actor"_s, actor.username}});
        !s)
        return s;
    if (auto s = Storage::AuditLog::append(m_store, actor.username, u"registry.household.head_change"_s, householdId);
        !s)
        return s;
    return tx.commit();
}

namespace {

// The note a history line shows: what the staff member typed, and for corrections, merges and
// splits what was involved.
QString describeEvent(const QString &kind, const QJsonObject &details)
{
    QStringList parts;
    const QString separator = Tr::tr(", ");
    if (kind == u"edit" || kind == u"merge") {
        QStringList fields;
        const QJsonArray changed = details.value(u"fields"_s).toArray();
        for (const QJsonValue &f : changed)
            fields.append(residentFieldDisplayName(f.toString()));
        if (kind == u"merge")
            parts.append(Tr::tr("record of %1 merged into this one").arg(details.value(u"merged_name"_s).toString()));
        if (!fields.isEmpty())
            parts.append(Tr::tr("changed: %1").arg(fields.join(separator)));
    } else if (kind == u"split" || kind == u"household_merge") {
        QStringList names;
        const QJsonArray members = details.value(u"members"_s).toArray();
        for (const QJsonValue &m : members)
            names.append(m.toString());
        parts.append(Tr::tr("members: %1").arg(names.join(separator)));
    }
    if (const QString note = details.value(u"note"_s).toString(); !note.isEmpty())
        parts.append(note);
    return parts.join(u"; "_s);
}

} // namespace

Result<QList<LifeEvent>> RegistryService::history(const Core::Actor &actor, const QString &residentId,
                                                  const QString &householdId) const
{
    if (auto s = actor.require(Core::Permission::ReadData); !s)
        return s.error();
    const bool byHousehold = !householdId.isEmpty();
    auto rows = m_store.connection().select(
        u"SELECT e.id, coalesce(e.household_id, ''), coalesce(e.resident_id, ''), coalesce(r.name, ''), e.kind, e.at,"
        u" e.actor, e.details FROM reg_events e LEFT JOIN reg_residents r ON r.id = e.resident_id"
        u" WHERE e.deleted = 0 AND "_s
            + (byHousehold ? u"e.household_id = ?"_s
                           : u"(e.resident_id = ? OR e.resident_id IN (SELECT id FROM reg_residents"
                             u" WHERE merged_into = ?))"_s)
            + u" ORDER BY e.at, e.hlc"_s,
        byHousehold ? QVariantList{householdId} : QVariantList{residentId, residentId});
    if (!rows)
        return rows.error();
    QList<LifeEvent> out;
    for (const QVariantList &r : std::as_const(*rows)) {
        LifeEvent e;
        e.id = r.at(0).toString();
        e.householdId = r.at(1).toString();
        e.residentId = r.at(2).toString();
        e.residentName = r.at(3).toString();
        e.kind = r.at(4).toString();
        e.atMs = r.at(5).toLongLong();
        e.actor = r.at(6).toString();
        const QJsonObject details = QJsonDocument::fromJson(r.at(7).toString().toUtf8()).object();
        e.date = QDate::fromString(details.value(u"date"_s).toString(), Qt::ISODate);
        if (!e.date.isValid())
            e.date = QDateTime::fromMSecsSinceEpoch(e.atMs).date();
        e.note = describeEvent(e.kind, details);
        out.append(e);
    }
    return out;
}

Result<QList<SuspectedDuplicate>> RegistryService::suspectedDuplicates(const Core::Actor &actor) const
{
    if (auto s = actor.require(Core::Permission::ReadData); !s)
        return s.error();
    QList<SuspectedDuplicate> out;
    QSet<QString> seenPairs;
    // Pairs staff already found to be two people count as seen.
    auto distinct =
        m_store.connection().select(u"SELECT first_id, second_id FROM reg_distinct_pairs WHERE deleted = 0"_s);
    if (!distinct)
        return distinct.error();
    for (const QVariantList &r : std::as_const(*distinct))
        seenPairs.insert(r.at(0).toString() + r.at(1).toString());
    const auto add = [&](QString a, QString b, const QString &reason) {
        if (b < a)
            std::swap(a, b);
        if (seenPairs.contains(a + b))
            return;
        seenPairs.insert(a + b);
        out.append({a, b, reason});
    };
    auto sameNameBirth =
        m_store.connection().select(u"SELECT a.id, b.id FROM reg_residents a JOIN reg_residents b ON a.name = b.name "
                                    u"AND a.birth_date = b.birth_date"
                                    u" AND a.id < b.id WHERE a.birth_date <> '' AND a.deleted = 0 AND b.deleted = 0"
                                    u" AND a.status = 'living' AND b.status = 'living'"_s);
    if (!sameNameBirth)
        return sameNameBirth.error();
    for (const QVariantList &r : std::as_const(*sameNameBirth))
        add(r.at(0).toString(), r.at(1).toString(), u"name_birth"_s);

    // Same phone, then compare the names by pinyin (王丽 and 王莉 typed from a phone call).
    auto phones = m_store.connection().select(
        u"SELECT id, name, phone1 FROM reg_residents WHERE phone1 <> '' AND deleted = 0 AND status = 'living'"
        u" UNION ALL SELECT id, name, phone2 FROM reg_residents WHERE phone2 <> '' AND deleted = 0 AND status = 'living'"_s);
    if (!phones)
        return phones.error();
    QHash<QString, QList<std::pair<QString, QString>>> byPhone; // phone → (id, name)
    for (const QVariantList &r : std::as_const(*phones))
        byPhone[r.at(2).toString()].append({r.at(0).toString(), r.at(1).toString()});
    Search::Pinyin pinyin;
    for (auto it = byPhone.cbegin(); it != byPhone.cend(); ++it) {
        const auto &people = it.value();
        for (qsizetype i = 0; i < people.size(); ++i) {
            for (qsizetype j = i + 1; j < people.size(); ++j) {
                if (people.at(i).first != people.at(j).first
                    && pinyin.full(people.at(i).second) == pinyin.full(people.at(j).second))
                    add(people.at(i).first, people.at(j).first, u"pinyin_phone"_s);
            }
        }
    }
    return out;
}

Result<QList<Tag>> RegistryService::tags(const Core::Actor &actor) const
{
    if (auto s = actor.require(Core::Permission::ReadData); !s)
        return s.error();
    auto rows = m_store.connection().select(
        u"SELECT id, code, name, sensitive, has_detail, builtin FROM reg_tags WHERE deleted = 0 ORDER BY builtin DESC, code"_s);
    if (!rows)
        return rows.error();
    QList<Tag> out;
    QList<std::pair<QString, QString>> names;
    for (const QVariantList &r : std::as_const(*rows))
        names.append({r.at(1).toString(), r.at(2).toString()});
    rememberTagNames(names);
    for (const QVariantList &r : std::as_const(*rows)) {
        Tag t{r.at(0).toString(),   r.at(1).toString(),   r.at(2).toString(),
              r.at(3).toInt() != 0, r.at(4).toInt() != 0, r.at(5).toInt() != 0};
        if (!t.sensitive || actor.can(Core::Permission::ViewSensitiveData))
            out.append(t);
    }
    return out;
}

Result<Tag> RegistryService::addTag(const Core::Actor &actor, const QString &name, bool sensitive, const QString &code)
{
    if (auto s = actor.require(Core::Permission::ManageSettings); !s)
        return s.error();
    const QString cleanName = name.simplified();
    if (cleanName.isEmpty())
        return Error(ErrorCode::InvalidInput, Tr::tr("Give the tag a name."));
    if (cleanName.size() > 20)
        return Error(ErrorCode::InvalidInput, Tr::tr("A tag name has at most 20 characters."));
    const QString id = m_store.newId().toString();
    QString tagCode = code.trimmed().toLower();
    if (tagCode.isEmpty())
        tagCode = u"custom_"_s + id.right(8);
    static const QRegularExpression valid(u"^[a-z][a-z0-9_]{1,31}$"_s);
    if (!valid.match(tagCode).hasMatch())
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("A tag code has 2 to 32 lowercase letters, digits and underscores and starts with a "
                            "letter."));
    auto clash = m_store.connection().scalar(
        u"SELECT count(*) FROM reg_tags WHERE (code = ? OR name = ?) AND deleted = 0"_s, {tagCode, cleanName});
    if (!clash)
        return clash.error();
    const auto builtinNames = tagDisplayNames();
    if (clash->toInt() > 0 || builtinNames.contains(tagCode) || builtinNames.key(cleanName).size() > 0)
        return Error(ErrorCode::AlreadyExists, Tr::tr("There is already a tag with this name or code."));
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    if (auto s = Storage::Outbox::insert(
            m_store, u"reg_tags"_s, id,
            {{u"code"_s, tagCode}, {u"name"_s, cleanName}, {u"sensitive"_s, sensitive ? 1 : 0}, {u"builtin"_s, 0}});
        !s)
        return s.error();
    if (auto s = Storage::AuditLog::append(m_store, actor.username, u"registry.tag.add"_s, id); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    rememberTagNames({{tagCode, cleanName}});
    return Tag{id, tagCode, cleanName, sensitive, false, false};
}

Result<std::unique_ptr<ResidentDirectory>> RegistryService::directory(const Core::Actor &actor) const
{
    if (auto s = actor.require(Core::Permission::ReadData); !s)
        return s.error();
    return ResidentDirectory::load(m_store, actor, localToday(m_store));
}

std::function<Result<std::unique_ptr<ResidentDirectory>>()> RegistryService::directoryReader(const Core::Actor &actor,
                                                                                             QDate today) const
{
    using Read = Result<std::unique_ptr<ResidentDirectory>>;
    if (auto s = actor.require(Core::Permission::ReadData); !s)
        return [e = s.error()]() -> Read { return e; };
    return [path = m_store.path(), key = m_store.key(), actor, today]() -> Read {
        auto connection = Storage::Connection::open(path, key, Storage::Connection::Mode::OpenExisting);
        if (!connection)
            return connection.error();
        return ResidentDirectory::load(**connection, actor, today);
    };
}

Status RegistryService::refreshDirectory(ResidentDirectory &directory, const QString &id)
{
    return directory.refresh(m_store, id);
}

Result<RegistryCounts> RegistryService::counts() const
{
    return countsOf(m_store.connection());
}

Result<RegistryCounts> RegistryService::countsOf(Storage::Connection &connection)
{
    RegistryCounts c;
    const QList<std::pair<qint64 *, QString>> queries = {
        {&c.compounds, u"SELECT count(*) FROM reg_compounds WHERE deleted = 0"_s},
        {&c.buildings, u"SELECT count(*) FROM reg_buildings WHERE deleted = 0"_s},
        {&c.rooms, u"SELECT count(*) FROM reg_rooms WHERE deleted = 0"_s},
        {&c.households, u"SELECT count(*) FROM reg_households WHERE deleted = 0 AND status = 'active'"_s},
        {&c.residents, u"SELECT count(*) FROM reg_residents WHERE deleted = 0 AND status = 'living'"_s},
    };
    for (const auto &[out, sql] : queries) {
        auto n = connection.scalar(sql);
        if (!n)
            return n.error();
        *out = n->toLongLong();
    }
    return c;
}

namespace {
const QHash<QString, const char *> &builtinTagTexts()
{
    static const QHash<QString, const char *> builtin = {
        {u"elderly_alone"_s, QT_TRANSLATE_NOOP("Linli::Registry", "lives alone (elderly)")},
        {u"empty_nest"_s, QT_TRANSLATE_NOOP("Linli::Registry", "empty nest")},
        {u"advanced_age"_s, QT_TRANSLATE_NOOP("Linli::Registry", "advanced age (80+)")},
        {u"disabled"_s, QT_TRANSLATE_NOOP("Linli::Registry", "disability")},
        {u"dibao"_s, QT_TRANSLATE_NOOP("Linli::Registry", "subsistence allowance (dibao)")},
        {u"dibao_edge"_s, QT_TRANSLATE_NOOP("Linli::Registry", "near subsistence level")},
        {u"tekun"_s, QT_TRANSLATE_NOOP("Linli::Registry", "extreme hardship (tekun)")},
        {u"party_member"_s, QT_TRANSLATE_NOOP("Linli::Registry", "party member")},
        {u"club_leader"_s, QT_TRANSLATE_NOOP("Linli::Registry", "club leader")},
        {u"volunteer"_s, QT_TRANSLATE_NOOP("Linli::Registry", "volunteer")},
        {u"veteran"_s, QT_TRANSLATE_NOOP("Linli::Registry", "veteran")},
    };
    return builtin;
}
} // namespace

QString tagDisplayName(const Tag &tag)
{
    const QHash<QString, const char *> &builtin = builtinTagTexts();
    if (tag.builtin) {
        if (auto it = builtin.constFind(tag.code); it != builtin.cend())
            return Tr::tr(it.value());
    }
    return tag.name;
}

namespace {
QMutex customTagMutex;
QHash<QString, QString> customTagNames; // code → name of tags added by an administrator
} // namespace

void rememberTagNames(const QList<std::pair<QString, QString>> &codesAndNames)
{
    const QMutexLocker lock(&customTagMutex);
    for (const auto &[code, name] : codesAndNames) {
        if (!builtinTagTexts().contains(code))
            customTagNames.insert(code, name);
    }
}

QHash<QString, QString> tagDisplayNames()
{
    QHash<QString, QString> names;
    {
        const QMutexLocker lock(&customTagMutex);
        names = customTagNames;
    }
    const QHash<QString, const char *> &builtin = builtinTagTexts();
    for (auto it = builtin.cbegin(); it != builtin.cend(); ++it)
        names.insert(it.key(), Tr::tr(it.value()));
    return names;
}

} // namespace Linli::Registry
