#include "clicontext.h"

#include <composition.h>
#include <core/clock.h>

#include <QtCore/QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Linli::Cli {

// clang-format off
const QStringList Context::valueOptions = {
    u"--db"_s, u"--user"_s, u"--admin-user"_s, u"--org"_s, u"--role"_s, u"--display-name"_s, u"--out"_s,
    u"--from"_s, u"--to"_s, u"--pdf"_s, u"--xlsx"_s, u"--csv"_s, u"--lang"_s, u"--recovery-key-pdf"_s,
    u"--residents"_s, u"--seed"_s, u"--limit"_s, u"--format"_s, u"--tag"_s, u"--min-age"_s, u"--max-age"_s,
    u"--query"_s, u"--compound"_s, u"--errors"_s, u"--building"_s, u"--unit"_s, u"--code"_s,
    u"--kind"_s, u"--price"_s, u"--until"_s, u"--period"_s, u"--due"_s,
    u"--household"_s, u"--amount"_s, u"--method"_s, u"--ref"_s, u"--reason"_s, u"--date"_s,
    u"--percent"_s, u"--item"_s, u"--note"_s, u"--rate"_s, u"--grace"_s, u"--cap"_s,
    u"--paper"_s, u"--offset-x"_s, u"--offset-y"_s, u"--print"_s, u"--pay-by"_s,
    u"--server"_s, u"--ca"_s, u"--server-user"_s,
};
// clang-format on

const QStringList Context::flagOptions = {
    u"--json"_s,    u"--recovery-key"_s, u"--help"_s,      u"--version"_s,     u"--unmask"_s,
    u"--dry-run"_s, u"--skip-invalid"_s, u"--sensitive"_s, u"--blank-paper"_s,
};

bool Context::parse(const QStringList &args, QString *error)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a.startsWith(u"--")) {
            QString name = a;
            QString val;
            const qsizetype eq = a.indexOf(u'=');
            if (eq > 0) {
                name = a.left(eq);
                val = a.mid(eq + 1);
            }
            if (!valueOptions.contains(name) && !flagOptions.contains(name)) {
                *error = QCoreApplication::translate("Linli::Cli", "Unknown option %1.").arg(name);
                return false;
            }
            if (eq <= 0 && valueOptions.contains(a)) {
                if (i + 1 >= args.size()) {
                    *error = QCoreApplication::translate("Linli::Cli", "The option %1 needs a value.").arg(a);
                    return false;
                }
                val = args.at(++i);
            } else if (eq <= 0) {
                val = u"1"_s;
            }
            options.insert(name, val);
        } else if (a == u"-h") {
            options.insert(u"--help"_s, u"1"_s);
        } else {
            words.append(a);
        }
    }
    return true;
}

QTextStream &Context::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &Context::err()
{
    static QTextStream stream(stderr);
    return stream;
}

int Context::fail(const Error &error)
{
    err() << QCoreApplication::translate("Linli::Cli", "linli-cli: %1").arg(error.message()) << Qt::endl;
    if (!error.detail().isEmpty() && qEnvironmentVariableIsSet("LINLI_DEBUG"))
        err() << u"  ("_s << error.detail() << u")"_s << Qt::endl;
    return error.exitCode();
}

int Context::usage(const QString &message)
{
    err() << QCoreApplication::translate("Linli::Cli", "linli-cli: %1").arg(message) << Qt::endl
          << QCoreApplication::translate("Linli::Cli", "Run \"linli-cli --help\" for the commands and options.")
          << Qt::endl;
    return ExitUsage;
}

namespace {

QString readHidden(const QString &prompt)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return {};
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    termios old{};
    const int fd = fileno(tty);
    const bool haveTerm = tcgetattr(fd, &old) == 0;
    if (haveTerm) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    char buf[1024] = {};
    const bool got = std::fgets(buf, sizeof buf, tty) != nullptr;
    if (haveTerm)
        tcsetattr(fd, TCSAFLUSH, &old);
    std::fputs("\n", tty);
    std::fclose(tty);
    QString line = got ? QString::fromLocal8Bit(buf) : QString();
    std::fill(std::begin(buf), std::end(buf), '\0');
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

} // namespace

Result<QString> Context::secret(const char *envVar, const QString &prompt, bool confirm)
{
    if (qEnvironmentVariableIsSet(envVar))
        return qEnvironmentVariable(envVar);
    if (!isatty(STDIN_FILENO) && !QFile::exists(u"/dev/tty"_s)) {
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("Linli::Cli",
                                                 "No terminal to ask for the secret: set the environment variable %1.")
                         .arg(QString::fromLatin1(envVar)));
    }
    const QString first = readHidden(prompt);
    if (first.isEmpty())
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Linli::Cli", "Nothing was entered. (Scripts set the environment variable %1.)")
                .arg(QString::fromLatin1(envVar)));
    if (confirm && readHidden(QCoreApplication::translate("Linli::Cli", "Repeat it: ")) != first)
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("Linli::Cli", "The two entries differ; nothing was changed."));
    return first;
}

Result<Storage::Credentials> Context::credentials()
{
    if (has(u"--recovery-key"_s)) {
        auto key = secret("LINLI_RECOVERY_KEY", QCoreApplication::translate("Linli::Cli", "Recovery key: "));
        if (!key)
            return key.error();
        return Storage::Credentials::recoveryKey(*key);
    }
    if (value(u"--user"_s).isEmpty())
        return Error(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("Linli::Cli", "Give your user name with --user NAME (or use --recovery-key)."));
    auto password = secret("LINLI_PASSWORD",
                           QCoreApplication::translate("Linli::Cli", "Password for %1: ").arg(value(u"--user"_s)));
    if (!password)
        return password.error();
    signInPassword = *password;
    return Storage::Credentials::password(value(u"--user"_s), *password);
}

int Context::requireLogin()
{
    if (value(u"--db"_s).isEmpty())
        return usage(QCoreApplication::translate("Linli::Cli", "Give the database file with --db FILE."));
    if (value(u"--user"_s).isEmpty() && !has(u"--recovery-key"_s))
        return usage(
            QCoreApplication::translate("Linli::Cli", "Give your user name with --user NAME (or use --recovery-key)."));
    return ExitOk;
}

Result<Staff::Session> Context::signIn()
{
    if (value(u"--db"_s).isEmpty())
        return Error(ErrorCode::InvalidInput,
                     QCoreApplication::translate("Linli::Cli", "Give the database file with --db FILE."));
    auto creds = credentials();
    if (!creds)
        return creds.error();
    auto session = Staff::AuthService(Core::Clock::system()).signIn(value(u"--db"_s), *creds, App::allMigrations());
    if (session) {
        // Named to a program kept waiting by this one's write (never a resident's data).
        session->store->connection().setWriterNote(
            QStringLiteral("%1 · linli-cli %2").arg(session->actor.username, words.mid(0, 2).join(u' ')));
    }
    return session;
}

Result<std::unique_ptr<App::Services>> Context::open()
{
    auto session = signIn();
    if (!session)
        return session.error();
    return std::make_unique<App::Services>(std::move(*session));
}

} // namespace Linli::Cli
