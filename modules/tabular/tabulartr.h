#pragma once

#include <QtCore/QCoreApplication>

namespace Linli::Tabular {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Linli::Tabular)
};

} // namespace Linli::Tabular
