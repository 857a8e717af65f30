#include "synccontroller.h"

#include <sync/syncengine.h>

#include <QtCore/QRandomGenerator>
#include <QtCore/QThread>
#include <QtCore/QTimer>

#include <memory>

namespace Linli::Sync {

SyncController::SyncController(SyncJob job, std::function<void(const QString &)> observeHlc, QObject *parent)
    : QObject(parent), m_job(std::move(job)), m_observeHlc(std::move(observeHlc)), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncController::start);
    schedule(3000); // soon after sign-in: what the others did meanwhile
}

SyncController::~SyncController()
{
    // A run in progress finishes its page or batch (each is one local transaction); the window
    // waits for it rather than cut it off (nothing would be lost, but it would be sent again).
    if (m_thread) {
        m_thread->disconnect(this);
        m_thread->wait();
    }
}

void SyncController::setInterval(int ms)
{
    m_interval = ms;
    if (!m_thread)
        schedule(ms);
}

void SyncController::schedule(int ms)
{
    m_timer->start(ms);
}

void SyncController::syncNow()
{
    if (m_thread) {
        m_again = true;
        return;
    }
    start();
}

void SyncController::changed()
{
    if (!m_thread && !m_needsSignIn && (!m_timer->isActive() || m_timer->remainingTime() > 10000))
        schedule(10000);
}

void SyncController::start()
{
    if (m_thread)
        return;
    m_timer->stop();
    auto box = std::make_shared<Result<SyncReport>>(Error(ErrorCode::Internal, QString()));
    m_thread = QThread::create([box, job = m_job] { *box = job.run(); });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, this, [this, box] { finished(*box); });
    m_thread->start(QThread::LowPriority);
    Q_EMIT stateChanged();
}

void SyncController::finished(const Result<SyncReport> &report)
{
    m_thread = nullptr;
    if (report) {
        m_lastError.clear();
        m_needsSignIn = false;
        m_failures = 0;
        if (m_observeHlc)
            m_observeHlc(report->highestHlc);
        if (report->pulled > 0 || report->newConflicts > 0)
            Q_EMIT dataPulled();
        schedule(m_again ? 0 : m_interval);
    } else {
        m_lastError = report.error().message();
        m_needsSignIn = report.error().code() == ErrorCode::AuthenticationFailed;
        ++m_failures;
        // 1 s, 2 s, 4 s … 5 minutes, ±20 %: offices coming back online do not all knock at once.
        const int backoff = int(qMin<qint64>(qint64(1000) << qMin(m_failures - 1, 20), 5 * 60 * 1000));
        const int jitter = int(QRandomGenerator::global()->bounded(backoff / 5 + 1)) - backoff / 10;
        if (!m_needsSignIn)
            schedule(m_again ? 0 : backoff + jitter);
    }
    m_again = false;
    Q_EMIT stateChanged();
}

} // namespace Linli::Sync
