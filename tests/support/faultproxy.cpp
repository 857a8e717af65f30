#include "faultproxy.h"

#include <QtCore/QPointer>
#include <QtCore/QTimer>
#include <QtNetwork/QTcpServer>
#include <QtNetwork/QTcpSocket>

namespace Linli::TestSupport {

FaultProxy::FaultProxy(quint16 targetPort, quint32 seed, QObject *parent)
    : QObject(parent), m_server(new QTcpServer(this)), m_target(targetPort), m_random(seed)
{
    m_server->listen(QHostAddress::LocalHost, 0);
    connect(m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

quint16 FaultProxy::port() const
{
    return m_server->serverPort();
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        Plan plan = Plan::Pass;
        if (m_random.generateDouble() < m_rate) {
            switch (m_random.bounded(3)) {
            case 0: plan = Plan::Refuse; break;
            case 1: plan = Plan::CutBeforeAnswer; break;
            default: plan = Plan::CutMidAnswer; break;
            }
        }
        if (plan == Plan::Refuse) {
            ++refused;
            client->abort();
            client->deleteLater();
            continue;
        }
        const int delay = int(m_random.bounded(m_maxDelayMs + 1));
        auto *upstream = new QTcpSocket(client);
        QPointer<QTcpSocket> c(client), u(upstream);
        const auto cutBoth = [c, u] {
            if (u)
                u->abort();
            if (c) {
                c->abort();
                c->deleteLater();
            }
        };
        // Client → server, a little late; bytes that come before the upstream connects wait.
        auto clientBytes = std::make_shared<qint64>(0);
        connect(client, &QTcpSocket::readyRead, this, [c, u, delay, clientBytes] {
            const QByteArray bytes = c->readAll();
            *clientBytes += bytes.size();
            QTimer::singleShot(delay, u, [u, bytes] {
                if (u)
                    u->write(bytes);
            });
        });
        // Server → client, as planned. The TLS handshake passes (the client's hello and finish are
        // well under 1,000 bytes); what a plan cuts is what the server sends after the client sent
        // its request (headers with the device token and user proof take it over 1,000).
        connect(upstream, &QTcpSocket::readyRead, this, [this, c, u, plan, delay, cutBoth, clientBytes] {
            const QByteArray bytes = u->readAll();
            if (*clientBytes > 1000 && plan == Plan::CutBeforeAnswer) {
                ++cutBeforeAnswer;
                return cutBoth();
            }
            if (*clientBytes > 1000 && plan == Plan::CutMidAnswer) {
                ++cutMidAnswer;
                if (c)
                    c->write(bytes.left(bytes.size() / 2));
                QTimer::singleShot(delay, this, cutBoth);
                return;
            }
            QTimer::singleShot(delay, c, [c, bytes] {
                if (c)
                    c->write(bytes);
            });
        });
        connect(client, &QTcpSocket::disconnected, this, [u] {
            if (u)
                u->disconnectFromHost();
        });
        connect(upstream, &QTcpSocket::disconnected, this, [c] {
            if (c) {
                c->disconnectFromHost();
                c->deleteLater();
            }
        });
        if (plan == Plan::Pass)
            ++passed;
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
    }
}

} // namespace Linli::TestSupport
