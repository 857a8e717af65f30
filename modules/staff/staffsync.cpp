#include "staffsync.h"

#include <QtCore/QCoreApplication>

using namespace Qt::StringLiterals;

namespace Linli::Staff {

QList<Core::SyncEntity> syncDeclarations()
{
    // Settings shared with the server (the organisation's name on receipts): each office keeps its
    // own, so a pulled one is not taken.
    Core::SyncEntity settings;
    settings.table = u"shared_settings"_s;
    settings.context = "Linli::Staff";
    settings.title = QT_TRANSLATE_NOOP("Linli::Staff", "Shared setting");
    settings.permission = Core::Permission::ManageSettings;
    settings.pulled = false;
    settings.fields = {{u"value"_s, QT_TRANSLATE_NOOP("Linli::Staff", "Value")}};
    return {settings};
}

} // namespace Linli::Staff
