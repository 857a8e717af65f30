// Invariant 3: synced rows get device-made, time-ordered UUIDv7 keys.
#include <core/clock.h>
#include <core/uuid.h>

#include <QtCore/QDateTime>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtTest/QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using Linli::ErrorCode;
using Linli::Core::ManualClock;
using Linli::Core::Uuid;

// Uuid::create keeps its "last millisecond" per process so that ids never go backwards; each
// test therefore uses clock values later than any earlier test (Base + n days), and the test
// with the system clock runs first.
namespace {
constexpr qint64 Day = 86'400'000;
const qint64 Base = std::max<qint64>(1'800'000'000'000, QDateTime::currentMSecsSinceEpoch() + 30 * Day);
} // namespace

class TestUuid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstIsUniqueAndIncreasing();
    void versionAndVariant();
    void timestampMatchesClock();
    void formatParseRoundTrip();
    void parseAcceptsUpperCaseAndSpaces();
    void parseRefuses_data();
    void parseRefuses();
    void burstWithStoppedClockIsUniqueAndIncreasing();
    void clockGoingBackwardsStillIncreases();
    void nullUuid();
};

void TestUuid::versionAndVariant()
{
    ManualClock clock(Base);
    const Uuid u = Uuid::create(clock);
    QVERIFY(!u.isNull());
    QCOMPARE(u.bytes().size(), 16);
    QCOMPARE(u.version(), 7);
    QCOMPARE(quint8(u.bytes().at(6)) >> 4, 7);
    QCOMPARE(quint8(u.bytes().at(8)) & 0xC0, 0x80); // RFC 9562 variant bits 10
    static const QRegularExpression canonical(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
    QVERIFY2(canonical.match(u.toString()).hasMatch(), qPrintable(u.toString()));
}

void TestUuid::timestampMatchesClock()
{
    ManualClock clock(Base + 1 * Day + 12'345);
    const Uuid a = Uuid::create(clock);
    QCOMPARE(a.timestampMs(), clock.nowMs());
    // The first 12 hex digits are the milliseconds, big-endian.
    QCOMPARE(a.toString().left(8) + a.toString().mid(9, 4),
             QString::number(clock.nowMs(), 16).rightJustified(12, u'0'));

    clock.advanceMs(1000);
    const Uuid b = Uuid::create(clock);
    QCOMPARE(b.timestampMs(), clock.nowMs());
    QVERIFY(a < b);
}

void TestUuid::formatParseRoundTrip()
{
    ManualClock clock(Base + 2 * Day);
    for (int i = 0; i < 100; ++i) {
        const Uuid u = Uuid::create(clock);
        clock.advanceMs(7);
        const auto parsed = Uuid::parse(u.toString());
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed, u);
        QCOMPARE(parsed->toString(), u.toString());
        QCOMPARE(parsed->version(), 7);
        QCOMPARE(parsed->timestampMs(), u.timestampMs());
    }
    const QString fixed = u"0192f0c4-8a3e-7b12-9c4d-5e6f7a8b9c0d"_s;
    const auto p = Uuid::parse(fixed);
    QVERIFY(p.ok());
    QCOMPARE(p->toString(), fixed);
    QCOMPARE(p->bytes(), QByteArray::fromHex("0192f0c48a3e7b129c4d5e6f7a8b9c0d"));
    QCOMPARE(p->timestampMs(), qint64(0x0192f0c48a3e));
}

void TestUuid::parseAcceptsUpperCaseAndSpaces()
{
    const auto p = Uuid::parse(u"  0192F0C4-8A3E-7B12-9C4D-5E6F7A8B9C0D \n"_s);
    QVERIFY(p.ok());
    QCOMPARE(p->toString(), u"0192f0c4-8a3e-7b12-9c4d-5e6f7a8b9c0d"_s);
}

void TestUuid::parseRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("no dashes") << u"0192f0c48a3e7b129c4d5e6f7a8b9c0d"_s;
    QTest::newRow("braces") << u"{0192f0c4-8a3e-7b12-9c4d-5e6f7a8b9c0d}"_s;
    QTest::newRow("too short") << u"0192f0c4-8a3e-7b12-9c4d-5e6f7a8b9c0"_s;
    QTest::newRow("too long") << u"0192f0c4-8a3e-7b12-9c4d-5e6f7a8b9c0dd"_s;
    QTest::newRow("non-hex") << u"0192f0c4-8a3e-7b12-9c4d-5e6f7a8b9c0g"_s;
    QTest::newRow("dash misplaced") << u"0192f0c48-a3e-7b12-9c4d-5e6f7a8b9c0d"_s;
    QTest::newRow("full-width digit") << u"０192f0c4-8a3e-7b12-9c4d-5e6f7a8b9c0d"_s;
}

void TestUuid::parseRefuses()
{
    QFETCH(QString, text);
    const auto p = Uuid::parse(text);
    QVERIFY(!p.ok());
    QCOMPARE(p.error().code(), ErrorCode::InvalidInput);
    QVERIFY(!p.error().message().isEmpty());
}

void TestUuid::burstIsUniqueAndIncreasing()
{
    // The system clock (first test, so no earlier id lies in its future): many ids fall into
    // the same millisecond and must still sort in creation order.
    QStringList ids;
    ids.reserve(10'000);
    for (int i = 0; i < 10'000; ++i)
        ids.append(Uuid::create(Linli::Core::Clock::system()).toString());
    QSet<QString> unique(ids.cbegin(), ids.cend());
    QCOMPARE(unique.size(), ids.size());
    for (qsizetype i = 1; i < ids.size(); ++i)
        QVERIFY2(ids.at(i - 1) < ids.at(i), qPrintable(ids.at(i - 1) + u" !< "_s + ids.at(i)));
}

void TestUuid::burstWithStoppedClockIsUniqueAndIncreasing()
{
    // A clock that does not move at all: the 12-bit counter runs out and ids borrow the next
    // milliseconds rather than repeat or go backwards.
    ManualClock clock(Base + 3 * Day);
    QList<Uuid> ids;
    ids.reserve(10'000);
    for (int i = 0; i < 10'000; ++i)
        ids.append(Uuid::create(clock));
    QSet<QString> unique;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        unique.insert(ids.at(i).toString());
        QCOMPARE(ids.at(i).version(), 7);
        if (i > 0) {
            QVERIFY(ids.at(i - 1) < ids.at(i));
            QVERIFY(ids.at(i - 1).toString() < ids.at(i).toString());
        }
    }
    QCOMPARE(unique.size(), ids.size());
    QCOMPARE(ids.first().timestampMs(), clock.nowMs());
    // At least 3072 ids fit in one millisecond, so 10k borrow only a few milliseconds.
    QVERIFY(ids.last().timestampMs() > clock.nowMs());
    QVERIFY(ids.last().timestampMs() <= clock.nowMs() + 4);
}

void TestUuid::clockGoingBackwardsStillIncreases()
{
    ManualClock clock(Base + 5 * Day);
    const Uuid a = Uuid::create(clock);
    clock.setMs(Base + 4 * Day); // an NTP correction moved the clock back a day
    const Uuid b = Uuid::create(clock);
    QVERIFY(a < b);
    QVERIFY(a.toString() < b.toString());
    QCOMPARE(b.timestampMs(), a.timestampMs());
}

void TestUuid::nullUuid()
{
    const Uuid u;
    QVERIFY(u.isNull());
    QCOMPARE(u.version(), 0);
    QCOMPARE(u.timestampMs(), 0);
    QVERIFY(u.toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestUuid)
#include "tst_uuid.moc"
