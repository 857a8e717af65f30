#pragma once

#include <core/result.h>
#include <services.h>
#include <staff/authservice.h>

#include <QtCore/QHash>
#include <QtCore/QStringList>
#include <QtCore/QTextStream>

namespace Linli::Cli {

// Exit codes, documented in `linli-cli --help` and docs/cli.md.
enum Exit : int {
    ExitOk = 0,
    ExitUsage = 1,
    ExitAuth = 2,
    ExitInvalid = 3,
    ExitDamaged = 4,
    ExitPermission = 5,
    ExitInternal = 6,
};

struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(Linli::Cli)
};

// Parsed command line: global options, the command words and its options.
class Context
{
public:
    // Options that take a value; everything else starting with "--" is a flag.
    static const QStringList valueOptions;
    // Options without a value. Anything else starting with "--" is a usage error (exit 1).
    static const QStringList flagOptions;

    bool parse(const QStringList &args, QString *error);

    QStringList words;               // e.g. {"users", "add", "wang"}
    QHash<QString, QString> options; // "--db" → "x.linli"; flags map to "1"
    QString signInPassword;          // kept for "users passwd" (the current password)

    bool has(const QString &option) const { return options.contains(option); }
    QString value(const QString &option) const { return options.value(option); }
    bool json() const { return has(QStringLiteral("--json")); }

    QTextStream &out();
    QTextStream &err();

    // Prints a failure in the user's language and returns its exit code.
    int fail(const Error &error);
    int usage(const QString &message);

    // A secret from an environment variable, else asked on the terminal without echo.
    Result<QString> secret(const char *envVar, const QString &prompt, bool confirm = false);
    // Opens --db as --user (password from LINLI_PASSWORD or the terminal) or with the
    // recovery key (--recovery-key, key from LINLI_RECOVERY_KEY or the terminal).
    Result<Staff::Session> signIn();
    // The same, with the services of the session built on it (the composition root): what
    // commands work with, never the database itself.
    Result<std::unique_ptr<App::Services>> open();
    // Exit code 1 with a usage message when --db or --user/--recovery-key is missing, else 0.
    int requireLogin();
    Result<Storage::Credentials> credentials();
};

} // namespace Linli::Cli
