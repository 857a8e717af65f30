#pragma once

#include <QtCore/QCoreApplication>

namespace Linli::Ui {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Linli::Ui)
};

} // namespace Linli::Ui
