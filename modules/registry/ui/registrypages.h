#pragma once

#include <QtCore/QList>

class QWidget;

namespace Linli::Ui {
class Page;
}

namespace Linli::Staff {
struct Session;
}

namespace Linli::Registry {

// The pages the registry adds to the main window.
QList<Ui::Page *> createRegistryPages(Staff::Session &session, QWidget *parent);

} // namespace Linli::Registry
