// SPDX-License-Identifier: MIT
// The allow-list: what real scikit-learn, numpy, pandas, scipy, torch and stdlib pickles
// reference. Anything absent is "unknown" (a warning), never "safe" (SECURITY.md §0.1).
#include "security/allowlist.h"

#include <string>
#include <unordered_map>

namespace ps::security {
namespace {

struct Entry
{
    std::string_view module;
    std::string_view names; ///< space-separated qualified names
    std::string_view reason;
};

constexpr Entry kExact[] = {
    {"builtins",
     "set frozenset bytearray bytes complex list dict tuple int float str bool slice object "
     "range Ellipsis NotImplemented iter reversed enumerate zip long unicode basestring xrange",
     "a Python builtin that only builds data"},
    {"builtins",
     "BaseException Exception ArithmeticError AssertionError AttributeError BufferError "
     "EOFError FloatingPointError ImportError ModuleNotFoundError IndexError KeyError "
     "LookupError MemoryError NameError NotImplementedError OSError EnvironmentError IOError "
     "OverflowError RecursionError ReferenceError RuntimeError StopIteration "
     "StopAsyncIteration SyntaxError IndentationError TabError SystemError TypeError "
     "UnboundLocalError UnicodeError UnicodeDecodeError UnicodeEncodeError "
     "UnicodeTranslateError ValueError ZeroDivisionError ConnectionError BrokenPipeError "
     "ConnectionAbortedError ConnectionRefusedError ConnectionResetError FileExistsError "
     "FileNotFoundError InterruptedError IsADirectoryError NotADirectoryError PermissionError "
     "ProcessLookupError TimeoutError BlockingIOError ChildProcessError Warning UserWarning "
     "DeprecationWarning PendingDeprecationWarning SyntaxWarning RuntimeWarning FutureWarning "
     "ImportWarning UnicodeWarning BytesWarning ResourceWarning EncodingWarning",
     "a builtin exception class (building one only stores its arguments)"},
    {"collections", "OrderedDict Counter defaultdict deque ChainMap UserDict UserList UserString",
     "a collections data type"},
    {"datetime", "date datetime time timedelta timezone tzinfo", "a datetime data type"},
    {"decimal", "Decimal", "a decimal number"},
    {"fractions", "Fraction", "a fraction"},
    {"uuid", "UUID SafeUUID", "a UUID value"},
    {"ipaddress", "IPv4Address IPv6Address IPv4Network IPv6Network IPv4Interface IPv6Interface",
     "an IP address value"},
    {"pathlib", "PurePath PurePosixPath PureWindowsPath Path PosixPath WindowsPath",
     "a path value (building it touches no file)"},
    {"re", "_compile RegexFlag", "a regular expression or its flags"},
    {"argparse", "Namespace", "a plain attribute container"},
    {"types", "SimpleNamespace", "a plain attribute container"},
    {"time", "struct_time", "a time tuple"},
    {"array", "array _array_reconstructor", "a typed array"},
    {"copyreg", "_reconstructor __newobj__ __newobj_ex__",
     "the standard object reconstruction helper (it calls the classes given to it, which are "
     "classified on their own)"},
    {"_codecs", "encode", "encodes text into bytes (how bytes are pickled at protocols 0-2)"},
    {"codecs", "encode", "encodes text into bytes"},
    {"http", "HTTPStatus", "an enum of HTTP status codes (data only)"},
    {"signal", "Signals Handlers Sigmasks", "an enum of signal numbers (data only)"},
    {"numpy", "ndarray dtype matrix recarray record", "numpy's array types"},
    {"numpy",
     "bool_ bool8 bool byte ubyte short ushort intc uintc int_ uint longlong ulonglong intp "
     "uintp int8 int16 int32 int64 uint8 uint16 uint32 uint64 half single double longdouble "
     "float_ float16 float32 float64 float96 float128 csingle cdouble clongdouble complex_ "
     "complex64 complex128 complex192 complex256 object_ str_ unicode_ bytes_ string_ void "
     "datetime64 timedelta64 generic number",
     "a numpy scalar type"},
    {"numpy.core.multiarray", "_reconstruct scalar", "numpy's array reconstruction"},
    {"numpy.core.numeric", "_frombuffer", "numpy's array reconstruction from bytes"},
    {"numpy.core.records", "recarray record", "numpy record arrays"},
    {"numpy.matrixlib.defmatrix", "matrix", "numpy matrices"},
    {"numpy.ma.core", "MaskedArray _mareconstruct mvoid MaskedConstant", "numpy masked arrays"},
    {"numpy.random._pickle", "__bit_generator_ctor __randomstate_ctor __generator_ctor",
     "numpy random state reconstruction"},
    {"numpy.random.mtrand", "RandomState", "numpy random state"},
    {"numpy.random._generator", "Generator", "numpy random generator"},
    {"numpy.random.bit_generator", "SeedSequence BitGenerator", "numpy random seed"},
    {"numpy.random._mt19937", "MT19937", "numpy bit generator"},
    {"numpy.random._pcg64", "PCG64 PCG64DXSM", "numpy bit generator"},
    {"numpy.random._philox", "Philox", "numpy bit generator"},
    {"numpy.random._sfc64", "SFC64", "numpy bit generator"},
    {"joblib.numpy_pickle", "NumpyArrayWrapper NDArrayWrapper ZNDArrayWrapper",
     "joblib's array wrapper (the array bytes follow it in the file)"},
    {"sklearn.externals.joblib.numpy_pickle",
     "NumpyArrayWrapper NDArrayWrapper "
     "ZNDArrayWrapper",
     "joblib's array wrapper (old scikit-learn)"},
    {"torch",
     "Size device Tensor float32 float float64 double float16 half bfloat16 complex32 "
     "complex64 cfloat complex128 cdouble uint8 uint16 uint32 uint64 int8 int16 short int32 "
     "int int64 long bool quint8 qint8 qint32 quint4x2 quint2x4 float8_e4m3fn float8_e5m2 "
     "strided sparse_coo sparse_csr sparse_csc sparse_bsr sparse_bsc _mkldnn "
     "contiguous_format channels_last channels_last_3d preserve_format per_tensor_affine "
     "per_channel_affine per_tensor_symmetric per_channel_symmetric "
     "per_channel_affine_float_qparams",
     "a torch type, dtype, layout or memory format"},
    {"torch._utils",
     "_rebuild_tensor _rebuild_tensor_v2 _rebuild_tensor_v3 _rebuild_parameter "
     "_rebuild_parameter_with_state _rebuild_qtensor _rebuild_sparse_tensor "
     "_rebuild_device_tensor_from_numpy _rebuild_meta_tensor_no_storage "
     "_rebuild_wrapper_subclass _rebuild_nested_tensor",
     "torch's tensor reconstruction"},
    {"torch._tensor", "_rebuild_from_type _rebuild_from_type_v2", "torch's tensor reconstruction"},
    {"torch.nn.parameter", "Parameter Buffer", "a torch parameter"},
    {"torch.serialization", "_get_layout", "torch's layout lookup"},
    {"torch.storage", "TypedStorage UntypedStorage", "a torch storage"},
};

struct Tables
{
    std::unordered_map<std::string, std::string_view> exact; // "module.name" → reason

    Tables()
    {
        for (const Entry &e : kExact) {
            size_t from = 0;
            while (from < e.names.size()) {
                size_t end = e.names.find(' ', from);
                if (end == std::string_view::npos)
                    end = e.names.size();
                if (end > from) {
                    std::string full(e.module);
                    full += '.';
                    full += e.names.substr(from, end - from);
                    exact.emplace(std::move(full), e.reason);
                }
                from = end + 1;
            }
        }
    }
};

const Tables &tables()
{
    static const Tables t;
    return t;
}

bool startsWithModule(std::string_view module, std::string_view prefix)
{
    return module == prefix
           || (module.size() > prefix.size() && module.starts_with(prefix)
               && module[prefix.size()] == '.');
}

bool isUpperIdentifier(std::string_view s)
{
    if (s.empty())
        return false;
    for (char c : s)
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    return true;
}

} // namespace

std::optional<std::string_view> findAllowedExact(std::string_view module, std::string_view qualname)
{
    std::string full(module);
    full += '.';
    full += qualname;
    const Tables &t = tables();
    if (auto it = t.exact.find(full); it != t.exact.end())
        return it->second;
    // signal.SIGINT, signal.SIG_DFL: the Signals / Handlers enum members.
    if (module == "signal" && qualname.starts_with("SIG") && isUpperIdentifier(qualname))
        return std::string_view("a signal number constant (data only)");
    return std::nullopt;
}

std::optional<std::string_view> findAllowedByRule(std::string_view module,
                                                  std::string_view qualname)
{
    if (qualname.empty() || qualname.find('.') != std::string_view::npos)
        return std::nullopt;
    if (startsWithModule(module, "sklearn"))
        return std::string_view("a scikit-learn class or helper (estimators rebuild from "
                                "their state)");
    if (startsWithModule(module, "pandas.core") || startsWithModule(module, "pandas._libs")
        || startsWithModule(module, "pandas.tseries"))
        return std::string_view("pandas' data structures and their reconstruction helpers");
    for (std::string_view p : {"scipy.sparse", "scipy.stats", "scipy.special", "scipy.interpolate",
                               "scipy.spatial", "scipy.optimize", "scipy.linalg"})
        if (startsWithModule(module, p))
            return std::string_view("scipy's data structures and their reconstruction helpers");
    if (startsWithModule(module, "numpy.dtypes"))
        return std::string_view("a numpy dtype class");
    if (startsWithModule(module, "torch.nn.modules"))
        return std::string_view("a torch layer class (rebuilt from its state)");
    // torch.FloatStorage, torch.cuda.HalfStorage, ...
    if ((module == "torch" || module == "torch.cuda") && qualname.size() > 7
        && qualname.ends_with("Storage"))
        return std::string_view("a torch storage type");
    return std::nullopt;
}

} // namespace ps::security
