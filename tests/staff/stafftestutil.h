#pragma once

// Helpers shared by the staff service tests.

#include <composition.h>
#include <core/actor.h>
#include <core/clock.h>
#include <core/error.h>
#include <staff/authservice.h>
#include <staff/setup.h>
#include <storage/auditlog.h>
#include <storage/keyslots.h>
#include <storage/store.h>

#include <filetestutil.h>

#include <QtCore/QCryptographicHash>
#include <QtCore/QFile>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtTest/QTest>

namespace Linli::StaffTest {

using TestSupport::fileHead;
using TestSupport::fileSha256;
using TestSupport::readAll;

inline const QString AdminPassword = QStringLiteral("Admin-pass-2026");
inline const QString OrgName = QStringLiteral("幸福里社区居委会");

// For failure messages: everything an Error says.
inline QByteArray describe(const Error &e)
{
    return (e.codeName() + QStringLiteral(": ") + e.message() + QStringLiteral(" [") + e.detail() + QStringLiteral("]"))
        .toUtf8();
}

// Audit entries with the given action (all time).
inline QList<Storage::AuditEntry> auditEntries(Storage::Store &store, const QString &action = {})
{
    QList<Storage::AuditEntry> out;
    auto all = Storage::AuditLog::query(store.connection(), 0, std::numeric_limits<qint64>::max());
    if (!all)
        return out;
    for (const Storage::AuditEntry &e : std::as_const(*all)) {
        if (action.isEmpty() || e.action == action)
            out.append(e);
    }
    return out;
}

inline QStringList auditActions(Storage::Store &store)
{
    QStringList out;
    for (const Storage::AuditEntry &e : auditEntries(store))
        out.append(e.action);
    return out;
}

inline bool auditChainOk(Storage::Store &store)
{
    auto v = Storage::AuditLog::verify(store.connection());
    return v && v->ok();
}

inline Core::Actor actorFor(const QString &username, Core::Role role)
{
    return Core::Actor{QStringLiteral("id-") + username, username, username, role};
}

} // namespace Linli::StaffTest

// QCOMPARE-friendly printing of error codes.
namespace QTest {
template<>
inline char *toString(const Linli::ErrorCode &code)
{
    return qstrdup(Linli::Error(code, {}).codeName().toUtf8().constData());
}
} // namespace QTest

// Fails the test unless `result` is ok, printing its error.
#define LINLI_VERIFY_OK(result)                                                                                        \
    do {                                                                                                               \
        const auto &linli_r_ = (result);                                                                               \
        QVERIFY2(linli_r_.ok(), linli_r_.ok() ? "" : Linli::StaffTest::describe(linli_r_.error()).constData());        \
    } while (false)

// Fails the test unless `result` failed with `code`.
#define LINLI_VERIFY_ERROR(result, expectedCode)                                                                       \
    do {                                                                                                               \
        const auto &linli_r_ = (result);                                                                               \
        QVERIFY2(!linli_r_.ok(), "expected an error, got success");                                                    \
        QCOMPARE(linli_r_.error().code(), (expectedCode));                                                             \
        QVERIFY(!linli_r_.error().message().isEmpty());                                                                \
    } while (false)
