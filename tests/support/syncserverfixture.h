#pragma once

// What every sync test needs: a PostgreSQL cluster made with initdb in a temporary directory
// (run as the postgres user when the tests run as root: initdb refuses root), a throwaway CA and
// a server certificate for localhost made with openssl (and a second CA that signed nothing), and
// the real linli-sync-server binary started on it. Stopped (SIGTERM, then pg_ctl stop) by stop().

#include <QtCore/QProcess>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QTemporaryDir>

namespace Linli::TestSupport {

struct RunResult
{
    int code = -1;
    QString out;
};
RunResult runProgram(const QString &program, const QStringList &args, bool asPostgres = false,
                     const QByteArray &input = {});
QString pgBin(const QString &name);

class SyncServerFixture
{
public:
    // Empty on success, else what failed (with the program's output).
    QString start(const QString &serverBinary);
    // The server stops gracefully (SIGTERM); PostgreSQL stops. Empty on success.
    QString stop();

    // linli-sync-server --config … ARGS; `input` on its stdin (add-user reads the password there).
    // A certificate for localhost from the test CA that expired long ago (expired.crt, .key).
    QString makeExpiredCertificate();
    // A second server on `port` with the given certificate (for a test of what clients refuse);
    // the caller stops it.
    QString startOther(QProcess &process, int port, const QString &certificate, const QString &key);

    // The server process alone: killed outright (SIGKILL, as a power cut would), started again.
    void killServer();
    QString startServer();

    QString admin(const QStringList &args, int *code = nullptr, const QByteArray &input = {}) const;
    QString writeConfig(const QString &name, bool withTls) const;
    QString psql(const QString &sql) const;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString dir() const { return m_dir.path(); }
    QString caFile() const { return m_dir.filePath(QStringLiteral("ca.crt")); }
    QString otherCaFile() const { return m_dir.filePath(QStringLiteral("other.crt")); }
    QString url() const { return QStringLiteral("https://localhost:%1").arg(m_port); }
    int port() const { return m_port; }
    int pgPort() const { return m_pgPort; }
    QProcess &server() { return m_server; }

private:
    // openssl ARGS in the temporary directory; empty on success, else its complaint.
    QString openssl(const QStringList &args) const;

    QTemporaryDir m_dir;
    QString m_binary;
    QString m_config;
    int m_pgPort = 0;
    int m_port = 0;
    QProcess m_server;
};

} // namespace Linli::TestSupport
