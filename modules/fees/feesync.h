#pragma once

#include <core/syncentity.h>

namespace Linli::Fees {

// The fee tables that sync (the sync catalogue, core/syncentity.h): compiled by the desktop and by
// linli-sync-server alike, so this file includes nothing but core.
QList<Core::SyncEntity> syncDeclarations();

} // namespace Linli::Fees
