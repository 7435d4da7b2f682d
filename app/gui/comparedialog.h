// SPDX-License-Identifier: MIT
#pragma once

#include "loadedfile.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;

namespace ps::gui {

class MainWindow;

/// File ▸ Compare With…: the old and the new file, each an open tab or a file chosen on
/// disk; the current tab is the old file to start with.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    /// `openFiles`: the open tabs' files (absolute paths), `current`: the current tab's.
    CompareDialog(const QStringList &openFiles, const QString &current, QWidget *parent = nullptr);

    QString oldPath() const;
    QString newPath() const;
    void setPaths(const QString &oldPath, const QString &newPath);
    QComboBox *oldBox() const { return m_boxes[0]; }
    QComboBox *newBox() const { return m_boxes[1]; }

private:
    void browse(int side);
    void updateButtons();

    QComboBox *m_boxes[2] = {nullptr, nullptr};
    QDialogButtonBox *m_buttons = nullptr;
};

/// Runs the dialog over `window`'s tabs and opens a compare window for the choice (files
/// already loaded in tabs are not read again).
void showCompareDialog(MainWindow *window);

} // namespace ps::gui
