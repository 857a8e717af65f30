#include "error.h"

namespace Linli {

QString Error::codeName() const
{
    switch (m_code) {
    case ErrorCode::Internal: return QStringLiteral("internal");
    case ErrorCode::InvalidInput: return QStringLiteral("invalid-input");
    case ErrorCode::NotFound: return QStringLiteral("not-found");
    case ErrorCode::AlreadyExists: return QStringLiteral("already-exists");
    case ErrorCode::AuthenticationFailed: return QStringLiteral("authentication-failed");
    case ErrorCode::LockedOut: return QStringLiteral("locked-out");
    case ErrorCode::PermissionDenied: return QStringLiteral("permission-denied");
    case ErrorCode::DatabaseDamaged: return QStringLiteral("database-damaged");
    case ErrorCode::NotLinliDatabase: return QStringLiteral("not-linli-database");
    case ErrorCode::EncryptionUnavailable: return QStringLiteral("encryption-unavailable");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::Conflict: return QStringLiteral("conflict");
    case ErrorCode::Busy: return QStringLiteral("busy");
    }
    return QStringLiteral("internal");
}

int Error::exitCode() const
{
    // Documented in docs/cli.md and `linli-cli --help`.
    switch (m_code) {
    case ErrorCode::AuthenticationFailed:
    case ErrorCode::LockedOut: return 2;
    case ErrorCode::InvalidInput:
    case ErrorCode::NotFound:
    case ErrorCode::AlreadyExists:
    case ErrorCode::NotLinliDatabase:
    case ErrorCode::Conflict: return 3;
    case ErrorCode::DatabaseDamaged:
    case ErrorCode::EncryptionUnavailable: return 4;
    case ErrorCode::PermissionDenied: return 5;
    case ErrorCode::Internal:
    case ErrorCode::Io: return 6;
    case ErrorCode::Busy: return 7;
    }
    return 6;
}

} // namespace Linli
