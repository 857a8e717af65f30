#include "feespages.h"

#include "feespage.h"

namespace Linli::Fees {

QList<Ui::Page *> createFeePages(const UiServices &services, QWidget *parent)
{
    if (!services.actor().can(Core::Permission::ReadData))
        return {};
    return {new FeesPage(services, parent)};
}

} // namespace Linli::Fees
