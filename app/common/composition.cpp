#include "composition.h"

#include <registry/registrymigrations.h>
#include <staff/staffmigrations.h>

namespace Linli::App {

QList<Storage::Migration> allMigrations()
{
    QList<Storage::Migration> all;
    all += Staff::staffMigrations();
    all += Registry::registryMigrations();
    return all;
}

QString version()
{
    return QStringLiteral(LINLI_VERSION);
}

} // namespace Linli::App
