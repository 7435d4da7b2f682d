// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;

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

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_reopen = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ps::gui
