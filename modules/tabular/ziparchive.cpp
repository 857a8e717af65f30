#include "ziparchive.h"

#include <QtCore/QBuffer>
#include <QtCore/QFile>
#include <QtCore/QtEndian>

#include <zlib.h>

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

std::unique_ptr<QIODevice> ZipArchive::openPart(const QString &name, qint64 maxBytes) const
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
    if (!file.seek(it->localHeaderOffset + 30 + u16(local, 26) + u16(local, 28)))
        return nullptr;
    const QByteArray compressed = file.read(it->compressedSize);
    if (compressed.size() != it->compressedSize)
        return nullptr;

    QByteArray data;
    if (it->method == 0) {
        data = compressed;
    } else {
        data.resize(it->size);
        z_stream z{};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
            return nullptr;
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
        z.avail_in = uInt(compressed.size());
        z.next_out = reinterpret_cast<Bytef *>(data.data());
        z.avail_out = uInt(data.size());
        const int rc = inflate(&z, Z_FINISH);
        const bool complete = rc == Z_STREAM_END && qint64(z.total_out) == it->size;
        inflateEnd(&z);
        if (!complete)
            return nullptr;
    }
    if (crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())) != it->crc)
        return nullptr;
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    return buffer;
}

} // namespace Linli::Tabular
