// SPDX-License-Identifier: MIT
#include "fixture.h"

#include "reader/reader.h"
#include "targets.h"

#include <map>
#include <string>

namespace ps::fuzz {

std::unique_ptr<Document> openFixture(std::string_view name)
{
    const std::string file = std::string(PS_FUZZ_FIXTURES) + "/" + std::string(name);
    auto doc = openDocument(file);
    if (!doc || !doc->ok() || doc->roots().empty())
        fail("cannot read the fixture " + file);
    return doc;
}

const Document &fixtureDocument(std::string_view name)
{
    static std::map<std::string, std::unique_ptr<Document>, std::less<>> opened;
    auto it = opened.find(name);
    if (it == opened.end())
        it = opened.emplace(std::string(name), openFixture(name)).first;
    return *it->second;
}

} // namespace ps::fuzz
