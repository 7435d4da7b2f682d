// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ps::gui {

/// Asks for one or two Python literals (a value; a key and a value; a new key), checking them
/// with the engine as they are typed: OK stays disabled and the reason shows until the input
/// would be accepted.
class LiteralDialog : public QDialog
{
    Q_OBJECT

public:
    /// `check(first, second)` returns "" when acceptable, else what is wrong. With an empty
    /// `secondLabel` the dialog has one field.
    LiteralDialog(const QString &title, const QString &explanation, const QString &firstLabel,
                  const QString &first, const QString &secondLabel, const QString &second,
                  std::function<QString(const QString &, const QString &)> check,
                  QWidget *parent = nullptr);

    QString first() const;
    QString second() const;
    QLineEdit *firstEdit() const { return m_first; }
    QLineEdit *secondEdit() const { return m_second; }
    /// What is wrong with the input now ("" when OK is enabled).
    QString problem() const;

private:
    void recheck();

    std::function<QString(const QString &, const QString &)> m_check;
    QLineEdit *m_first = nullptr;
    QLineEdit *m_second = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ps::gui
