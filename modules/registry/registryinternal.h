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
