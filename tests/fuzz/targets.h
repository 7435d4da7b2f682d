// SPDX-License-Identifier: MIT
#pragma once
// The bodies of the libFuzzer targets, kept apart from LLVMFuzzerTestOneInput so that a normal
// ctest (tst_fuzz_regressions) replays every input a fuzzer once crashed on through the same
// code. Each body aborts (after printing why) when an invariant breaks; ASan/UBSan catch the
// rest.

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace ps::fuzz {

/// openDocumentBytes on any container (plain pickle, joblib plain or compressed, ZIP/torch,
/// torch legacy, .npy), then every recognised array's elements read through their views.
void reader(std::span<const uint8_t> input);
/// Read → convertDocument (the protocol kept, and one chosen by the input's size) → read: the
/// two object graphs must be equal, up to the normalisations the writer documents.
void roundtrip(std::span<const uint8_t> input);
/// parsePath; a parsed path must print to a fixed point, and resolve on a real model without
/// failing in any way but an error value.
void path(std::span<const uint8_t> input);
/// A Python literal (the edit grammar) set at one of several places of a real model: apply,
/// save, re-read, undo — undo must give back the original bytes.
void literal(std::span<const uint8_t> input);
/// The security analysis of any file, read both as joblib.load and as pickle.load would.
void security(std::span<const uint8_t> input);

/// Prints `what` to stderr and aborts: an invariant of a target broke.
[[noreturn]] void fail(std::string_view what);

/// The target body named `name` ("reader", "roundtrip", ...), or nullptr.
using Body = void (*)(std::span<const uint8_t>);
Body bodyNamed(std::string_view name);

} // namespace ps::fuzz
