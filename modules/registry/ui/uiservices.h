#pragma once

#include <registry/registryservice.h>
#include <registry/residentimporter.h>
#include <staff/sessionservices.h>

namespace Linli::Registry {

// What the registry's pages and dialogs work with, built once per signed-in session by the
// composition root (app/common): the registry's use cases, the importer, and the staff services
// every page shares. Pages never hold the database. A bundle of references, cheap to copy.
struct UiServices
{
    Staff::SessionServices staff;
    RegistryService &registry;
    ResidentImporter &importer;

    const Core::Actor &actor() const { return staff.actor; }
};

} // namespace Linli::Registry
