#pragma once

#include <QtCore/QList>

class QWidget;

namespace Linli::Ui {
class Page;
}
namespace Linli::Staff {
struct Session;
}

namespace Linli::Fees {

// The pages the fees module adds to the main window (none for roles that cannot read fees).
QList<Ui::Page *> createFeePages(Staff::Session &session, QWidget *parent);

} // namespace Linli::Fees
