// SPDX-License-Identifier: MIT
// Key literals: their Python text and equality, and the literal of a key node (what a dict
// subscript in a path is compared with).
#include "path/path.h"

#include "array/scalar.h"
#include "document/document.h"
#include "document/interpretation.h"
#include "util/bigint.h"
#include "util/pyrepr.h"
#include "util/utf8.h"

#include <charconv>
#include <cmath>

namespace ps {

// ---------------------------------------------------------------------------------------------
// KeyLiteral

KeyLiteral KeyLiteral::none()
{
    return {};
}

KeyLiteral KeyLiteral::fromBool(bool value)
{
    KeyLiteral k;
    k.type = Type::Bool;
    k.boolean = value;
    return k;
}

KeyLiteral KeyLiteral::fromInt(int64_t value)
{
    KeyLiteral k;
    k.type = Type::Int;
    k.text = std::to_string(value);
    return k;
}

KeyLiteral KeyLiteral::fromFloat(double value)
{
    KeyLiteral k;
    k.type = Type::Float;
    k.number = value;
    return k;
}

KeyLiteral KeyLiteral::fromStr(std::string utf8)
{
    KeyLiteral k;
    k.type = Type::Str;
    k.text = std::move(utf8);
    return k;
}

KeyLiteral KeyLiteral::fromBytes(std::string bytes)
{
    KeyLiteral k;
    k.type = Type::Bytes;
    k.text = std::move(bytes);
    return k;
}

KeyLiteral KeyLiteral::fromTuple(std::vector<KeyLiteral> items)
{
    KeyLiteral k;
    k.type = Type::Tuple;
    k.items = std::move(items);
    return k;
}

std::optional<int64_t> KeyLiteral::int64() const
{
    if (type != Type::Int)
        return std::nullopt;
    int64_t v = 0;
    const auto res = std::from_chars(text.data(), text.data() + text.size(), v);
    if (res.ec != std::errc() || res.ptr != text.data() + text.size())
        return std::nullopt;
    return v;
}

std::string KeyLiteral::repr() const
{
    switch (type) {
    case Type::None:
        return "None";
    case Type::Bool:
        return boolean ? "True" : "False";
    case Type::Int:
        return text;
    case Type::Float:
        return reprFloat(number);
    case Type::Str:
        return reprStr(text);
    case Type::Bytes:
        return reprBytes({reinterpret_cast<const uint8_t *>(text.data()), text.size()});
    case Type::Tuple: {
        std::string s = "(";
        for (size_t i = 0; i < items.size(); ++i) {
            if (i)
                s += ", ";
            s += items[i].repr();
        }
        if (items.size() == 1)
            s += ',';
        s += ')';
        return s;
    }
    }
    return "None";
}

bool KeyLiteral::operator==(const KeyLiteral &o) const
{
    if (type != o.type)
        return false;
    switch (type) {
    case Type::None:
        return true;
    case Type::Bool:
        return boolean == o.boolean;
    case Type::Float:
        return number == o.number || (std::isnan(number) && std::isnan(o.number));
    case Type::Int:
    case Type::Str:
    case Type::Bytes:
        return text == o.text;
    case Type::Tuple:
        return items == o.items;
    }
    return false;
}

namespace {

// Value-identity of a literal: equal strings exactly when Python finds the keys equal.
std::string literalIdentity(const KeyLiteral &k)
{
    switch (k.type) {
    case KeyLiteral::Type::None:
        return "N";
    case KeyLiteral::Type::Bool:
        return k.boolean ? "i1" : "i0";
    case KeyLiteral::Type::Int:
        return "i" + k.text;
    case KeyLiteral::Type::Float: {
        const double v = k.number;
        if (std::isfinite(v) && v == std::trunc(v) && std::fabs(v) < 9.2e18)
            return "i" + std::to_string(static_cast<int64_t>(v));
        return "f" + reprFloat(v);
    }
    case KeyLiteral::Type::Str:
        return "s" + k.text;
    case KeyLiteral::Type::Bytes:
        return "b" + k.text;
    case KeyLiteral::Type::Tuple: {
        std::string s = "t" + std::to_string(k.items.size()) + "(";
        for (const auto &item : k.items) {
            const std::string inner = literalIdentity(item);
            s += std::to_string(inner.size());
            s += ':';
            s += inner;
        }
        s += ')';
        return s;
    }
    }
    return "N";
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Keys

std::optional<KeyLiteral> keyLiteralOf(const Document &document, NodeId key)
{
    const Graph &g = document.graph();
    // Tuples nest; resolve them with a small explicit recursion bound.
    auto convert = [&](auto &&self, NodeId id, int depth) -> std::optional<KeyLiteral> {
        if (depth > 16)
            return std::nullopt;
        id = followAlias(document, id);
        if (id == kNoNode || id >= g.size())
            return std::nullopt;
        if (const Interpretation *in = document.interpretation(id)) {
            if (in->what == Recognised::NumpyScalar && in->array) {
                const ScalarValue v = arrayElement(*in->array, 0);
                switch (v.type) {
                case ScalarValue::Type::Bool:
                    return KeyLiteral::fromBool(v.boolean);
                case ScalarValue::Type::Int:
                    return KeyLiteral::fromInt(v.i);
                case ScalarValue::Type::UInt: {
                    KeyLiteral k;
                    k.type = KeyLiteral::Type::Int;
                    k.text = std::to_string(v.u);
                    return k;
                }
                case ScalarValue::Type::Float:
                    return KeyLiteral::fromFloat(v.f);
                case ScalarValue::Type::Str:
                    return KeyLiteral::fromStr(v.text);
                case ScalarValue::Type::Bytes:
                    return KeyLiteral::fromBytes(v.text);
                default:
                    return std::nullopt;
                }
            }
            if (in->what != Recognised::None && in->what != Recognised::Alias)
                return std::nullopt;
        }
        const Node &n = g.node(id);
        switch (n.kind) {
        case Kind::None:
            return KeyLiteral::none();
        case Kind::Bool:
            return KeyLiteral::fromBool(n.v.i != 0);
        case Kind::Int:
            return KeyLiteral::fromInt(n.v.i);
        case Kind::BigInt: {
            const auto &b = g.bigint(id);
            if (bigint::bitLength(b) > 4096)
                return std::nullopt;
            KeyLiteral k;
            k.type = KeyLiteral::Type::Int;
            k.text = bigint::toDecimal(b);
            return k;
        }
        case Kind::Float:
            return KeyLiteral::fromFloat(n.v.f);
        case Kind::Str:
            return KeyLiteral::fromStr(std::string(g.text(id)));
        case Kind::Py2String:
            return KeyLiteral::fromStr(latin1ToUtf8(g.bytes(id)));
        case Kind::Bytes:
            return KeyLiteral::fromBytes(std::string(g.text(id)));
        case Kind::Tuple: {
            std::vector<KeyLiteral> items;
            for (const NodeId item : g.items(id)) {
                auto lit = self(self, item, depth + 1);
                if (!lit)
                    return std::nullopt;
                items.push_back(std::move(*lit));
            }
            return KeyLiteral::fromTuple(std::move(items));
        }
        default:
            return std::nullopt;
        }
    };
    return convert(convert, key, 0);
}

std::string keyIdentity(const Document &document, NodeId key)
{
    if (auto lit = keyLiteralOf(document, key))
        return literalIdentity(*lit);
    return "#" + std::to_string(key);
}

bool keyMatches(const Document &document, NodeId key, const KeyLiteral &literal)
{
    const auto lit = keyLiteralOf(document, key);
    return lit && literalIdentity(*lit) == literalIdentity(literal);
}

} // namespace ps
