// Backups: encrypted like the database, restorable with a password or the recovery key,
// never restored over an existing file, and a damaged or unauthorised restore creates nothing.
#include "storagetestutil.h"

#include <core/clock.h>
#include <storage/auditlog.h>
#include <storage/backup.h>
#include <storage/outbox.h>
#include <storage/recoverykey.h>
#include <storage/store.h>
#include <storage/transaction.h>

#include <QtCore/QFileInfo>
#include <QtCore/QTemporaryDir>
#include <QtCore/QtEndian>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Linli;
using namespace Linli::Storage;
using Linli::TestUtil::describe;

namespace {

const QString Admin = u"admin"_s;
const QString AdminPassword = u"管理员密码"_s;
const QString Clerk = u"clerk"_s;
const QString ClerkPassword = u"clerk-pw"_s;
const QString Marker = u"BACKUP-MARKER-欧阳修"_s;
constexpr int Rows = 120;

qint64 payloadOffset(const QByteArray &backup)
{
    if (backup.size() < 16)
        return -1;
    const quint32 headerSize = qFromBigEndian<quint32>(backup.constData() + 12);
    return 16 + qint64(headerSize);
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backupFileIsEncrypted();
    void createRefusesToOverwrite();
    void restoreWithPassword();
    void restoreWithRecoveryKey();
    void restoreIsAPointInTimeCopy();
    void restoreOntoExistingPathIsRefused();
    void flippedPayloadByteIsDamage();
    void truncatedBackupIsDamage();
    void wrongPasswordCreatesNothing();
    void wrongRecoveryKeyCreatesNothing();
    void notABackup();

private:
    void checkRestoredData(Store &store, int expectedRows);
    void expectNothingCreated(const QString &dir, const QString &databasePath);

    QTemporaryDir m_dir;
    Core::ManualClock m_clock;
    std::unique_ptr<Store> m_store;
    QString m_recoveryKey;
    QString m_backup;
    QByteArray m_backupBytes;
};

void TestBackup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto created = Store::create(m_dir.filePath(u"live.linli"_s), Admin, AdminPassword, TestUtil::testMigrations(),
                                 m_clock, &m_recoveryKey);
    QVERIFY2(created.ok(), created.ok() ? "" : describe(created.error()).constData());
    m_store = std::move(*created);
    QVERIFY(m_store->keySlots().setPassword(Clerk, ClerkPassword, m_store->key()).ok());
    QVERIFY(m_store->saveKeySlots().ok());
    {
        Transaction tx(m_store->connection());
        for (int i = 0; i < Rows; ++i)
            QVERIFY(Outbox::upsert(*m_store, u"tst_person"_s, m_store->newId().toString(),
                                   {{u"name"_s, Marker}, {u"age"_s, i}})
                        .ok());
        QVERIFY(AuditLog::append(*m_store, Admin, u"backup"_s, u"b1"_s).ok());
        QVERIFY(tx.commit().ok());
    }
    // The rows are committed but still in the WAL: the backup must include them anyway.
    QVERIFY(QFileInfo(m_store->path() + u"-wal"_s).size() > 0);

    m_backup = m_dir.filePath(u"backup.linlibak"_s);
    const auto made = Backup::create(*m_store, m_backup);
    QVERIFY2(made.ok(), made.ok() ? "" : describe(made.error()).constData());
    m_backupBytes = TestUtil::readAll(m_backup);
    QVERIFY(m_backupBytes.size() > 4096);
    // No partial export is left beside it.
    QCOMPARE(TestUtil::filesIn(m_dir.path()), (QStringList{u"backup.linlibak"_s, u"live.linli"_s, u"live.linli-shm"_s,
                                                           u"live.linli-wal"_s, u"live.linli.keys"_s}));
}

void TestBackup::checkRestoredData(Store &store, int expectedRows)
{
    const auto rows = store.connection().scalar(u"SELECT count(*) FROM tst_person WHERE name = ?"_s, {Marker});
    QVERIFY(rows.ok());
    QCOMPARE(rows->toInt(), expectedRows);
    QCOMPARE(*Outbox::pendingCount(store), qint64(expectedRows));
    QVERIFY(AuditLog::verify(store.connection())->ok());
    QCOMPARE(*AuditLog::count(store.connection()), 1);
    const auto problems = store.integrityProblems();
    QVERIFY(problems.ok());
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
    QCOMPARE(store.databaseId(), m_store->databaseId());
    // The restored database runs with the same crash safety as the original.
    QCOMPARE(store.connection().scalar(u"PRAGMA journal_mode"_s)->toString(), u"wal"_s);
}

void TestBackup::expectNothingCreated(const QString &dir, const QString &databasePath)
{
    QCOMPARE(TestUtil::filesIn(dir), QStringList());
    QVERIFY(!QFileInfo::exists(databasePath));
    QVERIFY(!QFileInfo::exists(KeySlotFile::pathFor(databasePath)));
}

void TestBackup::backupFileIsEncrypted()
{
    QVERIFY(m_backupBytes.startsWith("LINLIBAK"));
    QVERIFY(!m_backupBytes.contains("SQLite format 3"));
    QVERIFY(!m_backupBytes.contains(Marker.toUtf8()));
    QVERIFY(!m_backupBytes.contains("tst_person"));
    const qint64 offset = payloadOffset(m_backupBytes);
    QVERIFY(offset > 16 && offset < m_backupBytes.size());
    QVERIFY(!m_backupBytes.mid(offset).startsWith("SQLite format 3"));
    QCOMPARE((m_backupBytes.size() - offset) % 1024, 0);
    QCOMPARE(QFileInfo(m_backup).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
}

void TestBackup::createRefusesToOverwrite()
{
    const auto again = Backup::create(*m_store, m_backup);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code(), ErrorCode::AlreadyExists);
    QVERIFY(!again.error().message().isEmpty());
    QCOMPARE(TestUtil::readAll(m_backup), m_backupBytes);
}

void TestBackup::restoreWithPassword()
{
    QTemporaryDir target;
    QVERIFY(target.isValid());
    const QString path = target.filePath(u"restored.linli"_s);
    const auto s = Backup::restore(m_backup, path, Credentials::password(Clerk, ClerkPassword));
    QVERIFY2(s.ok(), s.ok() ? "" : describe(s.error()).constData());
    QCOMPARE(TestUtil::filesIn(target.path()), (QStringList{u"restored.linli"_s, u"restored.linli.keys"_s}));
    QVERIFY(!TestUtil::readAll(path).startsWith("SQLite format 3"));

    // Both passwords valid at backup time open the restored copy.
    auto store = Store::open(path, Credentials::password(Admin, AdminPassword), TestUtil::testMigrations(), m_clock);
    QVERIFY2(store.ok(), store.ok() ? "" : describe(store.error()).constData());
    checkRestoredData(**store, Rows);
}

void TestBackup::restoreWithRecoveryKey()
{
    QTemporaryDir target;
    QVERIFY(target.isValid());
    const QString path = target.filePath(u"restored.linli"_s);
    QString typed = m_recoveryKey.toLower();
    typed.replace(u'-', u' ');
    const auto s = Backup::restore(m_backup, path, Credentials::recoveryKey(typed));
    QVERIFY2(s.ok(), s.ok() ? "" : describe(s.error()).constData());
    auto store = Store::open(path, Credentials::password(Clerk, ClerkPassword), TestUtil::testMigrations(), m_clock);
    QVERIFY2(store.ok(), store.ok() ? "" : describe(store.error()).constData());
    checkRestoredData(**store, Rows);
}

void TestBackup::restoreIsAPointInTimeCopy()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QString second = work.filePath(u"second.linlibak"_s);
    {
        Transaction tx(m_store->connection());
        QVERIFY(Outbox::upsert(*m_store, u"tst_person"_s, u"after-backup"_s, {{u"name"_s, u"later"_s}}).ok());
        QVERIFY(tx.commit().ok());
    }
    QVERIFY(Backup::create(*m_store, second).ok());
    {
        // Undo the change in the live store (a tombstone) so later tests see the same data.
        Transaction tx(m_store->connection());
        QVERIFY(Outbox::tombstone(*m_store, u"tst_person"_s, u"after-backup"_s).ok());
        QVERIFY(tx.commit().ok());
    }
    const QString firstCopy = work.filePath(u"first.linli"_s);
    const QString secondCopy = work.filePath(u"second.linli"_s);
    QVERIFY(Backup::restore(m_backup, firstCopy, Credentials::recoveryKey(m_recoveryKey)).ok());
    QVERIFY(Backup::restore(second, secondCopy, Credentials::recoveryKey(m_recoveryKey)).ok());
    auto a = Store::open(firstCopy, Credentials::recoveryKey(m_recoveryKey), TestUtil::testMigrations(), m_clock);
    auto b = Store::open(secondCopy, Credentials::recoveryKey(m_recoveryKey), TestUtil::testMigrations(), m_clock);
    QVERIFY(a.ok());
    QVERIFY(b.ok());
    const QString sql = u"SELECT count(*) FROM tst_person WHERE id = 'after-backup' AND deleted = 0"_s;
    QCOMPARE((*a)->connection().scalar(sql)->toInt(), 0);
    QCOMPARE((*b)->connection().scalar(sql)->toInt(), 1);
}

void TestBackup::restoreOntoExistingPathIsRefused()
{
    QTemporaryDir target;
    QVERIFY(target.isValid());
    const QString path = target.filePath(u"precious.linli"_s);
    QVERIFY(TestUtil::writeAll(path, QByteArray("someone's data, not to be overwritten")));
    const QByteArray before = TestUtil::fileSha256(path);
    const auto s = Backup::restore(m_backup, path, Credentials::password(Admin, AdminPassword));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code(), ErrorCode::AlreadyExists);
    QVERIFY(!s.error().message().isEmpty());
    QCOMPARE(TestUtil::fileSha256(path), before);
    QCOMPARE(TestUtil::filesIn(target.path()), QStringList{u"precious.linli"_s});

    // A key file of that name alone is also protected.
    QVERIFY(QFile::remove(path));
    QVERIFY(TestUtil::writeAll(KeySlotFile::pathFor(path), QByteArray("{}")));
    const auto keysOnly = Backup::restore(m_backup, path, Credentials::password(Admin, AdminPassword));
    QVERIFY(!keysOnly.ok());
    QCOMPARE(keysOnly.error().code(), ErrorCode::AlreadyExists);
    QCOMPARE(TestUtil::readAll(KeySlotFile::pathFor(path)), QByteArray("{}"));
    QCOMPARE(TestUtil::filesIn(target.path()), QStringList{u"precious.linli.keys"_s});
}

void TestBackup::flippedPayloadByteIsDamage()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const qint64 offset = payloadOffset(m_backupBytes);
    QVERIFY(offset > 0);
    const qint64 payloadSize = m_backupBytes.size() - offset;
    // In the first page, in the middle, and in the very last byte.
    for (const qint64 at : {offset + 100, offset + payloadSize / 2, qint64(m_backupBytes.size() - 1)}) {
        QByteArray bytes = m_backupBytes;
        bytes[at] = char(bytes.at(at) ^ 0x01);
        const QString damaged = work.filePath(u"damaged.linlibak"_s);
        QVERIFY(TestUtil::writeAll(damaged, bytes));

        QTemporaryDir target;
        QVERIFY(target.isValid());
        const QString path = target.filePath(u"restored.linli"_s);
        const auto s = Backup::restore(damaged, path, Credentials::password(Admin, AdminPassword));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().code() == ErrorCode::DatabaseDamaged, describe(s.error()).constData());
        QVERIFY(!s.error().message().isEmpty());
        expectNothingCreated(target.path(), path);
        QCOMPARE(TestUtil::readAll(damaged), bytes); // the backup itself is left alone
    }
}

void TestBackup::truncatedBackupIsDamage()
{
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const qint64 offset = payloadOffset(m_backupBytes);
    for (const qint64 size : {qint64(10), offset - 5, offset, offset + 1024, qint64(m_backupBytes.size() - 1)}) {
        const QString cut = work.filePath(u"cut.linlibak"_s);
        QVERIFY(TestUtil::writeAll(cut, m_backupBytes.left(size)));
        QTemporaryDir target;
        QVERIFY(target.isValid());
        const QString path = target.filePath(u"restored.linli"_s);
        const auto s = Backup::restore(cut, path, Credentials::recoveryKey(m_recoveryKey));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().code() == ErrorCode::DatabaseDamaged, describe(s.error()).constData());
        expectNothingCreated(target.path(), path);
    }
}

void TestBackup::wrongPasswordCreatesNothing()
{
    QTemporaryDir target;
    QVERIFY(target.isValid());
    const QString path = target.filePath(u"restored.linli"_s);
    const auto s = Backup::restore(m_backup, path, Credentials::password(Admin, u"guess"_s));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code(), ErrorCode::AuthenticationFailed);
    QVERIFY(!s.error().message().isEmpty());
    expectNothingCreated(target.path(), path);

    const auto unknown = Backup::restore(m_backup, path, Credentials::password(u"intruder"_s, AdminPassword));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code(), ErrorCode::AuthenticationFailed);
    expectNothingCreated(target.path(), path);
}

void TestBackup::wrongRecoveryKeyCreatesNothing()
{
    QTemporaryDir target;
    QVERIFY(target.isValid());
    const QString path = target.filePath(u"restored.linli"_s);
    const auto s = Backup::restore(m_backup, path, Credentials::recoveryKey(RecoveryKey::format(SecretKey::random())));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code(), ErrorCode::AuthenticationFailed);
    expectNothingCreated(target.path(), path);
}

void TestBackup::notABackup()
{
    QTemporaryDir target;
    QVERIFY(target.isValid());
    const QString path = target.filePath(u"restored.linli"_s);
    // The live database file is not a backup file.
    const auto s = Backup::restore(m_store->path(), path, Credentials::password(Admin, AdminPassword));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code(), ErrorCode::NotLinliDatabase);
    expectNothingCreated(target.path(), path);
    const auto missing =
        Backup::restore(target.filePath(u"nope.linlibak"_s), path, Credentials::password(Admin, AdminPassword));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code(), ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
