#pragma once

#include <QtCore/QCoreApplication>

namespace Linli::Reports {

// Translation context for strings that belong to the reports module.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Linli::Reports)
};

} // namespace Linli::Reports
