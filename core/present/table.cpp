// SPDX-License-Identifier: MIT
// Tables over the recognised graph: pandas DataFrame / Series columns and lists of records.
#include "present/table.h"

#include "document/document.h"
#include "present/children.h"
#include "present/python_type.h"
#include "present/summary.h"
#include "util/pyrepr.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

namespace ps {

namespace {

/// Rows looked at to decide a column's kind (and, for records, the keys).
constexpr uint64_t kKindSampleRows = 1000;
constexpr size_t kCellWidth = 80;

const Interpretation *interpretationOf(const Document &doc, NodeId id)
{
    return id < doc.graph().size() ? doc.interpretation(id) : nullptr;
}

NodeId memberValue(const Interpretation &in, std::string_view name)
{
    for (const Member &m : in.members) {
        if (m.style == MemberStyle::Attribute && m.name == name)
            return m.value;
    }
    return kNoNode;
}

bool isMissingNode(const Document &doc, NodeId id)
{
    const NodeId target = followAlias(doc, id);
    if (target >= doc.graph().size())
        return true;
    const Node &n = doc.graph().node(target);
    return n.kind == Kind::None || (n.kind == Kind::Float && std::isnan(n.v.f));
}

/// An object cell: strings without quotes, None, NaN, numbers as repr, else the summary.
std::string objectText(const Document &doc, NodeId id)
{
    const NodeId target = followAlias(doc, id);
    if (target >= doc.graph().size())
        return "?";
    const Node &n = doc.graph().node(target);
    switch (n.kind) {
    case Kind::Str:
    case Kind::Py2String:
        return std::string(doc.graph().text(target));
    case Kind::Float:
        return std::isnan(n.v.f) ? "NaN" : reprFloat(n.v.f);
    case Kind::None:
    case Kind::Bool:
    case Kind::Int:
    case Kind::BigInt:
        return pythonRepr(doc, target);
    default:
        break;
    }
    if (const Interpretation *in = interpretationOf(doc, target);
        in && in->what == Recognised::Datetime) {
        std::string text = in->text;
        if (const size_t t = text.find('T'); t != std::string::npos)
            text[t] = ' ';
        return text;
    }
    return summary(doc, target, kCellWidth);
}

/// Days since 1970-01-01 → (year, month, day), proleptic Gregorian (H. Hinnant's algorithm).
void civilFromDays(int64_t z, int64_t &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}

/// Nanoseconds per unit of a numpy datetime unit, or 0 when unknown.
int64_t unitNanos(const std::string &unit)
{
    static const std::pair<const char *, int64_t> units[] = {{"ns", 1},
                                                             {"us", 1000},
                                                             {"ms", 1000000},
                                                             {"s", 1000000000},
                                                             {"m", 60LL * 1000000000},
                                                             {"h", 3600LL * 1000000000},
                                                             {"D", 86400LL * 1000000000},
                                                             {"W", 7 * 86400LL * 1000000000}};
    for (const auto &[name, nanos] : units) {
        if (unit == name)
            return nanos;
    }
    return 0;
}

std::string twoDigits(int64_t v)
{
    return (v < 10 ? "0" : "") + std::to_string(v);
}

/// `count` units of `perUnit` nanoseconds as whole days and the nanoseconds into the last day.
std::pair<__int128, __int128> daysAndNanos(int64_t count, int64_t perUnit)
{
    const __int128 nanos = static_cast<__int128>(count) * perUnit;
    const __int128 day = static_cast<__int128>(86400) * 1000000000;
    __int128 days = nanos / day;
    __int128 rest = nanos % day;
    if (rest < 0) {
        rest += day;
        --days;
    }
    return {days, rest};
}

std::string timedeltaText(int64_t count, const std::string &unit)
{
    if (count == INT64_MIN)
        return "NaT";
    const int64_t per = unitNanos(unit);
    const auto [days, rest] = daysAndNanos(count, per ? per : 1);
    const auto secs = static_cast<int64_t>(rest / 1000000000);
    const auto frac = static_cast<int64_t>(rest % 1000000000);
    std::string s = std::to_string(static_cast<int64_t>(days)) + " days " + twoDigits(secs / 3600)
                    + ":" + twoDigits(secs / 60 % 60) + ":" + twoDigits(secs % 60);
    if (frac) {
        std::string f = std::to_string(frac);
        s += "." + std::string(9 - f.size(), '0') + f;
    }
    return s;
}

/// A 1-d array's element as pandas prints it.
std::string arrayText(const Document &doc, const NdArray &a, uint64_t i)
{
    if (!a.objects.empty())
        return i < a.objects.size() ? objectText(doc, a.objects[i]) : "?";
    const DType *dtype = a.dtype.get();
    if (!dtype)
        return "?";
    switch (dtype->kind) {
    case 'f':
        if (const auto v = a.floatAt(i))
            return std::isnan(*v) ? "NaN" : reprFloat(*v);
        break;
    case 'M':
        if (const auto v = a.intAt(i))
            return timestampText(*v, dtype->timeUnit);
        break;
    case 'm':
        if (const auto v = a.intAt(i))
            return timedeltaText(*v, dtype->timeUnit);
        break;
    case 'U':
    case 'S': {
        ScalarValue v = arrayElement(a, i);
        return std::move(v.text);
    }
    default:
        break;
    }
    return scalarRepr(doc, a, i, kCellWidth);
}

bool arrayMissing(const Document &doc, const NdArray &a, uint64_t i)
{
    if (!a.objects.empty())
        return i >= a.objects.size() || isMissingNode(doc, a.objects[i]);
    if (!a.dtype)
        return true;
    switch (a.dtype->kind) {
    case 'f': {
        const auto v = a.floatAt(i);
        return !v || std::isnan(*v);
    }
    case 'M':
    case 'm': {
        const auto v = a.intAt(i);
        return !v || *v == INT64_MIN;
    }
    default:
        return false;
    }
}

TableColumn::Kind kindOfArray(const Document &doc, const NdArray &a)
{
    const char kind = a.dtype ? a.dtype->kind : 'V';
    switch (kind) {
    case 'b':
        return TableColumn::Kind::Bool;
    case 'i':
    case 'u':
    case 'f':
        return TableColumn::Kind::Number;
    case 'M':
        return TableColumn::Kind::Datetime;
    case 'm':
        return TableColumn::Kind::Timedelta;
    case 'U':
    case 'S':
        return TableColumn::Kind::String;
    default:
        break;
    }
    if (a.objects.empty())
        return TableColumn::Kind::Object;
    bool any = false;
    for (uint64_t i = 0; i < a.objects.size() && i < kKindSampleRows; ++i) {
        const NodeId target = followAlias(doc, a.objects[i]);
        if (isMissingNode(doc, target))
            continue;
        const Kind k = doc.graph().kind(target);
        if (k != Kind::Str && k != Kind::Py2String)
            return TableColumn::Kind::Object;
        any = true;
    }
    return any ? TableColumn::Kind::String : TableColumn::Kind::Object;
}

/// A column from a Series interpretation (DataFrame columns are synthetic Series).
std::optional<TableColumn> seriesColumn(const Document &doc, const Interpretation &series)
{
    if (!series.array || series.array->ndim() != 1)
        return std::nullopt;
    TableColumn c;
    c.values = series.array;
    c.kind = kindOfArray(doc, *series.array);
    const auto dtype = series.array->loadedDType();
    c.dtype = dtype ? dtype->name() : "object";
    // A categorical: its codes and categories, so cells need no object per row.
    const Interpretation *values = interpretationOf(doc, memberValue(series, "values"));
    if (values && values->pythonType == "pandas.core.arrays.categorical.Categorical") {
        const auto codes = arrayOfNode(doc, memberValue(*values, "codes"));
        const Interpretation *cats = interpretationOf(doc, memberValue(*values, "categories"));
        if (codes && codes->ndim() == 1 && codes->shape[0] == series.array->shape[0] && cats
            && cats->array && cats->array->ndim() == 1) {
            c.kind = TableColumn::Kind::Category;
            c.dtype = "category";
            c.codes = codes;
            for (uint64_t k = 0; k < cats->array->shape[0]; ++k)
                c.categories.push_back(arrayText(doc, *cats->array, k));
        }
    }
    return c;
}

/// The row labels of a pandas Index node.
bool readIndex(const Document &doc, NodeId indexNode, Table &t)
{
    const Interpretation *in = interpretationOf(doc, indexNode);
    if (!in || in->what != Recognised::PandasIndex)
        return false;
    if (const NodeId name = memberValue(*in, "name"); name != kNoNode && !isMissingNode(doc, name))
        t.indexName = objectText(doc, name);
    if (in->array) {
        if (in->array->ndim() != 1 || in->array->shape[0] != t.rows)
            return false;
        t.rangeIndex = false;
        t.indexLabels = in->array;
        return true;
    }
    if (in->ints.size() == 3) {
        t.rangeIndex = true;
        t.indexStart = in->ints[0];
        t.indexStep = in->ints[2];
        return true;
    }
    // A MultiIndex: positions.
    t.rangeIndex = true;
    return true;
}

std::optional<Table> frameTable(const Document &doc, const Interpretation &in)
{
    if (in.shape.size() != 2)
        return std::nullopt;
    Table t;
    t.source = Table::Source::DataFrame;
    t.rows = in.shape[0];
    if (!readIndex(doc, memberValue(in, "index"), t))
        return std::nullopt;
    for (const Member &m : in.members) {
        if (m.style != MemberStyle::Key)
            continue;
        const Interpretation *series = interpretationOf(doc, m.value);
        if (!series || series->what != Recognised::Series)
            return std::nullopt;
        auto column = seriesColumn(doc, *series);
        if (!column || column->values->shape[0] != t.rows)
            return std::nullopt;
        column->label = m.key;
        column->name = objectText(doc, m.key);
        t.columns.push_back(std::move(*column));
    }
    return t;
}

std::optional<Table> seriesTable(const Document &doc, const Interpretation &in)
{
    auto column = seriesColumn(doc, in);
    if (!column)
        return std::nullopt;
    Table t;
    t.source = Table::Source::Series;
    t.rows = column->values->shape[0];
    if (!readIndex(doc, memberValue(in, "index"), t))
        return std::nullopt;
    const NodeId name = memberValue(in, "name");
    column->label = name;
    column->name = name == kNoNode || isMissingNode(doc, name) ? "0" : objectText(doc, name);
    t.columns.push_back(std::move(*column));
    return t;
}

bool sameKey(const Document &doc, NodeId a, NodeId b)
{
    if (a == b)
        return true;
    const Graph &g = doc.graph();
    const Kind ka = g.kind(a);
    if (ka == Kind::Str && g.kind(b) == Kind::Str)
        return g.text(a) == g.text(b);
    return keyIdentity(doc, a) == keyIdentity(doc, b);
}

/// The value node of a record's key, or kNoNode (a row without the key: missing, as pandas).
NodeId recordValue(const Document &doc, const Table &t, size_t column, uint64_t row)
{
    if (row >= t.records.size())
        return kNoNode;
    const NodeId dict = followAlias(doc, t.records[row]);
    if (dict >= doc.graph().size() || doc.graph().kind(dict) != Kind::Dict)
        return kNoNode;
    const auto &items = doc.graph().items(dict);
    const NodeId key = t.columns[column].label;
    const size_t pos = 2 * column;
    if (pos + 1 < items.size() && sameKey(doc, items[pos], key))
        return items[pos + 1];
    for (size_t k = 0; k + 1 < items.size(); k += 2) {
        if (sameKey(doc, items[k], key))
            return items[k + 1];
    }
    return kNoNode;
}

std::optional<Table> recordsTable(const Document &doc, NodeId list)
{
    const Graph &g = doc.graph();
    const Kind kind = g.kind(list);
    if (kind != Kind::List && kind != Kind::Tuple)
        return std::nullopt;
    const auto &rows = g.items(list);
    if (rows.empty())
        return std::nullopt;
    Table t;
    t.source = Table::Source::Records;
    t.rows = rows.size();
    std::vector<NodeId> keys;
    // The first rows decide (a million records open at once); a later row without a key
    // shows it as missing, as pandas.DataFrame(records) does.
    for (size_t row = 0; row < rows.size() && row < kKindSampleRows; ++row) {
        const NodeId dict = followAlias(doc, rows[row]);
        if (dict >= g.size() || g.kind(dict) != Kind::Dict || interpretationOf(doc, dict))
            return std::nullopt;
        const auto &items = g.items(dict);
        if (items.size() % 2 != 0)
            return std::nullopt;
        if (keys.empty()) {
            if (items.empty() || items.size() / 2 > kMaxRecordColumns
                || dictEntries(doc, items).size() != items.size() / 2)
                return std::nullopt;
            for (size_t k = 0; k < items.size(); k += 2)
                keys.push_back(items[k]);
        } else if (items.size() != 2 * keys.size()) {
            return std::nullopt;
        } else {
            for (size_t c = 0; c < keys.size(); ++c) {
                if (sameKey(doc, items[2 * c], keys[c]))
                    continue;
                t.aligned = false;
                const bool found = std::any_of(keys.begin(), keys.end(), [&](NodeId key) {
                    return sameKey(doc, items[2 * c], key);
                });
                if (!found)
                    return std::nullopt;
            }
        }
    }
    t.records.assign(rows.begin(), rows.end());
    for (const NodeId key : keys) {
        TableColumn c;
        c.label = key;
        c.name = objectText(doc, key);
        t.columns.push_back(std::move(c));
    }
    // Kinds and dtypes the way pandas.DataFrame(records) infers them.
    for (size_t c = 0; c < t.columns.size(); ++c) {
        bool ints = true, floats = true, bools = true, strings = true, missing = false;
        bool any = false;
        for (uint64_t r = 0; r < t.rows && r < kKindSampleRows; ++r) {
            const NodeId v = followAlias(doc, recordValue(doc, t, c, r));
            if (v >= g.size() || g.kind(v) == Kind::None) {
                missing = true;
                continue;
            }
            any = true;
            const Kind k = g.kind(v);
            ints = ints && (k == Kind::Int);
            bools = bools && k == Kind::Bool;
            floats = floats && (k == Kind::Int || k == Kind::Float);
            strings = strings && (k == Kind::Str || k == Kind::Py2String);
        }
        TableColumn &col = t.columns[c];
        if (any && bools && !missing) {
            col.kind = TableColumn::Kind::Bool;
            col.dtype = "bool";
        } else if (any && ints && !missing) {
            col.kind = TableColumn::Kind::Number;
            col.dtype = "int64";
        } else if (any && (floats || ints)) {
            col.kind = TableColumn::Kind::Number;
            col.dtype = "float64";
        } else {
            col.kind = any && strings ? TableColumn::Kind::String : TableColumn::Kind::Object;
            col.dtype = "object";
        }
    }
    return t;
}

double welfordStd(double m2, uint64_t n)
{
    return n > 1 ? std::sqrt(m2 / static_cast<double>(n - 1)) : std::nan("");
}

} // namespace

std::string timestampText(int64_t count, const std::string &unit)
{
    if (count == INT64_MIN)
        return "NaT";
    const int64_t per = unitNanos(unit);
    if (per == 0)
        return std::to_string(count);
    const auto [days, rest] = daysAndNanos(count, per);
    int64_t y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(static_cast<int64_t>(days), y, m, d);
    const auto secs = static_cast<int64_t>(rest / 1000000000);
    const auto frac = static_cast<int64_t>(rest % 1000000000);
    std::string year = std::to_string(y);
    if (y >= 0 && year.size() < 4)
        year = std::string(4 - year.size(), '0') + year;
    std::string s = year + "-" + twoDigits(m) + "-" + twoDigits(d) + " " + twoDigits(secs / 3600)
                    + ":" + twoDigits(secs / 60 % 60) + ":" + twoDigits(secs % 60);
    if (frac) {
        std::string f = std::to_string(frac);
        f = std::string(9 - f.size(), '0') + f;
        s += "." + (frac % 1000 == 0 ? f.substr(0, 6) : f);
    }
    return s;
}

std::optional<Table> tableOf(const Document &document, NodeId id)
{
    if (id >= document.graph().size())
        return std::nullopt;
    const NodeId target = followAlias(document, id);
    if (const Interpretation *in = interpretationOf(document, target)) {
        if (in->what == Recognised::DataFrame)
            return frameTable(document, *in);
        if (in->what == Recognised::Series)
            return seriesTable(document, *in);
        return std::nullopt;
    }
    return recordsTable(document, target);
}

std::string tableCellText(const Document &document, const Table &table, size_t column, uint64_t row)
{
    if (column >= table.columns.size() || row >= table.rows)
        return {};
    const TableColumn &c = table.columns[column];
    if (table.source == Table::Source::Records) {
        const NodeId v = recordValue(document, table, column, row);
        if (v == kNoNode)
            return "NaN";
        if (c.kind == TableColumn::Kind::Number && isMissingNode(document, v))
            return "NaN";
        if (c.dtype == "float64" && document.graph().kind(followAlias(document, v)) == Kind::Int)
            return objectText(document, v) + ".0";
        return objectText(document, v);
    }
    if (c.codes) {
        const auto code = c.codes->intAt(row);
        if (!code || *code < 0 || static_cast<uint64_t>(*code) >= c.categories.size())
            return "NaN";
        return c.categories[static_cast<size_t>(*code)];
    }
    return arrayText(document, *c.values, row);
}

std::optional<double> tableCellNumber(const Document &document, const Table &table, size_t column,
                                      uint64_t row)
{
    if (column >= table.columns.size() || row >= table.rows)
        return std::nullopt;
    const TableColumn &c = table.columns[column];
    if (c.kind != TableColumn::Kind::Number && c.kind != TableColumn::Kind::Bool)
        return std::nullopt;
    if (table.source == Table::Source::Records) {
        const NodeId v = followAlias(document, recordValue(document, table, column, row));
        if (v >= document.graph().size())
            return std::nullopt;
        const Node &n = document.graph().node(v);
        switch (n.kind) {
        case Kind::Int:
            return static_cast<double>(n.v.i);
        case Kind::Bool:
            return n.v.i ? 1.0 : 0.0;
        case Kind::Float:
            return std::isnan(n.v.f) ? std::nullopt : std::optional<double>(n.v.f);
        default:
            return std::nullopt;
        }
    }
    const auto v = c.values->floatAt(row);
    if (!v || std::isnan(*v))
        return std::nullopt;
    return v;
}

std::string tableIndexText(const Document &document, const Table &table, uint64_t row)
{
    if (table.rangeIndex || !table.indexLabels)
        return std::to_string(table.indexStart + static_cast<int64_t>(row) * table.indexStep);
    return arrayText(document, *table.indexLabels, row);
}

ColumnStatistics columnStatistics(const Document &document, const Table &table, size_t column,
                                  const std::atomic<bool> *cancel)
{
    ColumnStatistics s;
    if (column >= table.columns.size())
        return s;
    const TableColumn &c = table.columns[column];
    const auto cancelled = [&](uint64_t row) {
        return cancel && (row & 0xFFFF) == 0 && cancel->load(std::memory_order_relaxed);
    };
    if (c.kind == TableColumn::Kind::Number) {
        double mean = 0, m2 = 0;
        for (uint64_t r = 0; r < table.rows; ++r) {
            if (cancelled(r)) {
                s.cancelled = true;
                return s;
            }
            const auto v = tableCellNumber(document, table, column, r);
            if (!v)
                continue;
            if (s.count == 0) {
                s.min = s.max = *v;
            } else {
                s.min = std::min(s.min, *v);
                s.max = std::max(s.max, *v);
            }
            ++s.count;
            const double delta = *v - mean;
            mean += delta / static_cast<double>(s.count);
            m2 += delta * (*v - mean);
        }
        s.numeric = s.count > 0;
        s.mean = mean;
        s.std = welfordStd(m2, s.count);
        return s;
    }
    if ((c.kind == TableColumn::Kind::Datetime || c.kind == TableColumn::Kind::Timedelta)
        && c.values) {
        int64_t lo = INT64_MAX, hi = INT64_MIN;
        for (uint64_t r = 0; r < table.rows; ++r) {
            if (cancelled(r)) {
                s.cancelled = true;
                return s;
            }
            const auto v = c.values->intAt(r);
            if (!v || *v == INT64_MIN)
                continue;
            ++s.count;
            lo = std::min(lo, *v);
            hi = std::max(hi, *v);
        }
        if (s.count) {
            s.temporal = true;
            const std::string &unit = c.values->dtype->timeUnit;
            s.first = c.kind == TableColumn::Kind::Datetime ? timestampText(lo, unit)
                                                            : timedeltaText(lo, unit);
            s.last = c.kind == TableColumn::Kind::Datetime ? timestampText(hi, unit)
                                                           : timedeltaText(hi, unit);
        }
        return s;
    }
    // Strings, categories, bools, objects: value counts by text. A map from text to count
    // holds every distinct text (75 MB for a million distinct strings); instead each row is
    // kept as (32-bit hash of its text, row), 8 bytes, sorted so equal texts are adjacent.
    // Texts of equal hashes are compared, so the counts stay exact. A table of 2^32 rows or
    // more (beyond what a graph can index) gets the count alone.
    struct Keyed
    {
        uint32_t hash;
        uint32_t row;
        bool operator<(const Keyed &o) const
        {
            return hash != o.hash ? hash < o.hash : row < o.row;
        }
    };
    if (table.rows > UINT32_MAX)
        return s;
    // Every 65,536 rows: a million strings' pages stay at a few MB while the window holds
    // everything else it shows (a larger step was the window's peak on a 1M-row DataFrame).
    constexpr uint64_t kReleaseEveryRows = (uint64_t(1) << 16) - 1;
    const auto textAt = [&](uint64_t r) {
        return tableCellText(document, table, column, r);
    };
    const auto hashOf = [](const std::string &text) {
        const uint64_t h = std::hash<std::string>{}(text);
        return static_cast<uint32_t>(h ^ h >> 32);
    };
    std::vector<Keyed> keyed;
    keyed.reserve(table.rows); // one allocation: growing would hold old and new at once
    for (uint64_t r = 0; r < table.rows; ++r) {
        if (cancelled(r)) {
            s.cancelled = true;
            return s;
        }
        bool missing = false;
        if (c.codes) {
            const auto code = c.codes->intAt(r);
            missing = !code || *code < 0;
        } else if (c.values) {
            missing = arrayMissing(document, *c.values, r);
        } else {
            const NodeId v = recordValue(document, table, column, r);
            missing = v == kNoNode || isMissingNode(document, v);
        }
        if (!missing)
            keyed.push_back({hashOf(textAt(r)), static_cast<uint32_t>(r)});
        // Every text of the column is read once: the mapped file's pages go back to the
        // kernel as the pass goes, or a column of strings leaves the file resident in full.
        if ((r & kReleaseEveryRows) == kReleaseEveryRows)
            document.releaseMappedPages();
    }
    s.count = keyed.size();
    std::sort(keyed.begin(), keyed.end());
    uint64_t bestFirst = UINT64_MAX;
    const auto consider = [&](uint64_t n, uint64_t first) {
        ++s.unique;
        if (n > s.freq || (n == s.freq && first < bestFirst)) {
            s.freq = n;
            bestFirst = first;
        }
    };
    for (size_t i = 0; i < keyed.size();) {
        size_t end = i + 1;
        while (end < keyed.size() && keyed[end].hash == keyed[i].hash)
            ++end;
        if (end - i == 1) {
            consider(1, keyed[i].row);
        } else {
            // Rows in hash order, so each text's first row is the first one met.
            std::vector<std::pair<std::string, std::pair<uint64_t, uint64_t>>> texts;
            for (size_t k = i; k < end; ++k) {
                if (cancelled(k)) {
                    s.cancelled = true;
                    return s;
                }
                std::string text = textAt(keyed[k].row);
                auto it = std::find_if(texts.begin(), texts.end(),
                                       [&](const auto &t) { return t.first == text; });
                if (it == texts.end())
                    texts.push_back({std::move(text), {1, keyed[k].row}});
                else
                    ++it->second.first;
            }
            for (const auto &t : texts)
                consider(t.second.first, t.second.second);
        }
        i = end;
    }
    s.categorical = s.count > 0;
    if (s.freq)
        s.top = textAt(bestFirst);
    return s;
}

} // namespace ps
