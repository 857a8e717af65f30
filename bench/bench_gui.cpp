// The desktop window on a big database (issue 3: "unlock to usable main window ≤ 1 s; GUI RSS
// ≤ 300 MB"). Signs in the way the login dialog does, builds and shows the main window and
// waits until it has painted; then opens the resident list, waits for its background load and
// scrolls it from top to bottom, and reports the memory the process holds.
//
//   LINLI_BENCH_DB=/path/big.linli LINLI_PASSWORD=… bench_gui [--benchmark_repetitions=3]
// (user "admin"; the database from `linli-cli init` + `demo-data --residents 200000`).
// Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
#include <homepage.h>
#include <i18n.h>
#include <logindialog.h>
#include <mainwindow.h>

#include <registry/ui/residentspage.h>
#include <uikit/fonts.h>

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QTableView>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;
using namespace Linli;

namespace {

// Resident and peak resident set size of this process, in MiB.
std::pair<double, double> memoryMiB()
{
    QFile status(u"/proc/self/status"_s);
    double rss = 0;
    double peak = 0;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            const auto kib = [&line] { return line.split(':').value(1).trimmed().split(' ').value(0).toDouble(); };
            if (line.startsWith("VmRSS:"))
                rss = kib() / 1024.0;
            else if (line.startsWith("VmHWM:"))
                peak = kib() / 1024.0;
        }
    }
    return {rss, peak};
}

void BM_UnlockToWindowAndList(benchmark::State &state)
{
    const QString db = qEnvironmentVariable("LINLI_BENCH_DB");
    const QString password = qEnvironmentVariable("LINLI_PASSWORD");
    if (db.isEmpty() || password.isEmpty()) {
        state.SkipWithError("set LINLI_BENCH_DB and LINLI_PASSWORD");
        return;
    }
    double windowMs = 0;
    double signIn = 0;
    double countsMs = 0;
    double built = 0;
    double listMs = 0;
    double scrollMs = 0;
    double slowestPage = 0;
    double p99Page = 0;
    qsizetype pages = 0;
    double rss = 0;
    double peak = 0;
    qsizetype rows = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        App::LoginDialog login(db);
        if (!login.signIn(u"admin"_s, password)) {
            state.SkipWithError("sign-in failed");
            return;
        }
        const double signInMs = double(timer.nsecsElapsed()) / 1e6;
        auto session = login.takeSession();
        if (!session) {
            state.SkipWithError("no session");
            return;
        }
        App::MainWindow window(std::move(*session));
        const double builtMs = double(timer.nsecsElapsed()) / 1e6;
        window.show();
        if (!QTest::qWaitForWindowExposed(&window)) {
            state.SkipWithError("the window was not shown");
            return;
        }
        QCoreApplication::processEvents(); // the first paint of the home page
        windowMs += double(timer.nsecsElapsed()) / 1e6;
        signIn += signInMs;
        built += builtMs;
        if (auto *home = window.findChild<App::HomePage *>())
            home->waitForCounts();
        countsMs += double(timer.nsecsElapsed()) / 1e6;

        window.showPage(u"registry.residents"_s);
        auto *page = window.findChild<Registry::ResidentsPage *>();
        if (!page || !page->waitForLoad(120000)) {
            state.SkipWithError("the resident list did not load");
            return;
        }
        QCoreApplication::processEvents();
        listMs += double(timer.nsecsElapsed()) / 1e6;
        rows = page->visibleCount();

        // Page down through the whole list, repainting each time.
        QElapsedTimer scrolling;
        scrolling.start();
        QScrollBar *bar = page->view()->verticalScrollBar();
        QList<double> steps;
        for (int v = 0; v <= bar->maximum(); v += bar->pageStep()) {
            QElapsedTimer step;
            step.start();
            bar->setValue(v);
            page->view()->viewport()->repaint();
            steps.append(double(step.nsecsElapsed()) / 1e6);
        }
        std::sort(steps.begin(), steps.end());
        if (!steps.isEmpty()) {
            slowestPage = std::max(slowestPage, steps.last());
            p99Page = std::max(p99Page, steps.at(qsizetype(double(steps.size() - 1) * 0.99)));
            pages = steps.size();
        }
        scrollMs += double(scrolling.nsecsElapsed()) / 1e6;
        const auto [now, high] = memoryMiB();
        rss = std::max(rss, now);
        peak = std::max(peak, high);
    }
    const double n = double(state.iterations());
    state.counters["window_ms"] = windowMs / n;
    state.counters["signed_in_ms"] = signIn / n;
    state.counters["home_counts_ms"] = countsMs / n;
    state.counters["window_built_ms"] = built / n;
    state.counters["list_loaded_ms"] = listMs / n;
    state.counters["scroll_all_ms"] = scrollMs / n;
    state.counters["pages"] = double(pages);
    state.counters["page_p99_ms"] = p99Page;
    state.counters["page_max_ms"] = slowestPage;
    state.counters["rows"] = double(rows);
    state.counters["rss_MiB"] = rss;
    state.counters["peak_rss_MiB"] = peak;
}

} // namespace

BENCHMARK(BM_UnlockToWindowAndList)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    I18n::install(app, u"zh_CN"_s);
    Ui::applyAppearance(app);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
