// The sync catalogue (core/syncentity.h) against the schema every module makes: each table of the
// sync-ready row model is declared by its module once, and every declaration names tables and
// columns that exist, SQL that runs, and Chinese names for staff.
#include <catalogue/catalogue.h>
#include <composition.h>
#include <core/clock.h>
#include <i18n.h>
#include <staff/setup.h>
#include <storage/connection.h>
#include <storage/store.h>

#include <QtCore/QSet>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Linli;
using namespace Qt::StringLiterals;

class TestSyncCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyRowModelTableIsDeclaredOnce();
    void declarationsNameWhatExists();
    void labelsRunAndNamesAreChinese();
    void scopeAndReferencesFollowTheRegistry();

private:
    QStringList columnsOf(const QString &table);

    QTemporaryDir m_dir;
    Core::ManualClock m_clock{QDateTime(QDate(2026, 12, 7), QTime(9, 0)).toMSecsSinceEpoch()};
    std::optional<Staff::Session> m_session;
};

void TestSyncCatalogue::initTestCase()
{
    QString key;
    auto session = Staff::createDatabase(m_dir.filePath(u"catalogue.linli"_s), u"admin"_s, u"Admin-pass-1"_s,
                                         u"幸福里物业"_s, App::allMigrations(), m_clock, &key);
    QVERIFY2(session, qPrintable(session ? QString() : session.error().message()));
    m_session = std::move(*session);
}

QStringList TestSyncCatalogue::columnsOf(const QString &table)
{
    QStringList columns;
    auto rows = m_session->store->connection().select(u"PRAGMA table_info(%1)"_s.arg(table));
    for (const QVariantList &r : std::as_const(*rows))
        columns.append(r.at(1).toString());
    return columns;
}

void TestSyncCatalogue::everyRowModelTableIsDeclaredOnce()
{
    const Core::SyncCatalogue &catalogue = Catalogue::syncCatalogue();
    auto tables = m_session->store->connection().select(
        u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name"_s);
    QVERIFY(tables);
    QStringList undeclared;
    for (const QVariantList &t : std::as_const(*tables)) {
        const QString table = t.at(0).toString();
        const QStringList columns = columnsOf(table);
        const bool rowModel = columns.contains(u"id"_s) && columns.contains(u"hlc"_s)
                              && columns.contains(u"origin_device"_s) && columns.contains(u"deleted"_s);
        if (rowModel && !catalogue.contains(table))
            undeclared.append(table);
    }
    // A table of the row model that no module declares would be written to the outbox and refused
    // by the server (not_permitted): every one is declared, in its module's *sync.cpp.
    QVERIFY2(undeclared.isEmpty(), qPrintable(undeclared.join(u", "_s)));
    QSet<QString> seen;
    for (const Core::SyncEntity &e : catalogue.entities()) {
        QVERIFY2(!seen.contains(e.table), qPrintable(e.table));
        seen.insert(e.table);
    }
}

void TestSyncCatalogue::declarationsNameWhatExists()
{
    const Core::SyncCatalogue &catalogue = Catalogue::syncCatalogue();
    for (const Core::SyncEntity &e : catalogue.entities()) {
        const QStringList columns = columnsOf(e.table);
        QVERIFY2(!columns.isEmpty(), qPrintable(e.table));
        for (const Core::SyncField &f : e.fields)
            QVERIFY2(columns.contains(f.column), qPrintable(e.table + u'.' + f.column));
        if (!e.labelKey.isEmpty())
            QVERIFY2(columns.contains(e.labelKey), qPrintable(e.table + u'.' + e.labelKey));
        for (const Core::SyncChild &c : e.children) {
            QVERIFY2(catalogue.isInsertOnly(c.entity), qPrintable(c.entity));
            auto st =
                m_session->store->connection().select(u"SELECT count(*) FROM %1 WHERE %2"_s.arg(c.entity, c.where),
                                                      QVariantList(c.params.size(), QVariant(u"x"_s)));
            QVERIFY2(st, qPrintable(st ? QString() : st.error().detail()));
        }
        for (const Core::SyncExpectation &x : e.expectations) {
            QVERIFY2(columns.contains(x.column), qPrintable(e.table + u'.' + x.column));
            for (const auto &n : x.noOther) {
                QVERIFY(catalogue.contains(n.entity));
                QVERIFY2(columnsOf(n.entity).contains(n.column), qPrintable(n.entity + u'.' + n.column));
            }
            for (const auto &n : x.nothingLater) {
                for (const auto &[table, column] :
                     {std::pair(n.entity, n.amount), std::pair(n.entity, n.link), std::pair(n.entity, n.stampRef),
                      std::pair(n.linkEntity, n.linkColumn)}) {
                    QVERIFY(catalogue.contains(table));
                    QVERIFY2(columnsOf(table).contains(column), qPrintable(table + u'.' + column));
                }
                QVERIFY(catalogue.contains(n.stampEntity) && catalogue.contains(n.subject));
            }
        }
    }
}

void TestSyncCatalogue::labelsRunAndNamesAreChinese()
{
    I18n::install(*QCoreApplication::instance(), u"zh_CN"_s);
    for (const Core::SyncEntity &e : Catalogue::syncCatalogue().entities()) {
        if (!e.labelSql.isEmpty()) {
            auto v = m_session->store->connection().select(e.labelSql, {u"no-such-row"_s});
            QVERIFY2(v, qPrintable(e.table + u": "_s + (v ? QString() : v.error().detail())));
        }
        // Staff never read a table's name: every kind of row and every field has a Chinese one.
        const QString name = e.displayName();
        QVERIFY2(name != e.table && name != QString::fromUtf8(e.title), qPrintable(e.table));
        for (const Core::SyncField &f : e.fields)
            QVERIFY2(e.fieldName(f.column) != QString::fromUtf8(f.title), qPrintable(e.table + u'.' + f.column));
    }
    QCOMPARE(Catalogue::syncCatalogue().find(u"reg_residents"_s)->displayName(), u"居民"_s);
    QCOMPARE(Catalogue::syncCatalogue().find(u"reg_residents"_s)->fieldName(u"phone1"_s), u"电话"_s);
    I18n::install(*QCoreApplication::instance(), u"en"_s);
}

void TestSyncCatalogue::scopeAndReferencesFollowTheRegistry()
{
    const Core::SyncCatalogue &catalogue = Catalogue::syncCatalogue();
    QCOMPARE(catalogue.scopeTable(), u"reg_compounds"_s);
    QCOMPARE(catalogue.scopeColumn(), u"compound_id"_s);
    QStringList columns;
    for (const auto &[column, table] : catalogue.references())
        columns.append(column);
    // The order the server follows a row to its compound (the first reference a row has).
    QCOMPARE(columns, (QStringList{u"building_id"_s, u"unit_id"_s, u"room_id"_s, u"household_id"_s, u"resident_id"_s,
                                   u"bill_id"_s, u"payment_id"_s, u"receipt_id"_s}));
    QVERIFY(catalogue.isInsertOnly(u"fee_payments"_s));
    QVERIFY(!catalogue.isInsertOnly(u"reg_residents"_s));
    QVERIFY(!catalogue.find(u"shared_settings"_s)->pulled);
}

QTEST_GUILESS_MAIN(TestSyncCatalogue)
#include "tst_synccatalogue.moc"
