// SPDX-License-Identifier: MIT
#include "documenttab.h"

#include "documentview.h"
#include "qtstrings.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ps::gui {

DocumentTab::DocumentTab(const QString &path, QWidget *parent)
    : QStackedWidget(parent)
    , m_path(path)
{
    m_loadingPage = new QWidget(this);
    auto *loading = new QVBoxLayout(m_loadingPage);
    loading->addStretch(1);
    auto *title = new QLabel(
        tr("Opening <b>%1</b>").arg(QFileInfo(path).fileName().toHtmlEscaped()), m_loadingPage);
    title->setAlignment(Qt::AlignCenter);
    m_stageLabel = new QLabel(tr("Reading…"), m_loadingPage);
    m_stageLabel->setAlignment(Qt::AlignCenter);
    m_progress = new QProgressBar(m_loadingPage);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(420);
    m_cancelButton = new QPushButton(tr("Cancel"), m_loadingPage);
    auto *center = new QHBoxLayout;
    center->addStretch(1);
    center->addWidget(m_progress, 4);
    center->addWidget(m_cancelButton);
    center->addStretch(1);
    loading->addWidget(title);
    loading->addWidget(m_stageLabel);
    loading->addLayout(center);
    loading->addStretch(2);
    addWidget(m_loadingPage);

    m_errorPage = new QWidget(this);
    auto *error = new QVBoxLayout(m_errorPage);
    error->addStretch(1);
    auto *icon = new QLabel(m_errorPage);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/kinds/error.svg")).pixmap(48, 48));
    icon->setAlignment(Qt::AlignCenter);
    m_errorLabel = new QLabel(m_errorPage);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setAlignment(Qt::AlignCenter);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_partialButton = new QPushButton(tr("Show partial tree"), m_errorPage);
    auto *close = new QPushButton(tr("Close"), m_errorPage);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_partialButton);
    buttons->addWidget(close);
    buttons->addStretch(1);
    error->addWidget(icon);
    error->addWidget(m_errorLabel);
    error->addLayout(buttons);
    error->addStretch(2);
    addWidget(m_errorPage);

    connect(m_cancelButton, &QPushButton::clicked, this, &DocumentTab::cancel);
    connect(close, &QPushButton::clicked, this, &DocumentTab::closeRequested);
    connect(m_partialButton, &QPushButton::clicked, this, &DocumentTab::showView);
    connect(&m_loader, &FileLoader::progressChanged, this,
            [this](int permille, FileLoader::Stage stage) {
                switch (stage) {
                case FileLoader::Stage::Reading:
                    m_stageLabel->setText(tr("Reading…"));
                    m_progress->setRange(0, 1000);
                    m_progress->setValue(permille);
                    break;
                case FileLoader::Stage::Analysing:
                    m_stageLabel->setText(tr("Checking what loading would run…"));
                    m_progress->setRange(0, 0);
                    break;
                case FileLoader::Stage::Indexing:
                    m_stageLabel->setText(tr("Indexing the objects and opcodes…"));
                    m_progress->setRange(0, 0);
                    break;
                }
            });
    connect(&m_loader, &FileLoader::loaded, this, &DocumentTab::onLoaded);
    connect(&m_loader, &FileLoader::cancelled, this, [this] {
        m_state = State::Cancelled;
        m_errorLabel->setText(tr("Opening %1 was cancelled.").arg(m_path.toHtmlEscaped()));
        m_partialButton->hide();
        setCurrentWidget(m_errorPage);
        Q_EMIT stateChanged(m_state);
    });
    m_loader.start(path);
}

void DocumentTab::cancel()
{
    m_loader.cancel();
}

QString DocumentTab::errorText() const
{
    return m_errorLabel->text();
}

void DocumentTab::onLoaded(LoadedFilePtr file)
{
    m_file = std::move(file);
    const Document &doc = *m_file->document;
    if (doc.ok()) {
        m_state = State::Ready;
        showView();
        Q_EMIT stateChanged(m_state);
        return;
    }
    // The reader stopped: say where and why; offer what it recovered.
    m_state = State::Failed;
    const bool partial = !doc.roots().empty();
    QString text = tr("<b>PickleScope could not read this file completely.</b>")
                   + QStringLiteral("<br><br><code>%1</code>")
                         .arg(toQString(doc.error()->toString()).toHtmlEscaped());
    if (partial)
        text += QStringLiteral("<br><br>")
                + tr("The reader recovered the objects built before the error.");
    m_errorLabel->setText(text);
    m_partialButton->setVisible(partial);
    setCurrentWidget(m_errorPage);
    Q_EMIT stateChanged(m_state);
}

void DocumentTab::showView()
{
    if (!m_file)
        return;
    if (!m_view) {
        m_view = new DocumentView(m_file, this);
        addWidget(m_view);
        connect(m_view, &DocumentView::statusMessage, this, &DocumentTab::statusMessage);
    }
    setCurrentWidget(m_view);
}

} // namespace ps::gui
