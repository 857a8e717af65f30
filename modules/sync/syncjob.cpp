#include "syncjob.h"

#include "syncengine.h"

#include <storage/connection.h>
#include <storage/store.h>

namespace Linli::Sync {

struct SyncJob::Values
{
    QString path;
    Storage::SecretKey key;
    QString username;
    QString device;
    const Core::SyncCatalogue &catalogue;
    const Core::Clock &clock;
    QList<QSslCertificate> ca;
};

namespace {

template<typename F>
auto withEngine(const SyncJob::Values &v, F &&f) -> decltype(f(std::declval<SyncEngine &>()))
{
    auto connection = Storage::Connection::open(v.path, v.key, Storage::Connection::Mode::OpenExisting);
    if (!connection)
        return connection.error();
    SyncEngine engine(**connection, v.username, v.device, v.catalogue, v.clock);
    if (!v.ca.isEmpty())
        engine.setCa(v.ca);
    return f(engine);
}

} // namespace

SyncJob::SyncJob(Storage::Store &store, const QString &username, const Core::SyncCatalogue &catalogue,
                 const Core::Clock &clock)
    : m_values(std::make_shared<const Values>(
        Values{store.path(), store.key(), username, store.deviceId(), catalogue, clock, {}}))
{}

const QString &SyncJob::username() const
{
    return m_values->username;
}

void SyncJob::setCa(const QList<QSslCertificate> &ca)
{
    auto values = std::make_shared<Values>(*m_values);
    values->ca = ca;
    m_values = values;
}

Result<bool> SyncJob::signedIn() const
{
    return withEngine(*m_values, [](SyncEngine &e) { return e.signedIn(); });
}

Result<SyncReport> SyncJob::run() const
{
    return withEngine(*m_values, [](SyncEngine &e) { return e.run(); });
}

Status SyncJob::signIn(const QString &serverUser, const QString &password) const
{
    return withEngine(*m_values, [&](SyncEngine &e) { return e.signIn(serverUser, password); });
}

} // namespace Linli::Sync
