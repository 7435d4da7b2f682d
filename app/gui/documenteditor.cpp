// SPDX-License-Identifier: MIT
#include "documenteditor.h"

#include "editcommands.h"
#include "path/path.h"
#include "present/children.h"
#include "qtstrings.h"
#include "resolve/resolve.h"

namespace ps::gui {

Result<std::unique_ptr<Edit>> makeEdit(const Document &document, const EditRequest &request)
{
    const std::string path = request.path.toStdString();
    const std::string text = request.text.toStdString();
    switch (request.kind) {
    case EditRequest::Kind::SetValue:
        return makeSetValue(document, path, text, request.root);
    case EditRequest::Kind::RenameKey:
        return makeRenameKey(document, path, text, request.root);
    case EditRequest::Kind::InsertItem:
        return makeInsertItem(document, path, request.index, text, request.root);
    case EditRequest::Kind::InsertDictItem:
        return makeInsertDictItem(document, path, text, request.value.toStdString(), request.root);
    case EditRequest::Kind::RemoveItem:
        return makeRemoveItem(document, path, request.root);
    }
    return makeError(0, "unknown edit");
}

bool isStructural(const Document &document, const EditRequest &request)
{
    if (request.kind != EditRequest::Kind::SetValue)
        return true;
    const QString text = request.text.trimmed();
    if (text.startsWith(QLatin1Char('[')) || text.startsWith(QLatin1Char('('))
        || text.startsWith(QLatin1Char('{')))
        return true;
    auto target = resolvePath(document, request.path.toStdString(), request.root);
    if (!target.ok())
        return true;
    if (target->array) // elements are written into the array
        return false;
    return target->node == kNoNode || childCount(document, target->node) > 0;
}

QString markKey(uint32_t root, const QString &path)
{
    return QString::number(root) + QLatin1Char(':') + path;
}

DocumentEditor::DocumentEditor(QObject *parent)
    : QObject(parent)
{
    connect(&m_stack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

DocumentEditor::~DocumentEditor()
{
    // The commands undo nothing when they go: the document goes with the tab.
    m_stack.blockSignals(true);
    m_stack.clear();
}

void DocumentEditor::setFile(LoadedFilePtr file)
{
    const bool sameDocument = m_file && file && m_file->document == file->document;
    m_file = std::move(file);
    if (!sameDocument) {
        m_stack.clear();
        m_stack.setClean();
    }
}

QString DocumentEditor::check(const EditRequest &request) const
{
    if (!isEnabled())
        return tr("The file is being reloaded.");
    auto edit = makeEdit(*m_file->document, request);
    return edit.ok() ? QString() : toQString(edit.error().message);
}

QStringList DocumentEditor::placesOf(uint32_t root, const QString &path) const
{
    QStringList places;
    if (!m_file || !m_file->treeIndex)
        return places;
    const Document &doc = *m_file->document;
    auto resolved = resolvePath(doc, path.toStdString(), root);
    if (!resolved.ok() || resolved->node == kNoNode || resolved->node >= doc.graph().size()
        || (doc.graph().node(resolved->node).flags & FlagShared) == 0)
        return places;
    const NodeId node = resolved->node;
    const TreeIndex &index = *m_file->treeIndex;
    std::vector<uint32_t> entries;
    index.forEach(doc, [&](const TreeIndex::Row &row) {
        if (row.node == node)
            entries.push_back(row.entry);
        return true;
    });
    for (uint32_t e : entries) {
        const std::string p = index.pathOf(doc, e);
        places << (p.empty() ? tr("(root)") : toQString(p));
    }
    return places.size() > 1 ? places : QStringList();
}

bool DocumentEditor::perform(const EditRequest &request, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!isEnabled())
        return fail(tr("The file is being reloaded."));
    auto edit = makeEdit(*m_file->document, request);
    if (!edit.ok())
        return fail(toQString(edit.error().message));
    QString notice;
    if (!request.changedObject.isNull()) {
        const QStringList places = placesOf(request.root, request.changedObject);
        if (!places.isEmpty())
            notice
                = tr("%1 is one object used at %n places; the change is seen at every "
                     "one: %2",
                     nullptr, static_cast<int>(places.size()))
                      .arg(request.changedObject.isEmpty() ? tr("(root)") : request.changedObject,
                           places.join(QStringLiteral(", ")));
    }
    m_failure.clear();
    // Applies it; a command whose apply fails is obsolete and the stack deletes it.
    m_stack.push(new EditCommand(this, request, std::move(*edit), notice,
                                 isStructural(*m_file->document, request)));
    if (!m_failure.isEmpty())
        return fail(m_failure);
    return true;
}

QSet<QString> DocumentEditor::marks() const
{
    QSet<QString> keys;
    auto add = [&keys](const EditCommand *command) {
        for (const QString &path : command->request().marks)
            keys.insert(markKey(command->request().root, path));
    };
    bool inflightListed = false;
    for (int i = 0; i < m_stack.count(); ++i) {
        const auto *command = static_cast<const EditCommand *>(m_stack.command(i));
        bool applied = i < m_stack.index();
        if (command == m_inflight) {
            applied = m_inflightApplying;
            inflightListed = true;
        }
        if (applied)
            add(command);
    }
    if (m_inflight && m_inflightApplying && !inflightListed)
        add(m_inflight); // being pushed
    return keys;
}

void DocumentEditor::mutate(const std::function<QString(Document &)> &change,
                            const EditCommand *command, bool applying, bool structural,
                            const QString &notice)
{
    Q_EMIT aboutToChange();
    m_failure = change(*m_file->document);
    m_inflight = m_failure.isEmpty() ? command : nullptr;
    m_inflightApplying = applying;
    Q_EMIT changed(m_failure.isEmpty() ? notice : QString(), structural);
    m_inflight = nullptr;
}

} // namespace ps::gui
