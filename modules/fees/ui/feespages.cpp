#include "feespages.h"

#include "feespage.h"

#include <staff/authservice.h>

namespace Linli::Fees {

QList<Ui::Page *> createFeePages(Staff::Session &session, QWidget *parent)
{
    if (!session.actor.can(Core::Permission::ReadData))
        return {};
    return {new FeesPage(session, parent)};
}

} // namespace Linli::Fees
