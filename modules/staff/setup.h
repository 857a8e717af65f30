#pragma once

#include "authservice.h"

namespace Linli::Staff {

// Creates a new Linli database with its first administrator and organisation name, in one
// go: either everything exists afterwards, or no file does.
Result<Session> createDatabase(const QString &path, const QString &adminUser, const QString &adminPassword,
                               const QString &organisationName, const QList<Storage::Migration> &migrations,
                               const Core::Clock &clock, QString *recoveryKey);

} // namespace Linli::Staff
