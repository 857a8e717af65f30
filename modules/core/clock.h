#pragma once

#include <QtCore/QDateTime>

namespace Linli::Core {

// Source of "now" for every service, so tests can move time.
class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch, UTC.
    virtual qint64 nowMs() const = 0;
    QDateTime nowUtc() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }

    // The process-wide system clock.
    static Clock &system();
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

// A clock tests set and advance by hand.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'790'000'000'000) : m_now(startMs) {}
    qint64 nowMs() const override { return m_now; }
    void setMs(qint64 ms) { m_now = ms; }
    void advanceMs(qint64 ms) { m_now += ms; }

private:
    qint64 m_now;
};

} // namespace Linli::Core
