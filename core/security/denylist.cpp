// SPDX-License-Identifier: MIT
// The deny-list: names that are known to run code, start processes, touch files or the
// network, or reach arbitrary names at load time. It only chooses the message and the
// category: whatever is not on the allow-list is reported anyway (SECURITY.md §0.1).
#include "security/denylist.h"

#include <array>
#include <string>
#include <unordered_map>

namespace ps::security {
namespace {

enum class Match : uint8_t { Exact, Module };

struct Rule
{
    std::string_view pattern;
    Match match;
    Category category;
    std::string_view reason;
};

constexpr Category kExec = Category::CodeExecution;
constexpr Category kOs = Category::OsCommand;
constexpr Category kRefl = Category::Reflection;
constexpr Category kNested = Category::NestedDeserialization;
constexpr Category kFile = Category::FileSystem;
constexpr Category kNet = Category::Network;
constexpr Category kFfi = Category::Ffi;
constexpr Category kProc = Category::ProcessState;
constexpr Category kScan = Category::ScannerTampering;
constexpr Match kEx = Match::Exact;
constexpr Match kMod = Match::Module;

// Paths are canonical (classification.h): builtins, copyreg and numpy.core spellings.
constexpr Rule kRules[] = {
    // --- direct code execution ---
    {"builtins.eval", kEx, kExec, "evaluates a Python expression given as text"},
    {"builtins.exec", kEx, kExec, "executes Python source code given as text"},
    {"builtins.compile", kEx, kExec, "compiles source text into a code object"},
    {"builtins.__import__", kEx, kExec, "imports any module by name"},
    {"builtins.apply", kEx, kExec, "calls any function (Python 2)"},
    {"builtins.execfile", kEx, kExec, "executes a Python file (Python 2)"},
    {"builtins.breakpoint", kEx, kExec, "starts a debugger"},
    {"builtins.__build_class__", kEx, kExec, "builds a class from a function body"},
    {"builtins.reload", kEx, kExec, "re-executes a module (Python 2)"},
    {"builtins.input", kEx, kExec, "reads standard input (and evaluates it in Python 2)"},
    {"builtins.help", kEx, kOs, "starts the help system, which runs a pager process"},
    {"types.CodeType", kEx, kExec, "builds a code object from raw bytecode"},
    {"types.FunctionType", kEx, kExec, "builds a function from a code object"},
    {"types.LambdaType", kEx, kExec, "builds a function from a code object"},
    {"types.MethodType", kEx, kExec, "binds any function to any object"},
    {"marshal", kMod, kExec, "marshal.loads builds code objects from bytes"},
    {"runpy", kMod, kExec, "runs Python modules and code"},
    {"code", kMod, kExec, "an interactive interpreter that runs source text"},
    {"codeop", kMod, kExec, "compiles source text"},
    {"pdb", kMod, kExec, "the debugger runs arbitrary statements"},
    {"bdb", kMod, kExec, "the debugger base runs arbitrary statements"},
    {"timeit", kMod, kExec, "timeit runs statements given as text"},
    {"cProfile", kMod, kExec, "the profiler runs statements given as text"},
    {"profile", kMod, kExec, "the profiler runs statements given as text"},
    {"trace", kMod, kExec, "trace runs statements given as text"},
    {"doctest", kMod, kExec, "doctest runs code found in text"},
    {"idlelib", kMod, kExec, "IDLE's interpreter helpers run code"},
    {"lib2to3", kMod, kExec, "lib2to3 evaluates grammar text and loads pickles"},
    {"zipimport", kMod, kExec, "imports code from archives"},
    {"site", kMod, kExec, "site executes .pth files and changes the import path"},
    {"unittest", kMod, kExec, "unittest imports and runs test code"},
    {"test", kMod, kOs, "CPython's test support runs scripts and processes"},
    {"_interpreters", kMod, kExec, "runs code in a sub-interpreter"},
    {"_xxsubinterpreters", kMod, kExec, "runs code in a sub-interpreter"},
    {"_xxinterpchannels", kMod, kExec, "sub-interpreter channels"},
    {"cloudpickle", kMod, kExec, "cloudpickle rebuilds functions from code objects"},
    {"dill", kMod, kNested, "dill rebuilds functions and loads pickles"},
    {"numpy.testing", kMod, kExec, "numpy's test helpers run code (runstring)"},
    {"numpy.f2py", kMod, kExec, "f2py evaluates expressions and compiles code"},
    {"numpy.distutils", kMod, kOs, "numpy.distutils runs compilers"},
    {"torch.jit", kMod, kExec, "TorchScript compiles and runs code"},
    {"torch._dynamo", kMod, kExec, "torch._dynamo evaluates guard expressions"},
    {"torch._inductor", kMod, kOs, "torch._inductor compiles and loads native code"},
    {"torch.fx.experimental.symbolic_shapes", kMod, kExec, "evaluates guard expressions"},
    {"torch.utils.bottleneck", kMod, kExec, "runs a profiled script"},
    {"torch.utils.cpp_extension", kMod, kOs, "compiles and loads native extensions"},
    {"torch.compile", kEx, kExec, "compiles code"},
    {"torch.package", kMod, kExec, "torch.package imports code stored in archives"},
    {"torch.ops", kMod, kFfi, "torch.ops.load_library loads native libraries"},
    {"torch.classes", kMod, kFfi, "torch.classes.load_library loads native libraries"},
    {"yaml", kMod, kExec, "unsafe YAML loading builds arbitrary objects"},
    {"jsonpickle", kMod, kNested, "jsonpickle builds arbitrary objects"},
    {"logging.config", kMod, kExec,
     "logging.config evaluates configuration and listens on a "
     "socket"},
    {"typing", kMod, kExec,
     "typing evaluates forward references (ForwardRef._evaluate, get_type_hints) with eval"},
    {"typing_extensions", kMod, kExec, "evaluates forward references with eval"},
    {"annotationlib", kMod, kExec, "evaluates annotations given as text"},
    {"_frozen_importlib", kMod, kRefl, "the import machinery: loads and runs any module"},
    {"_frozen_importlib_external", kMod, kRefl,
     "the import machinery: loads modules and native extensions from any path"},
    {"_imp", kMod, kFfi, "creates modules and loads native extensions (create_dynamic)"},
    {"_testcapi", kMod, kFfi, "CPython's C-API test hooks reach raw memory"},
    {"_testinternalcapi", kMod, kFfi, "CPython's internal test hooks reach raw memory"},
    {"sklearn.utils.discovery", kMod, kRefl,
     "all_estimators imports every scikit-learn module (and re-exports import_module)"},
    {"sklearn.utils._set_output", kMod, kRefl, "wraps and calls methods given to it"},
    // --- OS commands and processes ---
    {"os", kMod, kOs, "the os module runs commands and changes files and processes"},
    {"posix", kMod, kOs, "posix runs commands and changes files and processes"},
    {"nt", kMod, kOs, "nt runs commands and changes files and processes"},
    {"subprocess", kMod, kOs, "starts processes"},
    {"_posixsubprocess", kMod, kOs, "starts processes"},
    {"pty", kMod, kOs, "pty.spawn starts processes"},
    {"commands", kMod, kOs, "runs shell commands (Python 2)"},
    {"popen2", kMod, kOs, "starts processes (Python 2)"},
    {"multiprocessing", kMod, kOs, "starts processes"},
    {"asyncio", kMod, kOs, "asyncio starts processes and opens connections"},
    {"platform", kMod, kOs, "platform runs external commands"},
    {"pydoc", kMod, kOs, "pydoc runs pagers and resolves any name (pydoc.locate)"},
    {"_pyrepl", kMod, kOs, "_pyrepl.pager runs a pager process"},
    {"uuid", kMod, kOs, "uuid helpers run external commands"},
    {"_osx_support", kMod, kOs, "runs external commands"},
    {"_aix_support", kMod, kOs, "runs external commands"},
    {"venv", kMod, kOs, "creates environments and runs pip"},
    {"ensurepip", kMod, kOs, "runs pip"},
    {"pip", kMod, kOs, "installs packages"},
    {"setuptools", kMod, kOs, "builds and installs packages"},
    {"distutils", kMod, kOs, "runs compilers and writes files"},
    {"pexpect", kMod, kOs, "starts processes"},
    {"pipes", kMod, kOs, "runs shell pipelines"},
    {"imaplib.IMAP4_stream", kEx, kOs, "runs a command to reach a mail server"},
    {"mlflow.projects", kMod, kOs, "runs project entry points"},
    {"torch.utils.collect_env", kMod, kOs, "runs external commands"},
    {"_winapi", kMod, kOs, "Windows process and file primitives"},
    {"msvcrt", kMod, kOs, "Windows C runtime primitives"},
    // --- universal resolvers and reflection ---
    {"builtins.getattr", kEx, kRefl, "reads any attribute of any object"},
    {"builtins.setattr", kEx, kRefl, "changes any attribute of any object"},
    {"builtins.delattr", kEx, kRefl, "deletes any attribute of any object"},
    {"builtins.globals", kEx, kRefl, "exposes a module's global names"},
    {"builtins.locals", kEx, kRefl, "exposes local names"},
    {"builtins.vars", kEx, kRefl, "exposes an object's namespace"},
    {"pkgutil", kMod, kRefl, "pkgutil.resolve_name reaches any name ('os:system')"},
    {"importlib", kMod, kRefl, "imports any module by name"},
    {"imp", kMod, kRefl, "imports any module by name (Python 2)"},
    {"inspect", kMod, kRefl, "inspects and reaches any object"},
    {"operator.attrgetter", kEx, kRefl, "reads any attribute of any object"},
    {"operator.itemgetter", kEx, kRefl, "reads any item of any object"},
    {"operator.methodcaller", kEx, kRefl, "calls any method of any object"},
    {"_operator.attrgetter", kEx, kRefl, "reads any attribute of any object"},
    {"_operator.itemgetter", kEx, kRefl, "reads any item of any object"},
    {"_operator.methodcaller", kEx, kRefl, "calls any method of any object"},
    {"functools.partial", kEx, kRefl, "binds arguments to any function"},
    {"_functools.partial", kEx, kRefl, "binds arguments to any function"},
    {"copyreg", kMod, kRefl, "copyreg changes the extension registry and reducers"},
    {"numpy.core._ufunc_reconstruct", kEx, kRefl, "imports a module and reads any attribute"},
    {"numpy.core.multiarray._ufunc_reconstruct", kEx, kRefl,
     "imports a module and reads any attribute"},
    // --- nested deserialisation ---
    {"pickle", kMod, kNested, "loads another pickle (which can run anything)"},
    {"_pickle", kMod, kNested, "loads another pickle (which can run anything)"},
    {"cPickle", kMod, kNested, "loads another pickle (which can run anything)"},
    {"pickletools", kMod, kNested, "pickle tooling"},
    {"shelve", kMod, kNested, "opens a database of pickles"},
    {"joblib", kMod, kNested,
     "joblib.load loads pickles; joblib helpers write files and run "
     "processes"},
    {"torch.load", kEx, kNested, "loads another checkpoint (a pickle)"},
    {"torch.serialization", kMod, kNested, "loads checkpoints (pickles)"},
    {"torch.storage._load_from_bytes", kEx, kNested, "loads a pickle from bytes"},
    {"torch.utils._config_module", kMod, kNested, "loads pickled configuration"},
    {"torch.utils.data.datapipes", kMod, kNested, "decoders load pickles and files"},
    {"torch.hub", kMod, kNet, "downloads and runs code from the internet"},
    {"numpy.load", kEx, kNested, "loads .npy/.npz files (with pickles when allowed)"},
    {"numpy.loads", kEx, kNested, "loads a pickle (old numpy)"},
    {"numpy.lib.npyio", kMod, kNested, "reads and writes array files"},
    {"numpy.lib.format", kMod, kNested, "reads array files (with pickles when allowed)"},
    {"pandas.read_pickle", kEx, kNested, "loads a pickle"},
    {"pandas.io", kMod, kNested, "pandas readers and writers load pickles, files and URLs"},
    {"sklearn.externals", kMod, kNested, "scikit-learn's vendored libraries (old joblib.load)"},
    {"sklearn.utils._joblib", kMod, kNested, "joblib re-exported: joblib.load"},
    {"torch.utils.model_zoo", kMod, kNet, "downloads checkpoints and loads them (pickles)"},
    {"torch.utils.hooks", kMod, kExec, "registers hooks that run later"},
    {"pandas.read_csv", kEx, kFile, "reads files and URLs"},
    {"pandas.read_table", kEx, kFile, "reads files and URLs"},
    {"pandas.read_fwf", kEx, kFile, "reads files and URLs"},
    {"pandas.read_json", kEx, kFile, "reads files and URLs"},
    {"pandas.read_html", kEx, kNet, "reads files and URLs"},
    {"pandas.read_xml", kEx, kNet, "reads files and URLs (and parses XML)"},
    {"pandas.read_excel", kEx, kFile, "reads files and URLs"},
    {"pandas.read_hdf", kEx, kNested, "reads HDF5 files (which may hold pickles)"},
    {"pandas.read_feather", kEx, kFile, "reads files"},
    {"pandas.read_parquet", kEx, kFile, "reads files and URLs"},
    {"pandas.read_orc", kEx, kFile, "reads files"},
    {"pandas.read_sas", kEx, kFile, "reads files"},
    {"pandas.read_spss", kEx, kFile, "reads files"},
    {"pandas.read_sql", kEx, kNet, "runs SQL on a database connection"},
    {"pandas.read_sql_query", kEx, kNet, "runs SQL on a database connection"},
    {"pandas.read_sql_table", kEx, kNet, "reads a database table"},
    {"pandas.read_stata", kEx, kFile, "reads files"},
    {"pandas.read_clipboard", kEx, kOs, "runs the clipboard helper process"},
    {"pandas.read_gbq", kEx, kNet, "queries a cloud database"},
    {"pandas.to_pickle", kEx, kFile, "writes a pickle file"},
    {"pandas.ExcelFile", kEx, kFile, "opens files"},
    {"pandas.ExcelWriter", kEx, kFile, "writes files"},
    {"pandas.HDFStore", kEx, kFile, "opens and writes HDF5 files"},
    {"pandas.core.common.pipe", kEx, kRefl, "calls the function it is given"},
    {"pandas.core.common.apply_if_callable", kEx, kRefl, "calls the value it is given"},
    {"numpy.core.multiarray.fromfile", kEx, kFile, "reads files"},
    {"numpy.core.records.fromfile", kEx, kFile, "reads files"},
    {"numpy.rec.fromfile", kEx, kFile, "reads files"},
    {"numpy.core.records.fromstring", kEx, kFile, "reads raw bytes (with fromfile helpers)"},
    {"numpy.lib.format.open_memmap", kEx, kFile, "maps and writes files"},
    {"numpy.tofile", kEx, kFile, "writes files"},
    {"numpy.ndarray.tofile", kEx, kFile, "writes files"},
    {"numpy.ndarray.dump", kEx, kFile, "writes a pickle file"},
    {"gzip.open", kEx, kFile, "opens (and creates) files"},
    {"gzip.GzipFile", kEx, kFile, "opens (and creates) files"},
    {"bz2.open", kEx, kFile, "opens (and creates) files"},
    {"bz2.BZ2File", kEx, kFile, "opens (and creates) files"},
    {"lzma.open", kEx, kFile, "opens (and creates) files"},
    {"lzma.LZMAFile", kEx, kFile, "opens (and creates) files"},
    {"wave.open", kEx, kFile, "opens (and creates) files"},
    {"aifc.open", kEx, kFile, "opens (and creates) files"},
    {"aifc.openfp", kEx, kFile, "opens (and creates) files"},
    {"sunau.open", kEx, kFile, "opens (and creates) files"},
    {"chunk", kMod, kFile, "reads files"},
    {"imghdr", kMod, kFile, "opens files"},
    {"sndhdr", kMod, kFile, "opens files"},
    {"mailbox", kMod, kFile, "opens and writes mailboxes"},
    {"netrc", kMod, kFile, "reads credential files"},
    {"plistlib", kMod, kFile, "reads and writes files"},
    {"configparser", kMod, kFile, "reads files"},
    {"csv", kMod, kFile, "reads and writes files"},
    {"fcntl", kMod, kFile, "changes file descriptors"},
    {"io.TextIOWrapper", kEx, kFile, "writes through a file object"},
    {"_io.TextIOWrapper", kEx, kFile, "writes through a file object"},
    {"pathlib.Path.write_text", kEx, kFile, "writes files"},
    {"pathlib.Path.write_bytes", kEx, kFile, "writes files"},
    {"pathlib.Path.unlink", kEx, kFile, "deletes files"},
    {"pathlib.Path.open", kEx, kFile, "opens files"},
    {"urllib.request.urlopen", kEx, kNet, "opens URLs"},
    {"urllib.request.urlretrieve", kEx, kNet, "downloads URLs into files"},
    {"urllib.request.URLopener", kEx, kNet, "opens URLs"},
    {"urllib.request.FancyURLopener", kEx, kNet, "opens URLs"},
    {"http.server", kMod, kNet, "runs an HTTP server (and CGI scripts)"},
    {"dbm.dumb", kMod, kFile, "opens and writes databases"},
    {"dbm.gnu", kMod, kFile, "opens and writes databases"},
    {"dbm.ndbm", kMod, kFile, "opens and writes databases"},
    {"_dbm", kMod, kFile, "opens and writes databases"},
    {"_gdbm", kMod, kFile, "opens and writes databases"},
    // --- file system ---
    {"builtins.open", kEx, kFile, "opens files for reading or writing"},
    {"builtins.file", kEx, kFile, "opens files (Python 2)"},
    {"io.open", kEx, kFile, "opens files"},
    {"io.open_code", kEx, kFile, "opens files"},
    {"io.FileIO", kEx, kFile, "opens files"},
    {"_io.open", kEx, kFile, "opens files"},
    {"_io.open_code", kEx, kFile, "opens files"},
    {"_io.FileIO", kEx, kFile, "opens files"},
    {"codecs.open", kEx, kFile, "opens files"},
    {"shutil", kMod, kFile, "copies, moves and deletes files and trees"},
    {"tempfile", kMod, kFile, "creates files and directories"},
    {"tarfile", kMod, kFile, "reads and extracts archives"},
    {"zipfile", kMod, kFile, "reads and writes archives"},
    {"sqlite3", kMod, kFile, "opens databases"},
    {"_sqlite3", kMod, kFile, "opens databases"},
    {"dbm", kMod, kFile, "opens databases"},
    {"glob", kMod, kFile, "lists files"},
    {"fileinput", kMod, kFile, "reads and rewrites files"},
    {"filecmp", kMod, kFile, "reads files"},
    {"linecache", kMod, kFile, "reads files"},
    {"mmap", kMod, kFile, "maps files and memory"},
    {"compileall", kMod, kFile, "compiles and writes files"},
    {"py_compile", kMod, kFile, "compiles and writes files"},
    {"logging.FileHandler", kEx, kFile, "creates log files"},
    {"logging.handlers", kMod, kFile, "log handlers write files, sockets and mail"},
    {"winreg", kMod, kFile, "changes the Windows registry"},
    {"_winreg", kMod, kFile, "changes the Windows registry"},
    {"numpy.save", kEx, kFile, "writes files"},
    {"numpy.savez", kEx, kFile, "writes files"},
    {"numpy.savez_compressed", kEx, kFile, "writes files"},
    {"numpy.savetxt", kEx, kFile, "writes files"},
    {"numpy.loadtxt", kEx, kFile, "reads files"},
    {"numpy.genfromtxt", kEx, kFile, "reads files and URLs"},
    {"numpy.fromfile", kEx, kFile, "reads files"},
    {"numpy.fromregex", kEx, kFile, "reads files"},
    {"numpy.memmap", kEx, kFile, "maps files"},
    {"numpy.core.memmap", kMod, kFile, "maps files"},
    {"numpy.ctypeslib", kMod, kFfi, "loads native libraries"},
    {"numpy.DataSource", kEx, kNet, "opens files and URLs"},
    {"numpy.lib._datasource", kMod, kNet, "opens files and URLs"},
    {"sklearn.datasets", kMod, kFile, "downloads data sets and reads and writes files"},
    {"sklearn.utils._testing", kMod, kOs, "test helpers run scripts and write files"},
    {"sklearn.utils.estimator_checks", kMod, kExec, "runs test code"},
    {"sklearn.utils.fixes", kMod, kFile, "includes archive extraction helpers"},
    {"sklearn.utils._show_versions", kMod, kOs, "inspects the system"},
    {"sklearn._build_utils", kMod, kOs, "runs compilers"},
    {"sklearn.__check_build", kMod, kOs, "build checks"},
    {"sklearn.conftest", kMod, kExec, "test configuration"},
    {"pandas.core.computation", kMod, kExec, "pandas.eval evaluates expressions"},
    {"pandas.eval", kEx, kExec, "evaluates expressions"},
    {"pandas._libs.parsers", kMod, kFile, "reads files"},
    {"pandas._libs.writers", kMod, kFile, "writes files"},
    {"pandas._testing", kMod, kFile, "test helpers write files"},
    {"pandas.testing", kMod, kFile, "test helpers"},
    {"pandas.util", kMod, kFile, "test helpers and utilities"},
    {"pandas.plotting", kMod, kExec, "plotting back-ends are imported by name"},
    {"scipy.io", kMod, kFile, "reads and writes files"},
    {"scipy.weave", kMod, kOs, "compiles and runs C code"},
    {"scipy.datasets", kMod, kNet, "downloads data sets"},
    {"scipy._lib._ccallback", kMod, kFfi, "wraps raw native function pointers"},
    {"scipy._lib._testutils", kMod, kOs, "runs tests"},
    // --- network ---
    {"socket", kMod, kNet, "opens network connections"},
    {"_socket", kMod, kNet, "opens network connections"},
    {"ssl", kMod, kNet, "opens network connections (get_server_certificate can exfiltrate)"},
    {"_ssl", kMod, kNet, "opens network connections"},
    {"http", kMod, kNet, "HTTP clients and servers"},
    {"httplib", kMod, kNet, "HTTP client (Python 2)"},
    {"urllib", kMod, kNet, "opens URLs"},
    {"urllib2", kMod, kNet, "opens URLs (Python 2)"},
    {"urllib3", kMod, kNet, "opens URLs"},
    {"requests", kMod, kNet, "sends HTTP requests"},
    {"httpx", kMod, kNet, "sends HTTP requests"},
    {"aiohttp", kMod, kNet, "sends HTTP requests"},
    {"webbrowser", kMod, kNet, "opens a web browser (a process)"},
    {"antigravity", kMod, kNet, "opens a web browser when imported"},
    {"smtplib", kMod, kNet, "sends mail"},
    {"smtpd", kMod, kNet, "runs a mail server"},
    {"ftplib", kMod, kNet, "opens FTP connections"},
    {"poplib", kMod, kNet, "opens mail connections"},
    {"imaplib", kMod, kNet, "opens mail connections"},
    {"telnetlib", kMod, kNet, "opens telnet connections"},
    {"nntplib", kMod, kNet, "opens news connections"},
    {"xmlrpc", kMod, kNet, "remote procedure calls"},
    {"xmlrpclib", kMod, kNet, "remote procedure calls (Python 2)"},
    {"socketserver", kMod, kNet, "runs network servers"},
    {"SocketServer", kMod, kNet, "runs network servers (Python 2)"},
    {"asyncore", kMod, kNet, "network event loop"},
    {"asynchat", kMod, kNet, "network event loop"},
    {"select", kMod, kNet, "waits on sockets and files"},
    {"selectors", kMod, kNet, "waits on sockets and files"},
    {"wsgiref", kMod, kNet, "runs web servers"},
    {"paramiko", kMod, kNet, "opens SSH connections"},
    {"torch.distributed", kMod, kNet, "opens network connections between processes"},
    {"ctypes.util", kMod, kFfi, "finds native libraries (runs external commands)"},
    {"torch.cuda.nvtx", kMod, kFfi, "native profiler hooks"},
    {"torch._C._load", kEx, kFfi, "loads native code"},
    {"_multiprocessing", kMod, kOs, "process primitives"},
    {"_posixshmem", kMod, kFile, "shared memory files"},
    // --- FFI / raw memory ---
    {"ctypes", kMod, kFfi, "loads native libraries and writes raw memory"},
    {"_ctypes", kMod, kFfi, "loads native libraries and writes raw memory"},
    {"cffi", kMod, kFfi, "loads native libraries"},
    // --- process state ---
    {"sys", kMod, kProc, "sys exposes every loaded module (sys.modules) and exits"},
    {"builtins.exit", kEx, kProc, "exits the process"},
    {"builtins.quit", kEx, kProc, "exits the process"},
    {"signal", kMod, kProc, "installs signal handlers and sends signals"},
    {"_signal", kMod, kProc, "installs signal handlers and sends signals"},
    {"threading", kMod, kProc, "starts threads"},
    {"_thread", kMod, kProc, "starts threads"},
    {"thread", kMod, kProc, "starts threads (Python 2)"},
    {"atexit", kMod, kProc, "registers code to run at exit"},
    {"gc", kMod, kProc, "reaches every live object (gc.get_objects)"},
    {"faulthandler", kMod, kProc, "changes crash handling"},
    {"resource", kMod, kProc, "changes process limits"},
    {"torch.multiprocessing", kMod, kOs, "starts processes"},
    // --- scanner tampering ---
    {"fickling", kMod, kScan, "a pickle scanner: importing it can disable or fool checks"},
    {"picklescan", kMod, kScan, "a pickle scanner: importing it can disable or fool checks"},
    {"modelscan", kMod, kScan, "a model scanner: importing it can disable or fool checks"},
    {"modelaudit", kMod, kScan, "a model scanner: importing it can disable or fool checks"},
    {"model_unpickler", kMod, kScan, "a restricted unpickler: importing it can change checks"},
    {"saferpickle", kMod, kScan, "a restricted unpickler: importing it can change checks"},
};

// Module names that are never legitimate as a component of another module's path or of an
// attribute walk ("six.moves.builtins", "pathlib" + "os.system").
constexpr std::string_view kWalkModules[] = {
    "builtins",
    "__builtin__",
    "__builtins__",
    "os",
    "posix",
    "nt",
    "subprocess",
    "sys",
    "pty",
    "ctypes",
    "_ctypes",
    "pickle",
    "_pickle",
    "cPickle",
    "marshal",
    "runpy",
    "importlib",
    "shutil",
    "socket",
    "_posixsubprocess",
    "_imp",
    "_frozen_importlib",
    "_frozen_importlib_external",
    "timeit",
    "pkgutil",
    "pydoc",
};

constexpr DenyMatch kDunderMatch{Category::Reflection,
                                 "walks through a special attribute, which reaches interpreter "
                                 "internals (globals, builtins, subclasses)",
                                 "__dunder__"};

struct Tables
{
    std::unordered_map<std::string_view, const Rule *> exact;
    std::unordered_map<std::string_view, const Rule *> modules;

    Tables()
    {
        for (const Rule &r : kRules)
            (r.match == Match::Exact ? exact : modules).emplace(r.pattern, &r);
    }
};

const Tables &tables()
{
    static const Tables t;
    return t;
}

DenyMatch toMatch(const Rule &r)
{
    return DenyMatch{r.category, r.reason, r.pattern};
}

} // namespace

std::optional<DenyMatch> findDenied(std::string_view path)
{
    const Tables &t = tables();
    if (auto it = t.exact.find(path); it != t.exact.end())
        return toMatch(*it->second);
    // Shortest leading part first: "os" before "os.path".
    size_t from = 0;
    for (;;) {
        const size_t dot = path.find('.', from);
        const std::string_view prefix = path.substr(0, dot);
        if (auto it = t.modules.find(prefix); it != t.modules.end())
            return toMatch(*it->second);
        if (dot == std::string_view::npos)
            break;
        if (auto it = t.exact.find(prefix); it != t.exact.end())
            return toMatch(*it->second); // an attribute of a denied callable
        from = dot + 1;
    }
    return std::nullopt;
}

std::optional<DenyMatch> findDeniedComponent(std::string_view component, bool dunders)
{
    for (std::string_view m : kWalkModules) {
        if (component == m) {
            const Tables &t = tables();
            const std::string canonical = canonicalModule(component);
            if (auto it = t.modules.find(canonical); it != t.modules.end())
                return toMatch(*it->second);
            return DenyMatch{Category::Reflection,
                             "reaches a dangerous module through an attribute walk", m};
        }
    }
    if (dunders && component.size() > 4 && component.starts_with("__") && component.ends_with("__"))
        return kDunderMatch;
    return std::nullopt;
}

} // namespace ps::security
