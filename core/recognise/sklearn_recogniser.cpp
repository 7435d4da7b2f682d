// SPDX-License-Identifier: MIT
// scikit-learn estimators, sklearn.tree._tree.Tree, and generic objects with a dict state.
#include "recognise/sklearn_recogniser.h"

#include "graph/node_util.h"
#include "recognise/numpy_recogniser.h"

#include <unordered_map>

namespace ps {

namespace {

Member attribute(std::string name, NodeId value)
{
    Member m;
    m.style = MemberStyle::Attribute;
    m.name = std::move(name);
    m.value = value;
    return m;
}

/// A 1-d view of one field of a 1-d structured array, limited to `length` records.
std::shared_ptr<NdArray> fieldView(const NdArray &records, const DType::Field &field,
                                   uint64_t length)
{
    if (records.ndim() != 1 || !field.type || field.type->hasObject())
        return nullptr;
    auto view = std::make_shared<NdArray>();
    view->dtype = field.type;
    view->shape = {std::min(length, records.shape[0])};
    view->strides = {records.strides[0]};
    uint64_t offset = 0;
    if (__builtin_add_overflow(records.offset, field.offset, &offset))
        return nullptr;
    view->offset = offset;
    view->data = records.data;
    view->form = NdArray::Form::Derived;
    view->dataFileOffset = records.dataFileOffset;
    if (!NdArray::fitsIn(view->shape, view->strides, view->offset, field.type->itemSize,
                         view->data.size()))
        return nullptr;
    return view;
}

} // namespace

void addDictAttributes(const Graph &g, NodeId dict, Interpretation &out, std::string_view skipKey)
{
    if (dict >= g.size() || g.kind(dict) != Kind::Dict)
        return;
    std::unordered_map<std::string_view, size_t> index;
    for (size_t i = 0; i < out.members.size(); ++i) {
        if (out.members[i].style == MemberStyle::Attribute)
            index.emplace(out.members[i].name, i);
    }
    const auto &items = g.items(dict);
    std::vector<Member> added;
    for (size_t i = 0; i + 1 < items.size(); i += 2) {
        const auto name = nodes::stringValue(g, items[i]);
        if (!name || (!skipKey.empty() && *name == skipKey))
            continue;
        // A later assignment to the same key replaces the earlier one (dict semantics).
        const auto it = index.find(*name);
        if (it != index.end()) {
            if (it->second < out.members.size())
                out.members[it->second].value = items[i + 1];
            else
                added[it->second - out.members.size()].value = items[i + 1];
            continue;
        }
        index.emplace(*name, out.members.size() + added.size());
        added.push_back(attribute(std::string(*name), items[i + 1]));
    }
    for (Member &m : added)
        out.members.push_back(std::move(m));
}

bool recogniseSkTree(RecogniseContext &ctx, NodeId id, const std::string &cls, Interpretation &out)
{
    if (cls != "sklearn.tree._tree.Tree")
        return false;
    Graph &g = ctx.graph();
    const std::vector<NodeId> args = nodes::constructorArgs(g, id);
    const NodeId state = nodes::dictState(g, id);
    if (args.size() != 3 || state == kNoNode)
        return false;
    const NodeId nodesNode = nodes::dictGet(g, state, "nodes");
    const NodeId valuesNode = nodes::dictGet(g, state, "values");
    const NodeId nodeCountNode = nodes::dictGet(g, state, "node_count");
    const NodeId maxDepthNode = nodes::dictGet(g, state, "max_depth");
    const auto nodeCount = nodes::intValue(g, nodeCountNode);
    if (nodesNode == kNoNode || !nodeCount || *nodeCount < 0)
        return false;
    const auto records = ctx.array(nodesNode);
    if (!records || !records->dtype || !records->dtype->isStructured() || records->ndim() != 1)
        return false;

    out.what = Recognised::SkTree;
    out.pythonType = "sklearn.tree._tree.Tree";
    out.members.push_back(attribute("node_count", nodeCountNode));
    out.members.push_back(
        attribute("capacity", ctx.addInt(static_cast<int64_t>(records->shape[0]), nodesNode)));
    if (maxDepthNode != kNoNode)
        out.members.push_back(attribute("max_depth", maxDepthNode));
    out.members.push_back(attribute("n_features", args[0]));
    out.members.push_back(attribute("n_outputs", args[2]));
    out.members.push_back(attribute("n_classes", args[1]));

    static const struct
    {
        const char *property;
        const char *field;
    } kFields[] = {
        {"children_left", "left_child"},
        {"children_right", "right_child"},
        {"feature", "feature"},
        {"threshold", "threshold"},
        {"impurity", "impurity"},
        {"n_node_samples", "n_node_samples"},
        {"weighted_n_node_samples", "weighted_n_node_samples"},
        {"missing_go_to_left", "missing_go_to_left"},
    };
    const DType &rec = *records->dtype;
    for (const auto &f : kFields) {
        for (const auto &field : rec.fields) {
            if (field.name != f.field)
                continue;
            auto view = fieldView(*records, field, static_cast<uint64_t>(*nodeCount));
            if (!view)
                return false;
            const NodeId viewNode
                = ctx.addSynthetic(arrayInterpretation(std::move(view)), nodesNode);
            out.members.push_back(attribute(f.property, viewNode));
            break;
        }
    }
    if (valuesNode != kNoNode)
        out.members.push_back(attribute("value", valuesNode));
    return true;
}

bool recogniseEstimator(RecogniseContext &ctx, NodeId id, const std::string &cls,
                        Interpretation &out)
{
    if (cls.compare(0, 8, "sklearn.") != 0)
        return false;
    const Graph &g = ctx.graph();
    const NodeId state = g.lastState(id);
    if (state == kNoNode || g.kind(state) != Kind::Dict)
        return false;
    out.what = Recognised::Estimator;
    out.pythonType = cls;
    if (const NodeId v = nodes::dictGet(g, state, "_sklearn_version"); v != kNoNode) {
        if (const auto text = nodes::stringValue(g, v))
            out.version = std::string(*text);
    }
    addDictAttributes(g, state, out, "_sklearn_version");
    return true;
}

namespace {

/// The Python type an object built by a factory function gets (the REDUCE callable is a
/// function, not the class): numpy.random constructors, Cython `__pyx_unpickle_<Class>(cls,
/// checksum, state)`, sklearn's `newObj(cls)`.
std::string objectType(const Graph &g, NodeId id, const std::string &cls)
{
    if (cls == "numpy.random._pickle.__randomstate_ctor")
        return "numpy.random.mtrand.RandomState";
    if (cls == "numpy.random._pickle.__generator_ctor")
        return "numpy.random._generator.Generator";
    const size_t dot = cls.rfind('.');
    const std::string last = dot == std::string::npos ? cls : cls.substr(dot + 1);
    if (last.compare(0, 15, "__pyx_unpickle_") == 0 || last == "newObj") {
        const auto args = nodes::constructorArgs(g, id);
        if (!args.empty() && g.kind(args[0]) == Kind::Global)
            return nodes::globalName(g, args[0]);
    }
    return cls;
}

} // namespace

bool recogniseGenericObject(RecogniseContext &ctx, NodeId id, const std::string &clsName,
                            Interpretation &out)
{
    const Graph &g = ctx.graph();
    if (clsName.empty())
        return false;
    const std::string cls = objectType(g, id, clsName);
    const NodeId state = g.lastState(id);
    if (state == kNoNode)
        return false;
    if (g.kind(state) == Kind::Dict) {
        out.what = Recognised::Object;
        out.pythonType = cls;
        addDictAttributes(g, state, out);
        return true;
    }
    // BUILD's (dict_state, slot_state) pair: both update attributes.
    const auto pair = nodes::tupleItems(g, state);
    if (!pair || pair->size() != 2)
        return false;
    const NodeId dictPart = (*pair)[0];
    const NodeId slotPart = (*pair)[1];
    const bool dictOk = nodes::isNone(g, dictPart) || g.kind(dictPart) == Kind::Dict;
    const bool slotOk = nodes::isNone(g, slotPart) || g.kind(slotPart) == Kind::Dict;
    if (!dictOk || !slotOk)
        return false;
    out.what = Recognised::Object;
    out.pythonType = cls;
    addDictAttributes(g, dictPart, out);
    addDictAttributes(g, slotPart, out);
    return true;
}

} // namespace ps
