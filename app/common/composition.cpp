#include "composition.h"

#include <fees/feemigrations.h>
#include <registry/registrymigrations.h>
#include <staff/staffmigrations.h>
#include <sync/syncmigrations.h>

namespace Linli::App {

QList<Storage::Migration> allMigrations()
{
    QList<Storage::Migration> all;
    all += Staff::staffMigrations();
    all += Registry::registryMigrations();
    all += Fees::feeMigrations();
    all += Sync::syncMigrations();
    return all;
}

QString version()
{
    return QStringLiteral(LINLI_VERSION);
}

} // namespace Linli::App
