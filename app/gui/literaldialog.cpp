// SPDX-License-Identifier: MIT
#include "literaldialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ps::gui {

LiteralDialog::LiteralDialog(const QString &title, const QString &explanation,
                             const QString &firstLabel, const QString &first,
                             const QString &secondLabel, const QString &second,
                             std::function<QString(const QString &, const QString &)> check,
                             QWidget *parent)
    : QDialog(parent)
    , m_check(std::move(check))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(explanation, this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_first = new QLineEdit(first, this);
    m_first->setMinimumWidth(420);
    form->addRow(firstLabel, m_first);
    if (!secondLabel.isEmpty()) {
        m_second = new QLineEdit(second, this);
        form->addRow(secondLabel, m_second);
    }
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_first, &QLineEdit::textChanged, this, &LiteralDialog::recheck);
    if (m_second)
        connect(m_second, &QLineEdit::textChanged, this, &LiteralDialog::recheck);
    m_first->selectAll();
    recheck();
}

QString LiteralDialog::first() const
{
    return m_first->text();
}

QString LiteralDialog::second() const
{
    return m_second ? m_second->text() : QString();
}

QString LiteralDialog::problem() const
{
    return m_problem->text();
}

void LiteralDialog::recheck()
{
    const QString problem = m_check ? m_check(first(), second()) : QString();
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace ps::gui
