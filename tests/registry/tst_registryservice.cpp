// The registry's use cases on a real encrypted database: validation, duplicates, masking,
// permissions, audit and outbox.
#include <core/clock.h>
#include <core/idnumber.h>
#include <registry/registrymigrations.h>
#include <registry/registryservice.h>
#include <staff/setup.h>
#include <staff/staffmigrations.h>
#include <staff/userservice.h>
#include <storage/auditlog.h>
#include <storage/outbox.h>

#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Linli;
using Registry::RegistryService;
using Registry::ResidentInput;

namespace {

// A valid mainland ID for a birth date, computed with the check character of GB 11643.
QString validId(const QString &region, QDate birth, int sequence)
{
    const QString first17 = region + birth.toString(u"yyyyMMdd"_s) + QString::number(sequence).rightJustified(3, u'0');
    return first17 + Core::IdNumber::mainlandCheckCharacter(first17);
}

} // namespace

class TestRegistryService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addressTreeAndCounts();
    void residentDerivesBirthAndSexFromId();
    void refusesInvalidInputWithReasons();
    void hardDuplicateIsRefused();
    void maskedUnlessExplicitlyUnmasked();
    void sensitiveTagsHiddenFromPropertyClerk();
    void permissionChecked();
    void everyWriteIsAuditedAndQueued();
    void lifeEventsKeepHistory();
    void suspectedDuplicates();
    void editWritesOnlyWhatChanged();
    void editWithoutUnmaskKeepsNumbersAndHiddenTags();
    void mergeKeepsBothHistories();
    void distinctPairIsNoLongerSuspected();
    void householdSplitAndMerge();
    void administratorsAddTags();
    void disabilityTypeAndGrade();
    void memberMovesToAnotherHousehold();

private:
    Core::Actor as(Core::Role role) const;
    QString household();

    QTemporaryDir m_dir;
    Core::ManualClock m_clock{QDateTime(QDate(2026, 11, 29), QTime(10, 0)).toMSecsSinceEpoch()};
    std::optional<Staff::Session> m_session;
};

void TestRegistryService::init()
{
    QVERIFY(m_dir.isValid());
    QList<Storage::Migration> migrations = Staff::staffMigrations();
    migrations += Registry::registryMigrations();
    QString key;
    auto session = Staff::createDatabase(m_dir.filePath(u"reg.linli"_s), u"admin"_s, u"Admin-pass-1"_s, u"幸福里社区"_s,
                                         migrations, m_clock, &key);
    QVERIFY2(session, qPrintable(session ? QString() : session.error().message()));
    m_session = std::move(*session);
}

void TestRegistryService::cleanup()
{
    m_session.reset();
    QFile::remove(m_dir.filePath(u"reg.linli"_s));
    QFile::remove(m_dir.filePath(u"reg.linli.keys"_s));
}

Core::Actor TestRegistryService::as(Core::Role role) const
{
    Core::Actor a = m_session->actor;
    a.role = role;
    return a;
}

QString TestRegistryService::household()
{
    RegistryService reg(*m_session->store);
    const Core::Actor admin = m_session->actor;
    auto compound = reg.addCompound(admin, u"幸福里"_s);
    auto building = reg.addBuilding(admin, *compound, u"3"_s, 6);
    auto unit = reg.addUnit(admin, *building, u"2"_s);
    auto room = reg.addRoom(admin, *unit, u"501"_s, 5, 8735);
    auto hh = reg.addHousehold(admin, *room);
    return hh ? *hh : QString();
}

void TestRegistryService::addressTreeAndCounts()
{
    const QString hh = household();
    QVERIFY(!hh.isEmpty());
    RegistryService reg(*m_session->store);
    auto counts = reg.counts();
    QVERIFY(counts);
    QCOMPARE(counts->compounds, 1);
    QCOMPARE(counts->buildings, 1);
    QCOMPARE(counts->rooms, 1);
    QCOMPARE(counts->households, 1);
    QCOMPARE(counts->residents, 0);
    // A building in a compound that does not exist is refused.
    QCOMPARE(reg.addBuilding(m_session->actor, u"no-such-id"_s, u"9"_s, 6).error().code(), ErrorCode::NotFound);
    QCOMPARE(reg.addRoom(m_session->actor, u"x"_s, u""_s, 1, 100).error().code(), ErrorCode::InvalidInput);
}

void TestRegistryService::residentDerivesBirthAndSexFromId()
{
    const QString hh = household();
    RegistryService reg(*m_session->store);
    ResidentInput in;
    in.householdId = hh;
    in.name = u" 张 三丰 "_s;
    in.idNumber = validId(u"110105"_s, QDate(1949, 12, 31), 1); // odd sequence: male
    in.phones = {u"138 1234 5678"_s};
    in.tagCodes = {u"party_member"_s};
    auto r = reg.addResident(m_session->actor, in);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message()));
    QCOMPARE(r->name, u"张三丰"_s);
    QCOMPARE(r->birthDate, QDate(1949, 12, 31));
    QCOMPARE(r->sex, Core::Sex::Male);
    QCOMPARE(r->address, u"幸福里 3-2-501"_s);
    QCOMPARE(r->tagCodes, QStringList{u"party_member"_s});
    // The first resident of a household becomes its head.
    auto head = m_session->store->connection().scalar(u"SELECT head_id FROM reg_households WHERE id = ?"_s, {hh});
    QCOMPARE(head->toString(), r->id);
    QCOMPARE(reg.counts()->residents, 1);
}

void TestRegistryService::refusesInvalidInputWithReasons()
{
    RegistryService reg(*m_session->store);
    const auto reason = [&](ResidentInput in) {
        auto r = reg.addResident(m_session->actor, in);
        return r ? u"ok"_s : r.error().detail();
    };
    ResidentInput base;
    base.name = u"李四"_s;
    QCOMPARE(reason(base), u"ok"_s);

    ResidentInput noName = base;
    noName.name = u"  "_s;
    QCOMPARE(reason(noName), u"name.empty"_s);

    ResidentInput badCheck = base;
    QString id = validId(u"110105"_s, QDate(1980, 5, 6), 12);
    id[17] = id[17] == u'1' ? u'2' : u'1';
    badCheck.idNumber = id;
    QCOMPARE(reason(badCheck), u"id.checksum"_s);

    ResidentInput excel = base;
    excel.idNumber = u"1.10105E+17"_s;
    QCOMPARE(reason(excel), u"id.scientific"_s);

    ResidentInput mismatch = base;
    mismatch.idNumber = validId(u"110105"_s, QDate(1980, 5, 6), 12);
    mismatch.birthDate = QDate(1980, 6, 5);
    QCOMPARE(reason(mismatch), u"birth.mismatch"_s);

    ResidentInput wrongSex = base;
    wrongSex.idNumber = validId(u"110105"_s, QDate(1980, 5, 6), 12); // even: female
    wrongSex.sex = Core::Sex::Male;
    QCOMPARE(reason(wrongSex), u"sex.mismatch"_s);

    ResidentInput badPhone = base;
    badPhone.phones = {u"12345"_s};
    QVERIFY(reason(badPhone).startsWith(u"phone."_s));

    ResidentInput unknownTag = base;
    unknownTag.tagCodes = {u"no_such_tag"_s};
    QCOMPARE(reason(unknownTag), u"tag.unknown"_s);
    // Only the one valid resident was written.
    QCOMPARE(reg.counts()->residents, 1);
}

void TestRegistryService::hardDuplicateIsRefused()
{
    RegistryService reg(*m_session->store);
    ResidentInput in;
    in.name = u"王五"_s;
    in.idNumber = validId(u"310104"_s, QDate(1975, 1, 2), 33);
    QVERIFY(reg.addResident(m_session->actor, in));
    in.name = u"王伍"_s;
    in.idNumber = in.idNumber.toLower(); // same number, typed differently
    auto again = reg.addResident(m_session->actor, in);
    QVERIFY(!again);
    QCOMPARE(again.error().code(), ErrorCode::AlreadyExists);
    QCOMPARE(reg.counts()->residents, 1);
}

void TestRegistryService::maskedUnlessExplicitlyUnmasked()
{
    RegistryService reg(*m_session->store);
    ResidentInput in;
    in.name = u"赵六"_s;
    in.idNumber = validId(u"110105"_s, QDate(1990, 3, 4), 101);
    in.phones = {u"13812345678"_s};
    auto r = reg.addResident(m_session->actor, in);
    QVERIFY(r);
    QCOMPARE(r->idNumber, in.idNumber.left(6) + u"********"_s + in.idNumber.right(4));
    QCOMPARE(r->phones, QStringList{u"138****5678"_s});
    QVERIFY(r->masked);

    const qint64 before = Storage::AuditLog::count(m_session->store->connection()).value();
    auto full = reg.unmaskedResident(m_session->actor, r->id);
    QVERIFY(full);
    QCOMPARE(full->idNumber, in.idNumber);
    QVERIFY(!full->masked);
    QCOMPARE(Storage::AuditLog::count(m_session->store->connection()).value(), before + 1);

    // A property clerk sees the masked form only, and cannot unmask.
    auto clerk = reg.unmaskedResident(as(Core::Role::PropertyClerk), r->id);
    QCOMPARE(clerk.error().code(), ErrorCode::PermissionDenied);
    QCOMPARE(reg.resident(as(Core::Role::PropertyClerk), r->id)->idNumber, r->idNumber);
}

void TestRegistryService::sensitiveTagsHiddenFromPropertyClerk()
{
    RegistryService reg(*m_session->store);
    ResidentInput in;
    in.name = u"孙七"_s;
    in.tagCodes = {u"dibao"_s, u"volunteer"_s};
    auto r = reg.addResident(m_session->actor, in);
    QVERIFY(r);
    QCOMPARE(r->tagCodes, (QStringList{u"dibao"_s, u"volunteer"_s}));
    QCOMPARE(reg.resident(as(Core::Role::PropertyClerk), r->id)->tagCodes, QStringList{u"volunteer"_s});
    QCOMPARE(reg.resident(as(Core::Role::SocialWorker), r->id)->tagCodes.size(), 2);
    const auto clerkTags = reg.tags(as(Core::Role::PropertyClerk));
    for (const Registry::Tag &t : *clerkTags)
        QVERIFY(!t.sensitive);
    QCOMPARE(reg.tags(m_session->actor)->size(), 11);
}

void TestRegistryService::permissionChecked()
{
    RegistryService reg(*m_session->store);
    ResidentInput in;
    in.name = u"周八"_s;
    for (Core::Role role : {Core::Role::PropertyClerk, Core::Role::Auditor}) {
        auto r = reg.addResident(as(role), in);
        QVERIFY(!r);
        QCOMPARE(r.error().code(), ErrorCode::PermissionDenied);
        QCOMPARE(reg.addCompound(as(role), u"x"_s).error().code(), ErrorCode::PermissionDenied);
    }
    QVERIFY(reg.addResident(as(Core::Role::SocialWorker), in));
    QCOMPARE(reg.counts()->residents, 1);
}

void TestRegistryService::everyWriteIsAuditedAndQueued()
{
    const qint64 outboxBefore = Storage::Outbox::pendingCount(*m_session->store).value();
    const QString hh = household(); // 5 rows
    RegistryService reg(*m_session->store);
    ResidentInput in;
    in.householdId = hh;
    in.name = u"吴九"_s;
    in.tagCodes = {u"volunteer"_s};
    QVERIFY(reg.addResident(m_session->actor, in));
    // 5 structure rows + resident + tag + move-in event + household head = 9 outbox entries.
    QCOMPARE(Storage::Outbox::pendingCount(*m_session->store).value() - outboxBefore, 9);
    auto entries = Storage::AuditLog::query(m_session->store->connection(), 0, std::numeric_limits<qint64>::max());
    QStringList actions;
    for (const auto &e : *entries)
        actions.append(e.action);
    for (const QString &a : {u"registry.compound.add"_s, u"registry.building.add"_s, u"registry.unit.add"_s,
                             u"registry.room.add"_s, u"registry.household.add"_s, u"registry.resident.add"_s})
        QVERIFY2(actions.contains(a), qPrintable(a));
    QVERIFY(Storage::AuditLog::verify(m_session->store->connection())->ok());
    // No personal data in the audit log: the resident's name is not in any entry.
    for (const auto &e : *entries)
        QVERIFY(!e.target.contains(u"吴九"_s) && !e.details.contains(u"吴九"_s));
}

void TestRegistryService::lifeEventsKeepHistory()
{
    const QString hh = household();
    RegistryService reg(*m_session->store);
    ResidentInput head;
    head.householdId = hh;
    head.name = u"郑一"_s;
    head.relationToHead = u"户主"_s;
    auto h = reg.addResident(m_session->actor, head);
    ResidentInput spouse = head;
    spouse.name = u"郑二"_s;
    spouse.relationToHead = u"配偶"_s;
    auto sp = reg.addResident(m_session->actor, spouse);
    QVERIFY(h && sp);

    // Not in the future, not twice, not by a property clerk.
    QCOMPARE(reg.recordDeath(m_session->actor, h->id, QDate(2027, 1, 1)).error().code(), ErrorCode::InvalidInput);
    QCOMPARE(reg.moveOut(as(Core::Role::PropertyClerk), h->id, QDate(2026, 11, 1)).error().code(),
             ErrorCode::PermissionDenied);
    QVERIFY(reg.recordDeath(m_session->actor, h->id, QDate(2026, 11, 20), u"医院开具死亡证明"_s).ok());
    QCOMPARE(reg.moveOut(m_session->actor, h->id, QDate(2026, 11, 21)).error().code(), ErrorCode::Conflict);
    QCOMPARE(reg.resident(m_session->actor, h->id)->status, Registry::ResidentStatus::Deceased);
    QCOMPARE(reg.counts()->residents, 1);

    // The household lost its head; the spouse becomes head.
    auto headNow = m_session->store->connection().scalar(u"SELECT head_id FROM reg_households WHERE id = ?"_s, {hh});
    QVERIFY(headNow->isNull());
    QCOMPARE(reg.changeHead(m_session->actor, hh, h->id).error().code(), ErrorCode::InvalidInput); // not living
    QVERIFY(reg.changeHead(m_session->actor, hh, sp->id).ok());
    QCOMPARE(reg.resident(m_session->actor, sp->id)->relationToHead, u"户主"_s);

    auto history = reg.history(m_session->actor, {}, hh);
    QVERIFY(history);
    QStringList kinds;
    for (const auto &e : *history)
        kinds.append(e.kind);
    QCOMPARE(kinds, (QStringList{u"move_in"_s, u"move_in"_s, u"death"_s, u"head_change"_s}));
    QCOMPARE(history->at(2).date, QDate(2026, 11, 20));
    QCOMPARE(history->at(2).note, u"医院开具死亡证明"_s);
    QCOMPARE(history->at(2).residentName, u"郑一"_s);
    QCOMPARE(history->at(2).actor, u"admin"_s);
    QCOMPARE(reg.history(m_session->actor, sp->id)->size(), 2); // moved in, became head
}

void TestRegistryService::suspectedDuplicates()
{
    RegistryService reg(*m_session->store);
    const auto add = [&](const QString &name, QDate birth, const QString &phone) {
        ResidentInput in;
        in.name = name;
        in.birthDate = birth;
        if (!phone.isEmpty())
            in.phones = {phone};
        auto r = reg.addResident(m_session->actor, in);
        return r ? r->id : QString();
    };
    const QString a = add(u"王丽"_s, QDate(1960, 1, 2), u"13800001111"_s);
    const QString b = add(u"王丽"_s, QDate(1960, 1, 2), {});               // same name and birth date
    const QString c = add(u"王莉"_s, QDate(1961, 5, 6), u"13800001111"_s); // same pinyin and phone
    const QString d = add(u"王力"_s, QDate(1961, 5, 6), u"13900002222"_s); // different phone: not suspected
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty() && !d.isEmpty());
    auto pairs = reg.suspectedDuplicates(m_session->actor);
    QVERIFY(pairs);
    QCOMPARE(pairs->size(), 2);
    QStringList reasons;
    for (const auto &p : *pairs) {
        reasons.append(p.reason);
        QVERIFY(p.firstId != d && p.secondId != d);
    }
    reasons.sort();
    QCOMPARE(reasons, (QStringList{u"name_birth"_s, u"pinyin_phone"_s}));
}

void TestRegistryService::editWritesOnlyWhatChanged()
{
    const QString hh = household();
    RegistryService reg(*m_session->store);
    ResidentInput in;
    in.householdId = hh;
    in.name = u"钱多多"_s;
    in.idNumber = validId(u"110105"_s, QDate(1950, 6, 7), 21);
    in.phones = {u"13812345678"_s};
    in.tagCodes = {u"volunteer"_s};
    auto r = reg.addResident(m_session->actor, in);
    QVERIFY(r);

    auto form = reg.editableResident(m_session->actor, r->id);
    QVERIFY(form);
    QCOMPARE(form->idNumber, in.idNumber); // an admin edits the full numbers
    QVERIFY(!form->keepDocument);
    // Saving the form unchanged writes nothing.
    const qint64 outbox = Storage::Outbox::pendingCount(*m_session->store).value();
    const qint64 audit = Storage::AuditLog::count(m_session->store->connection()).value();
    auto none = reg.updateResident(m_session->actor, r->id, *form);
    QVERIFY(none);
    QVERIFY(none->isEmpty());
    QCOMPARE(Storage::Outbox::pendingCount(*m_session->store).value(), outbox);
    QCOMPARE(Storage::AuditLog::count(m_session->store->connection()).value(), audit);

    ResidentInput changed = *form;
    changed.name = u"钱朵朵"_s;
    changed.phones = {u"139 0000 1111"_s};
    changed.tagCodes = {u"party_member"_s};
    auto fields = reg.updateResident(m_session->actor, r->id, changed);
    QVERIFY2(fields, qPrintable(fields ? QString() : fields.error().message()));
    QCOMPARE(*fields, (QStringList{u"name"_s, u"phone1"_s, u"tags"_s}));
    auto after = reg.resident(m_session->actor, r->id);
    QCOMPARE(after->name, u"钱朵朵"_s);
    QCOMPARE(after->phones, QStringList{u"139****1111"_s});
    QCOMPARE(after->tagCodes, QStringList{u"party_member"_s});
    QCOMPARE(Storage::AuditLog::count(m_session->store->connection()).value(),
             audit + 1); // the edit (the form's unmask came before)

    // The same validation as on entry; a wrong ID changes nothing.
    ResidentInput bad = changed;
    bad.idNumber = in.idNumber.left(17) + (in.idNumber.endsWith(u'1') ? u'2' : u'1');
    bad.birthDate = {};
    QCOMPARE(reg.updateResident(m_session->actor, r->id, bad).error().detail(), u"id.checksum"_s);
    // Another resident's document is a hard duplicate.
    ResidentInput other;
    other.name = u"孙一"_s;
    other.idNumber = validId(u"110105"_s, QDate(1980, 1, 1), 31);
    QVERIFY(reg.addResident(m_session->actor, other));
    ResidentInput dup = changed;
    dup.idNumber = other.idNumber;
    dup.birthDate = {};
    dup.sex = Core::Sex::Unknown;
    QCOMPARE(reg.updateResident(m_session->actor, r->id, dup).error().code(), ErrorCode::AlreadyExists);
    QCOMPARE(reg.resident(m_session->actor, r->id)->name, u"钱朵朵"_s);

    // The history says what was corrected, by whom.
    auto history = reg.history(m_session->actor, r->id);
    QCOMPARE(history->last().kind, u"edit"_s);
    QVERIFY2(history->last().note.contains(u"name"_s), qPrintable(history->last().note));
    QCOMPARE(history->last().actor, u"admin"_s);
    // Not for a property clerk.
    QCOMPARE(reg.updateResident(as(Core::Role::PropertyClerk), r->id, changed).error().code(),
             ErrorCode::PermissionDenied);
}

void TestRegistryService::editWithoutUnmaskKeepsNumbersAndHiddenTags()
{
    RegistryService reg(*m_session->store);
    ResidentInput in;
    in.name = u"冯五"_s;
    in.idNumber = validId(u"110105"_s, QDate(1945, 2, 3), 41);
    in.phones = {u"13812345678"_s};
    in.tagCodes = {u"dibao"_s, u"volunteer"_s};
    auto r = reg.addResident(m_session->actor, in);
    QVERIFY(r);
    // A subdistrict clerk edits the registry but may not see the full numbers.
    Core::Actor clerk = as(Core::Role::SubdistrictClerk);
    auto form = reg.editableResident(clerk, r->id);
    QVERIFY(form);
    QVERIFY(form->keepDocument && form->keepPhones);
    QVERIFY(form->idNumber.contains(u"********"_s));
    ResidentInput changed = *form;
    changed.notes = u"腿脚不便"_s;
    auto fields = reg.updateResident(clerk, r->id, changed);
    QVERIFY2(fields, qPrintable(fields ? QString() : fields.error().message()));
    QCOMPARE(*fields, QStringList{u"notes"_s});
    auto full = reg.unmaskedResident(m_session->actor, r->id);
    QCOMPARE(full->idNumber, in.idNumber);
    QCOMPARE(full->phones, QStringList{u"138 1234 5678"_s});

    // Tags are edited like the rest; the clerk sees 低保 and may keep or remove it.
    ResidentInput retagged = changed;
    retagged.tagCodes = {u"volunteer"_s, u"party_member"_s};
    QVERIFY(reg.updateResident(clerk, r->id, retagged));
    QCOMPARE(reg.resident(m_session->actor, r->id)->tagCodes, (QStringList{u"party_member"_s, u"volunteer"_s}));
}

void TestRegistryService::mergeKeepsBothHistories()
{
    const QString hh = household();
    RegistryService reg(*m_session->store);
    ResidentInput a;
    a.householdId = hh;
    a.name = u"王丽"_s;
    a.birthDate = QDate(1960, 1, 2);
    a.relationToHead = u"户主"_s;
    a.tagCodes = {u"volunteer"_s};
    ResidentInput b = a;
    b.relationToHead = u"本人"_s;
    b.idNumber = validId(u"110105"_s, QDate(1960, 1, 2), 62);
    b.birthDate = {};
    b.phones = {u"13800001111"_s};
    b.tagCodes = {u"dibao"_s};
    auto first = reg.addResident(m_session->actor, a);
    auto second = reg.addResident(m_session->actor, b);
    QVERIFY(first && second);

    // Keep the first record, with the second's ID number and phone and both records' tags.
    auto values = reg.editableResident(m_session->actor, first->id);
    QVERIFY(values);
    values->idNumber = b.idNumber;
    values->birthDate = {};
    values->sex = Core::Sex::Unknown;
    values->phones = b.phones;
    values->tagCodes = {u"volunteer"_s, u"dibao"_s};
    QVERIFY(reg.mergeResidents(m_session->actor, first->id, second->id, *values).ok());

    auto kept = reg.unmaskedResident(m_session->actor, first->id);
    QCOMPARE(kept->idNumber, b.idNumber);
    QCOMPARE(kept->tagCodes, (QStringList{u"dibao"_s, u"volunteer"_s}));
    QCOMPARE(reg.resident(m_session->actor, second->id).error().code(), ErrorCode::NotFound);
    QCOMPARE(reg.counts()->residents, 1);
    QVERIFY(reg.suspectedDuplicates(m_session->actor)->isEmpty());
    // Both move-ins and the merge are in the kept resident's history.
    auto history = reg.history(m_session->actor, first->id);
    QStringList kinds;
    for (const auto &e : *history)
        kinds.append(e.kind);
    QCOMPARE(kinds, (QStringList{u"move_in"_s, u"move_in"_s, u"merge"_s}));
    QVERIFY(history->last().note.contains(u"王丽"_s));
    auto entries = Storage::AuditLog::query(m_session->store->connection(), 0, std::numeric_limits<qint64>::max());
    const auto merge = std::find_if(entries->cbegin(), entries->cend(),
                                    [](const auto &e) { return e.action == u"registry.resident.merge"_s; });
    QVERIFY(merge != entries->cend());
    QCOMPARE(merge->target, first->id);
    QVERIFY(Storage::AuditLog::verify(m_session->store->connection())->ok());
    // The merged record cannot be merged again.
    QCOMPARE(reg.mergeResidents(m_session->actor, first->id, second->id, *values).error().code(), ErrorCode::NotFound);
}

void TestRegistryService::distinctPairIsNoLongerSuspected()
{
    RegistryService reg(*m_session->store);
    ResidentInput in;
    in.name = u"李明"_s;
    in.birthDate = QDate(1970, 7, 7);
    auto x = reg.addResident(m_session->actor, in);
    auto y = reg.addResident(m_session->actor, in);
    QVERIFY(x && y);
    QCOMPARE(reg.suspectedDuplicates(m_session->actor)->size(), 1);
    QCOMPARE(reg.markDistinct(as(Core::Role::PropertyClerk), x->id, y->id).error().code(), ErrorCode::PermissionDenied);
    QVERIFY(reg.markDistinct(m_session->actor, y->id, x->id).ok());
    QVERIFY(reg.markDistinct(m_session->actor, x->id, y->id).ok()); // twice is harmless
    QVERIFY(reg.suspectedDuplicates(m_session->actor)->isEmpty());
}

void TestRegistryService::householdSplitAndMerge()
{
    const QString hh = household();
    RegistryService reg(*m_session->store);
    const auto add = [&](const QString &name, const QString &relation) {
        ResidentInput in;
        in.householdId = hh;
        in.name = name;
        in.relationToHead = relation;
        auto r = reg.addResident(m_session->actor, in);
        return r ? r->id : QString();
    };
    const QString father = add(u"陈父"_s, u"户主"_s);
    const QString son = add(u"陈子"_s, u"子"_s);
    const QString daughterInLaw = add(u"林媳"_s, u"儿媳"_s);
    QVERIFY(!father.isEmpty() && !son.isEmpty() && !daughterInLaw.isEmpty());
    const QDate day(2026, 11, 2);

    // Refusals: nobody left behind, a head from outside, a future date, a clerk.
    QCOMPARE(reg.splitHousehold(m_session->actor, hh, {father, son, daughterInLaw}, son, day).error().code(),
             ErrorCode::InvalidInput);
    QCOMPARE(reg.splitHousehold(m_session->actor, hh, {son}, father, day).error().code(), ErrorCode::InvalidInput);
    QCOMPARE(reg.splitHousehold(m_session->actor, hh, {son}, son, QDate(2027, 1, 1)).error().code(),
             ErrorCode::InvalidInput);
    QCOMPARE(reg.splitHousehold(as(Core::Role::PropertyClerk), hh, {son}, son, day).error().code(),
             ErrorCode::PermissionDenied);

    auto newHh = reg.splitHousehold(m_session->actor, hh, {son, daughterInLaw}, son, day, u"儿子成家"_s);
    QVERIFY2(newHh, qPrintable(newHh ? QString() : newHh.error().message()));
    auto oldCard = reg.household(m_session->actor, hh);
    auto newCard = reg.household(m_session->actor, *newHh);
    QVERIFY(oldCard && newCard);
    QCOMPARE(oldCard->members.size(), 1);
    QCOMPARE(newCard->headId, son);
    QCOMPARE(newCard->members.size(), 2);
    QCOMPARE(newCard->members.first().id, son); // the head leads
    QCOMPARE(newCard->members.first().relationToHead, u"户主"_s);
    QCOMPARE(newCard->roomId, oldCard->roomId);
    QCOMPARE(newCard->areaCm2, 8735);
    QCOMPARE(reg.counts()->households, 2);
    auto oldHistory = reg.history(m_session->actor, {}, hh);
    QCOMPARE(oldHistory->last().kind, u"split"_s);
    QCOMPARE(oldHistory->last().date, day);
    QVERIFY(oldHistory->last().note.contains(u"林媳"_s));
    QVERIFY(oldHistory->last().note.contains(u"儿子成家"_s));
    QCOMPARE(reg.history(m_session->actor, {}, *newHh)->last().kind, u"split"_s);

    // And back together: the son's household joins the father's again.
    QVERIFY(reg.mergeHouseholds(m_session->actor, hh, *newHh, day, u"搬回同住"_s).ok());
    oldCard = reg.household(m_session->actor, hh);
    QCOMPARE(oldCard->members.size(), 3);
    QCOMPARE(oldCard->headId, father);
    QCOMPARE(reg.resident(m_session->actor, son)->relationToHead, QString()); // no second 户主
    QVERIFY(!reg.household(m_session->actor, *newHh)->active);
    QCOMPARE(reg.counts()->households, 1);
    QCOMPARE(reg.mergeHouseholds(m_session->actor, hh, *newHh, day).error().code(), ErrorCode::NotFound); // closed
    QCOMPARE(reg.history(m_session->actor, {}, hh)->last().kind, u"household_merge"_s);
    QVERIFY(Storage::AuditLog::verify(m_session->store->connection())->ok());
}

void TestRegistryService::administratorsAddTags()
{
    RegistryService reg(*m_session->store);
    QCOMPARE(reg.addTag(as(Core::Role::SubdistrictClerk), u"失独家庭"_s, true).error().code(),
             ErrorCode::PermissionDenied);
    QCOMPARE(reg.addTag(m_session->actor, u"  "_s, false).error().code(), ErrorCode::InvalidInput);
    QCOMPARE(reg.addTag(m_session->actor, u"坏代码"_s, false, u"Bad Code!"_s).error().code(), ErrorCode::InvalidInput);
    auto tag = reg.addTag(m_session->actor, u"失独家庭"_s, true, u"shidu"_s);
    QVERIFY2(tag, qPrintable(tag ? QString() : tag.error().message()));
    QCOMPARE(tag->code, u"shidu"_s);
    QCOMPARE(reg.addTag(m_session->actor, u"失独家庭"_s, true).error().code(), ErrorCode::AlreadyExists);
    QCOMPARE(reg.addTag(m_session->actor, u"别名"_s, false, u"party_member"_s).error().code(),
             ErrorCode::AlreadyExists);
    auto plain = reg.addTag(m_session->actor, u"楼长"_s, false);
    QVERIFY(plain && plain->code.startsWith(u"custom_"_s));
    // Usable at once, shown by name, sensitive ones hidden from a property clerk.
    ResidentInput in;
    in.name = u"何十一"_s;
    in.tagCodes = {u"shidu"_s, plain->code};
    auto r = reg.addResident(m_session->actor, in);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message()));
    QCOMPARE(r->tagCodes.size(), 2);
    QCOMPARE(reg.resident(as(Core::Role::PropertyClerk), r->id)->tagCodes, QStringList{plain->code});
    QCOMPARE(Registry::tagDisplayNames().value(u"shidu"_s), u"失独家庭"_s);
    QCOMPARE(reg.tags(m_session->actor)->size(), 13);
}

void TestRegistryService::disabilityTypeAndGrade()
{
    RegistryService reg(*m_session->store);
    ResidentInput in;
    in.name = u"马十二"_s;
    in.tagCodes = {u"disabled"_s};
    in.tagDetails = {{u"disabled"_s, u" 肢体　二级 "_s}};
    auto r = reg.addResident(m_session->actor, in);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message()));
    QCOMPARE(r->tagDetails.value(u"disabled"_s), u"肢体 二级"_s);
    // Hidden with the tag from a role that may not see it.
    QVERIFY(reg.resident(as(Core::Role::PropertyClerk), r->id)->tagDetails.isEmpty());
    // A correction of the grade alone is a change of the tags.
    auto form = reg.editableResident(m_session->actor, r->id);
    form->tagDetails[u"disabled"_s] = u"肢体三级"_s;
    auto changed = reg.updateResident(m_session->actor, r->id, *form);
    QVERIFY(changed);
    QCOMPARE(*changed, QStringList{u"tags"_s});
    QCOMPARE(reg.resident(m_session->actor, r->id)->tagDetails.value(u"disabled"_s), u"肢体三级"_s);
    in.tagDetails = {{u"disabled"_s, QString(31, u'级')}};
    in.name = u"马十三"_s;
    QCOMPARE(reg.addResident(m_session->actor, in).error().detail(), u"tag.detail"_s);
}

void TestRegistryService::memberMovesToAnotherHousehold()
{
    const QString bride = household();
    RegistryService reg(*m_session->store);
    const Core::Actor admin = m_session->actor;
    auto room = m_session->store->connection().scalar(u"SELECT room_id FROM reg_households WHERE id = ?"_s, {bride});
    auto groom = reg.addHousehold(admin, room->toString());
    QVERIFY(groom);
    const auto add = [&](const QString &hh, const QString &name, const QString &relation) {
        ResidentInput in;
        in.householdId = hh;
        in.name = name;
        in.relationToHead = relation;
        auto r = reg.addResident(admin, in);
        return r ? r->id : QString();
    };
    add(bride, u"林母"_s, u"户主"_s);
    const QString daughter = add(bride, u"林女"_s, u"女"_s);
    const QString husband = add(*groom, u"黄男"_s, u"户主"_s);
    QVERIFY(!daughter.isEmpty() && !husband.isEmpty());
    const QDate day(2026, 10, 1);
    QCOMPARE(reg.moveToHousehold(as(Core::Role::PropertyClerk), daughter, *groom, u"配偶"_s, day).error().code(),
             ErrorCode::PermissionDenied);
    QCOMPARE(reg.moveToHousehold(admin, daughter, bride, u"女"_s, day).error().code(), ErrorCode::InvalidInput);
    QVERIFY(reg.moveToHousehold(admin, daughter, *groom, u"配偶"_s, day, u"结婚"_s).ok());
    auto moved = reg.resident(admin, daughter);
    QCOMPARE(moved->householdId, *groom);
    QCOMPARE(moved->relationToHead, u"配偶"_s);
    QCOMPARE(moved->status, Registry::ResidentStatus::Living);
    QCOMPARE(reg.household(admin, bride)->members.size(), 1);
    QCOMPARE(reg.household(admin, *groom)->members.size(), 2);
    QCOMPARE(reg.history(admin, {}, bride)->last().kind, u"move_out"_s);
    QCOMPARE(reg.history(admin, {}, *groom)->last().kind, u"move_in"_s);
    QCOMPARE(reg.history(admin, {}, *groom)->last().date, day);
    QCOMPARE(reg.counts()->residents, 3); // nobody left the registry
}

QTEST_GUILESS_MAIN(TestRegistryService)
#include "tst_registryservice.moc"
