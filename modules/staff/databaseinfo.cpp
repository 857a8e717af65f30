#include "databaseinfo.h"

#include <core/clock.h>
#include <storage/store.h>

namespace Linli::Staff {

const Core::Clock &DatabaseInfo::clock() const
{
    return m_store.clock();
}

QDate DatabaseInfo::today() const
{
    return m_store.clock().nowUtc().toLocalTime().date();
}

QString DatabaseInfo::path() const
{
    return m_store.path();
}

QString DatabaseInfo::keySlotPath() const
{
    return m_store.keySlotPath();
}

QString DatabaseInfo::cipherVersion() const
{
    return m_store.connection().cipherVersion();
}

QString DatabaseInfo::databaseId() const
{
    return m_store.databaseId();
}

bool DatabaseInfo::isDamaged() const
{
    return m_store.isDamaged();
}

} // namespace Linli::Staff
