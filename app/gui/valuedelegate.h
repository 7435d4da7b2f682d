// SPDX-License-Identifier: MIT
#pragma once

#include "documenteditor.h"

#include <QPointer>
#include <QStyledItemDelegate>
#include <QValidator>

#include <functional>
#include <optional>

namespace ps::gui {

/// Accepts what the engine accepts: each text is checked by making the edit without applying
/// it; problem() is the engine's reason for the last text refused.
class EditValidator : public QValidator
{
    Q_OBJECT

public:
    /// `check` returns "" for an acceptable text, else what is wrong with it.
    EditValidator(std::function<QString(const QString &)> check, QObject *parent = nullptr);
    State validate(QString &input, int &pos) const override;
    /// What is wrong with `text` ("" when nothing is).
    QString problem(const QString &text) const;

private:
    std::function<QString(const QString &)> m_check;
    mutable QString m_lastText;
    mutable QString m_lastProblem;
    mutable bool m_checked = false;
};

/// Shows a validator's verdict next to a line edit as the user types: the tooltip, the
/// "problem" property (for tests and accessibility) and problemChanged().
void explainAsYouType(class QLineEdit *edit, EditValidator *validator,
                      const std::function<void(const QString &)> &report);

/// Edits one value in place — a tree row's value or an array cell — as a Python literal. The
/// text is validated as typed (Enter on an invalid text keeps the editor open and says why);
/// committing pushes the change on the document's undo stack.
class ValueDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// `requestFor` gives the SetValue request of an index (the text is filled in), or
    /// nothing when the index is not editable.
    using RequestFor = std::function<std::optional<EditRequest>(const QModelIndex &)>;
    ValueDelegate(DocumentEditor *editor, RequestFor requestFor, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

Q_SIGNALS:
    /// Why an input was refused (shown in the status bar).
    void problem(const QString &message) const;

private:
    QPointer<DocumentEditor> m_editor;
    RequestFor m_requestFor;
};

} // namespace ps::gui
