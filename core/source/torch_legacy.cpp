// SPDX-License-Identifier: MIT
#include "source/torch_legacy.h"

#include <algorithm>
#include <limits>
#include <new>

namespace ps {

namespace {

/// torch 1.13 `_dtype_to_storage_type_map` plus the byte-typed UntypedStorage.
constexpr TorchStorageType kStorageTypes[] = {
    {"DoubleStorage", "torch.float64", 8, "<f8"},
    {"FloatStorage", "torch.float32", 4, "<f4"},
    {"HalfStorage", "torch.float16", 2, "<f2"},
    {"LongStorage", "torch.int64", 8, "<i8"},
    {"IntStorage", "torch.int32", 4, "<i4"},
    {"ShortStorage", "torch.int16", 2, "<i2"},
    {"CharStorage", "torch.int8", 1, "|i1"},
    {"ByteStorage", "torch.uint8", 1, "|u1"},
    {"BoolStorage", "torch.bool", 1, "|b1"},
    {"BFloat16Storage", "torch.bfloat16", 2, "<f2"},
    {"ComplexDoubleStorage", "torch.complex128", 16, "<c16"},
    {"ComplexFloatStorage", "torch.complex64", 8, "<c8"},
    {"QInt8Storage", "torch.qint8", 1, "|i1"},
    {"QInt32Storage", "torch.qint32", 4, "<i4"},
    {"QUInt8Storage", "torch.quint8", 1, "|u1"},
    {"QUInt4x2Storage", "torch.quint4x2", 1, "|u1"},
    {"QUInt2x4Storage", "torch.quint2x4", 1, "|u1"},
    {"UntypedStorage", "torch.uint8", 1, "|u1"},
};

/// Size of the little-endian int64 element count before each storage.
constexpr uint64_t kCountSize = 8;

uint64_t le64(const uint8_t *p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | p[i];
    return v;
}

Error storageError(const std::string &key, uint64_t offset, std::string message)
{
    Error e = makeError(offset, std::move(message));
    e.stream = "legacy storage '" + key + "'";
    return e;
}

} // namespace

bool isTorchLegacyMagic(std::span<const uint8_t> payload)
{
    // Drop high 0x00 bytes that do not change the value (the byte below stays < 0x80).
    while (payload.size() > kTorchLegacyMagicBytes.size() && payload.back() == 0x00
           && (payload[payload.size() - 2] & 0x80) == 0)
        payload = payload.first(payload.size() - 1);
    return payload.size() == kTorchLegacyMagicBytes.size()
           && std::equal(payload.begin(), payload.end(), kTorchLegacyMagicBytes.begin());
}

bool looksLikeTorchLegacy(std::span<const uint8_t> file)
{
    size_t pos = 0;
    if (file.size() >= 2 && file[0] == 0x80) { // PROTO n
        pos = 2;
        if (file.size() >= pos + 9 && file[pos] == 0x95) // FRAME <u64>
            pos += 9;
    }
    if (file.size() >= pos + 2 && file[pos] == 0x8a) { // LONG1 <n> <bytes>
        const size_t n = file[pos + 1];
        if (file.size() < pos + 2 + n)
            return false;
        return isTorchLegacyMagic(file.subspan(pos + 2, n));
    }
    // Protocol 0/1: LONG opcode 'L' + decimal text + optional 'L' + '\n'.
    const std::string_view text(reinterpret_cast<const char *>(file.data()) + pos,
                                std::min<size_t>(file.size() - pos, 32));
    const std::string expected = "L" + std::string(kTorchLegacyMagicDecimal);
    if (text.substr(0, expected.size()) != expected)
        return false;
    const std::string_view rest = text.substr(expected.size());
    return rest.substr(0, 1) == "\n" || rest.substr(0, 2) == "L\n";
}

const TorchStorageType *findTorchStorageType(std::string_view name)
{
    const size_t dot = name.rfind('.');
    if (dot != std::string_view::npos)
        name.remove_prefix(dot + 1);
    for (const TorchStorageType &type : kStorageTypes) {
        if (type.name == name)
            return &type;
    }
    return nullptr;
}

Result<std::vector<StorageBlob>>
splitLegacyStorages(std::span<const uint8_t> tail, const std::vector<std::string> &keysInOrder,
                    const std::map<std::string, uint64_t> &elementSizeByKey,
                    uint64_t *bytesConsumed)
{
    try {
        std::vector<StorageBlob> blobs;
        blobs.reserve(std::min<size_t>(keysInOrder.size(), tail.size() / kCountSize));
        uint64_t pos = 0;
        for (const std::string &key : keysInOrder) {
            const auto sizeIt = elementSizeByKey.find(key);
            if (sizeIt == elementSizeByKey.end())
                return storageError(key, pos,
                                    "no storage type is known for this key (it is not "
                                    "referenced by any persistent id)");
            const uint64_t elementSize = sizeIt->second;
            if (elementSize == 0)
                return storageError(key, pos, "element size is 0");
            if (tail.size() - pos < kCountSize) {
                return storageError(key, pos,
                                    "truncated: expected an 8-byte element count, "
                                        + std::to_string(tail.size() - pos) + " bytes left");
            }
            const uint64_t count = le64(tail.data() + pos);
            if (count > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
                return storageError(key, pos,
                                    "negative element count (int64 "
                                        + std::to_string(static_cast<int64_t>(count)) + ")");
            if (count > std::numeric_limits<uint64_t>::max() / elementSize) {
                return storageError(key, pos,
                                    "element count " + std::to_string(count) + " × "
                                        + std::to_string(elementSize) + " bytes overflows");
            }
            const uint64_t nbytes = count * elementSize;
            const uint64_t dataPos = pos + kCountSize;
            if (nbytes > tail.size() - dataPos) {
                return storageError(key, pos,
                                    std::to_string(count) + " elements of "
                                        + std::to_string(elementSize) + " bytes need "
                                        + std::to_string(nbytes) + " bytes, only "
                                        + std::to_string(tail.size() - dataPos) + " are left");
            }
            StorageBlob blob;
            blob.key = key;
            blob.offsetInTail = pos;
            blob.elementCount = count;
            blob.elementSize = elementSize;
            blob.bytes = tail.subspan(static_cast<size_t>(dataPos), static_cast<size_t>(nbytes));
            blobs.push_back(std::move(blob));
            pos = dataPos + nbytes;
        }
        if (bytesConsumed)
            *bytesConsumed = pos;
        return blobs;
    } catch (const std::bad_alloc &) {
        return storageError("", 0, "out of memory while splitting storages");
    } catch (const std::exception &ex) {
        return storageError("", 0, std::string("cannot split storages: ") + ex.what());
    }
}

} // namespace ps
