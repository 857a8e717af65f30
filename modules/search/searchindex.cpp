#include "searchindex.h"

#include "pinyin.h"
#include "pinyincollator.h"
#include "searchmatch.h"
#include "searchquery.h"

#include <QtCore/QHash>

#include <algorithm>
#include <bit>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace Linli::Search {

using namespace Detail;

namespace {

using TermKind = SearchQuery::TermKind;

// Limits that keep a record's keys small (no real record comes close): syllables past MaxUnits
// are not searched by pinyin; longer spellings, more or longer numbers are dropped.
constexpr int MaxUnits = 32;
constexpr int MaxSpelling = 64;
constexpr int MaxNumbers = 32;
constexpr int MaxNumberLength = 32;
constexpr quint8 UnitHasUmlaut = 1;

enum : quint8 { NumberIsId = 0, NumberIsPhone = 1 };

quint64 sortPrefix(const QByteArray &key)
{
    quint64 p = 0;
    for (int i = 0; i < 8; ++i)
        p = (p << 8) | (i < key.size() ? quint8(key.at(i)) : 0);
    return p;
}

// A query term prepared for scanning: the bits a record must have, and the term in the form its
// matcher compares.
struct Term
{
    TermKind kind = TermKind::Unmatchable;
    QByteArray ascii;        // Letters, Digits, IdTail, Room; for Mixed, the letters (0 at Han)
    QString text;            // Han
    std::vector<Atom> atoms; // Mixed
    quint32 needLetters = 0;
    quint32 needInitial = 0;
    quint64 needPairs[2] = {0, 0};
    quint64 needHan = 0;
    quint64 roomPrefix = 0;  // Digits, Room: a room starting like this term …
    quint64 roomSegment = 0; // … or with a segment like its first one
    quint16 tail = 0;        // Digits, IdTail: numbers ending like this term (0: too short)
};

void needPair(Term &term, char a, char b)
{
    const int i = pairIndex(a, b);
    term.needPairs[i >> 6] |= quint64(1) << (i & 63);
}

Term compile(const SearchQuery::Term &t)
{
    Term term;
    term.kind = t.kind;
    switch (t.kind) {
    case TermKind::Letters:
        term.ascii = t.text.toLatin1();
        for (qsizetype i = 0; i < term.ascii.size(); ++i) {
            term.needLetters |= letterBit(term.ascii.at(i));
            if (i > 0)
                needPair(term, term.ascii.at(i - 1), term.ascii.at(i));
        }
        term.needInitial = letterBit(term.ascii.at(0));
        break;
    case TermKind::Han:
        term.text = t.text;
        for (const QChar c : t.text)
            term.needHan |= hanBit(c.unicode());
        break;
    case TermKind::Mixed:
        for (qsizetype i = 0; i < t.text.size(); ++i) {
            const QChar c = t.text.at(i);
            if (c.unicode() < 0x80) {
                const char letter = char(c.unicode());
                if (!term.atoms.empty() && !term.atoms.back().han)
                    needPair(term, term.atoms.back().letter, letter);
                term.atoms.push_back(Atom{0, letter});
                term.ascii.append(letter);
                term.needLetters |= letterBit(letter);
                continue;
            }
            char32_t han = c.unicode();
            term.needHan |= hanBit(c.unicode());
            if (c.isHighSurrogate() && i + 1 < t.text.size()) {
                han = QChar::surrogateToUcs4(c, t.text.at(i + 1));
                term.needHan |= hanBit(t.text.at(++i).unicode());
            }
            term.atoms.push_back(Atom{han, 0});
            term.ascii.append('\0'); // keeps ascii aligned with atoms
        }
        if (!term.atoms.empty() && !term.atoms.front().han)
            term.needInitial = letterBit(term.atoms.front().letter);
        break;
    case TermKind::Digits:
    case TermKind::IdTail:
    case TermKind::Room: {
        term.ascii = t.text.toLatin1();
        const char *q = term.ascii.constData();
        const int L = int(term.ascii.size());
        if (t.kind != TermKind::IdTail) {
            term.roomPrefix = roomPrefixBit(q, L);
            const int dash = term.ascii.indexOf('-');
            term.roomSegment = roomSegmentBit(q, dash < 0 ? L : dash);
        }
        if (t.kind != TermKind::Room)
            term.tail = tailCode(q, L);
        break;
    }
    case TermKind::Unmatchable: break;
    }
    return term;
}

// Which term drives the scan: the one whose bits rule out the most records.
int selectivity(TermKind kind)
{
    switch (kind) {
    case TermKind::Han: return 0;
    case TermKind::IdTail: return 1;
    case TermKind::Mixed: return 2;
    case TermKind::Letters: return 3;
    case TermKind::Digits: return 4;
    case TermKind::Room: return 5;
    case TermKind::Unmatchable: return 6;
    }
    return 6;
}

} // namespace

struct SearchIndex::Private
{
    Pinyin pinyin;
    PinyinCollator collator;

    // Per slot, in arrays of their own, scanned by queries to rule records out cheaply.
    std::vector<quint32> letters;   // letters of the pinyin (u too for syllables with ü)
    std::vector<quint32> initials;  // first letters of the syllables
    std::vector<quint64> pairs;     // two words per slot: pairIndex() of letters that may follow
    std::vector<quint64> hanBloom;  // the name's UTF-16 code units, one bit each
    std::vector<quint64> roomBloom; // roomPrefixBit() | roomSegmentBit() of each later segment
    std::vector<quint64> tails;     // tailCode() of up to four numbers
    std::vector<quint32> roomAt;    // the room code in rooms
    std::vector<quint8> roomLength;
    std::vector<quint32> blobAt;    // syllables, then numbers, in blob
    std::vector<quint16> numbersAt; // from blobAt

    // Per slot, read only for records that match.
    struct Entry
    {
        QString id;
        quint64 sortPrefix = 0; // the first 8 bytes of the sort key, big-endian
        quint32 nameAt = 0;
        quint32 sortKeyAt = 0;
        quint16 nameLength = 0;
        quint16 sortKeyLength = 0;
        quint16 blobLength = 0;
        bool alive = false;
    };
    std::vector<Entry> entries;
    std::vector<quint32> freeSlots;
    QHash<QString, quint32> slotById;

    std::string blob;
    std::u16string names;
    std::string rooms;
    std::string sortKeys;
    qsizetype garbageBytes = 0; // left behind by removed records, reclaimed by compact()

    quint32 allocateSlot();
    void releaseSlot(quint32 slot);
    void appendKeys(quint32 slot, const Record &record);
    // The parts of appendKeys: the name's syllables (and the letter masks a query is checked
    // against), the ID and phone numbers (their tails' lanes), the room (its prefix bits).
    struct NameMasks
    {
        quint32 letters = 0;
        quint32 initials = 0;
        quint64 pairs[2] = {0, 0};
    };
    NameMasks appendSyllables(const QString &name);
    quint64 appendNumbers(const Record &record);
    quint64 appendRoom(quint32 slot, const QString &recordRoom);
    void compactIfWasteful();
    bool possible(const Term &term, quint32 slot) const;
    int decodeUnits(quint32 slot, Unit *out) const;
    Match matchTerm(const Term &term, quint32 slot, const Unit *units, int unitCount) const;
};

quint32 SearchIndex::Private::allocateSlot()
{
    if (!freeSlots.empty()) {
        const quint32 slot = freeSlots.back();
        freeSlots.pop_back();
        return slot;
    }
    letters.push_back(0);
    initials.push_back(0);
    pairs.push_back(0);
    pairs.push_back(0);
    hanBloom.push_back(0);
    roomBloom.push_back(0);
    tails.push_back(0);
    roomAt.push_back(0);
    roomLength.push_back(0);
    blobAt.push_back(0);
    numbersAt.push_back(0);
    entries.emplace_back();
    return quint32(entries.size() - 1);
}

// A released slot has no bits and no keys: no query term can match it.
void SearchIndex::Private::releaseSlot(quint32 slot)
{
    Entry &e = entries[slot];
    garbageBytes += e.blobLength + qsizetype(e.nameLength) * 2 + roomLength[slot] + e.sortKeyLength;
    e = Entry{};
    letters[slot] = initials[slot] = 0;
    pairs[2 * slot] = pairs[2 * slot + 1] = 0;
    hanBloom[slot] = roomBloom[slot] = tails[slot] = 0;
    roomAt[slot] = blobAt[slot] = 0;
    roomLength[slot] = 0;
    numbersAt[slot] = 0;
    freeSlots.push_back(slot);
}

// Syllables: [count] then per syllable [length][flags][han, 4 bytes][spelling].
SearchIndex::Private::NameMasks SearchIndex::Private::appendSyllables(const QString &name)
{
    QList<Syllable> syllables = pinyin.spell(name);
    if (syllables.size() > MaxUnits)
        syllables.resize(MaxUnits);
    NameMasks masks;
    auto addPair = [&masks](char a, char b) {
        const int i = pairIndex(a, b);
        masks.pairs[i >> 6] |= quint64(1) << (i & 63);
    };
    blob.push_back(char(syllables.size()));
    for (qsizetype k = 0; k < syllables.size(); ++k) {
        const Syllable &s = syllables.at(k);
        const QByteArray spelling = s.spelling.left(MaxSpelling);
        const bool umlaut = s.hasUmlaut();
        blob.push_back(char(spelling.size()));
        blob.push_back(char(umlaut ? UnitHasUmlaut : 0));
        char han[4];
        std::memcpy(han, &s.han, 4);
        blob.append(han, 4);
        blob.append(spelling.constData(), spelling.size());
        if (spelling.isEmpty())
            continue;
        masks.initials |= letterBit(spelling.at(0));
        // Letters that may follow each other in a query: within this syllable, and any of its
        // letters (where a typed part of it ends) followed by the next spelled syllable's initial.
        char next = 0;
        for (qsizetype m = k + 1; m < syllables.size() && !next; ++m)
            next = syllables.at(m).spelling.isEmpty() ? 0 : syllables.at(m).spelling.at(0);
        for (qsizetype i = 0; i < spelling.size(); ++i) {
            for (const char c : {spelling.at(i), umlaut && spelling.at(i) == 'v' ? 'u' : '\0'}) {
                if (!c)
                    continue;
                masks.letters |= letterBit(c);
                if (i + 1 < spelling.size()) {
                    addPair(c, spelling.at(i + 1));
                    if (umlaut && spelling.at(i + 1) == 'v')
                        addPair(c, 'u');
                }
                if (next)
                    addPair(c, next);
            }
        }
    }
    return masks;
}

// Numbers: [count] then per number [kind][length][characters]. Returns the tails' lanes.
quint64 SearchIndex::Private::appendNumbers(const Record &record)
{
    std::vector<std::pair<quint8, QByteArray>> numbers;
    numbers.emplace_back(NumberIsId, normalizedNumber(record.idNumber));
    for (const QString &phone : record.phones)
        numbers.emplace_back(NumberIsPhone, normalizedNumber(phone));
    std::erase_if(numbers, [](const auto &n) { return n.second.isEmpty() || n.second.size() > MaxNumberLength; });
    if (numbers.size() > MaxNumbers)
        numbers.resize(MaxNumbers);
    blob.push_back(char(numbers.size()));
    quint64 tailLanes = 0;
    int lane = 0;
    for (const auto &[kind, digits] : numbers) {
        blob.push_back(char(kind));
        blob.push_back(char(digits.size()));
        blob.append(digits.constData(), digits.size());
        if (const quint16 code = tailCode(digits.constData(), int(digits.size()))) {
            if (lane == 4)
                tailLanes |= quint64(TailOverflow) << 48;
            else
                tailLanes |= quint64(code) << (16 * lane++);
        }
    }
    return tailLanes;
}

// The room as typed ("3-2-501"), and the bits of its prefixes and segments.
quint64 SearchIndex::Private::appendRoom(quint32 slot, const QString &recordRoom)
{
    const QByteArray room = normalizedRoom(recordRoom).toUtf8().left(255);
    quint64 roomBits = roomPrefixBit(room.constData(), int(room.size()));
    if (room.size() >= 2)
        roomBits |= roomPrefixBit(room.constData(), 1);
    for (qsizetype i = room.indexOf('-'); i >= 0; i = room.indexOf('-', i + 1)) {
        const qsizetype end = room.indexOf('-', i + 1);
        roomBits |= roomSegmentBit(room.constData() + i + 1, int((end < 0 ? room.size() : end) - i - 1));
    }
    roomAt[slot] = quint32(rooms.size());
    roomLength[slot] = quint8(room.size());
    rooms.append(room.constData(), room.size());
    return roomBits;
}

void SearchIndex::Private::appendKeys(quint32 slot, const Record &record)
{
    Entry &e = entries[slot];
    const QString name = normalizedName(record.name);
    const qsizetype start = qsizetype(blob.size());
    const NameMasks masks = appendSyllables(name);
    numbersAt[slot] = quint16(qsizetype(blob.size()) - start);
    const quint64 tailLanes = appendNumbers(record);
    // The limits above keep a record's blob under 4 KiB, well within its 16-bit length.
    blobAt[slot] = quint32(start);
    e.blobLength = quint16(qsizetype(blob.size()) - start);

    const QStringView storedName = QStringView(name).first(std::min<qsizetype>(name.size(), 0xFFFF));
    e.nameAt = quint32(names.size());
    e.nameLength = quint16(storedName.size());
    names.append(storedName.utf16(), storedName.size());
    quint64 han = 0;
    for (const QChar c : storedName)
        han |= hanBit(c.unicode());

    letters[slot] = masks.letters;
    initials[slot] = masks.initials;
    pairs[2 * slot] = masks.pairs[0];
    pairs[2 * slot + 1] = masks.pairs[1];
    hanBloom[slot] = han;
    roomBloom[slot] = appendRoom(slot, record.room);
    tails[slot] = tailLanes;
    const QByteArray sortKey = collator.sortKey(name).left(0xFFFF);
    e.sortKeyAt = quint32(sortKeys.size());
    e.sortKeyLength = quint16(sortKey.size());
    sortKeys.append(sortKey.constData(), sortKey.size());
    e.sortPrefix = sortPrefix(sortKey);
}

// Rewrites the buffers without what removed records left behind, once that is as much as what
// is live: at most one byte copied per byte written.
void SearchIndex::Private::compactIfWasteful()
{
    const qsizetype total = qsizetype(blob.size() + names.size() * 2 + rooms.size() + sortKeys.size());
    if (garbageBytes < (1 << 20) || garbageBytes * 2 < total)
        return;
    std::string newBlob;
    std::u16string newNames;
    std::string newRooms;
    std::string newSortKeys;
    newBlob.reserve(blob.size());
    newNames.reserve(names.size());
    newRooms.reserve(rooms.size());
    newSortKeys.reserve(sortKeys.size());
    for (quint32 slot = 0; slot < entries.size(); ++slot) {
        Entry &e = entries[slot];
        if (!e.alive)
            continue;
        const auto newBlobAt = quint32(newBlob.size());
        newBlob.append(blob, blobAt[slot], e.blobLength);
        blobAt[slot] = newBlobAt;
        const auto newNameAt = quint32(newNames.size());
        newNames.append(names, e.nameAt, e.nameLength);
        e.nameAt = newNameAt;
        const auto newRoomAt = quint32(newRooms.size());
        newRooms.append(rooms, roomAt[slot], roomLength[slot]);
        roomAt[slot] = newRoomAt;
        const auto newSortKeyAt = quint32(newSortKeys.size());
        newSortKeys.append(sortKeys, e.sortKeyAt, e.sortKeyLength);
        e.sortKeyAt = newSortKeyAt;
    }
    blob = std::move(newBlob);
    names = std::move(newNames);
    rooms = std::move(newRooms);
    sortKeys = std::move(newSortKeys);
    garbageBytes = 0;
}

bool SearchIndex::Private::possible(const Term &t, quint32 slot) const
{
    switch (t.kind) {
    case TermKind::Letters:
    case TermKind::Mixed:
        return (letters[slot] & t.needLetters) == t.needLetters && (initials[slot] & t.needInitial) == t.needInitial
               && (pairs[2 * slot] & t.needPairs[0]) == t.needPairs[0]
               && (pairs[2 * slot + 1] & t.needPairs[1]) == t.needPairs[1] && (hanBloom[slot] & t.needHan) == t.needHan;
    case TermKind::Han: return (hanBloom[slot] & t.needHan) == t.needHan;
    case TermKind::Digits:
        return (roomBloom[slot] & (t.roomPrefix | t.roomSegment)) || (t.tail && tailsMayContain(tails[slot], t.tail));
    case TermKind::IdTail: return t.tail && tailsMayContain(tails[slot], t.tail);
    case TermKind::Room: return roomBloom[slot] & (t.roomPrefix | t.roomSegment);
    case TermKind::Unmatchable: return false;
    }
    return false;
}

int SearchIndex::Private::decodeUnits(quint32 slot, Unit *out) const
{
    const char *p = blob.data() + blobAt[slot];
    const int n = quint8(*p++);
    for (int i = 0; i < n; ++i) {
        Unit &u = out[i];
        u.len = quint8(p[0]);
        u.umlaut = p[1] & UnitHasUmlaut;
        std::memcpy(&u.han, p + 2, 4);
        u.s = p + 6;
        p += 6 + u.len;
    }
    return n;
}

Match SearchIndex::Private::matchTerm(const Term &term, quint32 slot, const Unit *units, int unitCount) const
{
    const char *q = term.ascii.constData();
    const int L = int(term.ascii.size());
    Match best;
    switch (term.kind) {
    case TermKind::Letters: return matchLetters(q, L, units, unitCount);
    case TermKind::Mixed: return matchMixed(term.atoms, q, units, unitCount);
    case TermKind::Han:
        return matchName(QStringView(names.data() + entries[slot].nameAt, entries[slot].nameLength), term.text);
    case TermKind::Digits:
    case TermKind::IdTail:
        if (term.tail && tailsMayContain(tails[slot], term.tail)) {
            const char *p = blob.data() + blobAt[slot] + numbersAt[slot];
            const int count = quint8(*p++);
            for (int i = 0; i < count; ++i) {
                const quint8 kind = quint8(p[0]);
                const int len = quint8(p[1]);
                if (kind == NumberIsId || term.kind == TermKind::Digits) {
                    const MatchField field = kind == NumberIsId ? MatchField::IdNumber : MatchField::Phone;
                    best = better(best, matchNumber(p + 2, len, q, L, field));
                }
                p += 2 + len;
            }
        }
        if (term.kind == TermKind::IdTail)
            return best;
        [[fallthrough]];
    case TermKind::Room:
        if (!(roomBloom[slot] & (term.roomPrefix | term.roomSegment)))
            return best;
        return better(best, matchRoom(rooms.data() + roomAt[slot], roomLength[slot], q, L));
    case TermKind::Unmatchable: return {};
    }
    return {};
}

SearchIndex::SearchIndex() : d(std::make_unique<Private>()) {}
SearchIndex::~SearchIndex() = default;
SearchIndex::SearchIndex(SearchIndex &&) noexcept = default;
SearchIndex &SearchIndex::operator=(SearchIndex &&) noexcept = default;

void SearchIndex::insert(const Record &record)
{
    const auto existing = d->slotById.constFind(record.id);
    if (existing != d->slotById.constEnd())
        d->releaseSlot(*existing);
    const quint32 slot = d->allocateSlot();
    d->appendKeys(slot, record);
    Private::Entry &e = d->entries[slot];
    e.id = record.id;
    e.alive = true;
    d->slotById.insert(record.id, slot);
    d->compactIfWasteful();
}

bool SearchIndex::remove(const QString &id)
{
    const auto it = d->slotById.constFind(id);
    if (it == d->slotById.constEnd())
        return false;
    d->releaseSlot(*it);
    d->slotById.erase(it);
    if (d->slotById.isEmpty())
        clear();
    else
        d->compactIfWasteful();
    return true;
}

void SearchIndex::clear()
{
    Pinyin pinyin = std::move(d->pinyin); // keeps the per-character cache
    d = std::make_unique<Private>();
    d->pinyin = std::move(pinyin);
}

void SearchIndex::reserve(qsizetype records)
{
    const auto n = size_t(records);
    d->letters.reserve(n);
    d->initials.reserve(n);
    d->pairs.reserve(2 * n);
    d->hanBloom.reserve(n);
    d->roomBloom.reserve(n);
    d->tails.reserve(n);
    d->roomAt.reserve(n);
    d->roomLength.reserve(n);
    d->blobAt.reserve(n);
    d->numbersAt.reserve(n);
    d->entries.reserve(n);
    d->slotById.reserve(records);
    d->blob.reserve(n * 48);
    d->names.reserve(n * 3);
    d->rooms.reserve(n * 9);
    d->sortKeys.reserve(n * 12);
}

qsizetype SearchIndex::size() const
{
    return d->slotById.size();
}

bool SearchIndex::contains(const QString &id) const
{
    return d->slotById.contains(id);
}

QList<Hit> SearchIndex::search(QStringView query, qsizetype limit) const
{
    const SearchQuery parsed = SearchQuery::parse(query);
    if (parsed.isEmpty())
        return {};
    std::vector<Term> terms;
    for (const SearchQuery::Term &t : parsed.terms()) {
        if (t.kind == TermKind::Unmatchable)
            return {};
        terms.push_back(compile(t));
    }
    bool needUnits = false;
    const Term *driver = &terms.front();
    for (const Term &t : terms) {
        needUnits = needUnits || t.kind == TermKind::Letters || t.kind == TermKind::Mixed;
        if (selectivity(t.kind) < selectivity(driver->kind))
            driver = &t;
    }

    // First the bits of one term over every record, then everything else for those left.
    std::vector<quint32> candidates;
    const auto slots = quint32(d->entries.size());
    for (quint32 slot = 0; slot < slots; ++slot) {
        if (d->possible(*driver, slot))
            candidates.push_back(slot);
    }

    struct Found
    {
        quint64 sortPrefix;
        quint32 slot;
        MatchKind kind;
        MatchField field;
    };
    std::vector<Found> found;
    Unit units[MaxUnits];
    for (const quint32 slot : candidates) {
        bool possible = true;
        for (const Term &t : terms)
            possible = possible && (&t == driver || d->possible(t, slot));
        if (!possible)
            continue;
        const int unitCount = needUnits ? d->decodeUnits(slot, units) : 0;
        Match all;
        for (const Term &t : terms) {
            const Match m = d->matchTerm(t, slot, units, unitCount);
            if (!m.ok) {
                all.ok = false;
                break;
            }
            // Every term must match; the weakest decides the rank, the first names the field.
            all = all.ok ? Match{true, std::max(all.kind, m.kind), all.field} : m;
        }
        if (all.ok)
            found.push_back(Found{d->entries[slot].sortPrefix, slot, all.kind, all.field});
    }

    const auto &entries = d->entries;
    const std::string &sortKeys = d->sortKeys;
    auto before = [&entries, &sortKeys](const Found &a, const Found &b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.sortPrefix != b.sortPrefix)
            return a.sortPrefix < b.sortPrefix;
        const auto &ea = entries[a.slot];
        const auto &eb = entries[b.slot];
        const int byKey = std::string_view(sortKeys)
                              .substr(ea.sortKeyAt, ea.sortKeyLength)
                              .compare(std::string_view(sortKeys).substr(eb.sortKeyAt, eb.sortKeyLength));
        if (byKey != 0)
            return byKey < 0;
        return ea.id < eb.id;
    };
    const size_t count = (limit <= 0 || size_t(limit) >= found.size()) ? found.size() : size_t(limit);
    if (count < found.size())
        std::partial_sort(found.begin(), found.begin() + qsizetype(count), found.end(), before);
    else
        std::sort(found.begin(), found.end(), before);

    QList<Hit> hits;
    hits.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i)
        hits.append(Hit{entries[found[i].slot].id, found[i].kind, found[i].field});
    return hits;
}

} // namespace Linli::Search
