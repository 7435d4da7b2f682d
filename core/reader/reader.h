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
    /// Keep every instruction (PickleStream::instructions): what the unpickler read, as it read
    /// it (tests compare the listings read again from the bytes with it). Nothing else needs
    /// them: listings, edits and saves read the opcodes from the bytes and
    /// PickleStream::regions. Reading is faster and smaller without them.
    bool recordInstructions = false;
    /// Only locate the pickle streams, for listings: each pickle is scanned opcode by opcode
    /// (reader/stream_scan.h) instead of unpickled — no objects, roots, globals or
    /// interpretations, no PyTorch storages, memory bounded by the pickle's stack and memo.
    /// When the scan cannot vouch that the unpickler would read a pickle the same way (joblib
    /// raw array data, a legacy PyTorch checkpoint, `.npy`/`.npz` files, an opcode the
    /// unpickler might refuse), the file is read in full as without this option (its
    /// PickleStream::regions say where joblib raw array data lies); either way the streams
    /// (bounds, protocols, errors) and the document's error are those of a full read.
    /// Progress is not reported while scanning.
    bool streamsOnly = false;
    /// Run the common opcodes through the unpickler's fast lane (the default). false runs
    /// every opcode through the general one: tests check that both build the same document.
    bool fastLane = true;
};

/// Opens a file from disk (memory-mapped): container detection, decompression, every pickle
/// stream, the recognisers. Never throws and never executes anything; when reading fails part
/// way, the document holds everything found before the error and Document::error().
std::unique_ptr<Document> openDocument(const std::string &path, const OpenOptions &options = {});
/// The same over bytes held in memory (tests, fuzzing). `name` is used in error messages.
std::unique_ptr<Document> openDocumentBytes(std::vector<uint8_t> bytes, std::string name,
                                            const OpenOptions &options = {});

} // namespace ps
