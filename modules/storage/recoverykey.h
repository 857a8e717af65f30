#pragma once

#include "secretkey.h"

#include <core/result.h>

namespace Linli::Storage {

// The recovery key is the database key itself, written for people: 32 key bytes plus a
// 3-byte checksum in Crockford base32, as 14 groups of 4 characters. It opens the database
// even when every password and the key-slot file are lost, so it must be kept like cash.
namespace RecoveryKey {

QString format(const SecretKey &key);
// Accepts any case, spaces or dashes, and the letters O/I/L typed for 0/1. A typo is reported
// as such (the checksum catches it) before any file is touched.
Result<SecretKey> parse(const QString &text);

} // namespace RecoveryKey

} // namespace Linli::Storage
