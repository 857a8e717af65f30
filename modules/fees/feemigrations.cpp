#include "feemigrations.h"

namespace Linli::Fees {

QList<Storage::Migration> feeMigrations()
{
    return {
        {QStringLiteral("fees"), 1, QStringLiteral("fee items and their rates"), QStringLiteral(R"sql(
-- What is charged: the property service fee (per m² and month), fixed monthly fees (parking,
-- garbage), one-off charges and metered charges (water, electricity).
CREATE TABLE fee_items (
    id TEXT PRIMARY KEY, hlc TEXT NOT NULL, origin_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('area', 'monthly', 'one_off', 'metered')),
    unit TEXT NOT NULL DEFAULT ''            -- for metered items: 吨, 度
);
CREATE UNIQUE INDEX fee_items_code ON fee_items (code) WHERE deleted = 0;
-- At what price, from a day (inclusive) until a day (exclusive; '' = still valid), for all
-- compounds ('') or one compound, optionally one building of it. Prices per m² and month and per
-- metered unit are in ten-thousandths of a yuan (¥0.8500 = 8500); monthly and one-off fees in fen.
CREATE TABLE fee_rates (
    id TEXT PRIMARY KEY, hlc TEXT NOT NULL, origin_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    item_id     TEXT NOT NULL REFERENCES fee_items (id),
    compound_id TEXT NOT NULL DEFAULT '',
    building_id TEXT NOT NULL DEFAULT '',
    valid_from  TEXT NOT NULL,
    valid_until TEXT NOT NULL DEFAULT '',
    price       INTEGER NOT NULL CHECK (price >= 0)
);
CREATE INDEX fee_rates_item ON fee_rates (item_id);
)sql")},
    };
}

} // namespace Linli::Fees
