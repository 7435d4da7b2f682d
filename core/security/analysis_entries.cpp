// SPDX-License-Identifier: MIT
// Bytes inside the file scanned as pickles of their own: the other entries of a ZIP archive
// and the members of a legacy PyTorch TAR checkpoint, plus container anomalies.
#include "security/analyser.h"

#include "reader/reader.h"
#include "util/pyrepr.h"

#include <algorithm>

namespace ps::security::detail {

bool Analyser::sniffPickle(std::span<const uint8_t> data, bool storage)
{
    if (data.size() < 2)
        return false;
    if (data[0] == 0x80 && data[1] <= 5)
        return true;
    if (storage)
        return false;
    // Protocols 0 and 1 have no PROTO: an opcode that can start a pickle, and STOP last.
    size_t end = data.size();
    while (end > 0 && (data[end - 1] == '\n' || data[end - 1] == '\r'))
        --end;
    static constexpr std::string_view kStarts = "(cNIJKLMFSUTXV]})l.diGBC";
    return end > 1 && data[end - 1] == '.'
           && kStarts.find(static_cast<char>(data[0])) != std::string_view::npos;
}

std::string Analyser::anomalyText(uint32_t a)
{
    std::string out;
    auto add = [&](ZipAnomaly bit, const char *text) {
        if (a & bit)
            out += (out.empty() ? "" : "; ") + std::string(text);
    };
    add(ZipNameMismatch, "its local header names another file (CVE-2025-1944)");
    add(ZipSuspiciousFlags, "encryption/patch flag bits on plain data (CVE-2025-1945)");
    add(ZipCrcMismatch, "CRC-32 mismatch: loaders that skip the check read it anyway "
                        "(CVE-2025-10156)");
    add(ZipDuplicateName, "another entry has the same name: which one is read depends on "
                          "the ZIP reader");
    add(ZipMethodMismatch, "local header and directory disagree on method or sizes");
    add(ZipOverlapping, "its data overlaps another entry");
    add(ZipUnreadable, "it lies outside the file");
    add(ZipUnsupportedMethod, "unsupported compression method");
    return out;
}

void Analyser::containerFinding(const std::string &name, uint64_t offset, Classification c)
{
    countSeverity(c.severity);
    if (m_rep.findings.size() >= m_opt.maxFindings) {
        m_rep.truncated = true;
        return;
    }
    Finding f;
    f.severity = c.severity;
    f.category = c.category;
    f.kind = FindingKind::Container;
    f.explanation = std::move(c.reason);
    f.entry = name;
    f.expression = "member " + reprStr(name);
    f.offset = offset;
    f.endOffset = offset + 512;
    f.fileOffset = offset;
    m_rep.findings.push_back(std::move(f));
}

void Analyser::containerFinding(const ZipEntry &e, Classification c)
{
    countSeverity(c.severity);
    if (m_rep.findings.size() >= m_opt.maxFindings) {
        m_rep.truncated = true;
        return;
    }
    Finding f;
    f.severity = c.severity;
    f.category = c.category;
    f.kind = FindingKind::Container;
    f.explanation = std::move(c.reason);
    f.entry = e.name;
    f.expression = "zip entry " + reprStr(e.name);
    f.offset = e.localHeaderOffset;
    f.endOffset = e.dataOffset + e.compressedSize;
    f.fileOffset = e.localHeaderOffset;
    m_rep.findings.push_back(std::move(f));
}

void Analyser::archiveEntries()
{
    const auto file = m_doc.fileBytes();
    if (file.empty() || !looksLikeZip(file))
        return;
    auto archive = readZip(file);
    if (!archive.ok()) {
        m_rep.notes.push_back("the ZIP directory could not be read: " + archive.error().message);
        return;
    }
    // The entry the document itself read (the first '<name>/data.pkl').
    std::string primary;
    for (const PickleStream &s : m_doc.streams())
        if (s.buffer < m_doc.buffers().size() && !m_doc.buffers()[s.buffer].isFile) {
            primary = m_doc.buffers()[s.buffer].name;
            break;
        }
    std::string storagePrefix;
    if (const size_t slash = primary.rfind('/'); slash != std::string::npos)
        storagePrefix = primary.substr(0, slash + 1) + "data/";
    bool primarySeen = false;
    for (const ZipEntry &e : archive->entries) {
        if (e.anomalies)
            containerFinding(e, {Severity::Unknown, Category::Container,
                                 "ZIP entry " + e.name + ": " + anomalyText(e.anomalies)});
        const bool isPrimary = !primarySeen && !primary.empty() && e.name == primary;
        if (isPrimary) {
            primarySeen = true;
            continue;
        }
        if (m_doc.format() == Format::Npz && readByDocument(e.name))
            continue; // an .npy member: its pickle (object arrays) is one of the streams
        checkCancel();
        if (!e.readable() || (e.method != 0 && e.method != 8))
            continue;
        const bool storage = !storagePrefix.empty() && e.name.starts_with(storagePrefix);
        scanEntry(file, e, storage, e.name == primary);
    }
}

bool Analyser::readByDocument(const std::string &entry) const
{
    for (const Buffer &b : m_doc.buffers())
        if (!b.isFile && b.name == entry)
            return true;
    return false;
}

void Analyser::scanEntry(std::span<const uint8_t> file, const ZipEntry &e, bool storage,
                         bool duplicateOfPrimary)
{
    // Sniff the first bytes before copying anything.
    if (e.method == 0) {
        if (e.dataOffset > file.size() || file.size() - e.dataOffset < e.compressedSize)
            return;
        if (!sniffPickle(file.subspan(e.dataOffset, e.compressedSize), storage))
            return;
    }
    if (e.uncompressedSize > m_opt.maxEntryBytes) {
        containerFinding(e, {Severity::Unknown, Category::Container,
                             "ZIP entry " + e.name + " is " + std::to_string(e.uncompressedSize)
                                 + " bytes, more than the scan inflates ("
                                 + std::to_string(m_opt.maxEntryBytes)
                                 + "): whether it holds a pickle cannot be decided"});
        return;
    }
    checkCancel();
    ByteBuffer inflated;
    DecompressLimits limits;
    limits.maxOutputBytes = m_opt.maxEntryBytes;
    limits.cancel = m_opt.cancel;
    auto data = entryData(file, e, inflated, limits);
    if (!data.ok()) {
        containerFinding(e, {Severity::Unknown, Category::Container,
                             "ZIP entry " + e.name + " could not be read (" + data.error().message
                                 + "): whether it holds a pickle cannot be decided"});
        return;
    }
    if (!sniffPickle(*data, storage))
        return;
    const std::string where = duplicateOfPrimary
                                  ? " (in a second ZIP entry named " + e.name
                                        + ": which one a loader reads depends on its ZIP reader)"
                                  : " (in ZIP entry " + e.name
                                        + ", which torch.load does not unpickle; other "
                                          "tools may)";
    scanMember("ZIP entry", e.name, *data,
               e.method == 0 ? std::optional<uint64_t>(e.dataOffset) : std::nullopt, where);
}

void Analyser::tarMembers()
{
    const auto file = m_doc.fileBytes();
    if (file.size() < 512
        || std::string_view(reinterpret_cast<const char *>(file.data()) + 257, 5) != "ustar")
        return;
    uint64_t pos = 0;
    while (file.size() - pos >= 512) {
        const uint8_t *h = file.data() + pos;
        if (std::all_of(h, h + 512, [](uint8_t c) { return c == 0; }))
            break;
        std::string name(reinterpret_cast<const char *>(h), 100);
        name.resize(std::min(name.find('\0'), name.size()));
        uint64_t size = 0;
        for (int i = 124; i < 136 && h[i] >= '0' && h[i] <= '7'; ++i)
            size = size * 8 + (h[i] - '0');
        const uint64_t data = pos + 512;
        if (size > file.size() - data) {
            containerFinding(name, pos,
                             {Severity::Unknown, Category::Container,
                              "TAR member " + name
                                  + " runs past the end of the file: what it "
                                    "holds cannot be decided"});
            break;
        }
        const char type = static_cast<char>(h[156]);
        if ((type == '0' || type == '\0') && sniffPickle(file.subspan(data, size), false))
            scanMember("TAR member", name, file.subspan(data, size), data,
                       " (in TAR member " + name
                           + " of a legacy PyTorch checkpoint, which torch.load unpickles)");
        pos = data + (size + 511) / 512 * 512;
        if (pos > file.size())
            break;
    }
}

void Analyser::scanMember(const std::string &kind, const std::string &name,
                          std::span<const uint8_t> data, std::optional<uint64_t> fileOffset,
                          const std::string &where)
{
    OpenOptions options;
    options.cancel = m_opt.cancel;
    auto sub = openDocumentBytes(std::vector<uint8_t>(data.begin(), data.end()),
                                 m_doc.path() + ":" + name, options);
    checkCancel();
    if (sub->streams().empty() || sub->streams().front().opcodes == 0) {
        m_rep.notes.push_back(kind + " " + name + " looks like a pickle but is not one");
        return;
    }
    SecurityReport inner;
    Analyser(*sub, m_opt, inner, m_depth + 1).run();
    m_rep.notes.push_back(kind + " " + name + " was scanned as a pickle of its own");
    if (inner.error)
        m_rep.notes.push_back(kind + " " + name + ": " + inner.error->toString());
    m_rep.dangerous += inner.dangerous;
    m_rep.unknown += inner.unknown;
    m_rep.safe += inner.safe;
    for (Finding &f : inner.findings) {
        if (m_rep.findings.size() >= m_opt.maxFindings) {
            m_rep.truncated = true;
            break;
        }
        f.entry = name;
        f.streamName = name;
        f.node = kNoNode;
        f.reachable = false;
        f.fileOffset = fileOffset ? std::optional<uint64_t>(*fileOffset + f.offset) : std::nullopt;
        f.explanation += where;
        m_rep.findings.push_back(std::move(f));
    }
    m_rep.truncated = m_rep.truncated || inner.truncated;
    for (GlobalSummary &s : inner.globals) {
        auto [it, inserted] = m_summaryIndex.try_emplace(s.global, m_rep.globals.size());
        if (inserted) {
            s.firstNode = kNoNode;
            m_rep.globals.push_back(std::move(s));
            continue;
        }
        GlobalSummary &mine = m_rep.globals[it->second];
        mine.uses += s.uses;
        if (s.severity > mine.severity) {
            mine.severity = s.severity;
            mine.category = s.category;
            mine.reason = s.reason;
        }
    }
}

} // namespace ps::security::detail
