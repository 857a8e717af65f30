#pragma once

#include "authservice.h"

#include <storage/salvage.h>

namespace Linli::Staff {

// Creates a new Linli database with its first administrator and organisation name, in one
// go: either everything exists afterwards, or no file does.
Result<Session> createDatabase(const QString &path, const QString &adminUser, const QString &adminPassword,
                               const QString &organisationName, const QList<Storage::Migration> &migrations,
                               const Core::Clock &clock, QString *recoveryKey);

// Restores a backup to `path` (which must not exist), signs in with the same credentials and
// records the restore in the restored database's audit log.
Result<Session> restoreDatabase(const QString &backupPath, const QString &path, const Storage::Credentials &credentials,
                                const QList<Storage::Migration> &migrations, const Core::Clock &clock);

// Rescues what can still be read from a damaged database into `outPath` (which must not exist),
// opened by the same passwords and recovery key. Needs an administrator's password, or the
// recovery key (the only way when the staff accounts themselves cannot be read). The damaged file
// is only read; the rescue is recorded in the new file's audit log.
Result<Storage::Salvage::Report> salvageDatabase(const QString &damagedPath, const QString &outPath,
                                                 const Storage::Credentials &credentials,
                                                 const QList<Storage::Migration> &migrations, const Core::Clock &clock);

} // namespace Linli::Staff
