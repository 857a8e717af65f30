#pragma once

#include <QtCore/QCoreApplication>

namespace Linli::Sync {

// Translation context for strings of the sync module.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Linli::Sync)
};

} // namespace Linli::Sync
