// SPDX-License-Identifier: MIT
#pragma once

#include "array/ndarray.h"
#include "graph/graph.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ps {

class Document;

/// One column of a Table.
struct TableColumn
{
    /// What the column holds, as a data scientist reads it.
    enum class Kind : uint8_t { Number, Bool, Datetime, Timedelta, String, Category, Object };

    std::string name;       ///< the label as pandas prints it (str labels without quotes)
    NodeId label = kNoNode; ///< the label node (records: the dict key), when there is one
    Kind kind = Kind::Object;
    std::string dtype; ///< pandas' dtype name: "int64", "float64", "bool", "datetime64[ns]",
                       ///< "category", "object"
    /// DataFrame / Series: the column's values, a view over the file's bytes (object columns:
    /// the element nodes); null for records.
    std::shared_ptr<const NdArray> values;
    /// Category: the integer codes (-1 = missing) and the category labels as text.
    std::shared_ptr<const NdArray> codes;
    std::vector<std::string> categories;
};

/// A tabular view of a node, read from the recognised graph without copying values: a pandas
/// DataFrame (columns from its blocks), a Series (one column), or a list of dicts that all have
/// the same keys (records: one column per key, in the first dict's order; the first 1,000 rows
/// decide the keys and the dtypes, later rows lacking a key show it as missing).
struct Table
{
    enum class Source : uint8_t { DataFrame, Series, Records };
    Source source = Source::DataFrame;
    uint64_t rows = 0;
    std::vector<TableColumn> columns;
    /// The row labels: a RangeIndex (start + row × step) or labels (indexLabels).
    bool rangeIndex = true;
    int64_t indexStart = 0;
    int64_t indexStep = 1;
    std::shared_ptr<const NdArray> indexLabels;
    std::string indexName; ///< "" when the index has no name
    /// Records: the node of every row (a dict; a row that is not one shows as missing).
    std::vector<NodeId> records;
    /// Records: every dict checked lists its keys in the first dict's order.
    bool aligned = true;
};

/// Largest number of keys a list of dicts may have to be shown as records.
inline constexpr size_t kMaxRecordColumns = 256;

/// The table view of a node (DataFrame, Series, list of same-key dicts), or nullopt.
std::optional<Table> tableOf(const Document &document, NodeId id);

/// A cell as pandas prints it: numbers (floats as repr, missing as "NaN"), True/False,
/// timestamps "2021-06-15 12:30:00" ("NaT"), strings without quotes, None, the category label,
/// other objects by their one-line summary.
std::string tableCellText(const Document &document, const Table &table, size_t column,
                          uint64_t row);
/// The cell's value as a number (numbers, bools), or nullopt (missing or not numeric).
std::optional<double> tableCellNumber(const Document &document, const Table &table, size_t column,
                                      uint64_t row);
/// The row label as pandas prints it.
std::string tableIndexText(const Document &document, const Table &table, uint64_t row);

/// A count of nanoseconds (or another numpy datetime unit) since 1970-01-01 as pandas prints a
/// Timestamp: "2021-06-15 12:30:00", fractions of a second only when present; "NaT".
std::string timestampText(int64_t count, const std::string &unit);

/// Per-column summary statistics, as `DataFrame.describe()` gives them.
struct ColumnStatistics
{
    uint64_t count = 0;   ///< cells that are not missing
    bool numeric = false; ///< numbers: mean, std (ddof = 1, as pandas), min, max
    double mean = 0;
    double std = 0;
    double min = 0;
    double max = 0;
    bool temporal = false; ///< datetimes: first / last as text
    std::string first;
    std::string last;
    bool categorical = false; ///< strings, categories, bools, objects: unique, top, freq
    uint64_t unique = 0;
    std::string top;
    uint64_t freq = 0;
    bool cancelled = false;
};

/// Computes one column's statistics over every row (stops early when `cancel` becomes true).
ColumnStatistics columnStatistics(const Document &document, const Table &table, size_t column,
                                  const std::atomic<bool> *cancel = nullptr);

} // namespace ps
