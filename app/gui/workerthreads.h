// SPDX-License-Identifier: MIT
#pragma once

class QThread;

namespace ps::gui {

/// Lets a worker thread that was told to cancel finish on its own, so the GUI thread never
/// waits for it (closing a tab or the window returns at once). The QThread deletes itself
/// when it ends; the worker must only touch what it owns (shared pointers it captured), never
/// the object that started it. The application waits for such threads only as it exits (they
/// stop soon: they were cancelled).
void retireThread(QThread *thread);

/// Retired threads still running (tests).
int runningRetiredThreads();

} // namespace ps::gui
