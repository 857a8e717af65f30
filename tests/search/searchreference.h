#pragma once

// A brute-force reference for the search index, written from the documented rules with plain
// string work over every record (slow, obviously right), and realistic random records and
// queries to compare the two on.
#include <search/pinyin.h>
#include <search/pinyincollator.h>
#include <search/searchindex.h>
#include <search/searchquery.h>

#include <QtCore/QRandomGenerator>
#include <QtCore/QStringList>

#include <algorithm>
#include <functional>

namespace SearchReference {

using namespace Qt::StringLiterals;
using namespace Linli::Search;
using TermKind = SearchQuery::TermKind;

struct Candidate
{
    bool ok = false;
    MatchKind kind = MatchKind::Abbreviated;
    MatchField field = MatchField::Name;
};

inline Candidate better(Candidate a, Candidate b)
{
    if (!a.ok)
        return b;
    if (!b.ok)
        return a;
    return b.kind < a.kind ? b : a;
}

struct RefRecord
{
    Record record;
    QString name;
    QList<QStringList> alternatives; // per syllable: its spelling, and with u for ü
    QList<char32_t> hans;
    QList<std::pair<MatchField, QString>> numbers;
    QString room;
    QByteArray sortKey;
};

class Reference
{
public:
    void insert(const Record &r)
    {
        remove(r.id);
        RefRecord ref;
        ref.record = r;
        ref.name = normalizedName(r.name);
        QList<Syllable> syllables = m_pinyin.spell(ref.name);
        if (syllables.size() > 32)
            syllables.resize(32);
        for (const Syllable &s : syllables) {
            QStringList alt = {QString::fromLatin1(s.spelling)};
            if (s.hasUmlaut())
                alt.append(QString(alt.first()).replace(u'v', u'u'));
            ref.alternatives.append(alt);
            ref.hans.append(s.han);
        }
        const auto addNumber = [&ref](MatchField field, const QString &raw) {
            const QString n = QString::fromLatin1(normalizedNumber(raw));
            if (!n.isEmpty() && n.size() <= 32)
                ref.numbers.append({field, n});
        };
        addNumber(MatchField::IdNumber, r.idNumber);
        for (const QString &p : r.phones)
            addNumber(MatchField::Phone, p);
        ref.room = normalizedRoom(r.room);
        ref.sortKey = m_collator.sortKey(ref.name);
        m_records.append(ref);
    }
    void remove(const QString &id)
    {
        m_records.removeIf([&](const RefRecord &r) { return r.record.id == id; });
    }

    QList<Hit> search(const QString &query) const
    {
        const SearchQuery parsed = SearchQuery::parse(query);
        if (parsed.isEmpty())
            return {};
        QList<std::pair<const RefRecord *, Hit>> found;
        for (const RefRecord &r : m_records) {
            Candidate all;
            bool first = true;
            for (const SearchQuery::Term &t : parsed.terms()) {
                const Candidate c = matchTerm(r, t);
                if (!c.ok) {
                    all.ok = false;
                    break;
                }
                all = first ? c : Candidate{true, std::max(all.kind, c.kind), all.field};
                first = false;
            }
            if (all.ok)
                found.append({&r, Hit{r.record.id, all.kind, all.field}});
        }
        std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
            if (a.second.kind != b.second.kind)
                return a.second.kind < b.second.kind;
            if (a.first->sortKey != b.first->sortKey)
                return a.first->sortKey < b.first->sortKey;
            return a.first->record.id < b.first->record.id;
        });
        QList<Hit> hits;
        for (const auto &f : found)
            hits.append(f.second);
        return hits;
    }

    QList<RefRecord> m_records;

private:
    // Every full spelling, one string per combination of alternatives.
    static QList<QStringList> variants(const RefRecord &r)
    {
        QList<QStringList> out = {QStringList()};
        for (const QStringList &alt : r.alternatives) {
            QList<QStringList> next;
            for (const QStringList &v : out) {
                for (const QString &a : alt)
                    next.append(v + QStringList{a});
            }
            out = next;
        }
        return out;
    }

    static Candidate letters(const RefRecord &r, const QString &q)
    {
        const qsizetype n = r.alternatives.size();
        if (n == 0)
            return {};
        QString initials;
        for (const QStringList &alt : r.alternatives)
            initials.append(alt.first().left(1));
        Candidate best;
        for (const QStringList &v : variants(r)) {
            const QString full = v.join(QString());
            if (full == q)
                best = better(best, {true, MatchKind::Exact, MatchField::Pinyin});
            else if (full.startsWith(q))
                best = better(best, {true, MatchKind::Prefix, MatchField::Pinyin});
            qsizetype at = 0;
            for (qsizetype j = 0; j < n; ++j) {
                if (j > 0 && full.mid(at).startsWith(q))
                    best = better(best, {true, MatchKind::Substring, MatchField::Pinyin});
                at += v.at(j).size();
            }
        }
        if (initials == q)
            best = better(best, {true, MatchKind::Exact, MatchField::Initials});
        else if (initials.startsWith(q))
            best = better(best, {true, MatchKind::Prefix, MatchField::Initials});
        else if (initials.indexOf(q, 1) > 0)
            best = better(best, {true, MatchKind::Substring, MatchField::Initials});
        if (best.ok)
            return best;
        // Any split into non-empty starts of consecutive syllables.
        std::function<bool(qsizetype, qsizetype)> split = [&](qsizetype unit, qsizetype pos) {
            if (pos == q.size())
                return true;
            if (unit == n)
                return false;
            for (const QString &a : r.alternatives.at(unit)) {
                for (qsizetype len = 1; len <= a.size() && pos + len <= q.size(); ++len) {
                    if (q.mid(pos, len) == a.left(len) && split(unit + 1, pos + len))
                        return true;
                }
            }
            return false;
        };
        for (qsizetype j = 0; j < n; ++j) {
            if (split(j, 0))
                return {true, MatchKind::Abbreviated, MatchField::Pinyin};
        }
        return {};
    }

    static Candidate mixed(const RefRecord &r, const QString &q)
    {
        const QList<uint> atoms = q.toUcs4();
        const qsizetype n = r.alternatives.size();
        // Units where a full match of the atoms from unit `unit` and atom `pos` can end.
        std::function<void(qsizetype, qsizetype, QList<qsizetype> &)> walk = [&](qsizetype unit, qsizetype pos,
                                                                                 QList<qsizetype> &ends) {
            if (pos == atoms.size()) {
                ends.append(unit - 1);
                return;
            }
            if (unit == n)
                return;
            if (atoms.at(pos) >= 0x80) {
                if (atoms.at(pos) == r.hans.at(unit))
                    walk(unit + 1, pos + 1, ends);
                return;
            }
            for (const QString &a : r.alternatives.at(unit)) {
                for (qsizetype len = 1; len <= a.size() && pos + len <= atoms.size(); ++len) {
                    if (atoms.at(pos + len - 1) >= 0x80 || atoms.at(pos + len - 1) != a.at(len - 1).unicode())
                        break;
                    walk(unit + 1, pos + len, ends);
                }
            }
        };
        Candidate best;
        for (qsizetype j = 0; j < n; ++j) {
            QList<qsizetype> ends;
            walk(j, 0, ends);
            for (const qsizetype end : ends) {
                const MatchKind kind =
                    j > 0 ? MatchKind::Substring : (end == n - 1 ? MatchKind::Exact : MatchKind::Prefix);
                best = better(best, {true, kind, MatchField::Name});
            }
        }
        return best;
    }

    static Candidate room(const QString &room, const QString &q)
    {
        if (room.isEmpty())
            return {};
        if (room == q)
            return {true, MatchKind::Exact, MatchField::Room};
        if (room.startsWith(q))
            return {true, MatchKind::Prefix, MatchField::Room};
        const QStringList segments = room.split(u'-');
        for (qsizetype i = 1; i < segments.size(); ++i) {
            for (qsizetype j = i; j < segments.size(); ++j) {
                if (segments.mid(i, j - i + 1).join(u'-') == q)
                    return {true, MatchKind::Substring, MatchField::Room};
            }
        }
        return {};
    }

    static Candidate matchTerm(const RefRecord &r, const SearchQuery::Term &t)
    {
        const QString &q = t.text;
        switch (t.kind) {
        case TermKind::Letters: return letters(r, q);
        case TermKind::Mixed: return mixed(r, q);
        case TermKind::Han:
            if (r.name == q)
                return {true, MatchKind::Exact, MatchField::Name};
            if (r.name.startsWith(q))
                return {true, MatchKind::Prefix, MatchField::Name};
            if (r.name.contains(q))
                return {true, MatchKind::Substring, MatchField::Name};
            return {};
        case TermKind::Digits:
        case TermKind::IdTail: {
            Candidate best;
            if (q.size() >= 4) {
                for (const auto &[field, number] : r.numbers) {
                    if (t.kind == TermKind::IdTail && field != MatchField::IdNumber)
                        continue;
                    if (number == q)
                        best = better(best, {true, MatchKind::Exact, field});
                    else if (number.endsWith(q))
                        best = better(best, {true, MatchKind::Prefix, field});
                }
            }
            if (t.kind == TermKind::IdTail)
                return best;
            return better(best, room(r.room, q));
        }
        case TermKind::Room: return room(r.room, q);
        case TermKind::Unmatchable: return {};
        }
        return {};
    }

    mutable Pinyin m_pinyin;
    PinyinCollator m_collator;
};

// ---- Random records and queries ----

inline const QString surnames = u"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐曾单解区仇朴查翟乐吕"_s;
inline const QStringList compound = {u"欧阳"_s, u"尉迟"_s, u"万俟"_s, u"长孙"_s, u"司马"_s};
inline const QString given =
    u"伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红娥玲芬燕律女绿略长乐单行重安阿"_s;

inline QString pick(QRandomGenerator &rng, const QString &chars)
{
    return QString(chars.at(rng.bounded(int(chars.size()))));
}

inline QString digits(QRandomGenerator &rng, int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out.append(QChar(u'0' + rng.bounded(10)));
    return out;
}

inline Record randomRecord(QRandomGenerator &rng, int n)
{
    Record r;
    r.id = u"r%1"_s.arg(n, 5, 10, QLatin1Char('0'));
    if (rng.bounded(50) == 0) {
        r.name = QStringList{u"John"_s, u"Anna"_s, u"Lee"_s}.at(rng.bounded(3)) + u" Smith"_s;
    } else {
        r.name = rng.bounded(20) == 0 ? compound.at(rng.bounded(int(compound.size()))) : pick(rng, surnames);
        const int len = 1 + rng.bounded(2);
        for (int i = 0; i < len; ++i)
            r.name += pick(rng, given);
    }
    // Only a few hundred distinct tails and rooms, so queries find several people.
    r.idNumber =
        u"1101051980"_s + digits(rng, 4) + u"0"_s + digits(rng, 2) + (rng.bounded(10) ? digits(rng, 1) : u"X"_s);
    const int phones = rng.bounded(3);
    for (int i = 0; i < phones; ++i)
        r.phones.append(u"13"_s + digits(rng, 5) + u"00"_s + digits(rng, 2));
    if (rng.bounded(10))
        r.room = u"%1-%2-%3%4"_s.arg(1 + rng.bounded(12))
                     .arg(1 + rng.bounded(4))
                     .arg(1 + rng.bounded(12))
                     .arg(rng.bounded(1, 3), 2, 10, QLatin1Char('0'));
    return r;
}

inline QString randomQuery(QRandomGenerator &rng, const QList<RefRecord> &records)
{
    const RefRecord &r = records.at(rng.bounded(int(records.size())));
    QStringList syl;
    for (const QStringList &alt : r.alternatives)
        syl.append(alt.at(rng.bounded(int(alt.size())))); // lv or lu
    const qsizetype n = syl.size();
    const int start = n > 1 ? rng.bounded(int(n)) : 0;
    switch (rng.bounded(13)) {
    case 0: { // part of the name
        const int from = rng.bounded(int(r.name.size()));
        return r.name.mid(from, 1 + rng.bounded(int(r.name.size() - from)));
    }
    case 1: { // the start of the full pinyin
        const QString full = syl.join(QString());
        return full.left(1 + rng.bounded(int(full.size())));
    }
    case 2: { // pinyin from a later syllable
        const QString rest = syl.mid(start).join(QString());
        return rest.left(1 + rng.bounded(int(rest.size())));
    }
    case 3: { // initials
        QString initials;
        for (const QString &s : syl.mid(start))
            initials.append(s.left(1));
        return initials.left(1 + rng.bounded(int(initials.size())));
    }
    case 4: { // syllables and initials mixed
        QString q;
        for (const QString &s : syl.mid(start))
            q.append(s.left(1 + rng.bounded(int(s.size()))));
        return q;
    }
    case 5: { // a few random letters
        QString q;
        for (int i = 0, len = 1 + rng.bounded(3); i < len; ++i)
            q.append(QChar(u'a' + rng.bounded(26)));
        return q;
    }
    case 6: // a character, then pinyin
        if (n > 1)
            return r.name.left(1) + syl.at(1).left(1 + rng.bounded(int(syl.at(1).size())));
        return r.name;
    case 7: { // an ID tail, X typed either way
        const QString id = r.record.idNumber;
        const QString tail = id.right(4 + rng.bounded(3));
        return rng.bounded(2) ? tail.toLower() : tail;
    }
    case 8: // a phone tail
        if (!r.record.phones.isEmpty())
            return r.record.phones.first().right(4 + rng.bounded(8));
        return digits(rng, 4);
    case 9: { // a room, from the start or its last segments
        const QStringList segments = r.room.split(u'-');
        if (rng.bounded(2))
            return r.room.left(1 + rng.bounded(int(qMax<qsizetype>(1, r.room.size()))));
        return segments.mid(rng.bounded(int(segments.size()))).join(u'-');
    }
    case 10: // a name and a room number
        return syl.join(QString()).left(2) + u' ' + r.room.section(u'-', -1);
    case 11: // spaced pinyin
        return syl.join(u' ');
    default: // a few random digits
        return digits(rng, 1 + rng.bounded(5));
    }
}

} // namespace SearchReference
