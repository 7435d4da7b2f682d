// SPDX-License-Identifier: MIT
#include "present/python_type.h"

#include "array/ndarray.h"
#include "document/document.h"
#include "document/interpretation.h"
#include "path/path.h"
#include "present/children.h"
#include "present/summary.h"
#include "recognise/numpy_recogniser.h"
#include "util/pyrepr.h"

#include <algorithm>
#include <array>

namespace ps {
namespace {

bool isOneOf(std::string_view value, std::initializer_list<std::string_view> list)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

std::string_view lastComponent(std::string_view name)
{
    const size_t dot = name.rfind('.');
    return dot == std::string_view::npos ? name : name.substr(dot + 1);
}

bool isNumpyModule(std::string_view module)
{
    return module == "numpy" || module.starts_with("numpy.");
}

// The class a Call/Instance node instantiates: unwraps copyreg helpers and numpy _reconstruct.
std::string objectClass(const Graph &graph, NodeId id)
{
    const ObjectData &obj = graph.object(id);
    NodeId callee = obj.callable;
    if (callee == kNoNode || callee >= graph.size())
        return "builtins.object";
    if (graph.kind(callee) == Kind::Global) {
        const GlobalData &g = graph.global(callee);
        const std::string full = pythonGlobalName(g.module, g.name);
        // Factories whose first argument is the class: copyreg helpers, numpy's _reconstruct,
        // Cython's __pyx_unpickle_<Class>(cls, checksum, state), sklearn's newObj(cls).
        const std::string_view last = lastComponent(g.name);
        const bool unwrapFirstArg = full == "copyreg._reconstructor" || full == "copyreg.__newobj__"
                                    || full == "copyreg.__newobj_ex__"
                                    || (isNumpyModule(g.module) && g.name == "_reconstruct")
                                    || last.starts_with("__pyx_unpickle_") || last == "newObj";
        if (unwrapFirstArg && obj.args != kNoNode && obj.args < graph.size()
            && graph.kind(obj.args) == Kind::Tuple && !graph.items(obj.args).empty()) {
            const NodeId cls = graph.items(obj.args)[0];
            if (cls < graph.size() && graph.kind(cls) == Kind::Global) {
                const GlobalData &c = graph.global(cls);
                return pythonGlobalName(c.module, c.name);
            }
        }
        return full;
    }
    // getattr(Global, 'name') used as a callable: Global.name
    if (graph.kind(callee) == Kind::Call) {
        const ObjectData &inner = graph.object(callee);
        if (graph.calleeName(callee) == "builtins.getattr" && inner.args != kNoNode
            && graph.kind(inner.args) == Kind::Tuple && graph.items(inner.args).size() == 2) {
            const NodeId base = graph.items(inner.args)[0];
            const NodeId attr = graph.items(inner.args)[1];
            if (graph.kind(base) == Kind::Global && graph.kind(attr) == Kind::Str) {
                const GlobalData &b = graph.global(base);
                return pythonGlobalName(b.module, b.name) + "." + std::string(graph.text(attr));
            }
        }
    }
    return "builtins.object";
}

} // namespace

std::string shortTypeName(std::string_view fullName)
{
    return std::string(lastComponent(fullName));
}

std::string pythonGlobalName(std::string_view module, std::string_view name)
{
    std::string mod(module);
    std::string nm(name);
    if (module == "__builtin__") {
        mod = "builtins";
        if (name == "unicode" || name == "basestring")
            nm = "str";
        else if (name == "long")
            nm = "int";
        else if (name == "xrange")
            nm = "range";
        else if (name == "unichr")
            nm = "chr";
        else if (name == "reduce")
            mod = "functools";
        else if (name == "intern")
            mod = "sys";
    } else if (module == "copy_reg") {
        mod = "copyreg";
    } else if (module == "exceptions") {
        mod = "builtins";
    } else if (module == "Queue") {
        mod = "queue";
    } else if (module == "cPickle") {
        mod = "pickle";
    } else if (module == "UserDict" || module == "UserList" || module == "UserString") {
        mod = "collections";
    }
    return mod + "." + nm;
}

bool globalLooksLikeClass(std::string_view module, std::string_view name)
{
    const std::string full = pythonGlobalName(module, name);
    const std::string_view last = lastComponent(full);
    if (last.empty())
        return false;
    if (last[0] >= 'A' && last[0] <= 'Z')
        return true;
    const std::string_view mod = std::string_view(full).substr(0, full.size() - last.size() - 1);
    if (mod == "builtins")
        return isOneOf(last, {"int",     "float",      "str",      "bytes",       "bytearray",
                              "tuple",   "list",       "dict",     "set",         "frozenset",
                              "bool",    "object",     "type",     "complex",     "slice",
                              "range",   "memoryview", "property", "classmethod", "staticmethod",
                              "super",   "enumerate",  "zip",      "map",         "filter",
                              "reversed"});
    if (isNumpyModule(mod))
        return isOneOf(last, {"ndarray",
                              "dtype",
                              "matrix",
                              "generic",
                              "number",
                              "integer",
                              "signedinteger",
                              "unsignedinteger",
                              "inexact",
                              "floating",
                              "complexfloating",
                              "flexible",
                              "character",
                              "bool_",
                              "bool",
                              "int8",
                              "int16",
                              "int32",
                              "int64",
                              "uint8",
                              "uint16",
                              "uint32",
                              "uint64",
                              "intc",
                              "uintc",
                              "int_",
                              "uint",
                              "intp",
                              "uintp",
                              "longlong",
                              "ulonglong",
                              "byte",
                              "ubyte",
                              "short",
                              "ushort",
                              "longdouble",
                              "clongdouble",
                              "half",
                              "single",
                              "double",
                              "csingle",
                              "cdouble",
                              "float16",
                              "float32",
                              "float64",
                              "float96",
                              "float128",
                              "complex64",
                              "complex128",
                              "complex192",
                              "complex256",
                              "object_",
                              "str_",
                              "bytes_",
                              "unicode_",
                              "string_",
                              "void",
                              "datetime64",
                              "timedelta64",
                              "record",
                              "recarray",
                              "memmap"});
    if (mod == "collections")
        return isOneOf(last, {"defaultdict", "deque"});
    if (mod == "datetime")
        return isOneOf(last, {"datetime", "date", "time", "timedelta", "timezone", "tzinfo"});
    return false;
}

std::string pythonType(const Document &document, NodeId id)
{
    const Graph &graph = document.graph();
    // Aliases can chain; follow a bounded number of them.
    for (int hop = 0; hop < 16; ++hop) {
        if (id == kNoNode || id >= graph.size())
            return "builtins.object";
        const Interpretation *in = document.interpretation(id);
        if (!in)
            break;
        // A numpy scalar type used as a value is a class: type(numpy.float64) is type.
        if (in->what == Recognised::NumpyType)
            return "builtins.type";
        if (in->array
            && (in->what == Recognised::NdArray || in->what == Recognised::JoblibWrapper
                || in->what == Recognised::TorchTensor)
            && !in->array->subclass.empty())
            return in->array->subclass;
        if (!in->pythonType.empty())
            return in->pythonType;
        switch (in->what) {
        case Recognised::Alias:
            if (in->value == kNoNode)
                break;
            id = in->value;
            continue;
        case Recognised::NdArray:
        case Recognised::JoblibWrapper:
            if (in->array)
                return in->array->subclass.empty() ? "numpy.ndarray" : in->array->subclass;
            return "numpy.ndarray";
        case Recognised::TorchTensor:
            return "torch.Tensor";
        case Recognised::NumpyScalar:
            if (in->array && in->array->dtype) {
                if (in->array->dtype->kind == 'O' && !in->array->objects.empty())
                    return pythonType(document, in->array->objects[0]);
                return numpyScalarTypeName(*in->array->dtype);
            }
            if (in->dtype)
                return numpyScalarTypeName(*in->dtype);
            return "numpy.generic";
        case Recognised::DType:
            return "numpy.dtype";
        case Recognised::NumpyType:
            return "builtins.type";
        case Recognised::OrderedDict:
            return "collections.OrderedDict";
        case Recognised::DefaultDict:
            return "collections.defaultdict";
        case Recognised::Counter:
            return "collections.Counter";
        case Recognised::Deque:
            return "collections.deque";
        case Recognised::Datetime:
            return "datetime.datetime";
        case Recognised::Date:
            return "datetime.date";
        case Recognised::Time:
            return "datetime.time";
        case Recognised::Timedelta:
            return "datetime.timedelta";
        case Recognised::Decimal:
            return "decimal.Decimal";
        case Recognised::Complex:
            return "builtins.complex";
        default:
            break;
        }
        break;
    }

    const Node &node = graph.node(id);
    switch (node.kind) {
    case Kind::None:
        return "builtins.NoneType";
    case Kind::Bool:
        return "builtins.bool";
    case Kind::Int:
    case Kind::BigInt:
        return "builtins.int";
    case Kind::Float:
        return "builtins.float";
    case Kind::Str:
    case Kind::Py2String:
        return "builtins.str";
    case Kind::Bytes:
        return "builtins.bytes";
    case Kind::ByteArray:
        return "builtins.bytearray";
    case Kind::Tuple:
        return "builtins.tuple";
    case Kind::List:
        return "builtins.list";
    case Kind::Dict:
        return "builtins.dict";
    case Kind::Set:
        return "builtins.set";
    case Kind::FrozenSet:
        return "builtins.frozenset";
    case Kind::Global: {
        const GlobalData &g = graph.global(id);
        if (g.module == "torch" && !g.name.empty() && g.name[0] >= 'a' && g.name[0] <= 'z'
            && (g.name.starts_with("float") || g.name.starts_with("int")
                || g.name.starts_with("uint") || g.name.starts_with("bfloat")
                || g.name.starts_with("complex") || g.name == "bool" || g.name == "half"
                || g.name == "double" || g.name == "long"))
            return "torch.dtype";
        return globalLooksLikeClass(g.module, g.name) ? "builtins.type" : "builtins.function";
    }
    case Kind::Call:
    case Kind::Instance:
        return objectClass(graph, id);
    case Kind::PersId:
        return "builtins.object";
    case Kind::Ext:
        return "builtins.object";
    case Kind::Buffer:
        return "pickle.PickleBuffer";
    case Kind::Unknown:
        return "builtins.object";
    }
    return "builtins.object";
}

std::string pythonType(const Document &document, const Resolved &resolved)
{
    if (resolved.array) {
        const NdArray &a = *resolved.array;
        const bool torch = a.subclass == "torch.Tensor"
                           || a.subclass == "torch.nn.parameter.Parameter" || !a.torchDType.empty();
        if (torch)
            return "torch.Tensor";
        if (resolved.isElement) {
            if (a.dtype && a.dtype->kind == 'O') {
                if (resolved.elementFlatIndex < a.objects.size())
                    return pythonType(document, a.objects[resolved.elementFlatIndex]);
                return "builtins.object";
            }
            return a.dtype ? numpyScalarTypeName(*a.dtype) : "numpy.generic";
        }
        if (resolved.array != arrayOfNode(document, resolved.node))
            return "numpy.ndarray";
    }
    return pythonType(document, resolved.node);
}

std::string pythonDType(const Document & /*document*/, const Resolved &resolved)
{
    if (!resolved.array || !resolved.array->dtype)
        return {};
    const NdArray &a = *resolved.array;
    if (!a.torchDType.empty())
        return a.torchDType;
    const DType &d = *a.dtype;
    std::string str = d.str();
    auto nativeOrder = [&] {
        if (!str.empty() && str[0] == '>')
            str[0] = '<';
    };
    if (resolved.isElement) {
        if (d.isStructured() || d.isSubArray())
            return str;
        const ScalarValue v = arrayElement(a, resolved.elementFlatIndex);
        if (d.kind == 'U' && v.type == ScalarValue::Type::Str)
            return "<U" + std::to_string(codePointCount(v.text));
        if (d.kind == 'S' && v.type == ScalarValue::Type::Bytes)
            return "|S" + std::to_string(v.text.size());
        nativeOrder();
        return str;
    }
    if (a.form != NdArray::Form::FromBuffer)
        nativeOrder();
    return str;
}

std::string pythonRepr(const Document &document, NodeId id)
{
    const Graph &graph = document.graph();
    const NodeId t = followAlias(document, id);
    if (t == kNoNode || t >= graph.size())
        return "<missing>";
    const Interpretation *in = document.interpretation(t);
    if (!in || in->what == Recognised::None || in->what == Recognised::Alias) {
        const Node &n = graph.node(t);
        switch (n.kind) {
        case Kind::None:
            return "None";
        case Kind::Bool:
            return reprBool(n.v.i != 0);
        case Kind::Int:
            return reprInt(n.v.i);
        case Kind::BigInt:
            return reprBigInt(graph.bigint(t));
        case Kind::Float:
            return reprFloat(n.v.f);
        case Kind::Str:
            return reprStr(graph.text(t));
        case Kind::Py2String:
            return reprLatin1(graph.bytes(t));
        case Kind::Bytes:
            return reprBytes(graph.bytes(t));
        case Kind::ByteArray:
            return reprByteArray(graph.bytes(t));
        default:
            break;
        }
    }
    return summary(document, id, 200);
}

std::string shortType(const Document &document, NodeId id)
{
    return shortTypeName(pythonType(document, id));
}

} // namespace ps
