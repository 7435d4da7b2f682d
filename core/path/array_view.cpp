// SPDX-License-Identifier: MIT
// The array of a node and views into arrays (sub-arrays, fields), where paths end in arrays.
#include "path/path.h"

#include "document/document.h"
#include "document/interpretation.h"

#include <algorithm>

namespace ps {

// ---------------------------------------------------------------------------------------------
// Arrays

std::shared_ptr<const NdArray> arrayOfNode(const Document &document, NodeId id)
{
    id = followAlias(document, id);
    if (id == kNoNode)
        return nullptr;
    const Interpretation *in = document.interpretation(id);
    if (!in || !in->array)
        return nullptr;
    switch (in->what) {
    case Recognised::NdArray:
    case Recognised::NumpyScalar:
    case Recognised::TorchTensor:
    case Recognised::JoblibWrapper:
        return in->array;
    default:
        return nullptr;
    }
}

Resolved resolvedNode(const Document &document, NodeId id)
{
    Resolved r;
    r.node = id;
    r.array = arrayOfNode(document, id);
    return r;
}

std::shared_ptr<const NdArray> subArrayView(const NdArray &array,
                                            const std::vector<uint64_t> &leading)
{
    auto view = std::make_shared<NdArray>(array);
    const size_t k = std::min(leading.size(), array.shape.size());
    if (!array.objects.empty() || (array.dtype && array.dtype->hasObject())) {
        // Object arrays: the sub-array is a contiguous block of the C-ordered elements.
        uint64_t start = 0;
        uint64_t block = 1;
        for (size_t a = array.shape.size(); a-- > k;)
            block *= array.shape[a];
        uint64_t stride = block;
        for (size_t a = k; a-- > 0;) {
            start += leading[a] * stride;
            stride *= array.shape[a];
        }
        view->objects.clear();
        if (start <= array.objects.size() && array.objects.size() - start >= block)
            view->objects.assign(array.objects.begin() + static_cast<std::ptrdiff_t>(start),
                                 array.objects.begin()
                                     + static_cast<std::ptrdiff_t>(start + block));
    } else {
        int64_t off = static_cast<int64_t>(array.offset);
        for (size_t a = 0; a < k; ++a)
            off += static_cast<int64_t>(leading[a])
                   * (a < array.strides.size() ? array.strides[a] : 0);
        view->offset = static_cast<uint64_t>(off);
    }
    view->shape.assign(array.shape.begin() + static_cast<std::ptrdiff_t>(k), array.shape.end());
    if (array.strides.size() >= k)
        view->strides.assign(array.strides.begin() + static_cast<std::ptrdiff_t>(k),
                             array.strides.end());
    return view;
}

std::shared_ptr<const NdArray> fieldView(const NdArray &array, std::string_view field)
{
    if (!array.dtype || !array.dtype->isStructured() || array.dtype->hasObject())
        return nullptr;
    for (const auto &f : array.dtype->fields) {
        if ((f.name != field && (f.title.empty() || f.title != field)) || !f.type)
            continue;
        auto view = std::make_shared<NdArray>(array);
        view->offset = array.offset + f.offset;
        view->dtype = f.type;
        if (f.type->isSubArray() && f.type->subBase) {
            view->dtype = f.type->subBase;
            const auto sub = NdArray::cStrides(f.type->subShape, f.type->subBase->itemSize);
            view->shape.insert(view->shape.end(), f.type->subShape.begin(), f.type->subShape.end());
            view->strides.insert(view->strides.end(), sub.begin(), sub.end());
        }
        return view;
    }
    return nullptr;
}

} // namespace ps
