#pragma once

#include "store.h"

namespace Linli::Storage {

// A backup is one file: a small header (database id, time, the key slots at backup time, a
// BLAKE2b hash of the payload) followed by an encrypted SQLCipher copy of the database made
// with sqlcipher_export — never a copy of the live file. It opens with the passwords that were
// valid when it was made, or with the recovery key.
namespace Backup {

// Writes `outPath`; refuses to overwrite an existing file.
Status create(Store &store, const QString &outPath);

// Restores to `databasePath` (which must not exist) and writes its key file. Checks the
// payload hash, the credentials and the integrity of the restored database before the
// database file appears under its name.
Status restore(const QString &backupPath, const QString &databasePath, const Credentials &credentials);

} // namespace Backup

} // namespace Linli::Storage
