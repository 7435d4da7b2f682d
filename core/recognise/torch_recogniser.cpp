// SPDX-License-Identifier: MIT
// PyTorch tensors and storages (torch/_utils.py, torch/serialization.py persistent ids).
#include "recognise/torch_recogniser.h"

#include "document/document.h"
#include "graph/node_util.h"
#include "recognise/numpy_recogniser.h"
#include "recognise/torch_storage_pid.h"
#include "source/torch_legacy.h"

namespace ps {

namespace {

/// Tensor from _rebuild_tensor(_v2) arguments: (storage, storage_offset, size, stride, ...).
std::shared_ptr<NdArray> tensorFromArgs(RecogniseContext &ctx, std::span<const NodeId> args)
{
    Graph &g = ctx.graph();
    if (args.size() < 4)
        return nullptr;
    const auto storage = ctx.array(args[0]);
    const Interpretation *si = ctx.get(args[0]);
    if (!storage || !si || si->what != Recognised::TorchStorage || !storage->dtype)
        return nullptr;
    const auto offset = nodes::intValue(g, args[1]);
    const auto size = nodes::shapeValue(g, args[2]);
    const auto strideItems = nodes::tupleItems(g, args[3]);
    if (!offset || *offset < 0 || !size || !strideItems || strideItems->size() != size->size())
        return nullptr;
    const uint64_t itemSize = storage->dtype->itemSize;
    std::vector<int64_t> strides;
    strides.reserve(strideItems->size());
    for (const NodeId s : *strideItems) {
        const auto v = nodes::intValue(g, s);
        int64_t bytes = 0;
        if (!v || g.kind(s) != Kind::Int
            || __builtin_mul_overflow(*v, static_cast<int64_t>(itemSize), &bytes))
            return nullptr;
        strides.push_back(bytes);
    }
    uint64_t byteOffset = 0;
    if (__builtin_mul_overflow(static_cast<uint64_t>(*offset), itemSize, &byteOffset))
        return nullptr;
    if (!NdArray::fitsIn(*size, strides, byteOffset, itemSize, storage->data.size()))
        return nullptr;
    if (!NdArray::checkedCount(*size))
        return nullptr;
    auto tensor = std::make_shared<NdArray>();
    tensor->dtype = storage->dtype;
    tensor->shape = std::move(*size);
    tensor->strides = std::move(strides);
    tensor->offset = byteOffset;
    tensor->data = storage->data;
    tensor->form = NdArray::Form::TorchTensor;
    tensor->subclass = "torch.Tensor";
    tensor->torchDType = storage->torchDType;
    tensor->dataFileOffset = storage->dataFileOffset;
    return tensor;
}

Interpretation tensorInterpretation(std::shared_ptr<NdArray> tensor)
{
    Interpretation out;
    out.what = Recognised::TorchTensor;
    out.pythonType = tensor->subclass;
    out.dtype = tensor->dtype;
    out.array = std::move(tensor);
    return out;
}

bool recogniseParameter(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    const auto args = nodes::constructorArgs(ctx.graph(), id);
    if (args.empty())
        return false;
    const Interpretation *inner = ctx.get(args[0]);
    if (!inner || inner->what != Recognised::TorchTensor || !inner->array)
        return false;
    auto tensor = std::make_shared<NdArray>(*inner->array);
    tensor->subclass = "torch.nn.parameter.Parameter";
    out = tensorInterpretation(std::move(tensor));
    return true;
}

} // namespace

std::shared_ptr<DType> torchStorageDType(std::string_view storageClass, std::string *torchName)
{
    // The one table of storage classes is source/torch_legacy's; a qualified name (with a
    // module part) is not a storage class here.
    if (storageClass.find('.') != std::string_view::npos)
        return nullptr;
    const TorchStorageType *type = findTorchStorageType(storageClass);
    if (!type)
        return nullptr;
    auto d = DType::fromTypeStr(type->typestr);
    if (d && type->name == "BFloat16Storage")
        d->bfloat16 = true;
    if (torchName)
        *torchName = std::string(type->dtype);
    return d;
}

bool recogniseTorchStorage(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    Graph &g = ctx.graph();
    const auto pid = parseTorchStoragePid(g, id);
    if (!pid)
        return false;
    const GlobalData &storageClass = g.global(pid->storageClass);
    if (storageClass.module.compare(0, 5, "torch") != 0)
        return false;
    std::string torchName;
    auto dtype = torchStorageDType(storageClass.name, &torchName);
    if (!dtype)
        return false;

    out.what = Recognised::TorchStorage;
    out.pythonType = storageClass.full();
    out.dtype = dtype;
    out.text = pid->key;

    // Locate the bytes: the storage itself, or (legacy) a view (view_key, offset, size) into it.
    const auto &storages = ctx.document().torchStorages();
    const auto it = storages.find(pid->key);
    if (it == storages.end() || pid->malformedView)
        return true; // known storage, data missing: no array
    std::span<const uint8_t> data = it->second;
    uint64_t count = pid->numel;
    if (pid->view) {
        uint64_t begin = 0, length = 0;
        if (__builtin_mul_overflow(pid->view->offset, dtype->itemSize, &begin)
            || __builtin_mul_overflow(pid->view->size, dtype->itemSize, &length)
            || begin > data.size() || data.size() - begin < length)
            return true;
        data = data.subspan(begin, length);
        count = pid->view->size;
    }
    uint64_t bytes = 0;
    if (__builtin_mul_overflow(count, dtype->itemSize, &bytes) || bytes > data.size())
        return true;
    auto array = std::make_shared<NdArray>();
    array->dtype = dtype;
    array->shape = {count};
    array->strides = {static_cast<int64_t>(dtype->itemSize)};
    array->data = data.first(bytes);
    array->form = NdArray::Form::TorchTensor;
    array->subclass = out.pythonType;
    array->torchDType = torchName;
    array->dataFileOffset = ctx.bufferOffsetOf(array->data);
    out.array = std::move(array);
    return true;
}

bool recogniseTorchObject(RecogniseContext &ctx, NodeId id, const std::string &cls,
                          Interpretation &out)
{
    if (cls.compare(0, 6, "torch.") != 0)
        return false;
    Graph &g = ctx.graph();
    if (cls == "torch._utils._rebuild_tensor_v2" || cls == "torch._utils._rebuild_tensor") {
        auto tensor = tensorFromArgs(ctx, nodes::constructorArgs(g, id));
        if (!tensor)
            return false;
        out = tensorInterpretation(std::move(tensor));
        return true;
    }
    if (cls == "torch._utils._rebuild_parameter"
        || cls == "torch._utils._rebuild_parameter_with_state")
        return recogniseParameter(ctx, id, out);
    if (cls == "torch._tensor._rebuild_from_type_v2" || cls == "torch._tensor._rebuild_from_type") {
        // (func, new_type, args, state): func rebuilds the tensor from args.
        const auto args = nodes::constructorArgs(g, id);
        if (args.size() < 3)
            return false;
        const std::string func = nodes::globalName(g, args[0]);
        const auto inner = nodes::tupleItems(g, args[2]);
        if (!inner
            || (func != "torch._utils._rebuild_tensor_v2"
                && func != "torch._utils._rebuild_tensor"))
            return false;
        const std::span<const NodeId> innerArgs = *inner;
        auto tensor = tensorFromArgs(ctx, innerArgs);
        if (!tensor)
            return false;
        const std::string type = nodes::globalName(g, args[1]);
        if (!type.empty())
            tensor->subclass = type == "torch._tensor.Tensor" ? "torch.Tensor" : type;
        out = tensorInterpretation(std::move(tensor));
        return true;
    }
    if (cls == "torch.Size") {
        const auto args = nodes::constructorArgs(g, id);
        if (args.size() != 1 || !nodes::shapeValue(g, args[0]))
            return false;
        out.what = Recognised::Alias;
        out.pythonType = "torch.Size";
        out.value = args[0];
        return true;
    }
    return false;
}

} // namespace ps
