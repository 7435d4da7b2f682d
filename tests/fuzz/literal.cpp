// SPDX-License-Identifier: MIT
// Fuzz target "literal": the Python literals edits take (scalars, bytes, str escapes, big
// ints, floats, nested lists / tuples / dicts / sets), set at one of several kinds of places of
// a real model — an estimator's float and str attributes, a numpy scalar, array elements and a
// whole array, a list item, a dict key — or inserted. An accepted edit is applied, saved and
// read back (the saved file must read without error), then undone: the save must give the
// original file back byte for byte.
#include "targets.h"

#include "editing/edit.h"
#include "fixture.h"
#include "pickler/save.h"
#include "reader/reader.h"

#include <array>
#include <memory>
#include <string>
#include <string_view>

namespace ps::fuzz {
namespace {

constexpr std::string_view kModel = "sk_pipeline_scaler_svc_p4.pkl";

// Where the first input byte sends the literal (the rest of the input).
constexpr std::array<std::string_view, 9> kSetPaths = {
    ".steps[1][1].C",               // float attribute
    ".steps[1][1].kernel",          // str attribute
    ".steps[0][1].n_samples_seen_", // numpy int64 scalar
    ".steps[0][1].mean_[2]",        // float64 array element
    ".steps[0][1].mean_",           // a whole array
    ".steps[1][1].support_[0]",     // int32 array element
    ".steps[0]",                    // a tuple in a list
    ".steps[1][1].class_weight",    // None, replaced by anything
    ".steps[1][1].<state>",         // the whole state dict
};

} // namespace

void literal(std::span<const uint8_t> input)
{
    if (input.empty())
        return;
    const uint8_t selector = input[0];
    const std::string_view text(reinterpret_cast<const char *>(input.data()) + 1, input.size() - 1);
    static std::unique_ptr<Document> doc = openFixture(kModel);
    static const std::vector<uint8_t> original = [] {
        auto bytes = savedBytes(*doc);
        if (!bytes.ok())
            fail("the unedited model does not save");
        return *bytes;
    }();

    Result<std::unique_ptr<Edit>> edit = makeError(0, "no edit");
    const size_t choice = selector % (kSetPaths.size() + 3);
    if (choice < kSetPaths.size())
        edit = makeSetValue(*doc, kSetPaths[choice], text);
    else if (choice == kSetPaths.size())
        edit = makeRenameKey(*doc, ".steps[1][1].<state>['C']", text);
    else if (choice == kSetPaths.size() + 1)
        edit = makeInsertItem(*doc, ".steps", static_cast<int8_t>(selector) / 16, text);
    else
        edit = makeInsertDictItem(*doc, ".steps[1][1].<state>", text, "1");
    if (!edit.ok())
        return;
    if (!(*edit)->apply(*doc).ok())
        return;
    auto saved = savedBytes(*doc);
    if (saved.ok()) {
        auto reread = openDocumentBytes(std::move(*saved), "edited");
        if (!reread->ok())
            fail("an accepted edit saved a file that does not read back: "
                 + reread->error()->toString());
    }
    (*edit)->undo(*doc);
    auto restored = savedBytes(*doc);
    if (!restored.ok() || *restored != original)
        fail("undo did not give the original file back");
}

} // namespace ps::fuzz
