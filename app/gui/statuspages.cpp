// SPDX-License-Identifier: MIT
#include "statuspages.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ps::gui {

ProgressPage makeProgressPage(QWidget *parent, const QString &title, const QString &stage,
                              const QString &cancelText)
{
    ProgressPage p;
    p.page = new QWidget(parent);
    auto *layout = new QVBoxLayout(p.page);
    layout->addStretch(1);
    p.title = new QLabel(title, p.page);
    p.title->setAlignment(Qt::AlignCenter);
    p.stage = new QLabel(stage, p.page);
    p.stage->setAlignment(Qt::AlignCenter);
    p.progress = new QProgressBar(p.page);
    p.progress->setRange(0, 1000);
    p.progress->setTextVisible(false);
    p.progress->setMaximumWidth(420);
    p.cancel = new QPushButton(cancelText, p.page);
    auto *center = new QHBoxLayout;
    center->addStretch(1);
    center->addWidget(p.progress, 4);
    center->addWidget(p.cancel);
    center->addStretch(1);
    layout->addWidget(p.title);
    layout->addWidget(p.stage);
    layout->addLayout(center);
    layout->addStretch(2);
    return p;
}

MessagePage makeMessagePage(QWidget *parent, const QList<QPushButton *> &buttons)
{
    MessagePage p;
    p.page = new QWidget(parent);
    auto *layout = new QVBoxLayout(p.page);
    layout->addStretch(1);
    auto *icon = new QLabel(p.page);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/kinds/error.svg")).pixmap(48, 48));
    icon->setAlignment(Qt::AlignCenter);
    p.text = new QLabel(p.page);
    p.text->setWordWrap(true);
    p.text->setAlignment(Qt::AlignCenter);
    p.text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    for (QPushButton *button : buttons) {
        button->setParent(p.page);
        row->addWidget(button);
    }
    row->addStretch(1);
    layout->addWidget(icon);
    layout->addWidget(p.text);
    layout->addLayout(row);
    layout->addStretch(2);
    return p;
}

} // namespace ps::gui
