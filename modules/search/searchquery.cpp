#include "searchquery.h"

namespace Linli::Search {

namespace {

using Kind = SearchQuery::TermKind;

char16_t halfWidth(char16_t c)
{
    if (c >= 0xFF01 && c <= 0xFF5E)
        return char16_t(c - 0xFEE0);
    if (c == 0x3000) // ideographic space
        return u' ';
    return c;
}

bool isMiddleDot(char16_t c)
{
    return c == 0x00B7 || c == 0x2022 || c == 0x30FB || c == 0xFF65 || c == 0x2027 || c == 0x2219 || c == 0xFF0E;
}

bool isDashLike(char16_t c)
{
    return c == u'-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2015
           || c == 0x2212 || c == u'/' || c == u'\\' || c == u'#' || c == u'_';
}

bool isAsciiLetter(char16_t c)
{
    return c >= u'a' && c <= u'z';
}

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isHan(QStringView text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        return QChar::script(QChar::surrogateToUcs4(c, text.at(i + 1))) == QChar::Script_Han;
    if (c.isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())
        return QChar::script(QChar::surrogateToUcs4(text.at(i - 1), c)) == QChar::Script_Han;
    return c.script() == QChar::Script_Han;
}

// Lower case, ASCII for full-width forms, v for ü.
QString foldQuery(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar qc : text) {
        char16_t c = halfWidth(qc.unicode());
        if (c >= u'A' && c <= u'Z')
            c = char16_t(c - u'A' + u'a');
        else if (c == u'ü' || c == u'Ü')
            c = u'v';
        out.append(QChar(c));
    }
    return out;
}

// Address words between the numbers of a room: 3号楼2单元501室.
QString roomWordsAsDashes(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = halfWidth(text.at(i).unicode());
        const char16_t next = i + 1 < text.size() ? text.at(i + 1).unicode() : 0;
        if ((c == u'号' && next == u'楼') || (c == u'单' && next == u'元')) {
            out.append(u'-');
            ++i;
        } else if (c == u'号' || c == u'楼' || c == u'栋' || c == u'幢' || c == u'座' || isDashLike(c)) {
            out.append(u'-');
        } else if (c == u'室' || c == u'户') {
            // the end of a room number
        } else if (c >= u'A' && c <= u'Z') {
            out.append(QChar(char16_t(c - u'A' + u'a')));
        } else {
            out.append(QChar(c));
        }
    }
    return out;
}

// Runs of dashes become one; none at the start; one at the end only if keepTrailingDash.
QString collapseDashes(const QString &text, bool keepTrailingDash)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'-' && (out.isEmpty() || out.endsWith(u'-')))
            continue;
        out.append(c);
    }
    if (!keepTrailingDash && out.endsWith(u'-'))
        out.chop(1);
    return out;
}

SearchQuery::Term numberTerm(QStringView text)
{
    const QString t = collapseDashes(roomWordsAsDashes(text), true);
    if (t.isEmpty())
        return {};
    bool digits = true;
    bool alnumOrDash = true;
    for (const QChar c : t) {
        digits = digits && isAsciiDigit(c.unicode());
        alnumOrDash = alnumOrDash && (isAsciiDigit(c.unicode()) || isAsciiLetter(c.unicode()) || c == u'-');
    }
    if (!alnumOrDash)
        return {Kind::Unmatchable, t};
    if (digits)
        return {Kind::Digits, t};
    if (t.size() > 1 && t.endsWith(u'x')) {
        bool digitsThenX = true;
        for (qsizetype i = 0; i + 1 < t.size(); ++i)
            digitsThenX = digitsThenX && isAsciiDigit(t.at(i).unicode());
        if (digitsThenX)
            return {Kind::IdTail, t};
    }
    return {Kind::Room, t};
}

SearchQuery::Term nameTerm(QStringView text)
{
    QString letters;
    QString all;
    bool han = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (isAsciiLetter(c)) {
            letters.append(QChar(c));
            all.append(QChar(c));
        } else if (isHan(text, i)) {
            han = true;
            all.append(QChar(c));
        } else if (isMiddleDot(c)) {
            all.append(u'·');
        } else if (c != u'\'' && c != u'’') {
            all.append(QChar(c)); // kept for a substring of the name, dropped between syllables
        }
    }
    if (!han)
        return letters.isEmpty() ? SearchQuery::Term{} : SearchQuery::Term{Kind::Letters, letters};
    if (letters.isEmpty())
        return {Kind::Han, all};
    QString mixed;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (isAsciiLetter(all.at(i).unicode()) || isHan(all, i))
            mixed.append(all.at(i));
    }
    return {Kind::Mixed, mixed};
}

} // namespace

SearchQuery SearchQuery::parse(QStringView text)
{
    SearchQuery query;
    auto add = [&query](Term term) {
        if (term.text.isEmpty())
            return;
        if (term.kind == Kind::Letters && !query.m_terms.isEmpty() && query.m_terms.last().kind == Kind::Letters)
            query.m_terms.last().text.append(term.text); // "zhang san" is one name
        else
            query.m_terms.append(std::move(term));
    };
    const QString folded = foldQuery(text);
    const QStringView all(folded);
    qsizetype i = 0;
    while (i < all.size()) {
        while (i < all.size() && all.at(i).isSpace())
            ++i;
        qsizetype end = i;
        while (end < all.size() && !all.at(end).isSpace())
            ++end;
        const QStringView word = all.sliced(i, end - i);
        i = end;
        if (word.isEmpty())
            continue;
        // A name, then from the first digit or dash on, a number or a room: "张三501".
        qsizetype split = 0;
        while (split < word.size() && !isAsciiDigit(word.at(split).unicode()) && !isDashLike(word.at(split).unicode()))
            ++split;
        add(nameTerm(word.first(split)));
        if (split < word.size())
            add(numberTerm(word.sliced(split)));
    }
    return query;
}

QString normalizedName(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name.trimmed()) {
        const char16_t h = halfWidth(c.unicode());
        out.append(isMiddleDot(h) ? QChar(u'·') : QChar(h));
    }
    return out;
}

QString normalizedRoom(QStringView room)
{
    return collapseDashes(roomWordsAsDashes(room.trimmed()).remove(u' '), false);
}

QByteArray normalizedNumber(QStringView number)
{
    QByteArray out;
    out.reserve(number.size());
    for (const QChar qc : number) {
        const char16_t c = halfWidth(qc.unicode());
        if (isAsciiDigit(c))
            out.append(char(c));
        else if (c == u'x' || c == u'X')
            out.append('x');
    }
    // A mobile number written with the country code: +86 138 0013 8000, 0086 138…
    if (out.size() == 13 && out.startsWith("861"))
        out.remove(0, 2);
    else if (out.size() == 15 && out.startsWith("00861"))
        out.remove(0, 4);
    return out;
}

} // namespace Linli::Search
