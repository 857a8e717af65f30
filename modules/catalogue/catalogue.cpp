#include "catalogue.h"

#include <fees/feesync.h>
#include <registry/registrysync.h>
#include <staff/staffsync.h>

namespace Linli::Catalogue {

const Core::SyncCatalogue &syncCatalogue()
{
    static const Core::SyncCatalogue catalogue(Staff::syncDeclarations() + Registry::syncDeclarations()
                                               + Fees::syncDeclarations());
    return catalogue;
}

} // namespace Linli::Catalogue
