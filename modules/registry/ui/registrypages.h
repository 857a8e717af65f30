#pragma once

#include "uiservices.h"

#include <QtCore/QList>

class QWidget;

namespace Linli::Ui {
class Page;
}

namespace Linli::Registry {

// The pages the registry adds to the main window.
QList<Ui::Page *> createRegistryPages(const UiServices &services, QWidget *parent);

} // namespace Linli::Registry
