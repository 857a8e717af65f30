// Pinyin of names as staff type them: full, initials, surnames read as surnames, ü typed both
// ways; and the pinyin order list views sort names in.
#include <search/pinyin.h>
#include <search/pinyincollator.h>

#include <QtTest/QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using Linli::Search::Pinyin;
using Linli::Search::PinyinCollator;
using Linli::Search::Syllable;

class TestPinyin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullAndInitials_data();
    void fullAndInitials();
    void surnames_data();
    void surnames();
    void surnameReadingOnlyAtTheStart_data();
    void surnameReadingOnlyAtTheStart();
    void umlautTypedBothWays_data();
    void umlautTypedBothWays();
    void syllablesKeepTheirCharacter();
    void latinAndSeparators_data();
    void latinAndSeparators();
    void cachedEqualsFresh();
    void everyCommonCharacterHasAnAsciiReading();
    void sortsByPinyin();
    void sortKeyAgreesWithCompare();
};

void TestPinyin::fullAndInitials_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("initials");
    QTest::addColumn<QStringList>("syllables");

    QTest::newRow("张三丰") << u"张三丰"_s << u"zhangsanfeng"_s << u"zsf"_s
                            << QStringList{u"zhang"_s, u"san"_s, u"feng"_s};
    QTest::newRow("王伟") << u"王伟"_s << u"wangwei"_s << u"ww"_s << QStringList{u"wang"_s, u"wei"_s};
    QTest::newRow("欧阳修") << u"欧阳修"_s << u"ouyangxiu"_s << u"oyx"_s << QStringList{u"ou"_s, u"yang"_s, u"xiu"_s};
    QTest::newRow("阿 (one letter)") << u"阿"_s << u"a"_s << u"a"_s << QStringList{u"a"_s};
    QTest::newRow("given-name 长 is chang")
        << u"李长江"_s << u"lichangjiang"_s << u"lcj"_s << QStringList{u"li"_s, u"chang"_s, u"jiang"_s};
    QTest::newRow("spaces around") << u"  张三  "_s << u"zhangsan"_s << u"zs"_s << QStringList{u"zhang"_s, u"san"_s};
    QTest::newRow("empty") << QString() << QString() << QString() << QStringList();
}

void TestPinyin::fullAndInitials()
{
    QFETCH(QString, name);
    QFETCH(QString, full);
    QFETCH(QString, initials);
    QFETCH(QStringList, syllables);
    Pinyin pinyin;
    QVERIFY(pinyin.isValid());
    QCOMPARE(pinyin.full(name), full);
    QCOMPARE(pinyin.initials(name), initials);
    QCOMPARE(pinyin.syllables(name), syllables);
}

void TestPinyin::surnames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("full");

    // The polyphonic surnames the registry promises, and some more from the override table.
    QTest::newRow("曾 zeng") << u"曾国藩"_s << u"zengguofan"_s;
    QTest::newRow("单 shan") << u"单雄信"_s << u"shanxiongxin"_s;
    QTest::newRow("解 xie") << u"解缙"_s << u"xiejin"_s;
    QTest::newRow("区 ou") << u"区永健"_s << u"ouyongjian"_s;
    QTest::newRow("仇 qiu") << u"仇英"_s << u"qiuying"_s;
    QTest::newRow("朴 piao") << u"朴正浩"_s << u"piaozhenghao"_s;
    QTest::newRow("查 zha") << u"查良镛"_s << u"zhaliangyong"_s;
    QTest::newRow("翟 zhai") << u"翟志刚"_s << u"zhaizhigang"_s;
    QTest::newRow("乐 yue") << u"乐嘉"_s << u"yuejia"_s;
    QTest::newRow("尉迟 yuchi") << u"尉迟恭"_s << u"yuchigong"_s;
    QTest::newRow("尉 alone wei") << u"尉缭"_s << u"weiliao"_s;
    QTest::newRow("万俟 moqi") << u"万俟卨"_s << u"moqixie"_s;
    QTest::newRow("长孙 zhangsun") << u"长孙无忌"_s << u"zhangsunwuji"_s;
    QTest::newRow("澹台 tantai") << u"澹台灭明"_s << u"tantaimieming"_s;
    QTest::newRow("缪 miao") << u"缪华"_s << u"miaohua"_s;
    QTest::newRow("覃 qin") << u"覃芳"_s << u"qinfang"_s;
    QTest::newRow("盖 ge") << u"盖聂"_s << u"genie"_s;
    QTest::newRow("长 alone chang") << u"长平"_s << u"changping"_s;
}

void TestPinyin::surnames()
{
    QFETCH(QString, name);
    QFETCH(QString, full);
    Pinyin pinyin;
    QCOMPARE(pinyin.full(name), full);
}

void TestPinyin::surnameReadingOnlyAtTheStart_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("full");

    QTest::newRow("单 inside a name") << u"李单"_s << u"lidan"_s;
    QTest::newRow("解 inside a name") << u"王解放"_s << u"wangjiefang"_s;
    QTest::newRow("乐 inside a name") << u"张乐"_s << u"zhangle"_s;
    QTest::newRow("查 inside a name") << u"李查"_s << u"licha"_s;
    QTest::newRow("区 inside a name") << u"王区"_s << u"wangqu"_s;
}

void TestPinyin::surnameReadingOnlyAtTheStart()
{
    QFETCH(QString, name);
    QFETCH(QString, full);
    Pinyin pinyin;
    // The surname cache must not leak into the given-name cache, whichever is filled first.
    QVERIFY(!pinyin.full(QString(name.right(1) + u"三"_s)).isEmpty());
    QCOMPARE(pinyin.full(name), full);
}

void TestPinyin::umlautTypedBothWays_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("full");
    QTest::addColumn<QStringList>("spellings");

    QTest::newRow("吕布") << u"吕布"_s << u"lvbu"_s << QStringList{u"lvbu"_s, u"lubu"_s};
    QTest::newRow("律") << u"王律"_s << u"wanglv"_s << QStringList{u"wanglv"_s, u"wanglu"_s};
    QTest::newRow("女") << u"李女"_s << u"linv"_s << QStringList{u"linv"_s, u"linu"_s};
    QTest::newRow("绿") << u"陈绿"_s << u"chenlv"_s << QStringList{u"chenlv"_s, u"chenlu"_s};
    QTest::newRow("略 (lüe)") << u"张略"_s << u"zhanglve"_s << QStringList{u"zhanglve"_s, u"zhanglue"_s};
    QTest::newRow("two of them") << u"吕女"_s << u"lvnv"_s << QStringList{u"lvnv"_s, u"lunv"_s, u"lvnu"_s, u"lunu"_s};
    QTest::newRow("no ü") << u"张三"_s << u"zhangsan"_s << QStringList{u"zhangsan"_s};
    QTest::newRow("a Latin v is not ü") << u"Victor"_s << u"victor"_s << QStringList{u"victor"_s};
}

void TestPinyin::umlautTypedBothWays()
{
    QFETCH(QString, name);
    QFETCH(QString, full);
    QFETCH(QStringList, spellings);
    Pinyin pinyin;
    QCOMPARE(pinyin.full(name), full);
    QStringList got = pinyin.spellings(name);
    got.sort();
    spellings.sort();
    QCOMPARE(got, spellings);
}

void TestPinyin::syllablesKeepTheirCharacter()
{
    Pinyin pinyin;
    const QList<Syllable> s = pinyin.spell(u"吕 Bo"_s);
    QCOMPARE(s.size(), 2);
    QCOMPARE(s.at(0).spelling, QByteArray("lv"));
    QCOMPARE(s.at(0).han, U'吕');
    QVERIFY(s.at(0).hasUmlaut());
    QCOMPARE(s.at(1).spelling, QByteArray("bo"));
    QCOMPARE(s.at(1).han, char32_t(0));
    QVERIFY(!s.at(1).hasUmlaut());

    // A character outside the BMP (CJK Extension B) stays one syllable with its character.
    const QList<Syllable> ext = pinyin.spell(u"张\U00020BB7"_s);
    QCOMPARE(ext.size(), 2);
    QCOMPARE(ext.at(1).han, U'\U00020BB7');
}

void TestPinyin::latinAndSeparators_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("initials");

    QTest::newRow("Latin name") << u"John Smith"_s << u"johnsmith"_s << u"js"_s;
    QTest::newRow("full-width letters") << u"Ｊｏｈｎ"_s << u"john"_s << u"j"_s;
    QTest::newRow("accented") << u"José"_s << u"jose"_s << u"j"_s;
    QTest::newRow("minority name with ·") << u"买买提·艾力"_s << u"maimaitiaili"_s << u"mmtal"_s;
    QTest::newRow("mixed script") << u"李Anna"_s << u"lianna"_s << u"la"_s;
    QTest::newRow("punctuation only") << u"·-·"_s << QString() << QString();
}

void TestPinyin::latinAndSeparators()
{
    QFETCH(QString, name);
    QFETCH(QString, full);
    QFETCH(QString, initials);
    Pinyin pinyin;
    QCOMPARE(pinyin.full(name), full);
    QCOMPARE(pinyin.initials(name), initials);
}

void TestPinyin::cachedEqualsFresh()
{
    const QStringList names = {u"曾国藩"_s, u"王曾"_s, u"单雄信"_s, u"李单"_s, u"吕布"_s, u"长孙无忌"_s, u"李长江"_s};
    Pinyin warm;
    for (const QString &name : names)
        warm.full(name);
    for (const QString &name : names) {
        Pinyin fresh;
        QCOMPARE(warm.spell(name), fresh.spell(name));
    }
}

void TestPinyin::everyCommonCharacterHasAnAsciiReading()
{
    // Given-name and surname characters of the demo data, and the whole CJK block's first 2000.
    Pinyin pinyin;
    for (char32_t c = 0x4E00; c < 0x4E00 + 2000; ++c) {
        const QString name = QString::fromUcs4(&c, 1) + u"三"_s;
        const QList<Syllable> s = pinyin.spell(name);
        QCOMPARE(s.size(), 2);
        for (const char ch : s.at(0).spelling)
            QVERIFY2(ch >= 'a' && ch <= 'z', qPrintable(name));
    }
}

void TestPinyin::sortsByPinyin()
{
    QStringList names = {u"张三"_s, u"陈静"_s, u"阿强"_s, u"白云"_s, u"李四"_s, u"曾国藩"_s, u"林涛"_s};
    const PinyinCollator collator;
    QVERIFY(collator.isValid());
    std::sort(names.begin(), names.end(),
              [&](const QString &a, const QString &b) { return collator.sortKey(a) < collator.sortKey(b); });
    // 曾 as a surname is zeng, but collation orders by character, where 曾 is céng (after chen).
    const QStringList expected = {u"阿强"_s, u"白云"_s, u"曾国藩"_s, u"陈静"_s, u"李四"_s, u"林涛"_s, u"张三"_s};
    QCOMPARE(names, expected);

    QVERIFY(Linli::Search::pinyinSortKey(u"阿") < Linli::Search::pinyinSortKey(u"白"));
    QVERIFY(Linli::Search::pinyinSortKey(u"白") < Linli::Search::pinyinSortKey(u"陈"));
    QVERIFY(Linli::Search::pinyinSortKey(u"陈") < Linli::Search::pinyinSortKey(u"张"));
    QVERIFY(Linli::Search::comparePinyin(u"张", u"陈") > 0);
    QCOMPARE(Linli::Search::comparePinyin(u"张三", u"张三"), 0);
}

void TestPinyin::sortKeyAgreesWithCompare()
{
    const QStringList names = {u"王伟"_s, u"王"_s,  u"汪伟"_s, u"Anna"_s,   u"李娜"_s, u"李"_s,   u"吕布"_s,
                               u"女"_s,   u"123"_s, u""_s,     u"张三丰"_s, u"张三"_s, u"zhang"_s};
    const PinyinCollator collator;
    for (const QString &a : names) {
        for (const QString &b : names) {
            const int byCompare = collator.compare(a, b);
            const QByteArray ka = collator.sortKey(a);
            const QByteArray kb = collator.sortKey(b);
            const int byKey = ka < kb ? -1 : (kb < ka ? 1 : 0);
            QVERIFY2((byCompare < 0) == (byKey < 0) && (byCompare > 0) == (byKey > 0), qPrintable(a + u" / "_s + b));
        }
    }
    QVERIFY(!collator.sortKey(u"张三").contains('\0'));
}

QTEST_GUILESS_MAIN(TestPinyin)
#include "tst_pinyin.moc"
