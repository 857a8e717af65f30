#pragma once

#include <core/syncentity.h>

namespace Linli::Catalogue {

// Every synced table of every module (core/syncentity.h), built once. A new module adds its
// declarations here, in tier order (docs/ARCHITECTURE.md, "Adding a module").
const Core::SyncCatalogue &syncCatalogue();

} // namespace Linli::Catalogue
