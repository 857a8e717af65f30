#include "searchmatch.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace Linli::Search::Detail {

namespace {

constexpr Match noMatch{};

// Length of the common start of query q and unit u.
int commonPrefix(const char *q, int qlen, const Unit &u)
{
    const int m = std::min(qlen, u.len);
    int i = 0;
    while (i < m && (q[i] == u.s[i] || (u.umlaut && u.s[i] == 'v' && q[i] == 'u')))
        ++i;
    return i;
}

// Whole syllables and then part of one, from unit j: 0 no, 1 yes, 2 yes and it ends exactly at
// the end of the last unit.
int wholeSyllables(const char *q, int L, const Unit *u, int n, int j)
{
    int p = 0;
    for (int k = j; k < n; ++k) {
        const int c = commonPrefix(q + p, L - p, u[k]);
        if (c == u[k].len) {
            p += c;
            if (p == L)
                return k == n - 1 ? 2 : 1;
        } else {
            return p + c == L ? 1 : 0;
        }
    }
    return 0;
}

// One initial per syllable from unit j: 0 no, 1 yes, 2 yes and it covers the last unit.
int initialsFrom(const char *q, int L, const Unit *u, int n, int j)
{
    if (j + L > n)
        return 0;
    for (int i = 0; i < L; ++i) {
        if (u[j + i].len == 0 || u[j + i].s[0] != q[i])
            return 0;
    }
    return j + L == n ? 2 : 1;
}

// Any split of the query into non-empty starts of consecutive syllables, from unit j.
bool mixedFrom(const char *q, int L, const Unit *u, int n, int j)
{
    if (L > MaxMixedLength)
        return false;
    const quint64 done = quint64(1) << L;
    quint64 reach = 1; // bit p: the first p query letters are matched
    for (int k = j; k < n && reach; ++k) {
        quint64 next = 0;
        for (quint64 r = reach; r; r &= r - 1) {
            const int p = std::countr_zero(r);
            const int c = commonPrefix(q + p, L - p, u[k]);
            next |= ((quint64(1) << c) - 1) << (p + 1);
        }
        if (next & done)
            return true;
        reach = next;
    }
    return false;
}

quint64 bitOf(quint32 hash)
{
    return quint64(1) << ((hash * 0x9E3779B1u) >> 26);
}

quint32 hashBytes(quint32 seed, const char *s, int len)
{
    quint32 h = seed;
    for (int i = 0; i < len; ++i)
        h = h * 31 + quint8(s[i]);
    return h;
}

} // namespace

Match matchLetters(const char *q, int L, const Unit *u, int n)
{
    if (n == 0 || L == 0)
        return noMatch;
    const int whole = wholeSyllables(q, L, u, n, 0);
    const int init = initialsFrom(q, L, u, n, 0);
    if (whole == 2)
        return {true, MatchKind::Exact, MatchField::Pinyin};
    if (init == 2)
        return {true, MatchKind::Exact, MatchField::Initials};
    if (whole == 1)
        return {true, MatchKind::Prefix, MatchField::Pinyin};
    if (init == 1)
        return {true, MatchKind::Prefix, MatchField::Initials};
    for (int j = 1; j < n; ++j) {
        if (wholeSyllables(q, L, u, n, j))
            return {true, MatchKind::Substring, MatchField::Pinyin};
    }
    for (int j = 1; j < n; ++j) {
        if (initialsFrom(q, L, u, n, j))
            return {true, MatchKind::Substring, MatchField::Initials};
    }
    for (int j = 0; j < n; ++j) {
        if (mixedFrom(q, L, u, n, j))
            return {true, MatchKind::Abbreviated, MatchField::Pinyin};
    }
    return noMatch;
}

Match matchMixed(const std::vector<Atom> &atoms, const char *letters, const Unit *u, int n)
{
    const int L = int(atoms.size());
    if (L > MaxMixedLength || n == 0 || L == 0)
        return noMatch;
    const quint64 done = quint64(1) << L;
    Match best;
    for (int j = 0; j < n; ++j) {
        quint64 reach = 1;
        for (int k = j; k < n && reach; ++k) {
            quint64 next = 0;
            for (quint64 r = reach; r; r &= r - 1) {
                const int p = std::countr_zero(r);
                if (atoms[p].han) {
                    if (atoms[p].han == u[k].han)
                        next |= quint64(1) << (p + 1);
                    continue;
                }
                int run = 0; // letters from p up to the next Han character
                while (p + run < L && !atoms[p + run].han)
                    ++run;
                const int c = commonPrefix(letters + p, run, u[k]);
                next |= ((quint64(1) << c) - 1) << (p + 1);
            }
            if (next & done) {
                const MatchKind kind =
                    j > 0 ? MatchKind::Substring : (k == n - 1 ? MatchKind::Exact : MatchKind::Prefix);
                best = better(best, Match{true, kind, MatchField::Name});
                if (best.kind == MatchKind::Exact)
                    return best;
            }
            reach = next & ~done;
        }
        if (best.ok)
            return best; // a later start can only be a Substring
    }
    return best;
}

Match matchName(QStringView name, QStringView query)
{
    if (name == query)
        return {true, MatchKind::Exact, MatchField::Name};
    if (name.startsWith(query))
        return {true, MatchKind::Prefix, MatchField::Name};
    if (name.contains(query))
        return {true, MatchKind::Substring, MatchField::Name};
    return noMatch;
}

Match matchRoom(const char *room, int len, const char *q, int L)
{
    if (len == 0 || L == 0 || L > len)
        return noMatch;
    if (std::memcmp(room, q, L) == 0)
        return {true, L == len ? MatchKind::Exact : MatchKind::Prefix, MatchField::Room};
    for (int i = 1; i + L <= len; ++i) {
        if (room[i - 1] == '-' && (i + L == len || room[i + L] == '-') && std::memcmp(room + i, q, L) == 0)
            return {true, MatchKind::Substring, MatchField::Room};
    }
    return noMatch;
}

Match matchNumber(const char *number, int len, const char *q, int L, MatchField field)
{
    if (L < 4 || L > len || std::memcmp(number + len - L, q, L) != 0)
        return noMatch;
    return {true, L == len ? MatchKind::Exact : MatchKind::Prefix, field};
}

quint64 roomPrefixBit(const char *room, int len)
{
    return len == 0 ? 0 : bitOf(hashBytes(len == 1 ? 1 : 2, room, std::min(len, 2)));
}

quint64 roomSegmentBit(const char *segment, int len)
{
    return bitOf(hashBytes(3, segment, len));
}

quint16 tailCode(const char *number, int len)
{
    if (len < 4)
        return 0;
    int code = 0;
    for (int i = len - 4; i < len; ++i)
        code = code * 11 + (number[i] == 'x' ? 10 : (number[i] - '0'));
    return quint16(code + 1);
}

} // namespace Linli::Search::Detail
