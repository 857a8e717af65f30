#include "registryfigures.h"

#include "registrytr.h"

#include <core/actor.h>
#include <storage/connection.h>
#include <storage/store.h>

using namespace Qt::StringLiterals;

namespace Linli::Registry {

namespace {

constexpr const char *Context = "Linli::Registry";
const QString Residents = u"registry.residents"_s;
const QString Households = u"registry.households"_s;
const QString Over80 = u"registry.residents_over_80"_s;

} // namespace

QList<Core::FigureInfo> RegistryFigures::figures() const
{
    using Core::FigureUnit;
    return {{Residents, Context, QT_TRANSLATE_NOOP("Linli::Registry", "Residents living here"), FigureUnit::Count},
            {Households, Context, QT_TRANSLATE_NOOP("Linli::Registry", "Households"), FigureUnit::Count},
            {Over80, Context, QT_TRANSLATE_NOOP("Linli::Registry", "Residents aged 80 or more"), FigureUnit::Count}};
}

Result<QHash<QString, qint64>> RegistryFigures::values(const Core::Actor &actor, const QString &figure,
                                                       Core::FigureLevel level, const Core::FigurePeriod &period) const
{
    if (auto s = actor.require(Core::Permission::ReadData); !s)
        return s.error();
    // From a household up to its building (and compound): rooms, units and buildings by index.
    const QString key = level == Core::FigureLevel::Building ? u"u.building_id"_s : u"b.compound_id"_s;
    const QString up = u" JOIN reg_rooms rm ON rm.id = h.room_id JOIN reg_units u ON u.id = rm.unit_id"
                       u" JOIN reg_buildings b ON b.id = u.building_id"_s;
    QString sql;
    QVariantList params;
    if (figure == Households) {
        sql = u"SELECT %1, count(*) FROM reg_households h"_s.arg(key) + up
              + u" WHERE h.deleted = 0 AND h.status = 'active' GROUP BY 1"_s;
    } else if (figure == Residents || figure == Over80) {
        sql = u"SELECT %1, count(*) FROM reg_residents r JOIN reg_households h ON h.id = r.household_id"_s.arg(key) + up
              + u" WHERE r.deleted = 0 AND r.status = 'living' AND r.merged_into = ''"_s;
        if (figure == Over80) {
            // 80 on the last day of the period: born on or before that day 80 years earlier.
            const QDate asOf = period.until.addDays(-1);
            sql += u" AND r.birth_date <> '' AND r.birth_date <= ?"_s;
            params.append(asOf.addYears(-80).toString(Qt::ISODate));
        }
        sql += u" GROUP BY 1"_s;
    } else {
        return Error(ErrorCode::NotFound, Tr::tr("The registry has no figure called \"%1\".").arg(figure));
    }
    auto rows = m_store.connection().select(sql, params);
    if (!rows)
        return rows.error();
    QHash<QString, qint64> out;
    for (const QVariantList &r : std::as_const(*rows))
        out.insert(r.at(0).toString(), r.at(1).toLongLong());
    return out;
}

} // namespace Linli::Registry
