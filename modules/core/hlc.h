#pragma once

#include "result.h"

#include <QtCore/QString>

namespace Linli::Core {

class Clock;

// A hybrid logical clock stamp: physical milliseconds plus a logical counter. Stamps compare
// in causal order even when device clocks drift a little; the text form sorts the same way.
struct Hlc
{
    qint64 wallMs = 0;
    quint32 logical = 0;

    bool isNull() const { return wallMs == 0 && logical == 0; }
    // Fixed width, e.g. "0001790000000000-000003", so text order is time order.
    QString toString() const;
    static Result<Hlc> parse(const QString &text);

    friend bool operator==(const Hlc &a, const Hlc &b) = default;
    friend auto operator<=>(const Hlc &a, const Hlc &b) = default;
};

// Issues stamps for one device.
class HlcClock
{
public:
    // Remote stamps further ahead of our clock than this are refused (a wrong PC clock).
    static constexpr qint64 DefaultMaxSkewMs = 5 * 60 * 1000;

    explicit HlcClock(const Clock &clock, qint64 maxSkewMs = DefaultMaxSkewMs);

    // A stamp for a local event, greater than every stamp issued or received before.
    Hlc now();
    // Merges a stamp received from another device; refuses one too far in the future.
    Result<Hlc> receive(const Hlc &remote);
    Hlc last() const { return m_last; }
    // Continue after a stamp persisted earlier (on database open).
    void restore(const Hlc &last);

private:
    const Clock &m_clock;
    qint64 m_maxSkewMs;
    Hlc m_last;
};

} // namespace Linli::Core
