// SPDX-License-Identifier: MIT
#include "pickler/save.h"

#include "pickler/pickler.h"
#include "source/decompress.h"

#include <algorithm>

namespace ps {

Result<std::vector<uint8_t>> savedBytes(const Document &document)
{
    if (document.editCount() == 0) {
        const auto bytes = document.fileBytes();
        return std::vector<uint8_t>(bytes.begin(), bytes.end());
    }
    if (document.structuralEdits() == 0 && !document.bytePatches().empty()
        && (document.format() == Format::Pickle || document.format() == Format::Joblib)) {
        // Only bytes inside the stream changed: copy it with the patches, so every other byte
        // (opcodes, memo, frames, joblib padding) stays exactly where it was.
        const uint32_t buffer = document.bytePatches().front().buffer;
        const auto source = document.buffers()[buffer].bytes;
        std::vector<uint8_t> stream(source.begin(), source.end());
        for (const auto &p : document.bytePatches()) {
            if (p.buffer != buffer || p.offset + p.bytes.size() > stream.size())
                return makeError(p.offset, "internal error: a patch outside the stream");
            std::copy(p.bytes.begin(), p.bytes.end(), stream.begin() + static_cast<std::ptrdiff_t>(p.offset));
        }
        if (document.buffers()[buffer].isFile)
            return stream;
        const std::string_view c = document.compression();
        static const std::pair<const char *, Compression> names[] = {
            {"zlib", Compression::Zlib}, {"gzip", Compression::Gzip}, {"bz2", Compression::Bz2},
            {"xz", Compression::Xz},     {"lzma", Compression::Lzma}, {"lz4", Compression::Lz4}};
        for (const auto &[name, kind] : names)
            if (c == name)
                return compress(std::span<const uint8_t>(stream), kind, 3);
        // zfile and anything else: fall through to writing the objects again.
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
