#include "recoverykey.h"

#include "storagetr.h"

#include <sodium.h>

namespace Linli::Storage::RecoveryKey {

namespace {

constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int ChecksumBytes = 3;
constexpr int TotalBytes = SecretKey::Size + ChecksumBytes; // 35 bytes = 280 bits = 56 chars
constexpr int Chars = TotalBytes * 8 / 5;

void checksum(const unsigned char *key, unsigned char *out)
{
    unsigned char hash[crypto_generichash_BYTES_MIN];
    static const unsigned char personal[] = "linli-recovery-v1";
    crypto_generichash_state st;
    crypto_generichash_init(&st, nullptr, 0, sizeof hash);
    crypto_generichash_update(&st, personal, sizeof personal - 1);
    crypto_generichash_update(&st, key, SecretKey::Size);
    crypto_generichash_final(&st, hash, sizeof hash);
    std::copy(hash, hash + ChecksumBytes, out);
}

int decodeChar(QChar c)
{
    char16_t u = c.toUpper().unicode();
    if (u == u'O')
        u = u'0';
    else if (u == u'I' || u == u'L')
        u = u'1';
    for (int i = 0; i < 32; ++i) {
        if (Alphabet[i] == u)
            return i;
    }
    return -1;
}

} // namespace

QString format(const SecretKey &key)
{
    unsigned char buf[TotalBytes];
    std::copy(key.data(), key.data() + SecretKey::Size, buf);
    checksum(key.data(), buf + SecretKey::Size);
    QString out;
    quint32 acc = 0;
    int bits = 0;
    int written = 0;
    for (unsigned char byte : buf) {
        acc = (acc << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            if (written > 0 && written % 4 == 0)
                out.append(u'-');
            out.append(QLatin1Char(Alphabet[(acc >> bits) & 0x1F]));
            ++written;
        }
    }
    sodium_memzero(buf, sizeof buf);
    return out;
}

Result<SecretKey> parse(const QString &text)
{
    QString clean;
    for (QChar c : text) {
        if (c.isSpace() || c == u'-' || c == QChar(0xFF0D))
            continue;
        clean.append(c);
    }
    if (clean.size() != Chars) {
        return Error(
            ErrorCode::InvalidInput,
            Tr::tr("A recovery key has 56 characters in 14 groups; %1 characters were entered.").arg(clean.size()));
    }
    unsigned char buf[TotalBytes];
    quint32 acc = 0;
    int bits = 0;
    int pos = 0;
    for (QChar c : std::as_const(clean)) {
        const int v = decodeChar(c);
        if (v < 0) {
            sodium_memzero(buf, sizeof buf);
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("The recovery key contains \"%1\", which never occurs in a recovery key.").arg(c));
        }
        acc = (acc << 5) | quint32(v);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            buf[pos++] = static_cast<unsigned char>((acc >> bits) & 0xFF);
        }
    }
    unsigned char expected[ChecksumBytes];
    checksum(buf, expected);
    const bool good = sodium_memcmp(expected, buf + SecretKey::Size, ChecksumBytes) == 0;
    SecretKey key = SecretKey::fromBytes(buf);
    sodium_memzero(buf, sizeof buf);
    if (!good) {
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The recovery key was mistyped: check each group against the printed sheet."));
    }
    return key;
}

} // namespace Linli::Storage::RecoveryKey
