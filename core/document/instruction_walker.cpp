// SPDX-License-Identifier: MIT
#include "document/instruction_walker.h"

namespace ps {

std::span<const uint8_t> streamBytes(const Document &document, const PickleStream &stream)
{
    const auto &buffers = document.buffers();
    return stream.buffer < buffers.size() ? buffers[stream.buffer].bytes
                                          : std::span<const uint8_t>();
}

namespace {
const PickleStream kNoStream;
}

InstructionWalker::InstructionWalker(const Document &document, size_t stream)
    : InstructionWalker(stream < document.streams().size()
                            ? streamBytes(document, document.streams()[stream])
                            : std::span<const uint8_t>(),
                        stream < document.streams().size() ? document.streams()[stream] : kNoStream)
{}

InstructionWalker::InstructionWalker(std::span<const uint8_t> buffer, const PickleStream &stream)
    : m_buffer(buffer)
    , m_stream(&stream)
{
    m_at.offset = stream.begin;
}

bool InstructionWalker::next(Instruction &ins, RawInstruction &raw)
{
    const auto &regions = m_stream->regions;
    for (;;) {
        while (!m_at.nested.empty() && m_at.offset >= m_at.nested.back())
            m_at.nested.pop_back();
        // What the unpickler stepped over, or the start of a nested pickle, comes before any
        // opcode at the same offset (a region may end where reading stopped).
        if (m_at.region < regions.size() && regions[m_at.region].offset == m_at.offset) {
            const Instruction &region = regions[m_at.region++];
            if (region.type == Instruction::Type::NestedPickle) {
                m_at.nested.push_back(region.offset + region.length);
                continue;
            }
            ins = region;
            m_at.offset += region.length;
            return true;
        }
        // A stream without opcodes (an .npy file's array data) holds no instructions.
        const uint64_t limit = m_stream->opcodes == 0 ? 0
                               : m_at.nested.empty()  ? m_stream->end
                                                      : m_at.nested.back();
        if (m_at.offset >= limit || !decodeInstruction(m_buffer, m_at.offset, raw))
            return false;
        ins = Instruction{m_at.offset, raw.length, static_cast<uint8_t>(raw.op()),
                          Instruction::Type::Opcode, static_cast<uint8_t>(m_at.nested.size())};
        m_at.offset += raw.length;
        return true;
    }
}

} // namespace ps
