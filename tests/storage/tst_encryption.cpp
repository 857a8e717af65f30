// Invariant 7 and the "link-order trap" of DESIGN.md: a Linli database is encrypted on disk,
// in the main file and in the WAL, and SQLCipher really serves the connection.
#include "storagetestutil.h"

#include <core/clock.h>
#include <storage/outbox.h>
#include <storage/store.h>
#include <storage/transaction.h>

#include <QtCore/QFileInfo>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Linli;
using namespace Linli::Storage;
using Linli::TestUtil::describe;

namespace {

const QString Name = u"张三丰"_s;
const QByteArray NameUtf8 = QByteArrayLiteral("\xE5\xBC\xA0\xE4\xB8\x89\xE4\xB8\xB0"); // 张三丰
const QString Marker = u"ZHANGSANFENG-MARKER"_s;
const QByteArray SqliteMagic("SQLite format 3\0", 16);

} // namespace

class TestEncryption : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cipherIsReallyThere();
    void freshDatabaseIsNotPlaintext();
    void knownNamesDoNotAppearOnDisk();
    void plaintextControlFindsTheMarkers();
};

void TestEncryption::cipherIsReallyThere()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Core::ManualClock clock;
    auto store = Store::create(dir.filePath(u"c.linli"_s), u"admin"_s, u"pw-一二三"_s, TestUtil::testMigrations(),
                               clock, nullptr);
    QVERIFY2(store.ok(), store.ok() ? "" : describe(store.error()).constData());
    QVERIFY(!(*store)->connection().cipherVersion().isEmpty());
    const auto version = (*store)->connection().scalar(u"PRAGMA cipher_version"_s);
    QVERIFY(version.ok());
    QVERIFY(!version->toString().isEmpty());
    QCOMPARE(version->toString(), (*store)->connection().cipherVersion());
    // The WAL journal is what invariant 9 relies on.
    QCOMPARE((*store)->connection().scalar(u"PRAGMA journal_mode"_s)->toString(), u"wal"_s);
    QCOMPARE((*store)->connection().scalar(u"PRAGMA synchronous"_s)->toInt(), 2); // FULL
}

void TestEncryption::freshDatabaseIsNotPlaintext()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"fresh.linli"_s);
    Core::ManualClock clock;
    QString recovery;
    {
        auto store = Store::create(path, u"admin"_s, u"secret"_s, {}, clock, &recovery);
        QVERIFY2(store.ok(), store.ok() ? "" : describe(store.error()).constData());
        QVERIFY(!recovery.isEmpty());
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(QFileInfo::exists(path + u".keys"_s));
    }
    const QByteArray bytes = TestUtil::readAll(path);
    QVERIFY(bytes.size() >= 1024);
    QVERIFY(!bytes.startsWith(SqliteMagic));
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    // Schema text would show up in a plaintext file.
    QVERIFY(!bytes.contains("CREATE TABLE"));
    QVERIFY(!bytes.contains("linli_meta"));
    QVERIFY(!bytes.contains("sync_outbox"));
    // Only the owner may read the database and its key file (offices share PCs).
    const auto othersMayRead =
        QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    QCOMPARE(QFileInfo(path).permissions() & othersMayRead, QFileDevice::Permissions());
    QCOMPARE(QFileInfo(path + u".keys"_s).permissions() & othersMayRead, QFileDevice::Permissions());
    // The key file holds no plaintext key either: the recovery key is not in it.
    const QByteArray keys = TestUtil::readAll(path + u".keys"_s);
    QVERIFY(!keys.isEmpty());
    QVERIFY(!keys.contains(recovery.toLatin1()));
}

void TestEncryption::knownNamesDoNotAppearOnDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"names.linli"_s);
    const QString wal = path + u"-wal"_s;
    Core::ManualClock clock;
    auto created = Store::create(path, u"admin"_s, u"secret"_s, TestUtil::testMigrations(), clock, nullptr);
    QVERIFY2(created.ok(), created.ok() ? "" : describe(created.error()).constData());
    std::unique_ptr<Store> store = std::move(*created);

    // Many copies, so the names fill more than one page of the WAL and of the file.
    {
        Transaction tx(store->connection());
        QVERIFY(tx.isActive());
        for (int i = 0; i < 200; ++i) {
            const auto s = Outbox::upsert(*store, u"tst_person"_s, store->newId().toString(),
                                          {{u"name"_s, Name}, {u"phone"_s, Marker}, {u"age"_s, i}});
            QVERIFY2(s.ok(), s.ok() ? "" : describe(s.error()).constData());
        }
        const auto plain =
            store->connection().execute(u"INSERT INTO linli_meta (key, value) VALUES (?, ?)"_s, {Marker, Name});
        QVERIFY(plain.ok());
        QVERIFY(tx.commit().ok());
    }

    // Committed but not yet checkpointed: the rows live in the WAL.
    QVERIFY(QFileInfo(wal).size() > 0);
    for (const QString &file : {path, wal}) {
        const QByteArray bytes = TestUtil::readAll(file);
        QVERIFY(!bytes.isEmpty());
        QVERIFY2(!bytes.contains(NameUtf8), qPrintable(file));
        QVERIFY2(!bytes.contains(Marker.toUtf8()), qPrintable(file));
    }

    // Checkpoint into the main file, then close; look again.
    QVERIFY(store->connection().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s).ok());
    store.reset();
    const QByteArray main = TestUtil::readAll(path);
    QVERIFY(main.size() > 8 * 1024);
    QVERIFY(!main.startsWith(SqliteMagic));
    QVERIFY(!main.contains(NameUtf8));
    QVERIFY(!main.contains(Marker.toUtf8()));
    QVERIFY(!main.contains(Marker.toLatin1().toLower()));
    if (QFileInfo::exists(wal)) {
        const QByteArray walBytes = TestUtil::readAll(wal);
        QVERIFY(!walBytes.contains(NameUtf8));
        QVERIFY(!walBytes.contains(Marker.toUtf8()));
    }
    // No side file of any kind holds the names.
    for (const QString &f : TestUtil::filesIn(dir.path())) {
        const QByteArray bytes = TestUtil::readAll(dir.filePath(f));
        QVERIFY2(!bytes.contains(NameUtf8), qPrintable(f));
        QVERIFY2(!bytes.contains(Marker.toUtf8()), qPrintable(f));
    }

    // The data is really there: it opens and reads back.
    auto reopened =
        Store::open(path, Credentials::password(u"admin"_s, u"secret"_s), TestUtil::testMigrations(), clock);
    QVERIFY2(reopened.ok(), reopened.ok() ? "" : describe(reopened.error()).constData());
    const auto n = (*reopened)->connection().scalar(u"SELECT count(*) FROM tst_person WHERE name = ? AND phone = ?"_s,
                                                    {Name, Marker});
    QVERIFY(n.ok());
    QCOMPARE(n->toInt(), 200);
}

void TestEncryption::plaintextControlFindsTheMarkers()
{
    // The same search on an unencrypted SQLite file finds the names: the checks above can fail.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"plain.sqlite"_s);
    sqlite3 *db = nullptr;
    QCOMPARE(
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr),
        SQLITE_OK);
    const QByteArray sql = "CREATE TABLE t (name TEXT, marker TEXT); INSERT INTO t VALUES ('" + NameUtf8 + "', '"
                           + Marker.toUtf8() + "');";
    QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    const QByteArray bytes = TestUtil::readAll(path);
    QVERIFY(bytes.startsWith(SqliteMagic));
    QVERIFY(bytes.contains(NameUtf8));
    QVERIFY(bytes.contains(Marker.toUtf8()));
}

QTEST_GUILESS_MAIN(TestEncryption)
#include "tst_encryption.moc"
