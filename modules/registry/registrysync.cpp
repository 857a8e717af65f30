#include "registrysync.h"

#include <QtCore/QCoreApplication>

using namespace Qt::StringLiterals;

namespace Linli::Registry {

namespace {

constexpr const char *Context = "Linli::Registry";

Core::SyncEntity entity(const QString &table, const char *title, const QString &referencedAs = {})
{
    Core::SyncEntity e;
    e.table = table;
    e.context = Context;
    e.title = title;
    e.permission = Core::Permission::EditRegistry;
    e.referencedAs = referencedAs;
    return e;
}

} // namespace

QList<Core::SyncEntity> syncDeclarations()
{
    // Compound → building → unit → room → household → resident: a row's compound is followed up
    // this chain (referencedAs), in this order.
    Core::SyncEntity compounds =
        entity(u"reg_compounds"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Compound"), u"compound_id"_s);
    compounds.isScope = true;
    compounds.labelSql = u"SELECT name FROM reg_compounds WHERE id = ?"_s;
    compounds.fields = {{u"name"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Compound name")},
                        {u"address"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Address")}};

    Core::SyncEntity buildings =
        entity(u"reg_buildings"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Building"), u"building_id"_s);
    buildings.labelSql = u"SELECT c.name || ' ' || b.number || '号楼' FROM reg_buildings b"
                         u" JOIN reg_compounds c ON c.id = b.compound_id WHERE b.id = ?"_s;
    buildings.fields = {{u"number"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Number")},
                        {u"floors"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Floors")}};

    Core::SyncEntity units = entity(u"reg_units"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Unit"), u"unit_id"_s);
    units.fields = {{u"number"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Number")}};

    Core::SyncEntity rooms = entity(u"reg_rooms"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Room"), u"room_id"_s);
    rooms.labelSql = u"SELECT b.number || '-' || u.number || '-' || r.number FROM reg_rooms r"
                     u" JOIN reg_units u ON u.id = r.unit_id JOIN reg_buildings b ON b.id = u.building_id"
                     u" WHERE r.id = ?"_s;
    rooms.fields = {{u"number"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Number")},
                    {u"floor"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Floor")},
                    {u"area_cm2"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Area")}};

    Core::SyncEntity households =
        entity(u"reg_households"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Household"), u"household_id"_s);
    households.labelSql = u"SELECT b.number || '-' || u.number || '-' || r.number FROM reg_households h"
                          u" JOIN reg_rooms r ON r.id = h.room_id JOIN reg_units u ON u.id = r.unit_id"
                          u" JOIN reg_buildings b ON b.id = u.building_id WHERE h.id = ?"_s;
    households.fields = {{u"room_id"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Room")},
                         {u"head_id"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Head of household")},
                         {u"tenure"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Tenure")},
                         {u"status"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Status")},
                         {u"note"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Notes")}};

    Core::SyncEntity residents =
        entity(u"reg_residents"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Resident"), u"resident_id"_s);
    residents.labelSql = u"SELECT name FROM reg_residents WHERE id = ?"_s;
    residents.fields = {{u"name"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Name")},
                        {u"phone1"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Phone")},
                        {u"phone2"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Second phone")},
                        {u"id_number"_s, QT_TRANSLATE_NOOP("Linli::Registry", "ID number")},
                        {u"birth_date"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Date of birth")},
                        {u"notes"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Notes")},
                        {u"ethnicity"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Ethnicity")},
                        {u"hukou"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Household registration")},
                        {u"relation_to_head"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Relation to the head")},
                        {u"status"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Status")},
                        {u"household_id"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Household")}};

    Core::SyncEntity tags = entity(u"reg_tags"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Tag"));
    tags.fields = {{u"name"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Tag name")}};
    Core::SyncEntity residentTags =
        entity(u"reg_resident_tags"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Resident tag"));
    residentTags.fields = {{u"detail"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Detail")}};

    return {compounds,
            buildings,
            units,
            rooms,
            households,
            residents,
            tags,
            residentTags,
            entity(u"reg_events"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Household event")),
            entity(u"reg_distinct_pairs"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Pair confirmed as two people")),
            entity(u"reg_saved_filters"_s, QT_TRANSLATE_NOOP("Linli::Registry", "Saved filter"))};
}

} // namespace Linli::Registry
