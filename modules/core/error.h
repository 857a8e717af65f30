#pragma once

#include <QtCore/QString>

namespace Linli {

// What went wrong, as a stable code for programs and a translated message for people.
enum class ErrorCode {
    Internal,              // a bug or an unexpected library failure
    InvalidInput,          // the user gave something malformed; nothing was changed
    NotFound,              // a file, user or row that does not exist
    AlreadyExists,         // a unique name or number is taken
    AuthenticationFailed,  // wrong password or recovery key
    LockedOut,             // too many failed attempts; try later
    PermissionDenied,      // the role may not do this
    DatabaseDamaged,       // corrupt, truncated or incomplete database or key-slot file
    NotLinliDatabase,      // the file is something else
    EncryptionUnavailable, // SQLCipher is not really in the process
    Io,                    // a file could not be read or written
    Conflict,              // the data changed under us
    Busy,                  // another program holds the database longer than we waited
};

class Error
{
public:
    Error() = default;
    Error(ErrorCode code, QString message, QString detail = {})
        : m_code(code), m_message(std::move(message)), m_detail(std::move(detail))
    {}

    ErrorCode code() const { return m_code; }
    // Translated, for a person.
    const QString &message() const { return m_message; }
    // Technical detail (a library message), never personal data; may be empty.
    const QString &detail() const { return m_detail; }
    // Stable identifier for scripts, e.g. "authentication-failed".
    QString codeName() const;
    // The documented linli-cli exit code for this error.
    int exitCode() const;

private:
    ErrorCode m_code = ErrorCode::Internal;
    QString m_message;
    QString m_detail;
};

} // namespace Linli
