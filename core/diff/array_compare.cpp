// SPDX-License-Identifier: MIT
#include "diff/array_compare.h"

#include "present/summary.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <type_traits>

namespace ps::diff::detail {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
/// Elements compared between two progress ticks.
constexpr uint64_t kChunk = uint64_t(1) << 20;
/// One unit of work per this many elements (see DiffOptions::progress).
constexpr uint64_t kElementsPerUnit = 4096;

/// One differing element (before its reprs are made).
struct Hit
{
    uint64_t flat = 0;
    double oldValue = 0;
    double newValue = 0;
    double absDiff = 0;
    double relDiff = 0;
};

/// Statistics of the differing elements plus the largest ones (a bounded heap whose front is
/// the smallest kept).
class Tally
{
public:
    explicit Tally(size_t keep)
        : m_keep(keep)
    {}

    void add(uint64_t flat, double oldValue, double newValue, double absDiff, double relDiff)
    {
        ++differing;
        maxAbs = std::max(maxAbs, absDiff);
        maxRel = std::max(maxRel, relDiff);
        if (m_keep == 0)
            return;
        const Hit h{flat, oldValue, newValue, absDiff, relDiff};
        if (hits.size() < m_keep) {
            hits.push_back(h);
            std::push_heap(hits.begin(), hits.end(), larger);
        } else if (larger(h, hits.front())) {
            std::pop_heap(hits.begin(), hits.end(), larger);
            hits.back() = h;
            std::push_heap(hits.begin(), hits.end(), larger);
        }
    }

    /// Largest first; equal differences in index order.
    std::vector<Hit> sorted()
    {
        std::vector<Hit> out = hits;
        std::sort(out.begin(), out.end(), larger);
        return out;
    }

    uint64_t differing = 0;
    double maxAbs = 0;
    double maxRel = 0;

private:
    static bool larger(const Hit &a, const Hit &b)
    {
        if (a.absDiff != b.absDiff)
            return a.absDiff > b.absDiff;
        return a.flat < b.flat;
    }

    size_t m_keep;
    std::vector<Hit> hits;
};

/// |old - new| and |old - new| / |new| for two numbers that are not equal.
void differences(double a, double b, double &absDiff, double &relDiff)
{
    if (std::isnan(a) || std::isnan(b) || std::isinf(a) || std::isinf(b)) {
        absDiff = kInf;
        relDiff = kInf;
        return;
    }
    absDiff = std::fabs(a - b);
    const double denominator = std::fabs(b);
    relDiff = denominator == 0 ? (absDiff == 0 ? 0 : kInf) : absDiff / denominator;
}

/// Walks the byte offsets of two same-shaped arrays in C order.
class OffsetWalker
{
public:
    explicit OffsetWalker(const NdArray &array)
        : m_array(array)
    {
        // C-contiguous arrays and 1-D views (a field of a structured array) step by a constant.
        if (array.strides == NdArray::cStrides(array.shape, array.dtype->itemSize)) {
            m_linear = true;
            m_step = static_cast<int64_t>(array.dtype->itemSize);
        } else if (array.ndim() == 1 && array.strides.size() == 1) {
            m_linear = true;
            m_step = array.strides[0];
        }
    }
    uint64_t offset(uint64_t flat) const
    {
        return m_linear
                   ? m_array.offset + static_cast<uint64_t>(static_cast<int64_t>(flat) * m_step)
                   : m_array.elementOffset(flat);
    }

private:
    const NdArray &m_array;
    bool m_linear = false;
    int64_t m_step = 0;
};

template<typename T>
T load(const uint8_t *p)
{
    T v;
    std::memcpy(&v, p, sizeof(T));
    return v;
}

/// The typed loop over two little-endian (or single-byte) arrays of the same element type.
template<typename T>
bool scanTyped(const NdArray &x, const NdArray &y, uint64_t n, const DiffOptions &options,
               const WorkTick &tick, Tally &tally)
{
    const OffsetWalker wx(x);
    const OffsetWalker wy(y);
    const uint8_t *px = x.data.data();
    const uint8_t *py = y.data.data();
    for (uint64_t start = 0; start < n; start += kChunk) {
        const uint64_t stop = std::min(n, start + kChunk);
        for (uint64_t i = start; i < stop; ++i) {
            const T a = load<T>(px + wx.offset(i));
            const T b = load<T>(py + wy.offset(i));
            if constexpr (std::is_floating_point_v<T>) {
                if (a == b || closeEnough(a, b, options))
                    continue;
                double absDiff = 0;
                double relDiff = 0;
                differences(a, b, absDiff, relDiff);
                tally.add(i, a, b, absDiff, relDiff);
            } else {
                if (a == b)
                    continue;
                const double da = static_cast<double>(a);
                const double db = static_cast<double>(b);
                double absDiff = 0;
                double relDiff = 0;
                differences(da, db, absDiff, relDiff);
                tally.add(i, da, db, absDiff, relDiff);
            }
        }
        if (tick && !tick((stop - start) / kElementsPerUnit + 1))
            return false;
    }
    return true;
}

/// The general loop: elements decoded one by one (byte order, float16, bfloat16, long double,
/// complex, mixed dtypes).
bool scanDecoded(const NdArray &x, const NdArray &y, uint64_t n, const DiffOptions &options,
                 const WorkTick &tick, Tally &tally)
{
    for (uint64_t start = 0; start < n; start += kChunk) {
        const uint64_t stop = std::min(n, start + kChunk);
        for (uint64_t i = start; i < stop; ++i) {
            const ScalarValue a = arrayElement(x, i);
            const ScalarValue b = arrayElement(y, i);
            auto asDouble = [](const ScalarValue &v) {
                switch (v.type) {
                case ScalarValue::Type::Bool:
                    return v.boolean ? 1.0 : 0.0;
                case ScalarValue::Type::Int:
                    return static_cast<double>(v.i);
                case ScalarValue::Type::UInt:
                    return static_cast<double>(v.u);
                case ScalarValue::Type::Float:
                case ScalarValue::Type::Complex:
                    return v.f;
                default:
                    return kNaN;
                }
            };
            const bool aInt = a.type == ScalarValue::Type::Int || a.type == ScalarValue::Type::UInt
                              || a.type == ScalarValue::Type::Bool;
            const bool bInt = b.type == ScalarValue::Type::Int || b.type == ScalarValue::Type::UInt
                              || b.type == ScalarValue::Type::Bool;
            const double da = asDouble(a);
            const double db = asDouble(b);
            bool equal = false;
            if (aInt && bInt) {
                equal = a.type == b.type ? (a.i == b.i && a.u == b.u && a.boolean == b.boolean)
                                         : da == db;
            } else if (a.type == ScalarValue::Type::Complex
                       || b.type == ScalarValue::Type::Complex) {
                equal = closeEnough(da, db, options) && closeEnough(a.imag, b.imag, options);
            } else {
                equal = closeEnough(da, db, options);
            }
            if (equal)
                continue;
            double absDiff = 0;
            double relDiff = 0;
            if (a.type == ScalarValue::Type::Complex || b.type == ScalarValue::Type::Complex) {
                absDiff = std::hypot(da - db, a.imag - b.imag);
                const double m = std::hypot(db, b.imag);
                relDiff = m == 0 ? kInf : absDiff / m;
                if (std::isnan(absDiff))
                    absDiff = relDiff = kInf;
            } else {
                differences(da, db, absDiff, relDiff);
            }
            tally.add(i, da, db, absDiff, relDiff);
        }
        if (tick && !tick((stop - start) / kElementsPerUnit + 1))
            return false;
    }
    return true;
}

/// Strings, bytes and raw void elements: equal when their decoded values are.
bool scanText(const NdArray &x, const NdArray &y, uint64_t n, const WorkTick &tick, Tally &tally)
{
    const bool sameLayout = x.dtype->str() == y.dtype->str();
    for (uint64_t start = 0; start < n; start += kChunk) {
        const uint64_t stop = std::min(n, start + kChunk);
        for (uint64_t i = start; i < stop; ++i) {
            if (sameLayout) {
                const auto a = x.element(i);
                const auto b = y.element(i);
                if (a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin()))
                    continue;
            } else {
                const ScalarValue a = arrayElement(x, i);
                const ScalarValue b = arrayElement(y, i);
                if (a.type == b.type && a.text == b.text)
                    continue;
            }
            tally.add(i, kNaN, kNaN, 0, 0);
        }
        if (tick && !tick((stop - start) / kElementsPerUnit + 1))
            return false;
    }
    return true;
}

/// Records, sub-arrays and records holding objects (same dtype on both sides): equal when the
/// element bytes are, or — with object fields — when the elements read the same.
bool scanRecords(const Document &oldDocument, const NdArray &x, const Document &newDocument,
                 const NdArray &y, uint64_t n, const WorkTick &tick, Tally &tally)
{
    const bool objects = x.dtype->hasObject() || y.dtype->hasObject();
    for (uint64_t start = 0; start < n; start += kChunk) {
        const uint64_t stop = std::min(n, start + kChunk);
        for (uint64_t i = start; i < stop; ++i) {
            if (objects) {
                if (scalarRepr(oldDocument, x, i, SIZE_MAX / 2)
                    == scalarRepr(newDocument, y, i, SIZE_MAX / 2))
                    continue;
            } else {
                const auto a = x.element(i);
                const auto b = y.element(i);
                if (a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin()))
                    continue;
            }
            tally.add(i, kNaN, kNaN, 0, 0);
        }
        if (tick && !tick((stop - start) / kElementsPerUnit + 1))
            return false;
    }
    return true;
}

/// Both arrays hold `n` elements inside their bytes (guards the typed loops, which read the
/// bytes directly: an edited array goes through element(), which applies its patches).
bool inBounds(const NdArray &a)
{
    if (a.patches && !a.patches->empty())
        return false;
    return NdArray::fitsIn(a.shape, a.strides, a.offset, a.dtype->itemSize, a.data.size());
}

/// The typed loop for signed or unsigned integers of 1, 2, 4 or 8 bytes.
template<bool Signed>
bool scanInteger(const NdArray &x, const NdArray &y, uint64_t n, const DiffOptions &options,
                 const WorkTick &tick, Tally &tally, bool &handled)
{
    switch (x.dtype->itemSize) {
    case 8:
        return scanTyped<std::conditional_t<Signed, int64_t, uint64_t>>(x, y, n, options, tick,
                                                                        tally);
    case 4:
        return scanTyped<std::conditional_t<Signed, int32_t, uint32_t>>(x, y, n, options, tick,
                                                                        tally);
    case 2:
        return scanTyped<std::conditional_t<Signed, int16_t, uint16_t>>(x, y, n, options, tick,
                                                                        tally);
    case 1:
        return scanTyped<std::conditional_t<Signed, int8_t, uint8_t>>(x, y, n, options, tick,
                                                                      tally);
    default:
        handled = false;
        return true;
    }
}

/// The typed loop for a dtype both arrays share, when there is one.
bool scanFast(const NdArray &x, const NdArray &y, uint64_t n, const DiffOptions &options,
              const WorkTick &tick, Tally &tally, bool &handled)
{
    handled = false;
    const DType &dx = *x.dtype;
    if (dx.str() != y.dtype->str() || dx.byteOrder == '>' || dx.bfloat16 || !inBounds(x)
        || !inBounds(y))
        return true;
    handled = true;
    switch (dx.kind) {
    case 'f':
        if (dx.itemSize == 8)
            return scanTyped<double>(x, y, n, options, tick, tally);
        if (dx.itemSize == 4)
            return scanTyped<float>(x, y, n, options, tick, tally);
        break;
    case 'i':
    case 'M':
    case 'm':
        return scanInteger<true>(x, y, n, options, tick, tally, handled);
    case 'u':
    case 'b':
        return scanInteger<false>(x, y, n, options, tick, tally, handled);
    default:
        break;
    }
    handled = false;
    return true;
}

/// Same dtype, C-contiguous, all bytes equal: the arrays are equal (for floats too: equal bits
/// are equal numbers, NaN included).
bool bytesIdentical(const NdArray &x, const NdArray &y, uint64_t n)
{
    if (x.dtype->str() != y.dtype->str() || x.dtype->hasObject() || !inBounds(x) || !inBounds(y))
        return false;
    const uint64_t item = x.dtype->itemSize;
    if (x.strides != NdArray::cStrides(x.shape, item)
        || y.strides != NdArray::cStrides(y.shape, item))
        return false;
    if (n == 0)
        return true;
    return std::memcmp(x.data.data() + x.offset, y.data.data() + y.offset, n * item) == 0;
}

/// The kept differing elements as positions, largest first.
void fillPositions(const Document &oldDocument, const NdArray &x, const Document &newDocument,
                   const NdArray &y, Tally &tally, bool numeric, ArrayDiff &out)
{
    for (const Hit &h : tally.sorted()) {
        Position p;
        p.index = unravel(h.flat, x.shape);
        p.labels.assign(p.index.size(), std::string());
        p.oldRepr = scalarRepr(oldDocument, x, h.flat, 60);
        p.newRepr = scalarRepr(newDocument, y, h.flat, 60);
        p.oldValue = numeric ? h.oldValue : kNaN;
        p.newValue = numeric ? h.newValue : kNaN;
        p.absDiff = numeric ? h.absDiff : 0;
        p.relDiff = numeric ? h.relDiff : 0;
        out.top.push_back(std::move(p));
    }
}

} // namespace

std::string dtypeText(const NdArray &array)
{
    if (!array.dtype)
        return "?";
    const auto loaded = array.loadedDType();
    const DType &d = loaded ? *loaded : *array.dtype;
    return d.isStructured() || d.isSubArray() ? d.describe() : d.name();
}

bool closeEnough(double a, double b, const DiffOptions &options)
{
    if (a == b)
        return true;
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    if (std::isinf(a) || std::isinf(b))
        return false;
    return std::fabs(a - b) <= options.atol + options.rtol * std::fabs(b);
}

std::vector<uint64_t> unravel(uint64_t flat, const std::vector<uint64_t> &shape)
{
    std::vector<uint64_t> index(shape.size());
    for (size_t a = shape.size(); a-- > 0;) {
        const uint64_t dim = std::max<uint64_t>(shape[a], 1);
        index[a] = flat % dim;
        flat /= dim;
    }
    return index;
}

bool compareArrays(const Document &oldDocument, const NdArray &x, const Document &newDocument,
                   const NdArray &y, const DiffOptions &options, const WorkTick &tick,
                   ArrayDiff &out, bool &cancelled)
{
    out.oldShape = x.shape;
    out.newShape = y.shape;
    out.oldDType = dtypeText(x);
    out.newDType = dtypeText(y);
    out.shapeChanged = x.shape != y.shape;
    out.dtypeChanged = out.oldDType != out.newDType;
    if (!x.dtype || !y.dtype)
        return !out.shapeChanged && !out.dtypeChanged;
    if (out.shapeChanged)
        return false;
    const uint64_t n = x.count();
    if (n == UINT64_MAX)
        return !out.dtypeChanged;

    const DType &dx = *x.dtype;
    const DType &dy = *y.dtype;
    const bool numeric = dx.isNumeric() && dy.isNumeric();
    const auto isText = [](const DType &d) {
        return !d.isStructured() && !d.isSubArray()
               && (d.kind == 'U' || d.kind == 'S' || d.kind == 'V');
    };
    const bool text = isText(dx) && isText(dy) && dx.kind == dy.kind;
    if (!numeric && !text) {
        // Records and the like: only the same dtype is compared, element by element.
        if (out.dtypeChanged)
            return false;
        out.compared = n;
        Tally tally(options.maxPositions);
        if (!scanRecords(oldDocument, x, newDocument, y, n, tick, tally))
            cancelled = true;
        out.differing = tally.differing;
        fillPositions(oldDocument, x, newDocument, y, tally, false, out);
        return tally.differing == 0;
    }

    out.numeric = numeric;
    out.compared = n;
    if (!out.dtypeChanged && bytesIdentical(x, y, n)) {
        if (tick && !tick(n / kElementsPerUnit + 1))
            cancelled = true;
        return true;
    }

    Tally tally(options.maxPositions);
    bool finished = true;
    if (numeric) {
        bool handled = false;
        finished = scanFast(x, y, n, options, tick, tally, handled);
        if (!handled)
            finished = scanDecoded(x, y, n, options, tick, tally);
    } else {
        finished = scanText(x, y, n, tick, tally);
    }
    if (!finished)
        cancelled = true;

    out.differing = tally.differing;
    out.maxAbsDiff = numeric ? tally.maxAbs : 0;
    out.maxRelDiff = numeric ? tally.maxRel : 0;
    fillPositions(oldDocument, x, newDocument, y, tally, numeric, out);
    return tally.differing == 0 && !out.dtypeChanged;
}

} // namespace ps::diff::detail
