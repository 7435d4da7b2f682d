// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace ps::gui {

/// Settings the user can change: the interface language and reopening the last session.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QCheckBox *reopenSessionBox() const { return m_reopen; }

    void accept() override;

private:
    QComboBox *m_language = nullptr;
    QCheckBox *m_reopen = nullptr;
};

} // namespace ps::gui
