#pragma once

#include "databaseinfo.h"
#include "maintenanceservice.h"
#include "settingsservice.h"
#include "staffreports.h"
#include "userservice.h"

namespace Linli::Staff {

// The staff services of a signed-in session, built once by the composition root (app/common)
// and handed to every page: pages work through these and never hold the database. A bundle of
// references, cheap to copy; the composition root outlives every page.
struct SessionServices
{
    const Core::Actor &actor;
    DatabaseInfo &database;
    UserService &users;
    SettingsService &settings;
    MaintenanceService &maintenance;
    StaffReports &reports;
};

} // namespace Linli::Staff
