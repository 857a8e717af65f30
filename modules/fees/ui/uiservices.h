#pragma once

#include "feereports.h"

#include <fees/billrun.h>
#include <fees/feeservice.h>
#include <fees/payments.h>
#include <staff/sessionservices.h>

namespace Linli::Fees {

// What the fee pages and dialogs work with, built once per signed-in session by the composition
// root (app/common): the fee use cases, the figures and printouts, and the staff services every
// page shares. Pages never hold the database. A bundle of references, cheap to copy.
struct UiServices
{
    Staff::SessionServices staff;
    FeeService &fees;
    BillRunService &billRuns;
    PaymentService &payments;
    FeeReports &reports;

    const Core::Actor &actor() const { return staff.actor; }
};

} // namespace Linli::Fees
