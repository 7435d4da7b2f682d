// SPDX-License-Identifier: MIT
// `picklescope-cli tree FILE [--depth N] [--json]`: the object tree, one level at a time.
#include "cli/cli.h"
#include "cli/commands.h"

#include "path/path.h"
#include "present/children.h"
#include "present/json_emitter.h"
#include "present/python_type.h"
#include "present/summary.h"

#include <unordered_map>

namespace ps::cli {
namespace {

constexpr size_t kMaxChildren = 50; ///< children shown per node before "… N more"
constexpr size_t kSummaryWidth = 80;

std::string rootName(size_t index)
{
    return index == 0 ? "<root>" : "<root " + std::to_string(index + 1) + ">";
}

/// How a node already shown is referred to: its path, prefixed with the root when needed.
std::string referenceText(size_t root, const std::string &path)
{
    if (root == 0)
        return path.empty() ? "<root>" : path;
    return rootName(root) + path;
}

/// One node being expanded.
struct Frame
{
    NodeId node = kNoNode;
    std::string path;
    std::string prefix; ///< text drawn before the children's connectors
    std::vector<Child> kids;
    size_t next = 0;
    size_t total = 0;
    size_t depth = 0;
};

class TreeWriter
{
public:
    TreeWriter(const Document &doc, uint64_t maxDepth, std::ostream &out)
        : m_doc(doc)
        , m_maxDepth(maxDepth)
        , m_out(out)
    {}

    void writeText()
    {
        const auto &roots = m_doc.roots();
        for (size_t r = 0; r < roots.size(); ++r) {
            m_root = r;
            std::vector<Frame> stack;
            node(stack, roots[r], rootName(r), "", "", "", 0);
            while (!stack.empty()) {
                Frame &f = stack.back();
                if (f.next >= f.kids.size()) {
                    if (f.total > f.kids.size())
                        m_out << f.prefix << "└── … " << (f.total - f.kids.size()) << " more\n";
                    stack.pop_back();
                    continue;
                }
                const size_t i = f.next++;
                const bool last = i + 1 == f.kids.size() && f.total <= f.kids.size();
                const Child kid = f.kids[i];
                const std::string connector = f.prefix + (last ? "└── " : "├── ");
                const std::string childPrefix = f.prefix + (last ? "    " : "│   ");
                const std::string path = pathOf(f.path, kid.step);
                const size_t depth = f.depth + 1;
                node(stack, kid.node, kid.label, path, connector, childPrefix, depth);
            }
        }
    }

    void writeJson()
    {
        JsonEmitter json(true, 2, &m_out);
        const auto &roots = m_doc.roots();
        if (roots.size() != 1)
            json.beginArray();
        for (size_t r = 0; r < roots.size(); ++r) {
            m_root = r;
            std::vector<Frame> stack;
            jsonNode(json, stack, roots[r], rootName(r), "", 0);
            while (!stack.empty()) {
                Frame &f = stack.back();
                if (f.next >= f.kids.size()) {
                    json.end(); // children
                    if (f.total > f.kids.size()) {
                        json.field("more", static_cast<uint64_t>(f.total - f.kids.size()));
                    }
                    json.end(); // the node
                    stack.pop_back();
                    continue;
                }
                const Child kid = f.kids[f.next++];
                const std::string path = pathOf(f.path, kid.step);
                const size_t depth = f.depth + 1;
                jsonNode(json, stack, kid.node, kid.label, path, depth);
            }
        }
        if (roots.size() != 1)
            json.end();
        json.flush();
        m_out << '\n';
    }

private:
    /// Writes one line and, when the node is expanded, pushes its frame.
    void node(std::vector<Frame> &stack, NodeId id, const std::string &name,
              const std::string &path, const std::string &connector, const std::string &childPrefix,
              size_t depth)
    {
        const std::string type = shortType(m_doc, id);
        const size_t count = childCount(m_doc, id);
        if (count > 0) {
            const auto it = m_seen.find(id);
            if (it != m_seen.end()) {
                m_out << connector << name << ": " << type << " → see " << it->second << '\n';
                return;
            }
        }
        const std::string text = summary(m_doc, id, kSummaryWidth);
        m_out << connector << name << ": " << type;
        if (text != type)
            m_out << " = " << text;
        m_out << '\n';
        if (count == 0 || depth >= m_maxDepth)
            return;
        m_seen.emplace(id, referenceText(m_root, path));
        Frame f;
        f.node = id;
        f.path = path;
        f.prefix = childPrefix;
        f.kids = children(m_doc, id, 0, kMaxChildren);
        f.total = count;
        f.depth = depth;
        stack.push_back(std::move(f));
    }

    void jsonNode(JsonEmitter &json, std::vector<Frame> &stack, NodeId id, const std::string &name,
                  const std::string &path, size_t depth)
    {
        json.beginObject();
        json.field("name", name);
        json.field("path", path);
        if (depth == 0 && m_root > 0) {
            json.field("root", static_cast<uint64_t>(m_root + 1));
        }
        json.field("type", pythonType(m_doc, id));
        json.field("summary", summary(m_doc, id, kSummaryWidth));
        const size_t count = childCount(m_doc, id);
        if (count > 0) {
            json.field("child_count", static_cast<uint64_t>(count));
            const auto it = m_seen.find(id);
            if (it != m_seen.end()) {
                json.field("ref", it->second);
                json.end();
                return;
            }
        }
        if (count == 0 || depth >= m_maxDepth) {
            json.end();
            return;
        }
        m_seen.emplace(id, referenceText(m_root, path));
        json.key("children");
        json.beginArray();
        Frame f;
        f.node = id;
        f.path = path;
        f.kids = children(m_doc, id, 0, kMaxChildren);
        f.total = count;
        f.depth = depth;
        stack.push_back(std::move(f));
    }

    const Document &m_doc;
    uint64_t m_maxDepth;
    std::ostream &m_out;
    size_t m_root = 0;
    std::unordered_map<NodeId, std::string> m_seen;
};

} // namespace

int runTree(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)
{
    ParsedArgs parsed;
    std::string problem;
    uint64_t depth = 4;
    if (!parseArgs(args, {"--json"}, {"--depth"}, parsed, problem) || parsed.positional.size() != 1
        || (parsed.values.count("--depth")
            && !parseCount(parsed.values["--depth"], "--depth", depth, problem))) {
        err << "picklescope-cli tree: " << (problem.empty() ? "expected exactly one FILE" : problem)
            << "\nUsage: picklescope-cli tree FILE [--depth N] [--json]\n";
        return ExitError;
    }
    const auto doc = openForCommand(parsed.positional[0], Need::Partial, err);
    if (!doc)
        return ExitError;
    TreeWriter writer(*doc, depth, out);
    if (parsed.has("--json"))
        writer.writeJson();
    else
        writer.writeText();
    return finishWith(*doc, out, err);
}

} // namespace ps::cli
