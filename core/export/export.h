// SPDX-License-Identifier: MIT
#pragma once

#include "document/document.h"
#include "path/path.h"
#include "util/result.h"

#include <optional>
#include <string>
#include <string_view>

namespace ps {

/// CSV of an array or table: 1-D and 2-D numeric/string arrays (one row per element / row),
/// 1-D structured arrays (a header of field names), pandas DataFrames (a header of column
/// names). Values as Python prints them (repr digits for floats; NaN as "nan").
Result<std::string> exportCsv(const Document &document, const Resolved &value);

/// `.npy` (format 1.0, numpy/lib/format.py) of a numeric, bool, str or bytes array: the
/// dtype and byte order as in the file, C order, header padded so data starts at 64 bytes.
Result<std::string> exportNpy(const Document &document, const Resolved &value);

/// What an export writes, chosen by the output file's extension.
enum class ExportFormat : uint8_t { Csv, Json, Npy };
/// `.csv`, `.json` or `.npy` (case-insensitive); nothing for any other name.
std::optional<ExportFormat> exportFormatFor(std::string_view fileName);
/// The bytes of an export: CSV, JSON (the value's document and a newline) or `.npy`.
Result<std::string> exportValue(const Document &document, const Resolved &value,
                                ExportFormat format);

} // namespace ps
