#pragma once

#include <QtCore/QList>

class QWidget;

namespace Linli::Ui {
class Page;
}

namespace Linli::Staff {

struct SessionServices;

// The pages this module adds to the main window, as far as the signed-in role may see them.
QList<Ui::Page *> createStaffPages(const SessionServices &services, QWidget *parent);

} // namespace Linli::Staff
