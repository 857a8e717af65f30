#pragma once

#include <storage/migrations.h>

namespace Linli::Fees {

// The fees module's schema: what is charged (items) and at what price (rates).
QList<Storage::Migration> feeMigrations();

} // namespace Linli::Fees
