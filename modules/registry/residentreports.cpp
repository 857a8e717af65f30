#include "residentreports.h"

#include "registryservice.h"
#include "registrytr.h"

#include <core/phone.h>

#include <QtCore/QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Linli::Registry {

// Unqualified in definitions: lupdate loses the translation context on "Reports::X f(...)".
using Reports::Report;
using Reports::Table;

Report residentListReport(const ResidentDirectory &directory, const QList<qsizetype> &rows, const QString &title,
                          const QList<QPair<QString, QString>> &conditions)
{
    Reports::Report report;
    report.title = title;
    report.parameters = conditions;
    report.parameters.append({Tr::tr("People"), QString::number(rows.size())});
    report.footerNote = Tr::tr("ID numbers and phone numbers are masked. For internal use only.");
    const QHash<QString, QString> tagNames = tagDisplayNames();
    Reports::Table table;
    table.columns = {{Tr::tr("No."), Qt::AlignRight, 1},      {Tr::tr("Name"), Qt::AlignLeft, 2},
                     {Tr::tr("Sex"), Qt::AlignLeft, 1},       {Tr::tr("Age"), Qt::AlignRight, 1},
                     {Tr::tr("ID number"), Qt::AlignLeft, 4}, {Tr::tr("Phone"), Qt::AlignLeft, 3},
                     {Tr::tr("Address"), Qt::AlignLeft, 4},   {Tr::tr("Tags"), Qt::AlignLeft, 3}};
    int n = 0;
    for (qsizetype i : rows) {
        const ResidentRow &r = directory.row(i);
        QStringList tags;
        for (const QString &code : r.tagCodes)
            tags.append(tagNames.value(code, code));
        const int age = r.ageAt(directory.today());
        table.rows.append({QString::number(++n), r.name, sexDisplayName(r.sex),
                           age >= 0 ? QString::number(age) : QString(), r.idMasked(), r.phoneMasked(), r.address(),
                           tags.join(Tr::tr(", "))});
    }
    report.tables.append(table);
    return report;
}

QList<QPair<QString, QString>> describeFilter(const ResidentFilter &filter, const QString &query,
                                              const QHash<QString, QString> &tagNames)
{
    QList<QPair<QString, QString>> out;
    if (!query.trimmed().isEmpty())
        out.append({Tr::tr("Search"), query.trimmed()});
    if (!filter.tagCode.isEmpty())
        out.append({Tr::tr("Tag"), tagNames.value(filter.tagCode, filter.tagCode)});
    if (filter.minAge >= 0 && filter.maxAge >= 0)
        out.append({Tr::tr("Age"), Tr::tr("%1 to %2").arg(filter.minAge).arg(filter.maxAge)});
    else if (filter.minAge >= 0)
        out.append({Tr::tr("Age"), Tr::tr("%1 and over").arg(filter.minAge)});
    else if (filter.maxAge >= 0)
        out.append({Tr::tr("Age"), Tr::tr("up to %1").arg(filter.maxAge)});
    if (filter.residence)
        out.append({Tr::tr("Registration and residence"), residenceDisplayName(*filter.residence)});
    if (!filter.status)
        out.append({Tr::tr("Status"), Tr::tr("everyone ever registered")});
    else if (*filter.status != ResidentStatus::Living)
        out.append({Tr::tr("Status"), statusDisplayName(*filter.status)});
    return out;
}

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Natural order: runs of digits compare by value ("101" < "1101"), everything else by character.
bool naturalLess(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (isAsciiDigit(a[i]) && isAsciiDigit(b[j])) {
            qsizetype endA = i;
            qsizetype endB = j;
            while (endA < a.size() && isAsciiDigit(a[endA]))
                ++endA;
            while (endB < b.size() && isAsciiDigit(b[endB]))
                ++endB;
            QStringView x = a.mid(i, endA - i);
            QStringView y = b.mid(j, endB - j);
            while (x.size() > 1 && x.front() == u'0')
                x = x.mid(1);
            while (y.size() > 1 && y.front() == u'0')
                y = y.mid(1);
            if (x.size() != y.size())
                return x.size() < y.size();
            if (const int c = x.compare(y); c != 0)
                return c < 0;
            i = endA;
            j = endB;
        } else {
            if (a[i] != b[j])
                return a[i] < b[j];
            ++i;
            ++j;
        }
    }
    return a.size() - i < b.size() - j;
}

QString tagText(const QStringList &codes, const QHash<QString, QString> &tagNames)
{
    QStringList tags;
    for (const QString &code : codes)
        tags.append(tagNames.value(code, code));
    return tags.join(Tr::tr(", "));
}

const QString HeadRelation = u"户主"_s; // as stored: the registry records relations in Chinese

// In a room: the head first, then the eldest (unknown birth dates last), then by name.
bool rosterLess(const ResidentRow &a, const ResidentRow &b)
{
    const bool headA = a.relationToHead.trimmed() == HeadRelation;
    const bool headB = b.relationToHead.trimmed() == HeadRelation;
    if (headA != headB)
        return headA;
    if (a.birthDate != b.birthDate) {
        if (!a.birthDate.isValid() || !b.birthDate.isValid())
            return a.birthDate.isValid();
        return a.birthDate < b.birthDate;
    }
    if (a.sortKey != b.sortKey)
        return a.sortKey < b.sortKey;
    return a.id < b.id;
}

QList<Reports::Column> rosterColumns()
{
    return {{Tr::tr("Room"), Qt::AlignLeft, 1},
            {Tr::tr("Name"), Qt::AlignLeft, 2},
            {Tr::tr("Relation to head"), Qt::AlignLeft, 2},
            {Tr::tr("Sex"), Qt::AlignLeft, 1},
            {Tr::tr("Age"), Qt::AlignRight, 1},
            {Tr::tr("ID number"), Qt::AlignLeft, 4},
            {Tr::tr("Phone"), Qt::AlignLeft, 3},
            {Tr::tr("Tags"), Qt::AlignLeft, 3}};
}

// The card never shows a full number, even if a caller passes an unmasked resident.
QString maskedIdOf(const Resident &r)
{
    if (r.masked || r.idNumber.isEmpty())
        return r.idNumber;
    const auto id = Core::IdNumber::parse(r.idNumber, r.idType);
    return id ? id->masked() : QString(r.idNumber.size(), u'*');
}

QString maskedPhonesOf(const Resident &r)
{
    QStringList phones;
    for (const QString &p : r.phones) {
        if (r.masked) {
            phones.append(p);
            continue;
        }
        const auto phone = Core::Phone::parse(p);
        phones.append(phone ? phone->masked() : QString(p.size(), u'*'));
    }
    return phones.join(Tr::tr(", "));
}

Table membersTable(const Household &household, QDate today, const QHash<QString, QString> &tagNames)
{
    Reports::Table table;
    table.caption = Tr::tr("Members");
    table.columns = {{Tr::tr("Name"), Qt::AlignLeft, 2},  {Tr::tr("Relation to head"), Qt::AlignLeft, 2},
                     {Tr::tr("Sex"), Qt::AlignLeft, 1},   {Tr::tr("Date of birth"), Qt::AlignLeft, 2},
                     {Tr::tr("Age"), Qt::AlignRight, 1},  {Tr::tr("ID number"), Qt::AlignLeft, 4},
                     {Tr::tr("Phone"), Qt::AlignLeft, 3}, {Tr::tr("Status"), Qt::AlignLeft, 2},
                     {Tr::tr("Tags"), Qt::AlignLeft, 3}};
    for (const Resident &m : household.members) {
        // The age of someone who died is not an age any more.
        const int age = m.status == ResidentStatus::Deceased ? -1 : ageOn(m.birthDate, today);
        table.rows.append({m.name, m.relationToHead, sexDisplayName(m.sex), m.birthDate.toString(Qt::ISODate),
                           age >= 0 ? QString::number(age) : QString(), maskedIdOf(m), maskedPhonesOf(m),
                           statusDisplayName(m.status), tagText(m.tagCodes, tagNames)});
    }
    return table;
}

Table historyTable(const QList<LifeEvent> &history)
{
    Reports::Table table;
    table.caption = Tr::tr("History");
    table.columns = {{Tr::tr("Date"), Qt::AlignLeft, 2},
                     {Tr::tr("Event"), Qt::AlignLeft, 2},
                     {Tr::tr("Person"), Qt::AlignLeft, 2},
                     {Tr::tr("Note"), Qt::AlignLeft, 5},
                     {Tr::tr("Recorded by"), Qt::AlignLeft, 2}};
    for (const LifeEvent &e : history) {
        const QDate day = e.date.isValid() ? e.date : QDateTime::fromMSecsSinceEpoch(e.atMs).date();
        table.rows.append({day.toString(Qt::ISODate), eventKindDisplayName(e.kind), e.residentName, e.note, e.actor});
    }
    return table;
}

} // namespace

RoomCode splitRoomCode(const QString &code)
{
    const qsizetype last = code.lastIndexOf(u'-');
    if (last <= 0)
        return {};
    const qsizetype middle = code.lastIndexOf(u'-', last - 1);
    if (middle <= 0)
        return {};
    return {code.left(middle), code.mid(middle + 1, last - middle - 1), code.mid(last + 1)};
}

QString normalizedNumber(const QString &typed)
{
    QString n = typed.normalized(QString::NormalizationForm_KC).trimmed();
    for (const QString &suffix : {u"号楼"_s, u"单元"_s, u"栋"_s, u"幢"_s, u"号"_s})
        if (n.endsWith(suffix)) {
            n.chop(suffix.size());
            break;
        }
    return n.trimmed();
}

QList<BuildingMatch> findBuildings(const ResidentDirectory &directory, const QString &number, const QString &compound)
{
    const QString wanted = normalizedNumber(number);
    const QString compoundName = compound.trimmed();
    QList<BuildingMatch> out;
    QSet<QString> seen;
    for (qsizetype i = 0; i < directory.size(); ++i) {
        const ResidentRow &r = directory.row(i);
        if (r.buildingId.isEmpty() || seen.contains(r.buildingId))
            continue;
        if (!compoundName.isEmpty() && r.compound != compoundName)
            continue;
        const QString building = splitRoomCode(r.room).building;
        if (normalizedNumber(building) != wanted)
            continue;
        seen.insert(r.buildingId);
        out.append({r.buildingId, r.compound, building});
    }
    std::sort(out.begin(), out.end(), [](const BuildingMatch &a, const BuildingMatch &b) {
        return a.compound != b.compound ? a.compound < b.compound : a.id < b.id;
    });
    return out;
}

Report rosterReport(const ResidentDirectory &directory, const QString &buildingId, const QString &unitNumber)
{
    const QString unitWanted = normalizedNumber(unitNumber);
    QString compound;
    QString building;
    QHash<QString, QList<qsizetype>> byUnit;
    QSet<QString> rooms;
    qsizetype people = 0;
    for (qsizetype i = 0; i < directory.size(); ++i) {
        const ResidentRow &r = directory.row(i);
        if (r.buildingId != buildingId)
            continue;
        const RoomCode code = splitRoomCode(r.room);
        compound = r.compound;
        building = code.building;
        if (r.status != ResidentStatus::Living)
            continue;
        if (!unitWanted.isEmpty() && normalizedNumber(code.unit) != unitWanted)
            continue;
        byUnit[code.unit].append(i);
        rooms.insert(r.room);
        ++people;
    }

    Reports::Report report;
    report.title = Tr::tr("Resident roster");
    report.parameters = {{Tr::tr("Compound"), compound}, {Tr::tr("Building"), building}};
    if (!unitWanted.isEmpty())
        report.parameters.append({Tr::tr("Unit"), unitWanted});
    report.parameters.append({Tr::tr("People"), QString::number(people)});
    report.parameters.append({Tr::tr("Rooms"), QString::number(rooms.size())});
    report.footerNote = Tr::tr("ID numbers and phone numbers are masked. For internal use only.");

    QStringList units = byUnit.keys();
    std::sort(units.begin(), units.end(), [](const QString &a, const QString &b) { return naturalLess(a, b); });
    const QHash<QString, QString> tagNames = tagDisplayNames();
    const QDate today = directory.today();
    for (const QString &unit : std::as_const(units)) {
        QList<qsizetype> rows = byUnit.value(unit);
        std::sort(rows.begin(), rows.end(), [&](qsizetype a, qsizetype b) {
            const ResidentRow &ra = directory.row(a);
            const ResidentRow &rb = directory.row(b);
            const QString roomA = splitRoomCode(ra.room).room;
            const QString roomB = splitRoomCode(rb.room).room;
            if (roomA != roomB)
                return naturalLess(roomA, roomB);
            return rosterLess(ra, rb);
        });
        Reports::Table table;
        table.caption = Tr::tr("Building %1, unit %2").arg(building, unit);
        table.columns = rosterColumns();
        for (qsizetype i : std::as_const(rows)) {
            const ResidentRow &r = directory.row(i);
            const int age = r.ageAt(today);
            table.rows.append({splitRoomCode(r.room).room, r.name, r.relationToHead, sexDisplayName(r.sex),
                               age >= 0 ? QString::number(age) : QString(), r.idMasked(), r.phoneMasked(),
                               tagText(r.tagCodes, tagNames)});
        }
        report.tables.append(table);
    }
    if (report.tables.isEmpty()) {
        // Printed as "no records" under the building's (or unit's) name rather than as nothing.
        Reports::Table table;
        table.caption = unitWanted.isEmpty() ? Tr::tr("Building %1").arg(building)
                                             : Tr::tr("Building %1, unit %2").arg(building, unitWanted);
        table.columns = rosterColumns();
        report.tables.append(table);
    }
    return report;
}

QString formatArea(qint64 areaCm2)
{
    if (areaCm2 <= 0)
        return {};
    return QString::number(areaCm2 / 100) + u'.' + QString::number(areaCm2 % 100).rightJustified(2, u'0') + u" m²"_s;
}

Report householdCardReport(const Household &household, const QList<LifeEvent> &history, QDate today)
{
    QString headName = Tr::tr("(no head)");
    for (const Resident &m : household.members) {
        if (m.id == household.headId)
            headName = m.name;
    }
    Reports::Report report;
    report.title = Tr::tr("Household card");
    report.parameters = {
        {Tr::tr("Address"), household.address},
        {Tr::tr("Building area"), household.areaCm2 > 0 ? formatArea(household.areaCm2) : Tr::tr("not recorded")},
        {Tr::tr("Tenure"), tenureDisplayName(household.tenure)},
        {Tr::tr("Residence"), residenceDisplayName(household.residence)},
        {Tr::tr("Head of household"), headName},
        {Tr::tr("Household status"), household.active ? Tr::tr("active") : Tr::tr("closed")}};
    report.footerNote = Tr::tr("ID numbers and phone numbers are masked. For internal use only.");
    report.tables.append(membersTable(household, today, tagDisplayNames()));
    report.tables.append(historyTable(history));
    return report;
}

} // namespace Linli::Registry
