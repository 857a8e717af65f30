#include "registrypages.h"

#include "residentspage.h"

namespace Linli::Registry {

QList<Ui::Page *> createRegistryPages(Staff::Session &session, QWidget *parent)
{
    return {new ResidentsPage(session, parent)};
}

} // namespace Linli::Registry
