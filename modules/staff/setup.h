#pragma once

#include "authservice.h"

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

} // namespace Linli::Staff
