#pragma once

// Helpers shared by the registry service's source files; not part of the module's API.

#include "registrytr.h"

#include <core/clock.h>
#include <core/result.h>
#include <storage/outbox.h>
#include <storage/store.h>

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

namespace Linli::Registry::Internal {

// The compound called `name` ("Unnamed compound" when empty), found or created in the caller's
// transaction: where an import's or a typed address's rooms go.
Result<QString> compoundNamed(Storage::Store &store, const QString &name);

// From a household `h` to its room, unit, building and compound (aliases rm, u, b, c), and the
// address as the registry shows it: "幸福里 3-2-501".
inline const QString AddressJoins = QStringLiteral(" LEFT JOIN reg_rooms rm ON rm.id = h.room_id"
                                                   " LEFT JOIN reg_units u ON u.id = rm.unit_id"
                                                   " LEFT JOIN reg_buildings b ON b.id = u.building_id"
                                                   " LEFT JOIN reg_compounds c ON c.id = b.compound_id");
inline const QString AddressText =
    QStringLiteral("coalesce(c.name || ' ' || b.number || '-' || u.number || '-' || rm.number, '')");

inline QDate localToday(const Storage::Store &store)
{
    return store.clock().nowUtc().toLocalTime().date();
}

inline Status requireRow(Storage::Store &store, const QString &table, const QString &id, const QString &what)
{
    auto n = store.connection().scalar(
        QStringLiteral("SELECT count(*) FROM %1 WHERE id = ? AND deleted = 0").arg(table), {id});
    if (!n)
        return n.error();
    if (n->toInt() == 0)
        return Error(ErrorCode::NotFound, Tr::tr("The %1 does not exist (any more).").arg(what));
    return {};
}

// Appends a household event inside the caller's transaction.
inline Status appendEvent(Storage::Store &store, const QString &householdId, const QString &residentId,
                          const QString &kind, const QString &actor, const QJsonObject &details = {})
{
    QVariantMap fields = {{QStringLiteral("household_id"), householdId.isEmpty() ? QVariant() : QVariant(householdId)},
                          {QStringLiteral("resident_id"), residentId.isEmpty() ? QVariant() : QVariant(residentId)},
                          {QStringLiteral("kind"), kind},
                          {QStringLiteral("at"), store.clock().nowMs()},
                          {QStringLiteral("actor"), actor}};
    if (!details.isEmpty())
        fields.insert(QStringLiteral("details"),
                      QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    return Storage::Outbox::insert(store, QStringLiteral("reg_events"), store.newId().toString(), fields);
}

} // namespace Linli::Registry::Internal
