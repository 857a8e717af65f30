#include "setup.h"

#include "attemptjournal.h"
#include "stafftr.h"
#include "userservice.h"

#include <core/clock.h>
#include <core/permission.h>
#include <storage/auditlog.h>
#include <storage/backup.h>
#include <storage/outbox.h>
#include <storage/recoverykey.h>
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

namespace {

// The key for a salvage, from a key slot (never the damaged file), and proof that its holder may
// rescue the data: the recovery key, or an administrator's password.
Result<Storage::SecretKey> salvageKey(const QString &damagedPath, const Storage::Credentials &credentials,
                                      const Core::Clock &clock)
{
    const AttemptJournal journal(damagedPath);
    const bool byPassword = credentials.kind == Storage::Credentials::Kind::Password;
    if (byPassword) {
        if (const qint64 ms = journal.lockedForMs(credentials.user, clock.nowMs()); ms > 0)
            return Error(ErrorCode::LockedOut, Tr::tr("Too many wrong passwords for this account. Try again later, or "
                                                      "ask an administrator."));
    }
    if (!Storage::ensureSodium())
        return Error(ErrorCode::Internal, Tr::tr("The cryptography library could not be started."));
    auto slots = Storage::KeySlotFile::load(Storage::KeySlotFile::pathFor(damagedPath));
    Result<Storage::SecretKey> key = Error(ErrorCode::Internal, QString());
    if (!byPassword)
        key =
            slots ? slots->unlockWithRecoveryKey(credentials.secret) : Storage::RecoveryKey::parse(credentials.secret);
    else if (!slots)
        return slots.error();
    else
        key = slots->unlock(credentials.user, credentials.secret);
    if (!key) {
        if (key.error().code() == ErrorCode::AuthenticationFailed)
            journal.recordFailure(byPassword ? credentials.user : u"(recovery key)"_s, clock.nowMs());
        return key.error();
    }
    if (!byPassword)
        return key;
    // Read the account's role straight from the file, without a session that could write.
    auto conn = Storage::Connection::open(damagedPath, *key, Storage::Connection::Mode::OpenExisting);
    auto role = conn ? (*conn)->select(u"SELECT role, active FROM staff_users WHERE username = ?"_s,
                                       {Storage::KeySlotFile::normaliseUser(credentials.user)})
                     : Result<QList<QVariantList>>(conn.error());
    if (conn)
        (*conn)->markDamaged(); // only read, and never closed into the file
    if (!role)
        return Error(ErrorCode::DatabaseDamaged,
                     Tr::tr("The staff accounts in the damaged file cannot be read. Rescue it with the recovery key "
                            "(--recovery-key)."),
                     role.error().detail());
    const auto r = role->value(0);
    if (r.isEmpty() || r.value(1).toInt() == 0
        || !Core::roleHas(Core::roleFromCode(r.value(0).toString()).value_or(Core::Role::Auditor),
                          Core::Permission::BackupRestore))
        return Error(ErrorCode::PermissionDenied,
                     Tr::tr("Only an administrator (or the recovery key) may rescue a damaged database."));
    return key;
}

} // namespace

Result<Storage::Salvage::Report> salvageDatabase(const QString &damagedPath, const QString &outPath,
                                                 const Storage::Credentials &credentials,
                                                 const QList<Storage::Migration> &migrations, const Core::Clock &clock)
{
    if (!QFile::exists(damagedPath))
        return Error(ErrorCode::NotFound, Tr::tr("The database file \"%1\" does not exist.").arg(damagedPath));
    if (QFile::exists(outPath) || QFile::exists(Storage::KeySlotFile::pathFor(outPath)))
        return Error(ErrorCode::AlreadyExists,
                     Tr::tr("\"%1\" already exists; Linli never overwrites a database.").arg(outPath));
    auto key = salvageKey(damagedPath, credentials, clock);
    if (!key)
        return key.error();
    auto report = Storage::Salvage::run(damagedPath, *key, outPath);
    if (!report)
        return report.error();
    // Recorded in the new file when it opens as a database (the staff accounts may be lost).
    if (auto session = AuthService(clock).signIn(outPath, credentials, migrations); session) {
        Storage::Transaction tx(session->store->connection());
        if (tx.isActive()
            && Storage::AuditLog::append(*session->store, session->actor.username, u"salvage"_s,
                                         QFileInfo(damagedPath).fileName(), {{u"lost_rows"_s, report->lostRows()}})
                   .ok())
            (void)tx.commit();
    }
    return report;
}

} // namespace Linli::Staff
