#include "ziparchive.h"

#include <QtCore/QFile>
#include <QtCore/QtEndian>

namespace Linli::Tabular {

namespace {

quint16 u16(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint16>(b.constData() + at);
}

quint32 u32(const QByteArray &b, qsizetype at)
{
    return qFromLittleEndian<quint32>(b.constData() + at);
}

} // namespace

std::optional<ZipArchive> ZipArchive::open(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() < 22)
        return std::nullopt;
    // The end-of-central-directory record is in the last 22 + 65535 (comment) bytes.
    const qint64 tailSize = std::min<qint64>(file.size(), 22 + 65535);
    file.seek(file.size() - tailSize);
    const QByteArray tail = file.read(tailSize);
    qsizetype eocd = -1;
    for (qsizetype i = tail.size() - 22; i >= 0; --i) {
        if (u32(tail, i) == 0x06054b50) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        return std::nullopt;
    const quint16 count = u16(tail, eocd + 10);
    const quint32 dirSize = u32(tail, eocd + 12);
    const quint32 dirOffset = u32(tail, eocd + 16);
    if (dirOffset == 0xFFFFFFFF || count == 0xFFFF || qint64(dirOffset) + dirSize > file.size())
        return std::nullopt; // ZIP64 or damaged
    file.seek(dirOffset);
    const QByteArray dir = file.read(dirSize);
    if (dir.size() != qsizetype(dirSize))
        return std::nullopt;

    ZipArchive zip;
    zip.m_path = path;
    qsizetype at = 0;
    for (int i = 0; i < count; ++i) {
        if (at + 46 > dir.size() || u32(dir, at) != 0x02014b50)
            return std::nullopt;
        Entry e;
        e.method = u16(dir, at + 10);
        e.crc = u32(dir, at + 16);
        e.compressedSize = u32(dir, at + 20);
        e.size = u32(dir, at + 24);
        const quint16 nameLength = u16(dir, at + 28);
        const quint16 extraLength = u16(dir, at + 30);
        const quint16 commentLength = u16(dir, at + 32);
        e.localHeaderOffset = u32(dir, at + 42);
        if (at + 46 + nameLength > dir.size())
            return std::nullopt;
        const QString name = QString::fromUtf8(dir.mid(at + 46, nameLength));
        zip.m_entries.insert(name.toLower(), e);
        at += 46 + nameLength + extraLength + commentLength;
    }
    return zip;
}

bool ZipArchive::contains(const QString &name) const
{
    return m_entries.contains(name.toLower());
}

std::unique_ptr<ZipPart> ZipArchive::openPart(const QString &name, qint64 maxBytes) const
{
    const auto it = m_entries.constFind(name.toLower());
    if (it == m_entries.cend() || it->size > maxBytes || (it->method != 0 && it->method != 8))
        return nullptr;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(it->localHeaderOffset))
        return nullptr;
    const QByteArray local = file.read(30);
    if (local.size() != 30 || u32(local, 0) != 0x04034b50)
        return nullptr;
    const qint64 dataOffset = it->localHeaderOffset + 30 + u16(local, 26) + u16(local, 28);
    if (dataOffset + it->compressedSize > file.size())
        return nullptr;
    auto part = std::make_unique<ZipPart>(m_path, dataOffset, it->method, it->compressedSize, it->size, it->crc);
    if (!part->isOpen())
        return nullptr;
    return part;
}

ZipPart::ZipPart(const QString &path, qint64 dataOffset, quint16 method, qint64 compressedSize, qint64 size,
                 quint32 crc)
    : m_file(path), m_method(method), m_compressedLeft(compressedSize), m_size(size), m_expectedCrc(crc),
      m_crc(quint32(crc32(0, nullptr, 0)))
{
    if (!m_file.open(QIODevice::ReadOnly) || !m_file.seek(dataOffset))
        return;
    if (m_method == 8) {
        if (inflateInit2(&m_zlib, -MAX_WBITS) != Z_OK)
            return;
        m_zlibOpen = true;
    }
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

ZipPart::~ZipPart()
{
    if (m_zlibOpen)
        inflateEnd(&m_zlib);
}

qint64 ZipPart::fail()
{
    m_failed = true;
    m_finished = true;
    setErrorString(QStringLiteral("damaged ZIP entry"));
    return -1;
}

qint64 ZipPart::readData(char *data, qint64 maxSize)
{
    if (m_failed)
        return -1;
    if (m_finished || maxSize <= 0)
        return 0;
    maxSize = std::min<qint64>(maxSize, 1 << 20);
    qint64 produced = 0;
    if (m_method == 0) {
        produced = m_file.read(data, std::min(maxSize, m_compressedLeft));
        if (produced < 0 || (produced == 0 && m_compressedLeft > 0))
            return fail();
        m_compressedLeft -= produced;
    } else {
        m_zlib.next_out = reinterpret_cast<Bytef *>(data);
        m_zlib.avail_out = uInt(maxSize);
        while (m_zlib.avail_out == uInt(maxSize)) {
            if (m_zlib.avail_in == 0 && m_compressedLeft > 0) {
                m_input = m_file.read(std::min<qint64>(m_compressedLeft, 64 * 1024));
                if (m_input.isEmpty())
                    return fail();
                m_compressedLeft -= m_input.size();
                m_zlib.next_in = reinterpret_cast<Bytef *>(m_input.data());
                m_zlib.avail_in = uInt(m_input.size());
            }
            const int rc = inflate(&m_zlib, Z_NO_FLUSH);
            if (rc == Z_STREAM_END) {
                m_finished = true;
                break;
            }
            if (rc != Z_OK || (m_zlib.avail_in == 0 && m_compressedLeft == 0 && m_zlib.avail_out == uInt(maxSize)))
                return fail();
        }
        produced = maxSize - m_zlib.avail_out;
    }
    m_produced += produced;
    if (m_produced > m_size)
        return fail(); // more than the directory says: a lie or damage, either way not read on
    m_crc = quint32(crc32(m_crc, reinterpret_cast<const Bytef *>(data), uInt(produced)));
    if (m_method == 0 && m_compressedLeft == 0)
        m_finished = true;
    if (m_finished && (m_produced != m_size || m_crc != m_expectedCrc))
        return fail();
    return produced;
}

bool ZipPart::verify()
{
    char buffer[16 * 1024];
    while (!m_finished) {
        if (read(buffer, sizeof buffer) < 0)
            return false;
    }
    return !m_failed;
}

} // namespace Linli::Tabular
