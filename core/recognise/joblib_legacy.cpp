// SPDX-License-Identifier: MIT
// Legacy joblib (<= 0.9) arrays kept in companion files next to the pickle (FORMAT.md §3.5).
#include "document/document.h"
#include "graph/node_util.h"
#include "recognise/numpy_recogniser.h"
#include "source/decompress.h"
#include "source/mapped_file.h"
#include "source/npy.h"

namespace ps {

namespace {

/// The companion file `filename` in the document's directory. Only plain file names are
/// accepted: a pickle must not make us read files elsewhere ("../../etc/passwd").
std::optional<std::string> companionPath(const Document &doc, std::string_view filename)
{
    if (filename.empty() || filename == "." || filename == ".."
        || filename.find('/') != std::string_view::npos
        || filename.find('\\') != std::string_view::npos
        || filename.find('\0') != std::string_view::npos)
        return std::nullopt;
    const std::string &path = doc.path();
    if (path.empty())
        return std::nullopt;
    const size_t slash = path.rfind('/');
    const std::string dir = slash == std::string::npos ? std::string() : path.substr(0, slash + 1);
    return dir + std::string(filename);
}

bool recogniseNDArrayWrapper(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    Graph &g = ctx.graph();
    const NodeId state = nodes::dictState(g, id);
    const auto filename = nodes::stringValue(g, nodes::dictGet(g, state, "filename"));
    if (!filename)
        return false;
    const auto path = companionPath(ctx.document(), *filename);
    if (!path)
        return false;
    auto file = MappedFile::open(*path);
    if (!file)
        return false;
    const std::shared_ptr<MappedFile> mapping = *file;
    auto header = readNpyHeader(mapping->bytes());
    if (!header)
        return false;
    auto dtype = dtypeOfNpy(*header);
    if (!dtype || dtype->hasObject())
        return false;
    const auto bytes = mapping->bytes();
    if (header->dataOffset > bytes.size())
        return false;
    const auto n = header->elementCount();
    uint64_t size = 0;
    if (!n || __builtin_mul_overflow(*n, dtype->itemSize, &size)
        || bytes.size() - header->dataOffset < size)
        return false;
    auto array = arrayOverBytes(dtype, header->shape, header->fortranOrder,
                                bytes.subspan(header->dataOffset, size));
    if (!array)
        return false;
    ctx.document().retainMapping(mapping);
    array->form = NdArray::Form::JoblibLegacy;
    array->swapsOnLoad = true;
    array->dataFileOffset = header->dataOffset;
    const NodeId subclass = nodes::dictGet(g, state, "subclass");
    if (subclass != kNoNode && g.kind(subclass) == Kind::Global) {
        const std::string name = nodes::globalName(g, subclass);
        array->subclass = name == "numpy.matrixlib.defmatrix.matrix" ? "numpy.matrix" : name;
    }
    out = arrayInterpretation(std::move(array));
    return true;
}

bool recogniseZNDArrayWrapper(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    Graph &g = ctx.graph();
    const NodeId state = nodes::dictState(g, id);
    const auto filename = nodes::stringValue(g, nodes::dictGet(g, state, "filename"));
    const auto initArgs = nodes::tupleItems(g, nodes::dictGet(g, state, "init_args"));
    const auto arrayStatePtr = nodes::tupleItems(g, nodes::dictGet(g, state, "state"));
    if (!filename || !arrayStatePtr || arrayStatePtr->size() != 4)
        return false;
    const NodeId subclassNode = initArgs && !initArgs->empty() ? (*initArgs)[0] : kNoNode;
    const std::span<const NodeId> arrayState = *arrayStatePtr;
    const auto shape = nodes::shapeValue(g, arrayState[1]);
    const auto fortran = nodes::intValue(g, arrayState[3]);
    const auto dtype = ctx.dtype(arrayState[2]);
    if (!shape || !fortran || !dtype || dtype->hasObject())
        return false;
    const auto path = companionPath(ctx.document(), *filename);
    if (!path)
        return false;
    auto file = MappedFile::open(*path);
    if (!file)
        return false;
    const std::shared_ptr<MappedFile> mapping = *file;
    const auto n = NdArray::checkedCount(*shape);
    uint64_t expected = 0;
    if (!n || __builtin_mul_overflow(*n, dtype->itemSize, &expected))
        return false;
    DecompressLimits limits;
    limits.maxOutputBytes = std::max<uint64_t>(expected, 1); // never more than the array needs
    auto data = decompress(mapping->bytes(), Compression::ZFile, limits);
    if (!data || data->size() != expected)
        return false;
    auto owned = std::make_shared<ByteBuffer>(std::move(*data));
    auto array = arrayOverBytes(dtype, *shape, *fortran != 0,
                                std::span<const uint8_t>(owned->data(), owned->size()));
    if (!array)
        return false;
    ctx.document().retain(owned);
    array->form = NdArray::Form::JoblibLegacy;
    array->swapsOnLoad = true;
    if (subclassNode != kNoNode && g.kind(subclassNode) == Kind::Global) {
        const std::string name = nodes::globalName(g, subclassNode);
        array->subclass = name == "numpy.matrixlib.defmatrix.matrix" ? "numpy.matrix" : name;
    }
    out = arrayInterpretation(std::move(array));
    return true;
}

} // namespace

bool recogniseJoblibLegacy(RecogniseContext &ctx, NodeId id, const std::string &cls,
                           Interpretation &out)
{
    if (cls == "joblib.numpy_pickle.NDArrayWrapper")
        return recogniseNDArrayWrapper(ctx, id, out);
    if (cls == "joblib.numpy_pickle.ZNDArrayWrapper")
        return recogniseZNDArrayWrapper(ctx, id, out);
    return false;
}

} // namespace ps
