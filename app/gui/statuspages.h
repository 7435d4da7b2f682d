// SPDX-License-Identifier: MIT
#pragma once
// The two pages a tab or window shows around long work: progress with Cancel while it runs,
// and a message (why it failed, or that it was cancelled) with buttons afterwards.

#include <QList>
#include <QString>

class QLabel;
class QProgressBar;
class QPushButton;
class QWidget;

namespace ps::gui {

struct ProgressPage
{
    QWidget *page = nullptr;
    QLabel *title = nullptr;
    QLabel *stage = nullptr;
    QProgressBar *progress = nullptr; ///< 0–1000 per mille
    QPushButton *cancel = nullptr;
};

/// A centred title, the current stage, a progress bar and a button labelled `cancelText`.
ProgressPage makeProgressPage(QWidget *parent, const QString &title, const QString &stage,
                              const QString &cancelText);

struct MessagePage
{
    QWidget *page = nullptr;
    QLabel *text = nullptr; ///< rich text, selectable
};

/// An error icon, a centred message and `buttons` in a row below it (reparented).
MessagePage makeMessagePage(QWidget *parent, const QList<QPushButton *> &buttons);

} // namespace ps::gui
