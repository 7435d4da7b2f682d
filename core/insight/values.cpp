// SPDX-License-Identifier: MIT
#include "insight/values.h"

#include "document/document.h"
#include "document/interpretation.h"
#include "graph/node_util.h"
#include "path/path.h"
#include "present/children.h"
#include "present/python_type.h"
#include "present/summary.h"
#include "util/pyrepr.h"

#include <array>

namespace ps::insight::detail {

namespace {

/// Module parts of scikit-learn helpers that are pickled like estimators but are not ones
/// (losses, splitters, scorers, optimisers, Cython helpers) in files without _sklearn_version.
constexpr std::array<std::string_view, 12> kHelperModules = {
    "._loss",        "_gb_losses",        "_sgd_fast", "._split",  "_scorer",    "._tree",
    "_dist_metrics", "_stochastic_optim", "predictor", "_kd_tree", "_ball_tree", "._bunch",
};

bool isNumericKind(const DType &dtype)
{
    return !dtype.isStructured() && !dtype.isSubArray()
           && (dtype.kind == 'b' || dtype.kind == 'i' || dtype.kind == 'u' || dtype.kind == 'f');
}

std::optional<double> numberAt(const NdArray &array, uint64_t index)
{
    if (auto v = array.floatAt(index))
        return v;
    const ScalarValue s = arrayElement(array, index);
    switch (s.type) {
    case ScalarValue::Type::Bool:
        return s.boolean ? 1.0 : 0.0;
    case ScalarValue::Type::Int:
        return static_cast<double>(s.i);
    case ScalarValue::Type::UInt:
        return static_cast<double>(s.u);
    case ScalarValue::Type::Float:
        return s.f;
    default:
        return std::nullopt;
    }
}

/// str() of one decoded array element (non-object).
std::optional<std::string> scalarStr(const ScalarValue &v)
{
    switch (v.type) {
    case ScalarValue::Type::Bool:
        return reprBool(v.boolean);
    case ScalarValue::Type::Int:
        return reprInt(v.i);
    case ScalarValue::Type::UInt:
        return std::to_string(v.u);
    case ScalarValue::Type::Float:
        return reprFloat(v.f);
    case ScalarValue::Type::Str:
        return v.text;
    default:
        return std::nullopt;
    }
}

/// A 1-d array (or a list/tuple) walked element by element.
template<typename Fn>
bool forEachElement(const Document &document, NodeId id, Fn &&fn)
{
    id = followAlias(document, id);
    if (auto array = arrayOfNode(document, id)) {
        if (array->ndim() != 1 || !array->dtype)
            return false;
        for (uint64_t i = 0; i < array->shape[0]; ++i) {
            if (!fn(&*array, i, kNoNode))
                return false;
        }
        return true;
    }
    const auto items = itemsOf(document, id);
    if (!items)
        return false;
    for (const NodeId item : *items) {
        if (!fn(nullptr, 0, item))
            return false;
    }
    return true;
}

} // namespace

const Interpretation *interpretationAs(const Document &document, NodeId id, Recognised what)
{
    id = followAlias(document, id);
    if (id == kNoNode || id >= document.graph().size())
        return nullptr;
    const Interpretation *in = document.interpretation(id);
    return in && in->what == what ? in : nullptr;
}

NodeId member(const Interpretation &interpretation, std::string_view name)
{
    for (const Member &m : interpretation.members) {
        if (m.style == MemberStyle::Attribute && m.name == name)
            return m.value;
    }
    return kNoNode;
}

const Interpretation *estimatorInterpretation(const Document &document, NodeId id)
{
    return interpretationAs(document, id, Recognised::Estimator);
}

bool isEstimator(const Document &document, NodeId id)
{
    const Interpretation *in = estimatorInterpretation(document, id);
    if (!in)
        return false;
    if (!in->version.empty())
        return true;
    const std::string name = shortName(in->pythonType);
    if (name.empty() || name[0] == '_')
        return false;
    for (const std::string_view part : kHelperModules) {
        if (in->pythonType.find(part) != std::string::npos)
            return false;
    }
    return name.find("Loss") == std::string::npos && name.find("Deviance") == std::string::npos;
}

NodeId attribute(const Document &document, NodeId estimator, std::string_view name)
{
    const Interpretation *in = estimatorInterpretation(document, estimator);
    return in ? member(*in, name) : kNoNode;
}

std::string shortName(std::string_view pythonType)
{
    const size_t dot = pythonType.rfind('.');
    return std::string(dot == std::string_view::npos ? pythonType : pythonType.substr(dot + 1));
}

std::string estimatorClass(const Document &document, NodeId id)
{
    const Interpretation *in = estimatorInterpretation(document, id);
    return in ? shortName(in->pythonType) : std::string();
}

std::optional<int64_t> intOf(const Document &document, NodeId id)
{
    id = followAlias(document, id);
    if (id == kNoNode || id >= document.graph().size())
        return std::nullopt;
    if (auto v = nodes::intValue(document.graph(), id))
        return v;
    const auto array = arrayOfNode(document, id);
    if (!array || array->count() != 1 || !array->dtype || array->dtype->kind == 'f')
        return std::nullopt;
    return array->intAt(0);
}

bool isString(const Document &document, NodeId id, std::string_view text)
{
    id = followAlias(document, id);
    if (id == kNoNode || id >= document.graph().size())
        return false;
    const auto value = nodes::stringValue(document.graph(), id);
    return value && *value == text;
}

std::shared_ptr<const NdArray> numericArray(const Document &document, NodeId id)
{
    auto array = arrayOfNode(document, id);
    if (!array || !array->dtype || !isNumericKind(*array->dtype))
        return nullptr;
    return array;
}

std::optional<Numbers> numbersOf(const Document &document, NodeId id, uint64_t maxValues)
{
    id = followAlias(document, id);
    if (id == kNoNode || id >= document.graph().size())
        return std::nullopt;
    Numbers out;
    if (const auto array = numericArray(document, id)) {
        const uint64_t count = array->count();
        if (count == UINT64_MAX)
            return std::nullopt;
        out.shape = array->shape;
        if (count > maxValues) {
            out.omitted = true;
            return out;
        }
        out.values.reserve(count);
        for (uint64_t i = 0; i < count; ++i) {
            const auto v = numberAt(*array, i);
            if (!v) {
                out.values.clear();
                out.omitted = true;
                return out;
            }
            out.values.push_back(*v);
        }
        return out;
    }
    const Graph &g = document.graph();
    const Kind kind = g.kind(id);
    if (kind != Kind::Int && kind != Kind::Bool && kind != Kind::Float)
        return std::nullopt;
    if (const auto v = nodes::floatValue(g, id)) {
        out.values.push_back(*v);
        return out;
    }
    return std::nullopt;
}

std::optional<std::vector<NodeId>> itemsOf(const Document &document, NodeId id)
{
    id = followAlias(document, id);
    if (id == kNoNode || id >= document.graph().size())
        return std::nullopt;
    const Graph &g = document.graph();
    if (const auto items = nodes::sequenceItems(g, id))
        return std::vector<NodeId>(items->begin(), items->end());
    const auto array = arrayOfNode(document, id);
    if (array && array->dtype && array->dtype->hasObject() && array->ndim() == 1
        && array->objects.size() == array->shape[0])
        return array->objects;
    return std::nullopt;
}

std::optional<std::string> strOf(const Document &document, NodeId id)
{
    id = followAlias(document, id);
    if (id == kNoNode || id >= document.graph().size())
        return std::nullopt;
    const Graph &g = document.graph();
    switch (g.kind(id)) {
    case Kind::None:
        return std::string("None");
    case Kind::Str:
    case Kind::Py2String:
        return std::string(*nodes::stringValue(g, id));
    case Kind::Bool:
        return reprBool(g.node(id).v.i != 0);
    case Kind::Int:
        return reprInt(g.node(id).v.i);
    case Kind::Float:
        return reprFloat(g.node(id).v.f);
    default:
        break;
    }
    const auto array = arrayOfNode(document, id);
    if (!array || array->count() != 1 || !array->dtype || array->dtype->hasObject())
        return std::nullopt;
    return scalarStr(arrayElement(*array, 0));
}

std::optional<std::vector<std::string>> stringsOf(const Document &document, NodeId id)
{
    std::vector<std::string> out;
    const bool ok = forEachElement(document, id, [&](const NdArray *array, uint64_t i, NodeId n) {
        std::optional<std::string> s;
        if (array) {
            const ScalarValue v = arrayElement(*array, i);
            s = v.type == ScalarValue::Type::Object ? strOf(document, v.object) : scalarStr(v);
        } else {
            s = strOf(document, n);
        }
        if (!s)
            return false;
        out.push_back(std::move(*s));
        return true;
    });
    if (!ok)
        return std::nullopt;
    return out;
}

std::optional<std::vector<std::string>> reprsOf(const Document &document, NodeId id)
{
    std::vector<std::string> out;
    const bool ok = forEachElement(document, id, [&](const NdArray *array, uint64_t i, NodeId n) {
        if (array) {
            const ScalarValue v = arrayElement(*array, i);
            out.push_back(v.type == ScalarValue::Type::Object
                              ? pythonRepr(document, v.object)
                              : scalarRepr(document, *array, i, SIZE_MAX));
        } else {
            out.push_back(pythonRepr(document, n));
        }
        return true;
    });
    if (!ok)
        return std::nullopt;
    return out;
}

std::optional<std::vector<std::pair<NodeId, NodeId>>> dictItemsOf(const Document &document,
                                                                  NodeId id)
{
    id = followAlias(document, id);
    if (id == kNoNode || id >= document.graph().size())
        return std::nullopt;
    const Graph &g = document.graph();
    std::vector<std::pair<NodeId, NodeId>> out;
    if (g.kind(id) == Kind::Dict) {
        const auto &flat = g.items(id);
        for (const DictEntry &e : dictEntries(document, flat))
            out.emplace_back(flat[e.keyIndex], flat[e.valueIndex]);
        return out;
    }
    const Interpretation *in = document.interpretation(id);
    if (!in
        || (in->what != Recognised::OrderedDict && in->what != Recognised::DefaultDict
            && in->what != Recognised::Counter))
        return std::nullopt;
    for (const Member &m : in->members) {
        if (m.style == MemberStyle::Key)
            out.emplace_back(m.key, m.value);
    }
    return out;
}

std::vector<std::string> generatedNames(uint64_t count)
{
    std::vector<std::string> out;
    if (count > kMaxFeatureNames)
        return out;
    out.reserve(count);
    for (uint64_t i = 0; i < count; ++i)
        out.push_back("x" + std::to_string(i));
    return out;
}

} // namespace ps::insight::detail
