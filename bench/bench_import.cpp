// Importing an office spreadsheet of 100,000 residents (issue 3: "import of a 100,000-row XLSX
// ≤ 10 s"), through the same path as `linli-cli import residents`: read the XLSX, find the
// header, map the columns, validate and write everything in one transaction.
//
// The workbook is made once with libxlsxwriter (a title row, Chinese headers, four people per
// room, tags on some rows) and kept in LINLI_BENCH_DIR (default /tmp) as bench-import-100k.xlsx.
// Each iteration imports it into a new encrypted database.
#include <core/clock.h>
#include <core/idnumber.h>
#include <registry/registrymigrations.h>
#include <registry/residentimporter.h>
#include <staff/setup.h>
#include <staff/staffmigrations.h>
#include <tabular/sheetreader.h>
#include <tabular/table.h>

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QRandomGenerator>

#include <benchmark/benchmark.h>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;
using namespace Linli;

namespace {

QString benchDir()
{
    return qEnvironmentVariable("LINLI_BENCH_DIR", QDir::tempPath());
}

QString idFor(int i, QRandomGenerator &rng)
{
    static const QStringList regions = {u"110105"_s, u"310104"_s, u"420106"_s, u"510107"_s, u"320102"_s};
    // One birth date per row and region: every ID in the file is different.
    const QDate birth = QDate(1935, 1, 1).addDays(qint64(i / 5));
    const QString first17 =
        regions.at(i % 5) + birth.toString(u"yyyyMMdd"_s) + QString::number(rng.bounded(1000)).rightJustified(3, u'0');
    return first17 + Core::IdNumber::mainlandCheckCharacter(first17);
}

// The workbook an office would send: a title row above the header, then one row per person.
QString makeWorkbook(int rows)
{
    const QString path = benchDir() + u"/bench-import-%1.xlsx"_s.arg(rows);
    if (QFile::exists(path))
        return path;
    lxw_workbook *wb = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet *ws = workbook_add_worksheet(wb, nullptr);
    worksheet_write_string(ws, 0, 0, "幸福里社区居民花名册（2026年11月）", nullptr);
    const char *headers[] = {"序号", "姓名",   "公民身份号码", "联系电话", "楼栋",
                             "单元", "门牌号", "与户主关系",   "人员类别"};
    for (int c = 0; c < 9; ++c)
        worksheet_write_string(ws, 2, lxw_col_t(c), headers[c], nullptr);
    static const QStringList surnames = {u"王"_s, u"李"_s, u"张"_s, u"刘"_s, u"陈"_s, u"杨"_s, u"赵"_s,
                                         u"黄"_s, u"周"_s, u"吴"_s, u"曾"_s, u"吕"_s, u"单"_s, u"欧阳"_s};
    static const QStringList given = {u"伟"_s, u"芳"_s, u"娜"_s, u"秀英"_s, u"敏"_s, u"静"_s, u"丽"_s, u"强"_s,
                                      u"磊"_s, u"军"_s, u"洋"_s, u"勇"_s,   u"艳"_s, u"杰"_s, u"娟"_s, u"涛"_s};
    static const QStringList relations = {u"户主"_s, u"配偶"_s, u"子"_s, u"女"_s};
    static const QStringList tags = {QString(), QString(), QString(), u"党员"_s, u"独居老人"_s, u"志愿者、党员"_s};
    QRandomGenerator rng(20261129);
    for (int i = 0; i < rows; ++i) {
        const lxw_row_t r = lxw_row_t(3 + i);
        const int room = i / 4;
        const QString name = surnames.at(rng.bounded(int(surnames.size()))) + given.at(rng.bounded(int(given.size())))
                             + (rng.bounded(2) ? given.at(rng.bounded(int(given.size()))) : QString());
        static const QStringList prefixes = {u"135"_s, u"138"_s, u"139"_s, u"150"_s, u"158"_s, u"186"_s, u"177"_s};
        const QString phone = prefixes.at(rng.bounded(int(prefixes.size())))
                              + QString::number(rng.bounded(100000000)).rightJustified(8, u'0');
        const QStringList cells = {QString::number(i + 1),
                                   name,
                                   idFor(i, rng),
                                   phone,
                                   QString::number(room / 240 + 1),
                                   QString::number(room / 40 % 6 + 1),
                                   QString::number((room % 40) / 2 + 1) + (room % 2 ? u"02"_s : u"01"_s),
                                   relations.at(i % 4),
                                   tags.at(rng.bounded(int(tags.size())))};
        for (int c = 0; c < cells.size(); ++c)
            worksheet_write_string(ws, r, lxw_col_t(c), cells.at(c).toUtf8().constData(), nullptr);
    }
    if (workbook_close(wb) != LXW_NO_ERROR)
        return {};
    return path;
}

// The CLI's path from a file to importer rows.
QList<Registry::ImportRow> readRows(const QString &path)
{
    auto sheet = Tabular::readFile(path);
    if (!sheet)
        return {};
    QList<Tabular::ColumnSpec> specs;
    for (const auto &[key, names] : Registry::importColumnNames())
        specs.append({key, names, key == u"name"});
    auto table = Tabular::findHeader(*sheet, specs);
    if (!table)
        return {};
    QList<Registry::ImportRow> rows;
    rows.reserve(table->rows().size());
    for (const Tabular::SheetRow &r : table->rows()) {
        Registry::ImportRow row;
        row.row = r.number;
        for (const auto &[key, names] : Registry::importColumnNames()) {
            const QString v = table->value(r, key);
            if (!v.isEmpty())
                row.cells.insert(key, v);
        }
        rows.append(row);
    }
    return rows;
}

void BM_ImportXlsx(benchmark::State &state)
{
    const int n = int(state.range(0));
    const QString workbook = makeWorkbook(n);
    if (workbook.isEmpty()) {
        state.SkipWithError("could not write the workbook");
        return;
    }
    QList<Storage::Migration> migrations = Staff::staffMigrations();
    migrations += Registry::registryMigrations();
    double readSeconds = 0;
    double writeSeconds = 0;
    int iteration = 0;
    QString recoveryKey;
    for (auto _ : state) {
        state.PauseTiming();
        const QString db = benchDir() + u"/bench-import-%1.linli"_s.arg(++iteration);
        QFile::remove(db);
        QFile::remove(db + u".keys"_s);
        QFile::remove(db + u"-wal"_s);
        auto created = Staff::createDatabase(db, u"admin"_s, u"Bench-pass-1"_s, u"幸福里社区"_s, migrations,
                                             Core::Clock::system(), &recoveryKey);
        if (!created) {
            state.SkipWithError("could not create the database");
            return;
        }
        std::optional<Staff::Session> session(std::move(*created));
        state.ResumeTiming();
        QElapsedTimer timer;
        timer.start();
        const QList<Registry::ImportRow> rows = readRows(workbook);
        readSeconds += double(timer.nsecsElapsed()) / 1e9;
        timer.restart();
        Registry::ImportOptions options;
        options.compoundName = u"幸福里"_s;
        options.sourceName = u"bench.xlsx"_s;
        auto result = Registry::ResidentImporter(*session->store, session->actor).run(rows, options);
        writeSeconds += double(timer.nsecsElapsed()) / 1e9;
        if (!result || !result->written || result->imported != n) {
            state.SkipWithError(result ? "not every row was imported" : "the import failed");
            return;
        }
        state.PauseTiming();
        session.reset();
        QFile::remove(db);
        QFile::remove(db + u".keys"_s);
        QFile::remove(db + u"-wal"_s);
        QFile::remove(db + u"-shm"_s);
        state.ResumeTiming();
    }
    state.counters[u"read_s"_s.toStdString()] = benchmark::Counter(readSeconds, benchmark::Counter::kAvgIterations);
    state.counters[u"validate_write_s"_s.toStdString()] =
        benchmark::Counter(writeSeconds, benchmark::Counter::kAvgIterations);
    state.SetItemsProcessed(state.iterations() * n);
}

} // namespace

BENCHMARK(BM_ImportXlsx)->Arg(100000)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

BENCHMARK_MAIN();
