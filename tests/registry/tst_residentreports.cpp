// The roster (居民花名册) and the household card (户卡) on a real encrypted database: what is
// listed, in which order, masked, and that the Chinese text survives into the PDF.
#include <core/clock.h>
#include <core/idnumber.h>
#include <registry/registrymigrations.h>
#include <registry/registryservice.h>
#include <registry/residentdirectory.h>
#include <registry/residentreports.h>
#include <reports/reportexport.h>
#include <staff/setup.h>
#include <staff/staffmigrations.h>

#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTranslator>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Linli;
using Registry::RegistryService;
using Registry::ResidentInput;

namespace {

QString validId(const QString &region, QDate birth, int sequence)
{
    const QString first17 = region + birth.toString(u"yyyyMMdd"_s) + QString::number(sequence).rightJustified(3, u'0');
    return first17 + Core::IdNumber::mainlandCheckCharacter(first17);
}

QString maskedId(const QString &id)
{
    return id.left(6) + QString(8, u'*') + id.right(4);
}

// Everything a report prints, as one text.
QString allText(const Reports::Report &report)
{
    QStringList parts = {report.title, report.footerNote};
    for (const auto &[label, value] : report.parameters)
        parts << label << value;
    for (const Reports::Table &t : report.tables) {
        parts << t.caption;
        for (const Reports::Column &c : t.columns)
            parts << c.title;
        for (const QStringList &row : t.rows)
            parts << row;
    }
    return parts.join(u'\n');
}

QString parameter(const Reports::Report &report, const QString &label)
{
    for (const auto &[l, value] : report.parameters) {
        if (l == label)
            return value;
    }
    return u"<missing>"_s;
}

QStringList column(const Reports::Table &table, int index)
{
    QStringList out;
    for (const QStringList &row : table.rows)
        out.append(row.value(index));
    return out;
}

// Stands in for linli_zh_CN.qm (filled in later): the captions go through Tr and print in Chinese.
class ChineseForTest : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        static const QHash<QByteArray, QString> strings = {
            {"Resident roster", u"居民花名册"_s},
            {"Building %1, unit %2", u"%1号楼 %2单元"_s},
            {"Relation to head", u"与户主关系"_s},
        };
        if (qstrcmp(context, "Linli::Registry") != 0)
            return {};
        return strings.value(QByteArray(source));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestResidentReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roomCodesAndNumbers();
    void findsBuildingsByNumberAndCompound();
    void rosterHasOneTablePerUnitInRoomOrder();
    void rosterOfOneUnit();
    void rosterIsMasked();
    void householdCard();
    void cardNeverShowsFullNumbers();
    void rosterPdfHasExtractableChinese();

private:
    QString addTo(const QString &householdId, const QString &name, const QString &relation, QDate birth,
                  const QString &phone = {});
    QString addHousehold(const QString &unitId, const QString &room, qint64 areaCm2 = 9000);
    std::unique_ptr<Registry::ResidentDirectory> directory();

    QTemporaryDir m_dir;
    Core::ManualClock m_clock{QDateTime(QDate(2026, 11, 29), QTime(10, 0)).toMSecsSinceEpoch()};
    std::optional<Staff::Session> m_session;
    QStringList m_fullIds; // every ID number entered; none may appear in a report
    int m_sequence = 1;
    QString m_building3;     // 幸福里 3号楼
    QString m_cardHousehold; // 幸福里 3-2-1101, 87.35 m²
    QString m_headId;
};

QString TestResidentReports::addTo(const QString &householdId, const QString &name, const QString &relation,
                                   QDate birth, const QString &phone)
{
    RegistryService reg(*m_session->store);
    ResidentInput in;
    in.householdId = householdId;
    in.name = name;
    in.relationToHead = relation;
    in.idNumber = validId(u"110105"_s, birth, m_sequence++);
    if (!phone.isEmpty())
        in.phones = {phone};
    auto r = reg.addResident(m_session->actor, in);
    if (!r) {
        qWarning() << name << r.error().message();
        return {};
    }
    m_fullIds.append(in.idNumber);
    return r->id;
}

QString TestResidentReports::addHousehold(const QString &unitId, const QString &room, qint64 areaCm2)
{
    RegistryService reg(*m_session->store);
    auto roomId = reg.addRoom(m_session->actor, unitId, room, room.toInt() / 100, areaCm2);
    if (!roomId)
        return {};
    auto hh = reg.addHousehold(m_session->actor, *roomId);
    return hh ? *hh : QString();
}

std::unique_ptr<Registry::ResidentDirectory> TestResidentReports::directory()
{
    auto dir = Registry::ResidentDirectory::load(*m_session->store, m_session->actor, QDate(2026, 11, 29));
    if (!dir) {
        qWarning() << dir.error().message();
        return {};
    }
    return std::move(*dir);
}

void TestResidentReports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QList<Storage::Migration> migrations = Staff::staffMigrations();
    migrations += Registry::registryMigrations();
    QString key;
    auto session = Staff::createDatabase(m_dir.filePath(u"reg.linli"_s), u"admin"_s, u"Admin-pass-1"_s, u"幸福里社区"_s,
                                         migrations, m_clock, &key);
    QVERIFY2(session, qPrintable(session ? QString() : session.error().message()));
    m_session = std::move(*session);

    RegistryService reg(*m_session->store);
    const Core::Actor admin = m_session->actor;
    const QString xingfu = *reg.addCompound(admin, u"幸福里"_s);
    const QString heping = *reg.addCompound(admin, u"和平里"_s);
    m_building3 = *reg.addBuilding(admin, xingfu, u"3"_s, 11);
    const QString unit1 = *reg.addUnit(admin, m_building3, u"1"_s);
    const QString unit2 = *reg.addUnit(admin, m_building3, u"2"_s);
    const QString building5 = *reg.addBuilding(admin, xingfu, u"5"_s, 6);
    const QString heping3 = *reg.addBuilding(admin, heping, u"3"_s, 6);

    // Added out of order: the roster sorts rooms by number, not by entry or text.
    m_cardHousehold = addHousehold(unit2, u"1101"_s, 8735);
    QVERIFY(!m_cardHousehold.isEmpty());
    m_headId = addTo(m_cardHousehold, u"张三丰"_s, u"户主"_s, QDate(1949, 12, 31), u"13812345678"_s);
    const QString spouse = addTo(m_cardHousehold, u"李秀英"_s, u"配偶"_s, QDate(1952, 3, 8));
    const QString grandson = addTo(m_cardHousehold, u"张小宝"_s, u"孙子"_s, QDate(2001, 6, 1));
    QVERIFY(!m_headId.isEmpty() && !spouse.isEmpty() && !grandson.isEmpty());
    QVERIFY(reg.moveOut(admin, grandson, QDate(2026, 10, 15), u"搬去北京工作"_s).ok());

    const QString room101 = addHousehold(unit2, u"101"_s);
    // The head is neither the first entered nor the eldest.
    QVERIFY(!addTo(room101, u"王小明"_s, u"子"_s, QDate(2010, 5, 5)).isEmpty());
    QVERIFY(!addTo(room101, u"王老太"_s, u"母亲"_s, QDate(1940, 1, 1)).isEmpty());
    QVERIFY(!addTo(room101, u"王五"_s, u"户主"_s, QDate(1980, 2, 2), u"13912345678"_s).isEmpty());
    const QString room102 = addHousehold(unit2, u"102"_s);
    QVERIFY(!addTo(room102, u"孙七"_s, u"户主"_s, QDate(1975, 7, 7)).isEmpty());
    const QString room201 = addHousehold(unit1, u"201"_s);
    QVERIFY(!addTo(room201, u"赵六"_s, u"户主"_s, QDate(1960, 6, 6)).isEmpty());
    // Other buildings stay out of building 3's roster.
    const QString b5unit = *reg.addUnit(admin, building5, u"1"_s);
    QVERIFY(!addTo(addHousehold(b5unit, u"301"_s), u"钱八"_s, u"户主"_s, QDate(1990, 8, 8)).isEmpty());
    const QString hpUnit = *reg.addUnit(admin, heping3, u"1"_s);
    QVERIFY(!addTo(addHousehold(hpUnit, u"101"_s), u"周九"_s, u"户主"_s, QDate(1985, 9, 9)).isEmpty());
}

void TestResidentReports::roomCodesAndNumbers()
{
    const Registry::RoomCode code = Registry::splitRoomCode(u"3-2-501"_s);
    QCOMPARE(code.building, u"3"_s);
    QCOMPARE(code.unit, u"2"_s);
    QCOMPARE(code.room, u"501"_s);
    // A building number with a hyphen keeps it; the unit and room are the last two parts.
    QCOMPARE(Registry::splitRoomCode(u"A-3-1-1101"_s).building, u"A-3"_s);
    QCOMPARE(Registry::splitRoomCode(u"A-3-1-1101"_s).room, u"1101"_s);
    QVERIFY(Registry::splitRoomCode(QString()).building.isEmpty());
    QCOMPARE(Registry::normalizedNumber(u" ３号楼"_s), u"3"_s);
    QCOMPARE(Registry::normalizedNumber(u"2单元"_s), u"2"_s);
    QCOMPARE(Registry::formatArea(8735), u"87.35 m²"_s);
    QCOMPARE(Registry::formatArea(9005), u"90.05 m²"_s);
    QVERIFY(Registry::formatArea(0).isEmpty());
}

void TestResidentReports::findsBuildingsByNumberAndCompound()
{
    auto dir = directory();
    QVERIFY(dir);
    const QList<Registry::BuildingMatch> both = Registry::findBuildings(*dir, u"3"_s);
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.at(0).compound, u"和平里"_s); // sorted by compound name
    QCOMPARE(both.at(1).compound, u"幸福里"_s);
    const QList<Registry::BuildingMatch> one = Registry::findBuildings(*dir, u"3号楼"_s, u"幸福里"_s);
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.first().id, m_building3);
    QCOMPARE(one.first().number, u"3"_s);
    QVERIFY(Registry::findBuildings(*dir, u"9"_s).isEmpty());
    QVERIFY(Registry::findBuildings(*dir, u"5"_s, u"和平里"_s).isEmpty());
}

void TestResidentReports::rosterHasOneTablePerUnitInRoomOrder()
{
    auto dir = directory();
    QVERIFY(dir);
    const Reports::Report report = Registry::rosterReport(*dir, m_building3);
    QCOMPARE(report.title, u"Resident roster"_s);
    QCOMPARE(parameter(report, u"Compound"_s), u"幸福里"_s);
    QCOMPARE(parameter(report, u"Building"_s), u"3"_s);
    QCOMPARE(parameter(report, u"Unit"_s), u"<missing>"_s);
    QCOMPARE(parameter(report, u"People"_s), u"7"_s); // the grandson moved out
    QCOMPARE(parameter(report, u"Rooms"_s), u"4"_s);
    QCOMPARE(report.tables.size(), 2);
    QCOMPARE(report.tables.at(0).caption, u"Building 3, unit 1"_s);
    QCOMPARE(report.tables.at(1).caption, u"Building 3, unit 2"_s);
    const QStringList headers = {u"Room"_s,  u"Name"_s, u"Relation to head"_s, u"Sex"_s, u"Age"_s, u"ID number"_s,
                                 u"Phone"_s, u"Tags"_s};
    QStringList titles;
    for (const Reports::Column &c : report.tables.at(1).columns)
        titles.append(c.title);
    QCOMPARE(titles, headers);

    QCOMPARE(column(report.tables.at(0), 1), QStringList{u"赵六"_s});
    const Reports::Table &unit2 = report.tables.at(1);
    QCOMPARE(column(unit2, 0), (QStringList{u"101"_s, u"101"_s, u"101"_s, u"102"_s, u"1101"_s, u"1101"_s}));
    // The head first, then by age, eldest first.
    QCOMPARE(column(unit2, 1), (QStringList{u"王五"_s, u"王老太"_s, u"王小明"_s, u"孙七"_s, u"张三丰"_s, u"李秀英"_s}));
    QCOMPARE(column(unit2, 2), (QStringList{u"户主"_s, u"母亲"_s, u"子"_s, u"户主"_s, u"户主"_s, u"配偶"_s}));
    QCOMPARE(unit2.rows.at(4).at(4), u"76"_s); // 张三丰, born 1949-12-31, on 2026-11-29
    QVERIFY(!allText(report).contains(u"张小宝"_s));
    QVERIFY(!allText(report).contains(u"钱八"_s));
    QVERIFY(!allText(report).contains(u"周九"_s));
}

void TestResidentReports::rosterOfOneUnit()
{
    auto dir = directory();
    QVERIFY(dir);
    const Reports::Report report = Registry::rosterReport(*dir, m_building3, u"2"_s);
    QCOMPARE(report.tables.size(), 1);
    QCOMPARE(report.tables.first().caption, u"Building 3, unit 2"_s);
    QCOMPARE(report.tables.first().rows.size(), 6);
    QCOMPARE(parameter(report, u"Unit"_s), u"2"_s);
    QCOMPARE(parameter(report, u"People"_s), u"6"_s);
    QCOMPARE(parameter(report, u"Rooms"_s), u"3"_s);
    // A unit nobody lives in prints "no records" under its name instead of nothing.
    const Reports::Report empty = Registry::rosterReport(*dir, m_building3, u"7"_s);
    QCOMPARE(empty.tables.size(), 1);
    QCOMPARE(empty.tables.first().caption, u"Building 3, unit 7"_s);
    QVERIFY(empty.tables.first().rows.isEmpty());
    QCOMPARE(parameter(empty, u"People"_s), u"0"_s);
}

void TestResidentReports::rosterIsMasked()
{
    auto dir = directory();
    QVERIFY(dir);
    const Reports::Report report = Registry::rosterReport(*dir, m_building3);
    const QString text = allText(report);
    QVERIFY(!m_fullIds.isEmpty());
    for (const QString &id : std::as_const(m_fullIds))
        QVERIFY2(!text.contains(id), qPrintable(u"full ID number in the roster: "_s + id.left(6)));
    QVERIFY(!text.contains(u"13812345678"_s) && !text.contains(u"13912345678"_s));
    const QStringList head = report.tables.at(1).rows.at(4);
    QCOMPARE(head.at(1), u"张三丰"_s);
    QCOMPARE(head.at(5), maskedId(m_fullIds.first()));
    QCOMPARE(head.at(6), u"138****5678"_s);
    // Exactly what the directory shows on screen.
    for (qsizetype i = 0; i < dir->size(); ++i) {
        if (dir->row(i).id == m_headId)
            QCOMPARE(head.at(5), dir->row(i).idMasked());
    }
}

void TestResidentReports::householdCard()
{
    RegistryService reg(*m_session->store);
    auto household = reg.household(m_session->actor, m_cardHousehold);
    QVERIFY(household);
    auto history = reg.history(m_session->actor, {}, m_cardHousehold);
    QVERIFY(history);
    const Reports::Report card = Registry::householdCardReport(*household, *history, QDate(2026, 11, 29));
    QCOMPARE(card.title, u"Household card"_s);
    QCOMPARE(parameter(card, u"Address"_s), u"幸福里 3-2-1101"_s);
    QCOMPARE(parameter(card, u"Building area"_s), u"87.35 m²"_s);
    QCOMPARE(parameter(card, u"Tenure"_s), Registry::tenureDisplayName(Registry::Tenure::Owner));
    QCOMPARE(parameter(card, u"Residence"_s), Registry::residenceDisplayName(Registry::Residence::Both));
    QCOMPARE(parameter(card, u"Head of household"_s), u"张三丰"_s);
    QCOMPARE(parameter(card, u"Household status"_s), u"active"_s);

    QCOMPARE(card.tables.size(), 2);
    const Reports::Table &members = card.tables.at(0);
    QCOMPARE(members.caption, u"Members"_s);
    QCOMPARE(members.columns.size(), 9);
    QCOMPARE(column(members, 0), (QStringList{u"张三丰"_s, u"李秀英"_s, u"张小宝"_s})); // living first, head leading
    QCOMPARE(members.rows.at(0).at(3), u"1949-12-31"_s);
    QCOMPARE(members.rows.at(0).at(4), u"76"_s);
    QCOMPARE(members.rows.at(0).at(5), maskedId(m_fullIds.at(0)));
    QCOMPARE(members.rows.at(0).at(6), u"138****5678"_s);
    QCOMPARE(members.rows.at(0).at(7), Registry::statusDisplayName(Registry::ResidentStatus::Living));
    QCOMPARE(members.rows.at(2).at(7), Registry::statusDisplayName(Registry::ResidentStatus::MovedOut));

    const Reports::Table &events = card.tables.at(1);
    QCOMPARE(events.caption, u"History"_s);
    QCOMPARE(events.rows.size(), 4); // three moved in, one moved out
    const QStringList moveOut = events.rows.last();
    QCOMPARE(moveOut.at(0), u"2026-10-15"_s);
    QCOMPARE(moveOut.at(1), Registry::eventKindDisplayName(u"move_out"_s));
    QCOMPARE(moveOut.at(2), u"张小宝"_s);
    QVERIFY(moveOut.at(3).contains(u"搬去北京工作"_s));
    QCOMPARE(moveOut.at(4), history->last().actor);
    QVERIFY(!moveOut.at(4).isEmpty());
    QCOMPARE(events.rows.first().at(1), Registry::eventKindDisplayName(u"move_in"_s));
}

void TestResidentReports::cardNeverShowsFullNumbers()
{
    RegistryService reg(*m_session->store);
    auto household = reg.household(m_session->actor, m_cardHousehold);
    QVERIFY(household);
    QVERIFY(!household->members.isEmpty());
    // Even a caller that hands over an unmasked resident gets a masked card.
    auto full = reg.unmaskedResident(m_session->actor, m_headId);
    QVERIFY(full);
    QCOMPARE(full->idNumber, m_fullIds.first());
    household->members[0] = *full;
    const Reports::Report card = Registry::householdCardReport(*household, {}, QDate(2026, 11, 29));
    const QString text = allText(card);
    for (const QString &id : std::as_const(m_fullIds))
        QVERIFY(!text.contains(id));
    QVERIFY(!text.contains(u"13812345678"_s));
    QCOMPARE(card.tables.at(0).rows.at(0).at(5), maskedId(m_fullIds.first()));
    QCOMPARE(card.tables.at(0).rows.at(0).at(6), u"138****5678"_s);
    QVERIFY(card.tables.at(1).rows.isEmpty());
}

void TestResidentReports::rosterPdfHasExtractableChinese()
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) must be installed");
    ChineseForTest chinese;
    QCoreApplication::installTranslator(&chinese);
    auto dir = directory();
    QVERIFY(dir);
    Reports::Report report = Registry::rosterReport(*dir, m_building3);
    QCoreApplication::removeTranslator(&chinese);
    report.organisation = u"幸福里社区居委会"_s;
    const QString pdf = m_dir.filePath(u"roster.pdf"_s);
    const Status written = Reports::writePdf(report, pdf);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message()));

    QProcess p;
    p.start(pdftotext, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    QVERIFY(p.waitForFinished(60'000));
    QCOMPARE(p.exitCode(), 0);
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    for (const QString &expected :
         {u"居民花名册"_s, u"幸福里社区居委会"_s, u"3号楼 1单元"_s, u"3号楼 2单元"_s, u"与户主关系"_s, u"张三丰"_s,
          u"李秀英"_s, u"王老太"_s, u"户主"_s, u"配偶"_s, maskedId(m_fullIds.first())}) {
        QVERIFY2(text.contains(expected), qPrintable(u"missing from the PDF text: "_s + expected));
    }
    for (const QString &id : std::as_const(m_fullIds))
        QVERIFY(!text.contains(id));
    QVERIFY(text.indexOf(u"王五"_s) < text.indexOf(u"张三丰"_s)); // room 101 before 1101
}

QTEST_MAIN(TestResidentReports)
#include "tst_residentreports.moc"
