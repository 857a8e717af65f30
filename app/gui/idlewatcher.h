#pragma once

#include <QtCore/QObject>
#include <QtCore/QTimer>

namespace Linli::App {

// Emits idle() after `minutes` without keyboard or mouse input anywhere in the application.
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);
    // 0 switches the watcher off.
    void setMinutes(int minutes);
    int minutes() const { return m_minutes; }
    void restart();
    // For tests: fire now, as if the time had passed.
    void triggerNow() { Q_EMIT idle(); }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    int m_minutes = 0;
};

} // namespace Linli::App
