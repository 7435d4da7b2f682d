// SPDX-License-Identifier: MIT
#include "document/document.h"

#include <algorithm>

namespace ps {

std::string_view formatName(Format f)
{
    switch (f) {
    case Format::Pickle:
        return "pickle";
    case Format::Joblib:
        return "joblib";
    case Format::TorchZip:
        return "torch-zip";
    case Format::TorchLegacy:
        return "torch-legacy";
    case Format::Npy:
        return "npy";
    case Format::Npz:
        return "npz";
    }
    return "pickle";
}

Document::Document() = default;
Document::~Document() = default;

int Document::protocol() const
{
    if (m_streams.empty())
        return 0;
    if (m_format == Format::TorchLegacy && m_streams.size() >= 4)
        return m_streams[3].protocol;
    return m_streams.front().protocol;
}

void Document::releaseMappedPages() const
{
    for (const auto &file : m_mappings)
        file->releasePages(0, file->size());
}

MappedFile::DiskChange Document::diskChange() const
{
    auto worst = MappedFile::DiskChange::None;
    for (const auto &file : m_mappings)
        worst = std::max(worst, file->diskChange());
    return worst;
}

Status Document::verifyMappedBytes() const
{
    for (const auto &file : m_mappings) {
        if (file->diskChange() != MappedFile::DiskChange::Modified)
            continue;
        Error e = makeError(0, "the file was rewritten or truncated on disk after it was opened, "
                               "so values read from it may be wrong: open it again");
        e.file = file->path();
        return e;
    }
    return {};
}

std::span<const uint8_t> Document::fileBytes() const
{
    for (const Buffer &b : m_buffers)
        if (b.isFile)
            return b.bytes;
    return {};
}

const Interpretation *Document::interpretation(NodeId id) const
{
    auto it = m_interpretationIndex.find(id);
    return it == m_interpretationIndex.end() ? nullptr : &m_interpretations[it->second];
}

Interpretation *Document::mutableInterpretation(NodeId id)
{
    auto it = m_interpretationIndex.find(id);
    return it == m_interpretationIndex.end() ? nullptr : &m_interpretations[it->second];
}

void Document::setInterpretation(NodeId id, Interpretation interpretation)
{
    auto it = m_interpretationIndex.find(id);
    if (it != m_interpretationIndex.end()) {
        m_interpretations[it->second] = std::move(interpretation);
        return;
    }
    m_interpretationIndex.emplace(id, static_cast<uint32_t>(m_interpretations.size()));
    m_interpretations.push_back(std::move(interpretation));
}

NodeId followAlias(const Document &document, NodeId id)
{
    const Graph &g = document.graph();
    for (int hop = 0; hop < 16; ++hop) {
        if (id == kNoNode || id >= g.size())
            return id;
        const Interpretation *in = document.interpretation(id);
        if (!in || in->what != Recognised::Alias || in->value == kNoNode || in->value == id)
            return id;
        id = in->value;
    }
    return id;
}

} // namespace ps
