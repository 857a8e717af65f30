#pragma once

#include "result.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>

namespace Linli::Core {

class Clock;

// A device-made, time-ordered identifier (RFC 9562 UUID version 7): 48 bits of Unix
// milliseconds, then random bits. Sorting the text form sorts by creation time.
class Uuid
{
public:
    Uuid() = default;
    static Uuid create(const Clock &clock);
    // Accepts the canonical 36-character form, any case.
    static Result<Uuid> parse(const QString &text);

    bool isNull() const { return m_bytes.isEmpty(); }
    // Lower-case canonical form, e.g. "0192f0c4-8a3e-7b12-9c4d-5e6f7a8b9c0d".
    QString toString() const;
    QByteArray bytes() const { return m_bytes; }
    int version() const;
    qint64 timestampMs() const;

    friend bool operator==(const Uuid &a, const Uuid &b) { return a.m_bytes == b.m_bytes; }
    friend bool operator<(const Uuid &a, const Uuid &b) { return a.m_bytes < b.m_bytes; }

private:
    QByteArray m_bytes; // 16 bytes or empty
};

} // namespace Linli::Core
