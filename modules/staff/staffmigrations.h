#pragma once

#include <storage/migrations.h>

namespace Linli::Staff {

// Staff accounts (local to this database; passwords live in the key-slot file) and the
// synced organisation settings.
QList<Storage::Migration> staffMigrations();

} // namespace Linli::Staff
