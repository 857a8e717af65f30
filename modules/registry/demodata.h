#pragma once

#include <core/actor.h>

#include <QtCore/QDate>

#include <functional>

namespace Linli::Storage {
class Store;
}

namespace Linli::Registry {

struct DemoOptions
{
    int residents = 2000;
    quint32 seed = 20261129;
    QDate today; // null: the store's clock
};

struct DemoSummary
{
    int compounds = 0;
    int buildings = 0;
    int rooms = 0;
    int households = 0;
    int residents = 0;
};

// Realistic synthetic data for trying Linli and for benchmarks: compounds of six-storey
// buildings, rooms with areas, households of one to five people with consistent relations,
// ages, sexes and valid ID numbers (GB 11643), mobile phones, and tags at plausible rates
// (独居老人 for old people living alone, 高龄 from 80, 党员, 残疾 …). The same seed gives the same
// data. Written in one transaction with one audit entry; `progress` may cancel by returning false.
Result<DemoSummary> generateDemoData(Storage::Store &store, const Core::Actor &actor, const DemoOptions &options,
                                     const std::function<bool(int done, int total)> &progress = {});

} // namespace Linli::Registry
