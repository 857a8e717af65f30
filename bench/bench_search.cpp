// Search as you type over 200,000 residents: building the index, and the latency of a mix of
// what staff type (a full name, initials, part of the pinyin, an ID tail, a phone tail, a room),
// next to a brute-force scan of the same queries (QString::contains over precomputed pinyin per
// record), so the ratio shows. Latencies are measured per query over 2,000 queries and reported
// as percentile counters (p50_ms, p95_ms, …): Google Benchmark's own time is their sum.
//
// The data are synthetic but shaped like a real compound: surnames at their census frequencies
// (王 7.1 %, 李 7.0 %, 张 6.7 % … and a few polyphonic and compound surnames), one- and two-character
// given names, valid 18-digit ID numbers, one or two mobile numbers, 60 buildings × 6 units ×
// 18 floors. The seed is fixed: every run searches the same people with the same queries.
#include <search/pinyin.h>
#include <search/pinyincollator.h>
#include <search/searchindex.h>

#include <benchmark/benchmark.h>

#include <QtCore/QStringList>

#include <algorithm>
#include <array>
#include <chrono>
#include <random>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Linli;

namespace {

constexpr int Residents = 200'000;
constexpr int Queries = 2'000;
constexpr int Limit = 50; // what a result list shows before scrolling
constexpr std::uint64_t Seed = 20261129;

struct WeightedSurname
{
    const char16_t *surname;
    int perTenThousand;
};

// Shares of the population (2020 census, rounded); the tail stands for the long list of rarer
// surnames, polyphonic ones (曾 单 解 区 仇 朴 查 翟 乐) and compound ones among them.
constexpr WeightedSurname surnames[] = {
    {u"王", 710}, {u"李", 700}, {u"张", 670}, {u"刘", 530}, {u"陈", 450}, {u"杨", 310}, {u"黄", 220}, {u"赵", 210},
    {u"吴", 200}, {u"周", 190}, {u"徐", 150}, {u"孙", 150}, {u"马", 140}, {u"朱", 130}, {u"胡", 120}, {u"郭", 110},
    {u"何", 110}, {u"林", 100}, {u"高", 100}, {u"罗", 90},  {u"郑", 80},  {u"梁", 80},  {u"谢", 70},  {u"宋", 60},
    {u"唐", 60},  {u"许", 60},  {u"韩", 60},  {u"冯", 60},  {u"邓", 60},  {u"曹", 50},  {u"彭", 50},  {u"曾", 50},
    {u"肖", 50},  {u"田", 50},  {u"董", 50},  {u"袁", 40},  {u"潘", 40},  {u"于", 40},  {u"蒋", 40},  {u"蔡", 40},
    {u"余", 40},  {u"杜", 40},  {u"叶", 40},  {u"程", 40},  {u"苏", 30},  {u"魏", 30},  {u"吕", 30},  {u"丁", 30},
    {u"任", 30},  {u"沈", 30},  {u"姚", 30},  {u"卢", 30},  {u"姜", 30},  {u"崔", 30},  {u"钟", 30},  {u"谭", 30},
    {u"陆", 30},  {u"汪", 30},  {u"范", 30},  {u"金", 30},  {u"石", 20},  {u"廖", 20},  {u"贾", 20},  {u"夏", 20},
    {u"韦", 20},  {u"付", 20},  {u"方", 20},  {u"白", 20},  {u"邹", 20},  {u"孟", 20},  {u"熊", 20},  {u"秦", 20},
    {u"邱", 20},  {u"江", 20},  {u"尹", 20},  {u"薛", 20},  {u"闫", 20},  {u"段", 20},  {u"雷", 20},  {u"侯", 20},
    {u"龙", 20},  {u"史", 20},  {u"陶", 10},  {u"黎", 10},  {u"贺", 10},  {u"顾", 10},  {u"毛", 10},  {u"郝", 10},
    {u"龚", 10},  {u"邵", 10},  {u"万", 10},  {u"钱", 10},  {u"严", 10},  {u"覃", 10},  {u"武", 10},  {u"戴", 10},
    {u"莫", 10},  {u"孔", 10},  {u"向", 10},  {u"汤", 10},  {u"单", 5},   {u"解", 5},   {u"区", 3},   {u"仇", 3},
    {u"朴", 3},   {u"查", 3},   {u"翟", 5},   {u"乐", 3},   {u"欧阳", 5}, {u"司马", 2}, {u"上官", 2}, {u"诸葛", 2},
    {u"尉迟", 1}, {u"长孙", 1},
};

// Characters of given names, common ones more than once.
constexpr char16_t givenChars[] =
    u"伟伟芳芳娜秀英英敏静静丽丽强强磊军军洋勇艳杰杰娟涛明明超兰霞平刚桂华华玉萍红娥玲芬燕彬鹏辉斌宇宇浩凯健俊帆"
    u"帅旭宁龙林欢阳建建国国志志海海文文晓晓新春梅婷雪慧琳颖倩莉丹晨博然子子涵欣怡梓轩雨泽宸思佳一诺嘉瑞天昊"
    u"睿逸宏亮成波飞峰毅云鑫金荣福德生祥清淑珍凤琴素莲美月翠长乐重行律女绿秋菊兵亮东永利民和振良江河山青松";

const char *const regions[] = {"110105", "110108", "310104", "310115", "440305", "440106",
                               "510107", "330106", "420111", "320102", "370202", "610113"};
const char *const mobilePrefixes[] = {"130", "131", "132", "133", "135", "136", "137", "138", "139", "150",
                                      "151", "152", "157", "158", "159", "177", "180", "186", "188", "199"};

QString randomDigits(std::mt19937_64 &rng, int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out.append(QChar(u'0' + int(rng() % 10)));
    return out;
}

// A valid GB 11643 number: region, birth date, sequence, check character.
QString idNumber(std::mt19937_64 &rng)
{
    const int year = 1930 + int(rng() % 91);
    const int month = 1 + int(rng() % 12);
    const int day = 1 + int(rng() % 28);
    const QString body =
        QString::fromLatin1(regions[rng() % std::size(regions)])
        + QStringLiteral("%1%2%3").arg(year).arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'))
        + randomDigits(rng, 3);
    static constexpr int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (body.at(i).unicode() - u'0') * weights[i];
    return body + QChar(u"10X98765432"[sum % 11]);
}

QString mobile(std::mt19937_64 &rng)
{
    return QString::fromLatin1(mobilePrefixes[rng() % std::size(mobilePrefixes)]) + randomDigits(rng, 8);
}

QList<Search::Record> makeResidents()
{
    std::mt19937_64 rng(Seed);
    int totalWeight = 0;
    for (const auto &s : surnames)
        totalWeight += s.perTenThousand;
    const int givenCount = int(std::size(givenChars)) - 1;
    QList<Search::Record> out;
    out.reserve(Residents);
    for (int i = 0; i < Residents; ++i) {
        Search::Record r;
        r.id =
            QStringLiteral("018f%1-0000-7000-8000-%2").arg(i, 4, 16, QLatin1Char('0')).arg(i, 12, 10, QLatin1Char('0'));
        int pick = int(rng() % totalWeight);
        const WeightedSurname *surname = surnames;
        while (pick >= surname->perTenThousand)
            pick -= (surname++)->perTenThousand;
        r.name = QString::fromUtf16(surname->surname);
        const int givenLength = rng() % 10 < 3 ? 1 : 2;
        for (int g = 0; g < givenLength; ++g)
            r.name.append(QChar(givenChars[rng() % givenCount]));
        r.idNumber = idNumber(rng);
        const int phones = rng() % 20 == 0 ? 0 : (rng() % 4 == 0 ? 2 : 1);
        for (int p = 0; p < phones; ++p)
            r.phones.append(mobile(rng));
        r.room = QStringLiteral("%1-%2-%3%4")
                     .arg(1 + rng() % 60)
                     .arg(1 + rng() % 6)
                     .arg(1 + rng() % 18)
                     .arg(1 + rng() % 4, 2, 10, QLatin1Char('0'));
        out.append(r);
    }
    return out;
}

enum QueryKind { FullName, Initials, PartialPinyin, IdTail, PhoneTail, Room, QueryKinds };
const char *const queryKindNames[] = {"name", "initials", "pinyin", "id", "phone", "room"};

struct Query
{
    QString text;
    QueryKind kind;
};

// The mix staff type, one sixth each, from residents picked at random.
QList<Query> makeQueries(const QList<Search::Record> &residents)
{
    std::mt19937_64 rng(Seed + 1);
    Search::Pinyin pinyin;
    QList<Query> out;
    for (int i = 0; i < Queries; ++i) {
        const Search::Record &r = residents.at(qsizetype(rng() % residents.size()));
        const auto kind = QueryKind(i % QueryKinds);
        QString text;
        switch (kind) {
        case FullName: text = r.name; break;
        case Initials: text = pinyin.initials(r.name); break;
        case PartialPinyin: {
            const QStringList syllables = pinyin.syllables(r.name);
            if (rng() % 2) { // the surname and the start of the given name: "zhangs", "wangxi"
                const QString full = syllables.join(QString());
                const qsizetype from = syllables.first().size() + 1;
                text = full.left(from + qsizetype(rng() % std::max<qsizetype>(1, full.size() - from)));
            } else { // the given name alone: "sanfeng"
                text = syllables.mid(1).join(QString());
            }
            break;
        }
        case IdTail: text = r.idNumber.right(rng() % 2 ? 4 : 6); break;
        case PhoneTail: text = (r.phones.isEmpty() ? mobile(rng) : r.phones.first()).right(4); break;
        case Room: text = rng() % 2 ? r.room : r.room.section(u'-', 0, 1); break;
        case QueryKinds: break;
        }
        out.append({text, kind});
    }
    return out;
}

// The naive alternative: per record, QString::contains on keys computed once.
struct BruteRecord
{
    QString id;
    QString name;
    QString pinyin;
    QString initials;
    QString idNumber;
    QStringList phones;
    QString room;
    QByteArray sortKey;
};

std::vector<BruteRecord> makeBruteForce(const QList<Search::Record> &residents)
{
    Search::Pinyin pinyin;
    const Search::PinyinCollator collator;
    std::vector<BruteRecord> out;
    out.reserve(residents.size());
    for (const Search::Record &r : residents) {
        out.push_back({r.id, r.name, pinyin.full(r.name), pinyin.initials(r.name), r.idNumber.toLower(), r.phones,
                       r.room, collator.sortKey(r.name)});
    }
    return out;
}

QStringList bruteForceSearch(const std::vector<BruteRecord> &records, const QString &query)
{
    const QString q = query.toLower();
    std::vector<const BruteRecord *> hits;
    for (const BruteRecord &r : records) {
        bool match = r.name.contains(q) || r.pinyin.contains(q) || r.initials.contains(q) || r.room.startsWith(q)
                     || (q.size() >= 4 && r.idNumber.endsWith(q));
        for (const QString &phone : r.phones)
            match = match || (q.size() >= 4 && phone.endsWith(q));
        if (match)
            hits.push_back(&r);
    }
    const auto count = std::min<size_t>(Limit, hits.size());
    std::partial_sort(hits.begin(), hits.begin() + count, hits.end(),
                      [](const BruteRecord *a, const BruteRecord *b) { return a->sortKey < b->sortKey; });
    QStringList out;
    for (size_t i = 0; i < count; ++i)
        out.append(hits[i]->id);
    return out;
}

const QList<Search::Record> &residents()
{
    static const QList<Search::Record> r = makeResidents();
    return r;
}

const QList<Query> &queries()
{
    static const QList<Query> q = makeQueries(residents());
    return q;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = size_t(p / 100.0 * double(values.size() - 1) + 0.5);
    return values[std::min(rank, values.size() - 1)];
}

// Heap in use, from glibc's allocator statistics: unlike RSS it also counts memory that an
// earlier repetition freed and this one reuses.
double heapMiB()
{
#if defined(__GLIBC__)
    return double(mallinfo2().uordblks) / (1024.0 * 1024.0);
#else
    return 0;
#endif
}

// Runs every query once, timing each, and reports the percentiles overall and per kind.
template<typename SearchFn>
void reportLatencies(benchmark::State &state, SearchFn search)
{
    std::vector<double> all;
    std::array<std::vector<double>, QueryKinds> byKind;
    double hits = 0;
    for (auto _ : state) {
        all.clear();
        for (auto &v : byKind)
            v.clear();
        hits = 0;
        for (const Query &q : queries()) {
            const auto start = std::chrono::steady_clock::now();
            const qsizetype found = search(q.text);
            const double ms =
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            all.push_back(ms);
            byKind[q.kind].push_back(ms);
            hits += double(found);
        }
    }
    state.counters["p50_ms"] = percentile(all, 50);
    state.counters["p95_ms"] = percentile(all, 95);
    state.counters["p99_ms"] = percentile(all, 99);
    state.counters["max_ms"] = percentile(all, 100);
    for (int k = 0; k < QueryKinds; ++k)
        state.counters[std::string("p95_") + queryKindNames[k]] = percentile(byKind[k], 95);
    state.counters["hits"] = hits / double(all.size());
    state.SetItemsProcessed(int64_t(state.iterations()) * Queries);
}

void BM_SearchIndexBuild(benchmark::State &state)
{
    const QList<Search::Record> &records = residents();
    double mib = 0;
    for (auto _ : state) {
        const double before = heapMiB();
        Search::SearchIndex index;
        index.reserve(records.size());
        for (const Search::Record &r : records)
            index.insert(r);
        mib = heapMiB() - before;
        benchmark::DoNotOptimize(index.size());
    }
    state.counters["heap_MiB"] = mib;
    state.SetItemsProcessed(int64_t(state.iterations()) * records.size());
}
BENCHMARK(BM_SearchIndexBuild)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_SearchIndexQueries(benchmark::State &state)
{
    static Search::SearchIndex *index = [] {
        auto *built = new Search::SearchIndex;
        built->reserve(residents().size());
        for (const Search::Record &r : residents())
            built->insert(r);
        return built;
    }();
    reportLatencies(state, [](const QString &q) { return index->search(q, Limit).size(); });
}
BENCHMARK(BM_SearchIndexQueries)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_BruteForceQueries(benchmark::State &state)
{
    static const std::vector<BruteRecord> records = makeBruteForce(residents());
    reportLatencies(state, [](const QString &q) { return bruteForceSearch(records, q).size(); });
}
BENCHMARK(BM_BruteForceQueries)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

BENCHMARK_MAIN();
