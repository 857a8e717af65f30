#pragma once

#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <variant>

namespace Linli::Server {

// Why the server refuses a request (docs/sync-protocol.md, "Errors"). ServerDb says what went
// wrong; HttpApi alone turns the kind into an HTTP status (httpapi.cpp, statusOf).
struct SyncError
{
    enum class Kind {
        BadRequest,      // malformed, or not what the protocol allows
        Unauthenticated, // an unknown or revoked device, a user not signed in
        Forbidden,       // a spent enrolment code; a change the user may not make
        SequenceGap,     // a batch that does not follow the device's last one
        ResyncRequired,  // deletions after the cursor were forgotten
        ClockSkew,       // the device's clock, or a stamp, too far off the server's
        TooOld,          // a client (protocol or schema) the server no longer takes
        Unavailable,     // PostgreSQL failed: the device tries again later
    };
    Kind kind = Kind::Unavailable;
    QString code;      // "error" in the body: the client shows it in its own words
    QString message;   // English, for logs and scripts
    QJsonObject extra; // more of the body: last_seq of a gap, seq of a refused entry

    // {"error": code, "message": message, …extra}
    QJsonObject body() const
    {
        QJsonObject o = extra;
        o.insert(QStringLiteral("error"), code);
        o.insert(QStringLiteral("message"), message);
        return o;
    }
};

// A value, or why there is none.
template<typename T>
using Outcome = std::variant<T, SyncError>;

template<typename T>
const SyncError *refusalOf(const Outcome<T> &outcome)
{
    return std::get_if<SyncError>(&outcome);
}

} // namespace Linli::Server
