// SPDX-License-Identifier: MIT
#pragma once

#include "document/interpretation.h"
#include "graph/graph.h"
#include "source/mapped_file.h"
#include "source/npy.h"
#include "unpickler/records.h"
#include "util/error.h"
#include "util/result.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace ps {

/// The container a file was recognised as (by content, never by name).
/// Npy: a numpy `.npy` file; Npz: a ZIP of them (np.savez, stored or deflated).
enum class Format : uint8_t { Pickle, Joblib, TorchZip, TorchLegacy, Npy, Npz };
/// "pickle", "joblib", "torch-zip", "torch-legacy", "npy", "npz"
std::string_view formatName(Format f);

/// A byte buffer pickles are read from: the mapped file, a decompressed stream, a zip entry.
struct Buffer
{
    std::string name; ///< "" for the file itself, "zlib stream", "archive/data.pkl"
    std::span<const uint8_t> bytes;
    bool isFile = false;     ///< offsets are file offsets
    uint64_t fileOffset = 0; ///< where a stored zip entry starts inside the file
};

/// One pickle program (a file may hold several back to back).
struct PickleStream
{
    std::string name;    ///< "pickle 1", "archive/data.pkl", ...
    uint32_t buffer = 0; ///< index into Document::buffers()
    uint64_t begin = 0;  ///< buffer offset of the first opcode
    uint64_t end = 0;    ///< one past STOP (or where reading stopped)
    int protocol = 0;    ///< PROTO value, else the highest protocol among its opcodes
    bool hasProto = false;
    NodeId root = kNoNode; ///< STOP's result; kNoNode if the stream failed
    /// Every instruction as the unpickler read it; empty unless the document was opened with
    /// OpenOptions::recordInstructions (listings, edits and saves read the bytes instead).
    std::vector<Instruction> instructions;
    /// What the bytes alone do not tell about the instructions, in offset order: joblib raw
    /// array regions (JoblibPad, JoblibData) and nested pickles (NestedPickle) — a few per
    /// joblib array, none in a plain pickle. InstructionWalker reads the stream with them.
    std::vector<Instruction> regions;
    /// Opcodes read (nested joblib pickles included), counted whether or not recorded.
    uint64_t opcodes = 0;
    std::optional<Error> error;       ///< why reading stopped early
    std::vector<NodeId> partialStack; ///< stack contents when an error stopped the stream
};

/// A global reference found in the file, in file order (first use).
struct GlobalRef
{
    std::string module;
    std::string name;
    NodeId node = kNoNode; ///< the Global node (first occurrence)
    uint32_t stream = 0;
    uint64_t offset = 0;
    std::string full() const { return module + "." + name; }
};

/// An opened file: container, pickle streams, the object graph and its interpretations.
/// openDocument() (reader/reader.h) fills it in; it never throws and never executes anything.
/// When reading fails part way, the document still holds everything found before the error
/// (the partial tree) and error().
class Document
{
public:
    ~Document();

    const std::string &path() const { return m_path; }
    Format format() const { return m_format; }
    std::string_view compression() const { return m_compression; } ///< "none", "zlib", ...
    uint64_t fileSize() const { return m_fileSize; }
    /// Protocol of the main pickle (the first stream; torch legacy: the main object's).
    int protocol() const;

    /// The fatal error, if reading stopped before the end (the partial tree is still here).
    const std::optional<Error> &error() const { return m_error; }
    bool ok() const { return !m_error.has_value(); }
    /// What changed on disk since the document was read: the file itself and the companion
    /// files its arrays are mapped from (the most serious change of them all).
    MappedFile::DiskChange diskChange() const;
    /// Fails when bytes the document reads from were rewritten or truncated on disk after it
    /// was opened (DiskChange::Modified): values read from them may be wrong (truncated pages
    /// read as zeros), so nothing may be written or reported from them. Check it after using
    /// array data, before committing an output. A file replaced by another one (an atomic
    /// save) keeps the document's bytes intact and passes.
    Status verifyMappedBytes() const;
    /// Gives the kernel back the resident pages of the mapped files (MappedFile::releasePages):
    /// after a pass that read much of a file once (e.g. every tree's node arrays), the process
    /// need not keep holding them; later reads map them again from the page cache.
    void releaseMappedPages() const;
    /// Keeps a mapped file alive as long as the document and watches it for diskChange().
    void retainMapping(std::shared_ptr<const MappedFile> file)
    {
        m_mappings.push_back(file);
        retain(std::move(file));
    }

    /// Non-fatal findings (zip anomalies, trailing bytes, suspicious structure).
    const std::vector<std::string> &warnings() const { return m_warnings; }

    const Graph &graph() const { return m_graph; }
    Graph &graph() { return m_graph; }
    const std::vector<Buffer> &buffers() const { return m_buffers; }
    /// The file's own bytes, exactly as on disk (empty when opening failed before mapping).
    std::span<const uint8_t> fileBytes() const;
    const std::vector<PickleStream> &streams() const { return m_streams; }

    /// Top-level objects the user sees: one per pickle (torch legacy: the main object only;
    /// torch zip: data.pkl's root). On a failed stream, its partial stack items are roots.
    const std::vector<NodeId> &roots() const { return m_roots; }

    /// Every global referenced, in file order, without duplicates.
    const std::vector<GlobalRef> &globals() const { return m_globals; }

    /// The recognised meaning of a node, or nullptr.
    const Interpretation *interpretation(NodeId id) const;

    // --- filled in by the reading pipeline (unpickler, containers, recognisers) ---

    using JoblibPayload = ps::JoblibPayload;
    const std::vector<JoblibPayload> &joblibPayloads() const { return m_joblibPayloads; }
    /// A numeric array of a `.npy` file or `.npz` member: a stand-in node (Kind::Unknown,
    /// spanning the array's bytes in its buffer) that the recognisers turn into a zero-copy
    /// array over the buffer. Object arrays are not here: numpy pickles them after the header,
    /// and that pickle is read as a stream like any other.
    struct NpyArray
    {
        NodeId node = kNoNode;
        uint32_t buffer = 0;
        NpyHeader header;
    };
    /// In increasing node order.
    const std::vector<NpyArray> &npyArrays() const { return m_npyArrays; }
    /// torch storages by key ("0", "1", ...): the raw bytes (zip entry or legacy blob).
    const std::unordered_map<std::string, std::span<const uint8_t>> &torchStorages() const
    {
        return m_torchStorages;
    }
    /// Mutations the stream applied to globals or other non-objects (BUILD on a class,
    /// APPEND on a function...): Python would setattr/call on them. Kept for the analysis.
    struct ForeignMutation
    {
        NodeId target = kNoNode;
        NodeId value = kNoNode;
        uint8_t opcode = 0;
        uint64_t offset = 0;
        uint32_t stream = 0;
    };
    const std::vector<ForeignMutation> &foreignMutations() const { return m_foreignMutations; }
    /// Places where the reader disagreed with the file's own structure but read on as
    /// CPython's C unpickler does (an opcode crossing the end of its FRAME, a FRAME inside a
    /// FRAME): honest picklers never write them, so the security scan reports them.
    struct ReadAnomaly
    {
        uint32_t stream = 0;
        uint64_t offset = 0;
        std::string message;
    };
    const std::vector<ReadAnomaly> &readAnomalies() const { return m_readAnomalies; }

    void setInterpretation(NodeId id, Interpretation interpretation);
    /// Edits of tensor elements: a storage's bytes replaced by an owned copy (undo puts the old
    /// span back). The spans must stay alive as long as the document.
    void setTorchStorage(const std::string &key, std::span<const uint8_t> bytes)
    {
        m_originalTorchStorages.try_emplace(key, m_torchStorages[key]);
        m_torchStorages[key] = bytes;
    }
    /// A storage's bytes as read from the file (before any edit).
    std::span<const uint8_t> originalTorchStorage(const std::string &key) const
    {
        auto it = m_originalTorchStorages.find(key);
        if (it != m_originalTorchStorages.end())
            return it->second;
        auto cur = m_torchStorages.find(key);
        return cur == m_torchStorages.end() ? std::span<const uint8_t>() : cur->second;
    }
    /// For edits that rebind a member: the interpretation to patch, or nullptr.
    Interpretation *mutableInterpretation(NodeId id);
    /// An edit that only rewrites bytes in place (array elements inside the pickle stream):
    /// saving then copies the stream with the patch applied, keeping its layout exactly.
    struct BytePatch
    {
        uint64_t id = 0;
        uint32_t buffer = 0;
        uint64_t offset = 0;
        std::string bytes;
        uint64_t replaced = 0; ///< bytes of the original replaced (== bytes.size() for arrays)
    };
    const std::vector<BytePatch> &bytePatches() const { return m_patches; }
    uint64_t addBytePatch(uint32_t buffer, uint64_t offset, std::string bytes)
    {
        const uint64_t n = bytes.size();
        return addSplice(buffer, offset, n, std::move(bytes));
    }
    /// Replace `replaced` bytes at `offset` by `bytes` (a value re-encoded in place; frames
    /// around it get their lengths recomputed on save).
    uint64_t addSplice(uint32_t buffer, uint64_t offset, uint64_t replaced, std::string bytes)
    {
        m_patches.push_back({++m_lastPatchId, buffer, offset, std::move(bytes), replaced});
        return m_lastPatchId;
    }
    void removeBytePatch(uint64_t id)
    {
        for (auto it = m_patches.begin(); it != m_patches.end(); ++it)
            if (it->id == id) {
                m_patches.erase(it);
                return;
            }
    }
    /// Edits that change the structure (rebinding, inserting, removing): saving re-serialises.
    int structuralEdits() const { return m_structuralEdits; }
    void noteStructuralEdit(int delta) { m_structuralEdits += delta; }
    /// The buffer whose bytes contain `bytes`, or -1.
    int bufferContaining(std::span<const uint8_t> bytes) const
    {
        for (size_t i = 0; i < m_buffers.size(); ++i) {
            const auto &b = m_buffers[i].bytes;
            if (!bytes.empty() && bytes.data() >= b.data()
                && bytes.data() + bytes.size() <= b.data() + b.size())
                return static_cast<int>(i);
        }
        return -1;
    }

    /// Edits applied and not undone (0 = the document is as read).
    int editCount() const { return m_editCount; }
    void noteEdit(int delta) { m_editCount += delta; }
    /// Keeps a buffer alive as long as the document (views point into it).
    void retain(std::shared_ptr<const void> owner) { m_graph.retain(std::move(owner)); }

    Document();

private:
    friend class DocumentReader;
    std::string m_path;
    Format m_format = Format::Pickle;
    std::string m_compression = "none";
    uint64_t m_fileSize = 0;
    std::optional<Error> m_error;
    std::vector<std::string> m_warnings;
    Graph m_graph;
    std::vector<Buffer> m_buffers;
    std::vector<PickleStream> m_streams;
    std::vector<NodeId> m_roots;
    std::vector<GlobalRef> m_globals;
    std::vector<Interpretation> m_interpretations;
    std::unordered_map<NodeId, uint32_t> m_interpretationIndex;
    std::vector<JoblibPayload> m_joblibPayloads;
    std::vector<NpyArray> m_npyArrays;
    std::vector<ForeignMutation> m_foreignMutations;
    std::vector<ReadAnomaly> m_readAnomalies;
    int m_editCount = 0;
    int m_structuralEdits = 0;
    uint64_t m_lastPatchId = 0;
    std::vector<BytePatch> m_patches;
    std::vector<std::shared_ptr<const MappedFile>> m_mappings;
    std::unordered_map<std::string, std::span<const uint8_t>> m_torchStorages;
    std::unordered_map<std::string, std::span<const uint8_t>> m_originalTorchStorages;
};

/// Follows Alias interpretations (set([...]) → the set, _codecs.encode → the bytes, ...) a
/// bounded number of times; returns `id` itself when it is not an alias.
NodeId followAlias(const Document &document, NodeId id);

} // namespace ps
