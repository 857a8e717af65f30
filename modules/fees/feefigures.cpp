#include "feefigures.h"

#include "feestr.h"

#include <core/actor.h>
#include <storage/connection.h>
#include <storage/store.h>

using namespace Qt::StringLiterals;

namespace Linli::Fees {

namespace {

constexpr const char *Context = "Linli::Fees";
const QString Arrears = u"fees.arrears"_s;
const QString Debtors = u"fees.households_in_arrears"_s;
const QString Rate = u"fees.collection_rate"_s;

} // namespace

QList<Core::FigureInfo> FeeFigures::figures() const
{
    using Core::FigureUnit;
    return {{Arrears, Context, QT_TRANSLATE_NOOP("Linli::Fees", "Arrears"), FigureUnit::Money},
            {Debtors, Context, QT_TRANSLATE_NOOP("Linli::Fees", "Households with arrears"), FigureUnit::Count},
            {Rate, Context, QT_TRANSLATE_NOOP("Linli::Fees", "Collection rate"), FigureUnit::Ratio,
             Core::Permission::ReadData, true}};
}

Result<QHash<QString, qint64>> FeeFigures::values(const Core::Actor &actor, const QString &figure,
                                                  Core::FigureLevel level, const Core::FigurePeriod &period) const
{
    if (auto s = actor.require(Core::Permission::ReadData); !s)
        return s.error();
    // Bills and totals carry their building; a compound is the registry's, through its view.
    const bool byCompound = level == Core::FigureLevel::Compound;
    const QString key = byCompound ? u"b.compound_id"_s : u"x.building_id"_s;
    const QString up = byCompound ? u" JOIN reg_pub_buildings b ON b.id = x.building_id"_s : QString();
    QString sql;
    QVariantList params;
    if (figure == Arrears || figure == Debtors) {
        // Owed at the end of the period on bills due by then.
        sql = u"SELECT %1, %2 FROM fee_bill_state x"_s.arg(key, figure == Arrears ? u"sum(x.owed_fen)"_s
                                                                                  : u"count(DISTINCT x.household_id)"_s)
              + up + u" WHERE x.owed_fen > 0 AND x.voided = 0 AND x.due_date < ? GROUP BY 1"_s;
        params.append(period.until.toString(Qt::ISODate));
    } else if (figure == Rate) {
        // Bills of the periods starting in [from, until): paid of billed, in basis points.
        sql = u"SELECT %1, sum(x.paid_fen), sum(x.billed_fen) FROM fee_collection_totals x"_s.arg(key) + up
              + u" WHERE x.period_from >= ? AND x.period_from < ? GROUP BY 1"_s;
        params << period.from.toString(Qt::ISODate) << period.until.toString(Qt::ISODate);
    } else {
        return Error(ErrorCode::NotFound, Tr::tr("The fees have no figure called \"%1\".").arg(figure));
    }
    auto rows = m_store.connection().select(sql, params);
    if (!rows)
        return rows.error();
    QHash<QString, qint64> out;
    for (const QVariantList &r : std::as_const(*rows)) {
        if (figure != Rate)
            out.insert(r.at(0).toString(), r.at(1).toLongLong());
        else if (const qint64 billed = r.at(2).toLongLong(); billed > 0)
            out.insert(r.at(0).toString(), (r.at(1).toLongLong() * 10000 + billed / 2) / billed);
    }
    return out;
}

} // namespace Linli::Fees
