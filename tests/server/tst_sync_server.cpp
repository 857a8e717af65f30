// linli-sync-server as an administrator and a desktop meet it: a PostgreSQL cluster made with
// initdb in a temporary directory, a throwaway CA and server certificate made with openssl, the
// real server binary. TLS is required and checked against the configured CA only; plain HTTP and
// a certificate from another CA are refused; an enrolment code works once.
#include "syncserverfixture.h"

#include <sync/synchttp.h>

#include <QtCore/QCryptographicHash>
#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QEventLoop>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QMessageAuthenticationCode>
#include <QtCore/QProcess>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslConfiguration>
#include <QtNetwork/QTcpSocket>
#include <QtTest/QTest>

#include <unistd.h>

#include <tuple>

using namespace Qt::StringLiterals;

class TestSyncServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void healthOverTlsWithTheConfiguredCa();
    void anotherCaIsRefused();
    void anExpiredCertificateIsRefused();
    void plainHttpIsRefused();
    void refusesToRunWithoutTls();
    void anEnrolmentCodeWorksOnce();
    void oldClientsAreToldToUpdate();
    void signedInUsersAndForgedOnes();
    void revokingADevice();
    void aDesktopEnrolsWithTheCli();
    void pushIsAppliedExactlyOnceAndMerged();

private:
    QString admin(const QStringList &args, int *code = nullptr) { return m_fx.admin(args, code); }
    QNetworkReply *request(const QString &path, const QByteArray &body = {}, const QString &caFile = {},
                           bool withProtocol = true, const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    QJsonObject enrolDevice(const QString &name);

    Linli::TestSupport::SyncServerFixture m_fx;
    int m_port = 0;
    QNetworkAccessManager m_net;
    QString m_deviceId;
};

void TestSyncServer::initTestCase()
{
    const QString failed = m_fx.start(QStringLiteral(LINLI_SYNC_SERVER));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_port = m_fx.port();
    // --init-db again: nothing to do, still fine.
    int code = -1;
    admin({u"--init-db"_s}, &code);
    QCOMPARE(code, 0);
}

void TestSyncServer::cleanupTestCase()
{
    const QString problems = m_fx.stop();
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

QNetworkReply *TestSyncServer::request(const QString &path, const QByteArray &body, const QString &caFile,
                                       bool withProtocol, const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    m_net.clearConnectionCache(); // every request makes its own TLS handshake with its own CA list
    QNetworkRequest req(QUrl(u"https://localhost:%1%2"_s.arg(m_port).arg(path)));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(caFile.isEmpty() ? m_fx.caFile() : caFile));
    req.setSslConfiguration(tls);
    if (withProtocol)
        req.setRawHeader("X-Linli-Protocol", "1");
    if (withProtocol)
        req.setRawHeader("X-Linli-Schema", "fees=14,registry=1,storage=3");
    req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    for (const auto &[name, value] : headers)
        req.setRawHeader(name, value);
    QNetworkReply *reply = body.isNull() ? m_net.get(req) : m_net.post(req, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    return reply;
}

void TestSyncServer::healthOverTlsWithTheConfiguredCa()
{
    std::unique_ptr<QNetworkReply> reply(request(u"/v1/health"_s));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(o.value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(o.value(u"protocol"_s).toInt(), 1);
}

void TestSyncServer::anotherCaIsRefused()
{
    std::unique_ptr<QNetworkReply> reply(request(u"/v1/health"_s, {}, m_fx.otherCaFile()));
    QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
}

void TestSyncServer::anExpiredCertificateIsRefused()
{
    // A certificate from the right CA, but expired: the desktop refuses it before sending anything,
    // and says why.
    QCOMPARE(m_fx.makeExpiredCertificate(), QString());
    QProcess other;
    const int port = m_port + 2;
    QCOMPARE(m_fx.startOther(other, port, m_fx.path(u"expired.crt"_s), m_fx.path(u"expired.key"_s)), QString());
    const Linli::Sync::Caller anonymous{
        QUrl(u"https://localhost:%1"_s.arg(port)), QSslCertificate::fromPath(m_fx.caFile()), {}, {}, {}, {}};
    auto answer = Linli::Sync::postJson(anonymous, u"/v1/enrol"_s, QJsonObject{{u"code"_s, u"AAAAA-BBBBB"_s}});
    QVERIFY(!answer);
    QVERIFY2(answer.error().message().contains(u"expired"_s), qPrintable(answer.error().message()));
    other.terminate();
    QVERIFY(other.waitForFinished(10000));
    QVERIFY(!QString::fromUtf8(other.readAll()).contains(u"\"route\":\"enrol\""_s)); // nothing reached it
}

void TestSyncServer::plainHttpIsRefused()
{
    // A client speaking plain HTTP to the TLS port gets no HTTP answer.
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, quint16(m_port));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /v1/health HTTP/1.1\r\nHost: localhost\r\n\r\n");
    socket.waitForReadyRead(3000);
    QVERIFY(!socket.readAll().startsWith("HTTP/1.1 200"));
}

void TestSyncServer::refusesToRunWithoutTls()
{
    const QString config = m_fx.writeConfig(u"no-tls.conf"_s, false);
    QProcess p;
    p.start(QStringLiteral(LINLI_SYNC_SERVER), {u"--config"_s, config});
    QVERIFY(p.waitForFinished(15000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(u"does not serve plain HTTP"_s));
}

void TestSyncServer::anEnrolmentCodeWorksOnce()
{
    int code = -1;
    const QString issued =
        admin({u"enrol-code"_s, u"--office"_s, u"幸福里物业"_s, u"--scope"_s, u"*"_s}, &code).trimmed();
    QCOMPARE(code, 0);
    QVERIFY2(QRegularExpression(u"^[A-Z2-9]{5}-[A-Z2-9]{5}$"_s).match(issued).hasMatch(), qPrintable(issued));
    const QByteArray body = QJsonDocument(QJsonObject{{u"code"_s, issued.toLower()}, // typed in lower case
                                                      {u"device_name"_s, u"收费台 1"_s}})
                                .toJson();
    std::unique_ptr<QNetworkReply> first(request(u"/v1/enrol"_s, body));
    QCOMPARE(first->error(), QNetworkReply::NoError);
    const QJsonObject o = QJsonDocument::fromJson(first->readAll()).object();
    m_deviceId = o.value(u"device_id"_s).toString();
    QVERIFY(!m_deviceId.isEmpty());
    QVERIFY(o.value(u"device_token"_s).toString().size() >= 40);
    QCOMPARE(o.value(u"series"_s).toString(), u"A"_s);
    std::unique_ptr<QNetworkReply> again(request(u"/v1/enrol"_s, body));
    QCOMPARE(again->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
    QCOMPARE(QJsonDocument::fromJson(again->readAll()).object().value(u"error"_s).toString(), u"code_used"_s);
    std::unique_ptr<QNetworkReply> forged(
        request(u"/v1/enrol"_s,
                QJsonDocument(QJsonObject{{u"code"_s, u"AAAAA-AAAAA"_s}, {u"device_name"_s, u"x"_s}}).toJson()));
    QCOMPARE(forged->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
}

void TestSyncServer::oldClientsAreToldToUpdate()
{
    std::unique_ptr<QNetworkReply> reply(request(u"/v1/enrol"_s, "{}", {}, false));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 426);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(u"error"_s).toString(), u"protocol_too_old"_s);
    // A desktop whose fee schema predates voids travelling as groups: told to update, nothing taken.
    std::unique_ptr<QNetworkReply> old(
        request(u"/v1/enrol"_s, "{}", {}, false, {{"X-Linli-Protocol", "1"}, {"X-Linli-Schema", "fees=13,storage=3"}}));
    QCOMPARE(old->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 426);
    QCOMPARE(QJsonDocument::fromJson(old->readAll()).object().value(u"error"_s).toString(), u"schema_too_old"_s);
    std::unique_ptr<QNetworkReply> garbled(
        request(u"/v1/enrol"_s, "{}", {}, false, {{"X-Linli-Protocol", "1"}, {"X-Linli-Schema", "fees"}}));
    QCOMPARE(garbled->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
}

QJsonObject TestSyncServer::enrolDevice(const QString &name)
{
    int code = -1;
    const QString issued = admin({u"enrol-code"_s, u"--office"_s, u"幸福里物业"_s}, &code).trimmed();
    std::unique_ptr<QNetworkReply> reply(
        request(u"/v1/enrol"_s, QJsonDocument(QJsonObject{{u"code"_s, issued}, {u"device_name"_s, name}}).toJson()));
    return QJsonDocument::fromJson(reply->readAll()).object();
}

void TestSyncServer::signedInUsersAndForgedOnes()
{
    // A server user, and a device of its own for this test.
    qputenv("LINLI_SERVER_PASSWORD", "Wangfang-2026!");
    int code = -1;
    const QString added =
        admin({u"add-user"_s, u"王芳"_s, u"--role"_s, u"property_clerk"_s, u"--scope"_s, u"c1,c2"_s}, &code);
    qunsetenv("LINLI_SERVER_PASSWORD");
    QVERIFY2(code == 0, qPrintable(added));
    const QJsonObject device = enrolDevice(u"收费台 2"_s);
    const QByteArray deviceId = device.value(u"device_id"_s).toString().toUtf8();
    const QByteArray bearer = "Bearer " + device.value(u"device_token"_s).toString().toUtf8();
    QVERIFY(!deviceId.isEmpty());
    const auto login = [&](const QString &password) {
        return request(u"/v1/login"_s,
                       QJsonDocument(QJsonObject{{u"user"_s, u"王芳"_s}, {u"password"_s, password}}).toJson(), {}, true,
                       {{"Authorization", bearer}});
    };
    std::unique_ptr<QNetworkReply> wrong(login(u"wrong-password"_s));
    QCOMPARE(wrong->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    QCOMPARE(QJsonDocument::fromJson(wrong->readAll()).object().value(u"error"_s).toString(), u"user_unknown"_s);
    std::unique_ptr<QNetworkReply> right(login(u"Wangfang-2026!"_s));
    QCOMPARE(right->error(), QNetworkReply::NoError);
    const QByteArray key = QJsonDocument::fromJson(right->readAll()).object().value(u"user_key"_s).toString().toUtf8();
    QVERIFY(key.size() >= 40);

    const auto proof = [&](const QByteArray &withKey) {
        const QByteArray message =
            deviceId + '\n' + "/v1/whoami" + '\n' + QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex();
        return QMessageAuthenticationCode::hash(message, withKey, QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const auto whoami = [&](const QByteArray &token, const QByteArray &user, const QByteArray &userProof) {
        return request(u"/v1/whoami"_s, QByteArray(), {}, true,
                       {{"Authorization", token}, {"X-Linli-User", user}, {"X-Linli-User-Proof", userProof}});
    };
    std::unique_ptr<QNetworkReply> me(whoami(bearer, "王芳", proof(key)));
    QCOMPARE(me->error(), QNetworkReply::NoError);
    const QJsonObject who = QJsonDocument::fromJson(me->readAll()).object();
    QCOMPARE(who.value(u"user"_s).toString(), u"王芳"_s);
    QCOMPARE(who.value(u"role"_s).toString(), u"property_clerk"_s);
    QCOMPARE(who.value(u"scope"_s).toArray().size(), 2);
    // A forged user: a proof made with a key the server never gave.
    std::unique_ptr<QNetworkReply> forged(whoami(bearer, "王芳", proof("not-the-key")));
    QCOMPARE(forged->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    // A user who never signed in on this device.
    std::unique_ptr<QNetworkReply> stranger(whoami(bearer, "admin", proof(key)));
    QCOMPARE(stranger->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    // A made-up device token.
    std::unique_ptr<QNetworkReply> noDevice(whoami("Bearer made-up", "王芳", proof(key)));
    QCOMPARE(QJsonDocument::fromJson(noDevice->readAll()).object().value(u"error"_s).toString(), u"device_unknown"_s);
    // The device revoked: nothing it sends is taken any more.
    admin({u"revoke-device"_s, QString::fromUtf8(deviceId)}, &code);
    QCOMPARE(code, 0);
    std::unique_ptr<QNetworkReply> revoked(whoami(bearer, "王芳", proof(key)));
    QCOMPARE(revoked->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
    QCOMPARE(QJsonDocument::fromJson(revoked->readAll()).object().value(u"error"_s).toString(), u"device_revoked"_s);
}

void TestSyncServer::revokingADevice()
{
    QVERIFY(!m_deviceId.isEmpty());
    int code = -1;
    admin({u"revoke-device"_s, m_deviceId}, &code);
    QCOMPARE(code, 0);
    const QString again = admin({u"revoke-device"_s, m_deviceId}, &code);
    QCOMPARE(code, 1);
    QVERIFY(again.contains(u"revoked already"_s));
}

// The desktop side: `linli-cli enrol` on a new encrypted database, as an IT admin would run it.
void TestSyncServer::aDesktopEnrolsWithTheCli()
{
    const QString db = m_fx.path(u"desk.linli"_s);
    const auto cli = [&](const QStringList &args, int *code) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LINLI_PASSWORD"_s, u"Desk-pass-2026"_s);
        env.insert(u"LANG"_s, u"zh_CN.UTF-8"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(LINLI_CLI), QStringList{u"--db"_s, db, u"--user"_s, u"admin"_s} + args);
        p.waitForFinished(60000);
        *code = p.exitCode();
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    };
    int code = -1;
    QProcess init;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LINLI_PASSWORD"_s, u"Desk-pass-2026"_s);
    init.setProcessEnvironment(env);
    init.start(QStringLiteral(LINLI_CLI),
               {u"init"_s, u"--db"_s, db, u"--admin-user"_s, u"admin"_s, u"--org"_s, u"幸福里物业"_s});
    QVERIFY(init.waitForFinished(60000));
    QCOMPARE(init.exitCode(), 0);
    const QString issued = admin({u"enrol-code"_s, u"--office"_s, u"幸福里物业"_s}, &code).trimmed();
    const QString server = u"https://localhost:%1"_s.arg(m_port);
    // Plain http is refused before anything is sent.
    QString out = cli({u"enrol"_s, u"--server"_s, u"http://localhost:%1"_s.arg(m_port), u"--code"_s, issued}, &code);
    QCOMPARE(code, 3);
    QVERIFY2(out.contains(u"https://"_s), qPrintable(out));
    // A CA that did not sign the server's certificate: refused, nothing stored, the code not spent.
    out = cli({u"enrol"_s, u"--server"_s, server, u"--code"_s, issued, u"--ca"_s, m_fx.otherCaFile()}, &code);
    QCOMPARE(code, 2);
    QVERIFY2(out.contains(u"证书"_s), qPrintable(out)); // said in Chinese
    // The right CA: enrolled, series given.
    out = cli({u"--json"_s, u"enrol"_s, u"--server"_s, server, u"--code"_s, issued, u"--ca"_s, m_fx.caFile()}, &code);
    QVERIFY2(code == 0, qPrintable(out));
    const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
    QVERIFY(!o.value(u"device_id"_s).toString().isEmpty());
    QVERIFY(!o.value(u"series"_s).toString().isEmpty());
    // Once is enough: a second enrolment of the same database is refused.
    out = cli({u"enrol"_s, u"--server"_s, server, u"--code"_s, issued, u"--ca"_s, m_fx.caFile()}, &code);
    QCOMPARE(code, 3);
}

namespace {

struct Desk
{
    QByteArray deviceId;
    QByteArray bearer;
    QByteArray key;
    QByteArray user;
};

QByteArray proofFor(const Desk &d, const QByteArray &path, const QByteArray &body)
{
    const QByteArray message =
        d.deviceId + '\n' + path + '\n' + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    return QMessageAuthenticationCode::hash(message, d.key, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString hlcAt(qint64 ms, int counter)
{
    return u"%1-%2"_s.arg(ms, 16, 10, QChar(u'0')).arg(counter, 6, 10, QChar(u'0'));
}

} // namespace

// Two desks push: a batch sent twice is applied once and answered the same; a gap is refused; two
// offices changing one field without seeing each other leave a conflict with both values; a
// ledger row's id used again for other content is refused; a skewed clock is refused.
void TestSyncServer::pushIsAppliedExactlyOnceAndMerged()
{
    // 张主任 may do everything everywhere; 王芳 (property clerk) only fees, only in compounds c1, c2.
    qputenv("LINLI_SERVER_PASSWORD", "Zhang-zhuren-2026");
    int code = -1;
    admin({u"add-user"_s, u"张主任"_s, u"--role"_s, u"admin"_s}, &code);
    qunsetenv("LINLI_SERVER_PASSWORD");
    QCOMPARE(code, 0);
    const auto desk = [&](const QString &name, const QString &user, const QString &password) {
        const QJsonObject d = enrolDevice(name);
        Desk out{d.value(u"device_id"_s).toString().toUtf8(),
                 "Bearer " + d.value(u"device_token"_s).toString().toUtf8(),
                 {},
                 user.toUtf8()};
        std::unique_ptr<QNetworkReply> login(
            request(u"/v1/login"_s, QJsonDocument(QJsonObject{{u"user"_s, user}, {u"password"_s, password}}).toJson(),
                    {}, true, {{"Authorization", out.bearer}}));
        out.key = QJsonDocument::fromJson(login->readAll()).object().value(u"user_key"_s).toString().toUtf8();
        return out;
    };
    const Desk a = desk(u"社区服务站"_s, u"张主任"_s, u"Zhang-zhuren-2026"_s);
    const Desk b = desk(u"物业收费台"_s, u"张主任"_s, u"Zhang-zhuren-2026"_s);
    QVERIFY(!a.key.isEmpty() && !b.key.isEmpty());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto push = [&](const Desk &d, qint64 from, const QJsonArray &entries, qint64 clientNow, QJsonObject *body) {
        const QByteArray json = QJsonDocument(QJsonObject{{u"device_id"_s, QString::fromUtf8(d.deviceId)},
                                                          {u"from_seq"_s, from},
                                                          {u"to_seq"_s, from + entries.size() - 1},
                                                          {u"client_now_ms"_s, clientNow},
                                                          {u"entries"_s, entries}})
                                    .toJson(QJsonDocument::Compact);
        std::unique_ptr<QNetworkReply> reply(request(u"/v1/push"_s, json, {}, true,
                                                     {{"Authorization", d.bearer},
                                                      {"X-Linli-User", d.user},
                                                      {"X-Linli-User-Proof", proofFor(d, "/v1/push", json)}}));
        const QByteArray raw = reply->readAll();
        *body = QJsonDocument::fromJson(raw).object();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    };
    const QJsonObject payment{{u"household_id"_s, u"h1"_s}, {u"amount_fen"_s, 10000}};
    const QJsonArray first{QJsonObject{{u"seq"_s, 1},
                                       {u"entity"_s, u"fee_payments"_s},
                                       {u"row_id"_s, u"p1"_s},
                                       {u"op"_s, u"insert"_s},
                                       {u"hlc"_s, hlcAt(now - 1000, 0)},
                                       {u"row"_s, payment}},
                           QJsonObject{{u"seq"_s, 2},
                                       {u"entity"_s, u"reg_residents"_s},
                                       {u"row_id"_s, u"r1"_s},
                                       {u"op"_s, u"upsert"_s},
                                       {u"hlc"_s, hlcAt(now - 900, 0)},
                                       {u"base_hlc"_s, hlcAt(now - 100000, 0)},
                                       {u"fields"_s, QJsonObject{{u"phone"_s, u"13800000001"_s}}}}};
    QJsonObject answer;
    QCOMPARE(push(a, 1, first, now, &answer), 200);
    QCOMPARE(answer.value(u"entries"_s).toArray().at(0).toObject().value(u"result"_s).toString(), u"applied"_s);
    QJsonObject again;
    QCOMPARE(push(a, 1, first, now, &again), 200); // the answer was lost on the way; sent again
    QCOMPARE(again, answer);
    const auto psql = [&](const QString &sql) { return m_fx.psql(sql); };
    QCOMPARE(psql(u"SELECT count(*) || ' ' || max(pos) FROM sync_rows"_s), u"2 2"_s); // applied once
    QCOMPARE(push(a, 5, first, now, &answer), 409);
    QCOMPARE(answer.value(u"last_seq"_s).toInteger(), 2);
    // Desk B had not seen desk A's phone number and changes it too, later: B's wins, A's is kept.
    const QJsonArray fromB{QJsonObject{{u"seq"_s, 1},
                                       {u"entity"_s, u"reg_residents"_s},
                                       {u"row_id"_s, u"r1"_s},
                                       {u"op"_s, u"upsert"_s},
                                       {u"hlc"_s, hlcAt(now - 500, 0)},
                                       {u"base_hlc"_s, hlcAt(now - 100000, 0)},
                                       {u"fields"_s, QJsonObject{{u"phone"_s, u"13900000002"_s}}}},
                           QJsonObject{{u"seq"_s, 2},
                                       {u"entity"_s, u"fee_payments"_s},
                                       {u"row_id"_s, u"p1"_s},
                                       {u"op"_s, u"insert"_s},
                                       {u"hlc"_s, hlcAt(now - 400, 0)},
                                       {u"row"_s, QJsonObject{{u"household_id"_s, u"h1"_s}, {u"amount_fen"_s, 1}}}}};
    QCOMPARE(push(b, 1, fromB, now, &answer), 200);
    const QJsonArray results = answer.value(u"entries"_s).toArray();
    QCOMPARE(results.at(0).toObject().value(u"result"_s).toString(), u"applied"_s);
    QCOMPARE(results.at(1).toObject().value(u"result"_s).toString(), u"rejected"_s);
    QCOMPARE(results.at(1).toObject().value(u"reason"_s).toString(), u"id_reused"_s);
    QCOMPARE(psql(u"SELECT data->>'phone' FROM sync_rows WHERE entity = 'reg_residents' AND id = 'r1'"_s),
             u"13900000002"_s);
    QCOMPARE(
        psql(u"SELECT winner_value #>> '{}' || '/' || (loser_value #>> '{}') FROM conflicts WHERE row_id = 'r1'"_s),
        u"13900000002/13800000001"_s);
    QCOMPARE(psql(u"SELECT data->>'amount_fen' FROM sync_rows WHERE entity = 'fee_payments' AND id = 'p1'"_s),
             u"10000"_s); // the first payment stands
    // A clock an hour off: nothing applied.
    QCOMPARE(push(b, 3, fromB, now + 3600 * 1000, &answer), 422);
    QCOMPARE(answer.value(u"error"_s).toString(), u"clock_skew"_s);

    // Pull, a row a page: both rows, the merged phone number, the conflict, then nothing more.
    const auto pull = [&](const Desk &d, const QString &cursor, QJsonObject *body) {
        const QByteArray json =
            QJsonDocument(QJsonObject{{u"cursor"_s, cursor}, {u"limit"_s, 1}}).toJson(QJsonDocument::Compact);
        std::unique_ptr<QNetworkReply> reply(request(u"/v1/pull"_s, json, {}, true,
                                                     {{"Authorization", d.bearer},
                                                      {"X-Linli-User", d.user},
                                                      {"X-Linli-User-Proof", proofFor(d, "/v1/pull", json)}}));
        *body = QJsonDocument::fromJson(reply->readAll()).object();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    };
    QString cursor;
    QMap<QString, QJsonObject> pulled;
    for (int page = 0; page < 10; ++page) {
        QJsonObject body;
        QCOMPARE(pull(a, cursor, &body), 200);
        for (const QJsonValue &r : body.value(u"rows"_s).toArray())
            pulled.insert(r[u"entity"_s].toString() + u'/' + r[u"row_id"_s].toString(), r[u"row"_s].toObject());
        cursor = body.value(u"cursor"_s).toString();
        if (!body.value(u"more"_s).toBool())
            break;
    }
    QCOMPARE(pulled.size(), 3); // the two rows, and the conflict for the offices to review
    QCOMPARE(pulled.value(u"reg_residents/r1"_s).value(u"phone"_s).toString(), u"13900000002"_s);
    const QJsonObject conflict = pulled.value(pulled.lastKey());
    QVERIFY2(pulled.lastKey().startsWith(u"sync_conflicts/"_s), qPrintable(pulled.lastKey()));
    QCOMPARE(conflict.value(u"row_id"_s).toString(), u"r1"_s);
    QCOMPARE(conflict.value(u"winner_value"_s).toString(), u"13900000002"_s);
    QCOMPARE(conflict.value(u"loser_value"_s).toString(), u"13800000001"_s);
    QCOMPARE(pulled.value(u"fee_payments/p1"_s).value(u"amount_fen"_s).toInt(), 10000);
    QJsonObject nothing;
    QCOMPARE(pull(a, cursor, &nothing), 200);
    QVERIFY(nothing.value(u"rows"_s).toArray().isEmpty());
    QCOMPARE(pull(a, u"not-a-cursor"_s, &nothing), 400);

    // Scope and role: 张主任 records two compounds down to a household each; 王芳 may take money
    // for the one in her compound c1, not for the one in c3, and may not touch the registry.
    QJsonArray chain;
    qint64 seq = 3;
    for (const QString &c : {u"c1"_s, u"c3"_s}) {
        const QList<std::tuple<QString, QString, QJsonObject>> rows = {
            {u"reg_compounds"_s, c, QJsonObject{{u"name"_s, c}}},
            {u"reg_buildings"_s, QString(u"b-"_s + c), QJsonObject{{u"compound_id"_s, c}}},
            {u"reg_units"_s, QString(u"u-"_s + c), QJsonObject{{u"building_id"_s, QString(u"b-"_s + c)}}},
            {u"reg_rooms"_s, QString(u"rm-"_s + c), QJsonObject{{u"unit_id"_s, QString(u"u-"_s + c)}}},
            {u"reg_households"_s, QString(u"h-"_s + c), QJsonObject{{u"room_id"_s, QString(u"rm-"_s + c)}}}};
        for (const auto &[entity, id, fields] : rows)
            chain.append(QJsonObject{{u"seq"_s, seq++},
                                     {u"entity"_s, entity},
                                     {u"row_id"_s, id},
                                     {u"op"_s, u"upsert"_s},
                                     {u"hlc"_s, hlcAt(now - 300, int(seq))},
                                     {u"base_hlc"_s, QString()},
                                     {u"fields"_s, fields}});
    }
    QCOMPARE(push(a, 3, chain, now, &answer), 200);
    const Desk w = desk(u"物业二号台"_s, u"王芳"_s, u"Wangfang-2026!"_s);
    QVERIFY(!w.key.isEmpty());
    const auto paymentOf = [&](qint64 s, const QString &id, const QString &household) {
        return QJsonArray{QJsonObject{{u"seq"_s, s},
                                      {u"entity"_s, u"fee_payments"_s},
                                      {u"row_id"_s, id},
                                      {u"op"_s, u"insert"_s},
                                      {u"hlc"_s, hlcAt(now - 200, 0)},
                                      {u"row"_s, QJsonObject{{u"household_id"_s, household}, {u"amount_fen"_s, 500}}}}};
    };
    QCOMPARE(push(w, 1, paymentOf(1, u"p-c3"_s, u"h-c3"_s), now, &answer), 403);
    QCOMPARE(answer.value(u"error"_s).toString(), u"outside_scope"_s);
    QCOMPARE(push(w, 1, paymentOf(1, u"p-c1"_s, u"h-c1"_s), now, &answer), 200);
    const QJsonArray registry{QJsonObject{{u"seq"_s, 2},
                                          {u"entity"_s, u"reg_residents"_s},
                                          {u"row_id"_s, u"r9"_s},
                                          {u"op"_s, u"upsert"_s},
                                          {u"hlc"_s, hlcAt(now - 100, 0)},
                                          {u"base_hlc"_s, QString()},
                                          {u"fields"_s, QJsonObject{{u"household_id"_s, u"h-c1"_s}}}}};
    QCOMPARE(push(w, 2, registry, now, &answer), 403);
    QCOMPARE(answer.value(u"error"_s).toString(), u"not_permitted"_s);
    QCOMPARE(psql(u"SELECT count(*) FROM sync_rows WHERE id IN ('p-c3', 'r9')"_s), u"0"_s); // nothing applied
    // 王芳 pulls her compound's rows and those of no compound, never c3's.
    QStringList seen;
    cursor.clear();
    for (int page = 0; page < 50; ++page) {
        QJsonObject body;
        QCOMPARE(pull(w, cursor, &body), 200);
        for (const QJsonValue &r : body.value(u"rows"_s).toArray())
            seen << r[u"row_id"_s].toString();
        cursor = body.value(u"cursor"_s).toString();
        if (!body.value(u"more"_s).toBool())
            break;
    }
    QVERIFY2(seen.contains(u"h-c1"_s) && seen.contains(u"p-c1"_s), qPrintable(seen.join(u' ')));
    QVERIFY2(!seen.contains(u"h-c3"_s) && !seen.contains(u"c3"_s), qPrintable(seen.join(u' ')));
    // p1 names a household the server has never seen: not shown to a user of some compounds only.
    QVERIFY2(!seen.contains(u"p1"_s), qPrintable(seen.join(u' ')));

    // A bill run is one entry with its rows: applied whole, or not at all when one of its rows
    // cannot be (here a bill id used before for another bill).
    const auto run = [&](qint64 s, const QString &runId, const QString &billId, const QString &household) {
        return QJsonArray{
            QJsonObject{{u"seq"_s, s},
                        {u"entity"_s, u"fee_bill_runs"_s},
                        {u"row_id"_s, runId},
                        {u"op"_s, u"insert"_s},
                        {u"hlc"_s, hlcAt(now - 50, int(s))},
                        {u"row"_s, QJsonObject{{u"period"_s, u"2026-11"_s}, {u"compound_id"_s, u"c1"_s}}},
                        {u"children"_s,
                         QJsonObject{{u"fee_bills"_s, QJsonArray{QJsonObject{{u"id"_s, billId},
                                                                             {u"run_id"_s, runId},
                                                                             {u"household_id"_s, household},
                                                                             {u"total_fen"_s, 10735}}}},
                                     {u"fee_ledger"_s, QJsonArray{QJsonObject{{u"id"_s, QString(u"charge-"_s + runId)},
                                                                              {u"household_id"_s, household},
                                                                              {u"kind"_s, u"charge"_s},
                                                                              {u"bill_id"_s, billId},
                                                                              {u"amount_fen"_s, 10735}}}}}}}};
    };
    QCOMPARE(push(a, 13, run(13, u"run1"_s, u"bill1"_s, u"h-c1"_s), now, &answer), 200);
    QCOMPARE(answer.value(u"entries"_s).toArray().at(0).toObject().value(u"result"_s).toString(), u"applied"_s);
    QCOMPARE(psql(u"SELECT count(*) FROM sync_rows WHERE id IN ('run1', 'bill1', 'charge-run1')"_s), u"3"_s);
    QCOMPARE(push(a, 14, run(14, u"run2"_s, u"bill1"_s, u"h-c3"_s), now, &answer), 200);
    QCOMPARE(answer.value(u"entries"_s).toArray().at(0).toObject().value(u"result"_s).toString(), u"rejected"_s);
    QCOMPARE(psql(u"SELECT count(*) FROM sync_rows WHERE id IN ('run2', 'charge-run2')"_s), u"0"_s);

    // Voiding run1 while another office took a payment for its bill: refused as stale; the void
    // of a run nobody paid goes through. (p-c1 was taken before the run: money paid in advance,
    // which a void hands back as credit, does not count; a payment the server has not got is as
    // late as its allocation.)
    const auto payBill = QJsonArray{QJsonObject{
        {u"seq"_s, 15},
        {u"entity"_s, u"fee_allocations"_s},
        {u"row_id"_s, u"alloc1"_s},
        {u"op"_s, u"insert"_s},
        {u"hlc"_s, hlcAt(now - 40, 0)},
        {u"row"_s, QJsonObject{{u"bill_id"_s, u"bill1"_s}, {u"payment_id"_s, u"p-late"_s}, {u"amount_fen"_s, 500}}}}};
    QCOMPARE(push(a, 15, payBill, now, &answer), 200);
    const auto voidRun = [&](qint64 s, const QString &id, const QString &runId) {
        return QJsonArray{QJsonObject{{u"seq"_s, s},
                                      {u"entity"_s, u"fee_run_voids"_s},
                                      {u"row_id"_s, id},
                                      {u"op"_s, u"insert"_s},
                                      {u"hlc"_s, hlcAt(now - 30, int(s))},
                                      {u"row"_s, QJsonObject{{u"run_id"_s, runId}}},
                                      {u"expect"_s, QJsonObject{{u"run_unpaid"_s, runId}}}}};
    };
    QCOMPARE(push(b, 3, voidRun(3, u"void1"_s, u"run1"_s), now, &answer), 200);
    QCOMPARE(answer.value(u"entries"_s).toArray().at(0).toObject().value(u"reason"_s).toString(), u"stale_state"_s);
    QCOMPARE(push(a, 16, run(16, u"run3"_s, u"bill3"_s, u"h-c1"_s), now, &answer), 200);
    QCOMPARE(push(b, 4, voidRun(4, u"void3"_s, u"run3"_s), now, &answer), 200);
    QCOMPARE(answer.value(u"entries"_s).toArray().at(0).toObject().value(u"result"_s).toString(), u"applied"_s);

    // A group is taken whole or refused whole: a second void of run3 with its reversals is stale,
    // and none of its 1,100 entries is applied (more than 1,000 entries only as one group).
    const auto voidGroup = [&](qint64 from, const QString &id, qint64 group) {
        QJsonArray entries = voidRun(from, id, u"run3"_s);
        QJsonObject head = entries.at(0).toObject();
        head.insert(u"group"_s, group);
        entries.replace(0, head);
        for (qint64 s = from + 1; s < from + 1100; ++s)
            entries.append(QJsonObject{
                {u"seq"_s, s},
                {u"entity"_s, u"fee_ledger"_s},
                {u"row_id"_s, u"rev-%1-%2"_s.arg(id).arg(s)},
                {u"op"_s, u"insert"_s},
                {u"hlc"_s, hlcAt(now - 30, int(s))},
                {u"group"_s, group},
                {u"row"_s,
                 QJsonObject{{u"household_id"_s, u"h-c1"_s}, {u"kind"_s, u"reversal"_s}, {u"amount_fen"_s, -1}}}});
        return entries;
    };
    QCOMPARE(push(b, 5, voidGroup(5, u"void3b"_s, 0), now, &answer), 400); // not one group
    QCOMPARE(push(b, 5, voidGroup(5, u"void3b"_s, 6), now, &answer), 400); // a group not at its start
    QCOMPARE(push(b, 5, voidGroup(5, u"void3b"_s, 5), now, &answer), 200);
    const QJsonArray refused = answer.value(u"entries"_s).toArray();
    QCOMPARE(refused.size(), 1100);
    for (const QJsonValue &r : refused)
        QCOMPARE(r[u"reason"_s].toString(), u"stale_state"_s);
    QCOMPARE(psql(u"SELECT count(*) FROM sync_rows WHERE id = 'void3b' OR id LIKE 'rev-void3b-%'"_s), u"0"_s);
}

QTEST_GUILESS_MAIN(TestSyncServer)
#include "tst_sync_server.moc"
