#pragma once

// A TCP proxy between the desktops and linli-sync-server that misbehaves on purpose, seeded and so
// reproducible: it delays what passes, refuses connections, cuts a connection after the request
// reached the server but before its answer came back (the server committed; the desktop never
// knows), or halfway through the answer. A cut request is sent again by the desktop: the server
// sees it twice. TLS passes through untouched (the proxy sees only encrypted bytes).

#include <QtCore/QObject>
#include <QtCore/QRandomGenerator>

class QTcpServer;
class QTcpSocket;

namespace Linli::TestSupport {

class FaultProxy : public QObject
{
    Q_OBJECT
public:
    FaultProxy(quint16 targetPort, quint32 seed, QObject *parent = nullptr);
    quint16 port() const;
    // 0: a faithful proxy; 1: every connection goes wrong somehow.
    void setFaultRate(double rate) { m_rate = rate; }
    void setMaxDelayMs(int ms) { m_maxDelayMs = ms; }

    int refused = 0;         // connections closed at once
    int cutBeforeAnswer = 0; // the request reached the server, its answer never came back
    int cutMidAnswer = 0;    // half an answer, then nothing
    int passed = 0;

private:
    enum class Plan { Pass, Refuse, CutBeforeAnswer, CutMidAnswer };
    void accept();

    QTcpServer *m_server;
    quint16 m_target;
    QRandomGenerator m_random;
    double m_rate = 0;
    int m_maxDelayMs = 30;
};

} // namespace Linli::TestSupport
