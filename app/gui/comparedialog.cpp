// SPDX-License-Identifier: MIT
#include "comparedialog.h"

#include "comparewindow.h"
#include "documenttab.h"
#include "documentview.h"
#include "mainwindow.h"
#include "settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ps::gui {

CompareDialog::CompareDialog(const QStringList &openFiles, const QString &current, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Compare Files"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose the old and the new version. Open files are listed; "
                                "Browse picks any other file."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    const QString labels[2] = {tr("&Old:"), tr("&New:")};
    for (int s = 0; s < 2; ++s) {
        auto *row = new QHBoxLayout;
        m_boxes[s] = new QComboBox(this);
        m_boxes[s]->setEditable(true);
        m_boxes[s]->setInsertPolicy(QComboBox::NoInsert);
        m_boxes[s]->setMinimumContentsLength(48);
        m_boxes[s]->addItems(openFiles);
        auto *browseButton = new QPushButton(tr("Browse…"), this);
        connect(browseButton, &QPushButton::clicked, this, [this, s] { browse(s); });
        connect(m_boxes[s], &QComboBox::currentTextChanged, this, &CompareDialog::updateButtons);
        row->addWidget(m_boxes[s], 1);
        row->addWidget(browseButton);
        // A QLabel with the combo box as buddy: the & becomes the Alt shortcut, not text.
        auto *label = new QLabel(labels[s], this);
        label->setBuddy(m_boxes[s]);
        form->addRow(label, row);
    }
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Compare"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    // The current tab is the old side; another open file (if any) the new one.
    QString other;
    for (const QString &file : openFiles) {
        if (file != current) {
            other = file;
            break;
        }
    }
    setPaths(current, other);
}

QString CompareDialog::oldPath() const
{
    return m_boxes[0]->currentText().trimmed();
}

QString CompareDialog::newPath() const
{
    return m_boxes[1]->currentText().trimmed();
}

void CompareDialog::setPaths(const QString &oldPath, const QString &newPath)
{
    m_boxes[0]->setCurrentText(oldPath);
    m_boxes[1]->setCurrentText(newPath);
    updateButtons();
}

void CompareDialog::browse(int side)
{
    const QString start = QFileInfo(m_boxes[side]->currentText()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(
        this, side == 0 ? tr("Old Version") : tr("New Version"),
        m_boxes[side]->currentText().isEmpty() ? settings::lastDirectory.get() : start,
        tr("Pickle files (*.pkl *.pickle *.joblib *.pt *.pth *.bin);;All files (*)"));
    if (!file.isEmpty())
        m_boxes[side]->setCurrentText(QDir::toNativeSeparators(file));
}

void CompareDialog::updateButtons()
{
    if (!m_buttons)
        return;
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(QFileInfo(oldPath()).isFile() && QFileInfo(newPath()).isFile());
}

void showCompareDialog(MainWindow *window)
{
    QStringList files;
    std::vector<std::pair<QString, LoadedFilePtr>> loaded;
    for (int i = 0; i < window->tabs()->count(); ++i) {
        auto *tab = qobject_cast<DocumentTab *>(window->tabs()->widget(i));
        if (!tab)
            continue;
        files << tab->path();
        if (tab->state() == DocumentTab::State::Ready && tab->view())
            loaded.emplace_back(tab->path(), tab->view()->file());
    }
    const DocumentTab *current = window->currentTab();
    CompareDialog dialog(files, current ? current->path() : QString(), window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString paths[2] = {QFileInfo(dialog.oldPath()).absoluteFilePath(),
                              QFileInfo(dialog.newPath()).absoluteFilePath()};
    LoadedFilePtr files2[2];
    for (int s = 0; s < 2; ++s) {
        for (const auto &[path, file] : loaded) {
            if (path == paths[s])
                files2[s] = file;
        }
    }
    CompareWindow::open(paths[0], paths[1], files2[0], files2[1]);
}

} // namespace ps::gui
