#include "composition.h"

#include <staff/staffmigrations.h>

namespace Linli::App {

QList<Storage::Migration> allMigrations()
{
    QList<Storage::Migration> all;
    all += Staff::staffMigrations();
    return all;
}

QString version()
{
    return QStringLiteral(LINLI_VERSION);
}

} // namespace Linli::App
