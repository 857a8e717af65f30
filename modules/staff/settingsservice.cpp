#include "settingsservice.h"

#include "stafftr.h"

#include <storage/auditlog.h>
#include <storage/outbox.h>
#include <storage/store.h>
#include <storage/transaction.h>

#include <QtCore/QJsonObject>

using namespace Qt::StringLiterals;

namespace Linli::Staff {

QString SettingsService::value(const QString &key, const QString &fallback) const
{
    auto v = m_store.connection().scalar(u"SELECT value FROM shared_settings WHERE key = ? AND deleted = 0"_s, {key});
    if (!v || v->isNull())
        return fallback;
    return v->toString();
}

Status SettingsService::set(const Core::Actor &actor, const QString &key, const QString &newValue)
{
    if (auto s = actor.require(Core::Permission::ManageSettings); !s)
        return s;
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    auto id = m_store.connection().scalar(u"SELECT id FROM shared_settings WHERE key = ?"_s, {key});
    if (!id)
        return id.error();
    const QString rowId = id->isNull() ? m_store.newId().toString() : id->toString();
    if (auto s =
            Storage::Outbox::upsert(m_store, u"shared_settings"_s, rowId, {{u"key"_s, key}, {u"value"_s, newValue}});
        !s)
        return s;
    if (auto s =
            Storage::AuditLog::append(m_store, actor.username, u"settings.change"_s, key, {{u"value"_s, newValue}});
        !s)
        return s;
    return tx.commit();
}

QString SettingsService::organisationName() const
{
    return value(u"organisation_name"_s, QString());
}

Status SettingsService::setOrganisationName(const Core::Actor &actor, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error(ErrorCode::InvalidInput, Tr::tr("Enter the organisation name that appears on printouts."));
    if (trimmed.size() > 60)
        return Error(ErrorCode::InvalidInput, Tr::tr("The organisation name may have at most 60 characters."));
    return set(actor, u"organisation_name"_s, trimmed);
}

int SettingsService::idleLockMinutes() const
{
    bool ok = false;
    const int m = value(u"idle_lock_minutes"_s, QString::number(DefaultIdleLockMinutes)).toInt(&ok);
    return ok ? m : DefaultIdleLockMinutes;
}

Status SettingsService::setIdleLockMinutes(const Core::Actor &actor, int minutes)
{
    if (minutes < 0 || minutes > 240)
        return Error(ErrorCode::InvalidInput, Tr::tr("The idle lock must be between 0 (off) and 240 minutes."));
    return set(actor, u"idle_lock_minutes"_s, QString::number(minutes));
}

} // namespace Linli::Staff
