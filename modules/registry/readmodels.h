#pragma once

// The registry's published read models as SQL other modules embed (docs/ARCHITECTURE.md, "Module
// boundaries"): scalar subqueries over its reg_pub_* views (registry migration 4), written by the
// module that owns the views. Inner joins inside a subquery: SQLite 3.15 does not flatten a view
// on the right of a LEFT JOIN and would copy the whole table first. Nothing personal.

#include <QtCore/QString>

namespace Linli::Registry::ReadModels {

// A household's address ("幸福里 3-2-501"), or NULL, on `householdId` (an SQL expression).
inline QString householdAddressSql(const QString &householdId)
{
    return QStringLiteral(
               "(SELECT c.name || ' ' || bu.number || '-' || u.number || '-' || rm.number"
               " FROM reg_pub_households h JOIN reg_pub_rooms rm ON rm.id = h.room_id"
               " JOIN reg_pub_units u ON u.id = rm.unit_id JOIN reg_pub_buildings bu ON bu.id = u.building_id"
               " JOIN reg_pub_compounds c ON c.id = bu.compound_id WHERE h.id = ")
           + householdId + QLatin1Char(')');
}

// The name of a household's head, or NULL (see householdAddressSql).
inline QString householdHeadNameSql(const QString &householdId)
{
    return QStringLiteral("(SELECT r.name FROM reg_pub_households h JOIN reg_pub_residents r ON r.id = h.head_id"
                          " WHERE h.id = ")
           + householdId + QLatin1Char(')');
}

} // namespace Linli::Registry::ReadModels
