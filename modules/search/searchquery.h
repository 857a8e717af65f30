#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringView>

namespace Linli::Search {

// What a person typed into a search box, split into terms that must all match. Full-width
// characters count as their ASCII forms, case is ignored, ü may be typed as v or ü. Adjacent
// pinyin words are joined ("zhang san" is "zhangsan"); digits after a name start a new term
// ("张三501" is "张三" and "501"); "3号楼2单元501室" is the room "3-2-501".
class SearchQuery
{
public:
    enum class TermKind : quint8 {
        Letters,     // pinyin, initials or a mix: "zhangsanfeng", "zsf", "zhangsf"
        Han,         // Chinese characters, found in the name: "张三", "三丰"
        Mixed,       // Chinese characters and pinyin, syllable by syllable: "张s", "张sanf"
        Digits,      // an ID or phone tail (4 or more digits), or room segments: "1234", "501"
        IdTail,      // digits ending in X, only an ID number's tail: "002x"
        Room,        // building-unit-room from its start or whole segments: "3-2", "2-501"
        Unmatchable, // something no record can match, e.g. "3-2@"
    };
    struct Term
    {
        TermKind kind = TermKind::Unmatchable;
        QString text; // normalised: lower-case ASCII letters and digits, '-', Chinese characters

        friend bool operator==(const Term &, const Term &) = default;
    };

    static SearchQuery parse(QStringView text);
    const QList<Term> &terms() const { return m_terms; }
    bool isEmpty() const { return m_terms.isEmpty(); }

private:
    QList<Term> m_terms;
};

// The forms the index stores, shared with the query parser so both sides agree.
// A name with full-width letters as ASCII and every middle dot (•, ・, ．) as "·".
QString normalizedName(QStringView name);
// "3号楼2单元501室", "3－2－501", "3/2/501" → "3-2-501"; lower case.
QString normalizedRoom(QStringView room);
// Digits, and "x" for the check character X: "11010519491231002X" → "11010519491231002x",
// "+86 138-0013-8000" → "8613800138000".
QByteArray normalizedNumber(QStringView number);

} // namespace Linli::Search
