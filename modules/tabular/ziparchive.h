#pragma once

#include <QtCore/QHash>
#include <QtCore/QIODevice>
#include <QtCore/QString>

#include <memory>
#include <optional>

namespace Linli::Tabular {

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
    // The uncompressed part as a read-only device; null when missing, damaged or larger than
    // maxBytes (a guard against zip bombs).
    std::unique_ptr<QIODevice> openPart(const QString &name, qint64 maxBytes = 512ll * 1024 * 1024) const;

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
