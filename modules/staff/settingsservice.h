#pragma once

#include <core/actor.h>

namespace Linli::Storage {
class Store;
}

namespace Linli::Staff {

// Settings the whole organisation shares and sync carries: the name printed on every report,
// and the idle minutes after which a screen locks itself.
class SettingsService
{
public:
    static constexpr int DefaultIdleLockMinutes = 10;

    explicit SettingsService(Storage::Store &store) : m_store(store) {}

    QString organisationName() const;
    Status setOrganisationName(const Core::Actor &actor, const QString &name);
    int idleLockMinutes() const;
    // 0 turns the idle lock off; at most 240 minutes.
    Status setIdleLockMinutes(const Core::Actor &actor, int minutes);

private:
    QString value(const QString &key, const QString &fallback) const;
    Status set(const Core::Actor &actor, const QString &key, const QString &value);

    Storage::Store &m_store;
};

} // namespace Linli::Staff
