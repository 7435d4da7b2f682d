// SPDX-License-Identifier: MIT
#pragma once

#include "document/document.h"
#include "util/result.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ps {

/// One reversible change to a document's object graph. apply() and undo() restore each other
/// exactly, so a GUI can keep edits on a QUndoStack. Edits validate when they are created
/// (makeSetValue) and never touch the mapped input: new values are owned by the graph.
class Edit
{
public:
    virtual ~Edit() = default;
    virtual Status apply(Document &document) = 0;
    virtual void undo(Document &document) = 0;
    /// "Set .C to 0.5"
    virtual std::string description() const = 0;
    /// Bytes of new values this edit keeps while applied (element patches, owned literals):
    /// what it costs in memory beyond the document it edits. Setting elements of a numpy
    /// array holds the changed elements only, however large the array.
    virtual uint64_t bytesHeld() const { return 0; }
};

/// Set the value at `path` (a Python path as in path.h) to `literal`, a Python literal:
/// 0.25, -7, 12345678901234567890, 'text', b'raw', True, None — or, replacing a whole subtree,
/// a list, tuple, dict or set of literals: [1, (2, 'x')], {'k': [None]}. Containers and objects
/// rebind their slot (a dict value, a list/tuple item, an object attribute) the way Python
/// assignment does, so a value shared with another place is not changed there; array elements and
/// sub-arrays are written into the array (which every reference to the array sees), converted
/// to the array's dtype and byte order with range checks (e.g. 300 does not fit int8).
Result<std::unique_ptr<Edit>> makeSetValue(const Document &document, std::string_view path,
                                           std::string_view literal, uint32_t root = 0);

/// Rename a dict key: `path` names the entry (`['old']`), `newKey` is a Python literal. Refused
/// when the new key already exists in that dict.
Result<std::unique_ptr<Edit>> makeRenameKey(const Document &document, std::string_view path,
                                            std::string_view newKey, uint32_t root = 0);

/// Insert `literal` into the list, tuple or set at `containerPath`: at `index` for lists and
/// tuples (negative counts from the end; index == size appends), anywhere for sets. For dicts,
/// use makeInsertDictItem.
Result<std::unique_ptr<Edit>> makeInsertItem(const Document &document,
                                             std::string_view containerPath, int64_t index,
                                             std::string_view literal, uint32_t root = 0);

/// Add `key: value` to the dict at `dictPath` (refused when the key exists: use set).
Result<std::unique_ptr<Edit>> makeInsertDictItem(const Document &document,
                                                 std::string_view dictPath, std::string_view key,
                                                 std::string_view value, uint32_t root = 0);

/// Remove the item at `path`: a list/tuple element (`[3]`), a set element by its position as
/// listed (`[0]`), or a dict entry (`['key']`).
Result<std::unique_ptr<Edit>> makeRemoveItem(const Document &document, std::string_view path,
                                             uint32_t root = 0);

/// True when the document was changed since it was opened (some edit applied and not undone).
bool isEdited(const Document &document);

} // namespace ps
