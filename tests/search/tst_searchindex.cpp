// The resident search index: what each kind of query finds, how results are ranked, edits, and
// 200 random queries checked against a brute-force reference written from the documented rules.
#include <search/pinyin.h>
#include <search/pinyincollator.h>
#include <search/searchindex.h>
#include <search/searchquery.h>

#include "searchreference.h"

#include <QtCore/QRandomGenerator>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Linli::Search;
using SearchReference::randomQuery;
using SearchReference::randomRecord;
using SearchReference::Reference;

Q_DECLARE_METATYPE(Linli::Search::SearchQuery::TermKind)

namespace {

using TermKind = SearchQuery::TermKind;

QStringList ids(const QList<Hit> &hits)
{
    QStringList out;
    for (const Hit &h : hits)
        out.append(h.id);
    return out;
}

const char *kindName(MatchKind k)
{
    switch (k) {
    case MatchKind::Exact: return "exact";
    case MatchKind::Prefix: return "prefix";
    case MatchKind::Substring: return "substring";
    case MatchKind::Abbreviated: return "abbreviated";
    }
    return "?";
}

QString describe(const QList<Hit> &hits)
{
    QStringList out;
    for (const Hit &h : hits)
        out.append(h.id + u':' + QLatin1StringView(kindName(h.kind)) + u':' + QString::number(int(h.field)));
    return out.join(u' ');
}

MatchKind kindOf(const QList<Hit> &hits, const QString &id)
{
    for (const Hit &h : hits) {
        if (h.id == id)
            return h.kind;
    }
    return MatchKind(255);
}

} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void normalisedKeys();
    void pinyinAndInitials_data();
    void pinyinAndInitials();
    void polyphonicSurnames();
    void umlautMatchesLvAndLu();
    void rankingExactPrefixSubstring();
    void sameKindSortedByPinyin();
    void chineseCharacters();
    void mixedCharactersAndPinyin();
    void idNumberTail();
    void phoneTail();
    void roomCode();
    void severalTerms();
    void emptyAndUnmatchableQueries();
    void limit();
    void removeAndUpdate();
    void manyEditsCompactTheBuffers();
    void clearKeepsWorking();
    void randomQueriesMatchBruteForce();
};

void TestSearchIndex::parse_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<TermKind>>("kinds");
    QTest::addColumn<QStringList>("texts");

    using K = TermKind;
    QTest::newRow("pinyin") << u"ZhangSan"_s << QList<K>{K::Letters} << QStringList{u"zhangsan"_s};
    QTest::newRow("spaced pinyin is one term")
        << u" zhang  san "_s << QList<K>{K::Letters} << QStringList{u"zhangsan"_s};
    QTest::newRow("full-width") << u"ＺＳＦ"_s << QList<K>{K::Letters} << QStringList{u"zsf"_s};
    QTest::newRow("ü as v") << u"lü"_s << QList<K>{K::Letters} << QStringList{u"lv"_s};
    QTest::newRow("apostrophe") << u"xi'an"_s << QList<K>{K::Letters} << QStringList{u"xian"_s};
    QTest::newRow("han") << u"张三"_s << QList<K>{K::Han} << QStringList{u"张三"_s};
    QTest::newRow("middle dot") << u"买买提•艾"_s << QList<K>{K::Han} << QStringList{u"买买提·艾"_s};
    QTest::newRow("mixed") << u"张S"_s << QList<K>{K::Mixed} << QStringList{u"张s"_s};
    QTest::newRow("digits") << u"1234"_s << QList<K>{K::Digits} << QStringList{u"1234"_s};
    QTest::newRow("full-width digits") << u"１２３４"_s << QList<K>{K::Digits} << QStringList{u"1234"_s};
    QTest::newRow("id tail") << u"002X"_s << QList<K>{K::IdTail} << QStringList{u"002x"_s};
    QTest::newRow("room") << u"3-2-501"_s << QList<K>{K::Room} << QStringList{u"3-2-501"_s};
    QTest::newRow("room, full-width dashes") << u"3－2－501"_s << QList<K>{K::Room} << QStringList{u"3-2-501"_s};
    QTest::newRow("room in words") << u"3号楼2单元501室"_s << QList<K>{K::Room} << QStringList{u"3-2-501"_s};
    QTest::newRow("building so far") << u"3号楼"_s << QList<K>{K::Room} << QStringList{u"3-"_s};
    QTest::newRow("name then number") << u"张三501"_s << QList<K>{K::Han, K::Digits}
                                      << QStringList{u"张三"_s, u"501"_s};
    QTest::newRow("pinyin and room") << u"zs 3-2"_s << QList<K>{K::Letters, K::Room} << QStringList{u"zs"_s, u"3-2"_s};
    QTest::newRow("garbage in a room") << u"3-2@"_s << QList<K>{K::Unmatchable} << QStringList{u"3-2@"_s};
    QTest::newRow("punctuation only") << u"!?"_s << QList<K>{} << QStringList{};
    QTest::newRow("blank") << u" \u3000 "_s << QList<K>{} << QStringList{};
}

void TestSearchIndex::parse()
{
    QFETCH(QString, query);
    QFETCH(QList<TermKind>, kinds);
    QFETCH(QStringList, texts);
    const SearchQuery parsed = SearchQuery::parse(query);
    QList<TermKind> gotKinds;
    QStringList gotTexts;
    for (const SearchQuery::Term &t : parsed.terms()) {
        gotKinds.append(t.kind);
        gotTexts.append(t.text);
    }
    QCOMPARE(gotTexts, texts);
    QCOMPARE(gotKinds, kinds);
}

void TestSearchIndex::normalisedKeys()
{
    QCOMPARE(normalizedRoom(u" 3号楼2单元501室 "), u"3-2-501"_s);
    QCOMPARE(normalizedRoom(u"3/2/501"), u"3-2-501"_s);
    QCOMPARE(normalizedRoom(u"3--2-501-"), u"3-2-501"_s);
    QCOMPARE(normalizedNumber(u"11010519491231002x"), QByteArray("11010519491231002x"));
    QCOMPARE(normalizedNumber(u"11010519491231002X"), QByteArray("11010519491231002x"));
    QCOMPARE(normalizedNumber(u"+86 138-0013-8000"), QByteArray("13800138000"));
    QCOMPARE(normalizedNumber(u"010-6552 9988"), QByteArray("01065529988"));
    QCOMPARE(normalizedName(u" 买买提・艾力 "), u"买买提·艾力"_s);
}

void TestSearchIndex::pinyinAndInitials_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<MatchKind>("kind");
    QTest::addColumn<MatchField>("field");

    QTest::newRow("full") << u"zhangsanfeng"_s << MatchKind::Exact << MatchField::Pinyin;
    QTest::newRow("initials") << u"zsf"_s << MatchKind::Exact << MatchField::Initials;
    QTest::newRow("upper case initials") << u"ZSF"_s << MatchKind::Exact << MatchField::Initials;
    QTest::newRow("start of the pinyin") << u"zhangs"_s << MatchKind::Prefix << MatchField::Pinyin;
    QTest::newRow("surname") << u"zhang"_s << MatchKind::Prefix << MatchField::Pinyin;
    QTest::newRow("start of the initials") << u"zs"_s << MatchKind::Prefix << MatchField::Initials;
    QTest::newRow("given name") << u"sanfeng"_s << MatchKind::Substring << MatchField::Pinyin;
    QTest::newRow("part of the given name") << u"sanf"_s << MatchKind::Substring << MatchField::Pinyin;
    QTest::newRow("initials of the given name") << u"sf"_s << MatchKind::Substring << MatchField::Initials;
    QTest::newRow("syllables and initials") << u"zhangsf"_s << MatchKind::Abbreviated << MatchField::Pinyin;
    QTest::newRow("initial and syllables") << u"zsanfeng"_s << MatchKind::Abbreviated << MatchField::Pinyin;
    QTest::newRow("spaced") << u"zhang san feng"_s << MatchKind::Exact << MatchField::Pinyin;
}

void TestSearchIndex::pinyinAndInitials()
{
    QFETCH(QString, query);
    QFETCH(MatchKind, kind);
    QFETCH(MatchField, field);
    SearchIndex index;
    index.insert({u"1"_s, u"张三丰"_s, {}, {}, {}});
    index.insert({u"2"_s, u"李四"_s, {}, {}, {}});
    const QList<Hit> hits = index.search(query);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().id, u"1"_s);
    QCOMPARE(hits.first().kind, kind);
    QCOMPARE(hits.first().field, field);
}

void TestSearchIndex::polyphonicSurnames()
{
    SearchIndex index;
    index.insert({u"zeng"_s, u"曾国藩"_s, {}, {}, {}});
    index.insert({u"shan"_s, u"单雄信"_s, {}, {}, {}});
    index.insert({u"xie"_s, u"解缙"_s, {}, {}, {}});
    index.insert({u"ou"_s, u"区永健"_s, {}, {}, {}});
    QCOMPARE(ids(index.search(u"zengguofan")), QStringList{u"zeng"_s});
    QCOMPARE(ids(index.search(u"zgf")), QStringList{u"zeng"_s});
    QCOMPARE(ids(index.search(u"shanxiongxin")), QStringList{u"shan"_s});
    QCOMPARE(ids(index.search(u"xiejin")), QStringList{u"xie"_s});
    QCOMPARE(ids(index.search(u"ouyongjian")), QStringList{u"ou"_s});
    // The everyday readings are not the names' pinyin.
    QVERIFY(index.search(u"cengguofan").isEmpty());
    QVERIFY(index.search(u"danxiongxin").isEmpty());
    QVERIFY(index.search(u"jiejin").isEmpty());
    QVERIFY(index.search(u"quyongjian").isEmpty());
}

void TestSearchIndex::umlautMatchesLvAndLu()
{
    SearchIndex index;
    index.insert({u"lvbu"_s, u"吕布"_s, {}, {}, {}});
    index.insert({u"lubu"_s, u"卢布"_s, {}, {}, {}});
    index.insert({u"nv"_s, u"王女"_s, {}, {}, {}});
    for (const QString &q : {u"lv"_s, u"lvbu"_s, u"lü"_s, u"lvb"_s})
        QCOMPARE(ids(index.search(q)), QStringList{u"lvbu"_s});
    QCOMPARE(ids(index.search(u"lb")), (QStringList{u"lubu"_s, u"lvbu"_s}));
    // "lu" is how many people type 吕; it also finds 卢 (lu), sorted by pinyin: lu before lü.
    QCOMPARE(ids(index.search(u"lu")), (QStringList{u"lubu"_s, u"lvbu"_s}));
    QCOMPARE(kindOf(index.search(u"lubu"), u"lvbu"_s), MatchKind::Exact);
    QCOMPARE(kindOf(index.search(u"lubu"), u"lubu"_s), MatchKind::Exact);
    QCOMPARE(ids(index.search(u"wangnu")), QStringList{u"nv"_s});
    QCOMPARE(ids(index.search(u"wangnv")), QStringList{u"nv"_s});
}

void TestSearchIndex::rankingExactPrefixSubstring()
{
    SearchIndex index;
    index.insert({u"substring"_s, u"李张三"_s, {}, {}, {}});
    index.insert({u"prefix"_s, u"张三丰"_s, {}, {}, {}});
    index.insert({u"exact"_s, u"张三"_s, {}, {}, {}});
    index.insert({u"not zhang san"_s, u"张珊"_s, {}, {}, {}}); // zhang shan
    index.insert({u"none"_s, u"王五"_s, {}, {}, {}});

    const QList<Hit> byPinyin = index.search(u"zhangsan");
    QCOMPARE(ids(byPinyin), (QStringList{u"exact"_s, u"prefix"_s, u"substring"_s}));
    QCOMPARE(byPinyin.at(0).kind, MatchKind::Exact);
    QCOMPARE(byPinyin.at(1).kind, MatchKind::Prefix);
    QCOMPARE(byPinyin.at(2).kind, MatchKind::Substring);

    const QList<Hit> byName = index.search(u"张三");
    QCOMPARE(ids(byName), (QStringList{u"exact"_s, u"prefix"_s, u"substring"_s}));

    // "zsan": initials then a syllable; only the mix finds it, ranked last.
    index.insert({u"zsan"_s, u"赵三"_s, {}, {}, {}});
    const QList<Hit> mixed = index.search(u"zsan");
    QCOMPARE(mixed.last().kind, MatchKind::Abbreviated);
    QVERIFY(ids(mixed).contains(u"zsan"_s));

    // "lin" starts both "lina" (李娜) and "lintao" (林涛): both prefixes, in pinyin order. But
    // "lint" is only 林涛's start; for 李娜 it would have to be li + n(a) + t…, which is nothing.
    index.insert({u"lintao"_s, u"林涛"_s, {}, {}, {}});
    index.insert({u"lina"_s, u"李娜"_s, {}, {}, {}});
    QCOMPARE(ids(index.search(u"lin")), (QStringList{u"lina"_s, u"lintao"_s}));
    QCOMPARE(index.search(u"lin").at(0).kind, MatchKind::Prefix);
    QCOMPARE(ids(index.search(u"lint")), (QStringList{u"lintao"_s}));
}

void TestSearchIndex::sameKindSortedByPinyin()
{
    SearchIndex index;
    const QList<std::pair<QString, QString>> people = {
        {u"z"_s, u"张伟"_s}, {u"c"_s, u"陈伟"_s}, {u"a"_s, u"阿伟"_s}, {u"b"_s, u"白伟"_s}, {u"w"_s, u"王伟"_s},
    };
    for (const auto &[id, name] : people)
        index.insert({id, name, {}, {}, {}});
    // All are substrings by "伟" and by "wei": in pinyin order 阿 < 白 < 陈 < 王 < 张.
    QCOMPARE(ids(index.search(u"伟")), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"w"_s, u"z"_s}));
    QCOMPARE(ids(index.search(u"wei")), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"w"_s, u"z"_s}));

    // Same name: by id.
    index.insert({u"z2"_s, u"张伟"_s, {}, {}, {}});
    index.insert({u"z0"_s, u"张伟"_s, {}, {}, {}});
    QCOMPARE(ids(index.search(u"张伟")), (QStringList{u"z"_s, u"z0"_s, u"z2"_s}));
}

void TestSearchIndex::chineseCharacters()
{
    SearchIndex index;
    index.insert({u"1"_s, u"张三丰"_s, {}, {}, {}});
    index.insert({u"2"_s, u"买买提·艾力"_s, {}, {}, {}});
    QCOMPARE(kindOf(index.search(u"张三丰"), u"1"_s), MatchKind::Exact);
    QCOMPARE(kindOf(index.search(u"张"), u"1"_s), MatchKind::Prefix);
    QCOMPARE(kindOf(index.search(u"三丰"), u"1"_s), MatchKind::Substring);
    QCOMPARE(index.search(u"三丰").first().field, MatchField::Name);
    QVERIFY(index.search(u"丰三").isEmpty());
    QCOMPARE(ids(index.search(u"提·艾")), QStringList{u"2"_s});
    QCOMPARE(ids(index.search(u"提•艾")), QStringList{u"2"_s}); // another middle dot
    QCOMPARE(ids(index.search(u"maimaiti")), QStringList{u"2"_s});
}

void TestSearchIndex::mixedCharactersAndPinyin()
{
    SearchIndex index;
    index.insert({u"1"_s, u"张三丰"_s, {}, {}, {}});
    index.insert({u"2"_s, u"张三"_s, {}, {}, {}});
    index.insert({u"3"_s, u"李张森"_s, {}, {}, {}});
    index.insert({u"4"_s, u"张伟"_s, {}, {}, {}});
    const QList<Hit> hits = index.search(u"张s");
    QCOMPARE(ids(hits), (QStringList{u"2"_s, u"1"_s, u"3"_s}));
    QCOMPARE(hits.at(0).kind, MatchKind::Exact);     // 张 + s(an): the whole name
    QCOMPARE(hits.at(1).kind, MatchKind::Prefix);    // 张 + s(an), then 丰
    QCOMPARE(hits.at(2).kind, MatchKind::Substring); // 李 before it
    QCOMPARE(ids(index.search(u"张sanf")), QStringList{u"1"_s});
    QCOMPARE(ids(index.search(u"zhang三")), (QStringList{u"2"_s, u"1"_s}));
}

void TestSearchIndex::idNumberTail()
{
    SearchIndex index;
    index.insert({u"x"_s, u"张三"_s, u"11010519491231002X"_s, {}, {}});
    index.insert({u"d"_s, u"李四"_s, u"110105194912311234"_s, {}, {}});
    QCOMPARE(ids(index.search(u"002x")), QStringList{u"x"_s});
    QCOMPARE(ids(index.search(u"002X")), QStringList{u"x"_s});
    QCOMPARE(ids(index.search(u"31002X")), QStringList{u"x"_s});
    QCOMPARE(index.search(u"002x").first().kind, MatchKind::Prefix);
    QCOMPARE(index.search(u"002x").first().field, MatchField::IdNumber);
    QCOMPARE(ids(index.search(u"1234")), QStringList{u"d"_s});
    QCOMPARE(index.search(u"110105194912311234").first().kind, MatchKind::Exact);
    // Fewer than four characters are not a tail; the middle of the number is not searched.
    QVERIFY(index.search(u"234").isEmpty());
    QVERIFY(index.search(u"1949").isEmpty());
}

void TestSearchIndex::phoneTail()
{
    SearchIndex index;
    index.insert({u"a"_s, u"张三"_s, {}, {u"138-0013-8000"_s, u"010 6552 9988"_s}, {}});
    index.insert({u"b"_s, u"李四"_s, u"110105194912318000"_s, {u"+86 139 1111 2222"_s}, {}});
    QCOMPARE(ids(index.search(u"9988")), QStringList{u"a"_s});
    QCOMPARE(index.search(u"9988").first().field, MatchField::Phone);
    QCOMPARE(ids(index.search(u"2222")), QStringList{u"b"_s});
    QCOMPARE(index.search(u"13911112222").first().kind, MatchKind::Exact);
    // 8000 ends a's phone and b's ID number: both, sorted by name.
    const QList<Hit> both = index.search(u"8000");
    QCOMPARE(ids(both), (QStringList{u"b"_s, u"a"_s}));
    QCOMPARE(both.at(0).field, MatchField::IdNumber);
    QCOMPARE(both.at(1).field, MatchField::Phone);
    QCOMPARE(index.search(u"13800138000").first().kind, MatchKind::Exact);
    QCOMPARE(ids(index.search(u"00138000")), QStringList{u"a"_s});
}

void TestSearchIndex::roomCode()
{
    SearchIndex index;
    index.insert({u"a"_s, u"张三"_s, {}, {}, u"3-2-501"_s});
    index.insert({u"b"_s, u"李四"_s, {}, {}, u"3号楼2单元502室"_s});
    index.insert({u"c"_s, u"王五"_s, {}, {}, u"13-2-501"_s});
    index.insert({u"d"_s, u"赵六"_s, {}, {}, u"3-21-101"_s});
    QCOMPARE(ids(index.search(u"3-2-501")), (QStringList{u"a"_s}));
    QCOMPARE(index.search(u"3-2-501").first().kind, MatchKind::Exact);
    QCOMPARE(index.search(u"3-2-501").first().field, MatchField::Room);
    QCOMPARE(ids(index.search(u"3-2-")), (QStringList{u"b"_s, u"a"_s}));
    QCOMPARE(ids(index.search(u"3-2")), (QStringList{u"b"_s, u"a"_s, u"d"_s})); // 3-21 too: still typing
    QCOMPARE(ids(index.search(u"3号楼2单元")), (QStringList{u"b"_s, u"a"_s}));
    // Whole segments inside: room 501 in any building, unit 2 room 501.
    const QList<Hit> room501 = index.search(u"501");
    QCOMPARE(ids(room501), (QStringList{u"c"_s, u"a"_s}));
    QCOMPARE(room501.first().kind, MatchKind::Substring);
    QCOMPARE(ids(index.search(u"2-501")), (QStringList{u"c"_s, u"a"_s}));
    QVERIFY(index.search(u"01").isEmpty());
    QVERIFY(index.search(u"2-50").isEmpty());
    // A building number is a prefix: 3 finds 3-…, not 13-… (3 is not a whole segment there).
    QCOMPARE(ids(index.search(u"3")), (QStringList{u"b"_s, u"a"_s, u"d"_s}));
    QCOMPARE(ids(index.search(u"13")), (QStringList{u"c"_s}));
}

void TestSearchIndex::severalTerms()
{
    SearchIndex index;
    index.insert({u"a"_s, u"张三"_s, {}, {u"13800138000"_s}, u"3-2-501"_s});
    index.insert({u"b"_s, u"张三"_s, {}, {}, u"5-1-301"_s});
    index.insert({u"c"_s, u"张四"_s, {}, {}, u"3-2-501"_s});
    QCOMPARE(ids(index.search(u"zs 501")), (QStringList{u"a"_s, u"c"_s}));
    QCOMPARE(ids(index.search(u"张三501")), QStringList{u"a"_s});
    QCOMPARE(ids(index.search(u"张三 5-1")), QStringList{u"b"_s});
    QCOMPARE(ids(index.search(u"8000 zs")), QStringList{u"a"_s});
    // The weakest term ranks the hit: 张三 is exact, 501 a segment inside the room.
    QCOMPARE(index.search(u"张三 501").first().kind, MatchKind::Substring);
    QCOMPARE(index.search(u"张三 501").first().field, MatchField::Name);
    QVERIFY(index.search(u"zs 999").isEmpty());
}

void TestSearchIndex::emptyAndUnmatchableQueries()
{
    SearchIndex index;
    index.insert({u"a"_s, u"张三"_s, u"11010519491231002X"_s, {u"13800138000"_s}, u"3-2-501"_s});
    QVERIFY(index.search(QString()).isEmpty());
    QVERIFY(index.search(u"   ").isEmpty());
    QVERIFY(index.search(u"!?").isEmpty());
    QVERIFY(index.search(u"zs 3-2@").isEmpty());
    QVERIFY(index.search(u"q").isEmpty());
    SearchIndex empty;
    QVERIFY(empty.search(u"zs").isEmpty());
    QCOMPARE(empty.size(), 0);
}

void TestSearchIndex::limit()
{
    SearchIndex index;
    for (int i = 0; i < 100; ++i)
        index.insert({QString::number(1000 + i), u"张伟"_s, {}, {}, {}});
    index.insert({u"exact"_s, u"张"_s, {}, {}, {}});
    QCOMPARE(index.search(u"张", 10).size(), 10);
    QCOMPARE(index.search(u"张", 10).first().id, u"exact"_s);
    QCOMPARE(index.search(u"张", 0).size(), 101);
    QCOMPARE(index.search(u"张", -1).size(), 101);
    QCOMPARE(index.search(u"张").size(), 50);
    QCOMPARE(index.search(u"张", 10), index.search(u"张", 0).first(10));
}

void TestSearchIndex::removeAndUpdate()
{
    SearchIndex index;
    index.insert({u"a"_s, u"张三"_s, u"11010519491231002X"_s, {u"13800138000"_s}, u"3-2-501"_s});
    index.insert({u"b"_s, u"李四"_s, {}, {}, {}});
    QCOMPARE(index.size(), 2);
    QVERIFY(index.contains(u"a"_s));

    // Update: the new keys find it, the old ones do not.
    index.insert({u"a"_s, u"王五"_s, {}, {u"13911112222"_s}, u"7-1-101"_s});
    QCOMPARE(index.size(), 2);
    QCOMPARE(ids(index.search(u"ww")), QStringList{u"a"_s});
    QCOMPARE(ids(index.search(u"2222")), QStringList{u"a"_s});
    QCOMPARE(ids(index.search(u"7-1")), QStringList{u"a"_s});
    QVERIFY(index.search(u"zs").isEmpty());
    QVERIFY(index.search(u"张三").isEmpty());
    QVERIFY(index.search(u"002x").isEmpty());
    QVERIFY(index.search(u"8000").isEmpty());
    QVERIFY(index.search(u"3-2").isEmpty());

    QVERIFY(index.remove(u"a"_s));
    QVERIFY(!index.remove(u"a"_s));
    QVERIFY(!index.contains(u"a"_s));
    QCOMPARE(index.size(), 1);
    QVERIFY(index.search(u"ww").isEmpty());
    QVERIFY(index.search(u"7-1").isEmpty());
    QCOMPARE(ids(index.search(u"ls")), QStringList{u"b"_s});

    // A freed slot is reused without old keys showing through.
    index.insert({u"c"_s, u"赵六"_s, {}, {}, {}});
    QCOMPARE(ids(index.search(u"zl")), QStringList{u"c"_s});
    QVERIFY(index.search(u"ww").isEmpty());
    QVERIFY(index.remove(u"b"_s));
    QVERIFY(index.remove(u"c"_s));
    QCOMPARE(index.size(), 0);
    QVERIFY(index.search(u"zl").isEmpty());
}

void TestSearchIndex::manyEditsCompactTheBuffers()
{
    // Enough rewrites that the buffers are compacted several times on the way.
    SearchIndex index;
    QRandomGenerator rng(7);
    Reference reference;
    for (int round = 0; round < 40; ++round) {
        for (int i = 0; i < 1000; ++i) {
            const Record r = randomRecord(rng, i);
            index.insert(r);
            reference.insert(r);
        }
        for (int i = 0; i < 300; ++i) {
            const QString id = u"r%1"_s.arg(rng.bounded(1000), 5, 10, QLatin1Char('0'));
            const bool had = index.contains(id);
            QCOMPARE(index.remove(id), had);
            reference.remove(id);
        }
    }
    QCOMPARE(index.size(), reference.m_records.size());
    for (const QString &q : {u"zs"_s, u"wang"_s, u"张"_s, u"00"_s, u"3-"_s, u"lu"_s})
        QCOMPARE(describe(index.search(q, 0)), describe(reference.search(q)));
}

void TestSearchIndex::clearKeepsWorking()
{
    SearchIndex index;
    index.insert({u"a"_s, u"张三"_s, {}, {}, {}});
    index.clear();
    QCOMPARE(index.size(), 0);
    QVERIFY(index.search(u"zs").isEmpty());
    index.insert({u"b"_s, u"曾国藩"_s, {}, {}, {}});
    QCOMPARE(ids(index.search(u"zgf")), QStringList{u"b"_s});
}

void TestSearchIndex::randomQueriesMatchBruteForce()
{
    QRandomGenerator rng(20261129);
    SearchIndex index;
    Reference reference;
    for (int i = 0; i < 3000; ++i) {
        const Record r = randomRecord(rng, i);
        index.insert(r);
        reference.insert(r);
    }
    // Edits between loading and searching: removals, and updates that change every key.
    for (int i = 0; i < 300; ++i) {
        const QString id = u"r%1"_s.arg(rng.bounded(3000), 5, 10, QLatin1Char('0'));
        index.remove(id);
        reference.remove(id);
    }
    for (int i = 0; i < 300; ++i) {
        Record r = randomRecord(rng, rng.bounded(3000));
        index.insert(r);
        reference.insert(r);
    }
    QCOMPARE(index.size(), reference.m_records.size());

    int nonEmpty = 0;
    for (int i = 0; i < 200; ++i) {
        const QString query = randomQuery(rng, reference.m_records);
        const QList<Hit> expected = reference.search(query);
        const QList<Hit> all = index.search(query, 0);
        nonEmpty += expected.isEmpty() ? 0 : 1;
        if (all != expected) {
            qWarning().noquote() << "query" << query << "\n index:    " << describe(all).left(600)
                                 << "\n expected: " << describe(expected).left(600);
        }
        QCOMPARE(all.size(), expected.size());
        QVERIFY(all == expected);
        const qsizetype ten = std::min<qsizetype>(10, expected.size());
        QVERIFY(index.search(query, 10) == expected.first(ten));
    }
    // The generator is meant to find people; a reference that finds nothing would prove nothing.
    QVERIFY2(nonEmpty > 150, qPrintable(QString::number(nonEmpty)));
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
