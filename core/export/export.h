// SPDX-License-Identifier: MIT
#pragma once

#include "document/document.h"
#include "path/path.h"
#include "util/result.h"

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

namespace ps {

/// Writes the CSV of an array or table: 1-D and 2-D numeric/string arrays (one row per element /
/// row), 1-D structured arrays (a header of field names), pandas DataFrames (a header of column
/// names). Values as Python prints them (repr digits for floats; NaN as "nan").
Status exportCsv(std::ostream &out, const Document &document, const Resolved &value);

/// Writes the `.npy` (format 1.0, numpy/lib/format.py) of a numeric, bool, str or bytes array: the
/// dtype and byte order as in the file, C order, header padded so data starts at 64 bytes.
Status exportNpy(std::ostream &out, const Document &document, const Resolved &value);

/// What an export writes, chosen by the output file's extension.
enum class ExportFormat : uint8_t { Csv, Json, Npy };
/// `.csv`, `.json` or `.npy` (case-insensitive); nothing for any other name.
std::optional<ExportFormat> exportFormatFor(std::string_view fileName);
/// Writes an export to `out` as it is produced (never the whole text in memory): CSV, JSON
/// (the value's document and a newline) or `.npy`. Checks that would refuse the value run
/// before anything is written. Never throws: an exception becomes an Error.
Status exportValue(std::ostream &out, const Document &document, const Resolved &value,
                   ExportFormat format);

} // namespace ps
