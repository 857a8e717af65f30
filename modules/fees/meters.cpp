#include "meters.h"

#include "feeservice.h"
#include "feestr.h"

#include <core/clock.h>
#include <storage/auditlog.h>
#include <storage/outbox.h>
#include <storage/store.h>
#include <storage/transaction.h>
#include <tabular/table.h>

#include <QtCore/QJsonObject>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>

#include <variant>

using namespace Qt::StringLiterals;

namespace Linli::Fees {

namespace {

struct Room
{
    QString id;
    QString householdId;
    QString address;
};

QString key(const QString &compound, const QString &building, const QString &unit, const QString &room)
{
    return compound + u'|' + building + u'|' + unit + u'|' + room;
}

// "3号楼" → "3", "2单元" → "2", "501室" → "501": what staff add to numbers in a sheet.
QString bareNumber(QString text)
{
    text = Tabular::normalizeCell(text);
    for (const QString &suffix : {u"号楼"_s, u"幢"_s, u"栋"_s, u"楼"_s, u"单元"_s, u"室"_s, u"号"_s}) {
        if (text.endsWith(suffix) && text.size() > suffix.size()) {
            text.chop(suffix.size());
            break;
        }
    }
    return text.trimmed();
}

QDate parseDate(const QString &text)
{
    const QString t = Tabular::normalizeCell(text).replace(u'/', u'-').replace(u'.', u'-');
    QDate d = QDate::fromString(t, u"yyyy-M-d"_s);
    if (!d.isValid())
        d = QDate::fromString(t.left(10), Qt::ISODate);
    return d;
}

} // namespace

std::optional<qint64> MeterService::parseReading(const QString &text)
{
    const QString t = Tabular::normalizeCell(text).remove(u',');
    static const QRegularExpression number(u"^(\\d{1,9})(?:\\.(\\d{0,3})\\d*)?$"_s);
    const auto m = number.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    // Spreadsheets store 135.345 as a double and may write it as 135.34500000000001 or
    // 135.34499999999999: binary noise after the third decimal is rounded away; anything else past
    // the third decimal is more precise than a meter shows, and refused.
    const QString rest = m.capturedStart(2) < 0 ? QString() : t.mid(m.capturedEnd(2));
    qint64 value = m.captured(1).toLongLong() * 1000 + m.captured(2).leftJustified(3, u'0').toLongLong();
    if (rest.isEmpty() || rest.count(u'0') == rest.size() || rest.startsWith(u"000000"_s))
        return value;
    if (rest.startsWith(u"999999"_s))
        return value + 1;
    return std::nullopt;
}

QString MeterService::readingText(qint64 thousandths)
{
    return QStringLiteral("%1.%2").arg(thousandths / 1000).arg(thousandths % 1000, 3, 10, QChar(u'0'));
}

namespace {

// What a reading sheet is checked against: every room by its address with its active household,
// and the readings of the item so far.
struct MeterFacts
{
    QHash<QString, Room> roomByKey;                  // key(compound, building, unit, room)
    QString onlyCompound;                            // the compound, when there is one
    QHash<QString, std::pair<qint64, QDate>> lastOf; // room → its last reading and day
    QSet<QString> readDays;                          // "room|2026-11-05": days read already
};

Result<MeterFacts> readMeterFacts(Storage::Store &store, const QString &itemId)
{
    MeterFacts facts;
    auto rooms = store.connection().select(
        u"SELECT rm.id, c.name, b.number, u.number, rm.number,"
        u" coalesce((SELECT h.id FROM reg_pub_households h WHERE h.room_id = rm.id AND h.status = 'active'"
        u"  AND h.deleted = 0 LIMIT 1), '')"
        u" FROM reg_pub_rooms rm JOIN reg_pub_units u ON u.id = rm.unit_id JOIN reg_pub_buildings b ON b.id = "
        u"u.building_id"
        u" JOIN reg_pub_compounds c ON c.id = b.compound_id WHERE rm.deleted = 0"_s);
    if (!rooms)
        return rooms.error();
    QSet<QString> compounds;
    for (const QVariantList &r : std::as_const(*rooms)) {
        const QString compound = r.at(1).toString();
        compounds.insert(compound);
        facts.roomByKey.insert(
            key(compound, r.at(2).toString(), r.at(3).toString(), r.at(4).toString()),
            {r.at(0).toString(), r.at(5).toString(),
             compound + u' ' + r.at(2).toString() + u'-' + r.at(3).toString() + u'-' + r.at(4).toString()});
    }
    facts.onlyCompound = compounds.size() == 1 ? *compounds.cbegin() : QString();
    auto last = store.connection().select(
        u"SELECT room_id, current_reading, read_on FROM fee_meter_readings WHERE item_id = ? AND deleted = 0"
        u" ORDER BY read_on"_s,
        {itemId});
    if (!last)
        return last.error();
    for (const QVariantList &r : std::as_const(*last)) {
        const QDate d = QDate::fromString(r.at(2).toString(), Qt::ISODate);
        facts.lastOf.insert(r.at(0).toString(), {r.at(1).toLongLong(), d});
        facts.readDays.insert(r.at(0).toString() + u'|' + r.at(2).toString());
    }
    return facts;
}

// The room a row names (compound, building, unit, room, or one "3-2-501" column), or why none.
std::variant<const Room *, QString> rowRoom(const Tabular::Table &table, const Tabular::SheetRow &row,
                                            const MeterFacts &facts)
{
    QString compound = Tabular::normalizeCell(table.value(row, u"compound"_s));
    QString building = bareNumber(table.value(row, u"building"_s));
    QString unit = bareNumber(table.value(row, u"unit"_s));
    QString room = bareNumber(table.value(row, u"room"_s));
    // One column "3-2-501" (or "3号楼2单元501室") instead of three.
    if (building.isEmpty() && unit.isEmpty()) {
        static const QRegularExpression combined(
            u"^(\\S+?)(?:号楼|幢|栋|-)\\s*(\\S+?)(?:单元|-)\\s*(\\S+?)(?:室|号)?$"_s);
        if (const auto m = combined.match(room); m.hasMatch()) {
            building = m.captured(1);
            unit = m.captured(2);
            room = m.captured(3);
        }
    }
    if (compound.isEmpty())
        compound = facts.onlyCompound;
    if (room.isEmpty() || building.isEmpty() || unit.isEmpty())
        return Tr::tr("the building, unit or room is missing");
    if (compound.isEmpty())
        return Tr::tr("say which compound (小区) the room is in");
    const auto found = facts.roomByKey.constFind(key(compound, building, unit, room));
    if (found == facts.roomByKey.cend())
        return Tr::tr("there is no room %1 %2-%3-%4 in the registry").arg(compound, building, unit, room);
    return &*found;
}

// The reading a row holds for `room`, or why it cannot be imported. `seen`: rooms of earlier rows.
std::variant<MeterReading, QString> rowReading(const Tabular::Table &table, const Tabular::SheetRow &row,
                                               const Room &room, const MeterFacts &facts, QDate readOn,
                                               const QSet<QString> &seen)
{
    MeterReading reading;
    reading.row = row.number;
    reading.roomId = room.id;
    reading.householdId = room.householdId;
    reading.address = room.address;
    const QString dateText = table.value(row, u"date"_s);
    reading.readOn = dateText.trimmed().isEmpty() ? readOn : parseDate(dateText);
    if (!reading.readOn.isValid())
        return dateText.trimmed().isEmpty() ? Tr::tr("the reading day is missing; give it for the whole sheet")
                                            : Tr::tr("\"%1\" is not a date").arg(dateText);
    const auto current = MeterService::parseReading(table.value(row, u"current"_s));
    if (!current)
        return Tr::tr("\"%1\" is not a meter reading").arg(table.value(row, u"current"_s));
    reading.current = *current;
    const QString previousText = table.value(row, u"previous"_s);
    const auto stored = facts.lastOf.constFind(room.id);
    if (!previousText.trimmed().isEmpty()) {
        const auto previous = MeterService::parseReading(previousText);
        if (!previous)
            return Tr::tr("\"%1\" is not a meter reading").arg(previousText);
        reading.previous = *previous;
    } else if (stored != facts.lastOf.cend()) {
        reading.previous = stored->first;
    } else {
        return Tr::tr("the room has no earlier reading; add the previous reading (上期读数) column");
    }
    if (facts.readDays.contains(room.id + u'|' + reading.readOn.toString(Qt::ISODate)))
        return Tr::tr("%1 was read on %2 already").arg(room.address, reading.readOn.toString(Qt::ISODate));
    if (stored != facts.lastOf.cend() && stored->second > reading.readOn)
        return Tr::tr("%1 has a later reading already (%2)").arg(room.address, stored->second.toString(Qt::ISODate));
    if (reading.current < reading.previous)
        return Tr::tr("the reading %1 is below the previous %2; a replaced meter starts from a previous reading "
                      "of 0")
            .arg(MeterService::readingText(reading.current), MeterService::readingText(reading.previous));
    if (seen.contains(room.id))
        return Tr::tr("%1 is in the sheet twice").arg(room.address);
    if (reading.householdId.isEmpty())
        return Tr::tr("nobody lives in %1, so nobody can be billed").arg(room.address);
    return reading;
}

const QList<Tabular::ColumnSpec> &readingColumns()
{
    static const QList<Tabular::ColumnSpec> specs = {
        {u"compound"_s, {u"小区"_s, u"小区名称"_s, u"compound"_s}},
        {u"building"_s, {u"楼号"_s, u"楼栋"_s, u"楼栋号"_s, u"楼"_s, u"building"_s}},
        {u"unit"_s, {u"单元"_s, u"单元号"_s, u"unit"_s}},
        {u"room"_s, {u"房号"_s, u"门牌号"_s, u"室"_s, u"房间号"_s, u"房屋"_s, u"room"_s}},
        {u"previous"_s, {u"上期读数"_s, u"上次读数"_s, u"起数"_s, u"上月读数"_s, u"previous"_s}},
        {u"current"_s, {u"本期读数"_s, u"本次读数"_s, u"止数"_s, u"本月读数"_s, u"读数"_s, u"current"_s}, true},
        {u"date"_s, {u"抄表日期"_s, u"日期"_s, u"date"_s}},
    };
    return specs;
}

} // namespace

Result<MeterImportCheck> MeterService::check(const Core::Actor &actor, const QString &itemCode,
                                             const Tabular::Sheet &sheet, QDate readOn) const
{
    if (auto s = actor.require(Core::Permission::CollectFees); !s)
        return s.error();
    auto item = FeeService(m_store).item(actor, itemCode);
    if (!item)
        return item.error();
    if (item->kind != ItemKind::Metered)
        return Error(ErrorCode::InvalidInput, Tr::tr("%1 is not a metered fee; readings are for water, electricity "
                                                     "and the like.")
                                                  .arg(item->name));
    auto table = Tabular::findHeader(sheet, readingColumns());
    if (!table)
        return table.error();
    if (table->column(u"room"_s) < 0)
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The sheet has no room column (房号); the readings cannot be matched to rooms."));
    auto facts = readMeterFacts(m_store, item->id);
    if (!facts)
        return facts.error();
    MeterImportCheck out;
    out.itemId = item->id;
    out.itemName = item->name;
    out.unit = item->unit;
    QSet<QString> seen;
    for (const Tabular::SheetRow &row : table->rows()) {
        const auto fail = [&](const QString &why) { out.errors.append(Tr::tr("Row %1: %2").arg(row.number).arg(why)); };
        const auto room = rowRoom(*table, row, *facts);
        if (const QString *why = std::get_if<QString>(&room)) {
            fail(*why);
            continue;
        }
        auto reading = rowReading(*table, row, *std::get<const Room *>(room), *facts, readOn, seen);
        if (const QString *why = std::get_if<QString>(&reading)) {
            fail(*why);
            continue;
        }
        const MeterReading &r = std::get<MeterReading>(reading);
        seen.insert(r.roomId);
        out.totalConsumption += r.consumption();
        out.readings.append(r);
    }
    if (out.readings.isEmpty() && out.errors.isEmpty())
        out.errors.append(Tr::tr("The sheet has no readings."));
    return out;
}

Result<int> MeterService::import(const Core::Actor &actor, const QString &itemCode, const Tabular::Sheet &sheet,
                                 QDate readOn, const QString &source)
{
    auto checked = check(actor, itemCode, sheet, readOn);
    if (!checked)
        return checked.error();
    if (!checked->errors.isEmpty()) {
        QStringList shown = checked->errors.mid(0, 20);
        if (checked->errors.size() > shown.size())
            shown.append(Tr::tr("… and %1 more").arg(checked->errors.size() - shown.size()));
        return Error(
            ErrorCode::InvalidInput,
            Tr::tr("Nothing was imported; correct these rows and import the sheet again:\n%1").arg(shown.join(u'\n')));
    }
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    const qint64 now = m_store.clock().nowMs();
    for (const MeterReading &r : std::as_const(checked->readings)) {
        if (auto s = Storage::Outbox::insert(m_store, u"fee_meter_readings"_s, m_store.newId().toString(),
                                             {{u"room_id"_s, r.roomId},
                                              {u"household_id"_s, r.householdId},
                                              {u"item_id"_s, checked->itemId},
                                              {u"previous_reading"_s, r.previous},
                                              {u"current_reading"_s, r.current},
                                              {u"read_on"_s, r.readOn.toString(Qt::ISODate)},
                                              {u"source"_s, source},
                                              {u"at"_s, now},
                                              {u"actor"_s, actor.username}});
            !s) {
            if (s.error().code() == ErrorCode::Conflict)
                return Error(ErrorCode::Conflict,
                             Tr::tr("%1 was read on %2 already").arg(r.address, r.readOn.toString(Qt::ISODate)));
            return s.error();
        }
    }
    if (auto s = Storage::AuditLog::append(m_store, actor.username, u"fees.meter.import"_s, checked->itemId,
                                           {{u"readings"_s, int(checked->readings.size())}, {u"source"_s, source}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return int(checked->readings.size());
}

} // namespace Linli::Fees
