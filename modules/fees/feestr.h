#pragma once

#include <QtCore/QCoreApplication>

namespace Linli::Fees {

// Translation context for strings of the fees module.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Linli::Fees)
};

} // namespace Linli::Fees
