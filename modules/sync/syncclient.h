#pragma once

#include <core/result.h>

#include <QtCore/QString>
#include <QtCore/QUrl>

#include <optional>

namespace Linli::Core {
struct Actor;
}
namespace Linli::Storage {
class Store;
}

namespace Linli::Sync {

struct Enrolment
{
    QString server;   // https://sync.example:8443
    QString deviceId; // as the server knows this desktop
    QString series;   // its receipt series: A, B, …
    QString office;
};

// The desktop side of docs/sync-protocol.md. Talks HTTPS only, and trusts only the CA it was
// configured with (or the system's store when none is given).
class SyncClient
{
public:
    static constexpr int Protocol = 1;

    explicit SyncClient(Storage::Store &store);

    // "https://host[:port]" only; http:// and anything else is refused with a message.
    static Result<QUrl> parseServer(const QString &text);

    // Enrols this database with the server using a one-time code from its administrator, and
    // keeps the server, the CA and what the server answered (device id, token, receipt series).
    // `caFile`: a PEM file with the CA to trust; empty: the system's certificate store.
    Result<Enrolment> enrol(const Core::Actor &actor, const QString &server, const QString &code, const QString &caFile,
                            const QString &deviceName);
    Result<std::optional<Enrolment>> enrolment() const;
    // The open database's clock continues after the newest stamp a sync pulled.
    void observe(const QString &highestHlc);

private:
    Storage::Store &m_store;
};

} // namespace Linli::Sync
