// SPDX-License-Identifier: MIT
#pragma once

#include "source/zip_reader.h"
#include "util/result.h"

#include <map>
#include <span>
#include <string>
#include <vector>

namespace ps {

/// Where the parts of a PyTorch zip checkpoint (torch ≥ 1.6 `torch.save`, `_save` in
/// torch/serialization.py) live inside the archive. All entries share one top folder, the
/// "archive name" (torch 1.13 uses the file's stem, newer torch "archive"):
/// `<prefix>data.pkl` (the pickle), `<prefix>data/<key>` (raw storage bytes, stored uncompressed
/// and 64-byte aligned, native byte order of the saving machine), `<prefix>version` or
/// `<prefix>.data/version`, and from torch 2.1 on `<prefix>byteorder` ("little"/"big").
/// TorchScript archives add `<prefix>constants.pkl` and `<prefix>code/…`.
///
/// The ZipEntry pointers point into the ZipArchive passed to findTorchLayout(); they are valid
/// as long as that archive is alive and unchanged.
struct TorchZipLayout
{
    std::string prefix;       ///< e.g. "archive/" (with the slash; empty for a bare "data.pkl")
    std::string dataPklEntry; ///< e.g. "archive/data.pkl"
    const ZipEntry *dataPkl = nullptr;
    /// storage key (the persistent id's key, e.g. "0") → its "<prefix>data/<key>" entry
    std::map<std::string, const ZipEntry *> storages;
    const ZipEntry *byteOrder = nullptr;    ///< "<prefix>byteorder", if present
    const ZipEntry *version = nullptr;      ///< "<prefix>.data/version" or "<prefix>version"
    const ZipEntry *constantsPkl = nullptr; ///< TorchScript "<prefix>constants.pkl", if present
    std::vector<std::string> warnings;      ///< ambiguities (several data.pkl, odd prefix, …)
};

/// Finds the PyTorch layout in a ZIP directory.
///
/// PyTorch takes the folder of the first entry as the archive name and opens
/// "<that folder>/data.pkl". We collect every entry named "data.pkl" or ending in "/data.pkl",
/// prefer PyTorch's choice, and otherwise take the first one; several candidates, or a
/// data.pkl that PyTorch itself would not find, give a warning. No data.pkl at all is an Error.
Result<TorchZipLayout> findTorchLayout(const ZipArchive &archive);

/// Reads a small text entry such as "version" or "byteorder" (at most `maxBytes`), with
/// surrounding whitespace removed.
Result<std::string> readSmallTextEntry(std::span<const uint8_t> file, const ZipEntry &entry,
                                       uint64_t maxBytes = 256);

} // namespace ps
