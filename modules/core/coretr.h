#pragma once

#include <QtCore/QCoreApplication>

namespace Linli::Core {

// Translation context for strings that belong to the core module.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Linli::Core)
};

} // namespace Linli::Core
