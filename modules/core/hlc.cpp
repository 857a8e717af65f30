#include "hlc.h"

#include "clock.h"
#include "coretr.h"

#include <algorithm>

namespace Linli::Core {

namespace {

// The text form has six counter digits; past this the stamp moves to the next millisecond so
// that the text still sorts like the stamp and parses back.
constexpr quint32 MaxLogical = 999'999;

Hlc advanced(qint64 wallMs, quint32 logical)
{
    if (logical > MaxLogical)
        return Hlc{wallMs + 1, 0};
    return Hlc{wallMs, logical};
}

bool allDigits(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

QString Hlc::toString() const
{
    return QStringLiteral("%1-%2").arg(wallMs, 16, 10, QChar(u'0')).arg(logical, 6, 10, QChar(u'0'));
}

Result<Hlc> Hlc::parse(const QString &text)
{
    const auto bad = [&] {
        return Error(ErrorCode::InvalidInput, Tr::tr("\"%1\" is not a valid clock stamp.").arg(text));
    };
    // Digits only: toLongLong() alone would also take signs and spaces, and a second spelling
    // of a stamp would not sort like it.
    if (text.size() != 23 || text.at(16) != u'-' || !allDigits(QStringView(text).left(16))
        || !allDigits(QStringView(text).mid(17)))
        return bad();
    bool okWall = false;
    bool okLogical = false;
    Hlc h;
    h.wallMs = text.left(16).toLongLong(&okWall);
    h.logical = text.mid(17).toUInt(&okLogical);
    if (!okWall || !okLogical || h.wallMs < 0)
        return bad();
    return h;
}

HlcClock::HlcClock(const Clock &clock, qint64 maxSkewMs) : m_clock(clock), m_maxSkewMs(maxSkewMs) {}

Hlc HlcClock::now()
{
    const qint64 physical = m_clock.nowMs();
    if (physical > m_last.wallMs) {
        m_last = Hlc{physical, 0};
    } else {
        m_last = advanced(m_last.wallMs, m_last.logical + 1);
    }
    return m_last;
}

Result<Hlc> HlcClock::receive(const Hlc &remote)
{
    const qint64 physical = m_clock.nowMs();
    if (remote.wallMs - physical > m_maxSkewMs) {
        return Error(ErrorCode::Conflict,
                     Tr::tr("A change is stamped %1 minutes in the future; a computer clock is wrong. "
                            "Check the date and time settings.")
                         .arg((remote.wallMs - physical) / 60000));
    }
    const qint64 wall = std::max({m_last.wallMs, remote.wallMs, physical});
    quint32 logical = 0;
    if (wall == m_last.wallMs && wall == remote.wallMs)
        logical = std::max(m_last.logical, remote.logical) + 1;
    else if (wall == m_last.wallMs)
        logical = m_last.logical + 1;
    else if (wall == remote.wallMs)
        logical = remote.logical + 1;
    m_last = advanced(wall, logical);
    return m_last;
}

void HlcClock::restore(const Hlc &last)
{
    if (last > m_last)
        m_last = last;
}

} // namespace Linli::Core
