// SPDX-License-Identifier: MIT
#pragma once

#include "recognise/recognise_context.h"

#include <memory>
#include <string>
#include <string_view>

namespace ps {

/// torch storages: a PersId whose pid is ('storage', torch.<T>Storage, key, location, numel
/// [, view_metadata]) → Recognised::TorchStorage with a 1-d array over the storage bytes.
bool recogniseTorchStorage(RecogniseContext &ctx, NodeId id, Interpretation &out);

/// torch tensors: `torch._utils._rebuild_tensor_v2` / `_rebuild_tensor`, Parameters
/// (`_rebuild_parameter[_with_state]`), `torch._tensor._rebuild_from_type_v2` over those, and
/// `torch.Size`. Strides and offset are bounds-checked against the storage.
bool recogniseTorchObject(RecogniseContext &ctx, NodeId id, const std::string &cls,
                          Interpretation &out);

/// The element dtype of a storage class name ("FloatStorage" → <f4, "BFloat16Storage" →
/// bfloat16), and torch's name for it ("torch.float32"). nullptr for unknown names.
std::shared_ptr<DType> torchStorageDType(std::string_view storageClass, std::string *torchName);

} // namespace ps
