#pragma once

#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QIODevice>
#include <QtCore/QString>

#include <memory>
#include <optional>

#include <zlib.h>

namespace Linli::Tabular {

// One part of the archive, inflated while it is read: a part of any size costs a few hundred
// kilobytes, where inflating it whole had cost its full size (a 3 KB file can hold 500 MB).
// Sequential; a read fails (-1) when the data is damaged or longer than the directory says.
class ZipPart : public QIODevice
{
public:
    ZipPart(const QString &path, qint64 dataOffset, quint16 method, qint64 compressedSize, qint64 size, quint32 crc);
    ~ZipPart() override;

    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_finished && QIODevice::atEnd(); }
    // Reads what is left and says whether the whole part was intact (its size and CRC-32 agree).
    bool verify();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 fail();

    QFile m_file;
    quint16 m_method = 0;
    qint64 m_compressedLeft = 0;
    qint64 m_size = 0;
    qint64 m_produced = 0;
    quint32 m_expectedCrc = 0;
    quint32 m_crc = 0;
    z_stream m_zlib{};
    bool m_zlibOpen = false;
    bool m_finished = false;
    bool m_failed = false;
    QByteArray m_input;
};

// Just enough of the ZIP format to read an XLSX package: the central directory, stored and
// deflated entries (zlib). Written here rather than using QuaZip because QuaZip and
// libxlsxwriter (used for XLSX output) both export minizip's symbols: in one process one
// library's zipOpen3() ends up calling the other's and crashes.
class ZipArchive
{
public:
    // Null when the file is not a readable ZIP (no central directory, ZIP64, truncated).
    static std::optional<ZipArchive> open(const QString &path);

    bool contains(const QString &name) const;
    // The part as a stream; null when missing, of an unknown method or larger than maxBytes
    // (a guard against zip bombs).
    std::unique_ptr<ZipPart> openPart(const QString &name, qint64 maxBytes = 512ll * 1024 * 1024) const;

private:
    struct Entry
    {
        quint16 method = 0;
        quint32 crc = 0;
        qint64 compressedSize = 0;
        qint64 size = 0;
        qint64 localHeaderOffset = 0;
    };
    QString m_path;
    QHash<QString, Entry> m_entries; // by lower-case name
};

} // namespace Linli::Tabular
