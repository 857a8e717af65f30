#pragma once

#include <storage/migrations.h>

namespace Linli::Sync {

QList<Storage::Migration> syncMigrations();

} // namespace Linli::Sync
