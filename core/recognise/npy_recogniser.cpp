// SPDX-License-Identifier: MIT
// Arrays of `.npy` files and `.npz` members, and the dtype of a `.npy` header (also used for the
// companion files of legacy joblib).
#include "document/document.h"
#include "recognise/numpy_recogniser.h"

#include <algorithm>

namespace ps {

std::shared_ptr<const DType> dtypeOfNpy(const NpyHeader &h)
{
    if (!h.structured)
        return DType::fromTypeStr(h.descr);
    auto d = std::make_shared<DType>();
    d->kind = 'V';
    d->byteOrder = '|';
    uint64_t offset = 0;
    for (const NpyField &f : h.fields) {
        if (f.nested)
            return nullptr;
        auto ft = DType::fromTypeStr(f.typestr);
        if (!ft)
            return nullptr;
        std::shared_ptr<const DType> type = ft;
        if (!f.shape.empty()) {
            auto sub = std::make_shared<DType>();
            const auto n = NdArray::checkedCount(f.shape);
            uint64_t bytes = 0;
            if (!n || __builtin_mul_overflow(*n, ft->itemSize, &bytes))
                return nullptr;
            sub->kind = 'V';
            sub->byteOrder = '|';
            sub->itemSize = bytes;
            sub->subBase = ft;
            sub->subShape = f.shape;
            type = sub;
        }
        const uint64_t size = type->itemSize;
        if (!f.name.empty()) {
            DType::Field field;
            field.name = f.name;
            field.title = f.title;
            field.type = type;
            field.offset = offset;
            d->fields.push_back(std::move(field));
        }
        if (__builtin_add_overflow(offset, size, &offset))
            return nullptr;
    }
    d->itemSize = offset;
    return d;
}

bool recogniseNpyArray(RecogniseContext &ctx, NodeId id, Interpretation &out)
{
    const Document &doc = ctx.document();
    const auto &arrays = doc.npyArrays();
    const auto it
        = std::lower_bound(arrays.begin(), arrays.end(), id,
                           [](const Document::NpyArray &a, NodeId n) { return a.node < n; });
    if (it == arrays.end() || it->node != id || it->buffer >= doc.buffers().size())
        return false;
    const NpyHeader &h = it->header;
    const auto dtype = dtypeOfNpy(h);
    const auto count = h.elementCount();
    const auto bytes = doc.buffers()[it->buffer].bytes;
    uint64_t size = 0;
    if (!dtype || dtype->hasObject() || !count || h.dataOffset > bytes.size()
        || __builtin_mul_overflow(*count, dtype->itemSize, &size)
        || bytes.size() - h.dataOffset < size)
        return false;
    auto array = arrayOverBytes(dtype, h.shape, h.fortranOrder, bytes.subspan(h.dataOffset, size));
    if (!array)
        return false;
    array->form = NdArray::Form::Derived;
    array->dataFileOffset = h.dataOffset;
    out = arrayInterpretation(std::move(array));
    return true;
}

} // namespace ps
