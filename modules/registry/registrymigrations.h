#pragma once

#include <storage/migrations.h>

namespace Linli::Registry {

// Compounds → buildings → units → rooms → households → residents, tags and life events.
// Every table is synced (device-made id, hlc, origin_device, deleted).
QList<Storage::Migration> registryMigrations();

} // namespace Linli::Registry
