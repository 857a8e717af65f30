#pragma once

// Shared by the GUI tests.

#include <QtCore/QTimer>
#include <QtWidgets/QApplication>
#include <QtWidgets/QWidget>

#include <functional>

namespace Linli::GuiTest {

// Acts on the next modal dialog as soon as it is open (polling, so it does not matter whether
// the dialog opens before or after the event loop first runs), then stops.
// The timer belongs to `owner`, so it cannot outlive what `act` refers to.
inline void whenModal(QObject *owner, const std::function<void(QWidget *)> &act)
{
    auto *timer = new QTimer(owner);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            act(modal);
        }
    });
    timer->start();
}

} // namespace Linli::GuiTest
