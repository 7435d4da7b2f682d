// SPDX-License-Identifier: MIT
#include "valuedelegate.h"

#include <QLineEdit>
#include <QToolTip>

namespace ps::gui {

EditValidator::EditValidator(std::function<QString(const QString &)> check, QObject *parent)
    : QValidator(parent)
    , m_check(std::move(check))
{}

QString EditValidator::problem(const QString &text) const
{
    if (!m_checked || text != m_lastText) {
        m_lastText = text;
        m_lastProblem = m_check(text);
        m_checked = true;
    }
    return m_lastProblem;
}

QValidator::State EditValidator::validate(QString &input, int &) const
{
    return problem(input).isEmpty() ? Acceptable : Intermediate;
}

void explainAsYouType(QLineEdit *edit, EditValidator *validator,
                      const std::function<void(const QString &)> &report)
{
    auto update = [edit, validator, report](const QString &text) {
        const QString problem = validator->problem(text);
        edit->setProperty("problem", problem);
        edit->setToolTip(problem);
        edit->setStyleSheet(problem.isEmpty() ? QString()
                                              : QStringLiteral("QLineEdit { color: #c62828; }"));
        if (!problem.isEmpty() && edit->isVisible())
            QToolTip::showText(edit->mapToGlobal(QPoint(0, edit->height())), problem, edit);
        else
            QToolTip::hideText();
        if (report)
            report(problem);
    };
    QObject::connect(edit, &QLineEdit::textChanged, edit, update);
}

ValueDelegate::ValueDelegate(DocumentEditor *editor, RequestFor requestFor, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_editor(editor)
    , m_requestFor(std::move(requestFor))
{}

QWidget *ValueDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                     const QModelIndex &index) const
{
    const auto request = m_requestFor(index);
    if (!request || !m_editor)
        return nullptr;
    auto *edit = new QLineEdit(parent);
    edit->setFrame(false);
    QPointer<DocumentEditor> editor = m_editor;
    auto *validator = new EditValidator(
        [editor, request](const QString &text) {
            if (!editor)
                return QString();
            EditRequest r = *request;
            r.text = text;
            return editor->check(r);
        },
        edit);
    edit->setValidator(validator);
    explainAsYouType(edit, validator, [this](const QString &problem) {
        if (!problem.isEmpty())
            Q_EMIT this->problem(problem);
    });
    return edit;
}

void ValueDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit)
        return;
    // "Just start typing" replaces the value: the view then sends the key to the editor.
    if (edit->text().isEmpty())
        edit->setText(index.data(Qt::EditRole).toString());
}

void ValueDelegate::setModelData(QWidget *editor, QAbstractItemModel *,
                                 const QModelIndex &index) const
{
    auto *edit = qobject_cast<QLineEdit *>(editor);
    const auto request = m_requestFor(index);
    if (!edit || !request || !m_editor)
        return;
    if (edit->text() == index.data(Qt::EditRole).toString())
        return; // unchanged: no command
    EditRequest r = *request;
    r.text = edit->text();
    QString error;
    if (!m_editor->perform(r, &error))
        Q_EMIT problem(tr("Not changed: %1").arg(error));
}

} // namespace ps::gui
