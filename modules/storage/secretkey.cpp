#include "secretkey.h"

#include <sodium.h>

#include <cstring>

namespace Linli::Storage {

bool ensureSodium()
{
    static const int rc = sodium_init();
    return rc >= 0;
}

SecretKey::SecretKey()
{
    ensureSodium();
    m_bytes = static_cast<unsigned char *>(sodium_malloc(Size));
    Q_ASSERT(m_bytes);
    sodium_memzero(m_bytes, Size);
}

SecretKey::~SecretKey()
{
    sodium_free(m_bytes);
}

SecretKey::SecretKey(const SecretKey &other) : SecretKey()
{
    std::memcpy(m_bytes, other.m_bytes, Size);
}

SecretKey &SecretKey::operator=(const SecretKey &other)
{
    if (this != &other)
        std::memcpy(m_bytes, other.m_bytes, Size);
    return *this;
}

SecretKey SecretKey::random()
{
    SecretKey k;
    randombytes_buf(k.m_bytes, Size);
    return k;
}

SecretKey SecretKey::fromBytes(const unsigned char *bytes)
{
    SecretKey k;
    std::memcpy(k.m_bytes, bytes, Size);
    return k;
}

QByteArray SecretKey::sqlcipherLiteral() const
{
    char hex[Size * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, m_bytes, Size);
    QByteArray out = QByteArray("x'") + QByteArray(hex, Size * 2) + "'";
    sodium_memzero(hex, sizeof hex);
    return out;
}

bool SecretKey::operator==(const SecretKey &other) const
{
    return sodium_memcmp(m_bytes, other.m_bytes, Size) == 0;
}

} // namespace Linli::Storage
