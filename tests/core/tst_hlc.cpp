// Invariant 3: every synced row carries a hybrid-logical-clock stamp; stamps only go forward
// and their text form sorts like the stamps themselves.
#include <core/clock.h>
#include <core/hlc.h>

#include <QtCore/QRandomGenerator>
#include <QtTest/QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using Linli::ErrorCode;
using Linli::Core::Hlc;
using Linli::Core::HlcClock;
using Linli::Core::ManualClock;

namespace {
constexpr qint64 T0 = 1'790'000'000'000;
constexpr qint64 Minute = 60'000;
} // namespace

class TestHlc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textForm();
    void nowFollowsThePhysicalClock();
    void nowIsMonotonicWhenTheClockGoesBackwards();
    void receiveRemoteAhead();
    void receiveRemoteBehind();
    void receivePhysicalAhead();
    void receiveEqualWalls();
    void receiveRefusesStampsTooFarAhead();
    void restoreNeverMovesBackwards();
    void stringOrderIsStampOrder();
    void logicalCounterOverflowKeepsOrder();
    void parseRoundTrip();
    void parseRefuses_data();
    void parseRefuses();
};

void TestHlc::textForm()
{
    QCOMPARE((Hlc{1'790'000'000'000, 3}.toString()), u"0001790000000000-000003"_s);
    QCOMPARE((Hlc{0, 0}.toString()), u"0000000000000000-000000"_s);
    QVERIFY(Hlc{}.isNull());
    QVERIFY(!(Hlc{1, 0}.isNull()));
}

void TestHlc::nowFollowsThePhysicalClock()
{
    ManualClock clock(T0);
    HlcClock hlc(clock);
    QCOMPARE(hlc.now(), (Hlc{T0, 0}));
    QCOMPARE(hlc.now(), (Hlc{T0, 1}));
    QCOMPARE(hlc.now(), (Hlc{T0, 2}));
    clock.advanceMs(5);
    QCOMPARE(hlc.now(), (Hlc{T0 + 5, 0}));
    QCOMPARE(hlc.last(), (Hlc{T0 + 5, 0}));
}

void TestHlc::nowIsMonotonicWhenTheClockGoesBackwards()
{
    ManualClock clock(T0);
    HlcClock hlc(clock);
    Hlc previous = hlc.now();
    // The office PC's clock is set back an hour, then creeps forward again.
    clock.setMs(T0 - 60 * Minute);
    for (int i = 0; i < 1000; ++i) {
        const Hlc h = hlc.now();
        QVERIFY(previous < h);
        QVERIFY(previous.toString() < h.toString());
        QCOMPARE(h.wallMs, T0); // the wall part never moves back
        previous = h;
        clock.advanceMs(1);
    }
    clock.setMs(T0 + 10);
    const Hlc after = hlc.now();
    QCOMPARE(after, (Hlc{T0 + 10, 0}));
    QVERIFY(previous < after);
}

void TestHlc::receiveRemoteAhead()
{
    ManualClock clock(T0);
    HlcClock hlc(clock);
    (void)hlc.now();
    const Hlc remote{T0 + 2 * Minute, 7};
    const auto merged = hlc.receive(remote);
    QVERIFY(merged.ok());
    QCOMPARE(*merged, (Hlc{T0 + 2 * Minute, 8}));
    QVERIFY(remote < *merged);
    QCOMPARE(hlc.last(), *merged);
    // The next local event comes after the received one although our clock is behind.
    const Hlc next = hlc.now();
    QCOMPARE(next, (Hlc{T0 + 2 * Minute, 9}));
}

void TestHlc::receiveRemoteBehind()
{
    ManualClock clock(T0);
    HlcClock hlc(clock);
    (void)hlc.now();
    (void)hlc.now();      // last = {T0, 1}
    clock.setMs(T0 - 10); // our clock stepped back meanwhile
    const auto merged = hlc.receive(Hlc{T0 - 5 * Minute, 42});
    QVERIFY(merged.ok());
    QCOMPARE(*merged, (Hlc{T0, 2}));
}

void TestHlc::receivePhysicalAhead()
{
    ManualClock clock(T0);
    HlcClock hlc(clock);
    (void)hlc.now();
    clock.advanceMs(1000);
    const auto merged = hlc.receive(Hlc{T0 + 500, 9});
    QVERIFY(merged.ok());
    QCOMPARE(*merged, (Hlc{T0 + 1000, 0}));
}

void TestHlc::receiveEqualWalls()
{
    ManualClock clock(T0);
    HlcClock hlc(clock);
    (void)hlc.now();
    (void)hlc.now();
    (void)hlc.now(); // last = {T0, 2}
    auto merged = hlc.receive(Hlc{T0, 5});
    QVERIFY(merged.ok());
    QCOMPARE(*merged, (Hlc{T0, 6}));
    merged = hlc.receive(Hlc{T0, 1});
    QVERIFY(merged.ok());
    QCOMPARE(*merged, (Hlc{T0, 7}));
}

void TestHlc::receiveRefusesStampsTooFarAhead()
{
    ManualClock clock(T0);
    HlcClock hlc(clock, 5 * Minute);
    const Hlc before = hlc.now();

    const auto refused = hlc.receive(Hlc{T0 + 5 * Minute + 1, 0});
    QVERIFY(!refused.ok());
    QVERIFY(!refused.error().message().isEmpty());
    QCOMPARE(refused.error().code(), ErrorCode::Conflict);
    QCOMPARE(hlc.last(), before); // a refused stamp does not drag our clock into the future
    QCOMPARE(hlc.now(), (Hlc{T0, 1}));

    const auto farFuture = hlc.receive(Hlc{T0 + 365LL * 24 * 60 * Minute, 0});
    QVERIFY(!farFuture.ok());

    // Exactly at the limit is still accepted.
    const auto edge = hlc.receive(Hlc{T0 + 5 * Minute, 0});
    QVERIFY(edge.ok());
    QCOMPARE(*edge, (Hlc{T0 + 5 * Minute, 1}));

    // The default limit is five minutes.
    HlcClock defaults(clock);
    QVERIFY(!defaults.receive(Hlc{T0 + HlcClock::DefaultMaxSkewMs + 1, 0}).ok());
    QVERIFY(defaults.receive(Hlc{T0 + HlcClock::DefaultMaxSkewMs - 1, 0}).ok());
}

void TestHlc::restoreNeverMovesBackwards()
{
    ManualClock clock(T0);
    HlcClock hlc(clock);
    hlc.restore(Hlc{T0 + Minute, 3});
    QCOMPARE(hlc.now(), (Hlc{T0 + Minute, 4}));
    hlc.restore(Hlc{T0 - Minute, 0});
    QCOMPARE(hlc.last(), (Hlc{T0 + Minute, 4}));
}

void TestHlc::stringOrderIsStampOrder()
{
    QList<Hlc> stamps = {{1, 0},
                         {9, 0},
                         {10, 0},
                         {T0, 9},
                         {T0, 10},
                         {T0, 99},
                         {T0, 100},
                         {T0, 999999},
                         {T0 + 1, 0},
                         {999'999'999'999'999, 0},
                         {1'000'000'000'000'000, 0}};
    auto *rng = QRandomGenerator::global();
    for (int i = 0; i < 2000; ++i)
        stamps.append(Hlc{T0 + rng->bounded(qint64(0), qint64(100'000)), quint32(rng->bounded(1'000'000))});
    for (const Hlc &a : std::as_const(stamps)) {
        QCOMPARE(a.toString().size(), 23);
    }
    for (qsizetype i = 0; i + 1 < stamps.size(); ++i) {
        const Hlc &a = stamps.at(i);
        const Hlc &b = stamps.at(i + 1);
        QCOMPARE(a < b, a.toString() < b.toString());
        QCOMPARE(a == b, a.toString() == b.toString());
    }
    QList<Hlc> byStamp = stamps;
    std::sort(byStamp.begin(), byStamp.end());
    QStringList byText;
    for (const Hlc &h : std::as_const(stamps))
        byText.append(h.toString());
    byText.sort();
    for (qsizetype i = 0; i < byStamp.size(); ++i)
        QCOMPARE(byText.at(i), byStamp.at(i).toString());
}

void TestHlc::logicalCounterOverflowKeepsOrder()
{
    // The text form has six digits for the counter. With the clock stuck (or set back) during a
    // big import, a million local events must not produce a seven-digit counter, which would
    // sort before "999999" and not parse back.
    ManualClock clock(T0);
    HlcClock hlc(clock);
    hlc.restore(Hlc{T0, 999'998});
    Hlc previous = hlc.last();
    for (int i = 0; i < 5; ++i) {
        const Hlc h = hlc.now();
        QVERIFY(previous < h);
        QVERIFY2(previous.toString() < h.toString(), qPrintable(previous.toString() + u" !< "_s + h.toString()));
        const auto parsed = Hlc::parse(h.toString());
        QVERIFY2(parsed.ok(), qPrintable(h.toString()));
        QCOMPARE(*parsed, h);
        previous = h;
    }

    // The same for a received stamp whose counter is already at the top.
    HlcClock other(clock);
    const auto merged = other.receive(Hlc{T0 + 1, 999'999});
    QVERIFY(merged.ok());
    QVERIFY((Hlc{T0 + 1, 999'999}) < *merged);
    QVERIFY(u"0001790000000001-999999"_s < merged->toString());
    QVERIFY(Hlc::parse(merged->toString()).ok());
}

void TestHlc::parseRoundTrip()
{
    for (const Hlc h : {Hlc{T0, 0}, Hlc{T0, 123}, Hlc{1, 999'999}, Hlc{0, 0}}) {
        const auto p = Hlc::parse(h.toString());
        QVERIFY(p.ok());
        QCOMPARE(*p, h);
        QCOMPARE(p->toString(), h.toString());
    }
}

void TestHlc::parseRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("garbage") << u"not a stamp"_s;
    QTest::newRow("no dash") << u"0001790000000000_000003"_s;
    QTest::newRow("short wall") << u"001790000000000-0000003"_s;
    QTest::newRow("short counter") << u"0001790000000000-00003"_s;
    QTest::newRow("long counter") << u"0001790000000000-0000003"_s;
    QTest::newRow("letter in wall") << u"000179000000000x-000003"_s;
    QTest::newRow("letter in counter") << u"0001790000000000-00000x"_s;
    QTest::newRow("negative wall") << u"-001790000000000-000003"_s;
    QTest::newRow("plus in wall") << u"+001790000000000-000003"_s;
    QTest::newRow("space in wall") << u" 001790000000000-000003"_s;
    QTest::newRow("plus in counter") << u"0001790000000000-+00003"_s;
    QTest::newRow("space in counter") << u"0001790000000000- 00003"_s;
    QTest::newRow("full-width digits") << u"０００1790000000000-000003"_s;
}

void TestHlc::parseRefuses()
{
    QFETCH(QString, text);
    const auto p = Hlc::parse(text);
    QVERIFY2(!p.ok(), qPrintable(p.ok() ? p->toString() : QString()));
    QCOMPARE(p.error().code(), ErrorCode::InvalidInput);
    QVERIFY(!p.error().message().isEmpty());
}

QTEST_GUILESS_MAIN(TestHlc)
#include "tst_hlc.moc"
