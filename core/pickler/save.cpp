// SPDX-License-Identifier: MIT
#include "pickler/save.h"

#include "pickler/pickler.h"

namespace ps {

Result<std::vector<uint8_t>> savedBytes(const Document &document)
{
    if (document.editCount() == 0) {
        const auto bytes = document.fileBytes();
        return std::vector<uint8_t>(bytes.begin(), bytes.end());
    }
    ConvertOptions options; // protocol -1: each pickle keeps its own protocol
    // PyTorch checkpoints keep their container: convertDocument rewrites them in place.
    options.container = document.format() == Format::Joblib ? ConvertOptions::Container::Joblib
                                                            : ConvertOptions::Container::Pickle;
    const std::string_view c = document.compression();
    if (c != "none") {
        if (c == "zfile")
            return makeError(0, "saving an edited legacy joblib Z-file is not supported; "
                                "convert it to a current joblib file instead");
        options.compression = std::string(c);
    }
    return convertDocument(document, options);
}

} // namespace ps
