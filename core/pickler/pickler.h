// SPDX-License-Identifier: MIT
#pragma once

#include "document/document.h"
#include "util/result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ps {

/// How a document is written out by convert().
struct ConvertOptions
{
    enum class Container : uint8_t { Pickle, Joblib };
    int protocol = -1; ///< 0-5; -1 = keep each pickle's own protocol
    Container container = Container::Pickle;
    std::string compression = "none"; ///< none zlib gzip bz2 xz lzma lz4 (joblib only)
    int level = 3;                    ///< compression level
};

/// The Python 3 name of a Python-2 module written by protocol 0-2 pickles (`__builtin__` →
/// `builtins`, `copy_reg` → `copyreg`: Lib/_compat_pickle.py IMPORT_MAPPING, the names real
/// pickles use); protocol >= 3 output names globals so. Other names are returned unchanged.
std::string py3Module(const std::string &module);

/// Serialises one object of the graph as a complete pickle (PROTO ... STOP) at `protocol`.
/// The raw structure is written back (REDUCE/NEWOBJ/BUILD as read), so any object the reader
/// understood generically round-trips; shared references and cycles go through the memo the
/// way CPython's pickler writes them. joblib array payloads become numpy `_reconstruct` arrays
/// (or joblib NumpyArrayWrapper payloads when `joblibArrays` is set). Iterative: the depth of
/// the object graph never touches the C++ stack.
Result<std::vector<uint8_t>> picklePickle(const Document &document, NodeId root, int protocol,
                                          bool joblibArrays);

/// The opcodes of one value at `protocol` without PROTO, STOP or memo opcodes: what an edit
/// splices into an existing stream in place of the old value's opcodes.
Result<std::vector<uint8_t>> encodeValue(const Document &document, NodeId value, int protocol);

/// Writes every root of the document (several roots: pickles back to back) in the requested
/// protocol and container, compressed when asked. PyTorch checkpoints are refused (they need
/// their zip layout rewritten, which this writer does not do).
Result<std::vector<uint8_t>> convertDocument(const Document &document,
                                             const ConvertOptions &options);

} // namespace ps
