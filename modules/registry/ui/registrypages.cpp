#include "registrypages.h"

#include "residentspage.h"

namespace Linli::Registry {

QList<Ui::Page *> createRegistryPages(const UiServices &services, QWidget *parent)
{
    return {new ResidentsPage(services, parent)};
}

} // namespace Linli::Registry
