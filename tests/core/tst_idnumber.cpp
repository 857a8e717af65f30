// Identity documents: GB 11643-1999 mainland numbers (region, birth date, ISO 7064 MOD 11-2
// check character, 15 → 18 digits), the permit and passport formats, derived birth date, sex and
// age, masking, and the spreadsheet that turned an ID into 1.10105E+17.
#include <core/idnumber.h>

#include <QtCore/QRandomGenerator>
#include <QtCore/QSet>
#include <QtTest/QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using Linli::ErrorCode;
using Linli::Core::IdNumber;
using Linli::Core::IdType;
using Linli::Core::Sex;

Q_DECLARE_METATYPE(IdType)
Q_DECLARE_METATYPE(Sex)

namespace {

const QDate Today(2025, 6, 15);

// An implementation independent of the one under test: weight of position i (0-based) is
// 2^(17-i) mod 11 and the check value is (12 - sum mod 11) mod 11, 10 written as X.
QChar referenceCheck(const QString &first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * ((1 << (17 - i)) % 11);
    const int value = (12 - sum % 11) % 11;
    return value == 10 ? QChar(u'X') : QChar(u'0' + value);
}

// A valid 18-digit number from region, birth date and sequence.
QString valid(const QString &region, const QString &birth, const QString &sequence)
{
    const QString first17 = region + birth + sequence;
    return first17 + referenceCheck(first17);
}

// The same 17 digits with a check character that does not match.
QString wrongCheck(const QString &region, const QString &birth, const QString &sequence)
{
    const QString first17 = region + birth + sequence;
    const QChar right = referenceCheck(first17);
    return first17 + (right == u'1' ? u'2' : u'1');
}

QString toFullWidth(const QString &s)
{
    QString out;
    for (QChar c : s)
        out.append(c == u' ' ? QChar(0x3000) : QChar(char16_t(c.unicode() - 0x21 + 0xFF01)));
    return out;
}

} // namespace

class TestIdNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceAgreesWithPublishedSample();
    void checkCharacterMatchesReference();
    void checkCharacterOfNonDigits();
    void mainlandAccepts_data();
    void mainlandAccepts();
    void mainlandRefuses_data();
    void mainlandRefuses();
    void refusalsDoNotRevealTheNumberOrCheckDigit();
    void everySingleTypoIsCaught();
    void everyAdjacentTranspositionIsCaught();
    void genuineNumberEndingInZerosIsAccepted();
    void fifteenDigitConversion_data();
    void fifteenDigitConversion();
    void birthDateLimits();
    void derivedSexAndBirthDate_data();
    void derivedSexAndBirthDate();
    void ageAt_data();
    void ageAt();
    void otherTypesAccept_data();
    void otherTypesAccept();
    void otherTypesRefuse_data();
    void otherTypesRefuse();
    void otherTypesDeriveNothing();
    void masked_data();
    void masked();
    void tail();
    void comparisonAndHash();
    void nullIdNumber();
    void typeNamesAndCodes();
};

void TestIdNumber::referenceAgreesWithPublishedSample()
{
    // The example printed in GB 11643-1999 and the 15-digit card it replaced.
    QCOMPARE(referenceCheck(u"11010519491231002"_s), QChar(u'X'));
    QCOMPARE(referenceCheck(u"44052418800101001"_s), QChar(u'4'));
    QCOMPARE(IdNumber::mainlandCheckCharacter(u"11010519491231002"), QChar(u'X'));
    QCOMPARE(IdNumber::mainlandCheckCharacter(u"44052418800101001"), QChar(u'4'));
}

void TestIdNumber::checkCharacterMatchesReference()
{
    QRandomGenerator random(11643);
    for (int n = 0; n < 5000; ++n) {
        QString first17;
        for (int i = 0; i < 17; ++i)
            first17.append(QChar(u'0' + random.bounded(10)));
        QCOMPARE(IdNumber::mainlandCheckCharacter(first17), referenceCheck(first17));
    }
}

void TestIdNumber::checkCharacterOfNonDigits()
{
    QVERIFY(IdNumber::mainlandCheckCharacter(u"1101051949123100").isNull());
    QVERIFY(IdNumber::mainlandCheckCharacter(u"110105194912310021").isNull());
    QVERIFY(IdNumber::mainlandCheckCharacter(u"1101051949123100A").isNull());
    QVERIFY(IdNumber::mainlandCheckCharacter(u"").isNull());
}

void TestIdNumber::mainlandAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalised");

    const QString sample = u"11010519491231002X"_s;
    QTest::newRow("GB 11643 sample") << sample << sample;
    QTest::newRow("lower-case x") << u"11010519491231002x"_s << sample;
    QTest::newRow("spaces in groups") << u"110105 19491231 002X"_s << sample;
    QTest::newRow("spaces around") << u"  11010519491231002X\t"_s << sample;
    QTest::newRow("full-width digits and X") << toFullWidth(sample) << sample;
    QTest::newRow("full-width lower-case x") << toFullWidth(u"11010519491231002x"_s) << sample;
    QTest::newRow("full-width with ideographic spaces") << toFullWidth(u"110105 19491231 002X"_s) << sample;
    QTest::newRow("no-break space") << u"110105\u00A019491231002X"_s << sample;
    QTest::newRow("zero-width space from a web page") << u"\u200B11010519491231002X"_s << sample;
    QTest::newRow("spreadsheet text apostrophe") << u"'11010519491231002X"_s << sample;
    QTest::newRow("15 digits") << u"110105491231002"_s << sample;

    const struct
    {
        const char *name;
        const char16_t *region;
        const char16_t *birth;
        const char16_t *sequence;
    } generated[] = {
        {"Beijing", u"110101", u"19800101", u"001"},
        {"Inner Mongolia 15", u"150102", u"19751010", u"123"},
        {"Liaoning 21", u"210102", u"19650315", u"234"},
        {"Heilongjiang 23", u"230102", u"19900720", u"345"},
        {"Shanghai 31", u"310104", u"19560604", u"456"},
        {"Shandong 37", u"370102", u"19881111", u"567"},
        {"Henan 41", u"410102", u"20010909", u"678"},
        {"Guangdong 44", u"440305", u"19991231", u"789"},
        {"Hainan 46", u"460105", u"19700101", u"890"},
        {"Chongqing 50", u"500101", u"19850505", u"901"},
        {"Tibet 54", u"540102", u"19950808", u"012"},
        {"Shaanxi 61", u"610102", u"19600606", u"135"},
        {"Xinjiang 65", u"650102", u"19720202", u"246"},
        {"Taiwan 71", u"710000", u"19800101", u"357"},
        {"Hong Kong residence permit 81", u"810000", u"19900101", u"468"},
        {"Macao residence permit 82", u"820000", u"19900101", u"579"},
        {"Taiwan residence permit 83", u"830000", u"19900101", u"680"},
        {"issued abroad 91", u"910000", u"19900101", u"791"},
        {"permissive last four digits", u"119999", u"19800101", u"002"},
        {"leap day 2000", u"110105", u"20000229", u"002"},
        {"leap day 1904", u"110105", u"19040229", u"002"},
        {"first day allowed", u"110105", u"19000101", u"003"},
        {"born today", u"110105", u"20250615", u"004"},
        {"born on New Year's Eve", u"310104", u"19491231", u"005"},
    };
    for (const auto &g : generated) {
        const QString id =
            valid(QString::fromUtf16(g.region), QString::fromUtf16(g.birth), QString::fromUtf16(g.sequence));
        QTest::newRow(g.name) << id << id;
    }
    // Make sure the generator produced numbers ending in X too, lower-cased here.
    const QString withX = valid(u"110105"_s, u"19491231"_s, u"002"_s);
    QTest::newRow("generated, lower-case") << withX.toLower() << withX;
}

void TestIdNumber::mainlandAccepts()
{
    QFETCH(QString, text);
    QFETCH(QString, normalised);
    const auto id = IdNumber::parse(text, IdType::MainlandId, Today);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().detail() + u": "_s + id.error().message()));
    QCOMPARE(id->toString(), normalised);
    QCOMPARE(id->type(), IdType::MainlandId);
    QVERIFY(!id->isNull());
    // The normalised form parses to itself.
    const auto again = IdNumber::parse(id->toString(), IdType::MainlandId, Today);
    QVERIFY(again.ok());
    QCOMPARE(*again, *id);
}

void TestIdNumber::mainlandRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QString() << u"id.empty"_s;
    QTest::newRow("only spaces") << u" \u3000 "_s << u"id.empty"_s;

    QTest::newRow("17 characters") << u"11010519491231002"_s << u"id.length"_s;
    QTest::newRow("19 characters") << u"11010519491231002X1"_s << u"id.length"_s;
    QTest::newRow("16 digits") << u"1101051949123100"_s << u"id.length"_s;
    QTest::newRow("14 digits") << u"11010549123100"_s << u"id.length"_s;
    QTest::newRow("an ID tail") << u"002X"_s << u"id.length"_s;

    QTest::newRow("letter inside") << u"11010519491231A02X"_s << u"id.characters"_s;
    QTest::newRow("letter O for zero") << u"11010519491231O02X"_s << u"id.characters"_s;
    QTest::newRow("X not last") << u"X1010519491231002X"_s << u"id.characters"_s;
    QTest::newRow("other check letter") << u"11010519491231002Y"_s << u"id.characters"_s;
    QTest::newRow("X in a 15-digit number") << u"11010549123100X"_s << u"id.characters"_s;
    QTest::newRow("dashes") << u"110105-19491231-02"_s << u"id.characters"_s;
    QTest::newRow("a name in the ID column") << u"张三丰张三丰张三丰张三丰张三丰张三丰"_s << u"id.characters"_s;

    QTest::newRow("starts with 0") << valid(u"010105"_s, u"19491231"_s, u"002"_s) << u"id.region"_s;
    QTest::newRow("no province 16") << valid(u"160105"_s, u"19491231"_s, u"002"_s) << u"id.region"_s;
    QTest::newRow("no province 24") << valid(u"240105"_s, u"19491231"_s, u"002"_s) << u"id.region"_s;
    QTest::newRow("no province 47") << valid(u"470105"_s, u"19491231"_s, u"002"_s) << u"id.region"_s;
    QTest::newRow("no province 72") << valid(u"720000"_s, u"19491231"_s, u"002"_s) << u"id.region"_s;
    QTest::newRow("no province 99") << valid(u"990105"_s, u"19491231"_s, u"002"_s) << u"id.region"_s;
    QTest::newRow("15 digits, bad region") << u"990105491231002"_s << u"id.region"_s;

    QTest::newRow("month 13") << valid(u"110105"_s, u"19491331"_s, u"002"_s) << u"id.birthdate"_s;
    QTest::newRow("month 00") << valid(u"110105"_s, u"19490031"_s, u"002"_s) << u"id.birthdate"_s;
    QTest::newRow("day 00") << valid(u"110105"_s, u"19491200"_s, u"002"_s) << u"id.birthdate"_s;
    QTest::newRow("31 April") << valid(u"110105"_s, u"19490431"_s, u"002"_s) << u"id.birthdate"_s;
    QTest::newRow("29 Feb in a common year") << valid(u"110105"_s, u"19490229"_s, u"002"_s) << u"id.birthdate"_s;
    QTest::newRow("29 Feb 1900 (not leap)") << valid(u"110105"_s, u"19000229"_s, u"002"_s) << u"id.birthdate"_s;
    QTest::newRow("before 1900") << valid(u"110105"_s, u"18991231"_s, u"002"_s) << u"id.birthdate"_s;
    QTest::newRow("GB sample born 1880") << u"440524188001010014"_s << u"id.birthdate"_s;
    QTest::newRow("tomorrow") << valid(u"110105"_s, u"20250616"_s, u"002"_s) << u"id.birthdate"_s;
    QTest::newRow("far future") << valid(u"110105"_s, u"20990101"_s, u"002"_s) << u"id.birthdate"_s;
    QTest::newRow("15 digits, month 13") << u"110105491331002"_s << u"id.birthdate"_s;

    QTest::newRow("wrong check digit") << u"110105194912310021"_s << u"id.checksum"_s;
    QTest::newRow("X where a digit belongs")
        << wrongCheck(u"310104"_s, u"19800101"_s, u"001"_s).chopped(1) + u'X' << u"id.checksum"_s;
    QTest::newRow("one digit mistyped") << u"11010519491231003X"_s << u"id.checksum"_s;
    QTest::newRow("two digits swapped") << u"11010519491213002X"_s << u"id.checksum"_s;
    QTest::newRow("wrong check, generated") << wrongCheck(u"440305"_s, u"19991231"_s, u"789"_s) << u"id.checksum"_s;

    QTest::newRow("Excel 1.10105E+17") << u"1.10105E+17"_s << u"id.scientific"_s;
    QTest::newRow("Excel lower-case e") << u"1.10105e+17"_s << u"id.scientific"_s;
    QTest::newRow("Excel 15 significant digits") << u"1.10105194912310E+17"_s << u"id.scientific"_s;
    QTest::newRow("exponent without sign") << u"1.10105E17"_s << u"id.scientific"_s;
    QTest::newRow("old card as number") << u"1.10105E+14"_s << u"id.scientific"_s;
    QTest::newRow("integer with exponent") << u"1E+17"_s << u"id.scientific"_s;
    QTest::newRow("full-width exponent") << toFullWidth(u"1.10105E+17"_s) << u"id.scientific"_s;
    QTest::newRow("float formatted as integer, trailing zeros") << u"110105194912310000"_s << u"id.scientific"_s;
    QTest::newRow("float with .0") << u"110105194912310000.0"_s << u"id.scientific"_s;
    QTest::newRow("float with decimals") << u"110105194912310002.00"_s << u"id.scientific"_s;
}

void TestIdNumber::mainlandRefuses()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto id = IdNumber::parse(text, IdType::MainlandId, Today);
    QVERIFY2(!id.ok(), qPrintable(u"accepted as "_s + (id.ok() ? id->toString() : QString())));
    QCOMPARE(id.error().code(), ErrorCode::InvalidInput);
    QCOMPARE(id.error().detail(), reason);
    QVERIFY(!id.error().message().isEmpty());
}

void TestIdNumber::refusalsDoNotRevealTheNumberOrCheckDigit()
{
    // Two numbers that differ only in the check character get the very same message, so the
    // message cannot tell anyone which character would have passed.
    const QString first17 = u"31010419800101001"_s;
    const QChar right = referenceCheck(first17);
    QStringList messages;
    for (QChar c : u"0123456789X"_s) {
        if (c == right)
            continue;
        const auto id = IdNumber::parse(first17 + c, IdType::MainlandId, Today);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().detail(), u"id.checksum"_s);
        QVERIFY(!id.error().message().contains(first17));
        messages.append(id.error().message());
    }
    messages.removeDuplicates();
    QCOMPARE(messages.size(), 1);
    QVERIFY(!messages.first().contains(right));

    // No refusal repeats the number it refused.
    for (const QString &bad : {u"110105194912310021"_s, u"1101051949123100"_s, u"990105194912310021"_s}) {
        const auto id = IdNumber::parse(bad, IdType::MainlandId, Today);
        QVERIFY(!id.ok());
        QVERIFY(!id.error().message().contains(bad));
    }
}

void TestIdNumber::everySingleTypoIsCaught()
{
    // MOD 11-2 detects every single substituted character; the parser must refuse each one.
    QRandomGenerator random(2025);
    const QStringList regions = {u"110105"_s, u"310104"_s, u"440305"_s, u"650102"_s};
    for (int n = 0; n < 40; ++n) {
        const QDate birth = QDate(1930, 1, 1).addDays(random.bounded(30000));
        const QString id = valid(regions.at(n % regions.size()), birth.toString(u"yyyyMMdd"_s),
                                 QString::number(random.bounded(1000)).rightJustified(3, u'0'));
        QVERIFY(IdNumber::parse(id, IdType::MainlandId, Today).ok());
        for (int pos = 0; pos < 18; ++pos) {
            for (QChar c : u"0123456789X"_s) {
                if (c == id.at(pos))
                    continue;
                QString typo = id;
                typo[pos] = c;
                const auto parsed = IdNumber::parse(typo, IdType::MainlandId, Today);
                QVERIFY2(!parsed.ok(), qPrintable(u"typo accepted: "_s + typo));
            }
        }
    }
}

void TestIdNumber::everyAdjacentTranspositionIsCaught()
{
    QRandomGenerator random(1999);
    for (int n = 0; n < 200; ++n) {
        const QDate birth = QDate(1930, 1, 1).addDays(random.bounded(30000));
        const QString id = valid(u"370102"_s, birth.toString(u"yyyyMMdd"_s),
                                 QString::number(random.bounded(1000)).rightJustified(3, u'0'));
        for (int pos = 0; pos < 17; ++pos) {
            if (id.at(pos) == id.at(pos + 1))
                continue;
            QString swapped = id;
            std::swap(swapped[pos], swapped[pos + 1]);
            QVERIFY2(!IdNumber::parse(swapped, IdType::MainlandId, Today).ok(), qPrintable(swapped));
        }
    }
}

void TestIdNumber::genuineNumberEndingInZerosIsAccepted()
{
    // A spreadsheet fills digits 16-18 with zeros; a real number can end in 000 too (sequence
    // x00 with check digit 0). Only the ones whose check digit fails are called spreadsheet damage.
    QString genuine;
    for (int day = 0; day < 4000 && genuine.isEmpty(); ++day) {
        const QString first17 = u"110105"_s + QDate(1960, 1, 1).addDays(day).toString(u"yyyyMMdd"_s) + u"100"_s;
        if (referenceCheck(first17) == u'0')
            genuine = first17 + u'0';
    }
    QVERIFY(genuine.endsWith(u"000"_s));
    const auto id = IdNumber::parse(genuine, IdType::MainlandId, Today);
    QVERIFY(id.ok());
    QCOMPARE(id->toString(), genuine);
}

void TestIdNumber::fifteenDigitConversion_data()
{
    QTest::addColumn<QString>("old");
    QTest::addColumn<QString>("upgraded");

    QTest::newRow("GB sample") << u"110105491231002"_s << u"11010519491231002X"_s;
    const QStringList cases = {u"310104560604456"_s, u"440305991231789"_s, u"650102720202246"_s, u"370102040229135"_s,
                               u"210102650315001"_s};
    for (const QString &old : cases) {
        const QString first17 = old.left(6) + u"19"_s + old.mid(6);
        QTest::newRow(qPrintable(old)) << old << first17 + referenceCheck(first17);
    }
    QTest::newRow("full-width old card") << toFullWidth(u"110105491231002"_s) << u"11010519491231002X"_s;
}

void TestIdNumber::fifteenDigitConversion()
{
    QFETCH(QString, old);
    QFETCH(QString, upgraded);
    const auto id = IdNumber::parse(old, IdType::MainlandId, Today);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message()));
    QCOMPARE(id->toString(), upgraded);
    QCOMPARE(id->toString().size(), 18);
    QCOMPARE(id->birthDate().year() / 100, 19);
    // The old and new forms of one card are the same person.
    QCOMPARE(*id, *IdNumber::parse(upgraded, IdType::MainlandId, Today));
}

void TestIdNumber::birthDateLimits()
{
    const QString bornToday = valid(u"110105"_s, u"20250615"_s, u"002"_s);
    QVERIFY(IdNumber::parse(bornToday, IdType::MainlandId, QDate(2025, 6, 15)).ok());
    const auto dayBefore = IdNumber::parse(bornToday, IdType::MainlandId, QDate(2025, 6, 14));
    QVERIFY(!dayBefore.ok());
    QCOMPARE(dayBefore.error().detail(), u"id.birthdate"_s);
    // Without a date the system date is the limit: an ID born in 2099 is in the future.
    const auto future = IdNumber::parse(valid(u"110105"_s, u"20990101"_s, u"002"_s));
    QVERIFY(!future.ok());
    QCOMPARE(future.error().detail(), u"id.birthdate"_s);
    QVERIFY(IdNumber::parse(u"11010519491231002X"_s).ok());

    // The messages tell the three date problems apart.
    const QString impossible =
        IdNumber::parse(valid(u"110105"_s, u"19491331"_s, u"002"_s), IdType::MainlandId, Today).error().message();
    const QString early =
        IdNumber::parse(valid(u"110105"_s, u"18991231"_s, u"002"_s), IdType::MainlandId, Today).error().message();
    const QString late = dayBefore.error().message();
    QVERIFY(impossible.contains(u"19491331"_s));
    QCOMPARE(QSet<QString>({impossible, early, late}).size(), 3);
}

void TestIdNumber::derivedSexAndBirthDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<Sex>("sex");

    QTest::newRow("sample, 17th digit 2") << u"11010519491231002X"_s << QDate(1949, 12, 31) << Sex::Female;
    QTest::newRow("17th digit 1") << valid(u"310104"_s, u"19800101"_s, u"001"_s) << QDate(1980, 1, 1) << Sex::Male;
    QTest::newRow("17th digit 9") << valid(u"310104"_s, u"19800101"_s, u"119"_s) << QDate(1980, 1, 1) << Sex::Male;
    QTest::newRow("17th digit 0") << valid(u"310104"_s, u"19800101"_s, u"120"_s) << QDate(1980, 1, 1) << Sex::Female;
    QTest::newRow("17th digit 8") << valid(u"310104"_s, u"19800101"_s, u"998"_s) << QDate(1980, 1, 1) << Sex::Female;
    QTest::newRow("leap day") << valid(u"110105"_s, u"20000229"_s, u"013"_s) << QDate(2000, 2, 29) << Sex::Male;
    QTest::newRow("old card, male") << u"110105491231003"_s << QDate(1949, 12, 31) << Sex::Male;
    QTest::newRow("old card, female") << u"110105491231002"_s << QDate(1949, 12, 31) << Sex::Female;
}

void TestIdNumber::derivedSexAndBirthDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, birth);
    QFETCH(Sex, sex);
    const auto id = IdNumber::parse(text, IdType::MainlandId, Today);
    QVERIFY(id.ok());
    QCOMPARE(id->birthDate(), birth);
    QCOMPARE(id->sex(), sex);
}

void TestIdNumber::ageAt_data()
{
    QTest::addColumn<QString>("birth");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("age");

    QTest::newRow("on the birth day") << u"19491231"_s << QDate(1949, 12, 31) << 0;
    QTest::newRow("before birth") << u"19491231"_s << QDate(1949, 12, 30) << -1;
    QTest::newRow("day before 75th birthday") << u"19491231"_s << QDate(2024, 12, 30) << 74;
    QTest::newRow("75th birthday") << u"19491231"_s << QDate(2024, 12, 31) << 75;
    QTest::newRow("day after 75th birthday") << u"19491231"_s << QDate(2025, 1, 1) << 75;
    QTest::newRow("mid-year, before") << u"19800615"_s << QDate(2025, 6, 14) << 44;
    QTest::newRow("mid-year, on") << u"19800615"_s << QDate(2025, 6, 15) << 45;
    QTest::newRow("mid-year, after") << u"19800615"_s << QDate(2025, 6, 16) << 45;
    QTest::newRow("same month, earlier day") << u"19800615"_s << QDate(2025, 6, 1) << 44;
    QTest::newRow("leap: 28 Feb of a common year") << u"20000229"_s << QDate(2001, 2, 28) << 0;
    QTest::newRow("leap: 1 Mar of a common year") << u"20000229"_s << QDate(2001, 3, 1) << 1;
    QTest::newRow("leap: 28 Feb of a leap year") << u"20000229"_s << QDate(2004, 2, 28) << 3;
    QTest::newRow("leap: 29 Feb of a leap year") << u"20000229"_s << QDate(2004, 2, 29) << 4;
    QTest::newRow("leap: 1 Mar of a leap year") << u"20000229"_s << QDate(2004, 3, 1) << 4;
    QTest::newRow("leap: 18th birthday, day before") << u"20000229"_s << QDate(2018, 2, 28) << 17;
    QTest::newRow("leap: 18th birthday") << u"20000229"_s << QDate(2018, 3, 1) << 18;
    QTest::newRow("centenarian") << u"19000101"_s << QDate(2025, 6, 15) << 125;
}

void TestIdNumber::ageAt()
{
    QFETCH(QString, birth);
    QFETCH(QDate, on);
    QFETCH(int, age);
    const auto id = IdNumber::parse(valid(u"110105"_s, birth, u"002"_s), IdType::MainlandId, Today);
    QVERIFY(id.ok());
    QCOMPARE(id->ageAt(on), age);
}

void TestIdNumber::otherTypesAccept_data()
{
    QTest::addColumn<IdType>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalised");

    QTest::newRow("Chinese passport E") << IdType::Passport << u"E12345678"_s << u"E12345678"_s;
    QTest::newRow("Chinese passport EA") << IdType::Passport << u"EA1234567"_s << u"EA1234567"_s;
    QTest::newRow("old passport G, spaces") << IdType::Passport << u"G 1234 5678"_s << u"G12345678"_s;
    QTest::newRow("lower-case passport") << IdType::Passport << u"e12345678"_s << u"E12345678"_s;
    QTest::newRow("full-width passport") << IdType::Passport << toFullWidth(u"e12345678"_s) << u"E12345678"_s;
    QTest::newRow("foreign digits only") << IdType::Passport << u"123456789"_s << u"123456789"_s;
    QTest::newRow("foreign alphanumeric") << IdType::Passport << u"C01X00T47"_s << u"C01X00T47"_s;

    QTest::newRow("HK permit, 8 digits") << IdType::HongKongMacauPermit << u"H12345678"_s << u"H12345678"_s;
    QTest::newRow("Macao permit, 8 digits") << IdType::HongKongMacauPermit << u"M12345678"_s << u"M12345678"_s;
    QTest::newRow("HK permit, 10 digits") << IdType::HongKongMacauPermit << u"H1234567890"_s << u"H1234567890"_s;
    QTest::newRow("HK permit, lower case") << IdType::HongKongMacauPermit << u"h 1234 5678"_s << u"H12345678"_s;
    QTest::newRow("Macao permit, full-width")
        << IdType::HongKongMacauPermit << toFullWidth(u"m12345678"_s) << u"M12345678"_s;

    QTest::newRow("Taiwan permit, 8 digits") << IdType::TaiwanPermit << u"12345678"_s << u"12345678"_s;
    QTest::newRow("Taiwan permit, 18 characters")
        << IdType::TaiwanPermit << u"830000199001011234"_s << u"830000199001011234"_s;
    QTest::newRow("Taiwan permit, 18 with x")
        << IdType::TaiwanPermit << u"83000019900101123x"_s << u"83000019900101123X"_s;

    QTest::newRow("other: officer's card") << IdType::Other << u"军字第 1234567 号"_s << u"军字第1234567号"_s;
    QTest::newRow("other: short") << IdType::Other << u"a1"_s << u"A1"_s;
    QTest::newRow("other: 40 characters") << IdType::Other << QString(40, u'7') << QString(40, u'7');
}

void TestIdNumber::otherTypesAccept()
{
    QFETCH(IdType, type);
    QFETCH(QString, text);
    QFETCH(QString, normalised);
    const auto id = IdNumber::parse(text, type, Today);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message()));
    QCOMPARE(id->type(), type);
    QCOMPARE(id->toString(), normalised);
}

void TestIdNumber::otherTypesRefuse_data()
{
    QTest::addColumn<IdType>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    QTest::newRow("passport empty") << IdType::Passport << u"  "_s << u"id.empty"_s;
    QTest::newRow("passport too short") << IdType::Passport << u"E123"_s << u"id.format"_s;
    QTest::newRow("passport too long") << IdType::Passport << u"E1234567890123456789"_s << u"id.format"_s;
    QTest::newRow("passport without digits") << IdType::Passport << u"ABCDEFGH"_s << u"id.format"_s;
    QTest::newRow("passport with dash") << IdType::Passport << u"E1234-5678"_s << u"id.format"_s;
    QTest::newRow("passport in Chinese") << IdType::Passport << u"护照E1234567"_s << u"id.format"_s;

    QTest::newRow("HK permit, 7 digits") << IdType::HongKongMacauPermit << u"H1234567"_s << u"id.format"_s;
    QTest::newRow("HK permit, 9 digits") << IdType::HongKongMacauPermit << u"H123456789"_s << u"id.format"_s;
    QTest::newRow("HK permit, wrong letter") << IdType::HongKongMacauPermit << u"K12345678"_s << u"id.format"_s;
    QTest::newRow("HK permit, no letter") << IdType::HongKongMacauPermit << u"12345678"_s << u"id.format"_s;

    QTest::newRow("Taiwan permit, 7 digits") << IdType::TaiwanPermit << u"1234567"_s << u"id.format"_s;
    QTest::newRow("Taiwan permit, letter") << IdType::TaiwanPermit << u"T1234567"_s << u"id.format"_s;
    QTest::newRow("Taiwan permit, 17 digits") << IdType::TaiwanPermit << u"83000019900101123"_s << u"id.format"_s;
    QTest::newRow("Taiwan permit, Excel") << IdType::TaiwanPermit << u"8.3E+17"_s << u"id.scientific"_s;

    QTest::newRow("other, 41 characters") << IdType::Other << QString(41, u'7') << u"id.length"_s;
    QTest::newRow("other, empty") << IdType::Other << QString() << u"id.empty"_s;
}

void TestIdNumber::otherTypesRefuse()
{
    QFETCH(IdType, type);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto id = IdNumber::parse(text, type, Today);
    QVERIFY2(!id.ok(), qPrintable(u"accepted as "_s + (id.ok() ? id->toString() : QString())));
    QCOMPARE(id.error().code(), ErrorCode::InvalidInput);
    QCOMPARE(id.error().detail(), reason);
    QVERIFY(!id.error().message().isEmpty());
}

void TestIdNumber::otherTypesDeriveNothing()
{
    // An 18-character Taiwan permit has a date-like middle, but only mainland numbers are read.
    const auto taiwan = IdNumber::parse(u"830000199001011234"_s, IdType::TaiwanPermit, Today);
    QVERIFY(taiwan.ok());
    QVERIFY(taiwan->birthDate().isNull());
    QCOMPARE(taiwan->sex(), Sex::Unknown);
    QCOMPARE(taiwan->ageAt(Today), -1);
    // A mainland number typed as "other document" is not validated as one.
    const auto other = IdNumber::parse(u"110105194912310021"_s, IdType::Other, Today);
    QVERIFY(other.ok());
    QVERIFY(other->birthDate().isNull());
}

void TestIdNumber::masked_data()
{
    QTest::addColumn<IdType>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");

    QTest::newRow("mainland") << IdType::MainlandId << u"11010519491231002X"_s << u"110105********002X"_s;
    QTest::newRow("mainland from 15 digits") << IdType::MainlandId << u"110105491231002"_s << u"110105********002X"_s;
    QTest::newRow("passport") << IdType::Passport << u"E12345678"_s << u"E1*****78"_s;
    QTest::newRow("HK permit") << IdType::HongKongMacauPermit << u"H1234567890"_s << u"H1*******90"_s;
    QTest::newRow("Taiwan 8") << IdType::TaiwanPermit << u"12345678"_s << u"12****78"_s;
    QTest::newRow("Taiwan 18") << IdType::TaiwanPermit << u"830000199001011234"_s << u"83**************34"_s;
    QTest::newRow("other, 5 characters") << IdType::Other << u"AB123"_s << u"AB*23"_s;
    QTest::newRow("other, 4 characters") << IdType::Other << u"AB12"_s << u"****"_s;
    QTest::newRow("other, 1 character") << IdType::Other << u"7"_s << u"*"_s;
}

void TestIdNumber::masked()
{
    QFETCH(IdType, type);
    QFETCH(QString, text);
    QFETCH(QString, masked);
    const auto id = IdNumber::parse(text, type, Today);
    QVERIFY(id.ok());
    QCOMPARE(id->masked(), masked);
    QCOMPARE(id->masked().size(), id->toString().size());
}

void TestIdNumber::tail()
{
    const auto id = IdNumber::parse(u"11010519491231002x"_s, IdType::MainlandId, Today);
    QVERIFY(id.ok());
    QCOMPARE(id->tail(4), u"002X"_s);
    QCOMPARE(id->tail(6), u"31002X"_s);
    QCOMPARE(id->tail(1), u"X"_s);
    QCOMPARE(id->tail(0), QString());
    QCOMPARE(id->tail(-3), QString());
    QCOMPARE(id->tail(100), u"11010519491231002X"_s);
    QCOMPARE(IdNumber().tail(4), QString());
}

void TestIdNumber::comparisonAndHash()
{
    const auto a = IdNumber::parse(u"11010519491231002X"_s, IdType::MainlandId, Today);
    const auto b = IdNumber::parse(u"１１０１０５ １９４９１２３１ ００２ｘ"_s, IdType::MainlandId, Today);
    const auto c = IdNumber::parse(u"110105491231002"_s, IdType::MainlandId, Today);
    const auto other = IdNumber::parse(valid(u"310104"_s, u"19800101"_s, u"001"_s), IdType::MainlandId, Today);
    const auto sameDigitsAsOther = IdNumber::parse(u"11010519491231002X"_s, IdType::Other, Today);
    QVERIFY(a.ok() && b.ok() && c.ok() && other.ok() && sameDigitsAsOther.ok());
    QCOMPARE(*a, *b);
    QCOMPARE(*a, *c);
    QVERIFY(*a != *other);
    QVERIFY(*a != *sameDigitsAsOther); // a different kind of document
    QVERIFY(*a < *other);
    QVERIFY(!(*other < *a));
    QVERIFY(*a < *sameDigitsAsOther); // ordered by type first
    QCOMPARE(qHash(*a), qHash(*b));
    const QSet<IdNumber> set = {*a, *b, *c, *other, *sameDigitsAsOther};
    QCOMPARE(set.size(), 3);
}

void TestIdNumber::nullIdNumber()
{
    const IdNumber id;
    QVERIFY(id.isNull());
    QCOMPARE(id.toString(), QString());
    QCOMPARE(id.masked(), QString());
    QVERIFY(id.birthDate().isNull());
    QCOMPARE(id.sex(), Sex::Unknown);
    QCOMPARE(id.ageAt(Today), -1);
    QCOMPARE(id, IdNumber());
}

void TestIdNumber::typeNamesAndCodes()
{
    const QList<IdType> types = Linli::Core::allIdTypes();
    QCOMPARE(types.size(), 5);
    QSet<QString> names;
    QSet<QString> codes;
    for (IdType type : types) {
        const QString name = Linli::Core::idTypeDisplayName(type);
        const QString code = Linli::Core::idTypeCode(type);
        QVERIFY(!name.isEmpty());
        names.insert(name);
        codes.insert(code);
        QCOMPARE(Linli::Core::idTypeFromCode(code), std::optional<IdType>(type));
    }
    QCOMPARE(names.size(), types.size());
    QCOMPARE(codes.size(), types.size());
    QCOMPARE(Linli::Core::idTypeCode(IdType::MainlandId), u"mainland_id"_s);
    QVERIFY(!Linli::Core::idTypeFromCode(u"MAINLAND_ID"_s).has_value());
    QVERIFY(!Linli::Core::idTypeFromCode(QString()).has_value());
}

QTEST_GUILESS_MAIN(TestIdNumber)
#include "tst_idnumber.moc"
