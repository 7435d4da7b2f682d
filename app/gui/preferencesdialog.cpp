// SPDX-License-Identifier: MIT
#include "preferencesdialog.h"

#include "languages.h"
#include "settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ps::gui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->addItem(QString(), QString());
    for (const auto &[code, name] : availableLanguages())
        m_language->addItem(name, code);
    const int current = m_language->findData(settings::language.get());
    m_language->setCurrentIndex(current >= 0 ? current : 0);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    form->addRow(m_languageLabel, m_language);
    m_reopen = new QCheckBox(this);
    m_reopen->setChecked(settings::reopenSession.get());
    form->addRow(QString(), m_reopen);
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    retranslateUi();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    // After the children have seen the event: the button box sets Qt's own texts again.
    if (event->type() == QEvent::LanguageChange && m_reopen)
        QMetaObject::invokeMethod(this, &PreferencesDialog::retranslateUi, Qt::QueuedConnection);
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_language->setItemText(0, tr("System default"));
    m_languageLabel->setText(tr("&Language:"));
    m_reopen->setText(tr("&Reopen the files of the last session at start"));
    // Our own texts: Qt's catalogues (qtbase_*.qm) are often not installed, and the buttons
    // would stay in English.
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
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
