#include "residentdirectory.h"

#include "registryservice.h"
#include "registrytr.h"

#include <core/phone.h>
#include <search/pinyincollator.h>
#include <search/searchindex.h>
#include <storage/store.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linli::Registry {

namespace {

const QString RowSql = u"SELECT r.id, coalesce(r.household_id, ''), coalesce(b.id, ''), r.name, r.sex, r.birth_date,"
                       u" r.id_type, r.id_number, r.phone1, r.phone2, coalesce(c.name, ''),"
                       u" coalesce(b.number || '-' || u.number || '-' || rm.number, ''), r.relation_to_head, r.status,"
                       u" coalesce(h.residence, '')"
                       u" FROM reg_residents r"
                       u" LEFT JOIN reg_households h ON h.id = r.household_id"
                       u" LEFT JOIN reg_rooms rm ON rm.id = h.room_id"
                       u" LEFT JOIN reg_units u ON u.id = rm.unit_id"
                       u" LEFT JOIN reg_buildings b ON b.id = u.building_id"
                       u" LEFT JOIN reg_compounds c ON c.id = b.compound_id"
                       u" WHERE r.deleted = 0"_s;

// Masks without re-validating: stored numbers were validated on the way in. Mainland IDs keep
// the first 6 and last 4 characters, mobiles the first 3 and last 4 digits.
QString maskId(const QString &type, const QString &number)
{
    if (number.isEmpty())
        return {};
    if (type == u"mainland_id" && number.size() == 18)
        return number.left(6) + QString(8, u'*') + number.right(4);
    if (number.size() <= 4)
        return QString(number.size(), u'*');
    return number.left(2) + QString(number.size() - 4, u'*') + number.right(2);
}

QString maskPhone(const QString &stored)
{
    if (stored.isEmpty())
        return {};
    if (stored.startsWith(u"+861") && stored.size() == 14 && !stored.contains(u';'))
        return stored.mid(3, 3) + u"****"_s + stored.right(4);
    auto phone = Core::Phone::parse(stored);
    return phone ? phone->masked() : QString();
}

} // namespace

struct ResidentDirectory::Private
{
    Search::SearchIndex index; // the full numbers live only here, never in the rows
    Search::PinyinCollator collator;
};

QString ResidentDirectory::intern(const QString &text)
{
    if (text.isEmpty())
        return {};
    auto it = m_pool.constFind(text);
    if (it == m_pool.cend())
        it = m_pool.insert(text);
    return *it;
}

QStringList ResidentDirectory::internList(const QStringList &list)
{
    if (list.isEmpty())
        return {};
    const QString key = list.join(u'\x1f');
    auto it = m_listPool.constFind(key);
    if (it == m_listPool.cend())
        it = m_listPool.insert(key, list);
    return *it;
}

MaskedNumber MaskedNumber::fromMasked(const QString &masked)
{
    MaskedNumber m;
    const qsizetype firstStar = masked.indexOf(u'*');
    const qsizetype lastStar = masked.lastIndexOf(u'*');
    const QString head = firstStar < 0 ? masked : masked.left(firstStar);
    const QString tail = firstStar < 0 ? QString() : masked.mid(lastStar + 1);
    if (head.size() > qsizetype(sizeof m.head) || tail.size() > qsizetype(sizeof m.tail) || lastStar - firstStar > 250)
        return fromMasked(QString(qMin<qsizetype>(masked.size(), 250), u'*')); // never more than shown
    const auto copy = [](const QString &from, char *to) {
        for (qsizetype i = 0; i < from.size(); ++i)
            to[i] = from.at(i).unicode() < 128 ? char(from.at(i).unicode()) : '?';
    };
    copy(head, m.head);
    copy(tail, m.tail);
    m.headLength = quint8(head.size());
    m.tailLength = quint8(tail.size());
    m.stars = firstStar < 0 ? 0 : quint8(lastStar - firstStar + 1);
    return m;
}

QString MaskedNumber::toString() const
{
    QString out;
    out.reserve(headLength + stars + tailLength);
    out += QLatin1StringView(head, headLength);
    out += QString(stars, u'*');
    out += QLatin1StringView(tail, tailLength);
    return out;
}

int ResidentRow::ageAt(QDate today) const
{
    return ageOn(birthDate, today);
}

ResidentDirectory::ResidentDirectory() : d(std::make_unique<Private>()) {}
ResidentDirectory::~ResidentDirectory() = default;

Result<std::unique_ptr<ResidentDirectory>> ResidentDirectory::load(Storage::Store &store, const Core::Actor &actor,
                                                                   QDate today)
{
    return load(store.connection(), actor, today);
}

Result<std::unique_ptr<ResidentDirectory>> ResidentDirectory::load(Storage::Connection &connection,
                                                                   const Core::Actor &actor, QDate today)
{
    std::unique_ptr<ResidentDirectory> dir(new ResidentDirectory);
    dir->m_today = today;
    dir->m_sensitiveAllowed = actor.can(Core::Permission::ViewSensitiveData);
    dir->m_fullNumbersAllowed = actor.can(Core::Permission::UnmaskPersonalData);

    // Tag names (administrators may add tags) for lists and printouts.
    auto tagNames = connection.select(u"SELECT code, name FROM reg_tags WHERE deleted = 0"_s);
    if (!tagNames)
        return tagNames.error();
    QList<std::pair<QString, QString>> names;
    for (const QVariantList &t : std::as_const(*tagNames))
        names.append({t.at(0).toString(), t.at(1).toString()});
    rememberTagNames(names);

    // Tags first, into a resident → codes map (streamed: 130,000 rows for 200,000 residents).
    QHash<QString, QStringList> tags;
    auto tagStmt = connection.prepare(
        u"SELECT rt.resident_id, t.code, t.sensitive FROM reg_resident_tags rt JOIN reg_tags t ON t.id = rt.tag_id"
        u" WHERE rt.deleted = 0 ORDER BY t.code"_s);
    if (!tagStmt)
        return tagStmt.error();
    for (;;) {
        auto more = tagStmt->step();
        if (!more)
            return more.error();
        if (!*more)
            break;
        if (tagStmt->value(2).toInt() == 0 || dir->m_sensitiveAllowed)
            tags[tagStmt->text(0)].append(dir->intern(tagStmt->text(1)));
    }

    // Room for everyone up front: growing a list of 200,000 rows step by step holds two copies
    // at the moment it moves.
    auto count = connection.scalar(u"SELECT count(*) FROM reg_residents WHERE deleted = 0"_s);
    if (!count)
        return count.error();
    dir->m_rows.reserve(count->toLongLong());
    dir->m_byId.reserve(count->toLongLong());
    dir->d->index.reserve(count->toLongLong());

    auto stmt = connection.prepare(RowSql);
    if (!stmt)
        return stmt.error();
    for (;;) {
        auto more = stmt->step();
        if (!more)
            return more.error();
        if (!*more)
            break;
        dir->add(*stmt, tags);
    }
    return dir;
}

std::optional<qsizetype> ResidentDirectory::indexOf(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    if (it == m_byId.cend())
        return std::nullopt;
    return *it;
}

bool ResidentDirectory::matches(const ResidentRow &row, const ResidentFilter &f) const
{
    if (row.removed)
        return false;
    if (f.status && row.status != *f.status)
        return false;
    if (!f.buildingId.isEmpty() && row.buildingId != f.buildingId)
        return false;
    if (!f.tagCode.isEmpty() && !row.tagCodes.contains(f.tagCode))
        return false;
    if (f.residence && (row.householdId.isEmpty() || row.residence != *f.residence))
        return false;
    if (f.minAge >= 0 || f.maxAge >= 0) {
        const int age = row.ageAt(m_today);
        if (age < 0 || (f.minAge >= 0 && age < f.minAge) || (f.maxAge >= 0 && age > f.maxAge))
            return false;
    }
    return true;
}

bool ResidentDirectory::queryAllowed(QStringView query) const
{
    if (m_fullNumbersAllowed)
        return true;
    int run = 0;
    for (QChar c : query) {
        // Full-width digits count too (the index folds them).
        const bool digit = c.isDigit() || ((c == u'X' || c == u'x' || c == u'Ｘ') && run > 0);
        run = digit ? run + 1 : 0;
        if (run > 4)
            return false;
    }
    return true;
}

QList<qsizetype> ResidentDirectory::find(const QString &query, const ResidentFilter &filter, qsizetype limit) const
{
    QList<qsizetype> out;
    if (!queryAllowed(query))
        return out;
    if (query.trimmed().isEmpty()) {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (matches(m_rows.at(i), filter))
                out.append(i);
        }
        std::stable_sort(out.begin(), out.end(),
                         [this](qsizetype a, qsizetype b) { return m_rows.at(a).sortKey < m_rows.at(b).sortKey; });
        if (limit > 0 && out.size() > limit)
            out.resize(limit);
        return out;
    }
    // The index ranks; the filter then keeps what fits. Ask for all hits when filtering.
    const QList<Search::Hit> hits = d->index.search(query, filter.isEmpty() && !filter.status ? limit : 0);
    for (const Search::Hit &h : hits) {
        const auto i = indexOf(h.id);
        if (!i || !matches(m_rows.at(*i), filter))
            continue;
        out.append(*i);
        if (limit > 0 && out.size() >= limit)
            break;
    }
    return out;
}

void ResidentDirectory::add(Storage::Statement &stmt, const QHash<QString, QStringList> &tags)
{
    // Text that many residents share (their household, building, compound, room, relation,
    // tag list) is kept once: with 200,000 residents this halves the list's memory.
    ResidentRow r;
    r.id = stmt.text(0);
    r.householdId = intern(stmt.text(1));
    r.buildingId = intern(stmt.text(2));
    r.name = stmt.text(3);
    r.sex = sexFromCode(stmt.text(4));
    r.birthDate = QDate::fromString(stmt.text(5), Qt::ISODate);
    const QString idNumber = stmt.text(7);
    const QString phone1 = stmt.text(8);
    const QString phone2 = stmt.text(9);
    r.m_idMask = MaskedNumber::fromMasked(maskId(stmt.text(6), idNumber));
    r.m_phoneMask = MaskedNumber::fromMasked(maskPhone(phone1));
    r.compound = intern(stmt.text(10));
    r.room = intern(stmt.text(11));
    r.relationToHead = intern(stmt.text(12));
    r.status = statusFromCode(stmt.text(13));
    r.residence = residenceFromCode(stmt.text(14));
    r.tagCodes = internList(tags.value(r.id));
    r.sortKey = d->collator.sortKey(r.name);

    QStringList phones;
    for (const QString &p : {phone1, phone2}) {
        if (!p.isEmpty())
            phones.append(p.section(u';', 0, 0));
    }
    d->index.insert({r.id, r.name, idNumber, phones, r.room});
    if (const auto existing = indexOf(r.id)) {
        m_rows[*existing] = std::move(r);
    } else {
        m_byId.insert(r.id, m_rows.size());
        m_rows.append(std::move(r));
    }
}

Status ResidentDirectory::refresh(Storage::Store &store, const QString &id)
{
    QHash<QString, QStringList> tags;
    auto tagRows = store.connection().select(
        u"SELECT t.code, t.sensitive FROM reg_resident_tags rt JOIN reg_tags t ON t.id = rt.tag_id"
        u" WHERE rt.deleted = 0 AND rt.resident_id = ? ORDER BY t.code"_s,
        {id});
    if (!tagRows)
        return tagRows.error();
    for (const QVariantList &t : std::as_const(*tagRows)) {
        if (t.at(1).toInt() == 0 || m_sensitiveAllowed)
            tags[id].append(intern(t.at(0).toString()));
    }
    auto stmt = store.connection().prepare(RowSql + u" AND r.id = ?"_s);
    if (!stmt)
        return stmt.error();
    if (auto b = stmt->bind(1, id); !b)
        return b;
    auto found = stmt->step();
    if (!found)
        return found.error();
    if (*found) {
        add(*stmt, tags);
        return {};
    }
    // Gone (merged away): drop it from the index; the row stays, hidden from every list.
    d->index.remove(id);
    if (const auto i = indexOf(id))
        m_rows[*i].removed = true;
    return {};
}

} // namespace Linli::Registry
