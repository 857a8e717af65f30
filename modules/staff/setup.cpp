#include "setup.h"

#include "stafftr.h"
#include "userservice.h"

#include <core/clock.h>
#include <storage/auditlog.h>
#include <storage/backup.h>
#include <storage/outbox.h>
#include <storage/transaction.h>

#include <QtCore/QFile>
#include <QtCore/QFileInfo>

using namespace Qt::StringLiterals;

namespace Linli::Staff {

Result<Session> createDatabase(const QString &path, const QString &adminUser, const QString &adminPassword,
                               const QString &organisationName, const QList<Storage::Migration> &migrations,
                               const Core::Clock &clock, QString *recoveryKey)
{
    if (auto s = UserService::validateUsername(adminUser); !s)
        return s.error();
    if (auto s = UserService::validatePassword(adminUser, adminPassword); !s)
        return s.error();
    const QString org = organisationName.trimmed();
    if (org.size() > 60)
        return Error(ErrorCode::InvalidInput, Tr::tr("The organisation name may have at most 60 characters."));

    QString key;
    auto store = Storage::Store::create(path, adminUser, adminPassword, migrations, clock, &key);
    if (!store)
        return store.error();

    Session session;
    session.store = std::move(*store);
    const QString name = Storage::KeySlotFile::normaliseUser(adminUser);
    session.actor = {session.store->newId().toString(), name, name, Core::Role::Admin};

    auto fail = [&](const Error &e) -> Error {
        session.store.reset();
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u".keys"_s})
            QFile::remove(path + suffix);
        return e;
    };
    Storage::Transaction tx(session.store->connection());
    if (!tx.isActive())
        return fail(tx.error());
    const qint64 now = clock.nowMs();
    auto r = session.store->connection().execute(
        u"INSERT INTO staff_users (id, username, display_name, role, active, must_change_password, created_at,"
        u" created_by, password_changed_at, last_login_at) VALUES (?, ?, ?, 'admin', 1, 0, ?, ?, ?, ?)"_s,
        {session.actor.userId, name, name, now, name, now, now});
    if (!r)
        return fail(r.error());
    if (!org.isEmpty()) {
        if (auto s = Storage::Outbox::upsert(*session.store, u"shared_settings"_s, session.store->newId().toString(),
                                             {{u"key"_s, u"organisation_name"_s}, {u"value"_s, org}});
            !s)
            return fail(s.error());
    }
    for (const QString &action : {u"database.create"_s, u"user.add"_s}) {
        if (auto s = Storage::AuditLog::append(*session.store, name, action, action == u"user.add" ? name : QString());
            !s)
            return fail(s.error());
    }
    if (auto s = tx.commit(); !s)
        return fail(s.error());
    if (recoveryKey)
        *recoveryKey = key;
    return session;
}

Result<Session> restoreDatabase(const QString &backupPath, const QString &path, const Storage::Credentials &credentials,
                                const QList<Storage::Migration> &migrations, const Core::Clock &clock)
{
    if (auto s = Storage::Backup::restore(backupPath, path, credentials); !s)
        return s.error();
    auto session = AuthService(clock).signIn(path, credentials, migrations);
    if (!session)
        return session.error();
    Storage::Transaction tx(session->store->connection());
    if (!tx.isActive())
        return tx.error();
    if (auto s = Storage::AuditLog::append(*session->store, session->actor.username, u"restore"_s,
                                           QFileInfo(backupPath).fileName());
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return session;
}

} // namespace Linli::Staff
