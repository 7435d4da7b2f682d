// SPDX-License-Identifier: MIT
#include "source/torch_zip.h"

#include <new>

namespace ps {

namespace {

constexpr std::string_view kDataPkl = "data.pkl";

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i]))
            return false;
    return true;
}

/// Ends in "data.pkl" in any case ("DATA.PKL" is what miniz finds for "data.pkl").
bool endsWithNoCase(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && equalsNoCase(s.substr(s.size() - suffix.size()), suffix);
}

Result<TorchZipLayout> findTorchLayoutImpl(const ZipArchive &archive)
{
    TorchZipLayout layout;
    std::vector<const ZipEntry *> candidates;
    for (const ZipEntry &entry : archive.entries) {
        if (equalsNoCase(entry.name, kDataPkl) || endsWithNoCase(entry.name, "/data.pkl")) {
            bool seen = false;
            for (const ZipEntry *c : candidates)
                seen = seen || c->name == entry.name;
            if (!seen) // duplicates of one name are reported by readZip already
                candidates.push_back(&entry);
        }
    }
    if (candidates.empty()) {
        Error e = makeError(0, "no data.pkl entry: not a PyTorch checkpoint");
        e.stream = "zip directory";
        return e;
    }

    // PyTorch (caffe2 PyTorchStreamReader::init): archive name = first entry's name up to '/'.
    std::string torchPrefix;
    if (!archive.entries.empty()) {
        const std::string &first = archive.entries.front().name;
        const size_t slash = first.find('/');
        if (slash == std::string::npos) {
            layout.warnings.push_back("the first entry '" + first
                                      + "' is not in a folder; PyTorch refuses such archives "
                                        "(\"file in archive is not in a subdirectory\")");
        } else {
            torchPrefix = first.substr(0, slash + 1);
        }
    }
    // PyTorchStreamReader::getRecordID → mz_zip_reader_locate_file(…, flags 0): the name is
    // compared without regard to case, so "archive/DATA.PKL" is what torch reads when it is
    // the only match; several matches are ambiguous (miniz's sorted search picks one).
    const ZipEntry *chosen = nullptr;
    int matches = 0;
    for (const ZipEntry *c : candidates) {
        if (!torchPrefix.empty() && equalsNoCase(c->name, torchPrefix + std::string(kDataPkl))) {
            if (!chosen)
                chosen = c;
            ++matches;
        }
    }
    if (matches > 1)
        layout.warnings.push_back("several entries match '" + torchPrefix
                                  + "data.pkl' without regard to case; which one torch reads "
                                    "depends on its ZIP index");
    if (!chosen) {
        chosen = candidates.front();
        if (!torchPrefix.empty()) {
            layout.warnings.push_back("PyTorch would look for '" + torchPrefix
                                      + "data.pkl', which does not exist; showing '" + chosen->name
                                      + "'");
        }
    }
    if (candidates.size() > 1) {
        std::string names;
        for (const ZipEntry *c : candidates)
            names += (names.empty() ? "'" : ", '") + c->name + "'";
        layout.warnings.push_back("several data.pkl entries (" + names + "); using '" + chosen->name
                                  + "'");
    }

    layout.dataPkl = chosen;
    layout.dataPklEntry = chosen->name;
    layout.prefix = chosen->name.substr(0, chosen->name.size() - kDataPkl.size());

    const std::string storageFolder = layout.prefix + "data/";
    for (const ZipEntry &entry : archive.entries) {
        if (entry.name.size() <= storageFolder.size()
            || entry.name.compare(0, storageFolder.size(), storageFolder) != 0)
            continue;
        std::string key = entry.name.substr(storageFolder.size());
        if (key.find('/') != std::string::npos)
            continue;
        layout.storages.emplace(std::move(key), &entry); // first one wins for duplicates
    }
    layout.byteOrder = archive.find(layout.prefix + "byteorder");
    layout.version = archive.find(layout.prefix + ".data/version");
    if (!layout.version)
        layout.version = archive.find(layout.prefix + "version");
    layout.constantsPkl = archive.find(layout.prefix + "constants.pkl");
    return layout;
}

} // namespace

Result<TorchZipLayout> findTorchLayout(const ZipArchive &archive)
{
    try {
        return findTorchLayoutImpl(archive);
    } catch (const std::bad_alloc &) {
        return makeError(0, "out of memory while reading the PyTorch layout");
    } catch (const std::exception &ex) {
        return makeError(0, std::string("cannot read the PyTorch layout: ") + ex.what());
    }
}

Result<std::string> readSmallTextEntry(std::span<const uint8_t> file, const ZipEntry &entry,
                                       uint64_t maxBytes)
{
    if (entry.uncompressedSize > maxBytes) {
        Error e = makeError(entry.localHeaderOffset,
                            "entry is " + std::to_string(entry.uncompressedSize)
                                + " bytes; at most " + std::to_string(maxBytes) + " expected");
        e.stream = entry.name;
        return e;
    }
    try {
        ByteBuffer storage;
        DecompressLimits limits;
        limits.maxOutputBytes = maxBytes;
        auto data = entryData(file, entry, storage, limits);
        if (!data)
            return data.error();
        std::string text(reinterpret_cast<const char *>(data->data()), data->size());
        const auto isSpace = [](char ch) {
            return ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t';
        };
        while (!text.empty() && isSpace(text.back()))
            text.pop_back();
        size_t start = 0;
        while (start < text.size() && isSpace(text[start]))
            ++start;
        return text.substr(start);
    } catch (const std::exception &ex) {
        Error e = makeError(entry.localHeaderOffset, std::string("cannot read: ") + ex.what());
        e.stream = entry.name;
        return e;
    }
}

} // namespace ps
