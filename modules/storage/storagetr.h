#pragma once

#include <QtCore/QCoreApplication>

namespace Linli::Storage {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Linli::Storage)
};

} // namespace Linli::Storage
