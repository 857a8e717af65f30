#pragma once

#include <core/clock.h>
#include <core/result.h>
#include <core/syncentity.h>

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtNetwork/QSslCertificate>

#include <memory>

namespace Linli::Storage {
class Store;
}

namespace Linli::Sync {

struct SyncReport;

// The values one sync needs — the database's path and key, the desktop user, this device, what
// syncs — taken from the open store on the window's thread and used on a thread of its own, which
// opens a connection of its own (the window never waits, and no object is shared between threads).
class SyncJob
{
public:
    // `clock`: the engine's "now" (SyncEngine), the system's unless a test gives another; it is
    // read on the job's thread.
    SyncJob(Storage::Store &store, const QString &username, const Core::SyncCatalogue &catalogue,
            const Core::Clock &clock = Core::Clock::system());

    const QString &username() const;
    // Trust this CA instead of the one kept at enrolment (linli-cli sync --ca).
    void setCa(const QList<QSslCertificate> &ca);
    // Whether the desktop user has signed in to the server on this computer.
    Result<bool> signedIn() const;
    // Push, then pull (SyncEngine::run), on a connection of this call's own.
    Result<SyncReport> run() const;
    // Signs `serverUser` in on the server for this desktop user (SyncEngine::signIn).
    Status signIn(const QString &serverUser, const QString &password) const;

    struct Values;

private:
    std::shared_ptr<const Values> m_values;
};

} // namespace Linli::Sync
