#include "residentimporter.h"

#include "registryservice.h"
#include "registrytr.h"
#include "residentwriter.h"

#include <core/clock.h>
#include <storage/auditlog.h>
#include <storage/outbox.h>
#include <storage/store.h>
#include <storage/transaction.h>

#include <QtCore/QJsonObject>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>

using namespace Qt::StringLiterals;

namespace Linli::Registry {

// Unqualified in definitions: lupdate loses the translation context on "Reports::X f(...)".
using Reports::Report;

QList<std::pair<QString, QStringList>> importColumnNames()
{
    return {
        {u"name"_s, {u"姓名"_s, u"名字"_s}},
        {u"sex"_s, {u"性别"_s}},
        {u"id_number"_s, {u"身份证号"_s, u"身份证号码"_s, u"公民身份号码"_s, u"证件号码"_s, u"身份证"_s, u"证件号"_s}},
        {u"birth_date"_s, {u"出生日期"_s, u"出生年月"_s, u"生日"_s}},
        {u"phone"_s, {u"联系电话"_s, u"手机号"_s, u"手机号码"_s, u"电话"_s, u"手机"_s, u"联系方式"_s}},
        {u"phone2"_s, {u"备用电话"_s, u"其他电话"_s, u"固定电话"_s}},
        {u"building"_s, {u"楼号"_s, u"楼栋"_s, u"楼栋号"_s, u"楼"_s}},
        {u"unit"_s, {u"单元"_s, u"单元号"_s}},
        {u"room"_s, {u"房号"_s, u"门牌号"_s, u"室"_s, u"房间号"_s, u"户号"_s}},
        {u"area"_s, {u"面积"_s, u"建筑面积"_s, u"房屋面积"_s}},
        {u"relation"_s, {u"与户主关系"_s, u"关系"_s}},
        {u"ethnicity"_s, {u"民族"_s}},
        {u"hukou"_s, {u"户籍地"_s, u"户籍"_s, u"户口所在地"_s}},
        {u"tags"_s, {u"人员类别"_s, u"标签"_s, u"类别"_s, u"人员类型"_s}},
        {u"notes"_s, {u"备注"_s}},
        {u"access_card"_s, {u"需门禁卡"_s, u"门禁卡"_s, u"无法人脸识别"_s}},
    };
}

QString importColumnDisplayName(const QString &key)
{
    for (const auto &[k, names] : importColumnNames()) {
        if (k == key)
            return names.first();
    }
    return key;
}

namespace {

QString columnForReason(const QString &reason)
{
    static const QList<std::pair<QString, QString>> prefixes = {
        {u"id."_s, u"id_number"_s}, {u"phone."_s, u"phone"_s}, {u"birth."_s, u"birth_date"_s}, {u"sex."_s, u"sex"_s},
        {u"name."_s, u"name"_s},    {u"tag."_s, u"tags"_s},    {u"area."_s, u"area"_s},        {u"room."_s, u"room"_s}};
    for (const auto &[prefix, column] : prefixes) {
        if (reason.startsWith(prefix))
            return column;
    }
    return {};
}

QDate parseDate(const QString &text)
{
    static const QRegularExpression re(u"^(\\d{4})\\D?(\\d{1,2})\\D?(\\d{1,2})\\D?$"_s);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

// "87.35" → 8735 (hundredths of m²), exactly; -1 when it is not an area.
qint64 parseAreaCm2(const QString &text)
{
    static const QRegularExpression re(u"^(\\d{1,6})(?:\\.(\\d{1,2}))?\\s*(?:m²|㎡|平方米|平米)?$"_s);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    return m.captured(1).toLongLong() * 100 + m.captured(2).leftJustified(2, u'0').toInt();
}

struct Prepared
{
    QString id; // made before writing, so a new household can name its head when it is created
    int row = 0;
    ValidResident resident;
    QString building, unit, room;
    qint64 areaCm2 = -1;
    bool head = false;
};

class AddressBook
{
public:
    AddressBook(Storage::Store &store, QString compoundId) : m_store(store), m_compoundId(std::move(compoundId)) {}

    static QString keyOf(const Prepared &p) { return p.building + u'\x1f' + p.unit + u'\x1f' + p.room; }

    // The household living in building-unit-room, made (headed by `headId`) when missing.
    // `*created` says whether it was made here.
    Result<QString> household(const Prepared &p, const QString &headId, bool *created)
    {
        const QString key = keyOf(p);
        *created = m_created.contains(key);
        if (auto it = m_households.constFind(key); it != m_households.cend())
            return *it;
        auto b = find(u"reg_buildings"_s, u"compound_id"_s, m_compoundId, p.building, {{u"floors"_s, 0}});
        if (!b)
            return b.error();
        auto u = find(u"reg_units"_s, u"building_id"_s, *b, p.unit.isEmpty() ? u"1"_s : p.unit, {});
        if (!u)
            return u.error();
        QVariantMap roomFields{{u"floor"_s, p.room.size() >= 3 ? p.room.left(p.room.size() - 2).toInt() : 0}};
        if (p.areaCm2 >= 0)
            roomFields.insert(u"area_cm2"_s, p.areaCm2);
        auto r = find(u"reg_rooms"_s, u"unit_id"_s, *u, p.room, roomFields);
        if (!r)
            return r.error();
        auto existing = m_store.connection().scalar(
            u"SELECT id FROM reg_households WHERE room_id = ? AND status = 'active' AND deleted = 0 LIMIT 1"_s, {*r});
        if (!existing)
            return existing.error();
        QString id = existing->toString();
        if (id.isEmpty()) {
            id = m_store.newId().toString();
            if (auto s = Storage::Outbox::insert(m_store, u"reg_households"_s, id,
                                                 {{u"room_id"_s, *r}, {u"head_id"_s, headId}});
                !s)
                return s.error();
            m_created.insert(key);
            *created = true;
        }
        m_households.insert(key, id);
        return id;
    }

private:
    Result<QString> find(const QString &table, const QString &parentColumn, const QString &parentId,
                         const QString &number, const QVariantMap &extra)
    {
        const QString key = table + u'\x1f' + parentId + u'\x1f' + number;
        if (auto it = m_ids.constFind(key); it != m_ids.cend())
            return *it;
        auto found = m_store.connection().scalar(
            u"SELECT id FROM %1 WHERE %2 = ? AND number = ? AND deleted = 0 LIMIT 1"_s.arg(table, parentColumn),
            {parentId, number});
        if (!found)
            return found.error();
        QString id = found->toString();
        if (id.isEmpty()) {
            id = m_store.newId().toString();
            QVariantMap fields = extra;
            fields.insert(parentColumn, parentId);
            fields.insert(u"number"_s, number);
            if (auto s = Storage::Outbox::insert(m_store, table, id, fields); !s)
                return s.error();
        }
        m_ids.insert(key, id);
        return id;
    }

    Storage::Store &m_store;
    QString m_compoundId;
    QHash<QString, QString> m_ids;
    QHash<QString, QString> m_households;
    QSet<QString> m_created;
};

} // namespace

Result<ImportResult> ResidentImporter::run(const QList<ImportRow> &rows, const ImportOptions &options,
                                           const std::function<bool(int, int)> &progress)
{
    if (auto s = m_actor.require(Core::Permission::EditRegistry); !s)
        return s.error();
    const QDate today = m_store.clock().nowUtc().toLocalTime().date();
    ImportResult result;
    result.dataRows = int(rows.size());

    // Tag names as offices write them (独居老人, 党员 …) and the codes.
    QHash<QString, QString> tagByName;
    auto tagRows = m_store.connection().select(u"SELECT code, name FROM reg_tags WHERE deleted = 0"_s);
    if (!tagRows)
        return tagRows.error();
    for (const QVariantList &t : std::as_const(*tagRows)) {
        tagByName.insert(t.at(0).toString(), t.at(0).toString());
        tagByName.insert(t.at(1).toString(), t.at(0).toString());
    }
    QSet<QString> known;
    auto ids =
        m_store.connection().select(u"SELECT id_number FROM reg_residents WHERE id_number <> '' AND deleted = 0"_s);
    if (!ids)
        return ids.error();
    for (const QVariantList &r : std::as_const(*ids))
        known.insert(r.at(0).toString());

    QHash<QString, int> seenInFile;
    QList<Prepared> valid;
    const auto issue = [&](int row, const QString &column, const QString &code, const QString &message) {
        result.errors.append({row, column, code, message});
    };
    for (const ImportRow &row : rows) {
        const auto cell = [&](const char *key) { return row.cells.value(QString::fromLatin1(key)).trimmed(); };
        ResidentInput in;
        in.name = cell("name");
        const QString sex = cell("sex");
        in.sex = sex == u"男" || sex.toUpper() == u"M"   ? Core::Sex::Male
                 : sex == u"女" || sex.toUpper() == u"F" ? Core::Sex::Female
                                                         : Core::Sex::Unknown;
        in.idNumber = cell("id_number");
        if (!cell("birth_date").isEmpty()) {
            in.birthDate = parseDate(cell("birth_date"));
            if (!in.birthDate.isValid()) {
                issue(row.row, u"birth_date"_s, u"birth.format"_s,
                      Tr::tr("\"%1\" is not a date.").arg(cell("birth_date")));
                continue;
            }
        }
        static const QRegularExpression phoneSeparators(u"[/、，,;；]"_s);
        static const QRegularExpression tagSeparators(u"[、，,;；/\\s]+"_s);
        for (const QString &p : cell("phone").split(phoneSeparators, Qt::SkipEmptyParts))
            in.phones.append(p);
        if (!cell("phone2").isEmpty())
            in.phones.append(cell("phone2"));
        in.relationToHead = cell("relation");
        in.ethnicity = cell("ethnicity");
        in.hukou = cell("hukou");
        in.notes = cell("notes");
        const QString card = cell("access_card");
        in.needsAccessCard =
            card == u"是" || card == u"1" || card.compare(u"true"_s, Qt::CaseInsensitive) == 0 || card == u"√";
        bool badTag = false;
        for (const QString &t : cell("tags").split(tagSeparators, Qt::SkipEmptyParts)) {
            const QString code = tagByName.value(t);
            if (code.isEmpty()) {
                issue(row.row, u"tags"_s, u"tag.unknown"_s, Tr::tr("There is no tag \"%1\".").arg(t));
                badTag = true;
            } else if (!in.tagCodes.contains(code)) {
                in.tagCodes.append(code);
            }
        }
        if (badTag)
            continue;
        auto v = validateResident(in, today);
        if (!v) {
            issue(row.row, columnForReason(v.error().detail()), v.error().detail(), v.error().message());
            continue;
        }
        Prepared p;
        p.row = row.row;
        p.resident = *v;
        p.building = cell("building");
        p.unit = cell("unit");
        p.room = cell("room");
        p.head = in.relationToHead == u"户主" || in.relationToHead == u"本人";
        if (!cell("area").isEmpty()) {
            p.areaCm2 = parseAreaCm2(cell("area"));
            if (p.areaCm2 < 0) {
                issue(row.row, u"area"_s, u"area.invalid"_s, Tr::tr("\"%1\" is not an area in m².").arg(cell("area")));
                continue;
            }
        }
        if (!p.room.isEmpty() && p.building.isEmpty()) {
            issue(row.row, u"building"_s, u"room.no_building"_s, Tr::tr("A room number needs its building number."));
            continue;
        }
        const QString id = v->idNumber.toString();
        if (!id.isEmpty()) {
            if (known.contains(id)) {
                issue(row.row, u"id_number"_s, u"id.duplicate"_s,
                      Tr::tr("A resident with this ID number is already registered."));
                continue;
            }
            if (seenInFile.contains(id)) {
                issue(row.row, u"id_number"_s, u"id.duplicate_in_file"_s,
                      Tr::tr("The same ID number as in row %1.").arg(seenInFile.value(id)));
                continue;
            }
            seenInFile.insert(id, row.row);
        }
        valid.append(std::move(p));
    }
    if ((!result.errors.isEmpty() && !options.skipInvalid) || options.dryRun) {
        result.imported = options.dryRun && (result.errors.isEmpty() || options.skipInvalid) ? int(valid.size()) : 0;
        return result;
    }

    auto tagIds = tagIdsByCode(m_store);
    if (!tagIds)
        return tagIds.error();
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    const QString compoundName =
        options.compoundName.trimmed().isEmpty() ? Tr::tr("Unnamed compound") : options.compoundName.trimmed();
    auto compound = m_store.connection().scalar(
        u"SELECT id FROM reg_compounds WHERE name = ? AND deleted = 0 LIMIT 1"_s, {compoundName});
    if (!compound)
        return compound.error();
    QString compoundId = compound->toString();
    if (compoundId.isEmpty()) {
        compoundId = m_store.newId().toString();
        if (auto s = Storage::Outbox::upsert(m_store, u"reg_compounds"_s, compoundId, {{u"name"_s, compoundName}}); !s)
            return s.error();
    }
    AddressBook addresses(m_store, compoundId);
    // Who heads each address: the 户主 row, otherwise the first person listed there.
    QHash<QString, QString> headAt;
    for (Prepared &p : valid) {
        p.id = m_store.newId().toString();
        if (p.building.isEmpty())
            continue;
        const QString key = AddressBook::keyOf(p);
        if (p.head || !headAt.contains(key))
            headAt.insert(key, p.id);
    }
    QHash<QString, QString> headOf; // household → resident id
    int done = 0;
    for (Prepared &p : valid) {
        bool created = false;
        if (!p.building.isEmpty()) {
            auto hh = addresses.household(p, headAt.value(AddressBook::keyOf(p)), &created);
            if (!hh)
                return hh.error();
            p.resident.input.householdId = *hh;
        }
        const QString &id = p.id;
        if (auto s = writeResident(m_store, id, p.resident, *tagIds, m_actor.username); !s)
            return s.error();
        const QString hh = p.resident.input.householdId;
        // A household that was already there: the 户主 row heads it; otherwise the first person,
        // when it has no head.
        if (!hh.isEmpty() && !created && (p.head || !headOf.contains(hh))) {
            auto current =
                m_store.connection().scalar(u"SELECT coalesce(head_id, '') FROM reg_households WHERE id = ?"_s, {hh});
            if (!current)
                return current.error();
            if (p.head || current->toString().isEmpty()) {
                if (auto s = Storage::Outbox::upsert(m_store, u"reg_households"_s, hh, {{u"head_id"_s, id}}); !s)
                    return s.error();
            }
            headOf.insert(hh, id);
        }
        ++result.imported;
        if (progress && ++done % 500 == 0 && !progress(done, int(valid.size())))
            return Error(ErrorCode::InvalidInput, Tr::tr("Cancelled; nothing was written."));
    }
    if (auto s = Storage::AuditLog::append(m_store, m_actor.username, u"registry.import"_s, options.sourceName,
                                           {{u"rows"_s, result.imported}, {u"errors"_s, result.errors.size()}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    result.written = true;
    return result;
}

Report ResidentImporter::errorReport(const ImportResult &result, const QString &sourceName)
{
    Reports::Report report;
    report.title = Tr::tr("Import errors");
    report.parameters = {{Tr::tr("File"), sourceName},
                         {Tr::tr("Data rows"), QString::number(result.dataRows)},
                         {Tr::tr("Rows with errors"), QString::number(result.errors.size())}};
    Reports::Table table;
    table.columns = {{Tr::tr("Row"), Qt::AlignRight, 1},
                     {Tr::tr("Column"), Qt::AlignLeft, 2},
                     {Tr::tr("Reason code"), Qt::AlignLeft, 2},
                     {Tr::tr("What is wrong"), Qt::AlignLeft, 6}};
    for (const ImportIssue &i : result.errors)
        table.rows.append({QString::number(i.row), importColumnDisplayName(i.column), i.code, i.message});
    report.tables.append(table);
    return report;
}

} // namespace Linli::Registry
