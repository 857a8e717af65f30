#pragma once

#include <QtCore/QByteArray>

namespace Linli::Storage {

// 32 secret bytes (the database key) kept in locked memory and wiped when released.
class SecretKey
{
public:
    static constexpr int Size = 32;

    SecretKey();
    ~SecretKey();
    SecretKey(const SecretKey &other);
    SecretKey &operator=(const SecretKey &other);

    static SecretKey random();
    static SecretKey fromBytes(const unsigned char *bytes);

    const unsigned char *data() const { return m_bytes; }
    unsigned char *data() { return m_bytes; }
    // "x'<64 hex>'" for PRAGMA key; the caller wipes the returned buffer.
    QByteArray sqlcipherLiteral() const;
    bool operator==(const SecretKey &other) const;

private:
    unsigned char *m_bytes;
};

// Makes sure libsodium is initialised; safe to call many times.
bool ensureSodium();

} // namespace Linli::Storage
