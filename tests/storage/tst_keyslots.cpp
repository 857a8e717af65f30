// Key slots and the recovery key: passwords wrap the database key; the recovery key is the key
// itself, typed by people, with a checksum that catches typos.
#include "storagetestutil.h"

#include <core/clock.h>
#include <storage/keyslots.h>
#include <storage/recoverykey.h>
#include <storage/store.h>

#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QRandomGenerator>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Linli;
using namespace Linli::Storage;
using Linli::TestUtil::describe;

namespace {

const QString DbId = u"0192f0c4-8a3e-7b12-9c4d-5e6f7a8b9c0d"_s;
const QString Crockford = u"0123456789ABCDEFGHJKMNPQRSTVWXYZ"_s;

int crockfordValue(QChar c)
{
    return int(Crockford.indexOf(c));
}

} // namespace

class TestKeySlots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unlockWithTheRightPassword();
    void wrongPasswordAndUnknownUserLookTheSame();
    void setPasswordReplacesTheOldOne();
    void removeUser();
    void slotIsBoundToItsUser();
    void saveAndLoadRoundTrip();
    void saveIsAtomic();
    void damagedKeyFile_data();
    void damagedKeyFile();
    void damagedKeyFileRefusedByStore();
    void recoveryKeyFormat();
    void recoveryKeyRoundTrip();
    void recoveryKeyToleratesHowPeopleType();
    void recoveryKeyTypoIsCaught();
    void recoveryKeyWrongLengthOrLetters();
    void recoveryKeyOfAnotherDatabase();
    void storeUsesSlotsAndRecoveryKey();
};

void TestKeySlots::unlockWithTheRightPassword()
{
    const SecretKey key = SecretKey::random();
    KeySlotFile slots = KeySlotFile::create(DbId, key);
    QCOMPARE(slots.databaseId(), DbId);
    QVERIFY(slots.users().isEmpty());
    QVERIFY(slots.setPassword(u"Alice"_s, u"correct horse 电池"_s, key).ok());
    QCOMPARE(slots.users(), QStringList{u"alice"_s});
    QVERIFY(slots.hasUser(u"ALICE "_s));
    QVERIFY(slots.matches(key));
    QVERIFY(!slots.matches(SecretKey::random()));

    // User names are trimmed and case-insensitive; passwords are not.
    const auto unlocked = slots.unlock(u"  alice"_s, u"correct horse 电池"_s);
    QVERIFY2(unlocked.ok(), unlocked.ok() ? "" : describe(unlocked.error()).constData());
    QVERIFY(*unlocked == key);
}

void TestKeySlots::wrongPasswordAndUnknownUserLookTheSame()
{
    const SecretKey key = SecretKey::random();
    KeySlotFile slots = KeySlotFile::create(DbId, key);
    QVERIFY(slots.setPassword(u"alice"_s, u"right"_s, key).ok());

    const auto wrong = slots.unlock(u"alice"_s, u"Right"_s);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code(), ErrorCode::AuthenticationFailed);
    QVERIFY(!wrong.error().message().isEmpty());

    const auto unknown = slots.unlock(u"mallory"_s, u"right"_s);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code(), ErrorCode::AuthenticationFailed);
    // Nothing tells a probing person whether the name exists.
    QCOMPARE(unknown.error().message(), wrong.error().message());
    QCOMPARE(unknown.error().detail(), wrong.error().detail());

    const auto empty = slots.unlock(u"alice"_s, QString());
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().code(), ErrorCode::AuthenticationFailed);
}

void TestKeySlots::setPasswordReplacesTheOldOne()
{
    const SecretKey key = SecretKey::random();
    KeySlotFile slots = KeySlotFile::create(DbId, key);
    QVERIFY(slots.setPassword(u"alice"_s, u"old"_s, key).ok());
    QVERIFY(slots.setPassword(u"ALICE"_s, u"new"_s, key).ok());
    QCOMPARE(slots.users(), QStringList{u"alice"_s}); // replaced, not added

    const auto old = slots.unlock(u"alice"_s, u"old"_s);
    QVERIFY(!old.ok());
    QCOMPARE(old.error().code(), ErrorCode::AuthenticationFailed);
    const auto fresh = slots.unlock(u"alice"_s, u"new"_s);
    QVERIFY(fresh.ok());
    QVERIFY(*fresh == key);
}

void TestKeySlots::removeUser()
{
    const SecretKey key = SecretKey::random();
    KeySlotFile slots = KeySlotFile::create(DbId, key);
    QVERIFY(slots.setPassword(u"alice"_s, u"a"_s, key).ok());
    QVERIFY(slots.setPassword(u"bob"_s, u"b"_s, key).ok());
    QCOMPARE(slots.users().size(), 2);

    QVERIFY(slots.removeUser(u" Bob"_s));
    QVERIFY(!slots.removeUser(u"bob"_s)); // already gone
    QVERIFY(!slots.hasUser(u"bob"_s));
    QCOMPARE(slots.users(), QStringList{u"alice"_s});
    const auto bob = slots.unlock(u"bob"_s, u"b"_s);
    QVERIFY(!bob.ok());
    QCOMPARE(bob.error().code(), ErrorCode::AuthenticationFailed);
    // The others are untouched.
    QVERIFY(slots.unlock(u"alice"_s, u"a"_s).ok());
}

void TestKeySlots::slotIsBoundToItsUser()
{
    // Renaming a slot in the file (to sign in as someone else with one's own password) fails:
    // the user name is authenticated data of the wrapped key.
    const SecretKey key = SecretKey::random();
    KeySlotFile slots = KeySlotFile::create(DbId, key);
    QVERIFY(slots.setPassword(u"clerk"_s, u"clerkpw"_s, key).ok());
    QJsonObject o = QJsonDocument::fromJson(slots.toJson()).object();
    QJsonArray arr = o.value(u"slots"_s).toArray();
    QCOMPARE(arr.size(), 1);
    QJsonObject s = arr.at(0).toObject();
    s.insert(u"user"_s, u"admin"_s);
    arr.replace(0, s);
    o.insert(u"slots"_s, arr);
    const auto tampered = KeySlotFile::fromJson(QJsonDocument(o).toJson());
    QVERIFY(tampered.ok());
    const auto asAdmin = tampered->unlock(u"admin"_s, u"clerkpw"_s);
    QVERIFY(!asAdmin.ok());
    QCOMPARE(asAdmin.error().code(), ErrorCode::AuthenticationFailed);
}

void TestKeySlots::saveAndLoadRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"db.linli.keys"_s);
    const SecretKey key = SecretKey::random();
    KeySlotFile slots = KeySlotFile::create(DbId, key);
    QVERIFY(slots.setPassword(u"alice"_s, u"pw"_s, key).ok());
    QVERIFY(slots.save(path).ok());

    const auto loaded = KeySlotFile::load(path);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : describe(loaded.error()).constData());
    QCOMPARE(loaded->databaseId(), DbId);
    QCOMPARE(loaded->users(), QStringList{u"alice"_s});
    QVERIFY(loaded->matches(key));
    QCOMPARE(loaded->toJson(), slots.toJson());
    const auto k = loaded->unlock(u"alice"_s, u"pw"_s);
    QVERIFY(k.ok());
    QVERIFY(*k == key);
    // Only the owner may read the key file.
    QCOMPARE(
        QFileInfo(path).permissions()
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
        QFileDevice::Permissions());
    QCOMPARE(KeySlotFile::pathFor(u"/x/y.linli"_s), u"/x/y.linli.keys"_s);
}

void TestKeySlots::saveIsAtomic()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"db.linli.keys"_s);
    const SecretKey key = SecretKey::random();
    KeySlotFile slots = KeySlotFile::create(DbId, key);
    QVERIFY(slots.save(path).ok());
    QCOMPARE(TestUtil::filesIn(dir.path()), QStringList{u"db.linli.keys"_s});
    const QByteArray first = TestUtil::readAll(path);

    // Overwriting goes through a temporary file and a rename: no temporary is left, and the
    // file always holds one complete version.
    QVERIFY(slots.setPassword(u"alice"_s, u"pw"_s, key).ok());
    QVERIFY(slots.save(path).ok());
    QCOMPARE(TestUtil::filesIn(dir.path()), QStringList{u"db.linli.keys"_s});
    const QByteArray second = TestUtil::readAll(path);
    QVERIFY(first != second);
    QVERIFY(KeySlotFile::fromJson(second).ok());
    QCOMPARE(KeySlotFile::fromJson(second)->users(), QStringList{u"alice"_s});

    // A save that cannot happen leaves the old file as it was.
    const QString inMissingDir = dir.filePath(u"no/such/dir/x.keys"_s);
    const auto failed = slots.save(inMissingDir);
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code(), ErrorCode::Io);
    QCOMPARE(TestUtil::filesIn(dir.path()), QStringList{u"db.linli.keys"_s});
    QCOMPARE(TestUtil::readAll(path), second);
}

void TestKeySlots::damagedKeyFile_data()
{
    const SecretKey key = SecretKey::random();
    KeySlotFile slots = KeySlotFile::create(DbId, key);
    QVERIFY(slots.setPassword(u"alice"_s, u"pw"_s, key).ok());
    const QByteArray good = slots.toJson();

    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("cut in half") << good.left(good.size() / 2);
    QByteArray random(600, '\0');
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    QTest::newRow("random bytes") << random;
    QTest::newRow("zeros") << QByteArray(4096, '\0');
    QTest::newRow("json array") << QByteArray("[1, 2, 3]");
    QByteArray badVersion = good;
    badVersion.replace("\"version\": 1", "\"version\": 99");
    QTest::newRow("unknown version") << badVersion;

    QJsonObject o = QJsonDocument::fromJson(good).object();
    QJsonObject noCheck = o;
    noCheck.remove(u"key_check"_s);
    QTest::newRow("no key check") << QJsonDocument(noCheck).toJson();
    QJsonObject noId = o;
    noId.insert(u"database_id"_s, QString());
    QTest::newRow("no database id") << QJsonDocument(noId).toJson();

    const auto withSlot = [&o](const QString &field, const QJsonValue &value) {
        QJsonObject copy = o;
        QJsonArray arr = copy.value(u"slots"_s).toArray();
        QJsonObject s = arr.at(0).toObject();
        s.insert(field, value);
        arr.replace(0, s);
        copy.insert(u"slots"_s, arr);
        return QJsonDocument(copy).toJson();
    };
    QTest::newRow("short salt") << withSlot(u"salt"_s, u"AAAA"_s);
    QTest::newRow("short wrapped key") << withSlot(u"wrapped"_s, u"AAAA"_s);
    QTest::newRow("unknown kdf") << withSlot(u"kdf"_s, u"md5"_s);
    QTest::newRow("memory limit of 1 TiB") << withSlot(u"mem"_s, qint64(1) << 40);
    QTest::newRow("no user") << withSlot(u"user"_s, QString());
}

void TestKeySlots::damagedKeyFile()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"db.linli.keys"_s);
    QVERIFY(TestUtil::writeAll(path, bytes));
    const auto loaded = KeySlotFile::load(path);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code(), ErrorCode::DatabaseDamaged);
    QVERIFY(!loaded.error().message().isEmpty());
    QCOMPARE(TestUtil::readAll(path), bytes); // loading never "repairs" the file
}

void TestKeySlots::damagedKeyFileRefusedByStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"db.linli"_s);
    Core::ManualClock clock;
    QString recovery;
    {
        auto store = Store::create(path, u"admin"_s, u"pw"_s, {}, clock, &recovery);
        QVERIFY(store.ok());
    }
    QByteArray keys = TestUtil::readAll(KeySlotFile::pathFor(path));
    keys.truncate(keys.size() - 40); // garbled: the end of the JSON is gone
    QVERIFY(TestUtil::writeAll(KeySlotFile::pathFor(path), keys));
    const QByteArray dbBefore = TestUtil::fileSha256(path);

    auto opened = Store::open(path, Credentials::password(u"admin"_s, u"pw"_s), {}, clock);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code(), ErrorCode::DatabaseDamaged);
    QVERIFY(!opened.error().message().isEmpty());
    QCOMPARE(TestUtil::fileSha256(path), dbBefore);
    QCOMPARE(TestUtil::readAll(KeySlotFile::pathFor(path)), keys);

    // The recovery key still opens the data, as the error message promises; the damaged key
    // file is left as it is until an administrator saves new slots.
    auto recovered = Store::open(path, Credentials::recoveryKey(recovery), {}, clock);
    QVERIFY2(recovered.ok(), recovered.ok() ? "" : describe(recovered.error()).constData());
    QVERIFY((*recovered)->keySlots().users().isEmpty());
    QVERIFY((*recovered)->keySlots().matches((*recovered)->key()));
    QCOMPARE(TestUtil::readAll(KeySlotFile::pathFor(path)), keys);
    QVERIFY((*recovered)->keySlots().setPassword(u"admin"_s, u"new"_s, (*recovered)->key()).ok());
    QVERIFY((*recovered)->saveKeySlots().ok());
    recovered->reset();
    auto again = Store::open(path, Credentials::password(u"admin"_s, u"new"_s), {}, clock);
    QVERIFY2(again.ok(), again.ok() ? "" : describe(again.error()).constData());
}

void TestKeySlots::recoveryKeyFormat()
{
    static const QRegularExpression shape(u"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){13}$"_s);
    for (int i = 0; i < 50; ++i) {
        const QString text = RecoveryKey::format(SecretKey::random());
        QVERIFY2(shape.match(text).hasMatch(), qPrintable(text));
        QCOMPARE(text.split(u'-').size(), 14);
        QCOMPARE(text.size(), 14 * 4 + 13);
        for (QChar c : text)
            QVERIFY(c == u'-' || Crockford.contains(c));
    }
    // A known key gives a known text: the format is stable across versions.
    unsigned char zeros[SecretKey::Size] = {};
    const QString zeroText = RecoveryKey::format(SecretKey::fromBytes(zeros));
    QVERIFY(zeroText.startsWith(u"0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-0000-"_s));
    QCOMPARE(zeroText, RecoveryKey::format(SecretKey::fromBytes(zeros)));
}

void TestKeySlots::recoveryKeyRoundTrip()
{
    for (int i = 0; i < 200; ++i) {
        const SecretKey key = SecretKey::random();
        const QString text = RecoveryKey::format(key);
        const auto parsed = RecoveryKey::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(text));
        QVERIFY(*parsed == key);
    }
    const SecretKey a = SecretKey::random();
    const SecretKey b = SecretKey::random();
    QVERIFY(RecoveryKey::format(a) != RecoveryKey::format(b));
}

void TestKeySlots::recoveryKeyToleratesHowPeopleType()
{
    int withZero = 0;
    int withOne = 0;
    for (int i = 0; i < 40; ++i) {
        const SecretKey key = SecretKey::random();
        const QString text = RecoveryKey::format(key);

        QVERIFY(RecoveryKey::parse(text.toLower()).ok());
        QString spaced = text;
        spaced.replace(u'-', u' ');
        QVERIFY(RecoveryKey::parse(u"  "_s + spaced + u"\n"_s).ok());
        QVERIFY(*RecoveryKey::parse(spaced) == key);
        QString joined = text;
        joined.remove(u'-');
        QVERIFY(*RecoveryKey::parse(joined) == key);
        QString fullWidthDash = text;
        fullWidthDash.replace(u'-', QChar(0xFF0D));
        QVERIFY(RecoveryKey::parse(fullWidthDash).ok());

        // O for 0, I and L for 1, as read aloud from a printed sheet.
        QString lookalikes = text;
        if (lookalikes.contains(u'0'))
            ++withZero;
        if (lookalikes.contains(u'1'))
            ++withOne;
        lookalikes.replace(u'0', u'O');
        bool useI = true;
        for (QChar &c : lookalikes) {
            if (c == u'1') {
                c = useI ? u'I' : u'l';
                useI = !useI;
            }
        }
        const auto p = RecoveryKey::parse(lookalikes.toLower());
        QVERIFY2(p.ok(), qPrintable(lookalikes));
        QVERIFY(*p == key);
    }
    QVERIFY(withZero > 0);
    QVERIFY(withOne > 0);
}

void TestKeySlots::recoveryKeyTypoIsCaught()
{
    const SecretKey key = SecretKey::random();
    const QString text = RecoveryKey::format(key);
    QString digitsOnly = text;
    digitsOnly.remove(u'-');
    QCOMPARE(digitsOnly.size(), 56);
    // Every single-character typo, at every position, is reported as a typo.
    for (qsizetype pos = 0; pos < digitsOnly.size(); ++pos) {
        QString typo = digitsOnly;
        const int v = crockfordValue(typo.at(pos));
        QVERIFY(v >= 0);
        typo[pos] = Crockford.at((v + 1 + int(pos) % 31) % 32); // a different character
        const auto parsed = RecoveryKey::parse(typo);
        QVERIFY2(!parsed.ok(), qPrintable(typo));
        QCOMPARE(parsed.error().code(), ErrorCode::InvalidInput);
        QVERIFY2(parsed.error().message().contains(u"mistyped"_s), qPrintable(parsed.error().message()));
    }
    // Two swapped neighbouring groups are caught too.
    QStringList groups = text.split(u'-');
    if (groups.at(3) != groups.at(4)) {
        groups.swapItemsAt(3, 4);
        const auto swapped = RecoveryKey::parse(groups.join(u'-'));
        QVERIFY(!swapped.ok());
        QCOMPARE(swapped.error().code(), ErrorCode::InvalidInput);
    }
}

void TestKeySlots::recoveryKeyWrongLengthOrLetters()
{
    const QString text = RecoveryKey::format(SecretKey::random());
    for (const QString &bad : QStringList{QString(), text.left(text.size() - 1), text + u"A"_s, text.left(30)}) {
        const auto p = RecoveryKey::parse(bad);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code(), ErrorCode::InvalidInput);
        QVERIFY(!p.error().message().isEmpty());
    }
    // U is not in the Crockford alphabet, nor is any Chinese character.
    QString withU = text;
    withU[0] = u'U';
    const auto u = RecoveryKey::parse(withU);
    QVERIFY(!u.ok());
    QCOMPARE(u.error().code(), ErrorCode::InvalidInput);
    QString withHan = text;
    withHan[5] = QChar(0x4E00);
    QVERIFY(!RecoveryKey::parse(withHan).ok());
}

void TestKeySlots::recoveryKeyOfAnotherDatabase()
{
    const SecretKey key = SecretKey::random();
    const KeySlotFile slots = KeySlotFile::create(DbId, key);
    const auto ours = slots.unlockWithRecoveryKey(RecoveryKey::format(key));
    QVERIFY(ours.ok());
    QVERIFY(*ours == key);

    const auto other = slots.unlockWithRecoveryKey(RecoveryKey::format(SecretKey::random()));
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code(), ErrorCode::AuthenticationFailed);
    QVERIFY(!other.error().message().isEmpty());

    // A typo is reported as a typo, not as a wrong key.
    QString typo = RecoveryKey::format(key);
    typo[0] = typo.at(0) == u'A' ? u'B' : u'A';
    const auto mistyped = slots.unlockWithRecoveryKey(typo);
    QVERIFY(!mistyped.ok());
    QCOMPARE(mistyped.error().code(), ErrorCode::InvalidInput);
}

void TestKeySlots::storeUsesSlotsAndRecoveryKey()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"db.linli"_s);
    Core::ManualClock clock;
    QString recovery;
    {
        auto created = Store::create(path, u"Admin"_s, u"adminpw"_s, {}, clock, &recovery);
        QVERIFY2(created.ok(), created.ok() ? "" : describe(created.error()).constData());
        Store &store = **created;
        QCOMPARE(store.keySlots().users(), QStringList{u"admin"_s});
        QVERIFY(store.keySlots().setPassword(u"bob"_s, u"bobpw"_s, store.key()).ok());
        QVERIFY(store.saveKeySlots().ok());
        QVERIFY(store.verifyPassword(u"bob"_s, u"bobpw"_s).ok());
        const auto wrong = store.verifyPassword(u"bob"_s, u"adminpw"_s);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code(), ErrorCode::AuthenticationFailed);
    }
    QCOMPARE(TestUtil::filesIn(dir.path()), (QStringList{u"db.linli"_s, u"db.linli.keys"_s}));

    auto asBob = Store::open(path, Credentials::password(u"BOB"_s, u"bobpw"_s), {}, clock);
    QVERIFY2(asBob.ok(), asBob.ok() ? "" : describe(asBob.error()).constData());
    const QString databaseId = (*asBob)->databaseId();
    asBob->reset();

    auto withRecovery = Store::open(path, Credentials::recoveryKey(recovery.toLower()), {}, clock);
    QVERIFY2(withRecovery.ok(), withRecovery.ok() ? "" : describe(withRecovery.error()).constData());
    QCOMPARE((*withRecovery)->databaseId(), databaseId);
    withRecovery->reset();

    // Bob leaves: his password stops working, the administrator's does not.
    {
        auto admin = Store::open(path, Credentials::password(u"admin"_s, u"adminpw"_s), {}, clock);
        QVERIFY(admin.ok());
        QVERIFY((*admin)->keySlots().removeUser(u"bob"_s));
        QVERIFY((*admin)->saveKeySlots().ok());
    }
    auto bobAgain = Store::open(path, Credentials::password(u"bob"_s, u"bobpw"_s), {}, clock);
    QVERIFY(!bobAgain.ok());
    QCOMPARE(bobAgain.error().code(), ErrorCode::AuthenticationFailed);
}

QTEST_GUILESS_MAIN(TestKeySlots)
#include "tst_keyslots.moc"
