#include "syncclient.h"

#include "synchttp.h"
#include "synctr.h"

#include <core/actor.h>
#include <core/clock.h>
#include <core/permission.h>
#include <storage/auditlog.h>
#include <storage/connection.h>
#include <storage/store.h>
#include <storage/transaction.h>

#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtNetwork/QSslCertificate>

using namespace Qt::StringLiterals;

namespace Linli::Sync {

SyncClient::SyncClient(Storage::Store &store) : m_store(store) {}

Result<QUrl> SyncClient::parseServer(const QString &text)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (!text.trimmed().startsWith(u"https://"_s, Qt::CaseInsensitive) || !url.isValid() || url.host().isEmpty())
        return Error(ErrorCode::InvalidInput, Tr::tr("The sync server's address must start with https:// "
                                                     "(for example https://sync.example.cn:8443); unencrypted "
                                                     "http is refused."));
    QUrl base;
    base.setScheme(u"https"_s);
    base.setHost(url.host());
    base.setPort(url.port());
    return base;
}

Result<std::optional<Enrolment>> SyncClient::enrolment() const
{
    auto rows = m_store.connection().select(u"SELECT server, device_id, series, office FROM sync_enrolment"_s);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<Enrolment>();
    const QVariantList &r = rows->first();
    return std::optional<Enrolment>(
        Enrolment{r.at(0).toString(), r.at(1).toString(), r.at(2).toString(), r.at(3).toString()});
}

Result<Enrolment> SyncClient::enrol(const Core::Actor &actor, const QString &server, const QString &code,
                                    const QString &caFile, const QString &deviceName)
{
    if (auto s = actor.require(Core::Permission::ManageSettings); !s)
        return s.error();
    auto url = parseServer(server);
    if (!url)
        return url.error();
    if (code.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, Tr::tr("Enter the enrolment code the server's administrator gave you."));
    QList<QSslCertificate> ca;
    QByteArray caPem;
    if (!caFile.isEmpty()) {
        QFile f(caFile);
        if (f.open(QIODevice::ReadOnly))
            caPem = f.readAll();
        ca = QSslCertificate::fromData(caPem, QSsl::Pem);
        if (ca.isEmpty())
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("\"%1\" holds no CA certificate (a PEM file is expected).").arg(caFile));
    }
    auto existing = enrolment();
    if (!existing)
        return existing.error();
    if (*existing)
        return Error(ErrorCode::AlreadyExists, Tr::tr("This database is enrolled with %1 already (as device %2).")
                                                   .arg((*existing)->server, (*existing)->deviceId));

    Caller anonymous{*url, ca, {}, {}, {}, {}, schemaHeader(m_store.connection())};
    auto answer = postJson(anonymous, u"/v1/enrol"_s, {{u"code"_s, code.trimmed()}, {u"device_name"_s, deviceName}});
    if (!answer)
        return answer.error();
    const QString errorCode = answer->body.value(u"error"_s).toString();
    if (answer->status == 426)
        return Error(ErrorCode::Conflict, Tr::tr("This version of Linli is too old for the sync server; update it."));
    if (errorCode.startsWith(u"code_"_s))
        return Error(ErrorCode::AuthenticationFailed,
                     Tr::tr("The enrolment code is unknown, used already or expired; ask the server's "
                            "administrator for a new one."));
    const QString deviceId = answer->body.value(u"device_id"_s).toString();
    const QString token = answer->body.value(u"device_token"_s).toString();
    const QString series = answer->body.value(u"series"_s).toString();
    if (answer->status != 200 || deviceId.isEmpty() || token.isEmpty() || series.isEmpty())
        return Error(
            ErrorCode::Io,
            Tr::tr("The sync server could not enrol this computer (HTTP %1); try again later.").arg(answer->status),
            answer->body.value(u"message"_s).toString());

    Enrolment e{url->toString(), deviceId, series, answer->body.value(u"office"_s).toString()};
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    if (auto r = m_store.connection().execute(
            u"INSERT INTO sync_enrolment (id, server, ca_pem, device_id, token, series, office, enrolled_at,"
            u" enrolled_by) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            QVariantList{e.server, QString::fromLatin1(caPem), e.deviceId, token, e.series, e.office,
                         m_store.clock().nowMs(), actor.username});
        !r)
        return r.error();
    // Receipts and refunds made here from now on are numbered in the device's series.
    if (auto r = m_store.connection().execute(
            u"INSERT OR REPLACE INTO linli_meta (key, value) VALUES ('receipt_series', ?)"_s, {e.series});
        !r)
        return r.error();
    if (auto s = Storage::AuditLog::append(m_store, actor.username, u"sync.enrol"_s, e.deviceId,
                                           {{u"server"_s, e.server}, {u"series"_s, e.series}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return e;
}

void SyncClient::observe(const QString &highestHlc)
{
    m_store.observeHlc(highestHlc);
}

} // namespace Linli::Sync
