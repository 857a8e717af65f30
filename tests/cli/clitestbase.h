#pragma once

// What the linli-cli tests share: running the real binary with QProcess in a fresh folder,
// with secrets only in the environment, and catching any password that shows up in output.

#include <filetestutil.h>

#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <memory>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace CliTest {

using Linli::TestSupport::fileSha256;
using Linli::TestSupport::readAll;
using Linli::TestSupport::writeAll;

inline const QString AdminPassword = u"Admin-pass-2026"_s;
inline const QString WangPassword = u"Wang-temp-2026"_s;
inline const QString OrgName = u"幸福里社区居委会"_s;

// Exit codes from docs/cli.md.
enum Exit { Ok = 0, Usage = 1, Auth = 2, Invalid = 3, Damaged = 4, Permission = 5, Internal = 6 };

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

// Base of the CLI test classes (the slots live in the derived classes).
class CliTestBase : public QObject
{
protected:
    Run cli(const QStringList &args, const QHash<QString, QString> &env = {}, const QString &lang = u"C.UTF-8"_s);
    // Runs as --user with LINLI_PASSWORD.
    Run as(const QString &user, const QString &password, const QStringList &args,
           const QHash<QString, QString> &env = {})
    {
        QHash<QString, QString> e = env;
        e.insert(u"LINLI_PASSWORD"_s, password);
        return cli(QStringList{u"--db"_s, m_db, u"--user"_s, user} + args, e);
    }
    Run asAdmin(const QStringList &args, const QHash<QString, QString> &env = {})
    {
        return as(u"admin"_s, AdminPassword, args, env);
    }
    // `init` of m_db with "admin" and the organisation; returns the recovery key.
    QString initDb();
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QJsonArray auditJsonArray();
    QJsonArray usersJson();
    static QJsonObject byName(const QJsonArray &arr, const QString &key, const QString &value)
    {
        for (const QJsonValue &v : arr) {
            if (v.toObject().value(key).toString() == value)
                return v.toObject();
        }
        return {};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_keys;
    QStringList m_passwordsSeen; // every password passed in; none may appear in any output
    QStringList m_leaks;
    qint64 m_brokenSeq = 0;
    void setUpFolder()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = path(u"office.linli"_s);
        m_keys = m_db + u".keys"_s;
        m_passwordsSeen.clear();
        m_leaks.clear();
    }
    void checkNoLeaksAndClean()
    {
        QVERIFY2(m_leaks.isEmpty(), qPrintable(u"a password appeared in the output of: "_s + m_leaks.join(u"; "_s)));
        m_dir.reset();
    }
};

inline Run CliTestBase::cli(const QStringList &args, const QHash<QString, QString> &env, const QString &lang)
{
    QProcessEnvironment pe = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"LINLI_PASSWORD"_s, u"LINLI_NEW_PASSWORD"_s, u"LINLI_RECOVERY_KEY"_s, u"LINLI_DEBUG"_s,
                                u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s})
        pe.remove(name);
    pe.insert(u"LANG"_s, lang);
    pe.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        pe.insert(it.key(), it.value());
        if (it.key() != u"LINLI_RECOVERY_KEY")
            m_passwordsSeen.append(it.value());
    }
    QProcess p;
    p.setProcessEnvironment(pe);
    p.setWorkingDirectory(m_dir->path());
    // No controlling terminal: a secret that is not in the environment fails instead of
    // waiting for someone to type it.
    p.setChildProcessModifier([] { ::setsid(); });
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral(LINLI_CLI), args);
    Run r;
    if (!p.waitForStarted(30'000) || !p.waitForFinished(240'000)) {
        p.kill();
        p.waitForFinished();
        r.err = u"<linli-cli did not finish: "_s + args.join(u' ') + u'>';
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    for (const QString &secret : std::as_const(m_passwordsSeen)) {
        if (secret.size() >= 8 && r.all().contains(secret))
            m_leaks.append(args.join(u' '));
    }
    return r;
}

inline QString CliTestBase::initDb()
{
    const Run r = cli({u"init"_s, u"--db"_s, m_db, u"--admin-user"_s, u"admin"_s, u"--org"_s, OrgName},
                      {{u"LINLI_PASSWORD"_s, AdminPassword}});
    if (r.exitCode != Ok) {
        qWarning("init failed (%d): %s", r.exitCode, qPrintable(r.all()));
        return {};
    }
    static const QRegularExpression group(u"\\b[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4})+\\b"_s);
    QStringList parts;
    for (auto it = group.globalMatch(r.out); it.hasNext();)
        parts.append(it.next().captured());
    return parts.join(u'-');
}

inline QJsonArray CliTestBase::auditJsonArray()
{
    const QDate today = QDate::currentDate();
    const Run r = asAdmin({u"audit"_s, u"--from"_s, today.addDays(-1).toString(Qt::ISODate), u"--to"_s,
                           today.addDays(1).toString(Qt::ISODate), u"--json"_s});
    if (r.exitCode != Ok)
        qWarning("audit failed (%d): %s", r.exitCode, qPrintable(r.all()));
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

inline QJsonArray CliTestBase::usersJson()
{
    const Run r = asAdmin({u"users"_s, u"list"_s, u"--json"_s});
    if (r.exitCode != Ok)
        qWarning("users list failed (%d): %s", r.exitCode, qPrintable(r.all()));
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

} // namespace CliTest
