// SPDX-License-Identifier: MIT
// Fuzz target "roundtrip": reader → writer → reader. Whatever the reader accepted without
// error and the writer agreed to write must read back without error as the same graph
// (graph_equal.h): once in each pickle's own protocol and container, once converted to the
// protocol the input's size picks (0-5).
#include "targets.h"

#include "document/document.h"
#include "graph_equal.h"
#include "pickler/pickler.h"
#include "reader/reader.h"

#include <string>
#include <vector>

namespace ps::fuzz {
namespace {

void writeAndCompare(const Document &original, const ConvertOptions &options)
{
    auto written = convertDocument(original, options);
    if (!written.ok())
        return; // refused with a message: the writer's answer for what it cannot write
    auto again = openDocumentBytes(std::move(*written), "written");
    const std::string at = " (protocol " + std::to_string(options.protocol) + ")";
    if (!again->ok())
        fail("the writer's output does not read back" + at + ": " + again->error()->toString());
    const std::string difference = compareDocuments(original, *again);
    if (!difference.empty())
        fail("the graph read back differs" + at + ": " + difference);
}

} // namespace

void roundtrip(std::span<const uint8_t> input)
{
    auto doc = openDocumentBytes(std::vector<uint8_t>(input.begin(), input.end()), "fuzz");
    if (!doc->ok() || doc->roots().empty())
        return;
    if (doc->format() != Format::Pickle && doc->format() != Format::Joblib)
        return; // PyTorch checkpoints are refused by the writer
    ConvertOptions options;
    options.container = doc->format() == Format::Joblib ? ConvertOptions::Container::Joblib
                                                        : ConvertOptions::Container::Pickle;
    writeAndCompare(*doc, options);
    options.protocol = static_cast<int>(input.size() % 6);
    writeAndCompare(*doc, options);
}

} // namespace ps::fuzz
