// SPDX-License-Identifier: MIT
#pragma once

#include "document/document.h"
#include "unpickler/limits.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace ps {

/// Options for opening a document.
struct OpenOptions
{
    ReadLimits limits;
    /// Called now and then with (bytes done, bytes total); return false to cancel.
    std::function<bool(uint64_t, uint64_t)> progress;
    /// When set and true, reading stops soon (decompression, every pickle) with a "cancelled"
    /// error, as when `progress` returns false.
    const std::atomic<bool> *cancel = nullptr;
    /// Step over the raw array bytes that follow a joblib NumpyArrayWrapper, as joblib.load
    /// does. false reads them as opcodes, as pickle.load does (the security scan reads a joblib
    /// file both ways).
    bool joblibArrays = true;
    /// Keep every instruction (PickleStream::instructions) for listings, the opcode view and
    /// byte-patch saves. Reading is faster and smaller without them.
    bool recordInstructions = true;
};

/// Opens a file from disk (memory-mapped): container detection, decompression, every pickle
/// stream, the recognisers. Never throws and never executes anything; when reading fails part
/// way, the document holds everything found before the error and Document::error().
std::unique_ptr<Document> openDocument(const std::string &path, const OpenOptions &options = {});
/// The same over bytes held in memory (tests, fuzzing). `name` is used in error messages.
std::unique_ptr<Document> openDocumentBytes(std::vector<uint8_t> bytes, std::string name,
                                            const OpenOptions &options = {});

} // namespace ps
