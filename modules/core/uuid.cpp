#include "uuid.h"

#include "clock.h"
#include "coretr.h"

#include <QtCore/QMutex>
#include <QtCore/QRandomGenerator>

namespace Linli::Core {

Uuid Uuid::create(const Clock &clock)
{
    // Within one millisecond the 12-bit rand_a field counts up, so ids made in a burst on one
    // device still sort in creation order (RFC 9562, method 1).
    static QMutex mutex;
    static qint64 lastMs = -1;
    static quint16 sequence = 0;

    qint64 ms = clock.nowMs();
    quint16 seq = 0;
    {
        QMutexLocker lock(&mutex);
        if (ms <= lastMs) {
            ms = lastMs;
            if (++sequence > 0x0FFF) {
                ++ms; // borrow the next millisecond rather than repeat an id
                sequence = 0;
            }
        } else {
            sequence = quint16(QRandomGenerator::system()->bounded(0x0400));
        }
        lastMs = ms;
        seq = sequence;
    }

    // The random tail comes from a per-thread generator seeded from the system source: reading
    // the system source for every id (RDRAND, which traps in virtual machines) was the single
    // largest cost of a bulk import.
    thread_local QRandomGenerator random = QRandomGenerator::securelySeeded();
    QByteArray b(16, '\0');
    const quint64 tail = random.generate64();
    for (int i = 0; i < 8; ++i)
        b[8 + i] = char((tail >> (8 * i)) & 0xFF);
    for (int i = 0; i < 6; ++i)
        b[i] = char((quint64(ms) >> (8 * (5 - i))) & 0xFF);
    b[6] = char(0x70 | ((seq >> 8) & 0x0F));
    b[7] = char(seq & 0xFF);
    b[8] = char((quint8(b[8]) & 0x3F) | 0x80); // RFC 4122 variant
    Uuid u;
    u.m_bytes = b;
    return u;
}

Result<Uuid> Uuid::parse(const QString &text)
{
    const QString t = text.trimmed().toLower();
    static const int dashes[] = {8, 13, 18, 23};
    if (t.size() != 36)
        return Error(ErrorCode::InvalidInput, Tr::tr("\"%1\" is not a valid identifier.").arg(text));
    QByteArray hex;
    for (int i = 0; i < 36; ++i) {
        const QChar c = t.at(i);
        const bool dashPos = std::find(std::begin(dashes), std::end(dashes), i) != std::end(dashes);
        if (dashPos) {
            if (c != u'-')
                return Error(ErrorCode::InvalidInput, Tr::tr("\"%1\" is not a valid identifier.").arg(text));
            continue;
        }
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return Error(ErrorCode::InvalidInput, Tr::tr("\"%1\" is not a valid identifier.").arg(text));
        hex.append(char(c.unicode()));
    }
    Uuid u;
    u.m_bytes = QByteArray::fromHex(hex);
    return u;
}

QString Uuid::toString() const
{
    if (isNull())
        return {};
    const QByteArray h = m_bytes.toHex();
    return QString::fromLatin1(h.left(8) + '-' + h.mid(8, 4) + '-' + h.mid(12, 4) + '-' + h.mid(16, 4) + '-'
                               + h.mid(20));
}

int Uuid::version() const
{
    return isNull() ? 0 : (quint8(m_bytes.at(6)) >> 4);
}

qint64 Uuid::timestampMs() const
{
    if (isNull())
        return 0;
    qint64 ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | quint8(m_bytes.at(i));
    return ms;
}

} // namespace Linli::Core
