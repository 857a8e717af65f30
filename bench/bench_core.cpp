// Value types that every list, import and sync batch goes through many times.
#include <core/clock.h>
#include <core/hlc.h>
#include <core/money.h>
#include <core/uuid.h>

#include <benchmark/benchmark.h>

#include <QtCore/QStringList>

using namespace Linli;

namespace {

// What people type into amount fields and what imported spreadsheets contain.
const QStringList &amountTexts()
{
    static const QStringList texts = {
        QStringLiteral("50"),         QStringLiteral("1234.5"),      QStringLiteral("¥1,234.50"),
        QStringLiteral("￥12"),       QStringLiteral("1234.50元"),   QStringLiteral("-3.20"),
        QStringLiteral(" 2,000.00 "), QStringLiteral("１２３.４５"), // full-width digits
    };
    return texts;
}

void BM_MoneyParse(benchmark::State &state)
{
    const QStringList &texts = amountTexts();
    qsizetype i = 0;
    for (auto _ : state) {
        auto money = Core::Money::parse(texts.at(i));
        benchmark::DoNotOptimize(money);
        if (!money)
            state.SkipWithError("parse failed");
        i = (i + 1) % texts.size();
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_MoneyParse);

void BM_MoneyParseInvalid(benchmark::State &state)
{
    const QString text = QStringLiteral("1,23.456元");
    for (auto _ : state) {
        auto money = Core::Money::parse(text);
        benchmark::DoNotOptimize(money);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_MoneyParseInvalid);

void BM_MoneyToString(benchmark::State &state)
{
    const Core::Money amounts[] = {Core::Money::fromFen(5), Core::Money::fromFen(123450),
                                   Core::Money::fromFen(-98765432100), Core::Money::fromYuan(50)};
    size_t i = 0;
    for (auto _ : state) {
        QString text = amounts[i].toString();
        benchmark::DoNotOptimize(text);
        i = (i + 1) % std::size(amounts);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_MoneyToString);

void BM_MoneyScaled(benchmark::State &state)
{
    // ¥1.0000 per m² × 87.35 m², prorated 17 of 30 days: the bill-run inner loop.
    const Core::Money rate = Core::Money::fromFen(8735);
    for (auto _ : state) {
        auto amount = rate.scaled(17, 30);
        benchmark::DoNotOptimize(amount);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_MoneyScaled);

void BM_UuidCreate(benchmark::State &state)
{
    const Core::Clock &clock = Core::Clock::system();
    for (auto _ : state) {
        Core::Uuid id = Core::Uuid::create(clock);
        benchmark::DoNotOptimize(id);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_UuidCreate);

void BM_UuidCreateToString(benchmark::State &state)
{
    const Core::Clock &clock = Core::Clock::system();
    for (auto _ : state) {
        QString text = Core::Uuid::create(clock).toString();
        benchmark::DoNotOptimize(text);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_UuidCreateToString);

void BM_UuidParse(benchmark::State &state)
{
    const QString text = Core::Uuid::create(Core::Clock::system()).toString();
    for (auto _ : state) {
        auto id = Core::Uuid::parse(text);
        benchmark::DoNotOptimize(id);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_UuidParse);

void BM_HlcNow(benchmark::State &state)
{
    Core::HlcClock hlc(Core::Clock::system());
    for (auto _ : state) {
        Core::Hlc stamp = hlc.now();
        benchmark::DoNotOptimize(stamp);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_HlcNow);

void BM_HlcNowToString(benchmark::State &state)
{
    Core::HlcClock hlc(Core::Clock::system());
    for (auto _ : state) {
        QString text = hlc.now().toString();
        benchmark::DoNotOptimize(text);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_HlcNowToString);

void BM_HlcParse(benchmark::State &state)
{
    Core::HlcClock hlc(Core::Clock::system());
    const QString text = hlc.now().toString();
    for (auto _ : state) {
        auto stamp = Core::Hlc::parse(text);
        benchmark::DoNotOptimize(stamp);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_HlcParse);

void BM_HlcReceive(benchmark::State &state)
{
    // Merging the stamps of a pulled page: each remote stamp a little ahead of ours.
    Core::ManualClock wall;
    Core::HlcClock hlc(wall);
    Core::Hlc remote{wall.nowMs(), 0};
    for (auto _ : state) {
        remote.logical += 1;
        auto merged = hlc.receive(remote);
        benchmark::DoNotOptimize(merged);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_HlcReceive);

} // namespace

BENCHMARK_MAIN();
