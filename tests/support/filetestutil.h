#pragma once

// File helpers every test suite uses: hashes to prove a file was not touched, whole reads.

#include <QtCore/QByteArray>
#include <QtCore/QCryptographicHash>
#include <QtCore/QFile>
#include <QtCore/QString>

namespace Linli::TestSupport {

// SHA-256 of a file's bytes, or "<missing>" / "<unreadable>".
inline QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return QByteArrayLiteral("<missing>");
    if (!f.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<unreadable>");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline QByteArray fileHead(const QString &path, qint64 bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.read(bytes);
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size() && f.flush();
}

} // namespace Linli::TestSupport
