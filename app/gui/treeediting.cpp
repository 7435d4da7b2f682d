// SPDX-License-Identifier: MIT
#include "treeediting.h"

#include "documentview.h"
#include "export/export.h"
#include "literaldialog.h"
#include "objecttreemodel.h"
#include "objecttreeview.h"
#include "path/path.h"
#include "pickler/atomic_file.h"
#include "present/children.h"
#include "present/python_type.h"
#include "qtstrings.h"
#include "resolve/resolve.h"
#include "settings.h"
#include "treefilterproxy.h"
#include "valuedelegate.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QTreeView>

namespace ps::gui {

namespace {
/// Longer values start the literal dialog empty rather than with a wall of text.
constexpr int kMaxInitialLiteral = 4000;

Kind kindOf(const Document &doc, NodeId node)
{
    return node < doc.graph().size() ? doc.graph().node(followAlias(doc, node)).kind
                                     : Kind::Unknown;
}
} // namespace

TreeEditing::TreeEditing(DocumentView *view, DocumentEditor *editor)
    : QObject(view)
    , m_view(view)
    , m_editor(editor)
{
    ObjectTreeModel *model = view->treeModel();
    model->setEditable(true);
    model->setMarks(editor->marks());
    auto *tree = static_cast<ObjectTreeView *>(view->tree());
    m_delegate = new ValueDelegate(
        editor,
        [this](const QModelIndex &index) -> std::optional<EditRequest> {
            const QModelIndex source = m_view->treeProxy()->mapToSource(index);
            ObjectTreeModel *m = m_view->treeModel();
            if (!m->isInlineEditable(source.siblingAtColumn(ObjectTreeModel::ValueColumn)))
                return std::nullopt;
            EditRequest request;
            request.root = m->rootFor(source);
            request.path = toQString(m->pathFor(source));
            request.changedObject = toQString(m->pathFor(source.parent()));
            request.marks = {request.path};
            return request;
        },
        this);
    connect(m_delegate, &ValueDelegate::problem, view, &DocumentView::statusMessage);
    tree->setItemDelegateForColumn(ObjectTreeModel::ValueColumn, m_delegate);
    tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    connect(tree, &ObjectTreeView::editAsLiteralRequested, this, &TreeEditing::editAsLiteral);

    m_menu = new QMenu(tree);
    addAction(QStringLiteral("editValue"), tr("&Edit Value"), QKeySequence(Qt::Key_F2),
              [this] { editValue(); });
    addAction(QStringLiteral("editLiteral"), tr("Edit as &Literal…"), {},
              [this] { editAsLiteral(); });
    addAction(QStringLiteral("setNone"), tr("Set to &None"), {}, [this] { setToNone(); });
    addAction(QStringLiteral("renameKey"), tr("&Rename Key…"), {}, [this] { renameKey(); });
    m_menu->addSeparator();
    QAction *insert = addAction(QStringLiteral("insertItem"), tr("&Insert Item…"),
                                QKeySequence(Qt::Key_Insert), [this] { insertItem(); });
    QAction *remove = addAction(QStringLiteral("deleteItem"), tr("&Delete Item"),
                                QKeySequence(Qt::Key_Delete), [this] { deleteItem(); });
    for (QAction *a : {insert, remove}) {
        a->setShortcutContext(Qt::WidgetShortcut);
        tree->addAction(a);
    }
    m_menu->addSeparator();
    addAction(QStringLiteral("exportValue"), tr("E&xport Value…"), {}, [this] { exportValue(); });
    addAction(QStringLiteral("copyPath"), tr("&Copy Path"), {},
              [view] { view->copyCurrentPath(); });
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tree, &QWidget::customContextMenuRequested, this, [this, tree](const QPoint &pos) {
        updateActions();
        m_menu->popup(tree->viewport()->mapToGlobal(pos));
    });
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TreeEditing::updateActions);
    updateActions();
}

QAction *TreeEditing::addAction(const QString &name, const QString &text, const QKeySequence &key,
                                std::function<void()> slot)
{
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    if (!key.isEmpty())
        a->setShortcut(key);
    connect(a, &QAction::triggered, this, std::move(slot));
    m_menu->addAction(a);
    return a;
}

QAction *TreeEditing::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

TreeEditing::Place TreeEditing::current() const
{
    Place p;
    const QModelIndex index = m_view->tree()->currentIndex();
    if (!index.isValid() || !m_editor || !m_editor->file())
        return p;
    const ObjectTreeModel *model = m_view->treeModel();
    const QModelIndex source = m_view->treeProxy()->mapToSource(index.siblingAtColumn(0));
    const Document &doc = *m_editor->file()->document;
    p.valid = true;
    p.root = model->rootFor(source);
    p.path = toQString(model->pathFor(source));
    p.row = source.row();
    p.children = model->totalChildren(source);
    const Kind kind = kindOf(doc, model->nodeFor(source));
    p.isDict = kind == Kind::Dict;
    p.isSequence = kind == Kind::List || kind == Kind::Tuple;
    p.isSet = kind == Kind::Set || kind == Kind::FrozenSet;
    const QModelIndex parent = source.parent();
    if (parent.isValid()) {
        p.hasParent = true;
        p.parentPath = toQString(model->pathFor(parent));
        const Kind parentKind = kindOf(doc, model->nodeFor(parent));
        p.parentIsDict = parentKind == Kind::Dict;
        p.parentIsSequence = parentKind == Kind::List || parentKind == Kind::Tuple;
        p.parentIsSet = parentKind == Kind::Set || parentKind == Kind::FrozenSet;
        if (p.parentIsDict) {
            if (auto steps = parsePath(p.path.toStdString()); steps.ok() && !steps->empty()) {
                const PathStep &last = steps->back();
                if (last.type == PathStep::Type::Key)
                    p.keyText = toQString(last.key.repr());
                else if (last.type == PathStep::Type::Index && last.indices.size() == 1)
                    p.keyText = QString::number(last.indices.front());
            }
        }
    }
    return p;
}

void TreeEditing::updateActions()
{
    const Place p = current();
    const bool editable = p.valid && p.hasParent && m_editor && m_editor->isEnabled();
    action(QStringLiteral("editValue"))->setEnabled(editable);
    action(QStringLiteral("editLiteral"))->setEnabled(editable);
    action(QStringLiteral("setNone"))->setEnabled(editable);
    action(QStringLiteral("renameKey"))
        ->setEnabled(editable && p.parentIsDict && !p.keyText.isEmpty());
    QAction *insert = action(QStringLiteral("insertItem"));
    const bool into = p.isDict || p.isSequence || p.isSet;
    insert->setEnabled(p.valid && m_editor && m_editor->isEnabled()
                       && (into || p.parentIsDict || p.parentIsSequence || p.parentIsSet));
    insert->setText(into || !p.parentIsSequence ? tr("&Insert Item…") : tr("&Insert Item Before…"));
    action(QStringLiteral("deleteItem"))->setEnabled(editable);
    action(QStringLiteral("exportValue"))->setEnabled(p.valid);
}

bool TreeEditing::perform(const EditRequest &request)
{
    QString error;
    if (!m_editor || !m_editor->perform(request, &error)) {
        Q_EMIT m_view->statusMessage(tr("Not changed: %1").arg(error));
        return false;
    }
    return true;
}

bool TreeEditing::askLiteral(EditRequest &request, const QString &title, const QString &explanation,
                             const QString &firstLabel, const QString &first,
                             const QString &secondLabel, const QString &second)
{
    QPointer<DocumentEditor> editor = m_editor;
    const EditRequest base = request;
    LiteralDialog dialog(
        title, explanation, firstLabel, first, secondLabel, second,
        [editor, base, hasSecond = !secondLabel.isEmpty()](const QString &a, const QString &b) {
            if (!editor)
                return QString();
            EditRequest r = base;
            r.text = a;
            if (hasSecond)
                r.value = b;
            return editor->check(r);
        },
        m_view);
    dialog.setObjectName(QStringLiteral("literalDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    request.text = dialog.first();
    if (!secondLabel.isEmpty())
        request.value = dialog.second();
    return true;
}

void TreeEditing::editValue()
{
    QTreeView *tree = m_view->tree();
    const QModelIndex value = tree->currentIndex().siblingAtColumn(ObjectTreeModel::ValueColumn);
    if (value.flags() & Qt::ItemIsEditable)
        tree->edit(value);
    else
        editAsLiteral();
}

void TreeEditing::editAsLiteral()
{
    const Place p = current();
    if (!p.valid || !p.hasParent) {
        Q_EMIT m_view->statusMessage(tr("A top-level object cannot be replaced."));
        return;
    }
    const Document &doc = *m_editor->file()->document;
    const QModelIndex source = m_view->treeProxy()->mapToSource(m_view->tree()->currentIndex());
    QString initial
        = toQString(pythonRepr(doc, followAlias(doc, m_view->treeModel()->nodeFor(source))));
    if (initial.size() > kMaxInitialLiteral)
        initial.clear();
    EditRequest request;
    request.root = p.root;
    request.path = p.path;
    request.changedObject = p.parentPath;
    request.marks = {p.path};
    if (askLiteral(request, tr("Edit as Literal"),
                   tr("Replace %1 with a Python literal: numbers, strings, bytes, True, False, "
                      "None, and lists, tuples, dicts and sets of them.")
                       .arg(p.path),
                   tr("Value:"), initial))
        perform(request);
}

void TreeEditing::setToNone()
{
    const Place p = current();
    if (!p.valid || !p.hasParent)
        return;
    EditRequest request;
    request.root = p.root;
    request.path = p.path;
    request.text = QStringLiteral("None");
    request.changedObject = p.parentPath;
    request.marks = {p.path};
    perform(request);
}

void TreeEditing::renameKey()
{
    const Place p = current();
    if (!p.valid || !p.parentIsDict || p.keyText.isEmpty())
        return;
    EditRequest request;
    request.kind = EditRequest::Kind::RenameKey;
    request.root = p.root;
    request.path = p.path;
    request.changedObject = p.parentPath;
    request.marks = {p.parentPath};
    if (askLiteral(request, tr("Rename Key"),
                   tr("The new key of %1, as a Python literal ('name', 3, (1, 'a')…). The entry "
                      "keeps its value and its place in the dict.")
                       .arg(p.path),
                   tr("Key:"), p.keyText))
        perform(request);
}

void TreeEditing::insertItem()
{
    const Place p = current();
    if (!p.valid)
        return;
    EditRequest request;
    request.root = p.root;
    const bool into = p.isDict || p.isSequence || p.isSet;
    const bool dict = into ? p.isDict : p.parentIsDict;
    request.path = into ? p.path : p.parentPath;
    if (!into && !p.parentIsDict && !p.parentIsSequence && !p.parentIsSet) {
        Q_EMIT m_view->statusMessage(
            tr("Items are inserted into lists, tuples, sets and dicts: select one of them or "
               "one of their items."));
        return;
    }
    request.changedObject = request.path;
    request.marks = {request.path};
    const QString where = request.path.isEmpty() ? tr("(root)") : request.path;
    if (dict) {
        request.kind = EditRequest::Kind::InsertDictItem;
        if (askLiteral(request, tr("Insert Item"),
                       tr("A new entry of the dict %1: its key and its value, as Python "
                          "literals.")
                           .arg(where),
                       tr("Key:"), QStringLiteral("'key'"), tr("Value:"), QStringLiteral("None")))
            perform(request);
        return;
    }
    request.kind = EditRequest::Kind::InsertItem;
    request.index = into ? static_cast<qint64>(p.children) : (p.parentIsSequence ? p.row : 0);
    const QString explanation
        = into ? tr("A new item at the end of %1, as a Python literal.").arg(where)
               : tr("A new item of %1 at position %2 (before the selected one), as a Python "
                    "literal.")
                     .arg(where)
                     .arg(request.index);
    if (askLiteral(request, tr("Insert Item"), explanation, tr("Value:"), QStringLiteral("None")))
        perform(request);
}

void TreeEditing::deleteItem()
{
    const Place p = current();
    if (!p.valid || !p.hasParent || !m_editor)
        return;
    EditRequest request;
    request.kind = EditRequest::Kind::RemoveItem;
    request.root = p.root;
    request.path = p.path;
    request.changedObject = p.parentPath;
    request.marks = {p.parentPath};
    const QString problem = m_editor->check(request);
    if (problem.isEmpty()) {
        perform(request);
        return;
    }
    // An object attribute is an entry of the object's state dict: remove it there.
    if (auto steps = parsePath(p.path.toStdString());
        steps.ok() && !steps->empty() && steps->back().type == PathStep::Type::Attribute
        && !steps->back().isPseudo()) {
        EditRequest state = request;
        state.path
            = p.parentPath
              + toQString(formatStep(PathStep::attribute("<state>"))
                          + formatStep(PathStep::keyStep(KeyLiteral::fromStr(steps->back().name))));
        if (m_editor->check(state).isEmpty()) {
            perform(state);
            return;
        }
    }
    // An object attribute or a slot that cannot go away: offer to empty it instead.
    EditRequest none;
    none.root = p.root;
    none.path = p.path;
    none.text = QStringLiteral("None");
    none.changedObject = p.parentPath;
    none.marks = {p.path};
    if (!m_editor->check(none).isEmpty()) {
        Q_EMIT m_view->statusMessage(tr("Not changed: %1").arg(problem));
        return;
    }
    QMessageBox box(
        QMessageBox::Question, tr("Delete Item"),
        tr("%1 cannot be removed: %2.\n\nReplace it with None instead?").arg(p.path, problem),
        QMessageBox::Yes | QMessageBox::Cancel, m_view);
    box.setObjectName(QStringLiteral("replaceWithNone"));
    box.setDefaultButton(QMessageBox::Yes);
    if (box.exec() == QMessageBox::Yes)
        perform(none);
}

void TreeEditing::exportValue()
{
    const Place p = current();
    if (!p.valid)
        return;
    QString selected;
    const QString suggestion
        = QFileInfo(settings::lastDirectory.get(),
                    QFileInfo(m_editor ? m_editor->file()->path : QString()).completeBaseName()
                        + QStringLiteral(".csv"))
              .filePath();
    QString fileName = QFileDialog::getSaveFileName(
        m_view, tr("Export Value"), suggestion,
        tr("CSV table (*.csv);;JSON (*.json);;NumPy array (*.npy)"), &selected);
    if (fileName.isEmpty())
        return;
    if (!exportFormatFor(fileName.toStdString())) {
        // No extension typed: the chosen filter's.
        const int star = selected.indexOf(QStringLiteral("*."));
        if (star >= 0)
            fileName += selected.mid(star + 1, selected.indexOf(QLatin1Char(')'), star) - star - 1);
    }
    QString error;
    if (exportTo(p.root, p.path, fileName, &error))
        Q_EMIT m_view->statusMessage(
            tr("Exported %1 to %2").arg(p.path.isEmpty() ? tr("(root)") : p.path, fileName));
    else
        QMessageBox::warning(m_view, tr("Export Value"), error);
}

bool TreeEditing::exportTo(uint32_t root, const QString &path, const QString &fileName,
                           QString *error)
{
    const auto format = exportFormatFor(fileName.toStdString());
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!format)
        return fail(tr("%1: the file name must end in .csv, .json or .npy").arg(fileName));
    if (!m_editor || !m_editor->file())
        return fail(tr("No file is open."));
    const Document &doc = *m_editor->file()->document;
    auto value = resolvePath(doc, path.toStdString(), root);
    if (!value.ok())
        return fail(tr("%1: %2").arg(path, toQString(value.error().message)));
    const Result<uint64_t> written
        = writeFileAtomic(fileName.toStdString(), [&](std::ostream &stream) {
              return ps::exportValue(stream, doc, *value, *format);
          });
    if (!written.ok() && written.error().file.empty())
        return fail(
            tr("%1 cannot be exported this way: %2")
                .arg(path.isEmpty() ? tr("(root)") : path, toQString(written.error().message)));
    if (!written.ok())
        return fail(tr("%1 was not written: %2").arg(fileName, toQString(written.error().message)));
    return true;
}

} // namespace ps::gui
