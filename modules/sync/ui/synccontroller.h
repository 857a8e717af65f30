#pragma once

#include <core/result.h>

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QThread>

class QTimer;

#include <sync/syncjob.h>

#include <functional>

namespace Linli::Sync {

struct SyncReport;

// Syncs the open database in the background: every few minutes, soon after a change, and when
// asked; each run on a thread of its own with its own connection, so the window never waits.
// After an error it tries again later (1 s, 2 s, 4 s … up to 5 minutes, with jitter).
class SyncController : public QObject
{
    Q_OBJECT
public:
    // `job`: the values each run is given; `observeHlc`: called on this thread with the newest
    // stamp a run pulled (the open database's clock continues after it).
    SyncController(SyncJob job, std::function<void(const QString &)> observeHlc, QObject *parent = nullptr);
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

    SyncJob m_job;
    std::function<void(const QString &)> m_observeHlc;
    QTimer *m_timer;
    QPointer<QThread> m_thread;
    bool m_again = false;
    int m_failures = 0;
    int m_interval = 5 * 60 * 1000;
    QString m_lastError;
    bool m_needsSignIn = false;
};

} // namespace Linli::Sync
