// SPDX-License-Identifier: MIT
#include "source/foreign_format.h"

#include <cstring>

namespace ps {

namespace {

struct Signature
{
    uint64_t offset;
    std::string_view magic;
    std::string_view name;
};

using namespace std::string_view_literals;

// Signatures from each format's specification (file(1)'s magic database agrees).
constexpr Signature kSignatures[] = {
    {0, "7z\xBC\xAF\x27\x1C"sv, "a 7-Zip archive"},
    {0, "Rar!\x1A\x07"sv, "a RAR archive"},
    {0, "\x89HDF\r\n\x1A\n"sv, "an HDF5 file (h5py, pandas HDFStore, Keras .h5)"},
    {0, "PAR1"sv, "an Apache Parquet file"},
    {0, "ARROW1"sv, "an Apache Arrow / Feather file"},
    {0, "SQLite format 3\0"sv, "an SQLite database"},
    {0, "\x89PNG\r\n\x1A\n"sv, "a PNG image"},
    {0, "\xFF\xD8\xFF"sv, "a JPEG image"},
    {0, "GIF87a"sv, "a GIF image"},
    {0, "GIF89a"sv, "a GIF image"},
    {0, "%PDF-"sv, "a PDF document"},
    {0,
     "\x7F"
     "ELF"sv,
     "an ELF executable or library"},
    {0, "\x28\xB5\x2F\xFD"sv, "Zstandard-compressed data"},
    {0, "GGUF"sv, "a GGUF model (llama.cpp)"},
    {4, "TFL3"sv, "a TensorFlow Lite model"},
    {0, "MATLAB 5.0 MAT-file"sv, "a MATLAB .mat file"},
    {0, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv, "a Microsoft Office (OLE2) document"},
    {257, "ustar"sv, "a tar archive"},
};

bool matches(std::span<const uint8_t> file, const Signature &s)
{
    return file.size() >= s.offset + s.magic.size()
           && std::memcmp(file.data() + s.offset, s.magic.data(), s.magic.size()) == 0;
}

/// safetensors: an 8-byte little-endian header length, then that many bytes of JSON object.
bool isSafetensors(std::span<const uint8_t> file)
{
    if (file.size() < 10)
        return false;
    uint64_t length = 0;
    for (int i = 7; i >= 0; --i)
        length = (length << 8) | file[static_cast<size_t>(i)];
    return length >= 2 && length <= file.size() - 8 && file[8] == '{'
           && (file[9] == '"' || file[9] == '}' || file[9] == ' ');
}

/// ONNX (a protobuf ModelProto): field 1 `ir_version` (varint, tag 0x08, small) and then
/// field 2 `producer_name` (tag 0x12) or another ModelProto field; protobuf has no magic, so
/// only this opening is recognised.
bool isOnnx(std::span<const uint8_t> file)
{
    return file.size() >= 4 && file[0] == 0x08 && file[1] >= 1 && file[1] <= 0x20
           && (file[2] == 0x12 || file[2] == 0x1A || file[2] == 0x3A);
}

} // namespace

std::optional<std::string_view> foreignFormatName(std::span<const uint8_t> file)
{
    for (const Signature &s : kSignatures)
        if (matches(file, s))
            return s.name;
    if (isSafetensors(file))
        return "a safetensors file";
    if (isOnnx(file))
        return "an ONNX model";
    return std::nullopt;
}

} // namespace ps
