// SPDX-License-Identifier: MIT
#include "array/ndarray.h"

#include "array/element_codec.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace ps {

namespace {

/// Overflow-checked a * b.
bool mulOverflows(uint64_t a, uint64_t b, uint64_t &out)
{
    return __builtin_mul_overflow(a, b, &out);
}

bool kindHasNoByteOrder(char kind, uint64_t itemSize)
{
    return kind == 'b' || kind == 'S' || kind == 'V' || kind == 'O' || itemSize <= 1;
}

std::string unitSuffix(const DType &d)
{
    if (d.timeUnit.empty())
        return {};
    std::string s = "[";
    if (d.timeUnitCount != 1)
        s += std::to_string(d.timeUnitCount);
    s += d.timeUnit;
    s += ']';
    return s;
}

std::string shapeRepr(const std::vector<uint64_t> &shape)
{
    std::string s = "(";
    for (size_t i = 0; i < shape.size(); ++i) {
        if (i)
            s += ", ";
        s += std::to_string(shape[i]);
    }
    if (shape.size() == 1)
        s += ',';
    s += ')';
    return s;
}

/// Python repr of a str (enough for field names and titles: quotes and backslashes escaped).
std::string pyRepr(const std::string &text)
{
    const bool useDouble
        = text.find('\'') != std::string::npos && text.find('"') == std::string::npos;
    const char quote = useDouble ? '"' : '\'';
    std::string s(1, quote);
    for (const char c : text) {
        if (c == '\\' || c == quote) {
            s += '\\';
            s += c;
        } else if (c == '\n') {
            s += "\\n";
        } else if (c == '\t') {
            s += "\\t";
        } else if (c == '\r') {
            s += "\\r";
        } else {
            s += c;
        }
    }
    s += quote;
    return s;
}

/// True when the fields lie back to back from offset 0 and fill the item exactly (numpy prints
/// such structured dtypes in the list form).
bool isPacked(const DType &d)
{
    uint64_t total = 0;
    for (const auto &f : d.fields) {
        if (!f.type || f.offset != total)
            return false;
        total += f.type->itemSize;
    }
    return total == d.itemSize;
}

std::string quoted(const std::string &s)
{
    return "'" + s + "'";
}

} // namespace

bool DType::hasObject() const
{
    if (kind == 'O')
        return true;
    if (subBase && subBase->hasObject())
        return true;
    for (const auto &f : fields) {
        if (f.type && f.type->hasObject())
            return true;
    }
    return false;
}

bool DType::isNumeric() const
{
    if (isStructured() || isSubArray())
        return false;
    switch (kind) {
    case 'b':
    case 'i':
    case 'u':
    case 'f':
    case 'c':
    case 'M':
    case 'm':
        return true;
    default:
        return false;
    }
}

std::string DType::str() const
{
    if (bfloat16)
        return "bfloat16";
    if (isStructured() || isSubArray())
        return "|V" + std::to_string(itemSize);
    const char order = kindHasNoByteOrder(kind, itemSize) ? '|' : (byteOrder == '>' ? '>' : '<');
    std::string s(1, order);
    switch (kind) {
    case 'O':
        return "|O";
    case 'U':
        s += 'U';
        s += std::to_string(itemSize / 4);
        return s;
    case 'M':
    case 'm':
        s += kind;
        s += std::to_string(itemSize);
        s += unitSuffix(*this);
        return s;
    default:
        s += kind;
        s += std::to_string(itemSize);
        return s;
    }
}

std::string DType::name() const
{
    if (bfloat16)
        return "bfloat16";
    const std::string bits = std::to_string(itemSize * 8);
    if (isStructured() || isSubArray())
        return "void" + bits;
    switch (kind) {
    case 'b':
        return "bool";
    case 'i':
        return "int" + bits;
    case 'u':
        return "uint" + bits;
    case 'f':
        return "float" + bits;
    case 'c':
        return "complex" + bits;
    case 'O':
        return "object";
    case 'S':
        return itemSize ? "bytes" + bits : "bytes";
    case 'U':
        return itemSize ? "str" + bits : "str";
    case 'V':
        return itemSize ? "void" + bits : "void";
    case 'M':
        return "datetime64" + unitSuffix(*this);
    case 'm':
        return "timedelta64" + unitSuffix(*this);
    default:
        return "void" + bits;
    }
}

std::string DType::fieldFormat() const
{
    if (bfloat16)
        return quoted("bfloat16");
    if (isSubArray())
        return "(" + (subBase ? subBase->fieldFormat() : std::string("'V'")) + ", "
               + shapeRepr(subShape) + ")";
    if (isStructured())
        return describe();
    switch (kind) {
    case 'b':
        return quoted("?");
    case 'O':
        return quoted("O");
    case 'S':
    case 'V':
        return quoted(std::string(1, kind) + std::to_string(itemSize));
    default:
        if (itemSize <= 1)
            return quoted(std::string(1, kind) + std::to_string(itemSize));
        return quoted(str());
    }
}

std::string DType::describe() const
{
    if (bfloat16)
        return "bfloat16";
    if (isSubArray())
        return fieldFormat();
    if (isStructured()) {
        if (!alignedStruct && isPacked(*this)) {
            std::string s = "[";
            for (size_t i = 0; i < fields.size(); ++i) {
                const Field &f = fields[i];
                if (i)
                    s += ", ";
                s += '(';
                if (!f.title.empty())
                    s += "(" + pyRepr(f.title) + ", " + pyRepr(f.name) + ")";
                else
                    s += pyRepr(f.name);
                s += ", ";
                if (f.type && f.type->isSubArray() && f.type->subBase)
                    s += f.type->subBase->fieldFormat() + ", " + shapeRepr(f.type->subShape);
                else
                    s += f.type ? f.type->fieldFormat() : std::string("'V0'");
                s += ')';
            }
            s += ']';
            return s;
        }
        std::string names, formats, offsets, titles;
        bool anyTitle = false;
        for (size_t i = 0; i < fields.size(); ++i) {
            const Field &f = fields[i];
            const char *sep = i ? ", " : "";
            names += sep + pyRepr(f.name);
            formats += sep + (f.type ? f.type->fieldFormat() : std::string("'V0'"));
            offsets += sep + std::to_string(f.offset);
            titles += sep + (f.title.empty() ? std::string("None") : pyRepr(f.title));
            anyTitle = anyTitle || !f.title.empty();
        }
        std::string s = "{'names': [" + names + "], 'formats': [" + formats + "], 'offsets': ["
                        + offsets + "], ";
        if (anyTitle)
            s += "'titles': [" + titles + "], ";
        s += "'itemsize': " + std::to_string(itemSize);
        if (alignedStruct)
            s += ", 'aligned': True";
        s += '}';
        return s;
    }
    switch (kind) {
    case 'b':
    case 'O':
        return name();
    case 'S':
    case 'U':
    case 'V':
        return str();
    default:
        if (byteOrder == '>' && itemSize > 1)
            return str();
        return name();
    }
}

std::shared_ptr<DType> DType::fromTypeStr(std::string_view t)
{
    auto d = std::make_shared<DType>();
    char order = 0;
    if (!t.empty() && (t[0] == '<' || t[0] == '>' || t[0] == '|' || t[0] == '=')) {
        order = t[0];
        t.remove_prefix(1);
    }
    if (t.empty())
        return nullptr;
    char kind = t[0];
    t.remove_prefix(1);
    if (kind == '?') {
        kind = 'b';
        if (!t.empty())
            return nullptr;
        t = "1";
    } else if (kind == 'a') {
        kind = 'S';
    }
    // Unit suffix for datetime kinds.
    std::string_view unit;
    const size_t bracket = t.find('[');
    if (bracket != std::string_view::npos) {
        if ((kind != 'M' && kind != 'm') || t.back() != ']')
            return nullptr;
        unit = t.substr(bracket + 1, t.size() - bracket - 2);
        t = t.substr(0, bracket);
    }
    uint64_t size = 0;
    bool haveSize = false;
    if (!t.empty()) {
        const auto res = std::from_chars(t.data(), t.data() + t.size(), size);
        if (res.ec != std::errc() || res.ptr != t.data() + t.size())
            return nullptr;
        haveSize = true;
    }
    switch (kind) {
    case 'b':
        if (haveSize && size != 1)
            return nullptr;
        size = 1;
        break;
    case 'i':
    case 'u':
        if (!haveSize || (size != 1 && size != 2 && size != 4 && size != 8))
            return nullptr;
        break;
    case 'f':
        if (!haveSize || (size != 2 && size != 4 && size != 8 && size != 12 && size != 16))
            return nullptr;
        break;
    case 'c':
        if (!haveSize || (size != 8 && size != 16 && size != 24 && size != 32))
            return nullptr;
        break;
    case 'O':
        if (!haveSize)
            size = 8;
        if (size != 4 && size != 8)
            return nullptr;
        break;
    case 'M':
    case 'm':
        if (!haveSize)
            size = 8;
        if (size != 8)
            return nullptr;
        break;
    case 'S':
    case 'V':
        break;
    case 'U':
        if (mulOverflows(size, 4, size))
            return nullptr;
        break;
    default:
        return nullptr;
    }
    d->kind = kind;
    d->itemSize = size;
    if (kindHasNoByteOrder(kind, size))
        d->byteOrder = '|';
    else
        d->byteOrder = (order == '>') ? '>' : '<';
    if (!unit.empty()) {
        size_t i = 0;
        while (i < unit.size() && unit[i] >= '0' && unit[i] <= '9')
            ++i;
        int64_t count = 1;
        if (i > 0) {
            const auto res = std::from_chars(unit.data(), unit.data() + i, count);
            if (res.ec != std::errc() || count <= 0)
                return nullptr;
        }
        const std::string_view u = unit.substr(i);
        static constexpr std::string_view kUnits[]
            = {"Y", "M", "W", "D", "h", "m", "s", "ms", "us", "ns", "ps", "fs", "as"};
        if (u != "generic"
            && std::find(std::begin(kUnits), std::end(kUnits), u) == std::end(kUnits))
            return nullptr;
        if (u != "generic") {
            d->timeUnit = std::string(u);
            d->timeUnitCount = count;
        }
    }
    return d;
}

std::shared_ptr<DType> DType::fromScalarTypeName(std::string_view n)
{
    struct Entry
    {
        std::string_view name;
        std::string_view typestr;
    };
    static constexpr Entry kTypes[] = {
        {"bool_", "|b1"},       {"bool8", "|b1"},         {"bool", "|b1"},
        {"int8", "|i1"},        {"byte", "|i1"},          {"uint8", "|u1"},
        {"ubyte", "|u1"},       {"int16", "<i2"},         {"short", "<i2"},
        {"uint16", "<u2"},      {"ushort", "<u2"},        {"int32", "<i4"},
        {"intc", "<i4"},        {"uint32", "<u4"},        {"uintc", "<u4"},
        {"int64", "<i8"},       {"int_", "<i8"},          {"intp", "<i8"},
        {"long", "<i8"},        {"longlong", "<i8"},      {"uint64", "<u8"},
        {"uint", "<u8"},        {"uintp", "<u8"},         {"ulonglong", "<u8"},
        {"ulong", "<u8"},       {"float16", "<f2"},       {"half", "<f2"},
        {"float32", "<f4"},     {"single", "<f4"},        {"float64", "<f8"},
        {"double", "<f8"},      {"float_", "<f8"},        {"float128", "<f16"},
        {"longdouble", "<f16"}, {"longfloat", "<f16"},    {"complex64", "<c8"},
        {"csingle", "<c8"},     {"singlecomplex", "<c8"}, {"complex128", "<c16"},
        {"cdouble", "<c16"},    {"complex_", "<c16"},     {"cfloat", "<c16"},
        {"complex256", "<c32"}, {"clongdouble", "<c32"},  {"clongfloat", "<c32"},
        {"object_", "|O"},      {"str_", "<U0"},          {"unicode_", "<U0"},
        {"bytes_", "|S0"},      {"string_", "|S0"},       {"void", "|V0"},
        {"datetime64", "<M8"},  {"timedelta64", "<m8"},
    };
    for (const auto &e : kTypes) {
        if (e.name == n)
            return fromTypeStr(e.typestr);
    }
    return nullptr;
}

std::shared_ptr<const DType> NdArray::loadedDType() const
{
    if (!swapsOnLoad || !dtype || dtype->byteOrder != '>')
        return dtype;
    auto native = std::make_shared<DType>(*dtype);
    native->byteOrder = '<';
    return native;
}

uint64_t NdArray::count() const
{
    const auto c = checkedCount(shape);
    return c ? *c : UINT64_MAX;
}

uint64_t NdArray::elementOffset(uint64_t flatIndex) const
{
    int64_t pos = static_cast<int64_t>(offset);
    for (size_t i = shape.size(); i-- > 0;) {
        const uint64_t dim = shape[i];
        if (dim == 0)
            return offset;
        const uint64_t idx = flatIndex % dim;
        flatIndex /= dim;
        const int64_t stride = i < strides.size() ? strides[i] : 0;
        pos += static_cast<int64_t>(idx) * stride;
    }
    return static_cast<uint64_t>(pos);
}

std::span<const uint8_t> NdArray::element(uint64_t flatIndex) const
{
    if (!dtype || dtype->hasObject() || flatIndex >= count())
        return {};
    const uint64_t itemSize = dtype->itemSize;
    const uint64_t off = elementOffset(flatIndex);
    if (off > data.size() || data.size() - off < itemSize)
        return {};
    if (patches && !patches->empty()) {
        auto it = patches->upper_bound(off);
        if (it != patches->begin()) {
            --it;
            const std::string &bytes = it->second;
            if (off - it->first + itemSize <= bytes.size())
                return std::span<const uint8_t>(reinterpret_cast<const uint8_t *>(bytes.data()),
                                                bytes.size())
                    .subspan(off - it->first, itemSize);
        }
    }
    return data.subspan(off, itemSize);
}

std::optional<int64_t> NdArray::intAt(uint64_t flatIndex) const
{
    if (!dtype || !dtype->isNumeric() || dtype->bfloat16)
        return std::nullopt;
    const char k = dtype->kind;
    if (k != 'b' && k != 'i' && k != 'u' && k != 'M' && k != 'm')
        return std::nullopt;
    const auto bytes = element(flatIndex);
    if (bytes.empty() || bytes.size() > 8)
        return std::nullopt;
    const uint64_t raw = loadUnsigned(bytes, dtype->byteOrder == '>');
    if (k == 'u' || k == 'b') {
        if (raw > static_cast<uint64_t>(INT64_MAX))
            return std::nullopt;
        return static_cast<int64_t>(raw);
    }
    const unsigned bits = static_cast<unsigned>(bytes.size() * 8);
    if (bits == 64)
        return static_cast<int64_t>(raw);
    const uint64_t signBit = uint64_t(1) << (bits - 1);
    return static_cast<int64_t>((raw ^ signBit) - signBit); // sign-extend
}

std::optional<double> NdArray::floatAt(uint64_t flatIndex) const
{
    if (!dtype)
        return std::nullopt;
    if (dtype->kind != 'f' || !dtype->isNumeric()) {
        const auto i = intAt(flatIndex);
        if (!i)
            return std::nullopt;
        return static_cast<double>(*i);
    }
    const auto bytes = element(flatIndex);
    const size_t n = bytes.size();
    if (n != 2 && n != 4 && n != 8 && n != 10 && n != 12 && n != 16)
        return std::nullopt;
    return loadFloat(bytes, dtype->byteOrder == '>', dtype->bfloat16);
}

std::vector<int64_t> NdArray::cStrides(const std::vector<uint64_t> &shape, uint64_t itemSize)
{
    std::vector<int64_t> strides(shape.size());
    uint64_t step = itemSize;
    for (size_t i = shape.size(); i-- > 0;) {
        strides[i] = static_cast<int64_t>(step);
        uint64_t next = 0;
        step = mulOverflows(step, std::max<uint64_t>(shape[i], 1), next) ? step : next;
    }
    return strides;
}

std::vector<int64_t> NdArray::fStrides(const std::vector<uint64_t> &shape, uint64_t itemSize)
{
    std::vector<int64_t> strides(shape.size());
    uint64_t step = itemSize;
    for (size_t i = 0; i < shape.size(); ++i) {
        strides[i] = static_cast<int64_t>(step);
        uint64_t next = 0;
        step = mulOverflows(step, std::max<uint64_t>(shape[i], 1), next) ? step : next;
    }
    return strides;
}

std::optional<uint64_t> NdArray::checkedCount(const std::vector<uint64_t> &shape, uint64_t limit)
{
    uint64_t n = 1;
    bool empty = false;
    for (const uint64_t dim : shape) {
        if (dim == 0)
            empty = true;
    }
    if (empty)
        return 0;
    for (const uint64_t dim : shape) {
        if (mulOverflows(n, dim, n))
            return std::nullopt;
    }
    if (n > limit)
        return std::nullopt;
    return n;
}

bool NdArray::fitsIn(const std::vector<uint64_t> &shape, const std::vector<int64_t> &strides,
                     uint64_t offset, uint64_t itemSize, uint64_t dataSize)
{
    if (strides.size() != shape.size())
        return false;
    for (const uint64_t dim : shape) {
        if (dim == 0)
            return true; // nothing is ever read
    }
    // Lowest and highest byte reachable, relative to offset, as 128-bit values.
    __int128 low = 0;
    __int128 high = 0;
    for (size_t i = 0; i < shape.size(); ++i) {
        const __int128 extent = static_cast<__int128>(shape[i] - 1) * strides[i];
        constexpr __int128 kHuge = static_cast<__int128>(1) << 96; // far beyond any real buffer
        if (extent > kHuge || extent < -kHuge)
            return false;
        if (extent < 0)
            low += extent;
        else
            high += extent;
    }
    const __int128 first = static_cast<__int128>(offset) + low;
    const __int128 last = static_cast<__int128>(offset) + high + itemSize;
    return first >= 0 && last <= static_cast<__int128>(dataSize);
}

} // namespace ps
