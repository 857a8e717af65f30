#pragma once

// The rules that decide whether one record matches one query term, and the hashed bits the index
// keeps per record to skip records that cannot match. Internal to the search module: SearchIndex
// is the API; the functions are here apart so the rules read in one place.

#include "searchindex.h"

#include <QtCore/QByteArray>
#include <QtCore/QStringView>

#include <vector>

namespace Linli::Search::Detail {

// A syllable as stored, for matching.
struct Unit
{
    const char *s = nullptr;
    int len = 0;
    bool umlaut = false; // "v" in the spelling also matches a typed "u"
    char32_t han = 0;    // the Han character, 0 for a Latin word
};

struct Match
{
    bool ok = false;
    MatchKind kind = MatchKind::Abbreviated;
    MatchField field = MatchField::Name;
};

// The better of two matches: the lower kind, and for equal kinds the first.
inline Match better(Match a, Match b)
{
    if (!a.ok)
        return b;
    if (!b.ok)
        return a;
    return b.kind < a.kind ? b : a;
}

// A position of a mixed query: a Han character, or one letter of pinyin.
struct Atom
{
    char32_t han = 0;
    char letter = 0;
};

// Queries longer than this are matched whole or by initials, never as a mix of syllables and
// initials (the mix keeps one bit per query position).
constexpr int MaxMixedLength = 63;

// Pinyin: whole syllables then part of one (Exact from the first to the end of the last, Prefix
// from the first, Substring from a later one), initials likewise, and then any split into starts
// of consecutive syllables (Abbreviated).
Match matchLetters(const char *q, int L, const Unit *u, int n);
// Han characters and pinyin: a character matches its own syllable, letters the start of one.
// Exact when the match runs from the first syllable to the last.
Match matchMixed(const std::vector<Atom> &atoms, const char *letters, const Unit *u, int n);
// The name itself: equal, starting with, containing.
Match matchName(QStringView name, QStringView query);
// A room code from its start, or whole segments after a dash: "3-2-501" is found by "3-2",
// "3-2-5", "501" and "2-501", not by "01" or "2-50".
Match matchRoom(const char *room, int len, const char *q, int L);
// A whole number is Exact, its last 4 or more characters a Prefix (people type numbers from the
// end: the last four digits of a phone).
Match matchNumber(const char *number, int len, const char *q, int L, MatchField field);

// ---- Bits kept per record; a query term needs all of its bits to be set ----

inline quint32 letterBit(char c)
{
    return (c >= 'a' && c <= 'z') ? quint32(1) << (c - 'a') : 0;
}

inline quint64 hanBit(char16_t c)
{
    return quint64(1) << ((quint32(c) * 0x9E3779B1u) >> 26);
}

// One of 128 bits for two letters that follow each other in a query: within a syllable, or the
// last letter typed for one syllable and the initial of the next.
inline int pairIndex(char a, char b)
{
    return int(((quint32(quint8(a)) * 131u + quint8(b)) * 0x9E3779B1u) >> 25);
}

// Room codes: one bit for the first character, one for the first two, one per segment after the
// first; a room term needs its prefix bit or its first segment's bit.
quint64 roomPrefixBit(const char *room, int len);
quint64 roomSegmentBit(const char *segment, int len);

// The last four characters of a number (digits and x) as 1…14641; 0 when shorter.
quint16 tailCode(const char *number, int len);
// Up to four tail codes in 16-bit lanes; a full last lane means "more: look at every number".
constexpr quint16 TailOverflow = 0xFFFF;
inline bool tailsMayContain(quint64 lanes, quint16 code)
{
    constexpr quint64 ones = 0x0001000100010001ull;
    constexpr quint64 highs = 0x8000800080008000ull;
    const quint64 x = lanes ^ (ones * code);
    return ((x - ones) & ~x & highs) != 0 || (lanes >> 48) == TailOverflow;
}

} // namespace Linli::Search::Detail
