#pragma once

#include <QtCore/QCoreApplication>
#include <QtGui/QIcon>

namespace Linli::App {

struct ShellTr
{
    Q_DECLARE_TR_FUNCTIONS(Linli::Shell)
};

// The application icon (from the resources when built with them).
QIcon appIcon();

} // namespace Linli::App
