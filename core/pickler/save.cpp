// SPDX-License-Identifier: MIT
#include "pickler/save.h"

#include "document/instruction_walker.h"
#include "pickler/pickler.h"
#include "source/decompress.h"

#include <algorithm>
#include <map>

namespace ps {

namespace {

uint64_t readU64(std::span<const uint8_t> b, uint64_t at)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | b[at + static_cast<uint64_t>(i)];
    return v;
}

/// The buffer with every patch applied. Patches of the same length at one offset: the latest
/// wins (it already contains the earlier ones). Length-changing splices shift what follows,
/// and every FRAME (protocol 4+) gets the length of what it now covers.
Result<std::vector<uint8_t>> applyPatches(const Document &doc, uint32_t buffer,
                                          std::span<const uint8_t> source)
{
    std::map<uint64_t, const Document::BytePatch *> byOffset;
    for (const auto &p : doc.bytePatches()) {
        if (p.buffer != buffer || p.offset + p.replaced > source.size())
            return makeError(p.offset, "internal error: a patch outside the stream");
        byOffset[p.offset] = &p; // later patches replace earlier ones at the same place
    }
    uint64_t end = 0;
    for (const auto &[offset, p] : byOffset) {
        if (offset < end)
            return makeError(offset, "internal error: overlapping edits");
        end = offset + p->replaced;
    }
    auto shiftBefore = [&](uint64_t pos) { // growth of everything patched before pos
        int64_t d = 0;
        for (const auto &[offset, p] : byOffset)
            if (offset + p->replaced <= pos)
                d += static_cast<int64_t>(p->bytes.size()) - static_cast<int64_t>(p->replaced);
        return d;
    };
    std::vector<uint8_t> out;
    out.reserve(source.size());
    uint64_t pos = 0;
    for (const auto &[offset, p] : byOffset) {
        out.insert(out.end(), source.begin() + static_cast<std::ptrdiff_t>(pos),
                   source.begin() + static_cast<std::ptrdiff_t>(offset));
        out.insert(out.end(), p->bytes.begin(), p->bytes.end());
        pos = offset + p->replaced;
    }
    out.insert(out.end(), source.begin() + static_cast<std::ptrdiff_t>(pos), source.end());
    // Frames: FRAME n covers the n bytes after its 9-byte header (FORMAT.md §1.6).
    for (const PickleStream &s : doc.streams()) {
        if (s.buffer != buffer)
            continue;
        InstructionWalker walker(source, s);
        Instruction in;
        RawInstruction raw;
        while (walker.next(in, raw)) {
            if (in.type != Instruction::Type::Opcode || raw.op() != Op::FRAME)
                continue;
            const uint64_t start = in.offset + 9;
            const uint64_t length = readU64(source, in.offset + 1);
            int64_t grow = 0;
            for (const auto &[offset, p] : byOffset)
                if (offset >= start && offset < start + length)
                    grow += static_cast<int64_t>(p->bytes.size())
                            - static_cast<int64_t>(p->replaced);
            if (grow == 0)
                continue;
            const uint64_t at
                = static_cast<uint64_t>(static_cast<int64_t>(in.offset) + shiftBefore(in.offset));
            const uint64_t newLength = static_cast<uint64_t>(static_cast<int64_t>(length) + grow);
            for (int i = 0; i < 8; ++i)
                out[at + 1 + static_cast<uint64_t>(i)] = static_cast<uint8_t>(newLength >> (8 * i));
        }
    }
    return out;
}

Result<std::vector<uint8_t>> savedBytesUnchecked(const Document &document)
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
        auto patched = applyPatches(document, buffer, source);
        if (!patched.ok())
            return patched.error();
        std::vector<uint8_t> stream = std::move(*patched);
        if (document.buffers()[buffer].isFile)
            return stream;
        const auto c = compressionFromName(document.compression());
        if (c && *c != Compression::ZFile) // joblib's default level: the original is unknown
            return compress(std::span<const uint8_t>(stream), *c, 3);
        // Z-files: fall through to writing the objects again.
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

} // namespace

Result<std::vector<uint8_t>> savedBytes(const Document &document)
{
    auto bytes = savedBytesUnchecked(document);
    // Copied from the mapped file: refuse when it changed under the document (issue 14).
    if (Status unchanged = document.verifyMappedBytes(); !unchanged.ok())
        return unchanged.error();
    return bytes;
}

} // namespace ps
