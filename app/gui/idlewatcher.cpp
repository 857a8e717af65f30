#include "idlewatcher.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QEvent>

namespace Linli::App {

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleWatcher::setMinutes(int minutes)
{
    m_minutes = minutes;
    restart();
}

void IdleWatcher::restart()
{
    if (m_minutes > 0)
        m_timer.start(m_minutes * 60 * 1000);
    else
        m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive())
            m_timer.start(); // restart with the same interval
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Linli::App
