// SPDX-License-Identifier: MIT
#include "preferencesdialog.h"

#include "languages.h"
#include "settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ps::gui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->addItem(tr("System default"), QString());
    for (const auto &[code, name] : availableLanguages())
        m_language->addItem(name, code);
    const int current = m_language->findData(settings::language.get());
    m_language->setCurrentIndex(current >= 0 ? current : 0);
    form->addRow(tr("&Language:"), m_language);
    m_reopen = new QCheckBox(tr("&Reopen the files of the last session at start"), this);
    m_reopen->setChecked(settings::reopenSession.get());
    form->addRow(QString(), m_reopen);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
}

void PreferencesDialog::accept()
{
    const QString language = m_language->currentData().toString();
    if (language != settings::language.get()) {
        settings::language.set(language);
        installTranslations(*qApp, language); // applies at once: QEvent::LanguageChange
    }
    settings::reopenSession.set(m_reopen->isChecked());
    QDialog::accept();
}

} // namespace ps::gui
