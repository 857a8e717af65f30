#pragma once

#include <core/actor.h>
#include <reports/forms.h>
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

} // namespace Linli::Fees
