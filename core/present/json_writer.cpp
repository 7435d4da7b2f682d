// SPDX-License-Identifier: MIT
#include "present/json_writer.h"

#include "document/document.h"
#include "document/interpretation.h"
#include "opcodes/opcode_reader.h"
#include "present/children.h"
#include "present/json_emitter.h"
#include "present/python_type.h"
#include "present/summary.h"
#include "util/bigint.h"
#include "util/guard.h"
#include "util/pyrepr.h"

#include <cmath>
#include <sstream>
#include <unordered_map>

namespace ps {

// ---------------------------------------------------------------------------------------------
// The walk

namespace {

std::string hexOf(std::span<const uint8_t> bytes)
{
    static const char hex[] = "0123456789abcdef";
    std::string s;
    s.reserve(bytes.size() * 2);
    for (const uint8_t b : bytes) {
        s += hex[b >> 4];
        s += hex[b & 0xF];
    }
    return s;
}

std::span<const uint8_t> asBytes(std::string_view s)
{
    return {reinterpret_cast<const uint8_t *>(s.data()), s.size()};
}

/// How a child was reached, turned into path text only when needed (for `$cycle`).
struct StepRef
{
    enum class Kind : uint8_t { None, Index, Flat, Attr, Key, Pseudo };
    Kind kind = Kind::None;
    int64_t index = 0;              ///< Index; Key: entry number
    std::string_view name;          ///< Attr / Pseudo
    NodeId keyNode = kNoNode;       ///< Key
    const NdArray *array = nullptr; ///< Flat: multi-index of `index` in this array
};

std::string stepText(const Document &document, const StepRef &s)
{
    switch (s.kind) {
    case StepRef::Kind::None:
        return {};
    case StepRef::Kind::Index:
        return "[" + std::to_string(s.index) + "]";
    case StepRef::Kind::Flat: {
        std::vector<int64_t> idx(s.array->ndim());
        uint64_t rest = static_cast<uint64_t>(s.index);
        for (size_t a = idx.size(); a-- > 0;) {
            const uint64_t dim = std::max<uint64_t>(s.array->shape[a], 1);
            idx[a] = static_cast<int64_t>(rest % dim);
            rest /= dim;
        }
        return formatStep(PathStep::index(std::move(idx)));
    }
    case StepRef::Kind::Attr:
        return formatStep(PathStep::attribute(std::string(s.name)));
    case StepRef::Kind::Pseudo:
        return "." + std::string(s.name);
    case StepRef::Kind::Key:
        if (auto lit = keyLiteralOf(document, s.keyNode))
            return formatStep(PathStep::keyStep(std::move(*lit)));
        return ".<value " + std::to_string(s.index) + ">";
    }
    return {};
}

class Walker
{
public:
    Walker(const Document &document, const JsonOptions &options, JsonEmitter &out)
        : m_doc(document)
        , m_graph(document.graph())
        , m_opt(options)
        , m_out(out)
    {}

    Status run(const Resolved &r)
    {
        if (r.array && (r.isElement || r.array != arrayOfNode(m_doc, r.node))) {
            // A view or an element: arrays carry no graph node of their own here.
            if (r.isElement)
                writeElement(*r.array, r.elementFlatIndex, {});
            else
                writeArray(r.array, {}, {});
        } else {
            visit(r.node, {});
        }
        loop();
        if (m_failed)
            return m_error;
        m_out.flush();
        return {};
    }

private:
    struct Entry
    {
        std::string key; ///< JSON object key
        NodeId node = kNoNode;
        StepRef::Kind stepKind = StepRef::Kind::None;
        std::string stepName;     ///< Attr / Pseudo name
        NodeId keyNode = kNoNode; ///< Key steps
        int64_t entryNumber = 0;
    };

    struct Frame
    {
        enum class Type : uint8_t { Items, Entries, Pairs, ObjectArray };
        Type type = Type::Items;
        std::vector<NodeId> onPath;
        std::string step;
        int closes = 1;
        // Items / Pairs: a span over graph data or `owned`
        const NodeId *data = nullptr;
        size_t size = 0;
        std::vector<NodeId> owned;
        size_t pos = 0;
        // Entries
        std::vector<Entry> entries;
        // Pairs
        std::vector<DictEntry> pairs;
        int phase = 0;
        // ObjectArray
        std::shared_ptr<const NdArray> array;
        uint64_t count = 0;
        std::vector<uint64_t> idx;
    };

    void fail(std::string message)
    {
        if (m_failed)
            return;
        m_failed = true;
        m_error.message = std::move(message);
    }

    bool checkOutput()
    {
        if (m_out.sinkFailed()) {
            fail("cannot write the JSON output (the output stream failed)");
            return false;
        }
        if (m_out.bytesWritten() > m_opt.maxOutputBytes) {
            fail("JSON output exceeds the limit of " + std::to_string(m_opt.maxOutputBytes)
                 + " bytes");
            return false;
        }
        return true;
    }

    std::string framePath(size_t frameIndex) const
    {
        std::string p = m_opt.basePath;
        for (size_t i = 0; i <= frameIndex && i < m_frames.size(); ++i)
            p += m_frames[i].step;
        return p;
    }

    /// Registers a frame; the caller has already opened its JSON contexts.
    Frame &push(Frame::Type type, const std::vector<NodeId> &chain, const StepRef &step, int closes)
    {
        Frame f;
        f.type = type;
        f.step = m_frames.empty() && step.kind == StepRef::Kind::None ? std::string()
                                                                      : stepText(m_doc, step);
        f.closes = closes;
        for (const NodeId id : chain) {
            if (m_onPath.try_emplace(id, m_frames.size()).second)
                f.onPath.push_back(id);
        }
        m_frames.push_back(std::move(f));
        return m_frames.back();
    }

    void finishTop()
    {
        Frame &f = m_frames.back();
        for (const NodeId id : f.onPath)
            m_onPath.erase(id);
        for (int i = 0; i < f.closes; ++i)
            m_out.end();
        m_frames.pop_back();
    }

    void loop()
    {
        while (!m_frames.empty() && !m_failed) {
            if (!checkOutput())
                return;
            Frame &f = m_frames.back();
            switch (f.type) {
            case Frame::Type::Items: {
                if (f.pos >= f.size) {
                    finishTop();
                    break;
                }
                const size_t i = f.pos++;
                StepRef s;
                s.kind = StepRef::Kind::Index;
                s.index = static_cast<int64_t>(i);
                visit(f.data[i], s);
                break;
            }
            case Frame::Type::Entries: {
                if (f.pos >= f.entries.size()) {
                    finishTop();
                    break;
                }
                const Entry &e = f.entries[f.pos++];
                m_out.key(e.key);
                StepRef s;
                s.kind = e.stepKind;
                s.name = e.stepName;
                s.keyNode = e.keyNode;
                s.index = e.entryNumber;
                const NodeId node = e.node;
                // `e` lives in the frame, which visit() may move: copy what it needs first.
                const std::string name = e.stepName;
                s.name = name;
                visit(node, s);
                break;
            }
            case Frame::Type::Pairs: {
                if (f.pos >= f.pairs.size()) {
                    finishTop();
                    break;
                }
                const DictEntry entry = f.pairs[f.pos];
                const int phase = f.phase;
                const NodeId key = f.data[entry.keyIndex];
                const NodeId value = f.data[entry.valueIndex];
                const int64_t number = static_cast<int64_t>(f.pos);
                if (phase == 0) {
                    f.phase = 1;
                    m_out.beginArray();
                    StepRef s;
                    s.kind = StepRef::Kind::Pseudo;
                    const std::string name = "<key " + std::to_string(number) + ">";
                    s.name = name;
                    visit(key, s);
                } else if (phase == 1) {
                    f.phase = 2;
                    StepRef s;
                    s.kind = StepRef::Kind::Key;
                    s.keyNode = key;
                    s.index = number;
                    visit(value, s);
                } else {
                    m_out.end();
                    f.phase = 0;
                    ++f.pos;
                }
                break;
            }
            case Frame::Type::ObjectArray:
                stepObjectArray(f);
                break;
            }
        }
    }

    void stepObjectArray(Frame &f)
    {
        const NdArray &a = *f.array;
        const size_t ndim = a.ndim();
        if (f.pos >= f.count) {
            finishTop();
            return;
        }
        if (f.pos > 0) {
            // Close and reopen the brackets of the axes that wrapped around.
            size_t wrapped = 0;
            for (size_t ax = ndim; ax-- > 0;) {
                if (++f.idx[ax] < a.shape[ax])
                    break;
                f.idx[ax] = 0;
                ++wrapped;
            }
            for (size_t i = 0; i < wrapped; ++i)
                m_out.end();
            for (size_t i = 0; i < wrapped; ++i)
                m_out.beginArray();
        }
        const uint64_t flat = f.pos++;
        if (++m_elements > m_opt.maxElements) {
            fail(elementLimitMessage());
            return;
        }
        StepRef s;
        s.kind = StepRef::Kind::Flat;
        s.index = static_cast<int64_t>(flat);
        s.array = f.array.get();
        if (flat >= a.objects.size()) {
            m_out.null();
            return;
        }
        const NodeId element = a.objects[flat];
        // Structured records holding objects are pickled as tuples of their fields.
        if (a.dtype && a.dtype->isStructured() && element < m_graph.size()
            && m_graph.kind(element) == Kind::Tuple
            && m_graph.items(element).size() == a.dtype->fields.size()) {
            writeRecordTuple(*a.dtype, element, s);
            return;
        }
        visit(element, s);
    }

    void writeRecordTuple(const DType &dtype, NodeId tuple, const StepRef &step)
    {
        std::vector<Entry> entries;
        const auto &items = m_graph.items(tuple);
        for (size_t i = 0; i < dtype.fields.size(); ++i) {
            Entry e;
            e.key = dtype.fields[i].name;
            e.node = items[i];
            e.stepKind = StepRef::Kind::Index;
            e.entryNumber = static_cast<int64_t>(i);
            entries.push_back(std::move(e));
        }
        m_out.beginObject();
        Frame &f = push(Frame::Type::Entries, {tuple}, step, 1);
        f.entries = std::move(entries);
    }

    std::string elementLimitMessage() const
    {
        return "JSON output stopped after " + std::to_string(m_opt.maxElements)
               + " array elements (arrays shared many times multiply the output)";
    }

    // --- values -----------------------------------------------------------------------------

    void writeBigInt(const std::vector<uint8_t> &twos)
    {
        if (auto small = bigint::toInt64(twos)) {
            m_out.number(*small);
            return;
        }
        // Beyond CPython's 4300-digit limit (decimal conversion is quadratic): the size and
        // the leading hex digits, as a string.
        if (bigint::decimalDigitsEstimate(twos) > bigint::kMaxDecimalDigits) {
            m_out.string(bigint::toDecimalCapped(twos));
            return;
        }
        m_out.raw(bigint::toDecimal(twos));
    }

    void writeBytes(std::span<const uint8_t> bytes)
    {
        m_out.beginObject();
        m_out.key("$bytes");
        m_out.string(hexOf(bytes));
        m_out.end();
    }

    void writeComplex(double re, double im)
    {
        m_out.beginObject();
        m_out.key("$complex");
        m_out.beginArray();
        m_out.floating(re);
        m_out.floating(im);
        m_out.end();
        m_out.end();
    }

    void writeTagged(std::string_view tag, std::string_view text)
    {
        m_out.beginObject();
        m_out.key(tag);
        m_out.string(text);
        m_out.end();
    }

    void writeScalarValue(const ScalarValue &v)
    {
        switch (v.type) {
        case ScalarValue::Type::Invalid:
        case ScalarValue::Type::Object:
        case ScalarValue::Type::Record:
            m_out.null();
            return;
        case ScalarValue::Type::Bool:
            m_out.boolean(v.boolean);
            return;
        case ScalarValue::Type::Int:
            m_out.number(v.i);
            return;
        case ScalarValue::Type::UInt:
            m_out.number(v.u);
            return;
        case ScalarValue::Type::Float:
            m_out.floating(v.f);
            return;
        case ScalarValue::Type::Complex:
            writeComplex(v.f, v.imag);
            return;
        case ScalarValue::Type::Str:
            m_out.string(v.text);
            return;
        case ScalarValue::Type::Bytes:
            writeBytes(asBytes(v.text));
            return;
        }
    }

    /// One element of a non-object dtype from its bytes (structured → object, sub-array →
    /// nested lists). Recursion is bounded by the dtype's nesting, capped at 32 levels.
    void writeItem(const DType &dtype, std::span<const uint8_t> bytes, int depth)
    {
        if (depth > 32) {
            fail("dtype nested too deeply to write as JSON");
            return;
        }
        if (bytes.size() < dtype.itemSize) {
            m_out.null();
            return;
        }
        if (dtype.isSubArray() && dtype.subBase) {
            const DType &base = *dtype.subBase;
            auto view = std::make_shared<NdArray>();
            view->dtype = dtype.subBase;
            view->shape = dtype.subShape;
            view->strides = NdArray::cStrides(dtype.subShape, base.itemSize);
            view->data = bytes;
            writePlainArray(*view, depth + 1);
            return;
        }
        if (dtype.isStructured()) {
            m_out.beginObject();
            for (const auto &f : dtype.fields) {
                m_out.key(f.name);
                if (!f.type || f.offset > bytes.size()
                    || bytes.size() - f.offset < f.type->itemSize) {
                    m_out.null();
                    continue;
                }
                writeItem(*f.type, bytes.subspan(f.offset, f.type->itemSize), depth + 1);
            }
            m_out.end();
            return;
        }
        writeScalarValue(decodeScalar(dtype, bytes));
    }

    void writeElement(const NdArray &a, uint64_t flat, const StepRef &step)
    {
        if (!a.dtype) {
            m_out.null();
            return;
        }
        if (a.dtype->hasObject()) {
            if (flat >= a.objects.size()) {
                m_out.null();
                return;
            }
            const NodeId element = a.objects[flat];
            if (a.dtype->isStructured() && element < m_graph.size()
                && m_graph.kind(element) == Kind::Tuple
                && m_graph.items(element).size() == a.dtype->fields.size()) {
                writeRecordTuple(*a.dtype, element, step);
                return;
            }
            visit(element, step);
            return;
        }
        writeItem(*a.dtype, a.element(flat), 0);
    }

    /// Nested lists of a non-object array, written directly (no frames: no graph nodes).
    void writePlainArray(const NdArray &a, int depth)
    {
        const size_t ndim = a.ndim();
        if (ndim == 0) {
            if (++m_elements > m_opt.maxElements)
                return fail(elementLimitMessage());
            writeItem(*a.dtype, a.element(0), depth);
            return;
        }
        // Any zero-length axis: numpy gives nested empty lists up to that axis.
        size_t zeroAxis = ndim;
        for (size_t ax = 0; ax < ndim; ++ax)
            if (a.shape[ax] == 0) {
                zeroAxis = ax;
                break;
            }
        const size_t levels = zeroAxis == ndim ? ndim : zeroAxis;
        uint64_t count = 1;
        for (size_t ax = 0; ax < levels; ++ax) {
            if (__builtin_mul_overflow(count, a.shape[ax], &count))
                return fail("array too large to write as JSON");
        }
        std::vector<uint64_t> idx(levels, 0);
        for (size_t i = 0; i < levels; ++i)
            m_out.beginArray();
        for (uint64_t flat = 0; flat < count; ++flat) {
            if (flat > 0) {
                size_t wrapped = 0;
                for (size_t ax = levels; ax-- > 0;) {
                    if (++idx[ax] < a.shape[ax])
                        break;
                    idx[ax] = 0;
                    ++wrapped;
                }
                for (size_t i = 0; i < wrapped; ++i)
                    m_out.end();
                for (size_t i = 0; i < wrapped; ++i)
                    m_out.beginArray();
            }
            if (++m_elements > m_opt.maxElements)
                return fail(elementLimitMessage());
            if ((flat & 0xFFF) == 0 && !checkOutput())
                return;
            if (zeroAxis == ndim) {
                writeItem(*a.dtype, a.element(flat), depth);
            } else {
                m_out.beginArray();
                m_out.end();
            }
            if (m_failed)
                return;
        }
        for (size_t i = 0; i < levels; ++i)
            m_out.end();
    }

    void writeArray(const std::shared_ptr<const NdArray> &a, const std::vector<NodeId> &chain,
                    const StepRef &step)
    {
        if (!a || !a->dtype) {
            m_out.null();
            return;
        }
        if (!a->dtype->hasObject()) {
            writePlainArray(*a, 0);
            return;
        }
        if (a->ndim() == 0) {
            writeElement(*a, 0, step);
            return;
        }
        uint64_t count = a->count();
        if (count == UINT64_MAX)
            return fail("array too large to write as JSON");
        if (count == 0) {
            // object arrays with an empty axis: the same nested empty lists
            NdArray copy = *a;
            copy.dtype = DType::fromTypeStr("|u1");
            writePlainArray(copy, 0);
            return;
        }
        for (size_t i = 0; i < a->ndim(); ++i)
            m_out.beginArray();
        Frame &f = push(Frame::Type::ObjectArray, chain, step, static_cast<int>(a->ndim()));
        f.array = a;
        f.count = count;
        f.idx.assign(a->ndim(), 0);
    }

    void pushItems(const std::vector<NodeId> &chain, const StepRef &step, const NodeId *data,
                   size_t size, std::vector<NodeId> owned = {})
    {
        m_out.beginArray();
        Frame &f = push(Frame::Type::Items, chain, step, 1);
        if (!owned.empty()) {
            f.owned = std::move(owned);
            f.data = f.owned.data();
            f.size = f.owned.size();
        } else {
            f.data = data;
            f.size = size;
        }
    }

    bool isStrKey(NodeId key) const
    {
        const NodeId t = followAlias(m_doc, key);
        if (t == kNoNode || t >= m_graph.size())
            return false;
        const Interpretation *in = m_doc.interpretation(t);
        if (in && in->what != Recognised::Alias && in->what != Recognised::None)
            return false;
        const Kind k = m_graph.kind(t);
        return k == Kind::Str || k == Kind::Py2String;
    }

    std::string keyText(NodeId key) const
    {
        const NodeId t = followAlias(m_doc, key);
        if (m_graph.kind(t) == Kind::Py2String)
            return latin1ToUtf8(m_graph.bytes(t));
        return std::string(m_graph.text(t));
    }

    /// A dict from a flat key, value, ... list (graph data or owned).
    void writeDict(const std::vector<NodeId> &chain, const StepRef &step, const NodeId *flat,
                   size_t flatSize, std::vector<NodeId> owned = {})
    {
        std::vector<NodeId> flatData
            = owned.empty() ? std::vector<NodeId>(flat, flat + flatSize) : std::move(owned);
        const std::vector<NodeId> *source = &flatData;
        std::vector<DictEntry> entries = dictEntries(m_doc, *source);
        bool allStr = true;
        for (const auto &e : entries) {
            if (!isStrKey((*source)[e.keyIndex])) {
                allStr = false;
                break;
            }
        }
        if (allStr) {
            std::vector<Entry> list;
            list.reserve(entries.size());
            int64_t number = 0;
            for (const auto &e : entries) {
                Entry en;
                en.key = keyText((*source)[e.keyIndex]);
                en.node = (*source)[e.valueIndex];
                en.stepKind = StepRef::Kind::Key;
                en.keyNode = (*source)[e.keyIndex];
                en.entryNumber = number++;
                list.push_back(std::move(en));
            }
            m_out.beginObject();
            Frame &f = push(Frame::Type::Entries, chain, step, 1);
            f.entries = std::move(list);
            return;
        }
        m_out.beginObject();
        m_out.key("$dict");
        m_out.beginArray();
        Frame &f = push(Frame::Type::Pairs, chain, step, 2);
        f.owned = std::move(flatData);
        f.data = f.owned.data();
        f.size = f.owned.size();
        f.pairs = std::move(entries);
    }

    void writeObject(NodeId t, const std::vector<NodeId> &chain, const StepRef &step)
    {
        m_out.beginObject();
        m_out.key("$class");
        m_out.string(pythonType(m_doc, t));
        NodeId state = kNoNode;
        if (m_graph.isObject(t) && !m_graph.object(t).states.empty())
            state = m_graph.object(t).states.back();
        if (state == kNoNode) {
            m_out.key("$state");
            m_out.null();
            m_out.end();
            return;
        }
        Frame &f = push(Frame::Type::Entries, chain, step, 1);
        Entry e;
        e.key = "$state";
        e.node = state;
        e.stepKind = StepRef::Kind::Pseudo;
        e.stepName = "<state>";
        f.entries.push_back(std::move(e));
    }

    void writeSingleTagged(const char *tag, NodeId value, const char *pseudo,
                           const std::vector<NodeId> &chain, const StepRef &step)
    {
        m_out.beginObject();
        Frame &f = push(Frame::Type::Entries, chain, step, 1);
        Entry e;
        e.key = tag;
        e.node = value;
        e.stepKind = StepRef::Kind::Pseudo;
        e.stepName = pseudo;
        f.entries.push_back(std::move(e));
    }

    NodeId memberAttribute(const Interpretation &in, std::string_view name) const
    {
        for (const Member &m : in.members)
            if (m.style == MemberStyle::Attribute && m.name == name)
                return m.value;
        return kNoNode;
    }

    /// Returns true when the interpretation decided the JSON.
    bool visitInterpreted(NodeId t, const Interpretation &in, const std::vector<NodeId> &chain,
                          const StepRef &step)
    {
        switch (in.what) {
        case Recognised::NdArray:
        case Recognised::NumpyScalar:
        case Recognised::TorchTensor:
            if (!in.array)
                return false;
            writeArray(in.array, chain, step);
            return true;
        case Recognised::JoblibWrapper:
            if (!in.array)
                return false;
            writeArray(in.array, chain, step);
            return true;
        case Recognised::DType:
            if (!in.dtype)
                return false;
            writeTagged("$dtype", in.dtype->str());
            return true;
        case Recognised::NumpyType:
            if (m_graph.kind(t) == Kind::Global) {
                const GlobalData &g = m_graph.global(t);
                writeTagged("$global", pythonGlobalName(g.module, g.name));
            } else {
                writeTagged("$global", in.pythonType);
            }
            return true;
        case Recognised::Datetime:
            writeTagged("$datetime", in.text);
            return true;
        case Recognised::Date:
            writeTagged("$date", in.text);
            return true;
        case Recognised::Time:
            writeTagged("$time", in.text);
            return true;
        case Recognised::Timedelta:
            m_out.beginObject();
            m_out.key("$timedelta");
            m_out.beginArray();
            for (size_t i = 0; i < 3; ++i)
                m_out.number(i < in.ints.size() ? in.ints[i] : int64_t(0));
            m_out.end();
            m_out.end();
            return true;
        case Recognised::Decimal:
            writeTagged("$decimal", in.text);
            return true;
        case Recognised::Complex:
            if (in.reals.size() != 2)
                return false;
            writeComplex(in.reals[0], in.reals[1]);
            return true;
        case Recognised::Enum:
            writeTagged("$enum", in.text);
            return true;
        case Recognised::OrderedDict:
        case Recognised::DefaultDict:
        case Recognised::Counter: {
            std::vector<NodeId> flat;
            for (const Member &m : in.members) {
                if (m.style == MemberStyle::Key) {
                    flat.push_back(m.key);
                    flat.push_back(m.value);
                }
            }
            if (flat.empty()) {
                m_out.beginObject();
                m_out.end();
                return true;
            }
            writeDict(chain, step, nullptr, 0, std::move(flat));
            return true;
        }
        case Recognised::Deque: {
            std::vector<NodeId> items;
            for (const Member &m : in.members)
                if (m.style == MemberStyle::Index)
                    items.push_back(m.value);
            if (items.empty()) {
                m_out.beginArray();
                m_out.end();
                return true;
            }
            pushItems(chain, step, nullptr, 0, std::move(items));
            return true;
        }
        case Recognised::Series:
        case Recognised::PandasIndex: {
            if (in.array) {
                writeArray(in.array, chain, step);
                return true;
            }
            for (const char *name : {"values", "_values", "array", "_data"}) {
                const NodeId v = memberAttribute(in, name);
                if (v != kNoNode) {
                    visit(v, step);
                    return true;
                }
            }
            std::vector<NodeId> items;
            for (const Member &m : in.members)
                if (m.style == MemberStyle::Index)
                    items.push_back(m.value);
            if (items.empty())
                return false;
            pushItems(chain, step, nullptr, 0, std::move(items));
            return true;
        }
        case Recognised::DataFrame: {
            std::vector<Entry> columns;
            int64_t number = 0;
            for (const Member &m : in.members) {
                if (m.style != MemberStyle::Key)
                    continue;
                Entry e;
                const NodeId key = followAlias(m_doc, m.key);
                if (isStrKey(key))
                    e.key = keyText(key);
                else
                    e.key = summary(m_doc, key, 200);
                e.node = m.value;
                e.stepKind = StepRef::Kind::Key;
                e.keyNode = m.key;
                e.entryNumber = number++;
                columns.push_back(std::move(e));
            }
            m_out.beginObject();
            m_out.key("$dataframe");
            m_out.beginObject();
            Frame &f = push(Frame::Type::Entries, chain, step, 2);
            f.entries = std::move(columns);
            return true;
        }
        default:
            return false;
        }
    }

    void visit(NodeId id, const StepRef &step)
    {
        if (m_failed)
            return;
        // visit() calls itself directly only for wrappers (a Series' values, an object array's
        // 0-d element); frames handle all real nesting. Guard against wrapper loops anyway.
        if (m_directDepth > 64) {
            fail("values wrap each other too deeply to write as JSON");
            return;
        }
        struct DepthGuard
        {
            int &depth;
            explicit DepthGuard(int &d)
                : depth(d)
            {
                ++depth;
            }
            ~DepthGuard() { --depth; }
        } guard(m_directDepth);
        if (++m_nodes > m_opt.maxNodes) {
            fail("JSON output stopped after visiting " + std::to_string(m_opt.maxNodes)
                 + " values: the object graph shares values so often that writing it out in "
                   "full would not end (a \"billion laughs\" structure?)");
            return;
        }
        if (id == kNoNode || id >= m_graph.size()) {
            m_out.null();
            return;
        }
        std::vector<NodeId> chain{id};
        NodeId t = id;
        for (int hop = 0; hop < 16; ++hop) {
            const Interpretation *in = m_doc.interpretation(t);
            if (!in || in->what != Recognised::Alias || in->value == kNoNode
                || in->value >= m_graph.size() || in->value == t)
                break;
            t = in->value;
            chain.push_back(t);
        }
        for (const NodeId c : chain) {
            const auto it = m_onPath.find(c);
            if (it != m_onPath.end()) {
                writeTagged("$cycle", framePath(it->second));
                return;
            }
        }
        const Interpretation *in = m_doc.interpretation(t);
        if (in && in->what != Recognised::Alias && in->what != Recognised::None) {
            if (visitInterpreted(t, *in, chain, step))
                return;
            if (m_failed)
                return;
            if (m_graph.isObject(t) || m_graph.kind(t) == Kind::Unknown) {
                writeObject(t, chain, step);
                return;
            }
        }
        const Node &n = m_graph.node(t);
        switch (n.kind) {
        case Kind::None:
            m_out.null();
            return;
        case Kind::Bool:
            m_out.boolean(n.v.i != 0);
            return;
        case Kind::Int:
            m_out.number(n.v.i);
            return;
        case Kind::BigInt:
            writeBigInt(m_graph.bigint(t));
            return;
        case Kind::Float:
            m_out.floating(n.v.f);
            return;
        case Kind::Str:
            m_out.string(m_graph.text(t));
            return;
        case Kind::Py2String:
            m_out.string(latin1ToUtf8(m_graph.bytes(t)));
            return;
        case Kind::Bytes:
        case Kind::ByteArray:
            writeBytes(m_graph.bytes(t));
            return;
        case Kind::Tuple:
        case Kind::List:
        case Kind::Set:
        case Kind::FrozenSet: {
            const auto &items = m_graph.items(t);
            pushItems(chain, step, items.data(), items.size());
            return;
        }
        case Kind::Dict: {
            const auto &items = m_graph.items(t);
            writeDict(chain, step, items.data(), items.size());
            return;
        }
        case Kind::Global: {
            const GlobalData &g = m_graph.global(t);
            writeTagged("$global", pythonGlobalName(g.module, g.name));
            return;
        }
        case Kind::Call:
        case Kind::Instance:
            writeObject(t, chain, step);
            return;
        case Kind::PersId:
            writeSingleTagged("$persid", m_graph.object(t).args, "<pid>", chain, step);
            return;
        case Kind::Ext:
            m_out.beginObject();
            m_out.key("$ext");
            m_out.number(n.v.i);
            m_out.end();
            return;
        case Kind::Buffer:
            m_out.beginObject();
            m_out.key("$buffer");
            m_out.number(n.v.i);
            m_out.end();
            return;
        case Kind::Unknown:
            m_out.null();
            return;
        }
        m_out.null();
    }

    const Document &m_doc;
    const Graph &m_graph;
    const JsonOptions &m_opt;
    JsonEmitter &m_out;
    std::vector<Frame> m_frames;
    std::unordered_map<NodeId, size_t> m_onPath;
    uint64_t m_nodes = 0;
    uint64_t m_elements = 0;
    int m_directDepth = 0;
    bool m_failed = false;
    Error m_error;
};

/// Runs the walk; an exception (out of memory above all) becomes an Error.
Status walk(JsonEmitter &out, const Document &document, const Resolved &resolved,
            const JsonOptions &options)
{
    return guarded("writing JSON", [&] {
        Walker walker(document, options, out);
        return walker.run(resolved);
    });
}

} // namespace

Result<std::string> toJson(const Document &document, const Resolved &resolved,
                           const JsonOptions &options)
{
    JsonEmitter out(options.pretty, options.indent);
    const Status status = walk(out, document, resolved, options);
    if (!status.ok())
        return status.error();
    return out.take();
}

Status writeJson(std::ostream &stream, const Document &document, const Resolved &resolved,
                 const JsonOptions &options)
{
    JsonEmitter out(options.pretty, options.indent, &stream);
    Status status = walk(out, document, resolved, options);
    try {
        out.flush();
    } catch (const std::exception &) {
        if (status.ok())
            status = makeError(0, "cannot write the JSON output");
    }
    if (status.ok() && out.sinkFailed())
        return makeError(0, "cannot write the JSON output (the output stream failed)");
    return status;
}

} // namespace ps
