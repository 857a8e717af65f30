// Smoke test of the desktop shell, offscreen: sign in, visit every page, lock and unlock,
// and save a screenshot of each page under the build tree (screenshots/).
#include "guitestutil.h"

#include <composition.h>
#include <homepage.h>
#include <i18n.h>
#include <idlewatcher.h>
#include <lockscreen.h>
#include <logindialog.h>
#include <mainwindow.h>
#include <recoverykeydialog.h>
#include <restoredialog.h>
#include <services.h>

#include <core/clock.h>
#include <core/idnumber.h>
#include <filetestutil.h>
#include <registry/demodata.h>
#include <registry/registryservice.h>
#include <registry/ui/duplicatesdialog.h>
#include <registry/ui/householddialog.h>
#include <registry/ui/importdialog.h>
#include <registry/ui/residentdetail.h>
#include <registry/ui/residentform.h>
#include <registry/ui/residentspage.h>
#include <staff/maintenanceservice.h>
#include <staff/setup.h>
#include <staff/userservice.h>
#include <storage/auditlog.h>
#include <uikit/fonts.h>
#include <uikit/page.h>
#include <uikit/statcard.h>

#include <QtCore/QDir>
#include <QtCore/QStandardPaths>
#include <QtCore/QStringEncoder>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtGui/QUndoStack>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTableView>

using namespace Qt::StringLiterals;
using namespace Linli;
using GuiTest::whenModal;

class TestShell : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void wrongPasswordShowsMessage();
    void signInVisitEveryPageLockUnlock();
    void statusBarShowsTheSyncEnrolment();
    void idleLockCoversTheWindow();
    void auditorSeesNoAdminButtons();
    void recoveryKeyMustBeConfirmed();
    void restoreFromBackupSignsIn();
    void residentsPageSearchesAndUnmasks();
    void importDialogChecksThenImports();
    void residentFormChecksWhileTyping();
    void correctionCanBeUndoneAndRedone();
    void householdSplitAndMergeOnScreen();
    void duplicatesMergedSideBySide();
    void savedFilterComesBack();

private:
    QString screenshotDir() const;
    std::optional<Staff::Session> signIn(const QString &user, const QString &password);

    QTemporaryDir m_dir;
    QString m_db;
    const QString m_password = u"Correct-Horse-42"_s;
};

void TestShell::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    I18n::install(*qApp, u"zh_CN"_s);
    Ui::applyAppearance(*qobject_cast<QApplication *>(qApp));
    m_db = m_dir.filePath(u"shell.linli"_s);
    QString key;
    auto session = Staff::createDatabase(m_db, u"admin"_s, m_password, u"幸福里社区居民委员会"_s, App::allMigrations(),
                                         Core::Clock::system(), &key);
    QVERIFY2(session, qPrintable(session ? QString() : session.error().message()));
    auto auditor = Staff::UserService(*session->store)
                       .add(session->actor, u"audit1"_s, u"周审计"_s, Core::Role::Auditor, u"Auditor-pass-1"_s);
    QVERIFY(auditor);
    Registry::DemoOptions demo;
    demo.residents = 400;
    QVERIFY(Registry::generateDemoData(*session->store, session->actor, demo));
}

QString TestShell::screenshotDir() const
{
    const QString dir = qEnvironmentVariable("LINLI_BINARY_DIR", QDir::currentPath()) + u"/screenshots"_s;
    QDir().mkpath(dir);
    return dir;
}

std::optional<Staff::Session> TestShell::signIn(const QString &user, const QString &password)
{
    App::LoginDialog login(m_db);
    if (!login.signIn(user, password))
        return std::nullopt;
    return login.takeSession();
}

void TestShell::wrongPasswordShowsMessage()
{
    App::LoginDialog login(m_db);
    login.show();
    QVERIFY(QTest::qWaitForWindowExposed(&login));
    QVERIFY(!login.signIn(u"admin"_s, u"wrong-password"_s));
    auto *problem = login.findChild<QLabel *>(u"problem"_s);
    QVERIFY(problem);
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), u"用户名或密码错误。"_s);
    QVERIFY(login.grab().save(screenshotDir() + u"/login-failed.png"_s));
}

void TestShell::statusBarShowsTheSyncEnrolment()
{
    // What linli-cli enrol leaves in the database: the status bar names the server, the tooltip
    // the device and its receipt series, and says that changes are kept until they can be sent.
    auto session = signIn(u"admin"_s, m_password);
    QVERIFY(session);
    QVERIFY(session->store->connection().execute(
        u"INSERT OR REPLACE INTO sync_enrolment (id, server, device_id, token, series, office, enrolled_at, "
        u"enrolled_by)"
        u" VALUES (1, 'https://sync.example.cn:8443', 'd-1', 't', 'A', '幸福里物业', 0, 'admin')"_s));
    App::MainWindow window(std::move(*session));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QLabel *sync = nullptr;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
        if (label->text().contains(u"sync.example.cn"_s))
            sync = label;
    }
    QVERIFY(sync);
    QVERIFY(sync->toolTip().contains(u"d-1"_s));
    QVERIFY(window.grab().save(screenshotDir() + u"/statusbar-enrolled.png"_s));
    QVERIFY(window.session().store->connection().execute(u"DELETE FROM sync_enrolment"_s));
}

void TestShell::signInVisitEveryPageLockUnlock()
{
    auto session = signIn(u"admin"_s, m_password);
    QVERIFY(session);
    App::MainWindow window(std::move(*session));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QList<Ui::Page *> pages = window.pages();
    QStringList ids;
    for (Ui::Page *p : pages)
        ids.append(p->pageId());
    QCOMPARE(ids, (QStringList{u"home"_s, u"registry.residents"_s, u"fees"_s, u"staff.users"_s, u"staff.audit"_s,
                               u"staff.settings"_s}));
    for (Ui::Page *page : pages) {
        QVERIFY(window.showPage(page->pageId()));
        QCOMPARE(window.currentPageId(), page->pageId());
        QVERIFY(page->isVisible());
        QTest::qWait(20);
        QVERIFY(window.grab().save(screenshotDir() + u"/page-"_s + page->pageId() + u".png"_s));
    }
    // The home page shows real counts: one admin and one auditor.
    window.showPage(u"home"_s);
    auto *home = qobject_cast<App::HomePage *>(pages.first());
    QVERIFY(home);
    QVERIFY(home->waitForCounts()); // counted in the background
    QStringList values;
    for (const Ui::StatCard *card : home->findChildren<Ui::StatCard *>())
        values.append(card->value());
    QVERIFY2(values.contains(u"2"_s), qPrintable(values.join(u", "_s))); // one admin, one auditor
    QVERIFY(window.grab().save(screenshotDir() + u"/page-home.png"_s));

    window.lock();
    QVERIFY(window.isLocked());
    QVERIFY(window.grab().save(screenshotDir() + u"/locked.png"_s));
    QVERIFY(!window.unlock(u"not-the-password"_s));
    QVERIFY(window.isLocked());
    QVERIFY(window.unlock(m_password));
    QVERIFY(!window.isLocked());

    auto entries =
        Storage::AuditLog::query(window.session().store->connection(), 0, std::numeric_limits<qint64>::max());
    QVERIFY(entries);
    QStringList actions;
    for (const auto &e : std::as_const(*entries))
        actions.append(e.action);
    QVERIFY(actions.contains(u"unlock"_s));
    QVERIFY(actions.contains(u"login.failed"_s)); // the failed attempts before, and the failed unlock
}

void TestShell::idleLockCoversTheWindow()
{
    auto session = signIn(u"admin"_s, m_password);
    QVERIFY(session);
    App::MainWindow window(std::move(*session));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.idleWatcher()->minutes() > 0);
    window.idleWatcher()->triggerNow();
    QVERIFY(window.isLocked());
    auto *lockScreen = window.findChild<App::LockScreen *>();
    QVERIFY(lockScreen && lockScreen->isVisible());
    QVERIFY(window.unlock(m_password));
}

void TestShell::auditorSeesNoAdminButtons()
{
    auto session = signIn(u"audit1"_s, u"Auditor-pass-1"_s);
    QVERIFY(session);
    App::MainWindow window(std::move(*session));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showPage(u"staff.users"_s));
    auto *add = window.findChild<QWidget *>(u"addUser"_s);
    QVERIFY(add);
    QVERIFY(!add->isVisible());
    QVERIFY(window.showPage(u"staff.audit"_s));
    QVERIFY(window.grab().save(screenshotDir() + u"/auditor-audit.png"_s));
}

void TestShell::recoveryKeyMustBeConfirmed()
{
    Reports::RecoveryKeySheet sheet;
    sheet.organisation = u"幸福里社区居民委员会"_s;
    sheet.databasePath = m_db;
    sheet.databaseId = u"0192f0c4-8a3e-7b12-9c4d-5e6f7a8b9c0d"_s;
    sheet.createdAt = QDateTime::currentDateTime();
    sheet.recoveryKey = u"XGGE-K7NN-1D9Q-J8N4-52JJ-HYB1-72YK-PYRE-87C9-R4S4-N37B-BKMX-W6GC-ASX0"_s;
    App::RecoveryKeyDialog dialog(sheet);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *cont = dialog.findChild<QPushButton *>(u"continue"_s);
    auto *kept = dialog.findChild<QCheckBox *>(u"kept"_s);
    QVERIFY(cont && kept);
    QVERIFY(!cont->isEnabled());
    dialog.reject(); // Escape does not skip the confirmation
    QVERIFY(dialog.isVisible());
    auto *key = dialog.findChild<QLabel *>(u"recoveryKey"_s);
    QVERIFY(key->text().contains(u"XGGE-K7NN-1D9Q-J8N4-52JJ-HYB1-72YK"_s));
    QVERIFY(dialog.grab().save(screenshotDir() + u"/recovery-key.png"_s));
    kept->setChecked(true);
    QVERIFY(cont->isEnabled());
    cont->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestShell::restoreFromBackupSignsIn()
{
    const QString backup = m_dir.filePath(u"shell.linlibak"_s);
    {
        auto session = signIn(u"admin"_s, m_password);
        QVERIFY(session);
        QVERIFY(Staff::MaintenanceService(*session->store).backup(session->actor, backup).ok());
    }
    const auto fill = [&](App::RestoreDialog &dialog, const QString &target, const QString &password) {
        dialog.findChild<QLineEdit *>(u"backup"_s)->setText(backup);
        dialog.findChild<QLineEdit *>(u"target"_s)->setText(target);
        dialog.findChild<QLineEdit *>(u"user"_s)->setText(u"admin"_s);
        dialog.findChild<QLineEdit *>(u"password"_s)->setText(password);
    };
    // Onto the live database: refused with a message, the file untouched.
    const QByteArray before = TestSupport::fileSha256(m_db);
    {
        App::RestoreDialog dialog;
        dialog.show();
        fill(dialog, m_db, m_password);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QLabel *>(u"problem"_s)->isVisible());
        QCOMPARE(TestSupport::fileSha256(m_db), before);
        QVERIFY(dialog.grab().save(screenshotDir() + u"/restore-refused.png"_s));
    }
    // To a new file: restored, signed in, and the restore is in the restored audit log.
    const QString target = m_dir.filePath(u"restored.linli"_s);
    App::RestoreDialog dialog;
    fill(dialog, target, m_password);
    dialog.accept();
    auto session = dialog.takeSession();
    QVERIFY(session);
    QCOMPARE(session->store->path(), target);
    auto entries = Storage::AuditLog::query(session->store->connection(), 0, std::numeric_limits<qint64>::max());
    QVERIFY(entries);
    QCOMPARE(entries->last().action, u"restore"_s);
    QCOMPARE(entries->last().target, u"shell.linlibak"_s);
}

void TestShell::residentsPageSearchesAndUnmasks()
{
    auto session = signIn(u"admin"_s, m_password);
    QVERIFY(session);
    App::MainWindow window(std::move(*session));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showPage(u"registry.residents"_s));
    auto *page = window.findChild<Registry::ResidentsPage *>();
    QVERIFY(page);
    QVERIFY(page->waitForLoad());        // loads on its own connection in a worker thread
    QCOMPARE(page->visibleCount(), 400); // everyone living, in pinyin order
    QVERIFY(window.grab().save(screenshotDir() + u"/page-registry.residents.png"_s));
    // The first row's surname, typed as pinyin initials of the whole name, finds people.
    page->search(u"wang"_s);
    QVERIFY(page->visibleCount() > 0);
    QVERIFY(page->visibleCount() < 400);
    page->search(u"1-1-101"_s);
    QVERIFY(page->visibleCount() > 0);
    QVERIFY(window.grab().save(screenshotDir() + u"/residents-search.png"_s));
    // Masked until unmasked; the unmask is audited.
    const QString idText = page->view()->model()->index(0, 3).data().toString();
    QVERIFY2(idText.contains(u"********"_s), qPrintable(idText));
    const qint64 before = Storage::AuditLog::count(window.session().store->connection()).value();
    QVERIFY(page->detail()->unmask());
    QCOMPARE(Storage::AuditLog::count(window.session().store->connection()).value(), before + 1);
    QVERIFY(window.grab().save(screenshotDir() + u"/residents-unmasked.png"_s));
    // A move-out: recorded, shown in the history, and the person leaves the list of people living here.
    const qsizetype living = page->visibleCount();
    QVERIFY(page->detail()->recordEvent(u"move_out"_s, QDate::currentDate(), u"搬到女儿家"_s));
    QCOMPARE(page->visibleCount(), living - 1);

    // An auditor has no unmask button at all.
    auto auditor = signIn(u"audit1"_s, u"Auditor-pass-1"_s);
    QVERIFY(auditor);
    App::Services services(std::move(*auditor));
    Registry::ResidentDetail detail(App::registryUiServices(services));
    QVERIFY(!detail.findChild<QPushButton *>(u"unmask"_s)->isVisibleTo(&detail));
}

void TestShell::importDialogChecksThenImports()
{
    const auto id = [](const QString &first17) { return first17 + Core::IdNumber::mainlandCheckCharacter(first17); };
    const QStringList lines = {u"和平里居民花名册"_s,
                               QString(),
                               u"姓名,身份证号码,手机号,楼栋,单元,门牌号,与户主关系"_s,
                               u"钱一,"_s + id(u"11010519600101001"_s) + u",13800000001,9,1,101,户主"_s,
                               u"钱二,1.10105E+17,13800000002,9,1,101,配偶"_s,
                               u"钱三,"_s + id(u"11010519620101002"_s) + u",13800000003,9,1,102,户主"_s};
    const QString csv = m_dir.filePath(u"import.csv"_s);
    QVERIFY(TestSupport::writeAll(csv, QStringEncoder("GB18030").encode(lines.join(u"\r\n"_s))));
    auto session = signIn(u"admin"_s, m_password);
    QVERIFY(session);
    App::Services services(std::move(*session));
    Registry::ImportDialog dialog(App::registryUiServices(services));
    dialog.show();
    QVERIFY(dialog.loadFile(csv));
    auto checked = dialog.check();
    QVERIFY(checked);
    QCOMPARE(checked->errors.size(), 1);
    QCOMPARE(checked->errors.first().row, 5);
    QVERIFY(dialog.grab().save(screenshotDir() + u"/import-errors.png"_s));
    auto refused = dialog.importRows(); // all or nothing
    QVERIFY(refused && !refused->written);
    dialog.setSkipInvalid(true);
    auto done = dialog.importRows();
    QVERIFY(done && done->written);
    QCOMPARE(done->imported, 2);
    QCOMPARE(dialog.imported(), 2);
}

void TestShell::residentFormChecksWhileTyping()
{
    auto session = signIn(u"admin"_s, m_password);
    QVERIFY(session);
    App::Services services(std::move(*session));
    Registry::ResidentForm form(App::registryUiServices(services));
    form.show();
    form.setField(u"compound"_s, u"录入测试苑"_s);
    form.setField(u"building"_s, u"7"_s);
    form.setField(u"unit"_s, u"1"_s);
    form.setField(u"room"_s, u"302"_s);
    form.setField(u"name"_s, u"冯七"_s);
    const QString first17 = u"11010519700707007"_s;
    QString id = first17 + Core::IdNumber::mainlandCheckCharacter(first17);
    QString typo = id;
    typo[17] = typo[17] == u'1' ? u'2' : u'1';
    form.setField(u"id_number"_s, typo);
    QVERIFY(!form.problem().isEmpty()); // said while typing, before saving
    QVERIFY(!form.save());
    QVERIFY(form.grab().save(screenshotDir() + u"/resident-form-error.png"_s));
    form.setField(u"id_number"_s, id);
    QVERIFY(form.problem().isEmpty());
    form.setField(u"relation"_s, u"户主"_s);
    QVERIFY(form.save());
    // The next person in the same room: the address stays.
    form.setField(u"name"_s, u"冯八"_s);
    form.setField(u"relation"_s, u"配偶"_s);
    QVERIFY(form.save());
    QCOMPARE(form.saved(), 2);
    auto rooms = services.session().store->connection().scalar(
        u"SELECT count(DISTINCT r.household_id) FROM reg_residents r WHERE r.name IN ('冯七', '冯八')"_s);
    QCOMPARE(rooms->toInt(), 1);
}

void TestShell::correctionCanBeUndoneAndRedone()
{
    auto session = signIn(u"admin"_s, m_password);
    QVERIFY(session);
    App::MainWindow window(std::move(*session));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showPage(u"registry.residents"_s));
    auto *page = window.findChild<Registry::ResidentsPage *>();
    QVERIFY(page && page->waitForLoad());
    page->search(u"1-1-101"_s);
    QVERIFY(page->visibleCount() > 0);
    const QString id = page->detail()->residentId();
    QVERIFY(!id.isEmpty());
    Registry::RegistryService registry(*window.session().store);
    const QString oldName = registry.resident(window.session().actor, id)->name;

    // F2 on the list opens the correction form; type a new name and press Enter.
    bool formSeen = false;
    whenModal(page, [&](QWidget *modal) {
        auto *form = qobject_cast<Registry::ResidentForm *>(modal);
        if (!form)
            return;
        formSeen = form->isEditing();
        form->setField(u"name"_s, u"改名测试"_s);
        form->grab().save(screenshotDir() + u"/resident-correction.png"_s);
        form->save();
    });
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_F2);
    QVERIFY(formSeen);
    QCOMPARE(registry.resident(window.session().actor, id)->name, u"改名测试"_s);
    QCOMPARE(page->undoStack()->count(), 1);
    page->search(u"改名测试"_s);
    QCOMPARE(page->visibleCount(), 1);
    QVERIFY(window.grab().save(screenshotDir() + u"/residents-after-correction.png"_s));

    // Ctrl+Z puts the old name back, Ctrl+Shift+Z the new one again; each is an audited edit.
    const qint64 audit = Storage::AuditLog::count(window.session().store->connection()).value();
    page->undoStack()->undo();
    QCOMPARE(registry.resident(window.session().actor, id)->name, oldName);
    page->undoStack()->redo();
    QCOMPARE(registry.resident(window.session().actor, id)->name, u"改名测试"_s);
    QCOMPARE(Storage::AuditLog::count(window.session().store->connection()).value(), audit + 2);
    page->undoStack()->undo();
    auto history = registry.history(window.session().actor, id);
    QCOMPARE(history->last().kind, u"edit"_s);
}

void TestShell::householdSplitAndMergeOnScreen()
{
    auto session = signIn(u"admin"_s, m_password);
    QVERIFY(session);
    // A household with at least three living members from the demo data.
    auto household = session->store->connection().scalar(
        u"SELECT household_id FROM reg_residents WHERE status = 'living' AND deleted = 0"
        u" GROUP BY household_id HAVING count(*) >= 3 LIMIT 1"_s);
    QVERIFY(household && !household->toString().isEmpty());
    App::Services services(std::move(*session));
    Registry::HouseholdDialog dialog(App::registryUiServices(services), household->toString());
    dialog.show();
    const int members = dialog.memberCount();
    QVERIFY(members >= 3);
    QVERIFY(dialog.historyCount() >= 3);
    QVERIFY(dialog.grab().save(screenshotDir() + u"/household.png"_s));
    auto card =
        Registry::RegistryService(*services.session().store).household(services.session().actor, household->toString());
    QVERIFY(card);
    QString leaver;
    for (const auto &m : card->members) {
        if (m.id != card->headId && m.status == Registry::ResidentStatus::Living)
            leaver = m.id;
    }
    QVERIFY(dialog.split({leaver}, leaver, QDate::currentDate(), u"另立户"_s));
    QCOMPARE(dialog.memberCount(), members - 1);
    QCOMPARE(dialog.changedResidents(), QStringList{leaver});
    const QString newHousehold =
        Registry::RegistryService(*services.session().store).resident(services.session().actor, leaver)->householdId;
    QVERIFY(newHousehold != household->toString());
    QVERIFY(dialog.mergeWith(newHousehold, QDate::currentDate(), u"又合户"_s));
    QCOMPARE(dialog.memberCount(), members);
    // 人在户不在, rented: kept on the household and in its history.
    QVERIFY(dialog.setTenureAndResidence(int(Registry::Tenure::Tenant), int(Registry::Residence::LivingOnly)));
    // One member marries into another household of the compound.
    auto others = Registry::RegistryService(*services.session().store)
                      .otherHouseholds(services.session().actor, household->toString());
    QVERIFY(others && !others->isEmpty());
    QVERIFY(dialog.moveMember(leaver, others->first().id, u"配偶"_s, QDate::currentDate(), u"结婚"_s));
    QCOMPARE(dialog.memberCount(), members - 1);
    auto changed =
        Registry::RegistryService(*services.session().store).household(services.session().actor, household->toString());
    QCOMPARE(changed->tenure, Registry::Tenure::Tenant);
    QCOMPARE(changed->residence, Registry::Residence::LivingOnly);
    const auto events = Registry::RegistryService(*services.session().store)
                            .history(services.session().actor, {}, household->toString());
    QCOMPARE(events->at(events->size() - 2).kind, u"household_edit"_s);
    QCOMPARE(events->last().kind, u"move_out"_s);
    QVERIFY(dialog.grab().save(screenshotDir() + u"/household-after-merge.png"_s));
}

void TestShell::duplicatesMergedSideBySide()
{
    auto session = signIn(u"admin"_s, m_password);
    QVERIFY(session);
    Registry::RegistryService registry(*session->store);
    Registry::ResidentInput a;
    a.name = u"重复甲"_s;
    a.birthDate = QDate(1950, 5, 6);
    a.phones = {u"13911112222"_s};
    a.tagCodes = {u"volunteer"_s};
    Registry::ResidentInput b = a;
    b.phones = {};
    const QString first17 = u"11010519500506004"_s;
    b.idNumber = first17 + Core::IdNumber::mainlandCheckCharacter(first17);
    b.birthDate = {};
    b.notes = u"行动不便"_s;
    b.tagCodes = {u"elderly_alone"_s};
    auto ra = registry.addResident(session->actor, a);
    auto rb = registry.addResident(session->actor, b);
    QVERIFY(ra && rb);

    App::Services services(std::move(*session));
    Registry::DuplicatesDialog dialog(App::registryUiServices(services));
    dialog.show();
    QVERIFY(dialog.pairCount() >= 1);
    int index = -1;
    auto pairs = registry.suspectedDuplicates(services.session().actor);
    for (int i = 0; i < pairs->size(); ++i) {
        if ((pairs->at(i).firstId == ra->id || pairs->at(i).secondId == ra->id))
            index = i;
    }
    QVERIFY(index >= 0);
    dialog.selectPair(index);
    QVERIFY(dialog.grab().save(screenshotDir() + u"/duplicates.png"_s));
    const int before = dialog.pairCount();
    QVERIFY(dialog.merge()); // the defaults take a value over an empty one: B's ID number, A's phone
    QCOMPARE(dialog.pairCount(), before - 1);
    const QString kept = pairs->at(index).firstId;
    auto merged = registry.unmaskedResident(services.session().actor, kept);
    QVERIFY(merged);
    QCOMPARE(merged->idNumber, b.idNumber);
    QCOMPARE(merged->phones.size(), 1);
    QCOMPARE(merged->notes, u"行动不便"_s);
    QCOMPARE(merged->tagCodes, (QStringList{u"elderly_alone"_s, u"volunteer"_s}));
}

void TestShell::savedFilterComesBack()
{
    auto session = signIn(u"admin"_s, m_password);
    QVERIFY(session);
    App::MainWindow window(std::move(*session));
    window.show();
    QVERIFY(window.showPage(u"registry.residents"_s));
    auto *page = window.findChild<Registry::ResidentsPage *>();
    QVERIFY(page && page->waitForLoad());
    page->search(u"wang"_s);
    const qsizetype wangs = page->visibleCount();
    QVERIFY(wangs > 0 && wangs < 400);
    QVERIFY(page->saveCurrentFilter(u"王姓居民"_s));
    QCOMPARE(Registry::RegistryService(*window.session().store)
                 .saveFilter(window.session().actor, u"  "_s, u"{}"_s)
                 .error()
                 .code(),
             ErrorCode::InvalidInput); // a name is needed
    page->search(QString());
    QVERIFY(page->visibleCount() > wangs);
    QVERIFY(page->applySavedFilter(u"王姓居民"_s));
    QCOMPARE(page->visibleCount(), wangs);
    QVERIFY(window.grab().save(screenshotDir() + u"/residents-saved-filter.png"_s));
    // An administrator adds a tag from the list page; the tag filter offers it at once.
    bool tagsShown = false;
    whenModal(page, [&](QWidget *dialog) {
        const auto edits = dialog->findChildren<QLineEdit *>();
        if (edits.size() >= 2) {
            edits.at(0)->setText(u"楼栋长"_s);
            edits.at(1)->setText(u"building_lead"_s);
        }
        for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
            if (b->text() == u"添加标签"_s)
                b->click();
        }
        tagsShown = true;
        dialog->grab().save(screenshotDir() + u"/tags.png"_s);
        dialog->close();
    });
    page->manageTags();
    QVERIFY(tagsShown);
    auto *tagFilter = page->findChildren<QComboBox *>().at(1);
    QVERIFY(tagFilter->findData(u"building_lead"_s) >= 0);
    // Saved per staff member: the auditor does not see the admin's filters.
    auto auditor = signIn(u"audit1"_s, u"Auditor-pass-1"_s);
    QVERIFY(auditor);
    QVERIFY(Registry::RegistryService(*auditor->store).savedFilters(auditor->actor)->isEmpty());
}

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
