// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <functional>
#include <utility>

namespace Relay::Ui {

/*! Runs \a work on the global thread pool and hands its result to \a done in the GUI thread, but
 *  only while \a context is alive. For work that would stall the GUI: formatting a large preview,
 *  decoding an image, reading or writing a file. \a work must not touch widgets. */
template<typename T>
void runInBackground(QObject *context, std::function<T()> work, std::function<void(T)> done)
{
    // The guard is created here and read only in the GUI thread; the pool thread just carries it.
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)] {
        T result = work();
        // Posted to the application object, which outlives every context: a deleted context is
        // noticed by the guard instead of by a dangling receiver.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done, result = std::move(result)]() mutable {
                if (guard)
                    done(std::move(result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace Relay::Ui
