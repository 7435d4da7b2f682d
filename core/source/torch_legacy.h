// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

#include <array>
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ps {

// PyTorch legacy (non-zip) checkpoint layout, `torch.save(..., _use_new_zipfile_serialization=
// False)` and every torch.save before 1.6. Verified against torch 1.13 as installed
// (/usr/lib/python3/dist-packages/torch/serialization.py) and its C++ side:
//
//   `_legacy_save` writes five pickles back to back (protocol `pickle_protocol`, default 2):
//     1. MAGIC_NUMBER = 0x1950a86a20f9469cfc6c   (protocol 2: 80 02 8a 0a <10 bytes> 2e)
//     2. PROTOCOL_VERSION = 1001
//     3. sys_info = {'protocol_version': 1001, 'little_endian': bool,
//                    'type_sizes': {'short': 2, 'int': 4, 'long': 4|8}}
//     4. the object itself; tensors reference storages through persistent ids
//        ('storage', <torch.XStorage class>, key:str, location:str, numel:int, view_metadata)
//     5. `sorted(serialized_storages.keys())`: the storage keys (decimal strings of _cdata)
//   then, for each key of that list in order, `storage._write_file(f, ..., True, element_size)`
//   = C++ `THPStorage_writeFileRaw(self, fd, save_size=true, element_size)`
//   (torch/csrc/serialization.cpp):
//     int64 numel = nbytes / element_size, ALWAYS little-endian (encoded on big-endian hosts);
//     then numel * element_size data bytes, little-endian (2/4/8-byte elements are swapped on
//     big-endian hosts; 1-byte and 16-byte elements are written as they are).
//   There is no padding, alignment or separator. `_legacy_load` reads the storages in the order
//   of pickle 5 starting right after its STOP (`_set_from_file` → `THPStorage_readFileRaw`),
//   taking element_size from the storage class named in the persistent id
//   (`torch._utils._element_size(storage_type.dtype)`), and fails with "storage has wrong byte
//   size" unless numel * element_size equals the storage size the persistent id declared.
//   Observed in a file made with torch 1.13: {'w': arange(6.), 'i': arange(3, int16),
//   'b': [True, False]} → tail = 06 00..00 + 24 bytes, 03 00..00 + 6 bytes, 02 00..00 + 2 bytes.
//
// Even older files (torch ≤ 0.1.x, `legacy_load` inside `_legacy_load`) are a tar archive with
// members "sys_info", "pickle", "storages" and "tensors"; they are not handled here.

/// torch/serialization.py MAGIC_NUMBER, as decimal text (what protocol 0/1 pickles write).
inline constexpr std::string_view kTorchLegacyMagicDecimal = "119547037146038801333356";
/// The same number as pickled by LONG1 (protocol ≥ 2): 10 bytes, little-endian two's complement.
inline constexpr std::array<uint8_t, 10> kTorchLegacyMagicBytes
    = {0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19};
/// torch/serialization.py PROTOCOL_VERSION: the second pickle of a legacy file.
inline constexpr uint32_t kTorchLegacyProtocolVersion = 1001;

/// True when `payload` (the bytes of a LONG1/LONG4 argument) encodes MAGIC_NUMBER; extra
/// sign-neutral 0x00 high bytes (a non-minimal encoding of the same value) also match.
bool isTorchLegacyMagic(std::span<const uint8_t> payload);

/// A quick sniff: the file starts with a pickle (protocol 0–5, optionally framed) whose first
/// value is MAGIC_NUMBER written as CPython writes it. A file can hide the magic from this check
/// (e.g. compute it with REDUCE) and torch still loads it (GHSA-97f8-7cmv-76j2): never use a
/// negative answer to skip scanning.
bool looksLikeTorchLegacy(std::span<const uint8_t> file);

/// A legacy storage class (torch/storage.py `_dtype_to_storage_type_map`), its element size
/// (`torch._utils._element_size`) and the numpy typestr of its elements: the one table of
/// storage classes (the reader splits storages with it, the torch recogniser types them).
struct TorchStorageType
{
    std::string_view name;    ///< "FloatStorage"
    std::string_view dtype;   ///< "torch.float32"
    uint8_t elementSize;      ///< bytes per element
    std::string_view typestr; ///< numpy typestr of the elements ("<f4"; bfloat16: "<f2")
};

/// Looks a storage class up by name: "FloatStorage", "torch.FloatStorage" or
/// "torch.cuda.FloatStorage" (module prefixes are ignored). nullptr when unknown.
const TorchStorageType *findTorchStorageType(std::string_view name);

/// One storage cut out of a legacy file's tail.
struct StorageBlob
{
    std::string key;                ///< the storage key (from pickle 5)
    uint64_t offsetInTail = 0;      ///< where its 8-byte element count starts
    uint64_t elementCount = 0;      ///< the count as written
    uint64_t elementSize = 0;       ///< the size used to split (from elementSizeByKey)
    std::span<const uint8_t> bytes; ///< elementCount * elementSize data bytes (a view)
};

/// Splits the bytes that follow the storage-key list (pickle 5) into one blob per key, in the
/// order of `keysInOrder`, using each key's element size (from the persistent id's storage
/// class; see findTorchStorageType). Checks every count and length against the bytes left and
/// against 64-bit overflow. `bytesConsumed` (optional) receives where the last blob ends; bytes
/// after it are not part of any storage and deserve a warning from the caller.
Result<std::vector<StorageBlob>>
splitLegacyStorages(std::span<const uint8_t> tail, const std::vector<std::string> &keysInOrder,
                    const std::map<std::string, uint64_t> &elementSizeByKey,
                    uint64_t *bytesConsumed = nullptr);

} // namespace ps
