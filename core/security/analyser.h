// SPDX-License-Identifier: MIT
// The security analysis's working state: one Analyser per analysed document, its members
// defined by topic in analysis.cpp (the run and the report), analysis_reach.cpp (uses and
// what chains of calls reach), analysis_findings.cpp (findings of each node),
// analysis_paths.cpp (tree paths of findings) and analysis_entries.cpp (ZIP entries and TAR
// members scanned as pickles of their own). Internal to the security stage.
#pragma once

#include "document/document.h"
#include "graph/graph.h"
#include "security/analysis.h"
#include "security/classification.h"
#include "source/zip_reader.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ps::security::detail {

/// How a node is used by the nodes that refer to it.
enum UseFlag : uint8_t {
    UseInvoke = 1, ///< called: REDUCE callable, INST / OBJ class
    UseNew = 2,    ///< instantiated without __init__: NEWOBJ / NEWOBJ_EX class
    UseOther = 4,  ///< a value: an item, an argument, a state, a root, a mutation target
};

enum class UseKind : uint8_t { Invoke, New, Reference };

/// What a chain of getattr / __import__ / resolve_name calls reaches, statically.
struct Reach
{
    std::string module;
    std::string qualname; ///< may be empty: the module object itself
    std::string via;      ///< the resolver that was followed ("builtins.getattr")

    std::string full() const { return qualname.empty() ? module : module + "." + qualname; }
};

/// A Dangerous classification of category `c`.
Classification dangerous(Category c, std::string reason);

class Analyser
{
public:
    Analyser(const Document &doc, const ScanOptions &options, SecurityReport &report, int depth)
        : m_doc(doc)
        , m_g(doc.graph())
        , m_opt(options)
        , m_rep(report)
        , m_depth(depth)
    {}

    void run();

    /// Thrown by checkCancel(); analyse() turns it into a cancelled report.
    struct Cancelled
    {
    };

private:
    void checkCancel() const
    {
        if (m_opt.cancel && m_opt.cancel->load(std::memory_order_relaxed))
            throw Cancelled{};
    }

    const Document &m_doc;
    const Graph &m_g;
    const ScanOptions &m_opt;
    SecurityReport &m_rep;
    int m_depth;
    std::vector<uint8_t> m_use;
    /// Per Call / Instance node: its call's severity + 1 (0 = not a call).
    std::vector<uint8_t> m_callSeverity;
    std::unordered_map<std::string, size_t> m_summaryIndex;

    bool valid(NodeId id) const { return id != kNoNode && id < m_g.size(); }

    std::optional<std::string> literalText(NodeId id) const;

    OptionalItems tupleItems(NodeId id) const;

    std::string canonicalGlobal(NodeId id) const;

    bool isComputed(NodeId id) const { return (m_g.node(id).flags & FlagComputed) != 0; }

    // --- uses -----------------------------------------------------------------------------

    void mark(NodeId id, uint8_t flag);

    void computeUses();

    // --- findings and summaries -----------------------------------------------------------

    void countSeverity(Severity s);

    /// Records a finding at `node` (its stream and range); returns it or nullptr when it is
    /// not kept (a Safe one without listSafe, or beyond the cap).
    Finding *add(FindingKind kind, NodeId node, const Classification &c, std::string global,
                 std::string expression);

    /// The summary row of a global node's name.
    GlobalSummary &summary(NodeId globalNode);

    void noteUse(NodeId globalNode, const Classification &c);

    // --- classification -------------------------------------------------------------------

    /// A global used as `use`: the lists, then the rules for dotted names.
    Classification classifyGlobalUse(NodeId id, UseKind use) const;

    /// Follows getattr / __import__ / resolve_name / attrgetter / _ufunc_reconstruct calls with
    /// literal operands back to a global: what the value at `start` is, statically.
    std::optional<Reach> reachOf(NodeId start) const;

    /// getattr(X, 'name') itself: dangerous only when what it reaches is.
    Classification classifyGetattr(NodeId call, const std::optional<Reach> &reach) const;

    /// A call of something a resolver reached (getattr(os, 'system')('id')).
    Classification classifyReachedCall(const Reach &reach, UseKind use) const;

    // --- node handlers --------------------------------------------------------------------

    void globalNode(NodeId id);

    void callNode(NodeId id);

    /// An allowed function that calls one of its arguments: the call is judged by what it is
    /// given (copyreg._reconstructor(cls, base, state), torch's _rebuild_from_type_v2(func, …),
    /// numpy's RNG constructors taking a ctor, pandas' pipe(obj, func) …).
    void judgeLaunderer(NodeId call, const std::string &name, Classification &c,
                        std::string &global, std::string &via) const;

    void persistentId(NodeId id);

    void extension(NodeId id);

    std::string shortExpression(NodeId id) const;

    std::string buildExpression(const std::string &target, NodeId state) const;

    void mutations();

    /// Mutations of objects built by calls (BUILD / APPEND / SETITEM on the result of a REDUCE,
    /// INST or OBJ), and BUILD states that set special attributes.
    void objectMutations();

    std::string mutationExpression(NodeId id, const ObjectData &obj) const;

    /// A BUILD state that sets __setstate__, __reduce_ex__, __class__ … on the object: a later
    /// BUILD calls the value (or the object changes type). Honest pickles never do this.
    void stateTricks(NodeId id, const ObjectData &obj, size_t index);

    /// Structure violations the reader read on (frames): suspicious, honest picklers never
    /// write them, and parsers that follow the frames read the file differently.
    void readAnomalies();

    /// joblib.load steps over the array bytes after a NumpyArrayWrapper; pickle.load (and any
    /// loader that is not joblib's) runs them as opcodes. The same bytes read that way, and
    /// every finding the joblib reading did not have.
    void joblibAsPickle();

    // --- tree paths -----------------------------------------------------------------------

    enum How : uint8_t {
        Unvisited,
        Root,
        Child, ///< index into children(parent)
        RawCallable,
        RawArgs,
        RawKwargs,
        RawState,   ///< index = BUILD state number
        RawItem,    ///< tuple / list / set item
        RawDictKey, ///< index = entry number
        RawDictValue,
        RawInside, ///< APPEND / SETITEM items of an object, STACK_GLOBAL operands: no step
    };

    struct Link
    {
        NodeId parent = kNoNode;
        uint32_t index = 0;
        How how = Unvisited;
    };

    /// One breadth-first search from the roots over the browsing tree (children()) and the raw
    /// pickle structure (callable, arguments, states), then a path for every located finding.
    void locate();

    std::string pathOf(const std::vector<Link> &links, NodeId node, uint32_t &root,
                       bool &toHolder) const;

    // --- other ZIP entries ------------------------------------------------------------------

    static bool sniffPickle(std::span<const uint8_t> data, bool storage);

    static std::string anomalyText(uint32_t a);

    void containerFinding(const std::string &name, uint64_t offset, Classification c);

    void containerFinding(const ZipEntry &e, Classification c);

    void archiveEntries();

    bool readByDocument(const std::string &entry) const;
    void scanEntry(std::span<const uint8_t> file, const ZipEntry &e, bool storage,
                   bool duplicateOfPrimary);

    /// Legacy PyTorch TAR checkpoints (torch <= 0.1.x; torch.load still tries tarfile first):
    /// members "sys_info", "pickle", "storages", "tensors" hold pickles, some followed by raw
    /// storage bytes. Every member that looks like a pickle is scanned.
    void tarMembers();

    /// Scans bytes held inside the file (a ZIP entry, a TAR member) as pickles of their own and
    /// merges what it finds.
    void scanMember(const std::string &kind, const std::string &name, std::span<const uint8_t> data,
                    std::optional<uint64_t> fileOffset, const std::string &where);
};

} // namespace ps::security::detail
