// SPDX-License-Identifier: MIT
#include "pickler/pickler.h"

#include "opcodes/opcode_table.h"
#include "pickler/length_field.h"
#include "pickler/zip_writer.h"
#include "source/decompress.h"
#include "source/zip_reader.h"
#include "util/bigint.h"
#include "util/pyrepr.h"
#include "util/utf8.h"

#include <cstring>
#include <functional>
#include <new>
#include <optional>
#include <unordered_map>
#include <unordered_set>

namespace ps {

std::string py3Module(const std::string &module)
{
    if (module == "__builtin__")
        return "builtins";
    if (module == "copy_reg")
        return "copyreg";
    return module;
}

namespace {

constexpr size_t kBatchSize = 1000; // CPython's _BATCHSIZE for APPENDS / SETITEMS

/// The pickler: an explicit work stack instead of recursion.
class Writer
{
public:
    Writer(const Document &doc, int protocol, bool joblibArrays)
        : m_doc(doc)
        , m_g(doc.graph())
        , m_proto(protocol)
        , m_joblib(joblibArrays)
    {
        for (const auto &p : doc.joblibPayloads())
            m_payloads.emplace(p.wrapper, &p);
    }

    /// Just the opcodes of one value: no PROTO, no STOP, no memo (to splice into a stream
    /// without shifting its memo indices).
    Result<std::vector<uint8_t>> runBare(NodeId value)
    {
        m_bare = true;
        try {
            m_work.push_back([this, value] { return emit(value); });
            while (!m_work.empty()) {
                auto task = std::move(m_work.back());
                m_work.pop_back();
                Status s = task();
                if (!s.ok())
                    return s.error();
                if (m_refused)
                    return *m_refused;
            }
        } catch (const std::bad_alloc &) {
            return makeError(0, "out of memory while writing a value");
        }
        return std::move(m_out);
    }

    Result<std::vector<uint8_t>> run(NodeId root)
    {
        try {
            if (m_proto >= 2) {
                op(Op::PROTO);
                m_out.push_back(static_cast<uint8_t>(m_proto));
            }
            m_work.push_back([this] {
                op(Op::STOP);
                return Status();
            });
            m_work.push_back([this, root] { return emit(root); });
            while (!m_work.empty()) {
                auto task = std::move(m_work.back());
                m_work.pop_back();
                Status s = task();
                if (!s.ok())
                    return s.error();
                if (m_refused)
                    return *m_refused;
            }
        } catch (const std::bad_alloc &) {
            return makeError(0, "out of memory while writing the pickle");
        }
        return std::move(m_out);
    }

private:
    const Document &m_doc;
    const Graph &m_g;
    int m_proto;
    bool m_joblib;
    bool m_bare = false;
    std::vector<uint8_t> m_out;
    NodeId m_current = kNoNode;     ///< the node being written (for a refusal's offset)
    std::optional<Error> m_refused; ///< a value no opcode of the protocol can hold
    std::vector<std::function<Status()>> m_work;
    std::unordered_map<NodeId, uint32_t> m_memo;
    std::unordered_set<NodeId> m_inProgress; ///< objects whose constructor is being written
    std::unordered_map<NodeId, const Document::JoblibPayload *> m_payloads;

    // --- raw output ---
    void op(Op o) { m_out.push_back(static_cast<uint8_t>(o)); }
    void raw(std::string_view s) { m_out.insert(m_out.end(), s.begin(), s.end()); }
    void raw(std::span<const uint8_t> s) { m_out.insert(m_out.end(), s.begin(), s.end()); }
    void le(uint64_t v, int n)
    {
        for (int i = 0; i < n; ++i)
            m_out.push_back(static_cast<uint8_t>(v >> (8 * i)));
    }
    /// The width of a length field (lengthFieldWidth); 0 when the protocol cannot hold the
    /// value: the refusal is kept, nothing is written, and the run stops after this task.
    int lengthWidth(SizedValue what, uint64_t size)
    {
        auto r = lengthFieldWidth(what, size, m_proto);
        if (r.ok())
            return *r;
        if (!m_refused) {
            m_refused = r.error();
            m_refused->offset = m_current == kNoNode ? 0 : m_g.node(m_current).begin;
        }
        return 0;
    }
    void then(std::function<Status()> f) { m_work.push_back(std::move(f)); }
    /// Schedules tasks to run in the order given (the work stack is LIFO).
    void sequence(std::vector<std::function<Status()>> tasks)
    {
        for (auto it = tasks.rbegin(); it != tasks.rend(); ++it)
            m_work.push_back(std::move(*it));
    }

    // --- memo ---
    void memoize(NodeId id)
    {
        if (m_bare || m_memo.count(id))
            return;
        const auto index = static_cast<uint32_t>(m_memo.size());
        m_memo.emplace(id, index);
        if (m_proto >= 4)
            op(Op::MEMOIZE);
        else
            memoOpcode(Op::BINPUT, Op::LONG_BINPUT, Op::PUT, index);
    }
    void get(uint32_t index) { memoOpcode(Op::BINGET, Op::LONG_BINGET, Op::GET, index); }
    /// A memo index in the smallest form the protocol has: 1 byte, 4 bytes, or text.
    void memoOpcode(Op oneByte, Op fourBytes, Op text, uint32_t index)
    {
        if (m_proto >= 1) {
            if (index < 256) {
                op(oneByte);
                m_out.push_back(static_cast<uint8_t>(index));
            } else {
                op(fourBytes);
                le(index, 4);
            }
        } else {
            op(text);
            raw(std::to_string(index) + "\n");
        }
    }

    // --- atoms ---
    void writeInt(int64_t v)
    {
        if (m_proto >= 1) {
            if (v >= 0 && v <= 0xFF) {
                op(Op::BININT1);
                m_out.push_back(static_cast<uint8_t>(v));
                return;
            }
            if (v >= 0 && v <= 0xFFFF) {
                op(Op::BININT2);
                le(static_cast<uint64_t>(v), 2);
                return;
            }
            if (v >= INT32_MIN && v <= INT32_MAX) {
                op(Op::BININT);
                le(static_cast<uint64_t>(static_cast<uint32_t>(static_cast<int32_t>(v))), 4);
                return;
            }
        }
        if (m_proto >= 2) {
            writeLongBytes(bigint::fromInt64(v));
            return;
        }
        if (v >= INT32_MIN && v <= INT32_MAX) {
            op(Op::INT);
            raw(std::to_string(v) + "\n");
        } else {
            op(Op::LONG);
            raw(std::to_string(v) + "L\n");
        }
    }
    void writeLongBytes(const std::vector<uint8_t> &twos)
    {
        if (twos.size() < 256) {
            op(Op::LONG1);
            m_out.push_back(static_cast<uint8_t>(twos.size()));
        } else {
            if (!lengthWidth(SizedValue::Int, twos.size()))
                return;
            op(Op::LONG4);
            le(twos.size(), 4);
        }
        raw(std::span<const uint8_t>(twos));
    }
    void writeFloat(double f)
    {
        if (m_proto >= 1) {
            op(Op::BINFLOAT);
            uint64_t bits;
            std::memcpy(&bits, &f, 8);
            for (int i = 7; i >= 0; --i) // big-endian (struct '>d')
                m_out.push_back(static_cast<uint8_t>(bits >> (8 * i)));
        } else {
            op(Op::FLOAT);
            raw(reprFloat(f) + "\n");
        }
    }
    /// A str as UTF-8 (WTF-8) bytes.
    void writeStr(std::string_view utf8)
    {
        const auto *p = reinterpret_cast<const uint8_t *>(utf8.data());
        const uint64_t n = utf8.size();
        if (m_proto >= 4 && n < 256) {
            op(Op::SHORT_BINUNICODE);
            m_out.push_back(static_cast<uint8_t>(n));
        } else if (m_proto >= 1) {
            const int width = lengthWidth(SizedValue::Str, n);
            if (!width)
                return;
            op(width == 8 ? Op::BINUNICODE8 : Op::BINUNICODE);
            le(n, width);
        } else {
            op(Op::UNICODE);
            raw(rawUnicodeEscape(utf8));
            raw("\n");
            return;
        }
        raw(std::span<const uint8_t>(p, n));
    }
    /// Protocol 0 UNICODE argument (pickle.py save_str: raw-unicode-escape with \, \0, \n,
    /// \r, \x1a escaped as \uXXXX; code points >= 256 as \u / \U escapes).
    static std::string rawUnicodeEscape(std::string_view utf8)
    {
        std::string out;
        size_t pos = 0;
        char32_t cp = 0;
        static const char hex[] = "0123456789abcdef";
        auto escape = [&](char32_t c, int digits) {
            out += digits == 4 ? "\\u" : "\\U";
            for (int i = digits - 1; i >= 0; --i)
                out += hex[(c >> (4 * i)) & 15];
        };
        while (pos < utf8.size()) {
            if (!nextCodePoint(utf8, pos, cp)) {
                cp = static_cast<uint8_t>(utf8[pos]);
                ++pos;
            }
            if (cp == '\\' || cp == 0 || cp == '\n' || cp == '\r' || cp == 0x1a)
                escape(cp, 4);
            else if (cp < 0x100)
                out += static_cast<char>(cp);
            else if (cp < 0x10000)
                escape(cp, 4);
            else
                escape(cp, 8);
        }
        return out;
    }
    void writeGlobalRef(const std::string &module, const std::string &name)
    {
        if (m_proto >= 4) {
            writeStr(module);
            writeStr(name);
            op(Op::STACK_GLOBAL);
        } else {
            op(Op::GLOBAL);
            raw((m_proto >= 3 ? py3Module(module) : module) + "\n" + name + "\n");
        }
    }
    /// A reference to a builtins / copyreg helper in the spelling this protocol needs.
    void writeHelper(const char *py3module, const char *name)
    {
        std::string module = py3module;
        if (m_proto < 3 && module == "builtins")
            module = "__builtin__";
        if (m_proto < 3 && module == "copyreg")
            module = "copy_reg";
        writeGlobalRef(module, name);
    }
    void writeBytes(std::span<const uint8_t> b)
    {
        if (m_proto >= 3) {
            if (b.size() < 256) {
                op(Op::SHORT_BINBYTES);
                m_out.push_back(static_cast<uint8_t>(b.size()));
            } else {
                const int width = lengthWidth(SizedValue::Bytes, b.size());
                if (!width)
                    return;
                op(width == 8 ? Op::BINBYTES8 : Op::BINBYTES);
                le(b.size(), width);
            }
            raw(b);
            return;
        }
        // Protocols 0-2 have no bytes opcode: _codecs.encode(latin-1 text, 'latin1'), and
        // bytes() for b'' (pickle.py save_bytes).
        if (b.empty()) {
            writeHelper("builtins", "bytes");
            emptyTuple();
            op(Op::REDUCE);
            return;
        }
        // The latin-1 text is at least as long as the bytes: refuse before building it.
        if (m_proto >= 1 && !lengthWidth(SizedValue::Str, b.size()))
            return;
        writeGlobalRef("_codecs", "encode");
        if (m_proto >= 2) {
            writeStr(latin1ToUtf8(b));
            writeStr("latin1");
            op(Op::TUPLE2);
        } else {
            op(Op::MARK);
            writeStr(latin1ToUtf8(b));
            writeStr("latin1");
            op(Op::TUPLE);
        }
        op(Op::REDUCE);
    }
    void emptyTuple()
    {
        if (m_proto >= 1) {
            op(Op::EMPTY_TUPLE);
        } else {
            op(Op::MARK);
            op(Op::TUPLE);
        }
    }

    // --- nodes ---
    Status fail(NodeId id, const std::string &what) const
    {
        return makeError(m_g.node(id).begin, what);
    }

    Status emit(NodeId id)
    {
        if (id == kNoNode || id >= m_g.size())
            return makeError(0, "internal error: a missing node");
        m_current = id;
        if (auto it = m_memo.find(id); it != m_memo.end()) {
            get(it->second);
            return {};
        }
        const Node &n = m_g.node(id);
        if (const Interpretation *in = m_doc.interpretation(id)) {
            if (in->array
                && (in->array->form == NdArray::Form::JoblibWrapper
                    || in->array->form == NdArray::Form::JoblibLegacy))
                return emitArrayFromPayload(id, *in->array);
            if (m_joblib && in->what == Recognised::NdArray && in->array
                && (in->array->form == NdArray::Form::Reconstruct
                    || in->array->form == NdArray::Form::FromBuffer)
                && !in->array->dtype->hasObject() && arrayClassNode(id) != kNoNode)
                return emitJoblibWrapper(id, *in->array, arrayClassNode(id));
            // Edited elements live in the array's overlay, not in the raw structure: the array
            // is written from its elements (its dtype and class nodes kept).
            if (!m_joblib && in->what == Recognised::NdArray && in->array && in->array->patches
                && (in->array->form == NdArray::Form::Reconstruct
                    || in->array->form == NdArray::Form::FromBuffer)
                && !in->array->dtype->hasObject() && m_g.kind(id) == Kind::Call) {
                const NdArray &a = *in->array;
                if (m_proto >= 5 && a.subclass == "numpy.ndarray" && !loadsSwapped(a))
                    return emitFromBuffer(id, a);
                return emitReconstruct(a, arrayClassNode(id), id);
            }
            // Plain ndarrays in the form numpy writes for the target protocol: _frombuffer at
            // 5, _reconstruct below (numpy's array_reduce_ex).
            if (!m_joblib && in->what == Recognised::NdArray && in->array
                && !in->array->dtype->hasObject() && in->array->dtype->itemSize > 0
                && in->array->subclass == "numpy.ndarray") {
                const NdArray &a = *in->array;
                if (m_proto >= 5 && a.form == NdArray::Form::Reconstruct && !loadsSwapped(a))
                    return emitFromBuffer(id, a);
                if (m_proto < 5 && a.form == NdArray::Form::FromBuffer)
                    return emitReconstruct(a, kNoNode, id);
            }
        }
        switch (n.kind) {
        case Kind::None:
            op(Op::NONE);
            return {};
        case Kind::Bool:
            if (m_proto >= 2)
                op(n.v.i ? Op::NEWTRUE : Op::NEWFALSE);
            else
                raw(n.v.i ? "I01\n" : "I00\n");
            return {};
        case Kind::Int:
            writeInt(n.v.i);
            return {};
        case Kind::BigInt:
            if (m_proto >= 2) {
                writeLongBytes(m_g.bigint(id));
            } else {
                // Decimal text: CPython 3.11 refuses ints of more than 4,300 digits there (and
                // so does our reader); converting a huge one would also take quadratic time.
                const auto &twos = m_g.bigint(id);
                std::string digits;
                if (bigint::decimalDigitsEstimate(twos) <= bigint::kMaxDecimalDigits + 1)
                    digits = bigint::toDecimal(twos);
                const size_t count = digits.size() - (digits.starts_with('-') ? 1 : 0);
                if (digits.empty() || count > bigint::kMaxDecimalDigits)
                    return fail(
                        id, "an int of " + std::to_string(bigint::bitLength(twos))
                                + " bits has more than " + std::to_string(bigint::kMaxDecimalDigits)
                                + " decimal digits, the most protocol " + std::to_string(m_proto)
                                + " can hold (CPython's limit; protocol 2 or later "
                                  "writes it in binary)");
                op(Op::LONG);
                raw(digits + "L\n");
            }
            return {};
        case Kind::Float:
            writeFloat(n.v.f);
            return {};
        case Kind::Str:
            writeStr(m_g.text(id));
            memoize(id);
            return {};
        case Kind::Py2String:
            // Read with encoding='latin1' these are str in Python 3 (whose UTF-8 form is at
            // least as long: refused before it is built when no length field holds it).
            if (m_proto >= 1 && !lengthWidth(SizedValue::Str, m_g.bytes(id).size()))
                return {};
            writeStr(latin1ToUtf8(m_g.bytes(id)));
            memoize(id);
            return {};
        case Kind::Bytes:
            writeBytes(m_g.bytes(id));
            memoize(id);
            return {};
        case Kind::ByteArray:
            if (m_proto >= 5) {
                op(Op::BYTEARRAY8);
                le(m_g.bytes(id).size(), 8);
                raw(m_g.bytes(id));
            } else {
                writeHelper("builtins", "bytearray");
                if (m_proto >= 2) {
                    writeBytes(m_g.bytes(id));
                    op(Op::TUPLE1);
                } else {
                    op(Op::MARK);
                    writeBytes(m_g.bytes(id));
                    op(Op::TUPLE);
                }
                op(Op::REDUCE);
            }
            memoize(id);
            return {};
        case Kind::Tuple:
            return emitTuple(id);
        case Kind::List:
            if (m_proto >= 1) {
                op(Op::EMPTY_LIST);
            } else {
                op(Op::MARK);
                op(Op::LIST);
            }
            memoize(id);
            scheduleItems(m_g.items(id), Op::APPENDS, Op::APPEND, 1);
            return {};
        case Kind::Dict:
            if (m_proto >= 1) {
                op(Op::EMPTY_DICT);
            } else {
                op(Op::MARK);
                op(Op::DICT);
            }
            memoize(id);
            scheduleItems(m_g.items(id), Op::SETITEMS, Op::SETITEM, 2);
            return {};
        case Kind::Set:
        case Kind::FrozenSet:
            return emitSet(id);
        case Kind::Global: {
            const GlobalData &gd = m_g.global(id);
            if (n.flags & FlagComputed)
                return fail(id, "cannot write a global whose name is computed at load time");
            if (m_proto < 4 && gd.name.find('.') != std::string::npos)
                return fail(id, "cannot write the dotted global " + gd.full() + " at protocol "
                                    + std::to_string(m_proto) + " (needs protocol 4 or 5)");
            // GLOBAL ends its module and its name at a newline (pickle.py load_global).
            if (m_proto < 4
                && (gd.module.find('\n') != std::string::npos
                    || gd.name.find('\n') != std::string::npos))
                return fail(id, "cannot write a global whose name contains a newline at protocol "
                                    + std::to_string(m_proto) + " (needs protocol 4 or 5)");
            writeGlobalRef(m_proto >= 3 ? py3Module(gd.module) : gd.module, gd.name);
            memoize(id);
            return {};
        }
        case Kind::Call:
        case Kind::Instance:
            return emitObject(id);
        case Kind::PersId: {
            // The loader's persistent_load result is memoized like any object, so that
            // later references and the SETITEM/APPEND/BUILD the stream applied to it
            // (scheduleMutations) reach the same object again.
            const NodeId pid = m_g.object(id).args;
            std::vector<std::function<Status()>> tasks;
            if (m_proto >= 1) {
                tasks.push_back([this, pid] { return emit(pid); });
                tasks.push_back([this, id] {
                    op(Op::BINPERSID);
                    memoize(id);
                    return Status();
                });
            } else {
                if (m_g.kind(pid) != Kind::Str)
                    return fail(id, "a protocol 0 persistent id must be a string");
                op(Op::PERSID);
                raw(std::string(m_g.text(pid)) + "\n");
                memoize(id);
            }
            if (Status s = scheduleMutations(id, tasks); !s.ok())
                return s;
            sequence(std::move(tasks));
            return {};
        }
        case Kind::Ext: {
            if (m_proto < 2)
                return fail(id, "extension codes need protocol 2 or later");
            const int64_t code = n.v.i;
            if (code <= 0xFF) {
                op(Op::EXT1);
                m_out.push_back(static_cast<uint8_t>(code));
            } else if (code <= 0xFFFF) {
                op(Op::EXT2);
                le(static_cast<uint64_t>(code), 2);
            } else {
                op(Op::EXT4);
                le(static_cast<uint64_t>(code), 4);
            }
            return {};
        }
        case Kind::Buffer:
            if (m_proto < 5)
                return fail(id, "out-of-band buffers need protocol 5");
            op(Op::NEXT_BUFFER);
            if (n.flags & FlagReadOnly)
                op(Op::READONLY_BUFFER);
            return {};
        case Kind::Unknown:
            return fail(id, "cannot write a value the reader could not build");
        }
        return fail(id, "internal error: unknown node kind");
    }

    /// Items of a list (stride 1) or dict (stride 2) in CPython's batches.
    void scheduleItems(std::span<const NodeId> items, Op batchOp, Op singleOp, size_t stride)
    {
        std::vector<std::function<Status()>> tasks;
        const size_t count = items.size() / stride;
        if (m_proto == 0) {
            for (size_t i = 0; i < count; ++i) {
                for (size_t k = 0; k < stride; ++k) {
                    const NodeId item = items[i * stride + k];
                    tasks.push_back([this, item] { return emit(item); });
                }
                tasks.push_back([this, singleOp] {
                    op(singleOp);
                    return Status();
                });
            }
        } else {
            for (size_t start = 0; start < count; start += kBatchSize) {
                const size_t end = std::min(count, start + kBatchSize);
                const bool single = end - start == 1;
                if (!single)
                    tasks.push_back([this] {
                        op(Op::MARK);
                        return Status();
                    });
                for (size_t i = start; i < end; ++i)
                    for (size_t k = 0; k < stride; ++k) {
                        const NodeId item = items[i * stride + k];
                        tasks.push_back([this, item] { return emit(item); });
                    }
                tasks.push_back([this, single, batchOp, singleOp] {
                    op(single ? singleOp : batchOp);
                    return Status();
                });
            }
        }
        sequence(std::move(tasks));
    }

    Status emitTuple(NodeId id)
    {
        const auto &items = m_g.items(id);
        const size_t n = items.size();
        if (n == 0) {
            emptyTuple();
            return {};
        }
        const bool small = m_proto >= 2 && n <= 3;
        std::vector<std::function<Status()>> tasks;
        if (!small)
            tasks.push_back([this] {
                op(Op::MARK);
                return Status();
            });
        for (NodeId item : items)
            tasks.push_back([this, item] { return emit(item); });
        tasks.push_back([this, id, n, small] {
            // A recursive tuple was memoized while its items were written (pickle.py
            // save_tuple): drop the items again and refer to the memoized copy.
            if (auto it = m_memo.find(id); it != m_memo.end()) {
                if (small) {
                    for (size_t i = 0; i < n; ++i)
                        op(Op::POP);
                } else if (m_proto >= 1) {
                    op(Op::POP_MARK);
                } else {
                    for (size_t i = 0; i <= n; ++i)
                        op(Op::POP);
                }
                get(it->second);
                return Status();
            }
            if (small)
                op(n == 1 ? Op::TUPLE1 : n == 2 ? Op::TUPLE2 : Op::TUPLE3);
            else
                op(Op::TUPLE);
            memoize(id);
            return Status();
        });
        sequence(std::move(tasks));
        return {};
    }

    Status emitSet(NodeId id)
    {
        const bool frozen = m_g.kind(id) == Kind::FrozenSet;
        const auto &items = m_g.items(id);
        std::vector<std::function<Status()>> tasks;
        if (m_proto >= 4) {
            if (!frozen) {
                op(Op::EMPTY_SET);
                memoize(id);
                for (size_t start = 0; start < items.size(); start += kBatchSize) {
                    tasks.push_back([this] {
                        op(Op::MARK);
                        return Status();
                    });
                    for (size_t i = start; i < std::min(items.size(), start + kBatchSize); ++i) {
                        const NodeId item = items[i];
                        tasks.push_back([this, item] { return emit(item); });
                    }
                    tasks.push_back([this] {
                        op(Op::ADDITEMS);
                        return Status();
                    });
                }
            } else {
                tasks.push_back([this] {
                    op(Op::MARK);
                    return Status();
                });
                for (NodeId item : items)
                    tasks.push_back([this, item] { return emit(item); });
                tasks.push_back([this, id] {
                    op(Op::FROZENSET);
                    memoize(id);
                    return Status();
                });
            }
            sequence(std::move(tasks));
            return {};
        }
        // Older protocols: set([items]) / frozenset([items]) through REDUCE (pickle.py
        // save_set for protocol < 4).
        writeHelper("builtins", frozen ? "frozenset" : "set");
        if (m_proto < 2)
            op(Op::MARK); // the argument tuple is MARK list TUPLE
        if (m_proto >= 1) {
            op(Op::EMPTY_LIST);
        } else {
            op(Op::MARK);
            op(Op::LIST);
        }
        const size_t batch = m_proto >= 1 ? kBatchSize : 1;
        for (size_t start = 0; start < items.size(); start += batch) {
            const size_t end = std::min(items.size(), start + batch);
            if (m_proto >= 1)
                tasks.push_back([this] {
                    op(Op::MARK);
                    return Status();
                });
            for (size_t i = start; i < end; ++i) {
                const NodeId item = items[i];
                tasks.push_back([this, item] { return emit(item); });
            }
            tasks.push_back([this] {
                op(m_proto >= 1 ? Op::APPENDS : Op::APPEND);
                return Status();
            });
        }
        tasks.push_back([this, id] {
            op(m_proto >= 2 ? Op::TUPLE1 : Op::TUPLE);
            op(Op::REDUCE);
            memoize(id);
            return Status();
        });
        sequence(std::move(tasks));
        return {};
    }

    /// The class a numpy array is reconstructed as (args[0] of _reconstruct), or kNoNode.
    NodeId arrayClassNode(NodeId id) const
    {
        if (m_g.kind(id) != Kind::Call)
            return kNoNode;
        const std::string callee = m_g.calleeName(id);
        const NodeId args = m_g.object(id).args;
        if (callee.size() > 12 && callee.compare(callee.size() - 12, 12, "_reconstruct") == 0
            && args != kNoNode && m_g.kind(args) == Kind::Tuple && !m_g.items(args).empty())
            return m_g.items(args)[0];
        return kNoNode;
    }

    /// The elements' bytes in C order, or in Fortran order (first axis fastest).
    static std::vector<uint8_t> gather(const NdArray &a, bool fortran = false)
    {
        std::vector<uint8_t> data;
        const uint64_t count = a.count();
        data.reserve(count * a.dtype->itemSize);
        const size_t nd = a.shape.size();
        std::vector<uint64_t> idx(nd, 0);
        for (uint64_t n = 0; n < count; ++n) {
            uint64_t flat = n;
            if (fortran && nd > 1) {
                flat = 0;
                for (size_t d = 0; d < nd; ++d)
                    flat = flat * a.shape[d] + idx[d];
                for (size_t d = 0; d < nd; ++d) { // advance, first axis fastest
                    if (++idx[d] < a.shape[d])
                        break;
                    idx[d] = 0;
                }
            }
            const auto e = a.element(flat);
            data.insert(data.end(), e.begin(), e.end());
        }
        return data;
    }

    /// Python turns this array to native byte order when it loads the original (numpy's
    /// __setstate__, joblib's readers), but protocol 5's _frombuffer would keep the file's
    /// order: such arrays keep the _reconstruct form at protocol 5 too, so the converted file
    /// loads exactly as the original does (native dtype, the same values).
    static bool loadsSwapped(const NdArray &a)
    {
        return a.swapsOnLoad && a.dtype && a.dtype->byteOrder == '>';
    }

    /// Written in Fortran order: the array was pickled F-ordered and has 2+ dimensions.
    static bool writesFortran(const NdArray &a) { return a.fortranOrder && a.shape.size() > 1; }

    /// protocol 5: numpy's own form for plain ndarrays, `_frombuffer(bytearray, dtype, shape,
    /// order)` with the buffer in band (FORMAT.md §2.2).
    Status emitFromBuffer(NodeId self, const NdArray &a)
    {
        const bool fortran = writesFortran(a);
        auto data = std::make_shared<std::vector<uint8_t>>(gather(a, fortran));
        const NodeId dtypeNode = a.dtype->node;
        std::vector<uint64_t> shape = a.shape;
        writeGlobalRef("numpy.core.numeric", "_frombuffer");
        op(Op::MARK);
        op(Op::BYTEARRAY8);
        le(data->size(), 8);
        raw(std::span<const uint8_t>(*data));
        sequence({
            [this, dtypeNode, dtype = a.dtype] { return emitDType(dtypeNode, *dtype); },
            [this, shape, fortran, self] {
                writeShape(shape);
                writeStr(fortran ? "F" : "C");
                op(Op::TUPLE);
                op(Op::REDUCE);
                memoize(self);
                return Status();
            },
        });
        return {};
    }

    /// An array's dtype: its node from the file when there is one, else written from the
    /// description (legacy .npy companions).
    Status emitDType(NodeId node, const DType &dtype)
    {
        if (node != kNoNode)
            return emit(node);
        writeDType(dtype);
        return {};
    }

    /// Simple dtypes a legacy .npy companion described only by its header string.
    static bool describableDType(const DType &d)
    {
        return !d.isStructured() && !d.isSubArray() && d.timeUnit.empty()
               && std::string_view("biufcUSO").find(d.kind) != std::string_view::npos;
    }

    /// numpy.dtype(typestr, False, True) + BUILD state, as numpy pickles a dtype
    /// (FORMAT.md §2.3): version 3, byte order, no sub-array/names/fields, elsize and
    /// alignment for flexible kinds, flags (63 for object, 8 for U, else 0).
    void writeDType(const DType &d)
    {
        writeGlobalRef("numpy", "dtype");
        const bool flexible = d.kind == 'U' || d.kind == 'S';
        const uint64_t count = d.kind == 'U' ? d.itemSize / 4 : d.itemSize;
        if (m_proto < 2)
            op(Op::MARK);
        writeStr(std::string(1, d.kind) + std::to_string(count));
        if (m_proto >= 2) {
            op(Op::NEWFALSE);
            op(Op::NEWTRUE);
            op(Op::TUPLE3);
        } else {
            raw("I00\nI01\n");
            op(Op::TUPLE);
        }
        op(Op::REDUCE);
        op(Op::MARK);
        writeInt(3);
        writeStr(std::string(1, d.byteOrder));
        op(Op::NONE);
        op(Op::NONE);
        op(Op::NONE);
        writeInt(flexible ? static_cast<int64_t>(d.itemSize) : -1);
        writeInt(flexible ? (d.kind == 'U' ? 4 : 1) : -1);
        writeInt(d.kind == 'O' ? 63 : d.kind == 'U' ? 8 : 0);
        op(Op::TUPLE);
        op(Op::BUILD);
    }

    /// Writes the shape tuple of an array.
    void writeShape(const std::vector<uint64_t> &shape)
    {
        if (shape.empty()) {
            emptyTuple();
            return;
        }
        const bool small = m_proto >= 2 && shape.size() <= 3;
        if (!small)
            op(Op::MARK);
        for (uint64_t d : shape)
            writeInt(static_cast<int64_t>(d));
        if (small)
            op(shape.size() == 1 ? Op::TUPLE1 : shape.size() == 2 ? Op::TUPLE2 : Op::TUPLE3);
        else
            op(Op::TUPLE);
    }

    /// A joblib wrapper (raw payload) or legacy wrapper written as numpy writes an array:
    /// _reconstruct(cls, (0,), b'b') + BUILD((1, shape, dtype, is_fortran, data)), or the
    /// nested pickle's array for object dtypes. In joblib output: a fresh wrapper.
    Status emitArrayFromPayload(NodeId id, const NdArray &a)
    {
        if (auto it = m_payloads.find(id);
            it != m_payloads.end() && it->second->nestedRoot != kNoNode)
            return emit(it->second->nestedRoot);
        if (a.dtype->node == kNoNode && !describableDType(*a.dtype))
            return fail(id, "cannot write this joblib array: its dtype " + a.dtype->str()
                                + " is not in the file and cannot be described");
        if (a.dtype->hasObject() && a.objects.size() != a.count())
            return fail(id, "cannot write this joblib array: its Python objects are unreadable");
        // The array class: NumpyArrayWrapper / NDArrayWrapper keep it as state['subclass'],
        // ZNDArrayWrapper as state['init_args'][0] (FORMAT.md §3.2, §3.5).
        NodeId cls = kNoNode;
        const NodeId state = m_g.lastState(id);
        if (state != kNoNode && m_g.kind(state) == Kind::Dict) {
            const auto &kv = m_g.items(state);
            for (size_t i = 0; i + 1 < kv.size(); i += 2) {
                const Kind k = m_g.kind(kv[i]);
                if (k != Kind::Str && k != Kind::Py2String)
                    continue;
                if (m_g.text(kv[i]) == "subclass")
                    cls = kv[i + 1];
                else if (m_g.text(kv[i]) == "init_args" && m_g.kind(kv[i + 1]) == Kind::Tuple
                         && !m_g.items(kv[i + 1]).empty() && cls == kNoNode)
                    cls = m_g.items(kv[i + 1])[0];
            }
        }
        if (cls == kNoNode || m_g.kind(cls) != Kind::Global)
            return fail(id, "cannot write this joblib array: its array class is unknown");
        if (m_joblib && !a.dtype->hasObject())
            return emitJoblibWrapper(id, a, cls);
        if (m_proto >= 5 && !a.dtype->hasObject() && a.dtype->itemSize > 0
            && a.subclass == "numpy.ndarray" && !loadsSwapped(a))
            return emitFromBuffer(id, a);
        return emitReconstruct(a, cls, id);
    }

    Status emitReconstruct(const NdArray &a, NodeId cls, NodeId self)
    {
        writeGlobalRef("numpy.core.multiarray", "_reconstruct");
        const NodeId dtypeNode = a.dtype->node;
        const bool fortran = writesFortran(a) && !a.dtype->hasObject();
        auto data = std::make_shared<std::vector<uint8_t>>(
            a.dtype->hasObject() ? std::vector<uint8_t>() : gather(a, fortran));
        std::vector<uint64_t> shape = a.shape;
        sequence({
            [this, cls] {
                if (m_proto < 2)
                    op(Op::MARK);
                if (cls == kNoNode) {
                    writeGlobalRef("numpy", "ndarray");
                    return Status();
                }
                return emit(cls);
            },
            [this] {
                // (0,) and b'b': the dummy shape and dtype numpy writes (FORMAT.md §2.1).
                if (m_proto >= 2) {
                    op(Op::BININT1);
                    m_out.push_back(0);
                    op(Op::TUPLE1);
                } else {
                    op(Op::MARK);
                    writeInt(0);
                    op(Op::TUPLE);
                }
                const uint8_t b = 'b';
                writeBytes(std::span<const uint8_t>(&b, 1));
                op(m_proto >= 2 ? Op::TUPLE3 : Op::TUPLE);
                op(Op::REDUCE);
                op(Op::MARK);
                writeInt(1);
                return Status();
            },
            [this, shape] {
                writeShape(shape);
                return Status();
            },
            [this, dtypeNode, dtype = a.dtype] { return emitDType(dtypeNode, *dtype); },
            [this, data, objects = a.objects, hasObject = a.dtype->hasObject(), fortran, self] {
                // is_fortran, then the data in that order (FORMAT.md §2.1).
                if (m_proto >= 2)
                    op(fortran ? Op::NEWTRUE : Op::NEWFALSE);
                else
                    raw(fortran ? "I01\n" : "I00\n");
                if (!hasObject) {
                    writeBytes(std::span<const uint8_t>(*data));
                    op(Op::TUPLE);
                    op(Op::BUILD);
                    if (self != kNoNode)
                        memoize(self);
                    return Status();
                }
                // Object arrays pickle their elements as a list (FORMAT.md §2.5).
                if (m_proto >= 1) {
                    op(Op::EMPTY_LIST);
                } else {
                    op(Op::MARK);
                    op(Op::LIST);
                }
                // The work stack is LIFO: the closing task goes in before the items.
                then([this, self] {
                    op(Op::TUPLE);
                    op(Op::BUILD);
                    if (self != kNoNode)
                        memoize(self);
                    return Status();
                });
                scheduleItems(objects, Op::APPENDS, Op::APPEND, 1);
                return Status();
            },
        });
        return {};
    }

    /// joblib's layout (FORMAT.md §3.2): a NumpyArrayWrapper instance, its state, BUILD, then
    /// a padding byte + 0xFF padding to 16 bytes and the raw C-order data. Never memoized, as
    /// joblib's pickler writes every occurrence again.
    Status emitJoblibWrapper(NodeId, const NdArray &a, NodeId cls)
    {
        const NodeId dtypeNode = a.dtype->node;
        if (dtypeNode == kNoNode && !describableDType(*a.dtype))
            return makeError(0, "cannot write a joblib array whose dtype cannot be described");
        const bool fortran = writesFortran(a);
        auto data = std::make_shared<std::vector<uint8_t>>(gather(a, fortran));
        std::vector<uint64_t> shape = a.shape;
        sequence({
            [this, cls]() -> Status {
                writeGlobalRef("joblib.numpy_pickle", "NumpyArrayWrapper");
                if (m_proto >= 2) {
                    op(Op::EMPTY_TUPLE);
                    op(Op::NEWOBJ);
                } else {
                    return Status(makeError(0, "joblib arrays need protocol 2 or later"));
                }
                op(Op::EMPTY_DICT);
                op(Op::MARK);
                writeStr("subclass");
                return emit(cls);
            },
            [this, shape, fortran] {
                writeStr("shape");
                writeShape(shape);
                writeStr("order");
                writeStr(fortran ? "F" : "C");
                writeStr("dtype");
                return Status();
            },
            [this, dtypeNode, dtype = a.dtype] { return emitDType(dtypeNode, *dtype); },
            [this, data] {
                writeStr("allow_mmap");
                op(Op::NEWTRUE);
                writeStr("numpy_array_alignment_bytes");
                writeInt(16);
                op(Op::SETITEMS);
                op(Op::BUILD);
                // pad = 16 - ((pos + 1) % 16), always 1..16 (joblib write_array).
                const uint64_t pos = m_out.size();
                const auto pad = static_cast<uint8_t>(16 - ((pos + 1) % 16));
                m_out.push_back(pad);
                m_out.insert(m_out.end(), pad, 0xFF);
                raw(std::span<const uint8_t>(*data));
                return Status();
            },
        });
        return {};
    }

    Status emitObject(NodeId id)
    {
        const ObjectData &o = m_g.object(id);
        // A joblib wrapper whose array bytes the reader took from the stream but whose state
        // does not describe a readable array (e.g. no 'order'): written as a plain object, the
        // bytes would be missing and the next read would take the following opcodes as them.
        if (m_payloads.count(id))
            return fail(id, "cannot write a joblib NumpyArrayWrapper whose array could not be "
                            "read (its state needs shape, order 'C' or 'F' and dtype)");
        if (m_inProgress.count(id))
            return fail(id, "cannot write an object whose constructor arguments contain the "
                            "object itself");
        m_inProgress.insert(id);
        std::vector<std::function<Status()>> tasks;
        const NodeId callable = o.callable;
        const NodeId args = o.args;
        const NodeId kwargs = o.kwargs;
        auto argsItems = [this, args]() -> OptionalItems {
            if (args != kNoNode && m_g.kind(args) == Kind::Tuple)
                return OptionalItems(m_g.items(args));
            return nullptr;
        };
        switch (o.origin) {
        case ObjectData::Origin::Reduce:
            tasks.push_back([this, callable] { return emit(callable); });
            tasks.push_back([this, args] { return emit(args); });
            tasks.push_back([this] {
                op(Op::REDUCE);
                return Status();
            });
            break;
        case ObjectData::Origin::NewObj:
        case ObjectData::Origin::NewObjEx:
            if (o.origin == ObjectData::Origin::NewObjEx && m_proto >= 4) {
                tasks.push_back([this, callable] { return emit(callable); });
                tasks.push_back([this, args] { return emit(args); });
                tasks.push_back([this, kwargs] { return emit(kwargs); });
                tasks.push_back([this] {
                    op(Op::NEWOBJ_EX);
                    return Status();
                });
            } else if (o.origin == ObjectData::Origin::NewObjEx) {
                // copyreg.__newobj_ex__(cls, args, kwargs) (pickle.py save_reduce, proto < 4)
                tasks.push_back([this] {
                    writeHelper("copyreg", "__newobj_ex__");
                    op(Op::MARK);
                    return Status();
                });
                tasks.push_back([this, callable] { return emit(callable); });
                tasks.push_back([this, args] { return emit(args); });
                tasks.push_back([this, kwargs] { return emit(kwargs); });
                tasks.push_back([this] {
                    op(Op::TUPLE);
                    op(Op::REDUCE);
                    return Status();
                });
            } else if (m_proto >= 2) {
                tasks.push_back([this, callable] { return emit(callable); });
                tasks.push_back([this, args] { return emit(args); });
                tasks.push_back([this] {
                    op(Op::NEWOBJ);
                    return Status();
                });
            } else {
                // Protocol 0/1: copyreg.__newobj__(cls, *args) = cls.__new__(cls, *args).
                const auto items = argsItems();
                if (!items)
                    return fail(id, "cannot write NEWOBJ with non-tuple arguments at protocol "
                                        + std::to_string(m_proto));
                tasks.push_back([this] {
                    writeHelper("copyreg", "__newobj__");
                    op(Op::MARK);
                    return Status();
                });
                tasks.push_back([this, callable] { return emit(callable); });
                for (NodeId item : *items)
                    tasks.push_back([this, item] { return emit(item); });
                tasks.push_back([this] {
                    op(Op::TUPLE);
                    op(Op::REDUCE);
                    return Status();
                });
            }
            break;
        case ObjectData::Origin::Inst:
        case ObjectData::Origin::Obj: {
            // cls(*args) (or cls.__new__ when there are no args): written as OBJ / INST.
            const auto items = argsItems();
            if (!items)
                return fail(id, "cannot write INST/OBJ with non-tuple arguments");
            if (m_proto >= 1) {
                tasks.push_back([this] {
                    op(Op::MARK);
                    return Status();
                });
                tasks.push_back([this, callable] { return emit(callable); });
                for (NodeId item : *items)
                    tasks.push_back([this, item] { return emit(item); });
                tasks.push_back([this] {
                    op(Op::OBJ);
                    return Status();
                });
            } else {
                if (callable == kNoNode || m_g.kind(callable) != Kind::Global)
                    return fail(id, "protocol 0 INST needs a global class");
                if (const GlobalData &gd = m_g.global(callable);
                    gd.module.find('\n') != std::string::npos
                    || gd.name.find('\n') != std::string::npos
                    || (m_g.node(callable).flags & FlagComputed))
                    return fail(id, "cannot write INST of a class whose name contains a newline "
                                    "or is computed at load time at protocol 0");
                tasks.push_back([this] {
                    op(Op::MARK);
                    return Status();
                });
                for (NodeId item : *items)
                    tasks.push_back([this, item] { return emit(item); });
                tasks.push_back([this, callable] {
                    const GlobalData &gd = m_g.global(callable);
                    op(Op::INST);
                    raw(gd.module + "\n" + gd.name + "\n");
                    return Status();
                });
            }
            break;
        }
        case ObjectData::Origin::PersId:
            return fail(id, "internal error: persistent id as object");
        }
        tasks.push_back([this, id] {
            m_inProgress.erase(id);
            memoize(id);
            return Status();
        });
        if (Status s = scheduleMutations(id, tasks); !s.ok())
            return s;
        sequence(std::move(tasks));
        return {};
    }

    /// What the stream did to an object after making it, in CPython's order (pickle.py
    /// save_reduce): list items, dict items, set items, then each BUILD state.
    Status scheduleMutations(NodeId id, std::vector<std::function<Status()>> &tasks)
    {
        const ObjectData &o = m_g.object(id);
        if (!o.listItems.empty())
            tasks.push_back([this, id] {
                scheduleItems(m_g.object(id).listItems, Op::APPENDS, Op::APPEND, 1);
                return Status();
            });
        if (!o.dictItems.empty())
            tasks.push_back([this, id] {
                scheduleItems(m_g.object(id).dictItems, Op::SETITEMS, Op::SETITEM, 2);
                return Status();
            });
        if (!o.setItems.empty()) {
            if (m_proto < 4)
                return fail(id, "ADDITEMS on an object needs protocol 4 or later");
            tasks.push_back([this] {
                op(Op::MARK);
                return Status();
            });
            for (NodeId item : o.setItems)
                tasks.push_back([this, item] { return emit(item); });
            tasks.push_back([this] {
                op(Op::ADDITEMS);
                return Status();
            });
        }
        for (NodeId state : o.states) {
            tasks.push_back([this, state] { return emit(state); });
            tasks.push_back([this] {
                op(Op::BUILD);
                return Status();
            });
        }
        return {};
    }
};

/// PyTorch checkpoints are rewritten in their own container: the object pickle again (its
/// persistent ids kept), every other part copied as it is.
Result<std::vector<uint8_t>> convertTorch(const Document &doc, int protocol)
{
    const auto file = doc.fileBytes();
    auto pickleAt = [&](size_t stream) -> Result<std::vector<uint8_t>> {
        const PickleStream &s = doc.streams()[stream];
        const int p = protocol >= 0 ? protocol : s.protocol;
        if (p < 1)
            return makeError(0, "PyTorch checkpoints need protocol 1 or later (persistent ids)");
        Writer writer(doc, p, false);
        return writer.run(s.root);
    };
    if (doc.format() == Format::TorchLegacy) {
        // Five pickles (magic, protocol, sys_info, object, storage keys), then the storages.
        if (doc.streams().size() != 5)
            return makeError(0, "unexpected legacy PyTorch layout");
        std::vector<uint8_t> out;
        for (size_t i = 0; i < 5; ++i) {
            auto bytes = pickleAt(i);
            if (!bytes.ok())
                return bytes.error();
            out.insert(out.end(), bytes->begin(), bytes->end());
        }
        const uint64_t tail = doc.streams()[4].end;
        const size_t tailStart = out.size();
        out.insert(out.end(), file.begin() + static_cast<std::ptrdiff_t>(tail), file.end());
        // Edited storages: their bytes replace the same region of the tail.
        for (const auto &[key, span] : doc.torchStorages()) {
            if (span.data() >= file.data()
                && span.data() + span.size() <= file.data() + file.size())
                continue; // unchanged: still the file's own bytes
            const auto original = doc.originalTorchStorage(key);
            if (original.empty() || original.size() != span.size())
                return makeError(0, "storage " + key + " changed size");
            const uint64_t at = static_cast<uint64_t>(original.data() - file.data()) - tail;
            std::copy(span.begin(), span.end(),
                      out.begin() + static_cast<std::ptrdiff_t>(tailStart + at));
        }
        return out;
    }
    auto archive = readZip(file);
    if (!archive.ok())
        return archive.error();
    const std::string dataPkl = doc.streams().front().name;
    auto pickled = pickleAt(0);
    if (!pickled.ok())
        return pickled.error();
    std::vector<ByteBuffer> inflated(archive->entries.size());
    std::vector<ZipWriteEntry> entries;
    for (size_t i = 0; i < archive->entries.size(); ++i) {
        const ZipEntry &e = archive->entries[i];
        if (e.name == dataPkl) {
            entries.push_back({e.name, std::span<const uint8_t>(*pickled)});
            continue;
        }
        const std::string storagePrefix = dataPkl.substr(0, dataPkl.size() - 8) + "data/";
        if (e.name.compare(0, storagePrefix.size(), storagePrefix) == 0) {
            const auto &storages = doc.torchStorages();
            auto it = storages.find(e.name.substr(storagePrefix.size()));
            if (it != storages.end()) { // possibly edited
                entries.push_back({e.name, it->second});
                continue;
            }
        }
        auto data = entryData(file, e, inflated[i]);
        if (!data.ok())
            return data.error();
        entries.push_back({e.name, *data});
    }
    return writeStoredZip(entries);
}

} // namespace

Result<std::vector<uint8_t>> picklePickle(const Document &document, NodeId root, int protocol,
                                          bool joblibArrays)
{
    if (protocol < 0 || protocol > 5)
        return makeError(0, "protocol must be 0 to 5, not " + std::to_string(protocol));
    Writer writer(document, protocol, joblibArrays);
    return writer.run(root);
}

Result<std::vector<uint8_t>> encodeValue(const Document &document, NodeId value, int protocol)
{
    if (protocol < 0 || protocol > 5)
        return makeError(0, "protocol must be 0 to 5");
    Writer writer(document, protocol, false);
    return writer.runBare(value);
}

namespace {
Result<std::vector<uint8_t>> convertUnchecked(const Document &document,
                                              const ConvertOptions &options)
{
    if (!document.ok())
        return makeError(0, "the file was not read completely; refusing to write a partial copy");
    if (document.format() == Format::Npy || document.format() == Format::Npz)
        return makeError(0, std::string("writing .") + std::string(formatName(document.format()))
                                + " files is not supported: export an array as .npy instead");
    const bool joblib = options.container == ConvertOptions::Container::Joblib;
    if (document.format() == Format::TorchZip || document.format() == Format::TorchLegacy) {
        if (joblib || options.compression != "none")
            return makeError(0, "a PyTorch checkpoint keeps its own container (its tensors are "
                                "persistent ids into storages); convert it without --format "
                                "joblib or --compress");
        return convertTorch(document, options.protocol);
    }
    size_t rootCount = 0;
    for (const PickleStream &s : document.streams())
        rootCount += s.root != kNoNode ? 1 : 0;
    if (joblib && rootCount > 1)
        return makeError(0, "a joblib file holds one object, this file has "
                                + std::to_string(rootCount) + " pickles (write --format pickle)");
    if (!joblib && options.compression != "none")
        return makeError(0, "compression needs the joblib format (--format joblib)");
    std::vector<uint8_t> out;
    for (size_t i = 0; i < document.streams().size(); ++i) {
        const PickleStream &s = document.streams()[i];
        if (s.root == kNoNode)
            continue;
        int protocol = options.protocol >= 0 ? options.protocol : s.protocol;
        if (joblib && protocol < 2)
            protocol = options.protocol >= 0 ? protocol : 4;
        if (joblib && protocol < 2)
            return makeError(0, "joblib files need protocol 2 or later");
        auto bytes = picklePickle(document, s.root, protocol, joblib);
        if (!bytes.ok()) {
            Error e = bytes.error();
            e.stream = s.name;
            return e;
        }
        out.insert(out.end(), bytes->begin(), bytes->end());
        if (document.format() == Format::TorchLegacy)
            break;
    }
    if (options.compression == "none")
        return out;
    const auto c = compressionFromName(options.compression);
    if (c && *c != Compression::ZFile)
        return compress(std::span<const uint8_t>(out), *c, options.level);
    return makeError(0, "unknown compression '" + options.compression
                            + "' (zlib, gzip, bz2, xz, lzma, lz4)");
}
} // namespace

Result<std::vector<uint8_t>> convertDocument(const Document &document,
                                             const ConvertOptions &options)
{
    auto bytes = convertUnchecked(document, options);
    // Written from the mapped file: refuse when it changed under the document (issue 14).
    if (Status unchanged = document.verifyMappedBytes(); !unchanged.ok())
        return unchanged.error();
    return bytes;
}

} // namespace ps
