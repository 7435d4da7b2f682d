// SPDX-License-Identifier: MIT
#pragma once

#include "document/document.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <utility>
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

/// The listing of one stream for a viewer: any line on demand, without keeping the lines or
/// the instructions. One pass over the stream's bytes keeps a checkpoint (where the walk
/// stood and pickletools' MARK pairing state: the MARKs open, the memo's size) every
/// 128 lines or more; a line is read again from the nearest checkpoint before it. About
/// 0.4 bytes per line for ordinary pickles; at most about 1 byte per line whatever the file
/// (checkpoints lie further apart when many MARKs are open), plus a bit per memo store up to
/// the last one naming an index seen before. Copies share the checkpoints.
class DisassemblyIndex
{
    struct Data;

public:
    DisassemblyIndex() = default;
    /// Reads stream `stream` (an index into Document::streams()) once. The document must
    /// outlive the index. `cancel`, when set, stops the pass early (the index then holds the
    /// lines read so far).
    DisassemblyIndex(const Document &document, size_t stream,
                     const std::atomic<bool> *cancel = nullptr);
    /// Instructions (lines) of the stream.
    size_t size() const;
    /// Line `index` (0-based instruction index), as disassembleStream() would give it.
    DisLine line(size_t index, size_t maxArgChars = 200) const;
    /// The instruction whose bytes contain buffer offset `offset`, if any.
    std::optional<size_t> instructionAt(uint64_t offset) const;
    /// The lines [first, last] whose bytes overlap [begin, end) (an empty range: the line at
    /// `begin`), if any.
    std::optional<std::pair<size_t, size_t>> linesOverlapping(uint64_t begin, uint64_t end) const;
    /// How many lines start before buffer offset `offset`; `last` (when not null) receives
    /// the last of them, if any.
    size_t linesBefore(uint64_t offset, Instruction *last = nullptr) const;
    /// Bytes the index holds (its checkpoints).
    size_t memoryBytes() const;

    /// Reads lines of an index one after the other from any line: the next line costs one
    /// instruction, a jump at most the lines between two checkpoints. Not thread-safe; the
    /// index itself is (each call of line() uses a cursor of its own).
    class Cursor
    {
    public:
        explicit Cursor(const DisassemblyIndex &index);
        ~Cursor();
        Cursor(Cursor &&) noexcept;
        Cursor &operator=(Cursor &&) noexcept;
        /// Line `index` (an empty line past the end); valid until the next call.
        const DisLine &line(size_t index, size_t maxArgChars = 200);

    private:
        struct State;
        std::shared_ptr<const Data> m_data;
        std::unique_ptr<State> m_state;
    };

    /// Every line of stream `stream`, in order, handed to `sink` one at a time: memory stays
    /// bounded by the pickle's stack and memo, whatever the listing's length. A stream opened
    /// with OpenOptions::recordInstructions lists its recorded instructions; any other is read
    /// again from its bytes (InstructionWalker: its regions say where joblib raw array data lies).
    static void forEachLine(const Document &document, size_t stream, size_t maxArgChars,
                            const std::function<void(const DisLine &)> &sink);

private:
    std::shared_ptr<const Data> m_data;
};

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
