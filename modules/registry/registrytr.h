#pragma once

#include <QtCore/QCoreApplication>

namespace Linli::Registry {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Linli::Registry)
};

} // namespace Linli::Registry
