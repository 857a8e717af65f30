#include "synchttp.h"

#include "syncclient.h"
#include "synctr.h"

#include <storage/connection.h>

#include <QtCore/QCryptographicHash>
#include <QtCore/QEventLoop>
#include <QtCore/QJsonDocument>
#include <QtCore/QLocale>
#include <QtCore/QMessageAuthenticationCode>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QSslError>

#include <memory>

using namespace Qt::StringLiterals;

namespace Linli::Sync {

QByteArray userProof(const QByteArray &userKey, const QString &deviceId, const QString &path, const QByteArray &body)
{
    const QByteArray message = deviceId.toUtf8() + '\n' + path.toUtf8() + '\n'
                               + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    return QMessageAuthenticationCode::hash(message, userKey, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray schemaHeader(Storage::Connection &c)
{
    QByteArray out;
    auto rows = c.select(u"SELECT module, max(version) FROM linli_schema GROUP BY module ORDER BY module"_s);
    for (const QVariantList &r : rows ? *rows : QList<QVariantList>()) {
        if (!out.isEmpty())
            out += ',';
        out += r.at(0).toString().toLatin1() + '=' + QByteArray::number(r.at(1).toInt());
    }
    return out;
}

Result<Answer> postJson(const Caller &caller, const QString &path, const QJsonObject &body, int timeoutMs)
{
    return postJson(caller, path, QJsonDocument(body).toJson(QJsonDocument::Compact), timeoutMs);
}

Result<Answer> postJson(const Caller &caller, const QString &path, const QByteArray &payload, int timeoutMs)
{
    QNetworkAccessManager net;
    QUrl url = caller.server;
    url.setPath(path);
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!caller.ca.isEmpty())
        tls.setCaCertificates(caller.ca); // only the configured CA, not the system's store as well
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("X-Linli-Protocol", QByteArray::number(SyncClient::Protocol));
    if (!caller.schema.isEmpty())
        request.setRawHeader("X-Linli-Schema", caller.schema);
    if (!caller.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + caller.token);
    if (!caller.user.isEmpty()) {
        request.setRawHeader("X-Linli-User", caller.user.toUtf8());
        request.setRawHeader("X-Linli-User-Proof", userProof(caller.userKey, caller.deviceId, path, payload));
    }
    request.setTransferTimeout(timeoutMs);
    std::unique_ptr<QNetworkReply> reply(net.post(request, payload));
    QList<QSslError> tlsErrors;
    QObject::connect(reply.get(), &QNetworkReply::sslErrors, reply.get(),
                     [&tlsErrors](const QList<QSslError> &errors) { tlsErrors = errors; });
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        const auto e = reply->error();
        for (const QSslError &tls : std::as_const(tlsErrors)) {
            if (tls.error() == QSslError::CertificateExpired)
                return Error(ErrorCode::AuthenticationFailed,
                             Tr::tr("The sync server's certificate expired on %1; nothing was sent. Ask the server's "
                                    "administrator to renew it.")
                                 .arg(QLocale().toString(tls.certificate().expiryDate().toLocalTime().date(),
                                                         QLocale::ShortFormat)),
                             tls.errorString());
            if (tls.error() == QSslError::HostNameMismatch)
                return Error(ErrorCode::AuthenticationFailed,
                             Tr::tr("The sync server's certificate is made out to another name than %1; nothing was "
                                    "sent. Check the server address.")
                                 .arg(url.host()),
                             tls.errorString());
        }
        if (e == QNetworkReply::SslHandshakeFailedError)
            return Error(ErrorCode::AuthenticationFailed,
                         Tr::tr("The server's certificate was not issued by the certificate authority this "
                                "computer trusts for it; nothing was sent. Check the server address and the CA "
                                "file."),
                         reply->errorString());
        return Error(ErrorCode::Io,
                     Tr::tr("Cannot reach the sync server at %1: %2").arg(url.host(), reply->errorString()),
                     reply->errorString());
    }
    return Answer{status, QJsonDocument::fromJson(reply->readAll()).object()};
}

} // namespace Linli::Sync
