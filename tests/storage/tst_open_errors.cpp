// Invariant 8: a bad file or a bad secret gets a clear error and changes nothing. Every case
// compares the database file and the key file byte for byte (SHA-256) before and after.
#include "storagetestutil.h"

#include <core/clock.h>
#include <storage/keyslots.h>
#include <storage/outbox.h>
#include <storage/recoverykey.h>
#include <storage/store.h>
#include <storage/transaction.h>

#include <QtCore/QFileInfo>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Linli;
using namespace Linli::Storage;
using Linli::TestUtil::describe;

namespace {

const QString User = u"admin"_s;
const QString Password = u"正确的密码 correct"_s;
const QString RowName = u"李小龙"_s;

QByteArray randomBytes(qsizetype n)
{
    QByteArray b(n, '\0');
    for (char &c : b)
        c = char(QRandomGenerator::global()->bounded(256));
    return b;
}

// A file SQLCipher can open with `key` that holds a table but no Linli metadata, in the
// default rollback-journal mode another program would use.
bool writeForeignSqlcipherFile(const QString &path, const SecretKey &key)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK)
        return false;
    const QByteArray sql = "PRAGMA key = \"" + key.sqlcipherLiteral()
                           + "\"; CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);"
                             " INSERT INTO notes (body) VALUES ('some other program');";
    const bool ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

// A real unencrypted SQLite 3 database.
bool writePlainSqliteFile(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK)
        return false;
    const bool ok =
        sqlite3_exec(db, "CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('plain');", nullptr, nullptr, nullptr)
        == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

} // namespace

class TestOpenErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void openFails_data();
    void openFails();
    void correctPasswordOpens();
    void filesWithOneKilobytePagesStillOpen();
    void missingKeyFileWithRecoveryKeyOpensTheData();
    void inspectFile();
    void createNeverOverwrites();

private:
    QTemporaryDir m_template;
    QString m_templateDb;
    QString m_recoveryKey;
    QString m_otherDb; // another Linli database, same password
    QString m_otherRecoveryKey;
    Core::ManualClock m_clock;
};

void TestOpenErrors::initTestCase()
{
    QVERIFY(m_template.isValid());
    m_templateDb = m_template.filePath(u"golden.linli"_s);
    {
        auto created = Store::create(m_templateDb, User, Password, TestUtil::testMigrations(), m_clock, &m_recoveryKey);
        QVERIFY2(created.ok(), created.ok() ? "" : describe(created.error()).constData());
        Store &store = **created;
        Transaction tx(store.connection());
        for (int i = 0; i < 300; ++i) {
            const auto s = Outbox::upsert(store, u"tst_person"_s, store.newId().toString(),
                                          {{u"name"_s, RowName}, {u"age"_s, i}, {u"phone"_s, QString(200, u'8')}});
            QVERIFY(s.ok());
        }
        QVERIFY(tx.commit().ok());
        QVERIFY(store.connection().exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s).ok());
    }
    // Closed cleanly: the WAL is folded in and gone.
    QCOMPARE(TestUtil::filesIn(m_template.path()), (QStringList{u"golden.linli"_s, u"golden.linli.keys"_s}));
    QVERIFY(QFileInfo(m_templateDb).size() >= 16 * 1024);
    QCOMPARE(QFileInfo(m_templateDb).size() % 1024, 0);

    m_otherDb = m_template.filePath(u"other.linli"_s);
    auto other = Store::create(m_otherDb, User, Password, TestUtil::testMigrations(), m_clock, &m_otherRecoveryKey);
    QVERIFY(other.ok());
}

enum class Damage {
    None,
    WrongPassword,
    UnknownUser,
    WrongRecoveryKey,
    MistypedRecoveryKey,
    TruncatedHalf,
    TruncatedOdd,
    TruncatedOnePage,
    RandomGarbage,
    RandomGarbageOddSize,
    PlainSqlite,
    SqliteHeaderAndJunk,
    ForeignSqlcipher,
    ForeignSqlcipherRecoveryKey,
    KeyFileOfOtherDatabase,
    MissingKeyFile,
    MissingKeyFileWrongRecoveryKey,
    EmptyFile,
    Nonexistent,
    KeyFileIsADirectory,
};
Q_DECLARE_METATYPE(Damage)
Q_DECLARE_METATYPE(Linli::ErrorCode)

void TestOpenErrors::openFails_data()
{
    QTest::addColumn<Damage>("damage");
    QTest::addColumn<bool>("useRecoveryKey");
    QTest::addColumn<ErrorCode>("expected");

    QTest::newRow("wrong password") << Damage::WrongPassword << false << ErrorCode::AuthenticationFailed;
    QTest::newRow("unknown user") << Damage::UnknownUser << false << ErrorCode::AuthenticationFailed;
    QTest::newRow("wrong recovery key") << Damage::WrongRecoveryKey << true << ErrorCode::AuthenticationFailed;
    QTest::newRow("mistyped recovery key") << Damage::MistypedRecoveryKey << true << ErrorCode::InvalidInput;
    QTest::newRow("truncated to half") << Damage::TruncatedHalf << false << ErrorCode::DatabaseDamaged;
    QTest::newRow("truncated to half, recovery key") << Damage::TruncatedHalf << true << ErrorCode::DatabaseDamaged;
    QTest::newRow("last page cut off") << Damage::TruncatedOnePage << false << ErrorCode::DatabaseDamaged;
    QTest::newRow("truncated to a non-multiple of 1024") << Damage::TruncatedOdd << false << ErrorCode::DatabaseDamaged;
    QTest::newRow("random garbage") << Damage::RandomGarbage << false << ErrorCode::DatabaseDamaged;
    QTest::newRow("random garbage, odd size") << Damage::RandomGarbageOddSize << false << ErrorCode::DatabaseDamaged;
    QTest::newRow("plain SQLite file") << Damage::PlainSqlite << false << ErrorCode::NotLinliDatabase;
    QTest::newRow("SQLite header and junk") << Damage::SqliteHeaderAndJunk << false << ErrorCode::NotLinliDatabase;
    QTest::newRow("SQLCipher file, not Linli") << Damage::ForeignSqlcipher << false << ErrorCode::NotLinliDatabase;
    QTest::newRow("SQLCipher file, not Linli, recovery key")
        << Damage::ForeignSqlcipherRecoveryKey << true << ErrorCode::NotLinliDatabase;
    QTest::newRow("key file of another database")
        << Damage::KeyFileOfOtherDatabase << false << ErrorCode::DatabaseDamaged;
    QTest::newRow("missing key file, password") << Damage::MissingKeyFile << false << ErrorCode::DatabaseDamaged;
    QTest::newRow("missing key file, other database's recovery key")
        << Damage::MissingKeyFileWrongRecoveryKey << true << ErrorCode::AuthenticationFailed;
    QTest::newRow("empty file") << Damage::EmptyFile << false << ErrorCode::DatabaseDamaged;
    QTest::newRow("nonexistent path") << Damage::Nonexistent << false << ErrorCode::NotFound;
    QTest::newRow("key file is a directory") << Damage::KeyFileIsADirectory << false << ErrorCode::Io;
}

void TestOpenErrors::openFails()
{
    QFETCH(Damage, damage);
    QFETCH(bool, useRecoveryKey);
    QFETCH(ErrorCode, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(u"case.linli"_s);
    const QString keys = KeySlotFile::pathFor(db);
    QVERIFY(QFile::copy(m_templateDb, db));
    QVERIFY(QFile::copy(KeySlotFile::pathFor(m_templateDb), keys));
    QString recoveryKey = m_recoveryKey;
    QString password = Password;
    QString user = User;
    const qint64 size = QFileInfo(db).size();

    switch (damage) {
    case Damage::None: break;
    case Damage::WrongPassword: password = u"正确的密码 Correct"_s; break;
    case Damage::UnknownUser: user = u"nobody"_s; break;
    case Damage::WrongRecoveryKey: recoveryKey = m_otherRecoveryKey; break;
    case Damage::MistypedRecoveryKey: recoveryKey[2] = recoveryKey.at(2) == u'7' ? u'8' : u'7'; break;
    case Damage::TruncatedHalf: QVERIFY(QFile::resize(db, (size / 2) / 1024 * 1024)); break;
    case Damage::TruncatedOnePage: QVERIFY(QFile::resize(db, size - 1024)); break;
    case Damage::TruncatedOdd: QVERIFY(QFile::resize(db, size / 2 + 100)); break;
    case Damage::RandomGarbage: QVERIFY(TestUtil::writeAll(db, randomBytes(size))); break;
    case Damage::RandomGarbageOddSize: QVERIFY(TestUtil::writeAll(db, randomBytes(5000))); break;
    case Damage::PlainSqlite:
        QVERIFY(QFile::remove(db));
        QVERIFY(writePlainSqliteFile(db));
        break;
    case Damage::SqliteHeaderAndJunk:
        QVERIFY(TestUtil::writeAll(db, QByteArray("SQLite format 3\0", 16) + randomBytes(4096 - 16)));
        break;
    case Damage::ForeignSqlcipher:
    case Damage::ForeignSqlcipherRecoveryKey: {
        const SecretKey key = SecretKey::random();
        QVERIFY(QFile::remove(db));
        QVERIFY(writeForeignSqlcipherFile(db, key));
        QVERIFY(QFile::remove(keys));
        if (damage == Damage::ForeignSqlcipher) {
            // Someone made key slots for a file that is not a Linli database.
            KeySlotFile slots = KeySlotFile::create(u"not-a-linli-id"_s, key);
            QVERIFY(slots.setPassword(user, password, key).ok());
            QVERIFY(slots.save(keys).ok());
        }
        recoveryKey = RecoveryKey::format(key);
        break;
    }
    case Damage::KeyFileOfOtherDatabase:
        QVERIFY(QFile::remove(keys));
        QVERIFY(QFile::copy(KeySlotFile::pathFor(m_otherDb), keys));
        break;
    case Damage::MissingKeyFile: QVERIFY(QFile::remove(keys)); break;
    case Damage::MissingKeyFileWrongRecoveryKey:
        QVERIFY(QFile::remove(keys));
        recoveryKey = m_otherRecoveryKey;
        break;
    case Damage::EmptyFile: QVERIFY(TestUtil::writeAll(db, QByteArray())); break;
    case Damage::Nonexistent: QVERIFY(QFile::remove(db)); break;
    case Damage::KeyFileIsADirectory:
        QVERIFY(QFile::remove(keys));
        QVERIFY(QDir(dir.path()).mkdir(QFileInfo(keys).fileName()));
        break;
    }

    const QByteArray dbBefore = TestUtil::fileSha256(db);
    const QByteArray keysBefore = TestUtil::fileSha256(keys);
    const QStringList filesBefore = TestUtil::filesIn(dir.path());

    const Credentials credentials =
        useRecoveryKey ? Credentials::recoveryKey(recoveryKey) : Credentials::password(user, password);
    auto opened = Store::open(db, credentials, TestUtil::testMigrations(), m_clock);
    QVERIFY2(!opened.ok(), "a bad database or secret was accepted");
    qDebug("%s", describe(opened.error()).constData());
    QVERIFY2(opened.error().code() == expected, describe(opened.error()).constData());
    QVERIFY(!opened.error().message().isEmpty());
    QVERIFY(!opened.error().codeName().isEmpty());

    // Nothing was changed, created or left behind.
    QCOMPARE(TestUtil::fileSha256(db), dbBefore);
    QCOMPARE(TestUtil::fileSha256(keys), keysBefore);
    QCOMPARE(TestUtil::filesIn(dir.path()), filesBefore);
    if (damage == Damage::WrongPassword || damage == Damage::UnknownUser || damage == Damage::WrongRecoveryKey) {
        QVERIFY(!QFileInfo::exists(db + u"-wal"_s));
        QVERIFY(!QFileInfo::exists(db + u"-shm"_s));
    }
}

void TestOpenErrors::correctPasswordOpens()
{
    // The control for the cases above: the untouched copy opens with the same inputs.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(u"case.linli"_s);
    QVERIFY(QFile::copy(m_templateDb, db));
    QVERIFY(QFile::copy(KeySlotFile::pathFor(m_templateDb), KeySlotFile::pathFor(db)));
    auto opened = Store::open(db, Credentials::password(u" ADMIN"_s, Password), TestUtil::testMigrations(), m_clock);
    QVERIFY2(opened.ok(), opened.ok() ? "" : describe(opened.error()).constData());
    const auto n = (*opened)->connection().scalar(u"SELECT count(*) FROM tst_person WHERE name = ?"_s, {RowName});
    QVERIFY(n.ok());
    QCOMPARE(n->toInt(), 300);
    QVERIFY((*opened)->integrityProblems().ok());
    QVERIFY((*opened)->integrityProblems()->isEmpty());
}

void TestOpenErrors::filesWithOneKilobytePagesStillOpen()
{
    // Databases made before 2026-12-04 have SQLCipher 3's 1 KB pages; new ones 4 KB. The same data
    // exported with 1 KB pages, under the same key, must open and read like the original.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString legacy = dir.filePath(u"legacy.linli"_s);
    {
        auto opened =
            Store::open(m_templateDb, Credentials::password(User, Password), TestUtil::testMigrations(), m_clock);
        QVERIFY(opened.ok());
        Store &store = **opened;
        QCOMPARE(store.connection().pageSize(), 4096);
        QByteArray attach =
            "ATTACH DATABASE '" + legacy.toUtf8() + "' AS legacy KEY \"" + store.key().sqlcipherLiteral() + "\"";
        QVERIFY(store.connection().exec(QString::fromUtf8(attach)).ok());
        QVERIFY(store.connection().exec(u"PRAGMA legacy.cipher_page_size = 1024"_s).ok());
        QVERIFY(store.connection().select(u"SELECT sqlcipher_export('legacy')"_s).ok());
        QVERIFY(store.connection().exec(u"DETACH DATABASE legacy"_s).ok());
    }
    QVERIFY(QFile::copy(KeySlotFile::pathFor(m_templateDb), KeySlotFile::pathFor(legacy)));
    auto opened = Store::open(legacy, Credentials::password(User, Password), TestUtil::testMigrations(), m_clock);
    QVERIFY2(opened.ok(), opened.ok() ? "" : describe(opened.error()).constData());
    QCOMPARE((*opened)->connection().pageSize(), 1024);
    const auto n = (*opened)->connection().scalar(u"SELECT count(*) FROM tst_person WHERE name = ?"_s, {RowName});
    QVERIFY(n.ok());
    QCOMPARE(n->toInt(), 300);
    // A wrong password is still a wrong password, not a page-size question.
    auto wrong = Store::open(legacy, Credentials::password(User, u"wrong"_s), TestUtil::testMigrations(), m_clock);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code(), ErrorCode::AuthenticationFailed);
}

void TestOpenErrors::missingKeyFileWithRecoveryKeyOpensTheData()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(u"lost-keys.linli"_s);
    QVERIFY(QFile::copy(m_templateDb, db));
    QVERIFY(!QFileInfo::exists(KeySlotFile::pathFor(db)));

    QString typed = m_recoveryKey.toLower();
    typed.replace(u'-', u' ');
    auto opened = Store::open(db, Credentials::recoveryKey(typed), TestUtil::testMigrations(), m_clock);
    QVERIFY2(opened.ok(), opened.ok() ? "" : describe(opened.error()).constData());
    Store &store = **opened;
    const auto n = store.connection().scalar(u"SELECT count(*) FROM tst_person WHERE name = ?"_s, {RowName});
    QVERIFY(n.ok());
    QCOMPARE(n->toInt(), 300);
    QVERIFY(store.integrityProblems()->isEmpty());
    // An empty key file is ready for the administrator to set new passwords.
    QVERIFY(store.keySlots().users().isEmpty());
    QCOMPARE(store.keySlots().databaseId(), store.databaseId());
    QVERIFY(store.keySlots().matches(store.key()));
    QVERIFY(store.keySlots().setPassword(u"admin"_s, u"new password"_s, store.key()).ok());
    QVERIFY(store.saveKeySlots().ok());
    opened->reset();

    auto again =
        Store::open(db, Credentials::password(u"admin"_s, u"new password"_s), TestUtil::testMigrations(), m_clock);
    QVERIFY2(again.ok(), again.ok() ? "" : describe(again.error()).constData());
}

void TestOpenErrors::inspectFile()
{
    QVERIFY(Store::inspectFile(m_templateDb).ok());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto missing = Store::inspectFile(dir.filePath(u"nope"_s));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code(), ErrorCode::NotFound);
    const auto directory = Store::inspectFile(dir.path());
    QVERIFY(!directory.ok());
    QCOMPARE(directory.error().code(), ErrorCode::NotLinliDatabase);
    const QString plain = dir.filePath(u"plain.db"_s);
    QVERIFY(writePlainSqliteFile(plain));
    QCOMPARE(Store::inspectFile(plain).error().code(), ErrorCode::NotLinliDatabase);
}

void TestOpenErrors::createNeverOverwrites()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(u"existing.linli"_s);
    QVERIFY(QFile::copy(m_templateDb, db));
    const QByteArray before = TestUtil::fileSha256(db);
    auto created = Store::create(db, User, Password, TestUtil::testMigrations(), m_clock, nullptr);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code(), ErrorCode::AlreadyExists);
    QCOMPARE(TestUtil::fileSha256(db), before);
    QCOMPARE(TestUtil::filesIn(dir.path()), QStringList{u"existing.linli"_s});

    // A key file alone also blocks the name: it would be overwritten otherwise.
    const QString other = dir.filePath(u"other.linli"_s);
    QVERIFY(TestUtil::writeAll(KeySlotFile::pathFor(other), QByteArray("keep me")));
    auto blocked = Store::create(other, User, Password, TestUtil::testMigrations(), m_clock, nullptr);
    QVERIFY(!blocked.ok());
    QCOMPARE(blocked.error().code(), ErrorCode::AlreadyExists);
    QCOMPARE(TestUtil::readAll(KeySlotFile::pathFor(other)), QByteArray("keep me"));
    QVERIFY(!QFileInfo::exists(other));
}

QTEST_GUILESS_MAIN(TestOpenErrors)
#include "tst_open_errors.moc"
