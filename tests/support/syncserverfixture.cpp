#include "syncserverfixture.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QFile>
#include <QtCore/QRandomGenerator>
#include <QtCore/QThread>

#include <csignal>

#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Linli::TestSupport {

RunResult runProgram(const QString &program, const QStringList &args, bool asPostgres, const QByteArray &input)
{
    QProcess p;
    if (asPostgres && ::geteuid() == 0)
        p.start(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + args);
    else
        p.start(program, args);
    if (!p.waitForStarted(10000))
        return {-1, u"cannot start "_s + program};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

QString pgBin(const QString &name)
{
    for (const QString &dir : {u"/usr/lib/postgresql/15/bin"_s, u"/usr/local/bin"_s, u"/usr/bin"_s}) {
        if (QFile::exists(dir + u'/' + name))
            return dir + u'/' + name;
    }
    return name;
}

QString SyncServerFixture::openssl(const QStringList &args) const
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(u"openssl"_s, args);
    p.waitForFinished(60000);
    return p.exitCode() == 0 ? QString() : QString::fromUtf8(p.readAllStandardError());
}

QString SyncServerFixture::writeConfig(const QString &name, bool withTls) const
{
    const QString file = m_dir.filePath(name);
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QString ini = u"[server]\nlisten=127.0.0.1\nport=%1\n"_s.arg(m_port);
    if (withTls)
        ini += u"certificate=%1\nkey=%2\n"_s.arg(m_dir.filePath(u"server.crt"_s), m_dir.filePath(u"server.key"_s));
    ini += u"[database]\nhost=%1\nport=%2\nname=linli\nuser=linli\n"_s.arg(m_dir.path()).arg(m_pgPort);
    f.write(ini.toUtf8());
    return file;
}

QString SyncServerFixture::start(const QString &serverBinary)
{
    m_binary = serverBinary;
    if (!m_dir.isValid())
        return u"no temporary directory"_s;
    if (::geteuid() == 0 && runProgram(u"chown"_s, {u"postgres"_s, m_dir.path()}).code != 0)
        return u"cannot hand the directory to postgres"_s;
    // Ports below Linux's ephemeral range (32768–60999): an outgoing connection of any program may
    // hold a port in that range, and the server then could not listen (seen in a CI run).
    m_pgPort = 20000 + int(QRandomGenerator::global()->bounded(12000));
    m_port = m_pgPort + 1;
    // PostgreSQL: a cluster of our own, reachable only through a socket in the temp dir.
    const QString data = m_dir.filePath(u"pg"_s);
    auto r =
        runProgram(pgBin(u"initdb"_s),
                   {u"-D"_s, data, u"-U"_s, u"linli"_s, u"--auth=trust"_s, u"-E"_s, u"UTF8"_s, u"--locale=C"_s}, true);
    if (r.code != 0)
        return r.out;
    r = runProgram(pgBin(u"pg_ctl"_s),
                   {u"-D"_s, data, u"-w"_s, u"-l"_s, m_dir.filePath(u"pg.log"_s), u"-o"_s,
                    u"-k %1 -p %2 -c listen_addresses=''"_s.arg(m_dir.path()).arg(m_pgPort), u"start"_s},
                   true);
    if (r.code != 0)
        return r.out;
    // Should this test die without stopping it (a crash, a timeout), PostgreSQL stops by itself.
    QProcess::startDetached(
        u"sh"_s,
        {u"-c"_s, u"while kill -0 %1 2>/dev/null; do sleep 1; done; %2 %3 -D %4 -m immediate stop >/dev/null 2>&1"_s
                      .arg(QCoreApplication::applicationPid())
                      .arg(::geteuid() == 0 ? u"runuser -u postgres --"_s : QString(), pgBin(u"pg_ctl"_s), data)});
    r = runProgram(pgBin(u"createdb"_s),
                   {u"-h"_s, m_dir.path(), u"-p"_s, QString::number(m_pgPort), u"-U"_s, u"linli"_s, u"linli"_s});
    if (r.code != 0)
        return r.out;

    // A throwaway CA, a server certificate for localhost from it, and a second CA that signed nothing.
    const auto ssl = [this](const QStringList &args) { return openssl(args); };
    const QStringList ec = {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s};
    for (const auto &[name, cn] : {std::pair{u"ca"_s, u"/CN=Linli Test CA"_s}, {u"other"_s, u"/CN=Some Other CA"_s}}) {
        if (QString e = ssl(QStringList{u"req"_s, u"-x509"_s} + ec
                            + QStringList{u"-keyout"_s, name + u".key"_s, u"-out"_s, name + u".crt"_s, u"-days"_s,
                                          u"2"_s, u"-subj"_s, cn});
            !e.isEmpty())
            return e;
    }
    if (QString e = ssl(
            QStringList{u"req"_s} + ec
            + QStringList{u"-keyout"_s, u"server.key"_s, u"-out"_s, u"server.csr"_s, u"-subj"_s, u"/CN=localhost"_s});
        !e.isEmpty())
        return e;
    QFile ext(m_dir.filePath(u"san.ext"_s));
    if (!ext.open(QIODevice::WriteOnly))
        return u"cannot write san.ext"_s;
    ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n");
    ext.close();
    if (QString e =
            ssl({u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.crt"_s, u"-CAkey"_s, u"ca.key"_s,
                 u"-CAcreateserial"_s, u"-out"_s, u"server.crt"_s, u"-days"_s, u"2"_s, u"-extfile"_s, u"san.ext"_s});
        !e.isEmpty())
        return e;

    m_config = writeConfig(u"server.conf"_s, true);
    int code = -1;
    const QString out = admin({u"--init-db"_s}, &code);
    if (code != 0 || !out.contains(u"schema_ready"_s))
        return out;
    // Another test running at the same time may have taken the port: a few others are tried before
    // any client has been told this one.
    QString failed;
    for (int attempt = 0; attempt < 4; ++attempt) {
        failed = startServer();
        if (failed.isEmpty() || !failed.contains(u"cannot listen"_s))
            return failed;
        m_server.waitForFinished(5000);
        m_port = 20000 + int(QRandomGenerator::global()->bounded(12000));
        m_config = writeConfig(u"server.conf"_s, true);
    }
    return failed;
}

QString SyncServerFixture::makeExpiredCertificate()
{
    const auto ssl = [this](const QStringList &args) { return openssl(args); };
    // `openssl ca` takes explicit start and end dates; it wants a small configuration of its own.
    QFile cnf(m_dir.filePath(u"ca.cnf"_s));
    if (!cnf.open(QIODevice::WriteOnly))
        return u"cannot write ca.cnf"_s;
    cnf.write("[ca]\ndefault_ca = test\n[test]\ndatabase = index.txt\nnew_certs_dir = .\nserial = serial.txt\n"
              "default_md = sha256\npolicy = anything\nunique_subject = no\n[anything]\ncommonName = supplied\n");
    cnf.close();
    QFile index(m_dir.filePath(u"index.txt"_s));
    QFile serial(m_dir.filePath(u"serial.txt"_s));
    if (!index.open(QIODevice::WriteOnly) || !serial.open(QIODevice::WriteOnly))
        return u"cannot write the CA's files"_s;
    serial.write("1000\n");
    index.close();
    serial.close();
    if (QString e = ssl({u"req"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s,
                         u"-keyout"_s, u"expired.key"_s, u"-out"_s, u"expired.csr"_s, u"-subj"_s, u"/CN=localhost"_s});
        !e.isEmpty())
        return e;
    return ssl({u"ca"_s, u"-batch"_s, u"-config"_s, u"ca.cnf"_s, u"-cert"_s, u"ca.crt"_s, u"-keyfile"_s, u"ca.key"_s,
                u"-in"_s, u"expired.csr"_s, u"-out"_s, u"expired.crt"_s, u"-startdate"_s, u"20240101000000Z"_s,
                u"-enddate"_s, u"20240201000000Z"_s, u"-extfile"_s, u"san.ext"_s, u"-notext"_s});
}

QString SyncServerFixture::startOther(QProcess &process, int port, const QString &certificate, const QString &key)
{
    const QString file = m_dir.filePath(u"other-%1.conf"_s.arg(port));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return u"cannot write the configuration"_s;
    f.write(u"[server]\nlisten=127.0.0.1\nport=%1\ncertificate=%2\nkey=%3\n[database]\nhost=%4\nport=%5\nname=linli\n"
            u"user=linli\n"_s.arg(port)
                .arg(certificate, key, m_dir.path())
                .arg(m_pgPort)
                .toUtf8());
    f.close();
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_binary, {u"--config"_s, file});
    QString log;
    const QDeadlineTimer deadline(15000);
    while (!log.contains(u"\"listening\""_s)) {
        if (deadline.hasExpired() || process.state() == QProcess::NotRunning)
            return u"the other server did not listen: "_s + log;
        process.waitForReadyRead(200);
        log += QString::fromUtf8(process.readAll());
    }
    return {};
}

void SyncServerFixture::killServer()
{
    m_server.kill();
    m_server.waitForFinished(10000);
}

QString SyncServerFixture::startServer()
{
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    // Should this test die without stopping it (a crash, an uncaught exception), the server goes too.
    m_server.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_server.start(m_binary, {u"--config"_s, m_config});
    if (!m_server.waitForStarted())
        return u"the server did not start"_s;
    QString log;
    const QDeadlineTimer deadline(15000);
    while (!log.contains(u"\"listening\""_s)) {
        if (deadline.hasExpired())
            return u"the server did not listen: "_s + log;
        m_server.waitForReadyRead(200);
        log += QString::fromUtf8(m_server.readAll());
    }
    return {};
}

QString SyncServerFixture::stop()
{
    QString problems;
    if (qEnvironmentVariableIsSet("LINLI_TEST_SERVER_LOG"))
        qWarning("%s", m_server.readAll().constData());
    if (m_server.state() == QProcess::Running) {
        m_server.terminate(); // SIGTERM: a graceful stop
        if (!m_server.waitForFinished(10000) || m_server.exitCode() != 0)
            problems += u"the server did not stop gracefully; "_s;
        else if (!QString::fromUtf8(m_server.readAll()).contains(u"\"stopped\""_s))
            problems += u"the server did not log its stop; "_s;
    }
    runProgram(pgBin(u"pg_ctl"_s), {u"-D"_s, m_dir.filePath(u"pg"_s), u"-w"_s, u"-m"_s, u"fast"_s, u"stop"_s}, true);
    return problems;
}

QString SyncServerFixture::admin(const QStringList &args, int *code, const QByteArray &input) const
{
    QProcess p;
    p.start(m_binary, QStringList{u"--config"_s, m_config} + args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    if (code)
        *code = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

QString SyncServerFixture::psql(const QString &sql) const
{
    return runProgram(pgBin(u"psql"_s), {u"-h"_s, m_dir.path(), u"-p"_s, QString::number(m_pgPort), u"-U"_s, u"linli"_s,
                                         u"-At"_s, u"-c"_s, sql, u"linli"_s})
        .out.trimmed();
}

} // namespace Linli::TestSupport
