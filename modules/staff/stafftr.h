#pragma once

#include <QtCore/QCoreApplication>

namespace Linli::Staff {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Linli::Staff)
};

} // namespace Linli::Staff
