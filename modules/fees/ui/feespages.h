#pragma once

#include "uiservices.h"

#include <QtCore/QList>

class QWidget;

namespace Linli::Ui {
class Page;
}
namespace Linli::Fees {

// The pages the fees module adds to the main window (none for roles that cannot read fees).
QList<Ui::Page *> createFeePages(const UiServices &services, QWidget *parent);

} // namespace Linli::Fees
