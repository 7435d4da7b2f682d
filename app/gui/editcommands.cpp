// SPDX-License-Identifier: MIT
#include "editcommands.h"

#include "qtstrings.h"

namespace ps::gui {

EditCommand::EditCommand(DocumentEditor *editor, EditRequest request, std::unique_ptr<Edit> edit,
                         QString notice, bool structural)
    : m_editor(editor)
    , m_request(std::move(request))
    , m_notice(std::move(notice))
    , m_structural(structural)
{
    setText(toQString(edit->description()));
    m_edits.push_back(std::move(edit));
}

EditCommand::~EditCommand() = default;

void EditCommand::redo()
{
    m_editor->mutate(
        [this](Document &document) {
            for (size_t i = 0; i < m_edits.size(); ++i) {
                if (Status s = m_edits[i]->apply(document); !s.ok()) {
                    // Leave the document as it was: undo what this redo applied.
                    while (i-- > 0)
                        m_edits[i]->undo(document);
                    setObsolete(true);
                    return toQString(s.error().message);
                }
            }
            return QString();
        },
        this, true, m_structural, m_notice);
    m_notice.clear(); // said once, when the change is made
}

void EditCommand::undo()
{
    m_editor->mutate(
        [this](Document &document) {
            for (auto it = m_edits.rbegin(); it != m_edits.rend(); ++it)
                (*it)->undo(document);
            return QString();
        },
        this, false, m_structural);
}

int EditCommand::id() const
{
    return m_request.kind == EditRequest::Kind::SetValue ? SetValueId : -1;
}

bool EditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditCommand *>(other);
    if (next->m_request.kind != EditRequest::Kind::SetValue
        || next->m_request.root != m_request.root || next->m_request.path != m_request.path)
        return false;
    // Both are applied: undoing this command undoes them in reverse order.
    m_edits.insert(m_edits.end(), next->m_edits.begin(), next->m_edits.end());
    m_structural = m_structural || next->m_structural;
    m_request.text = next->m_request.text;
    setText(next->text());
    return true;
}

} // namespace ps::gui
