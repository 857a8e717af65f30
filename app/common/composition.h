#pragma once

#include <storage/migrations.h>

#include <QtCore/QCoreApplication>

namespace Linli::App {

// Every module's schema, in tier order. A new module adds its migrations here.
QList<Storage::Migration> allMigrations();
QString version();

struct AppTr
{
    Q_DECLARE_TR_FUNCTIONS(Linli::App)
};

} // namespace Linli::App
