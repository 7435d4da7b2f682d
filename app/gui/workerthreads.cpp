// SPDX-License-Identifier: MIT
#include "workerthreads.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QThread>

namespace ps::gui {

namespace {

QList<QPointer<QThread>> &retired()
{
    static QList<QPointer<QThread>> threads;
    return threads;
}

/// At exit (QCoreApplication's destructor): cancelled workers end before the statics they
/// might still use are destroyed.
void waitForRetired()
{
    for (const QPointer<QThread> &thread : std::as_const(retired()))
        if (thread)
            thread->wait();
    retired().clear();
}

} // namespace

void retireThread(QThread *thread)
{
    if (!thread)
        return;
    static const bool registered = [] {
        qAddPostRoutine(waitForRetired);
        return true;
    }();
    Q_UNUSED(registered);
    QList<QPointer<QThread>> &threads = retired();
    threads.removeAll(QPointer<QThread>());
    if (thread->isFinished()) {
        thread->deleteLater();
        return;
    }
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    threads.append(thread);
}

int runningRetiredThreads()
{
    int running = 0;
    for (const QPointer<QThread> &thread : std::as_const(retired()))
        running += thread && thread->isRunning() ? 1 : 0;
    return running;
}

} // namespace ps::gui
