#pragma once

#include <core/syncentity.h>

namespace Linli::Staff {

// The staff module's synced table (the sync catalogue, core/syncentity.h); compiled by
// linli-sync-server too, so this file includes nothing but core.
QList<Core::SyncEntity> syncDeclarations();

} // namespace Linli::Staff
