// Phone numbers in mainland China, checked with libphonenumber: mobiles and landlines in the
// forms offices type them, stored as E.164, shown nationally and masked.
#include <core/phone.h>

// libphonenumber (and protobuf with it) stays inside phone.cpp.
#if defined(I18N_PHONENUMBERS_PHONENUMBERUTIL_H_) || defined(GOOGLE_PROTOBUF_INCLUDED_phonenumber_2eproto)
#error "phone.h must not include libphonenumber headers"
#endif

#include <QtCore/QSet>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using Linli::ErrorCode;
using Linli::Core::Phone;

class TestPhone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void refusalsDoNotRepeatTheNumber();
    void storageFormRoundTrips();
    void tail();
    void comparisonAndHash();
    void nullPhone();
    void secondNumberOfABlockIsTheSame();
};

void TestPhone::accepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("masked");
    QTest::addColumn<bool>("mobile");

    const QString m = u"+8613812345678"_s;
    const QString md = u"138 1234 5678"_s;
    const QString mm = u"138****5678"_s;
    QTest::newRow("mobile") << u"13812345678"_s << m << QString() << md << mm << true;
    QTest::newRow("mobile, spaces") << u"138 1234 5678"_s << m << QString() << md << mm << true;
    QTest::newRow("mobile, dashes") << u"138-1234-5678"_s << m << QString() << md << mm << true;
    QTest::newRow("mobile, spaces around") << u"  13812345678\t"_s << m << QString() << md << mm << true;
    QTest::newRow("+86") << u"+86 138 1234 5678"_s << m << QString() << md << mm << true;
    QTest::newRow("+86 joined") << u"+8613812345678"_s << m << QString() << md << mm << true;
    QTest::newRow("+86 with dashes") << u"+86-138-1234-5678"_s << m << QString() << md << mm << true;
    QTest::newRow("(+86)") << u"(+86) 13812345678"_s << m << QString() << md << mm << true;
    QTest::newRow("0086") << u"0086 138 1234 5678"_s << m << QString() << md << mm << true;
    QTest::newRow("0086 joined") << u"008613812345678"_s << m << QString() << md << mm << true;
    QTest::newRow("86 without plus") << u"86 13812345678"_s << m << QString() << md << mm << true;
    QTest::newRow("full-width digits") << u"１３８１２３４５６７８"_s << m << QString() << md << mm << true;
    QTest::newRow("full-width +86, ideographic spaces")
        << u"＋８６　１３８　１２３４　５６７８"_s << m << QString() << md << mm << true;
    QTest::newRow("full-width dashes") << u"138－1234－5678"_s << m << QString() << md << mm << true;
    QTest::newRow("en dashes") << u"138–1234–5678"_s << m << QString() << md << mm << true;
    QTest::newRow("spreadsheet apostrophe") << u"'13812345678"_s << m << QString() << md << mm << true;
    QTest::newRow("mobile 139") << u"13912345678"_s << u"+8613912345678"_s << QString() << u"139 1234 5678"_s
                                << u"139****5678"_s << true;
    QTest::newRow("mobile 150") << u"15012345678"_s << u"+8615012345678"_s << QString() << u"150 1234 5678"_s
                                << u"150****5678"_s << true;
    QTest::newRow("mobile 166") << u"16612345678"_s << u"+8616612345678"_s << QString() << u"166 1234 5678"_s
                                << u"166****5678"_s << true;
    QTest::newRow("mobile 177") << u"17712345678"_s << u"+8617712345678"_s << QString() << u"177 1234 5678"_s
                                << u"177****5678"_s << true;
    QTest::newRow("mobile 188") << u"18812345678"_s << u"+8618812345678"_s << QString() << u"188 1234 5678"_s
                                << u"188****5678"_s << true;
    QTest::newRow("mobile 192") << u"19212345678"_s << u"+8619212345678"_s << QString() << u"192 1234 5678"_s
                                << u"192****5678"_s << true;
    QTest::newRow("mobile 199") << u"19912345678"_s << u"+8619912345678"_s << QString() << u"199 1234 5678"_s
                                << u"199****5678"_s << true;

    const QString bj = u"+861065521234"_s;
    const QString bjd = u"010 6552 1234"_s;
    const QString bjm = u"010****1234"_s;
    QTest::newRow("Beijing, dash and space") << u"010-6552 1234"_s << bj << QString() << bjd << bjm << false;
    QTest::newRow("Beijing, joined") << u"01065521234"_s << bj << QString() << bjd << bjm << false;
    QTest::newRow("Beijing, brackets") << u"(010) 65521234"_s << bj << QString() << bjd << bjm << false;
    QTest::newRow("Beijing, +86 10") << u"+86 10 6552 1234"_s << bj << QString() << bjd << bjm << false;
    QTest::newRow("Beijing, 0086") << u"0086-10-65521234"_s << bj << QString() << bjd << bjm << false;
    QTest::newRow("Beijing, full-width") << u"０１０－６５５２　１２３４"_s << bj << QString() << bjd << bjm << false;

    const QString hz = u"+8657188886666"_s;
    const QString hzd = u"0571 8888 6666"_s;
    const QString hzm = u"0571****6666"_s;
    QTest::newRow("Hangzhou, brackets") << u"(0571) 8888 6666"_s << hz << QString() << hzd << hzm << false;
    QTest::newRow("Hangzhou, full-width brackets") << u"（0571）8888 6666"_s << hz << QString() << hzd << hzm << false;
    QTest::newRow("Hangzhou, dash") << u"0571-88886666"_s << hz << QString() << hzd << hzm << false;
    QTest::newRow("Hangzhou, grouped with dashes") << u"0571-8888-6666"_s << hz << QString() << hzd << hzm << false;
    QTest::newRow("Hangzhou, +86") << u"+86 571 8888 6666"_s << hz << QString() << hzd << hzm << false;

    QTest::newRow("Shenzhen") << u"0755-12345678"_s << u"+8675512345678"_s << QString() << u"0755 1234 5678"_s
                              << u"0755****5678"_s << false;
    QTest::newRow("Lhasa, 7-digit number")
        << u"0891-6812345"_s << u"+868916812345"_s << QString() << u"0891 681 2345"_s << u"0891***2345"_s << false;
    QTest::newRow("400 service number") << u"400-810-8888"_s << u"+864008108888"_s << QString() << u"400 810 8888"_s
                                        << u"400***8888"_s << false;

    const QString sh = u"+862112345678"_s;
    const QString shd = u"021 1234 5678 ext. 801"_s; // untranslated in tests; "转" in zh_CN
    const QString shm = u"021****5678"_s;
    const QString ext = u"801"_s;
    QTest::newRow("extension after a dash") << u"021-12345678-801"_s << sh << ext << shd << shm << false;
    QTest::newRow("extension after 转") << u"021-12345678转801"_s << sh << ext << shd << shm << false;
    QTest::newRow("extension after 转, spaces") << u"021 1234 5678 转 801"_s << sh << ext << shd << shm << false;
    QTest::newRow("extension after 分机") << u"021-12345678分机801"_s << sh << ext << shd << shm << false;
    QTest::newRow("extension after ext.") << u"021-12345678 ext. 801"_s << sh << ext << shd << shm << false;
    QTest::newRow("extension after EXT") << u"021-12345678 EXT 801"_s << sh << ext << shd << shm << false;
    QTest::newRow("extension after x") << u"021-12345678x801"_s << sh << ext << shd << shm << false;
    QTest::newRow("extension after #") << u"021-12345678#801"_s << sh << ext << shd << shm << false;
    QTest::newRow("extension, full-width") << u"０２１－１２３４５６７８－８０１"_s << sh << ext << shd << shm << false;
    QTest::newRow("storage form") << u"+862112345678;ext=801"_s << sh << ext << shd << shm << false;
    QTest::newRow("extension on a +86 number") << u"+86 21 1234 5678 转 801"_s << sh << ext << shd << shm << false;
}

void TestPhone::accepts()
{
    QFETCH(QString, text);
    QFETCH(QString, e164);
    QFETCH(QString, extension);
    QFETCH(QString, display);
    QFETCH(QString, masked);
    QFETCH(bool, mobile);
    const auto phone = Phone::parse(text);
    QVERIFY2(phone.ok(),
             qPrintable(phone.ok() ? QString() : phone.error().detail() + u": "_s + phone.error().message()));
    QVERIFY(!phone->isNull());
    QCOMPARE(phone->e164(), e164);
    QCOMPARE(phone->extension(), extension);
    QCOMPARE(phone->toDisplayString(), display);
    QCOMPARE(phone->masked(), masked);
    QCOMPARE(phone->isMobile(), mobile);
    QCOMPARE(phone->tail(4), e164.right(4));
}

void TestPhone::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QString() << u"phone.empty"_s;
    QTest::newRow("only spaces") << u" \u3000 "_s << u"phone.empty"_s;

    QTest::newRow("Excel scientific") << u"1.38123E+10"_s << u"phone.scientific"_s;
    QTest::newRow("Excel lower-case e") << u"1.38123e+10"_s << u"phone.scientific"_s;
    QTest::newRow("Excel float") << u"13812345678.0"_s << u"phone.scientific"_s;

    QTest::newRow("two mobiles, slash") << u"13812345678/13987654321"_s << u"phone.multiple"_s;
    QTest::newRow("two mobiles, 、") << u"13812345678、13987654321"_s << u"phone.multiple"_s;
    QTest::newRow("two mobiles, full-width comma") << u"13812345678，13987654321"_s << u"phone.multiple"_s;
    QTest::newRow("two mobiles, semicolon") << u"13812345678;13987654321"_s << u"phone.multiple"_s;
    QTest::newRow("mobile and landline") << u"13812345678 / 010-65521234"_s << u"phone.multiple"_s;

    QTest::newRow("letters") << u"abc"_s << u"phone.characters"_s;
    QTest::newRow("none, in Chinese") << u"无"_s << u"phone.characters"_s;
    QTest::newRow("masked number typed in") << u"138****5678"_s << u"phone.characters"_s;
    QTest::newRow("masked with x") << u"138xxxx5678"_s << u"phone.characters"_s;
    QTest::newRow("name in front") << u"张三 13812345678"_s << u"phone.characters"_s;
    QTest::newRow("vanity letters") << u"400-FLOWERS"_s << u"phone.characters"_s;
    QTest::newRow("only punctuation") << u"--"_s << u"phone.characters"_s;

    QTest::newRow("8 digits without area code") << u"65521234"_s << u"phone.needs_area_code"_s;
    QTest::newRow("8 digits with a dash") << u"6552-1234"_s << u"phone.needs_area_code"_s;
    QTest::newRow("7 digits without area code") << u"6812345"_s << u"phone.needs_area_code"_s;
    QTest::newRow("8 digits, full-width") << u"６５５２１２３４"_s << u"phone.needs_area_code"_s;

    QTest::newRow("10-digit mobile") << u"1381234567"_s << u"phone.too_short"_s;
    QTest::newRow("9-digit mobile") << u"138 1234 567"_s << u"phone.too_short"_s;
    QTest::newRow("emergency number") << u"110"_s << u"phone.too_short"_s;
    QTest::newRow("service number") << u"95588"_s << u"phone.too_short"_s;
    QTest::newRow("carrier number") << u"10086"_s << u"phone.too_short"_s;
    QTest::newRow("a phone tail") << u"5678"_s << u"phone.too_short"_s;
    QTest::newRow("+86 only") << u"+86"_s << u"phone.too_short"_s;

    QTest::newRow("12-digit mobile") << u"138123456789"_s << u"phone.too_long"_s;
    QTest::newRow("two mobiles glued") << u"1381234567813987654321"_s << u"phone.too_long"_s;
    QTest::newRow("mobile with a dash group") << u"13812345678-801"_s << u"phone.too_long"_s;

    QTest::newRow("Hong Kong") << u"+852 9123 4567"_s << u"phone.not_china"_s;
    QTest::newRow("United States") << u"+1 650 253 0000"_s << u"phone.not_china"_s;
    QTest::newRow("Taiwan, 00 prefix") << u"00886 912 345 678"_s << u"phone.not_china"_s;

    QTest::newRow("mobile with an extension") << u"13812345678 转 801"_s << u"phone.extension"_s;
    QTest::newRow("extension of 7 digits") << u"021-12345678 ext 1234567"_s << u"phone.extension"_s;

    QTest::newRow("unassigned mobile block 140") << u"14012345678"_s << u"phone.invalid"_s;
    QTest::newRow("Hangzhou has 8-digit numbers") << u"0571-888-6666"_s << u"phone.invalid"_s;
    QTest::newRow("Guangzhou has 8-digit numbers") << u"020-1234567"_s << u"phone.invalid"_s;
    QTest::newRow("no such area code") << u"0123-4567890"_s << u"phone.invalid"_s;
}

void TestPhone::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto phone = Phone::parse(text);
    QVERIFY2(!phone.ok(), qPrintable(u"accepted as "_s + (phone.ok() ? phone->toString() : QString())));
    QCOMPARE(phone.error().code(), ErrorCode::InvalidInput);
    QCOMPARE(phone.error().detail(), reason);
    QVERIFY(!phone.error().message().isEmpty());
}

void TestPhone::refusalsDoNotRepeatTheNumber()
{
    for (const QString &bad : {u"1381234567"_s, u"87654321"_s, u"14012345678"_s, u"138123456789"_s}) {
        const auto phone = Phone::parse(bad);
        QVERIFY(!phone.ok());
        QVERIFY2(!phone.error().message().contains(bad.right(4)), qPrintable(phone.error().message()));
    }
}

void TestPhone::storageFormRoundTrips()
{
    const QStringList inputs = {u"13812345678"_s,      u"010-6552 1234"_s, u"(0571) 8888 6666"_s,
                                u"021-12345678-801"_s, u"0891-6812345"_s,  u"400-810-8888"_s};
    for (const QString &text : inputs) {
        const auto phone = Phone::parse(text);
        QVERIFY(phone.ok());
        const auto again = Phone::parse(phone->toString());
        QVERIFY2(again.ok(), qPrintable(phone->toString()));
        QCOMPARE(*again, *phone);
        QCOMPARE(again->toDisplayString(), phone->toDisplayString());
        QCOMPARE(again->masked(), phone->masked());
        // What people see parses back to the same number too.
        const auto fromDisplay = Phone::parse(phone->toDisplayString());
        QVERIFY2(fromDisplay.ok(), qPrintable(phone->toDisplayString()));
        QCOMPARE(*fromDisplay, *phone);
    }
    QCOMPARE(Phone::parse(u"13812345678"_s)->toString(), u"+8613812345678"_s);
    QCOMPARE(Phone::parse(u"021-12345678-801"_s)->toString(), u"+862112345678;ext=801"_s);
}

void TestPhone::tail()
{
    const auto mobile = Phone::parse(u"138 1234 5678"_s);
    QVERIFY(mobile.ok());
    QCOMPARE(mobile->tail(), u"5678"_s);
    QCOMPARE(mobile->tail(4), u"5678"_s);
    QCOMPARE(mobile->tail(6), u"345678"_s);
    QCOMPARE(mobile->tail(0), QString());
    QCOMPARE(mobile->tail(20), u"13812345678"_s);
    const auto landline = Phone::parse(u"021-12345678-801"_s);
    QVERIFY(landline.ok());
    QCOMPARE(landline->tail(), u"5678"_s); // the number's, not the extension's
}

void TestPhone::comparisonAndHash()
{
    const auto a = Phone::parse(u"13812345678"_s);
    const auto b = Phone::parse(u"+86 138-1234-5678"_s);
    const auto c = Phone::parse(u"１３８ １２３４ ５６７８"_s);
    const auto landline = Phone::parse(u"021-12345678"_s);
    const auto withExtension = Phone::parse(u"021-12345678-801"_s);
    const auto otherExtension = Phone::parse(u"021-12345678-802"_s);
    QVERIFY(a.ok() && b.ok() && c.ok() && landline.ok() && withExtension.ok() && otherExtension.ok());
    QCOMPARE(*a, *b);
    QCOMPARE(*a, *c);
    QCOMPARE(qHash(*a), qHash(*c));
    QVERIFY(*landline != *withExtension);
    QVERIFY(*withExtension != *otherExtension);
    QVERIFY(*landline < *withExtension);
    QVERIFY(*withExtension < *otherExtension);
    const QSet<Phone> set = {*a, *b, *c, *landline, *withExtension, *otherExtension};
    QCOMPARE(set.size(), 4);
}

void TestPhone::nullPhone()
{
    const Phone phone;
    QVERIFY(phone.isNull());
    QVERIFY(!phone.isMobile());
    QCOMPARE(phone.e164(), QString());
    QCOMPARE(phone.toString(), QString());
    QCOMPARE(phone.toDisplayString(), QString());
    QCOMPARE(phone.masked(), QString());
    QCOMPARE(phone.tail(), QString());
    QCOMPARE(phone, Phone());
}

// After the first number of a mobile block (138 1234 …) the rest of the block skips
// libphonenumber; the answers must be exactly what the full parse gives.
void TestPhone::secondNumberOfABlockIsTheSame()
{
    const QStringList numbers = {u"13812340001"_s, u"13812349999"_s, u"+86 138 1234 5678"_s, u"138-1234-0000"_s};
    for (const QString &n : numbers) {
        auto p = Phone::parse(n);
        QVERIFY2(p, qPrintable(n));
        QVERIFY(p->isMobile());
        const QString digits = p->e164().mid(3);
        QCOMPARE(p->e164(), u"+86"_s + digits);
        QCOMPARE(p->toDisplayString(), digits.left(3) + u' ' + digits.mid(3, 4) + u' ' + digits.mid(7));
        QCOMPARE(p->masked(), digits.left(3) + u"****"_s + digits.right(4));
        QCOMPARE(p->toString(), p->e164());
        QVERIFY(p->extension().isEmpty());
    }
    // An unallocated block stays refused however often it is tried.
    for (int i = 0; i < 2; ++i)
        QCOMPARE(Phone::parse(u"10012345678"_s).error().code(), ErrorCode::InvalidInput);
    QCOMPARE(Phone::parse(u"1381234567"_s).error().detail(), u"phone.too_short"_s);
}

QTEST_GUILESS_MAIN(TestPhone)
#include "tst_phone.moc"
