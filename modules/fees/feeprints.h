#pragma once

#include "payments.h"

#include <core/actor.h>
#include <reports/formdata.h>
#include <reports/report.h>

#include <QtCore/QDate>

namespace Linli::Storage {
class Store;
}

namespace Linli::Fees {

// A household's statement (缴费对账单) from `from` to `until` (both included): the balance
// brought forward, then every charge, late fee, payment, void and refund with the running
// balance, as the ledger holds them.
Result<Reports::Report> statementReport(Storage::Store &store, const Core::Actor &actor, const QString &householdId,
                                        QDate from, QDate until);

// Arrears notices (催缴通知单), one letter per household owing on bills due before `today`:
// the bills, what is still owed of each, the late fee accrued until today, and the day to pay by.
// `householdIds` empty: every household in arrears (of one compound, when given), the largest
// debt first.
Result<QList<Reports::Letter>> arrearsNotices(Storage::Store &store, const Core::Actor &actor, QDate today, QDate payBy,
                                              const QString &organisation, const QStringList &householdIds = {},
                                              const QString &compoundId = {});

// The monthly fee report (收费月报) of a billing month: the collection rate by building and by fee
// item, the last twelve months' rates, and the arrears by age on `today`.
struct MonthlyReport
{
    QString period;                  // 2026-11
    QList<CollectionRow> byBuilding; // the total last
    QList<CollectionRow> byItem;     // the total last
    QList<CollectionRow> trend;      // a row per billing period, oldest first
    int householdsInArrears = 0;
    Core::Money arrearsByAge[4];
    Core::Money arrears;
    QDate today;
};
Result<MonthlyReport> monthlyReport(Storage::Store &store, const Core::Actor &actor, const QString &period,
                                    QDate today);
// As a printable report; the caller adds the charts as figures (they need widgets).
Reports::Report monthlyReportDocument(const MonthlyReport &report);
// "92.35 %"
QString rateText(const CollectionRow &row);

} // namespace Linli::Fees
