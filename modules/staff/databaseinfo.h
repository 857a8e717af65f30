#pragma once

#include <QtCore/QDate>
#include <QtCore/QString>

namespace Linli::Core {
class Clock;
}
namespace Linli::Storage {
class Store;
}

namespace Linli::Staff {

// What pages may know of the signed-in database without holding it: its files, its protection,
// its clock and whether it was found damaged. Nothing here is personal data, so no permission.
class DatabaseInfo
{
public:
    explicit DatabaseInfo(Storage::Store &store) : m_store(store) {}

    // The database's clock (injectable in tests), and today by it in local time.
    const Core::Clock &clock() const;
    QDate today() const;
    QString path() const;
    // The side file with the key slots, which must stay beside the database.
    QString keySlotPath() const;
    QString cipherVersion() const;
    // Printed on the recovery-key sheet.
    QString databaseId() const;
    // Found damaged by any read or by the check after sign-in: from then on the session only reads.
    bool isDamaged() const;

private:
    Storage::Store &m_store;
};

} // namespace Linli::Staff
