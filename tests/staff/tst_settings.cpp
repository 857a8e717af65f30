// SettingsService: the organisation name and the idle lock are shared settings — synced through
// the outbox in the same transaction as the change, audited, and for administrators only.

#include "stafftestutil.h"

#include <staff/settingsservice.h>
#include <staff/userservice.h>
#include <storage/outbox.h>

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Linli;
using namespace Linli::StaffTest;
using Core::Role;

class tst_Settings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void organisationNameFromCreation();
    void noOrganisationNameAtCreation();
    void setOrganisationNameIsSyncedAndAudited();
    void organisationNameValidated_data();
    void organisationNameValidated();
    void changeAndOutboxShareOneTransaction();
    void onlyAdministratorsChangeSettings_data();
    void onlyAdministratorsChangeSettings();
    void idleLockMinutesRangeChecked_data();
    void idleLockMinutesRangeChecked();
    void settingsSurviveReopening();

private:
    void createDb(const QString &org = OrgName);
    Storage::Store &store() { return *m_session.store; }
    const Core::Actor &admin() const { return m_session.actor; }

    struct OutboxRow
    {
        QString entity, rowId, op, hlc;
        QJsonObject payload;
    };
    QList<OutboxRow> outbox(const QString &entity = u"shared_settings"_s)
    {
        QList<OutboxRow> out;
        auto rows = store().connection().select(
            u"SELECT entity, row_id, op, payload, hlc FROM sync_outbox WHERE entity = ? ORDER BY seq"_s, {entity});
        if (!rows)
            return out;
        for (const QVariantList &r : std::as_const(*rows))
            out.append({r.at(0).toString(), r.at(1).toString(), r.at(2).toString(), r.at(4).toString(),
                        QJsonDocument::fromJson(r.at(3).toString().toUtf8()).object()});
        return out;
    }
    // id, value, hlc of the settings row with `key`.
    QStringList settingsRow(const QString &key)
    {
        auto rows = store().connection().select(
            u"SELECT id, value, hlc, origin_device, deleted FROM shared_settings WHERE key = ?"_s, {key});
        if (!rows || rows->isEmpty())
            return {};
        QStringList out;
        for (const QVariant &v : rows->first())
            out.append(v.toString());
        return out;
    }
    qint64 count(const QString &table)
    {
        auto n = store().connection().scalar(u"SELECT count(*) FROM "_s + table);
        return n ? n->toLongLong() : -1;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
    Core::ManualClock m_clock;
    Staff::Session m_session;
};

void tst_Settings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = m_dir->filePath(u"linli.db"_s);
    m_clock.setMs(1'790'000'000'000);
}

void tst_Settings::cleanup()
{
    m_session = Staff::Session();
    m_dir.reset();
}

void tst_Settings::createDb(const QString &org)
{
    auto s = Staff::createDatabase(m_dbPath, u"admin"_s, AdminPassword, org, App::allMigrations(), m_clock, nullptr);
    LINLI_VERIFY_OK(s);
    m_session = std::move(*s);
}

void tst_Settings::organisationNameFromCreation()
{
    createDb(u"  幸福里社区居委会 "_s);
    Staff::SettingsService settings(store());
    QCOMPARE(settings.organisationName(), OrgName); // trimmed
    QCOMPARE(settings.idleLockMinutes(), Staff::SettingsService::DefaultIdleLockMinutes);
    // The name given at creation is synced like any later change.
    const QList<OutboxRow> rows = outbox();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().op, u"upsert"_s);
    QCOMPARE(rows.first().payload.value(u"key"_s).toString(), u"organisation_name"_s);
    QCOMPARE(rows.first().payload.value(u"value"_s).toString(), OrgName);
    const QStringList row = settingsRow(u"organisation_name"_s);
    QCOMPARE(row.size(), 5);
    QCOMPARE(rows.first().rowId, row.at(0));
    QCOMPARE(rows.first().hlc, row.at(2));
    QCOMPARE(row.at(3), store().deviceId());
}

void tst_Settings::noOrganisationNameAtCreation()
{
    createDb(QString());
    Staff::SettingsService settings(store());
    QCOMPARE(settings.organisationName(), QString());
    QCOMPARE(count(u"shared_settings"_s), 0);
    QVERIFY(outbox().isEmpty());
    LINLI_VERIFY_OK(settings.setOrganisationName(admin(), OrgName));
    QCOMPARE(settings.organisationName(), OrgName);
    QCOMPARE(outbox().size(), 1);

    // A name longer than 60 characters is refused at creation, and no file is left behind.
    const QString other = m_dir->filePath(u"other.db"_s);
    LINLI_VERIFY_ERROR(Staff::createDatabase(other, u"admin"_s, AdminPassword, QString(61, u'社'), App::allMigrations(),
                                             m_clock, nullptr),
                       ErrorCode::InvalidInput);
    QVERIFY(!QFile::exists(other));
}

void tst_Settings::setOrganisationNameIsSyncedAndAudited()
{
    createDb();
    Staff::SettingsService settings(store());
    const QStringList before = settingsRow(u"organisation_name"_s);
    m_clock.advanceMs(60'000);
    LINLI_VERIFY_OK(settings.setOrganisationName(admin(), u"  和平街道康乐社区居委会\t"_s));
    const QString name = u"和平街道康乐社区居委会"_s;
    QCOMPARE(settings.organisationName(), name);

    // One row per key: the same row id, a newer HLC.
    QCOMPARE(count(u"shared_settings"_s), 1);
    const QStringList after = settingsRow(u"organisation_name"_s);
    QCOMPARE(after.at(0), before.at(0));
    QCOMPARE(after.at(1), name);
    QVERIFY(after.at(2) > before.at(2));

    const QList<OutboxRow> rows = outbox();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.last().entity, u"shared_settings"_s);
    QCOMPARE(rows.last().rowId, after.at(0));
    QCOMPARE(rows.last().op, u"upsert"_s);
    QCOMPARE(rows.last().hlc, after.at(2));
    QCOMPARE(rows.last().payload.value(u"key"_s).toString(), u"organisation_name"_s);
    QCOMPARE(rows.last().payload.value(u"value"_s).toString(), name);

    const QList<Storage::AuditEntry> changes = auditEntries(store(), u"settings.change"_s);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().actor, u"admin"_s);
    QCOMPARE(changes.first().target, u"organisation_name"_s);
    QCOMPARE(changes.first().atMs, m_clock.nowMs());
    QCOMPARE(QJsonDocument::fromJson(changes.first().details.toUtf8()).object().value(u"value"_s).toString(), name);
    QVERIFY(auditChainOk(store()));
}

void tst_Settings::organisationNameValidated_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u" \t "_s;
    QTest::newRow("61 characters") << QString(61, u'社');
}

void tst_Settings::organisationNameValidated()
{
    QFETCH(QString, name);
    createDb();
    Staff::SettingsService settings(store());
    const qint64 outboxBefore = count(u"sync_outbox"_s);
    const qint64 auditBefore = count(u"audit_log"_s);
    LINLI_VERIFY_ERROR(settings.setOrganisationName(admin(), name), ErrorCode::InvalidInput);
    QCOMPARE(settings.organisationName(), OrgName);
    QCOMPARE(count(u"sync_outbox"_s), outboxBefore);
    QCOMPARE(count(u"audit_log"_s), auditBefore);
    // Exactly 60 is allowed.
    LINLI_VERIFY_OK(settings.setOrganisationName(admin(), QString(60, u'社')));
    QCOMPARE(settings.organisationName(), QString(60, u'社'));
}

void tst_Settings::changeAndOutboxShareOneTransaction()
{
    createDb();
    Staff::SettingsService settings(store());
    const qint64 outboxBefore = count(u"sync_outbox"_s);
    const qint64 auditBefore = count(u"audit_log"_s);
    const QStringList rowBefore = settingsRow(u"organisation_name"_s);

    // When the audit entry cannot be written, neither the setting nor its outbox entry stays.
    LINLI_VERIFY_OK(store().connection().exec(u"CREATE TEMP TRIGGER tst_refuse_audit BEFORE INSERT ON main.audit_log "
                                              u"BEGIN SELECT RAISE(ABORT, 'audit refused by test'); END;"_s));
    QVERIFY(!settings.setOrganisationName(admin(), u"新名字居委会"_s));
    QVERIFY(!settings.setIdleLockMinutes(admin(), 30));
    QVERIFY(!store().connection().inTransaction());
    QCOMPARE(settings.organisationName(), OrgName);
    QCOMPARE(settings.idleLockMinutes(), Staff::SettingsService::DefaultIdleLockMinutes);
    QCOMPARE(settingsRow(u"organisation_name"_s), rowBefore);
    QCOMPARE(count(u"sync_outbox"_s), outboxBefore);
    QCOMPARE(count(u"shared_settings"_s), 1);
    LINLI_VERIFY_OK(store().connection().exec(u"DROP TRIGGER temp.tst_refuse_audit"_s));

    // When the outbox entry cannot be written, the setting and its audit entry are rolled back.
    LINLI_VERIFY_OK(
        store().connection().exec(u"CREATE TEMP TRIGGER tst_refuse_outbox BEFORE INSERT ON main.sync_outbox "
                                  u"BEGIN SELECT RAISE(ABORT, 'outbox refused by test'); END;"_s));
    QVERIFY(!settings.setOrganisationName(admin(), u"新名字居委会"_s));
    QVERIFY(!settings.setIdleLockMinutes(admin(), 30));
    QCOMPARE(settings.organisationName(), OrgName);
    QCOMPARE(settings.idleLockMinutes(), Staff::SettingsService::DefaultIdleLockMinutes);
    QCOMPARE(count(u"audit_log"_s), auditBefore);
    QCOMPARE(count(u"shared_settings"_s), 1);
    LINLI_VERIFY_OK(store().connection().exec(u"DROP TRIGGER temp.tst_refuse_outbox"_s));

    // And with nothing in the way, all three are written.
    LINLI_VERIFY_OK(settings.setIdleLockMinutes(admin(), 30));
    QCOMPARE(count(u"sync_outbox"_s), outboxBefore + 1);
    QCOMPARE(count(u"audit_log"_s), auditBefore + 1);
    QCOMPARE(count(u"shared_settings"_s), 2);
    QVERIFY(auditChainOk(store()));
}

void tst_Settings::onlyAdministratorsChangeSettings_data()
{
    QTest::addColumn<Role>("role");
    QTest::newRow("auditor") << Role::Auditor;
    QTest::newRow("property_clerk") << Role::PropertyClerk;
    QTest::newRow("subdistrict_reviewer") << Role::SubdistrictReviewer;
}

void tst_Settings::onlyAdministratorsChangeSettings()
{
    QFETCH(Role, role);
    createDb();
    const Core::Actor actor = actorFor(u"zhou"_s, role);
    Staff::SettingsService settings(store());
    const qint64 outboxBefore = count(u"sync_outbox"_s);
    const qint64 auditBefore = count(u"audit_log"_s);
    LINLI_VERIFY_ERROR(settings.setOrganisationName(actor, u"别的名字"_s), ErrorCode::PermissionDenied);
    LINLI_VERIFY_ERROR(settings.setIdleLockMinutes(actor, 0), ErrorCode::PermissionDenied);
    QCOMPARE(settings.organisationName(), OrgName);
    QCOMPARE(settings.idleLockMinutes(), Staff::SettingsService::DefaultIdleLockMinutes);
    QCOMPARE(count(u"sync_outbox"_s), outboxBefore);
    QCOMPARE(count(u"audit_log"_s), auditBefore);
    // Everyone reads them (the name is printed on every report).
    QVERIFY(!Staff::SettingsService(store()).organisationName().isEmpty());
}

void tst_Settings::idleLockMinutesRangeChecked_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("-1") << -1 << false;
    QTest::newRow("min int") << std::numeric_limits<int>::min() << false;
    QTest::newRow("0 (off)") << 0 << true;
    QTest::newRow("1") << 1 << true;
    QTest::newRow("240") << 240 << true;
    QTest::newRow("241") << 241 << false;
    QTest::newRow("max int") << std::numeric_limits<int>::max() << false;
}

void tst_Settings::idleLockMinutesRangeChecked()
{
    QFETCH(int, minutes);
    QFETCH(bool, valid);
    createDb();
    Staff::SettingsService settings(store());
    const qint64 outboxBefore = count(u"sync_outbox"_s);
    auto s = settings.setIdleLockMinutes(admin(), minutes);
    if (!valid) {
        LINLI_VERIFY_ERROR(s, ErrorCode::InvalidInput);
        QCOMPARE(settings.idleLockMinutes(), Staff::SettingsService::DefaultIdleLockMinutes);
        QCOMPARE(count(u"sync_outbox"_s), outboxBefore);
        QVERIFY(auditEntries(store(), u"settings.change"_s).isEmpty());
        return;
    }
    LINLI_VERIFY_OK(s);
    QCOMPARE(settings.idleLockMinutes(), minutes);
    const QList<OutboxRow> rows = outbox();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.last().payload.value(u"key"_s).toString(), u"idle_lock_minutes"_s);
    QCOMPARE(rows.last().payload.value(u"value"_s).toString(), QString::number(minutes));
    const QList<Storage::AuditEntry> changes = auditEntries(store(), u"settings.change"_s);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().target, u"idle_lock_minutes"_s);
}

void tst_Settings::settingsSurviveReopening()
{
    createDb();
    {
        Staff::SettingsService settings(store());
        LINLI_VERIFY_OK(settings.setOrganisationName(admin(), u"康乐社区"_s));
        LINLI_VERIFY_OK(settings.setIdleLockMinutes(admin(), 25));
        LINLI_VERIFY_OK(settings.setIdleLockMinutes(admin(), 15));
    }
    m_session = Staff::Session();
    auto s = Staff::AuthService(m_clock).signIn(m_dbPath, Storage::Credentials::password(u"admin"_s, AdminPassword),
                                                App::allMigrations());
    LINLI_VERIFY_OK(s);
    m_session = std::move(*s);
    Staff::SettingsService settings(store());
    QCOMPARE(settings.organisationName(), u"康乐社区"_s);
    QCOMPARE(settings.idleLockMinutes(), 15);
    QCOMPARE(count(u"shared_settings"_s), 2);
    QCOMPARE(outbox().size(), 4);
    // HLC stamps keep growing across the reopen.
    const QList<OutboxRow> rows = outbox();
    for (qsizetype i = 1; i < rows.size(); ++i)
        QVERIFY(rows.at(i).hlc > rows.at(i - 1).hlc);
    LINLI_VERIFY_OK(settings.setIdleLockMinutes(admin(), 5));
    QVERIFY(outbox().last().hlc > rows.last().hlc);
}

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_settings.moc"
