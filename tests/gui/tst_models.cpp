// The item models behind the staff pages, checked by QAbstractItemModelTester.
#include <staff/ui/auditlogmodel.h>
#include <staff/ui/staffusermodel.h>

#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace Linli;

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void staffUserModel()
    {
        Staff::StaffUserModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Staff::StaffUser a;
        a.username = u"admin"_s;
        a.displayName = u"王芳"_s;
        a.role = Core::Role::Admin;
        Staff::StaffUser b = a;
        b.username = u"li"_s;
        b.active = false;
        model.setUsers({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(Staff::StaffUserModel::ColumnCount));
        QCOMPARE(model.data(model.index(0, Staff::StaffUserModel::NameColumn), Qt::DisplayRole).toString(), u"王芳"_s);
        QVERIFY(model.data(model.index(1, 0), Qt::ForegroundRole).isValid());
        QCOMPARE(model.userAt(1)->username, u"li"_s);
        QVERIFY(!model.userAt(2));
        model.setUsers({});
        QCOMPARE(model.rowCount(), 0);
    }

    void auditLogModelShowsNewestFirst()
    {
        Staff::AuditLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Storage::AuditEntry> entries;
        for (int i = 1; i <= 3; ++i) {
            Storage::AuditEntry e;
            e.seq = i;
            e.atMs = 1'790'000'000'000 + i;
            e.action = i == 2 ? u"login.failed"_s : u"login"_s;
            entries.append(e);
        }
        model.setEntries(entries);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0, Staff::AuditLogModel::SeqColumn), Qt::DisplayRole).toLongLong(), 3);
        QVERIFY(model.data(model.index(1, 0), Qt::BackgroundRole).isValid()); // failed sign-in stands out
        model.setBrokenSeq(1);
        QVERIFY(model.data(model.index(2, 0), Qt::BackgroundRole).isValid());
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
