// Fifty offices syncing at once against one linli-sync-server (PostgreSQL from initdb, a
// throwaway CA): each is a device of its own that pushes batches of resident changes and pulls,
// all at the same time, over real TLS. No request may fail; every change must be on the server
// once; the 95th percentile of request latency is printed (docs/PERFORMANCE.md records it).
#include "syncserverfixture.h"

#include <sync/synchttp.h>

#include <QtCore/QCryptographicHash>
#include <QtCore/QDateTime>
#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QUuid>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslConfiguration>
#include <QtTest/QTest>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Linli;

namespace {

// What a current desktop sends as X-Linli-Schema (the server asks for storage 3 and fees 14 at least).
const QByteArray Schema = "fees=14,registry=1,storage=3";

constexpr int Clients = 50;
constexpr int Rounds = 6;
constexpr int EntriesPerBatch = 20;

// An office's device, driven asynchronously: push a batch, pull until done, again, Rounds times.
struct Device
{
    QString id;
    QByteArray token;
    QByteArray key;
    qint64 seq = 0;
    int round = 0;
    QString cursor;
    QStringList residents; // rows this device made, changed in later rounds
    // Its own connections: one manager for all would queue them six at a time.
    std::unique_ptr<QNetworkAccessManager> net = std::make_unique<QNetworkAccessManager>();
};

QString hlcNow(int counter)
{
    return u"%1-%2"_s.arg(QDateTime::currentMSecsSinceEpoch(), 16, 10, QChar(u'0')).arg(counter, 6, 10, QChar(u'0'));
}

} // namespace

class TestSyncLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fiftyOfficesAtOnce();

private:
    void send(Device &d, const QString &path, const QJsonObject &body,
              std::function<void(int, const QJsonObject &)> done);
    void nextRound(Device &d);
    void pullUntilDone(Device &d);

    TestSupport::SyncServerFixture m_fx;
    QList<QSslCertificate> m_ca;
    std::vector<std::unique_ptr<Device>> m_devices;
    QList<qint64> m_latencies;
    QStringList m_errors;
    int m_finished = 0;
    int m_counter = 0;
};

void TestSyncLoad::initTestCase()
{
    const QString failed = m_fx.start(QStringLiteral(LINLI_SYNC_SERVER));
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_ca = QSslCertificate::fromPath(m_fx.caFile());
    int code = -1;
    QString out = m_fx.admin({u"add-user"_s, u"load"_s, u"--role"_s, u"admin"_s, u"--scope"_s, u"*"_s}, &code,
                             "Load-test-2026\n");
    QVERIFY2(code == 0, qPrintable(out));
    // Fifty devices: enrolled with a code each, the user signed in on each.
    for (int i = 0; i < Clients; ++i) {
        const QString issued = m_fx.admin({u"enrol-code"_s, u"--office"_s, u"办公室 %1"_s.arg(i)}).trimmed();
        Sync::Caller anonymous{QUrl(m_fx.url()), m_ca, {}, {}, {}, {}, Schema};
        auto enrolled = Sync::postJson(anonymous, u"/v1/enrol"_s,
                                       QJsonObject{{u"code"_s, issued}, {u"device_name"_s, u"desk %1"_s.arg(i)}});
        QVERIFY(enrolled && enrolled->status == 200);
        auto d = std::make_unique<Device>();
        d->id = enrolled->body.value(u"device_id"_s).toString();
        d->token = enrolled->body.value(u"device_token"_s).toString().toLatin1();
        Sync::Caller device{QUrl(m_fx.url()), m_ca, d->id, d->token, {}, {}, Schema};
        auto login = Sync::postJson(device, u"/v1/login"_s,
                                    QJsonObject{{u"user"_s, u"load"_s}, {u"password"_s, u"Load-test-2026"_s}});
        QVERIFY(login && login->status == 200);
        d->key = login->body.value(u"user_key"_s).toString().toUtf8();
        m_devices.push_back(std::move(d));
    }
}

void TestSyncLoad::cleanupTestCase()
{
    const QString problems = m_fx.stop();
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestSyncLoad::send(Device &d, const QString &path, const QJsonObject &body,
                        std::function<void(int, const QJsonObject &)> done)
{
    QNetworkRequest request(QUrl(m_fx.url() + path));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(m_ca);
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("X-Linli-Protocol", "1");
    request.setRawHeader("X-Linli-Schema", Schema);
    request.setRawHeader("Authorization", "Bearer " + d.token);
    request.setRawHeader("X-Linli-User", "load");
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.setRawHeader("X-Linli-User-Proof", Sync::userProof(d.key, d.id, path, payload));
    request.setTransferTimeout(60000);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    QNetworkReply *reply = d.net->post(request, payload);
    connect(reply, &QNetworkReply::finished, this, [this, reply, timer, done] {
        reply->deleteLater();
        m_latencies.append(timer->elapsed());
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        done(status, QJsonDocument::fromJson(reply->readAll()).object());
    });
}

void TestSyncLoad::nextRound(Device &d)
{
    if (d.round == Rounds) {
        ++m_finished;
        return;
    }
    // A batch: new residents in the first round, their phone numbers changed in later ones.
    QJsonArray entries;
    const qint64 from = d.seq + 1;
    for (int i = 0; i < EntriesPerBatch; ++i) {
        QJsonObject e{{u"seq"_s, ++d.seq}, {u"entity"_s, u"reg_residents"_s}, {u"hlc"_s, hlcNow(++m_counter)}};
        if (d.round == 0) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            d.residents.append(id);
            e.insert(u"row_id"_s, id);
            e.insert(u"op"_s, u"insert"_s);
            e.insert(u"row"_s, QJsonObject{{u"name"_s, u"居民 %1"_s.arg(m_counter)}, {u"phone1"_s, u""_s}});
        } else {
            e.insert(u"row_id"_s, d.residents.at(i));
            e.insert(u"op"_s, u"upsert"_s);
            e.insert(u"base_hlc"_s, u""_s);
            e.insert(u"fields"_s, QJsonObject{{u"phone1"_s, u"+86139%1"_s.arg(m_counter, 8, 10, QChar(u'0'))}});
        }
        entries.append(e);
    }
    send(d, u"/v1/push"_s,
         {{u"device_id"_s, d.id},
          {u"from_seq"_s, from},
          {u"to_seq"_s, d.seq},
          {u"client_now_ms"_s, QDateTime::currentMSecsSinceEpoch()},
          {u"entries"_s, entries}},
         [this, &d](int status, const QJsonObject &answer) {
             if (status != 200) {
                 m_errors.append(u"push %1: %2"_s.arg(status).arg(answer.value(u"error"_s).toString()));
                 ++m_finished;
                 return;
             }
             pullUntilDone(d);
         });
}

void TestSyncLoad::pullUntilDone(Device &d)
{
    send(d, u"/v1/pull"_s, {{u"cursor"_s, d.cursor}, {u"limit"_s, 2000}},
         [this, &d](int status, const QJsonObject &answer) {
             if (status != 200) {
                 m_errors.append(u"pull %1: %2"_s.arg(status).arg(answer.value(u"error"_s).toString()));
                 ++m_finished;
                 return;
             }
             d.cursor = answer.value(u"cursor"_s).toString();
             if (answer.value(u"more"_s).toBool())
                 return pullUntilDone(d);
             ++d.round;
             nextRound(d);
         });
}

void TestSyncLoad::fiftyOfficesAtOnce()
{
    QElapsedTimer wall;
    wall.start();
    for (auto &d : m_devices)
        nextRound(*d);
    QTRY_VERIFY_WITH_TIMEOUT(m_finished == Clients, 240000);
    QVERIFY2(m_errors.isEmpty(), qPrintable(m_errors.join(u"; "_s)));
    // Every resident once, with its last phone number; every device's last sequence recorded.
    QCOMPARE(m_fx.psql(u"SELECT count(*) FROM sync_rows WHERE entity = 'reg_residents'"_s).toInt(),
             Clients * EntriesPerBatch);
    QCOMPARE(
        m_fx.psql(u"SELECT count(*) FROM sync_rows WHERE entity = 'reg_residents' AND data->>'phone1' = ''"_s).toInt(),
        0);
    QCOMPARE(m_fx.psql(u"SELECT count(*) FROM devices WHERE last_seq = %1"_s.arg(Rounds * EntriesPerBatch)).toInt(),
             Clients);
    std::sort(m_latencies.begin(), m_latencies.end());
    const qint64 p50 = m_latencies.at(m_latencies.size() / 2);
    const qint64 p95 = m_latencies.at(m_latencies.size() * 95 / 100);
    qInfo("%d clients, %lld requests in %lld ms: 0 errors; latency p50 %lld ms, p95 %lld ms, max %lld ms", Clients,
          qint64(m_latencies.size()), wall.elapsed(), p50, p95, m_latencies.last());
}

QTEST_GUILESS_MAIN(TestSyncLoad)
#include "tst_sync_load.moc"
