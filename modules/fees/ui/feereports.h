#pragma once

#include <fees/dailyreport.h>
#include <fees/feeprints.h>

namespace Linli::Fees {

// The fee figures and printouts of the signed-in session's database. Fees offers them as
// functions of the database; the composition root (app/common) binds them to it, so pages and
// commands get them without holding the database. Each checks the actor as the function does.
class FeeReports
{
public:
    virtual ~FeeReports() = default;

    // The day's takings (收费日报), reconciled with the ledger.
    virtual Result<DailyReport> daily(const Core::Actor &actor, QDate day) = 0;
    // The monthly report (收费月报) of a billing month, with the arrears by age on `today`.
    virtual Result<MonthlyReport> monthly(const Core::Actor &actor, const QString &period, QDate today) = 0;
    // A household's statement (缴费对账单) from `from` to `until`, both included.
    virtual Result<Reports::Report> statement(const Core::Actor &actor, const QString &householdId, QDate from,
                                              QDate until) = 0;
    // Arrears notices (催缴通知单); see Fees::arrearsNotices().
    virtual Result<QList<Reports::Letter>> arrearsNotices(const Core::Actor &actor, QDate today, QDate payBy,
                                                          const QString &organisation,
                                                          const QStringList &householdIds = {},
                                                          const QString &compoundId = {}) = 0;
};

} // namespace Linli::Fees
