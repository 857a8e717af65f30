// Helper for tst_crash: opens a store and writes one row per transaction (row + outbox entry +
// audit entry) for ever, printing each row id only after its commit returned. The test kills
// it with SIGKILL at an arbitrary moment.
//
// Usage: crash_writer <database> <user> <password> [hold <ms>]
// With "hold", it instead takes the write lock as "admin · linli-cli import", prints "holding",
// keeps the lock for <ms> milliseconds, commits and exits (tst_busy).
#include "storagetestutil.h"

#include <core/clock.h>
#include <storage/auditlog.h>
#include <storage/outbox.h>
#include <storage/store.h>
#include <storage/transaction.h>

#include <QtCore/QCoreApplication>
#include <QtCore/QThread>

#include <cstdio>

using namespace Linli;
using namespace Linli::Storage;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool hold = args.size() == 6 && args.at(4) == u"hold";
    if (args.size() != 4 && !hold) {
        std::fputs("usage: crash_writer <database> <user> <password> [hold <ms>]\n", stderr);
        return 2;
    }
    auto store = Store::open(args.at(1), Credentials::password(args.at(2), args.at(3)), TestUtil::testMigrations(),
                             Core::Clock::system());
    if (!store) {
        std::fprintf(stderr, "open failed: %s\n", TestUtil::describe(store.error()).constData());
        return 1;
    }
    if (hold) {
        (*store)->connection().setWriterNote(QStringLiteral("admin · linli-cli import"));
        Transaction tx((*store)->connection());
        if (!tx.isActive())
            return 1;
        if (!AuditLog::append(**store, QStringLiteral("crash_writer"), QStringLiteral("test.hold")).ok())
            return 1;
        std::fputs("holding\n", stdout);
        std::fflush(stdout);
        QThread::msleep(args.at(5).toULong());
        return tx.commit().ok() ? 0 : 1;
    }
    for (qint64 n = 0;; ++n) {
        const QString id = (*store)->newId().toString();
        Transaction tx((*store)->connection());
        if (!tx.isActive()) {
            std::fprintf(stderr, "begin failed: %s\n", TestUtil::describe(tx.error()).constData());
            return 1;
        }
        Status s = Outbox::upsert(**store, QStringLiteral("tst_person"), id,
                                  {{QStringLiteral("name"), QStringLiteral("崩溃测试 %1").arg(n)},
                                   {QStringLiteral("age"), n},
                                   {QStringLiteral("phone"), QString(64, QChar(u'0' + int(n % 10)))}});
        if (s)
            s = AuditLog::append(**store, QStringLiteral("crash_writer"), QStringLiteral("test.write"), id);
        if (s)
            s = tx.commit();
        if (!s) {
            std::fprintf(stderr, "write failed: %s\n", TestUtil::describe(s.error()).constData());
            return 1;
        }
        // Acknowledged only now, after the commit.
        std::fputs(id.toLatin1().constData(), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    }
}
