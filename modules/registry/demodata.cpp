#include "demodata.h"

#include "registrytr.h"
#include "residentwriter.h"

#include <core/clock.h>
#include <core/idnumber.h>
#include <storage/auditlog.h>
#include <storage/outbox.h>
#include <storage/store.h>
#include <storage/transaction.h>

#include <QtCore/QJsonObject>
#include <QtCore/QSet>

#include <random>

using namespace Qt::StringLiterals;

namespace Linli::Registry {

namespace {

// Common surnames, most frequent first (a rough national frequency), with a few that read
// differently as surnames (曾 zeng, 单 shan, 解 xie, 区 ou) so search can be tried on them.
const QString Surnames = u"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
                         u"苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
                         u"龚邵万钱严覃武戴莫孔向汤单解区"_s;
const QString MaleChars = u"伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林欢阳建国志文"_s;
const QString FemaleChars = u"芳娜敏静丽艳娟霞秀英华慧巧美娅琳玲婷雪倩颖梅莉兰凤洁琴云萍红燕桂珍"_s;
const QStringList CompoundNames = {u"幸福里"_s,     u"和平新村"_s, u"光明苑"_s,   u"建设小区"_s, u"朝阳里"_s,
                                   u"团结湖北里"_s, u"红星小区"_s, u"胜利新村"_s, u"工人新村"_s, u"春晖园"_s};
const QStringList Regions = {u"110105"_s, u"110108"_s, u"310104"_s, u"320102"_s, u"420106"_s, u"510107"_s};

class Generator
{
public:
    Generator(quint32 seed, QDate today) : m_rng(seed), m_today(today) {}

    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_rng); }

    QString name(Core::Sex sex, const QString &surname)
    {
        const QString &pool = sex == Core::Sex::Male ? MaleChars : FemaleChars;
        QString n = surname + pool.at(uniform(0, int(pool.size()) - 1));
        if (chance(0.7))
            n += pool.at(uniform(0, int(pool.size()) - 1));
        return n;
    }
    QString surname()
    {
        // Skewed towards the front of the list, as real surnames are.
        const double x = std::pow(std::uniform_real_distribution<double>(0, 1)(m_rng), 2.2);
        return Surnames.at(std::min<qsizetype>(Surnames.size() - 1, qsizetype(x * double(Surnames.size()))));
    }
    QDate birth(int minAge, int maxAge)
    {
        const int age = uniform(minAge, maxAge);
        return m_today.addYears(-age).addDays(-uniform(0, 364));
    }
    // Region, birth date and sequence repeat by chance in large runs (about 200 times in 200,000
    // people); a real registry never has two people with one number, so draw again.
    QString idNumber(QDate birth, Core::Sex sex)
    {
        for (;;) {
            int seq = uniform(0, 998);
            if ((seq % 2 == 1) != (sex == Core::Sex::Male))
                ++seq;
            const QString first17 = Regions.at(uniform(0, int(Regions.size()) - 1)) + birth.toString(u"yyyyMMdd"_s)
                                    + QString::number(seq).rightJustified(3, u'0');
            const QString id = first17 + Core::IdNumber::mainlandCheckCharacter(first17);
            if (!m_usedIds.contains(id)) {
                m_usedIds.insert(id);
                return id;
            }
        }
    }
    QString mobile()
    {
        static const QStringList prefixes = {u"138"_s, u"139"_s, u"135"_s, u"136"_s, u"186"_s,
                                             u"158"_s, u"159"_s, u"177"_s, u"188"_s, u"150"_s};
        return prefixes.at(uniform(0, int(prefixes.size()) - 1))
               + QString::number(uniform(0, 99'999'999)).rightJustified(8, u'0');
    }
    QDate today() const { return m_today; }
    void reserveIds(QSet<QString> ids) { m_usedIds = std::move(ids); }

private:
    std::mt19937 m_rng;
    QDate m_today;
    QSet<QString> m_usedIds;
};

struct Member
{
    QString relation;
    Core::Sex sex;
    int minAge;
    int maxAge;
};

// A household's members: head first, then relations that fit the head's age.
QList<Member> householdShape(Generator &g)
{
    const int size = g.chance(0.18) ? 1 : g.chance(0.37) ? 2 : g.chance(0.55) ? 3 : g.chance(0.6) ? 4 : 5;
    const Core::Sex headSex = g.chance(0.62) ? Core::Sex::Male : Core::Sex::Female;
    const Core::Sex other = headSex == Core::Sex::Male ? Core::Sex::Female : Core::Sex::Male;
    if (size == 1)
        return {{u"户主"_s, headSex, 22, 95}};
    QList<Member> m = {{u"户主"_s, headSex, 30, 88}, {u"配偶"_s, other, 28, 88}};
    for (int i = 2; i < size; ++i) {
        if (i == 4)
            m.append(
                {g.chance(0.5) ? u"父亲"_s : u"母亲"_s, g.chance(0.5) ? Core::Sex::Male : Core::Sex::Female, 75, 98});
        else
            m.append({g.chance(0.5) ? u"子"_s : u"女"_s, Core::Sex::Unknown, 1, 30});
    }
    return m;
}

// Writes the generated compounds, buildings, units, rooms, households and residents, room by
// room, inside the caller's transaction. The generator is drawn from in one fixed order, so the
// same seed gives the same data.
class DemoWriter
{
public:
    DemoWriter(Storage::Store &store, Generator &g, QHash<QString, QString> tagIds, QString actor, int residents)
        : m_store(store), m_g(g), m_tagIds(std::move(tagIds)), m_actor(std::move(actor)), m_residents(residents)
    {}

    bool done() const { return m_sum.residents >= m_residents; }
    const DemoSummary &summary() const { return m_sum; }

    // The next room (in a new unit, building or compound when the last is full) and, unless it
    // stays vacant, its household.
    Status addRoom(const std::function<bool(int, int)> &progress)
    {
        if (m_roomsLeftInUnit == 0) {
            if (auto s = addUnit(); !s)
                return s;
        }
        const int index = 12 - m_roomsLeftInUnit;
        const int floor = index / 2 + 1;
        --m_roomsLeftInUnit;
        auto room = add(u"reg_rooms"_s, {{u"unit_id"_s, m_unitId},
                                         {u"number"_s, QString::number(floor * 100 + index % 2 + 1)},
                                         {u"floor"_s, floor},
                                         {u"area_cm2"_s, m_g.uniform(4200, 12800)}});
        if (!room)
            return room.error();
        ++m_sum.rooms;
        if (m_g.chance(0.08))
            return {}; // vacant
        return addHousehold(*room, progress);
    }

private:
    Result<QString> add(const QString &table, const QVariantMap &fields)
    {
        const QString id = m_store.newId().toString();
        if (auto s = Storage::Outbox::insert(m_store, table, id, fields); !s)
            return s.error();
        return id;
    }

    Status addUnit()
    {
        if (m_unitsLeftInBuilding == 0) {
            if (auto s = addBuilding(); !s)
                return s;
        }
        auto u =
            add(u"reg_units"_s, {{u"building_id"_s, m_buildingId}, {u"number"_s, QString::number(++m_unitNumber)}});
        if (!u)
            return u.error();
        m_unitId = *u;
        --m_unitsLeftInBuilding;
        m_roomsLeftInUnit = 12; // six floors, two rooms each
        return {};
    }

    Status addBuilding()
    {
        if (m_buildingsLeftInCompound == 0) {
            const QString name = CompoundNames.at(m_sum.compounds % CompoundNames.size())
                                 + (m_sum.compounds >= CompoundNames.size()
                                        ? QString::number(m_sum.compounds / CompoundNames.size() + 1) + u"期"_s
                                        : QString());
            auto c = add(u"reg_compounds"_s, {{u"name"_s, name}});
            if (!c)
                return c.error();
            m_compoundId = *c;
            ++m_sum.compounds;
            m_buildingsLeftInCompound = m_g.uniform(12, 36);
            m_buildingNumber = 0;
        }
        auto b = add(
            u"reg_buildings"_s,
            {{u"compound_id"_s, m_compoundId}, {u"number"_s, QString::number(++m_buildingNumber)}, {u"floors"_s, 6}});
        if (!b)
            return b.error();
        m_buildingId = *b;
        ++m_sum.buildings;
        --m_buildingsLeftInCompound;
        m_unitsLeftInBuilding = m_g.uniform(2, 4);
        m_unitNumber = 0;
        return {};
    }

    Status addHousehold(const QString &roomId, const std::function<bool(int, int)> &progress)
    {
        auto hh = add(u"reg_households"_s,
                      {{u"room_id"_s, roomId}, {u"tenure"_s, m_g.chance(0.8) ? u"owner"_s : u"tenant"_s}});
        if (!hh)
            return hh.error();
        ++m_sum.households;
        const QList<Member> members = householdShape(m_g);
        const QString surname = m_g.surname();
        QString headId;
        for (const Member &m : members) {
            if (done())
                break;
            auto valid = validateResident(member(m, int(members.size()), surname, *hh), m_g.today());
            if (!valid)
                return valid.error(); // a bug in the generator, never bad data written
            const QString id = m_store.newId().toString();
            if (auto s = writeResident(m_store, id, *valid, m_tagIds, m_actor); !s)
                return s;
            if (headId.isEmpty()) {
                headId = id;
                if (auto s = Storage::Outbox::upsert(m_store, u"reg_households"_s, *hh, {{u"head_id"_s, id}}); !s)
                    return s;
            }
            ++m_sum.residents;
            if (progress && m_sum.residents % 1000 == 0 && !progress(m_sum.residents, m_residents))
                return Error(ErrorCode::InvalidInput, Tr::tr("Cancelled; nothing was written."));
        }
        return {};
    }

    // One member of a household of `size`: name, ID number and phone, and tags at plausible rates.
    ResidentInput member(const Member &m, int size, const QString &surname, const QString &householdId)
    {
        ResidentInput in;
        in.householdId = householdId;
        in.relationToHead = m.relation;
        const Core::Sex sex =
            m.sex == Core::Sex::Unknown ? (m_g.chance(0.5) ? Core::Sex::Male : Core::Sex::Female) : m.sex;
        const bool sameSurname =
            m.relation == u"户主" || m.relation == u"子" || m.relation == u"女" || m.relation == u"父亲";
        in.name = m_g.name(sex, sameSurname ? surname : m_g.surname());
        const QDate birth = m_g.birth(m.minAge, m.maxAge);
        in.idNumber = m_g.idNumber(birth, sex);
        const QDate today = m_g.today();
        if (birth.daysTo(today) > 14 * 365)
            in.phones = {m_g.mobile()};
        const int age = birth.daysTo(today) / 365;
        if (size == 1 && age >= 65)
            in.tagCodes.append(u"elderly_alone"_s);
        if (age >= 80)
            in.tagCodes.append(u"advanced_age"_s);
        if (age >= 18 && m_g.chance(0.08))
            in.tagCodes.append(u"party_member"_s);
        if (m_g.chance(0.03))
            in.tagCodes.append(u"disabled"_s);
        if (m_g.chance(0.02))
            in.tagCodes.append(u"dibao"_s);
        if (age >= 18 && m_g.chance(0.05))
            in.tagCodes.append(u"volunteer"_s);
        if (age >= 40 && m_g.chance(0.02))
            in.tagCodes.append(u"veteran"_s);
        if (age >= 30 && m_g.chance(0.005))
            in.tagCodes.append(u"club_leader"_s);
        in.needsAccessCard = age >= 85 && m_g.chance(0.3);
        return in;
    }

    Storage::Store &m_store;
    Generator &m_g;
    const QHash<QString, QString> m_tagIds;
    const QString m_actor;
    const int m_residents;
    DemoSummary m_sum;
    QString m_compoundId, m_buildingId, m_unitId;
    int m_buildingsLeftInCompound = 0, m_unitsLeftInBuilding = 0, m_roomsLeftInUnit = 0;
    int m_buildingNumber = 0, m_unitNumber = 0;
};

} // namespace

Result<DemoSummary> generateDemoData(Storage::Store &store, const Core::Actor &actor, const DemoOptions &options,
                                     const std::function<bool(int, int)> &progress)
{
    if (auto s = actor.require(Core::Permission::EditRegistry); !s)
        return s.error();
    if (options.residents < 1 || options.residents > 1'000'000)
        return Error(ErrorCode::InvalidInput, Tr::tr("Demo data can have 1 to 1,000,000 residents."));
    const QDate today = options.today.isValid() ? options.today : store.clock().nowUtc().toLocalTime().date();
    Generator g(options.seed, today);
    // Numbers already in the registry are taken, too: demo data can be added more than once.
    auto existing = store.connection().select(u"SELECT id_number FROM reg_residents WHERE id_number <> ''"_s);
    if (!existing)
        return existing.error();
    QSet<QString> taken;
    for (const QVariantList &r : std::as_const(*existing))
        taken.insert(r.at(0).toString());
    g.reserveIds(std::move(taken));
    auto tagIds = tagIdsByCode(store);
    if (!tagIds)
        return tagIds.error();

    Storage::Transaction tx(store.connection());
    if (!tx.isActive())
        return tx.error();
    DemoWriter writer(store, g, std::move(*tagIds), actor.username, options.residents);
    while (!writer.done()) {
        if (auto s = writer.addRoom(progress); !s)
            return s.error();
    }
    if (auto s = Storage::AuditLog::append(store, actor.username, u"registry.demo_data"_s, {},
                                           {{u"rows"_s, writer.summary().residents}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return writer.summary();
}

} // namespace Linli::Registry
