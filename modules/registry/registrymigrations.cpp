#include "registrymigrations.h"

namespace Linli::Registry {

QList<Storage::Migration> registryMigrations()
{
    return {
        {QStringLiteral("registry"), 1, QStringLiteral("compounds to residents, tags, household events"),
         QStringLiteral(R"sql(
CREATE TABLE reg_compounds (
    id TEXT PRIMARY KEY, hlc TEXT NOT NULL, origin_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    name    TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT ''
);
CREATE TABLE reg_buildings (
    id TEXT PRIMARY KEY, hlc TEXT NOT NULL, origin_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    compound_id TEXT NOT NULL REFERENCES reg_compounds (id),
    number      TEXT NOT NULL,              -- as on the door: "3", "12A"
    floors      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX reg_buildings_compound ON reg_buildings (compound_id);
CREATE TABLE reg_units (
    id TEXT PRIMARY KEY, hlc TEXT NOT NULL, origin_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    building_id TEXT NOT NULL REFERENCES reg_buildings (id),
    number      TEXT NOT NULL
);
CREATE INDEX reg_units_building ON reg_units (building_id);
-- Area in hundredths of a square metre (integer, like money in fen): fees multiply it exactly.
CREATE TABLE reg_rooms (
    id TEXT PRIMARY KEY, hlc TEXT NOT NULL, origin_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    unit_id  TEXT NOT NULL REFERENCES reg_units (id),
    number   TEXT NOT NULL,                  -- "501"
    floor    INTEGER NOT NULL DEFAULT 0,
    area_cm2 INTEGER NOT NULL DEFAULT 0,     -- 87.35 m² = 8735
    kind     TEXT NOT NULL DEFAULT 'residential'
);
CREATE INDEX reg_rooms_unit ON reg_rooms (unit_id);
CREATE TABLE reg_households (
    id TEXT PRIMARY KEY, hlc TEXT NOT NULL, origin_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    room_id   TEXT REFERENCES reg_rooms (id),
    head_id   TEXT,                          -- a reg_residents id; set once the head exists
    tenure    TEXT NOT NULL DEFAULT 'owner' CHECK (tenure IN ('owner', 'tenant', 'other')),
    residence TEXT NOT NULL DEFAULT 'both' CHECK (residence IN ('both', 'registered_only', 'living_only')),
    status    TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
    note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reg_households_room ON reg_households (room_id);
CREATE TABLE reg_residents (
    id TEXT PRIMARY KEY, hlc TEXT NOT NULL, origin_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    household_id      TEXT REFERENCES reg_households (id),
    name              TEXT NOT NULL,
    sex               TEXT NOT NULL DEFAULT 'U' CHECK (sex IN ('M', 'F', 'U')),
    id_type           TEXT NOT NULL DEFAULT 'mainland_id',
    id_number         TEXT NOT NULL DEFAULT '',  -- normalised; '' when unknown
    birth_date        TEXT NOT NULL DEFAULT '',  -- ISO date
    phone1            TEXT NOT NULL DEFAULT '',  -- E.164
    phone2            TEXT NOT NULL DEFAULT '',
    ethnicity         TEXT NOT NULL DEFAULT '',
    hukou             TEXT NOT NULL DEFAULT '',  -- place of household registration
    relation_to_head  TEXT NOT NULL DEFAULT '',
    needs_access_card INTEGER NOT NULL DEFAULT 0, -- cannot use face recognition
    status            TEXT NOT NULL DEFAULT 'living' CHECK (status IN ('living', 'moved_out', 'deceased')),
    notes             TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reg_residents_household ON reg_residents (household_id);
-- The same document twice is a hard duplicate.
CREATE UNIQUE INDEX reg_residents_document ON reg_residents (id_type, id_number)
    WHERE deleted = 0 AND id_number <> '';
CREATE TABLE reg_tags (
    id TEXT PRIMARY KEY, hlc TEXT NOT NULL, origin_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    sensitive  INTEGER NOT NULL DEFAULT 0,   -- disability, 低保, income: only roles that need them
    has_detail INTEGER NOT NULL DEFAULT 0,   -- e.g. disability type and grade
    builtin    INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE reg_resident_tags (
    id TEXT PRIMARY KEY, hlc TEXT NOT NULL, origin_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    resident_id TEXT NOT NULL REFERENCES reg_residents (id),
    tag_id      TEXT NOT NULL REFERENCES reg_tags (id),
    detail      TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX reg_resident_tags_pair ON reg_resident_tags (resident_id, tag_id) WHERE deleted = 0;
CREATE INDEX reg_resident_tags_tag ON reg_resident_tags (tag_id);
-- Household life: move in/out, death, head change, split, merge. Append-only history.
CREATE TABLE reg_events (
    id TEXT PRIMARY KEY, hlc TEXT NOT NULL, origin_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    household_id TEXT,
    resident_id  TEXT,
    kind         TEXT NOT NULL,
    at           INTEGER NOT NULL,
    actor        TEXT NOT NULL,
    details      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reg_events_household ON reg_events (household_id);
CREATE INDEX reg_events_resident ON reg_events (resident_id);
-- Built-in tags have fixed ids, so every office's copy is the same row.
INSERT INTO reg_tags (id, hlc, origin_device, code, name, sensitive, has_detail, builtin) VALUES
    ('00000000-0000-7000-8000-000000000001', '0000000000000000-000000', 'builtin', 'elderly_alone', '独居老人', 0, 0, 1),
    ('00000000-0000-7000-8000-000000000002', '0000000000000000-000000', 'builtin', 'empty_nest', '空巢', 0, 0, 1),
    ('00000000-0000-7000-8000-000000000003', '0000000000000000-000000', 'builtin', 'advanced_age', '高龄', 0, 0, 1),
    ('00000000-0000-7000-8000-000000000004', '0000000000000000-000000', 'builtin', 'disabled', '残疾', 1, 1, 1),
    ('00000000-0000-7000-8000-000000000005', '0000000000000000-000000', 'builtin', 'dibao', '低保', 1, 0, 1),
    ('00000000-0000-7000-8000-000000000006', '0000000000000000-000000', 'builtin', 'dibao_edge', '低保边缘', 1, 0, 1),
    ('00000000-0000-7000-8000-000000000007', '0000000000000000-000000', 'builtin', 'tekun', '特困', 1, 0, 1),
    ('00000000-0000-7000-8000-000000000008', '0000000000000000-000000', 'builtin', 'party_member', '党员', 0, 0, 1),
    ('00000000-0000-7000-8000-000000000009', '0000000000000000-000000', 'builtin', 'club_leader', '社团团长', 0, 0, 1),
    ('00000000-0000-7000-8000-000000000010', '0000000000000000-000000', 'builtin', 'volunteer', '志愿者', 0, 0, 1),
    ('00000000-0000-7000-8000-000000000011', '0000000000000000-000000', 'builtin', 'veteran', '退役军人', 0, 0, 1);
)sql")},
        {QStringLiteral("registry"), 2, QStringLiteral("merged residents, pairs confirmed distinct, saved filters"),
         QStringLiteral(R"sql(
-- A resident merged into another is a tombstone pointing at the one that was kept, so the
-- kept resident's history can include the merged one's.
ALTER TABLE reg_residents ADD COLUMN merged_into TEXT NOT NULL DEFAULT '';
CREATE INDEX reg_residents_merged_into ON reg_residents (merged_into) WHERE merged_into <> '';
-- Pairs staff looked at and found to be two different people: no longer suspected duplicates.
CREATE TABLE reg_distinct_pairs (
    id TEXT PRIMARY KEY, hlc TEXT NOT NULL, origin_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    first_id  TEXT NOT NULL,   -- the smaller of the two resident ids
    second_id TEXT NOT NULL
);
CREATE UNIQUE INDEX reg_distinct_pairs_pair ON reg_distinct_pairs (first_id, second_id) WHERE deleted = 0;
-- A staff member's named filters of the resident list ("80岁以上独居老人"), as JSON.
CREATE TABLE reg_saved_filters (
    id TEXT PRIMARY KEY, hlc TEXT NOT NULL, origin_device TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,
    owner      TEXT NOT NULL,   -- username
    name       TEXT NOT NULL,
    definition TEXT NOT NULL
);
CREATE INDEX reg_saved_filters_owner ON reg_saved_filters (owner);
)sql")},
        {QStringLiteral("registry"), 3, QStringLiteral("room addresses from an index"), QStringLiteral(R"sql(
-- A room's unit, number and area by its id without reading the table: lists of tens of thousands
-- of households (the arrears list, a bill run) look up one room each.
CREATE INDEX reg_rooms_address ON reg_rooms (id, unit_id, number, area_cm2);
)sql")},
        {QStringLiteral("registry"), 4, QStringLiteral("read models published to other modules"), QStringLiteral(R"sql(
-- What other modules may read of the registry in SQL: these views, by these names and columns
-- (docs/ARCHITECTURE.md, "Adding a module"; tst_architecture holds every module to it). They are
-- plain projections of one table each, so SQLite reads them as the table underneath, with its
-- indexes, also on the right of a LEFT JOIN. No ID number, phone or other personal detail is
-- published; a module that needs one asks RegistryService, which checks the actor.
CREATE VIEW reg_pub_compounds AS SELECT id, name, deleted FROM reg_compounds;
CREATE VIEW reg_pub_buildings AS SELECT id, compound_id, number, deleted FROM reg_buildings;
CREATE VIEW reg_pub_units AS SELECT id, building_id, number, deleted FROM reg_units;
CREATE VIEW reg_pub_rooms AS SELECT id, unit_id, number, area_cm2, deleted FROM reg_rooms;
CREATE VIEW reg_pub_households AS SELECT id, room_id, head_id, status, deleted FROM reg_households;
CREATE VIEW reg_pub_residents AS
    SELECT id, household_id, name, status, merged_into, deleted FROM reg_residents;
CREATE VIEW reg_pub_tags AS SELECT id, code, deleted FROM reg_tags;
CREATE VIEW reg_pub_resident_tags AS SELECT resident_id, tag_id, deleted FROM reg_resident_tags;
)sql")},
    };
}

} // namespace Linli::Registry
