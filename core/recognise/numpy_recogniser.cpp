// SPDX-License-Identifier: MIT
// numpy arrays, scalars, dtypes and joblib NumpyArrayWrapper payloads (FORMAT.md §2, §3.2).
#include "recognise/numpy_recogniser.h"

#include "document/document.h"
#include "graph/node_util.h"

namespace ps {

namespace {

/// The pickled is_fortran / order flag: a Bool or an Int.
std::optional<bool> flagValue(const Graph &g, NodeId id)
{
    const auto v = nodes::intValue(g, id);
    if (!v)
        return std::nullopt;
    return *v != 0;
}

std::string subclassName(const Graph &g, NodeId cls)
{
    if (cls >= g.size() || g.kind(cls) != Kind::Global)
        return "numpy.ndarray";
    std::string name = nodes::globalName(g, cls);
    if (name == "numpy.matrixlib.defmatrix.matrix" || name == "numpy.matrixlib.matrix")
        return "numpy.matrix";
    return name;
}

/// _reconstruct(cls, (0,), b'b') + BUILD((version,) shape, dtype, is_fortran, rawdata).
bool recogniseReconstruct(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    Graph &g = ctx.graph();
    if (g.kind(id) != Kind::Call)
        return false;
    const ObjectData &o = g.object(id);
    const auto argsPtr = nodes::tupleItems(g, o.args);
    if (!argsPtr || argsPtr->empty())
        return false;
    const std::string subclass = subclassName(g, (*argsPtr)[0]);
    const NodeId stateNode = g.lastState(id);
    const auto statePtr = nodes::tupleItems(g, stateNode);
    if (!statePtr)
        return false;
    const std::span<const NodeId> state = *statePtr; // copied: lookups below may add nodes
    size_t base = 0;
    if (state.size() == 5) {
        const auto version = nodes::intValue(g, state[0]);
        if (!version || *version != 1)
            return false;
        base = 1;
    } else if (state.size() != 4) {
        return false;
    }
    auto shape = nodes::shapeValue(g, state[base]);
    const auto fortran = flagValue(g, state[base + 2]);
    if (!shape || !fortran)
        return false;
    auto dtype = ctx.dtype(state[base + 1]);
    if (!dtype)
        return false;
    auto array = arrayFromState(ctx, dtype, std::move(*shape), *fortran, state[base + 3]);
    if (!array)
        return false;
    array->subclass = subclass;
    array->form = NdArray::Form::Reconstruct;
    array->swapsOnLoad = true;
    out = arrayInterpretation(std::move(array));
    return true;
}

/// numpy.ma: _mareconstruct(cls, baseclass, (0,), 'b') + BUILD (1, shape, dtype, is_fortran,
/// rawdata, mask_bytes, fill_value). The array is the data; `.mask` is a member.
bool recogniseMaskedArray(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    Graph &g = ctx.graph();
    if (g.kind(id) != Kind::Call)
        return false;
    const auto argsPtr = nodes::tupleItems(g, g.object(id).args);
    const auto statePtr = nodes::tupleItems(g, g.lastState(id));
    if (!argsPtr || argsPtr->empty() || !statePtr || statePtr->size() != 7)
        return false;
    const NodeId clsNode = (*argsPtr)[0];
    const std::span<const NodeId> state = *statePtr;
    const auto version = nodes::intValue(g, state[0]);
    auto shape = nodes::shapeValue(g, state[1]);
    const auto fortran = flagValue(g, state[3]);
    auto dtype = ctx.dtype(state[2]);
    if (!version || *version != 1 || !shape || !fortran || !dtype)
        return false;
    auto array = arrayFromState(ctx, dtype, *shape, *fortran, state[4]);
    if (!array)
        return false;
    array->subclass = subclassName(g, clsNode);
    array->form = NdArray::Form::Reconstruct;
    array->swapsOnLoad = true;
    out = arrayInterpretation(std::move(array));
    // The mask: one bool per element, same order as the data.
    if (const auto maskBytes = ctx.bytes(state[5])) {
        if (auto mask = arrayOverBytes(DType::fromTypeStr("|b1"), *shape, *fortran, *maskBytes)) {
            mask->form = NdArray::Form::Derived;
            Member m;
            m.style = MemberStyle::Attribute;
            m.name = "mask";
            m.value = ctx.addSynthetic(arrayInterpretation(std::move(mask)), state[5]);
            out.members.push_back(m);
        }
    }
    return true;
}

/// _frombuffer(buf, dtype, shape, order[, axis_order]) (protocol 5).
bool recogniseFromBuffer(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    Graph &g = ctx.graph();
    if (g.kind(id) != Kind::Call)
        return false;
    const auto argsPtr = nodes::tupleItems(g, g.object(id).args);
    if (!argsPtr || argsPtr->size() < 4 || argsPtr->size() > 5)
        return false;
    const std::span<const NodeId> args = *argsPtr;
    const NodeId buf = args[0];
    const Kind bk = g.kind(buf);
    if (bk != Kind::ByteArray && bk != Kind::Bytes && bk != Kind::Py2String)
        return false; // out-of-band buffers (Kind::Buffer) carry no bytes here
    auto dtype = ctx.dtype(args[1]);
    auto shape = nodes::shapeValue(g, args[2]);
    const auto order = nodes::stringValue(g, args[3]);
    if (!dtype || !shape || !order || dtype->hasObject() || dtype->itemSize == 0)
        return false;
    const auto data = g.bytes(buf);
    std::shared_ptr<NdArray> array;
    if (*order == "C" || *order == "F") {
        if (args.size() != 4)
            return false;
        array = arrayOverBytes(dtype, std::move(*shape), *order == "F", data);
    } else if (*order == "K") {
        // numpy >= 2.3: buffer holds C-ordered data of `shape`; result = transpose(axis_order).
        if (args.size() != 5)
            return false;
        const auto axes = nodes::shapeValue(g, args[4]);
        if (!axes || axes->size() != shape->size())
            return false;
        auto permuted = arrayOverBytes(dtype, *shape, false, data);
        if (!permuted)
            return false;
        std::vector<bool> used(axes->size(), false);
        std::vector<uint64_t> newShape(axes->size());
        std::vector<int64_t> newStrides(axes->size());
        for (size_t i = 0; i < axes->size(); ++i) {
            const uint64_t a = (*axes)[i];
            if (a >= axes->size() || used[a])
                return false;
            used[a] = true;
            newShape[i] = permuted->shape[a];
            newStrides[i] = permuted->strides[a];
        }
        permuted->shape = std::move(newShape);
        permuted->strides = std::move(newStrides);
        array = std::move(permuted);
    } else {
        return false;
    }
    if (!array)
        return false;
    array->form = NdArray::Form::FromBuffer;
    array->dataFileOffset = ctx.bufferOffsetOf(data);
    out = arrayInterpretation(std::move(array));
    return true;
}

/// scalar(dtype, bytes) or scalar(dtype('O'), obj).
bool recogniseScalar(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    Graph &g = ctx.graph();
    if (g.kind(id) != Kind::Call)
        return false;
    const auto argsPtr = nodes::tupleItems(g, g.object(id).args);
    if (!argsPtr || argsPtr->empty() || argsPtr->size() > 2)
        return false;
    const std::span<const NodeId> args = *argsPtr;
    auto dtype = ctx.dtype(args[0]);
    if (!dtype)
        return false;
    auto array = std::make_shared<NdArray>();
    array->dtype = dtype;
    array->form = NdArray::Form::Reconstruct;
    if (dtype->hasObject()) {
        if (args.size() != 2)
            return false;
        if (dtype->kind == 'O') {
            array->objects.push_back(args[1]);
        } else if (auto inner = ctx.array(args[1]); inner && inner->objects.size() == 1) {
            array->objects = inner->objects; // structured scalar holding objects: 0-d array
        } else {
            return false;
        }
    } else {
        std::span<const uint8_t> data;
        if (args.size() == 2) {
            const auto b = ctx.bytes(args[1]);
            if (!b || b->size() < dtype->itemSize)
                return false;
            data = b->first(dtype->itemSize);
        } else if (dtype->itemSize != 0) {
            return false;
        }
        array->data = data;
        array->dataFileOffset = ctx.bufferOffsetOf(data);
    }
    array->subclass = numpyScalarTypeName(*dtype);
    array->swapsOnLoad = true;
    out.what = Recognised::NumpyScalar;
    out.pythonType = array->subclass;
    out.dtype = dtype;
    out.array = std::move(array);
    return true;
}

bool recogniseDTypeValue(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    auto dtype = ctx.dtype(id);
    if (!dtype)
        return false;
    out.what = Recognised::DType;
    out.pythonType = "numpy.dtype[" + numpyScalarTypeName(*dtype).substr(6) + "]";
    out.dtype = std::move(dtype);
    return true;
}

/// joblib NumpyArrayWrapper: its BUILD state describes the payload the unpickler located.
bool recogniseJoblibWrapper(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    Graph &g = ctx.graph();
    const NodeId state = nodes::dictState(g, id);
    if (state == kNoNode)
        return false;
    const NodeId subclassNode = nodes::dictGet(g, state, "subclass");
    const NodeId shapeNode = nodes::dictGet(g, state, "shape");
    const NodeId orderNode = nodes::dictGet(g, state, "order");
    const NodeId dtypeNode = nodes::dictGet(g, state, "dtype");
    auto shape = nodes::shapeValue(g, shapeNode);
    const auto order = nodes::stringValue(g, orderNode);
    auto dtype = ctx.dtype(dtypeNode);
    const auto payloadIndex = ctx.joblibPayload(id);
    std::shared_ptr<NdArray> array;
    if (shape && order && dtype && payloadIndex && (*order == "C" || *order == "F")) {
        const Document::JoblibPayload p = ctx.document().joblibPayloads()[*payloadIndex];
        if (dtype->hasObject()) {
            if (auto nested = ctx.array(p.nestedRoot)) {
                const auto n = NdArray::checkedCount(*shape);
                if (n && nested->count() == *n) {
                    array = std::make_shared<NdArray>(*nested);
                    array->shape = *shape; // the nested pickle's own shape, checked equal in size
                    array->strides = NdArray::cStrides(*shape, dtype->itemSize);
                }
            }
        } else {
            const auto &buffers = ctx.document().buffers();
            if (p.buffer < buffers.size()) {
                const auto bytes = buffers[p.buffer].bytes;
                if (p.offset <= bytes.size() && bytes.size() - p.offset >= p.size) {
                    const auto data = bytes.subspan(p.offset, p.size);
                    array = arrayOverBytes(dtype, *shape, *order == "F", data);
                    if (array)
                        array->dataFileOffset = p.offset;
                }
            }
        }
    }
    if (!array) {
        // The wrapper without a usable payload (truncated file, size mismatch): say what it is.
        if (!shape || !dtype)
            return false;
        out.what = Recognised::JoblibWrapper;
        out.pythonType = "joblib.numpy_pickle.NumpyArrayWrapper";
        out.dtype = dtype;
        return true;
    }
    // joblib keeps an object array's nested pickle as it loads, class included, and rebuilds
    // it into the wrapper's class only when that is not ndarray or memmap
    // (NumpyArrayWrapper.read, FORMAT.md §3.2).
    const std::string wrapperClass = subclassName(g, subclassNode);
    if (!dtype->hasObject() || (wrapperClass != "numpy.ndarray" && wrapperClass != "numpy.memmap"))
        array->subclass = wrapperClass;
    array->form = NdArray::Form::JoblibWrapper;
    array->swapsOnLoad = true;
    out = arrayInterpretation(std::move(array));
    return true;
}

} // namespace

std::shared_ptr<NdArray> arrayOverBytes(std::shared_ptr<const DType> dtype,
                                        std::vector<uint64_t> shape, bool fortran,
                                        std::span<const uint8_t> data)
{
    if (!dtype || dtype->hasObject())
        return nullptr;
    const auto n = NdArray::checkedCount(shape);
    uint64_t bytes = 0;
    if (!n || __builtin_mul_overflow(*n, dtype->itemSize, &bytes) || bytes != data.size())
        return nullptr;
    auto array = std::make_shared<NdArray>();
    array->strides = fortran ? NdArray::fStrides(shape, dtype->itemSize)
                             : NdArray::cStrides(shape, dtype->itemSize);
    array->shape = std::move(shape);
    array->dtype = std::move(dtype);
    array->data = data;
    array->fortranOrder = fortran;
    return array;
}

std::shared_ptr<NdArray> arrayFromState(RecogniseContext &ctx, std::shared_ptr<const DType> dtype,
                                        std::vector<uint64_t> shape, bool fortran, NodeId rawData)
{
    if (!dtype)
        return nullptr;
    Graph &g = ctx.graph();
    if (dtype->hasObject()) {
        if (rawData >= g.size() || g.kind(rawData) != Kind::List)
            return nullptr;
        const auto n = NdArray::checkedCount(shape);
        if (!n || *n != g.items(rawData).size())
            return nullptr;
        auto array = std::make_shared<NdArray>();
        array->objects.assign(g.items(rawData).begin(), g.items(rawData).end());
        array->strides = NdArray::cStrides(shape, dtype->itemSize);
        array->shape = std::move(shape);
        array->dtype = std::move(dtype);
        array->fortranOrder = fortran;
        return array;
    }
    const auto data = ctx.bytes(rawData);
    if (!data)
        return nullptr;
    auto array = arrayOverBytes(std::move(dtype), std::move(shape), fortran, *data);
    if (array)
        array->dataFileOffset = ctx.bufferOffsetOf(*data);
    return array;
}

std::string numpyScalarTypeName(const DType &d)
{
    if (d.bfloat16)
        return "torch.bfloat16";
    if (d.isStructured() || d.isSubArray())
        return "numpy.void";
    switch (d.kind) {
    case 'b':
        return "numpy.bool_";
    case 'O':
        return "numpy.object_";
    case 'S':
        return "numpy.bytes_";
    case 'U':
        return "numpy.str_";
    case 'V':
        return "numpy.void";
    case 'M':
        return "numpy.datetime64";
    case 'm':
        return "numpy.timedelta64";
    default:
        return "numpy." + d.name();
    }
}

Interpretation arrayInterpretation(std::shared_ptr<const NdArray> array)
{
    Interpretation out;
    out.what = Recognised::NdArray;
    out.pythonType = array->subclass;
    out.dtype = array->dtype;
    out.array = std::move(array);
    return out;
}

bool recogniseNumpyObject(RecogniseContext &ctx, NodeId id, const std::string &cls,
                          Interpretation &out)
{
    if (cls.compare(0, 6, "numpy.") != 0 && cls.compare(0, 7, "joblib.") != 0)
        return false;
    if (cls == "numpy.core.multiarray._reconstruct" || cls == "numpy.core._internal._reconstruct")
        return recogniseReconstruct(ctx, id, out);
    if (cls == "numpy.ma.core._mareconstruct")
        return recogniseMaskedArray(ctx, id, out);
    if (cls == "numpy.core.numeric._frombuffer")
        return recogniseFromBuffer(ctx, id, out);
    if (cls == "numpy.core.multiarray.scalar")
        return recogniseScalar(ctx, id, out);
    if (cls == "numpy.dtype")
        return recogniseDTypeValue(ctx, id, out);
    if (cls == "joblib.numpy_pickle.NumpyArrayWrapper")
        return recogniseJoblibWrapper(ctx, id, out);
    if (cls == "joblib.numpy_pickle.NDArrayWrapper" || cls == "joblib.numpy_pickle.ZNDArrayWrapper")
        return recogniseJoblibLegacy(ctx, id, cls, out);
    return false;
}

bool recogniseNumpyType(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    const Graph &g = ctx.graph();
    const GlobalData &gd = g.global(id);
    if (gd.module != "numpy")
        return false;
    auto dtype = DType::fromScalarTypeName(gd.name);
    if (!dtype)
        return false;
    out.what = Recognised::NumpyType;
    out.pythonType = "numpy." + gd.name;
    out.dtype = std::move(dtype);
    return true;
}

} // namespace ps
