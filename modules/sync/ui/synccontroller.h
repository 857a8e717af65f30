#pragma once

#include <core/result.h>

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QThread>

class QTimer;

namespace Linli::Staff {
struct Session;
}

namespace Linli::Sync {

struct SyncReport;

// Syncs the open database in the background: every few minutes, soon after a change, and when
// asked; each run on a thread of its own with its own connection, so the window never waits.
// After an error it tries again later (1 s, 2 s, 4 s … up to 5 minutes, with jitter).
class SyncController : public QObject
{
    Q_OBJECT
public:
    explicit SyncController(Staff::Session &session, QObject *parent = nullptr);
    ~SyncController() override;

    bool running() const { return m_thread != nullptr; }
    // The last run's error, in plain Chinese; empty after a good run.
    QString lastError() const { return m_lastError; }
    bool needsSignIn() const { return m_needsSignIn; }

    // A sync now (or, when one is running, right after it).
    void syncNow();
    // A local change happened: sync within a few seconds.
    void changed();
    // For tests: the periodic interval.
    void setInterval(int ms);

Q_SIGNALS:
    // Running, finished, failed: the status bar reads it again.
    void stateChanged();
    // Rows came from the server: pages showing data refresh.
    void dataPulled();

private:
    void start();
    void finished(const Result<SyncReport> &report);
    void schedule(int ms);

    Staff::Session &m_session;
    QTimer *m_timer;
    QPointer<QThread> m_thread;
    bool m_again = false;
    int m_failures = 0;
    int m_interval = 5 * 60 * 1000;
    QString m_lastError;
    bool m_needsSignIn = false;
};

} // namespace Linli::Sync
