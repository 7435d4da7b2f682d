// SPDX-License-Identifier: MIT
#pragma once

#include "document/document.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <vector>

namespace ps {

/// One line of a `pickletools.dis`-style listing.
struct DisLine
{
    uint64_t offset = 0; ///< buffer offset of the instruction
    uint64_t length = 0; ///< bytes, including the inline argument
    Instruction::Type type = Instruction::Type::Opcode;
    uint8_t nesting = 0;  ///< >0 inside a nested pickle (joblib object arrays)
    uint8_t opcode = 0;   ///< the opcode byte (Opcode lines)
    std::string code;     ///< the opcode byte as pickletools shows it: `(`, `\x80`
    std::string name;     ///< "BINUNICODE", or "JOBLIB_PAD" / "JOBLIB_DATA"
    size_t markDepth = 0; ///< open MARKs before the instruction (the indent level)
    /// repr(arg) exactly as pickletools prints it (None when the opcode has no argument):
    /// ints and bools (INT/GET/PUT "00"/"01" are False/True), floats via Python's repr,
    /// STRING escape-decoded, PERSID / GLOBAL / INST lines escape-decoded ("module name"),
    /// SHORT_BINSTRING / BINSTRING latin-1, bytes repr, bytearray(b'...'), str repr.
    /// When `maxArgChars` is exceeded the text is cut: `b'\x00…' (1234 bytes)`.
    std::optional<std::string> argument;
    /// pickletools' note: "(MARK at 12)", "(as 3)" (MEMOIZE), "no MARK exists on stack".
    std::string note;
    /// Set when the argument could not be read (e.g. a truncated instruction).
    std::string problem;
};

struct RawInstruction;

/// The mark pairing of one stream, computed once in a single pass (16 bytes per
/// instruction), so that a viewer can build any line of a long listing on demand.
class DisassemblyIndex
{
public:
    /// Pairs every MARK of stream `stream` (an index into Document::streams()) as
    /// pickletools.dis does. The document must outlive the index.
    DisassemblyIndex(const Document &document, size_t stream);
    /// Instructions (lines) of the stream.
    size_t size() const { return m_pairing.size(); }
    /// Line `index` (0-based instruction index), as disassembleStream() would give it.
    DisLine line(size_t index, size_t maxArgChars = 200) const;
    /// The instruction whose bytes contain buffer offset `offset`, if any.
    std::optional<size_t> instructionAt(uint64_t offset) const;

    /// Every line of stream `stream`, in order, handed to `sink` one at a time: memory stays
    /// bounded by the pickle's stack and memo, whatever the listing's length. A stream opened
    /// without its instructions (OpenOptions::recordInstructions) is read again from its bytes
    /// when listableFromBytes(); otherwise only its recorded instructions are listed.
    static void forEachLine(const Document &document, size_t stream, size_t maxArgChars,
                            const std::function<void(const DisLine &)> &sink);

    /// What pickletools.dis notes after an instruction.
    enum class Note : uint8_t { None, MarkAt, NoMark, MemoizedAs };
    /// The mark pairing of one instruction.
    struct Pairing
    {
        uint64_t value = 0; ///< MarkAt: the MARK's offset; MemoizedAs: the memo index
        uint32_t markDepth = 0;
        Note note = Note::None;
    };

private:
    static void fillLine(DisLine &line, const Instruction &ins, const Pairing &pairing,
                         std::span<const uint8_t> buffer, const RawInstruction *raw,
                         size_t maxArgChars);
    const Document *m_document = nullptr;
    size_t m_stream = 0;
    std::vector<Pairing> m_pairing;
};

/// True when the document's pickles can be listed from their bytes alone, without recorded
/// instructions: no joblib raw array data lies between their opcodes.
bool listableFromBytes(const Document &document);

/// The listing of one stream (an index into Document::streams()). Arguments longer than
/// `maxArgChars` are truncated (SIZE_MAX: never).
std::vector<DisLine> disassembleStream(const Document &document, size_t stream,
                                       size_t maxArgChars = 200);

/// The text of one line, pickletools' layout: `{offset:>5}: {code:<4} {indent}{NAME}` then, for
/// an argument or a note, padding to 10 columns after the name and ` repr(arg)` / ` note`.
/// Raw regions: `  526: [joblib padding: 2 bytes]`, `  528: [raw array data: 24 bytes]`.
std::string formatDisLine(const DisLine &line);
/// formatDisLine() appended to `out`.
void appendDisLine(std::string &out, const DisLine &line);

/// The whole listing: for each stream a header line (`== pickle 1 · protocol 4 · bytes
/// 0–1234 ==`, with the buffer name for decompressed / zip streams), its lines, pickletools'
/// `highest protocol among opcodes = N`, and the stream's error if reading stopped early.
void writeDisassembly(std::ostream &out, const Document &document, size_t maxArgChars = 200);

/// {"streams": [{"name", "begin", "ops": [[offset - begin, "NAME", "repr(arg)" | null], ...]}]}
/// with full (untruncated) argument reprs, so the ops compare equal to what
/// `pickletools.genops` gives for each pickle. Raw regions appear as "JOBLIB_PAD" /
/// "JOBLIB_DATA" with the byte count as their argument.
void writeDisassemblyJson(std::ostream &out, const Document &document, bool pretty = true);

} // namespace ps
