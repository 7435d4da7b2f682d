// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace ps {

/// What a file that is none of the formats PickleScope reads is, by its magic number: "a 7-Zip
/// archive", "an HDF5 file (h5py, Keras .h5)", "a safetensors file", "an SQLite database", "a
/// PNG image", "a PDF document", ... — so an error can say what the file is instead of naming
/// the opcode its first byte happens to be. Nothing when the bytes match no known signature.
/// Formats PickleScope reads (pickle, compressed joblib, ZIP, .npy) are not named here.
std::optional<std::string_view> foreignFormatName(std::span<const uint8_t> file);

} // namespace ps
