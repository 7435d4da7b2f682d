// SPDX-License-Identifier: MIT
#include "reader/reader.h"

#include "opcodes/opcode_table.h"
#include "reader/stream_scan.h"
#include "reader/torch_storage.h"
#include "recognise/recognise.h"
#include "source/decompress.h"
#include "source/foreign_format.h"
#include "source/mapped_file.h"
#include "source/npy.h"
#include "source/torch_legacy.h"
#include "source/torch_zip.h"
#include "source/zip_reader.h"
#include "unpickler/unpickler.h"

#include <algorithm>
#include <cstdint>
#include <new>
#include <unordered_set>

namespace ps {

/// The reading pipeline: container detection, decompression, every pickle, recognisers.
class DocumentReader
{
public:
    static std::unique_ptr<Document> open(const std::string &path, const OpenOptions &options);
    static std::unique_ptr<Document> fromBytes(std::vector<uint8_t> bytes, std::string name,
                                               const OpenOptions &options);

    DocumentReader(Document &doc, const OpenOptions &options)
        : m_doc(doc)
        , m_options(options)
        , m_session(doc.m_graph, options.limits,
                    [this](uint64_t done, uint64_t total) { return onProgress(done, total); })
    {
        m_session.joblibArrays = options.joblibArrays;
        m_session.fastLane = options.fastLane;
    }

    /// The file `read` is given lies in this mapping: pages behind the unpickler are released.
    void setMappedFile(const MappedFile *file) { m_file = file; }

    void read(std::span<const uint8_t> file)
    {
        try {
            readContainer(file);
        } catch (const FullReadNeeded &) {
            m_fullReadNeeded = true; // the document is discarded and read again in full
            return;
        } catch (const std::bad_alloc &) {
            setError(makeError(0, "out of memory while reading the file"));
        } catch (const std::exception &e) {
            setError(makeError(0, std::string("internal error: ") + e.what()));
        }
        finish();
    }

    /// OpenOptions::streamsOnly: the scan could not vouch for a pickle (or the container
    /// needs objects), so the file must be read again without that option.
    bool fullReadNeeded() const { return m_fullReadNeeded; }

private:
    Document &m_doc;
    const OpenOptions &m_options;
    /// Thrown in streams-only mode when only the unpickler can tell what a full read gives.
    struct FullReadNeeded
    {
    };
    bool m_fullReadNeeded = false;
    uint64_t m_scannedOpcodes = 0; ///< streams-only mode: the unpickler session's opcodesRun

    /// The mapped file, when reading one: its pages behind the unpickler are given back.
    const MappedFile *m_file = nullptr;
    bool m_unpicklingFile = false; ///< the pickle being read lies in the mapped file
    uint64_t m_releasedTo = 0;

    /// The progress callback the unpickler polls (every 65,536 opcodes): reports progress,
    /// answers "stop" once `cancel` is set, and lets go of the file's pages already read.
    bool onProgress(uint64_t done, uint64_t total)
    {
        if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
            return false;
        // Objects keep views into the bytes behind (strings); they map them again when read.
        constexpr uint64_t kStep = uint64_t(8) << 20;
        if (m_unpicklingFile && done >= m_releasedTo + 2 * kStep) {
            m_file->releasePages(m_releasedTo, done - kStep);
            m_releasedTo = done - kStep;
        }
        return m_options.progress ? m_options.progress(done, total) : true;
    }
    /// Bounds for decompressing the file and inflating ZIP entries, with the cancel flag.
    DecompressLimits decompressLimits() const
    {
        DecompressLimits limits;
        limits.cancel = m_options.cancel;
        return limits;
    }
    UnpickleSession m_session;

    void setError(Error e, const std::string &stream = {})
    {
        if (m_doc.m_error)
            return;
        e.file = m_doc.m_path;
        if (e.stream.empty())
            e.stream = stream;
        m_doc.m_error = std::move(e);
    }

    uint32_t addBuffer(std::string name, std::span<const uint8_t> bytes, bool isFile,
                       uint64_t fileOffset)
    {
        m_doc.m_buffers.push_back({std::move(name), bytes, isFile, fileOffset});
        return static_cast<uint32_t>(m_doc.m_buffers.size() - 1);
    }

    void readContainer(std::span<const uint8_t> file)
    {
        m_doc.m_fileSize = file.size();
        if (file.empty()) {
            addBuffer("", file, true, 0);
            setError(
                makeError(0, "the file is empty: expected a pickle (first byte is an opcode)"));
            return;
        }
        if (isNpy(file)) {
            // "\x93NUMPY" is STACK_GLOBAL on an empty stack: never a pickle pickle.load reads.
            if (m_options.streamsOnly)
                throw FullReadNeeded{}; // its array data is a stream checked by the recognisers
            m_doc.m_format = Format::Npy;
            const uint32_t b = addBuffer("", file, true, 0);
            const NodeId root = readNpy(b, "");
            if (root != kNoNode)
                m_doc.m_roots.push_back(root);
            return;
        }
        // torch.load takes a file for a ZIP checkpoint only when it starts with a local header
        // (torch/serialization.py _is_zipfile); otherwise it, like pickle.load, reads the pickle
        // at offset 0 — even when a ZIP archive follows it (its entries are scanned anyway).
        const bool zipAtStart
            = file.size() >= 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
        if (zipAtStart || (looksLikeZip(file) && !startsLikePickle(file))) {
            readTorchZip(file);
            return;
        }
        if (looksLikeZip(file))
            m_doc.m_warnings.push_back("the file ends with a ZIP archive, but pickle.load and "
                                       "torch.load read the pickle at offset 0");
        const Compression c = detectCompression(file);
        if (c != Compression::None) {
            m_doc.m_format = Format::Joblib;
            m_doc.m_compression = std::string(compressionName(c));
            DecompressReport report;
            auto out = decompress(file, c, decompressLimits(), &report);
            for (auto &w : report.warnings)
                m_doc.m_warnings.push_back(w);
            addBuffer("", file, true, 0); // the file itself, e.g. for identical saves
            std::shared_ptr<ByteBuffer> data;
            if (out.ok()) {
                data = std::make_shared<ByteBuffer>(std::move(*out));
            } else {
                setError(out.error());
                if (report.partialOutput.empty())
                    return;
                // Read what could be decompressed: the partial tree stays visible.
                data = std::make_shared<ByteBuffer>(std::move(report.partialOutput));
            }
            m_doc.retain(data);
            const uint32_t b = addBuffer(std::string(compressionName(c)) + " stream",
                                         std::span<const uint8_t>(*data), false, 0);
            readPickleSequence(b);
            return;
        }
        const uint32_t b = addBuffer("", file, true, 0);
        readPickleSequence(b);
    }

    /// The first byte is an opcode (pickle.load would start reading there).
    static bool startsLikePickle(std::span<const uint8_t> file)
    {
        return !file.empty() && opcodeInfo(file[0]) != nullptr;
    }

    /// Runs one pickle; returns false when it failed.
    bool runPickle(uint32_t buffer, uint64_t start, std::string name, UnpickleOutcome &out)
    {
        // Stream indices are 32-bit (Node::stream): a larger limit is capped there.
        const uint64_t maxPickles = std::min<uint64_t>(m_options.limits.maxPickles, UINT32_MAX);
        if (m_doc.m_streams.size() >= maxPickles) {
            setError(makeError(start,
                               "more than " + std::to_string(maxPickles) + " pickles in one file"));
            return false;
        }
        PickleStream s;
        s.name = std::move(name);
        s.buffer = buffer;
        s.begin = start;
        const auto index = static_cast<uint32_t>(m_doc.m_streams.size());
        m_doc.m_streams.push_back(std::move(s));
        PickleStream &stream = m_doc.m_streams.back();
        if (m_options.streamsOnly) {
            StreamScan scan(m_doc.m_buffers[buffer].bytes, m_options.limits, m_session.joblibArrays,
                            m_scannedOpcodes);
            const StreamScan::Outcome o = scan.run(start);
            // A big integer as the first pickle may be PyTorch's legacy magic number.
            if (o.needsUnpickler || (index == 0 && o.bigIntRoot))
                throw FullReadNeeded{};
            out.end = o.end;
            out.protocol = o.protocol;
            out.hasProto = o.hasProto;
            out.opcodes = o.opcodes;
            out.error = o.error;
        } else {
            m_unpicklingFile = m_file && m_doc.m_buffers[buffer].isFile;
            if (m_options.recordInstructions && index == 0) {
                // The first pickle: small objects take an opcode per ~3 bytes, room up front
                // (address space; only what is written becomes resident), no copies as it grows.
                const uint64_t left = m_doc.m_buffers[buffer].bytes.size() - start;
                stream.instructions.reserve(
                    static_cast<size_t>(std::min<uint64_t>(left / 3 + 16, uint64_t(1) << 24)));
            }
            Unpickler unpickler(m_session, m_doc.m_buffers[buffer].bytes, buffer, index,
                                m_options.recordInstructions ? &stream.instructions : nullptr,
                                &stream.regions);
            out = unpickler.run(start);
        }
        stream.opcodes = out.opcodes;
        stream.end = out.end;
        stream.protocol = out.protocol;
        stream.hasProto = out.hasProto;
        stream.root = out.root;
        if (out.error) {
            Error e = *out.error;
            e.stream = m_doc.m_buffers[buffer].isFile && m_doc.m_streams.size() == 1 ? std::string()
                                                                                     : stream.name;
            e.file = m_doc.m_path;
            stream.error = e;
            stream.partialStack = out.partialStack;
            return false;
        }
        return true;
    }

    void readPickleSequence(uint32_t buffer)
    {
        const auto bytes = m_doc.m_buffers[buffer].bytes;
        if (!m_options.streamsOnly)
            m_doc.m_graph.reserveForInput(bytes.size());
        uint64_t pos = 0;
        int n = 0;
        while (pos < bytes.size()) {
            if (n > 0 && bytes.size() - pos >= 4 && bytes[pos] == 'P' && bytes[pos + 1] == 'K'
                && bytes[pos + 2] == 3 && bytes[pos + 3] == 4) {
                // A ZIP archive appended to the pickle(s): its entries are not pickles of this
                // sequence (the security scan inspects them as archive entries).
                m_doc.m_warnings.push_back("a ZIP archive follows the pickle at offset "
                                           + std::to_string(pos));
                break;
            }
            ++n;
            UnpickleOutcome out;
            const bool ok = runPickle(buffer, pos, "pickle " + std::to_string(n), out);
            PickleStream &stream = m_doc.m_streams.back();
            if (!ok) {
                if (n == 1 && m_doc.m_buffers[buffer].isFile) {
                    if (const auto what = foreignFormatName(bytes)) {
                        // Not a pickle that failed but another kind of file: say which.
                        setError(makeError(0, "this is " + std::string(*what)
                                                  + ", not a pickle: PickleScope reads pickle, "
                                                    "joblib, PyTorch, .npy and .npz files"));
                        break;
                    }
                }
                if (n == 1) {
                    setError(*stream.error);
                    for (NodeId id : stream.partialStack)
                        m_doc.m_roots.push_back(id);
                } else if (stream.opcodes == 0) {
                    // Not a pickle at all: opaque bytes after the last STOP (loaders ignore them).
                    m_doc.m_streams.pop_back();
                    m_doc.m_warnings.push_back(
                        std::to_string(bytes.size() - pos) + " trailing bytes after offset "
                        + std::to_string(pos) + " are not a pickle: " + stream_error_text(out));
                } else {
                    m_doc.m_warnings.push_back("the data after offset " + std::to_string(pos)
                                               + " is not a complete pickle: "
                                               + stream_error_text(out));
                }
                break;
            }
            if (!m_options.streamsOnly)
                m_doc.m_roots.push_back(out.root);
            pos = out.end;
            if (n == 1 && detectLegacyTorch(out.root)) {
                readLegacyTorch(buffer, pos);
                return;
            }
        }
        if (m_doc.m_streams.empty() && !m_doc.m_error)
            setError(makeError(0, "no pickle found"));
    }

    static std::string stream_error_text(const UnpickleOutcome &out)
    {
        if (!out.error)
            return {};
        return "offset " + std::to_string(out.error->offset) + ": "
               + (out.error->opcode.empty() ? std::string() : out.error->opcode + ": ")
               + out.error->message;
    }

    bool detectLegacyTorch(NodeId root) const
    {
        // torch.save(_use_new_zipfile_serialization=False) starts with the magic number
        // 0x1950a86a20f9469cfc6c as its own pickle (torch/serialization.py, _legacy_save).
        const Graph &g = m_doc.m_graph;
        if (root == kNoNode || g.kind(root) != Kind::BigInt)
            return false;
        // Compared as bytes: converting a huge integer to decimal is quadratic.
        return isTorchLegacyMagic(g.bigint(root));
    }

    void readLegacyTorch(uint32_t buffer, uint64_t pos)
    {
        // Layout: magic, protocol version, sys_info, the object, sorted storage keys — five
        // pickles — then each storage: u64 element count + count * element size bytes.
        m_session.joblibArrays = false; // torch.load's unpickler is not joblib's
        m_session.joblib = false;
        const char *names[] = {"protocol version", "sys_info", "object", "storage keys"};
        NodeId mainRoot = kNoNode, keysRoot = kNoNode;
        for (int i = 0; i < 4; ++i) {
            UnpickleOutcome out;
            if (!runPickle(buffer, pos,
                           std::string("pickle ") + std::to_string(i + 2) + " (" + names[i] + ")",
                           out)) {
                setError(*m_doc.m_streams.back().error);
                if (i == 2)
                    for (NodeId id : out.partialStack)
                        mainRoot = mainRoot == kNoNode ? id : mainRoot;
                break;
            }
            pos = out.end;
            if (i == 2)
                mainRoot = out.root;
            if (i == 3)
                keysRoot = out.root;
        }
        m_doc.m_format = Format::TorchLegacy;
        m_doc.m_roots.clear();
        if (mainRoot != kNoNode)
            m_doc.m_roots.push_back(mainRoot);
        if (keysRoot == kNoNode)
            return;
        auto storages
            = splitLegacyTorchStorages(m_doc.m_graph, keysRoot, m_doc.m_buffers[buffer].bytes, pos);
        if (!storages.ok()) {
            setError(storages.error());
            return;
        }
        for (auto &[key, span] : *storages)
            m_doc.m_torchStorages[key] = span;
    }

    void readTorchZip(std::span<const uint8_t> file)
    {
        m_doc.m_format = Format::TorchZip;
        addBuffer("", file, true, 0);
        ZipReadOptions zipOptions;
        zipOptions.limits = decompressLimits();
        auto archive = readZip(file, zipOptions);
        if (!archive.ok()) {
            setError(archive.error());
            return;
        }
        for (auto &w : archive->warnings)
            m_doc.m_warnings.push_back(w);
        // data.pkl chosen the way torch chooses it (source/torch_zip.h: one implementation).
        auto layout = findTorchLayout(*archive);
        if (!layout.ok()) {
            if (isNpz(*archive)) {
                if (m_options.streamsOnly)
                    throw FullReadNeeded{};
                readNpz(file, *archive);
                return;
            }
            setError(makeError(0, "ZIP archive without a '<name>/data.pkl' entry or '.npy' "
                                  "members: neither a PyTorch checkpoint nor a numpy .npz file"));
            return;
        }
        for (auto &w : layout->warnings)
            m_doc.m_warnings.push_back(w);
        const ZipEntry *dataPkl = layout->dataPkl;
        const std::string prefix = layout->prefix;
        m_session.joblibArrays = false; // torch.load's unpickler is not joblib's
        auto inflated = std::make_shared<ByteBuffer>();
        auto data = entryData(file, *dataPkl, *inflated, decompressLimits());
        if (!data.ok()) {
            Error e = data.error();
            e.stream = dataPkl->name;
            setError(e);
            return;
        }
        m_doc.retain(inflated);
        const uint32_t b = addBuffer(dataPkl->name, *data, false,
                                     dataPkl->method == 0 ? dataPkl->dataOffset : 0);
        UnpickleOutcome out;
        if (runPickle(b, 0, dataPkl->name, out)) {
            if (!m_options.streamsOnly)
                m_doc.m_roots.push_back(out.root);
            if (out.end != data->size())
                m_doc.m_warnings.push_back(dataPkl->name + " has "
                                           + std::to_string(data->size() - out.end)
                                           + " bytes after its STOP opcode");
        } else {
            setError(*m_doc.m_streams.back().error);
            for (NodeId id : out.partialStack)
                m_doc.m_roots.push_back(id);
        }
        if (m_options.streamsOnly)
            return; // listings do not show storages
        // Storages live in "<prefix>data/<key>".
        const std::string storagePrefix = prefix + "data/";
        for (const ZipEntry &e : archive->entries) {
            if (e.name.size() <= storagePrefix.size()
                || e.name.compare(0, storagePrefix.size(), storagePrefix) != 0)
                continue;
            auto buf = std::make_shared<ByteBuffer>();
            auto bytes = entryData(file, e, *buf, decompressLimits());
            if (!bytes.ok()) {
                m_doc.m_warnings.push_back("storage " + e.name
                                           + " is unreadable: " + bytes.error().message);
                continue;
            }
            m_doc.retain(buf);
            m_doc.m_torchStorages[e.name.substr(storagePrefix.size())] = *bytes;
        }
    }

    static bool isNpy(std::span<const uint8_t> file)
    {
        static constexpr uint8_t kMagic[] = {0x93, 'N', 'U', 'M', 'P', 'Y'};
        return file.size() >= sizeof kMagic
               && std::equal(kMagic, kMagic + sizeof kMagic, file.begin());
    }

    /// numpy.load reads a ZIP as an NpzFile; its arrays are the members named "*.npy".
    static bool isNpz(const ZipArchive &archive)
    {
        return std::any_of(archive.entries.begin(), archive.entries.end(), [](const ZipEntry &e) {
            return e.name.size() > 4 && e.name.compare(e.name.size() - 4, 4, ".npy") == 0;
        });
    }

    /// The `.npy` in `buffer` (the file, or an .npz member named `name`) as numpy.load reads it:
    /// a numeric array becomes an empty node the recognisers view as an array over the
    /// buffer (never copied); an object array is the pickle numpy wrote after the header, read
    /// as a stream (security analysis included). Returns the array's node, or kNoNode after an
    /// error.
    NodeId readNpy(uint32_t buffer, const std::string &name)
    {
        const auto bytes = m_doc.m_buffers[buffer].bytes;
        auto header = readNpyHeader(bytes);
        if (!header.ok()) {
            setError(header.error(), name);
            return kNoNode;
        }
        for (const std::string &w : header->warnings)
            m_doc.m_warnings.push_back((name.empty() ? std::string() : name + ": ") + w);
        const bool objects = header->descr.find('O') != std::string::npos;
        if (objects) {
            // np.save pickles object arrays (protocol 3) after the header; np.load unpickles it.
            m_session.joblibArrays = false; // numpy.load's unpickler is not joblib's
            UnpickleOutcome out;
            if (!runPickle(buffer, header->dataOffset, name.empty() ? "array pickle" : name, out)) {
                if (!m_doc.m_streams.empty() && m_doc.m_streams.back().error)
                    setError(*m_doc.m_streams.back().error);
                if (name.empty()) // the partial tree of a single .npy
                    for (NodeId id : out.partialStack)
                        m_doc.m_roots.push_back(id);
                return kNoNode;
            }
            return out.root;
        }
        if (!header->elementCount() || header->dataOffset > bytes.size()) {
            setError(makeError(header->dataOffset, "the array's shape overflows or its data "
                                                   "starts past the end of the file"),
                     name);
            return kNoNode;
        }
        // The node spans the data (its size checked against the dtype by the recogniser).
        const auto stream = static_cast<uint32_t>(m_doc.m_streams.size());
        PickleStream s;
        s.name = name.empty() ? std::string("array data") : name;
        s.buffer = buffer;
        s.begin = header->dataOffset;
        s.end = bytes.size();
        const NodeId node = m_doc.m_graph.addNode(Kind::Unknown, stream, s.begin, s.end);
        s.root = node;
        m_doc.m_streams.push_back(std::move(s));
        m_doc.m_npyArrays.push_back({node, buffer, std::move(*header)});
        return node;
    }

    /// An `.npz`: a dict of its `.npy` members by name without ".npy", as NpzFile's keys.
    void readNpz(std::span<const uint8_t> file, const ZipArchive &archive)
    {
        m_doc.m_format = Format::Npz;
        std::vector<NodeId> items;
        for (const ZipEntry &e : archive.entries) {
            if (m_doc.m_streams.size() >= m_options.limits.maxPickles) {
                setError(makeError(e.centralOffset,
                                   "more than " + std::to_string(m_options.limits.maxPickles)
                                       + " arrays in one .npz file"));
                break;
            }
            if (e.name.size() <= 4 || e.name.compare(e.name.size() - 4, 4, ".npy") != 0) {
                m_doc.m_warnings.push_back(e.name + " is not an array (.npy): not shown");
                continue;
            }
            auto inflated = std::make_shared<ByteBuffer>();
            auto data = entryData(file, e, *inflated, decompressLimits());
            if (!data.ok()) {
                Error err = data.error();
                setError(err, e.name);
                continue;
            }
            m_doc.retain(inflated);
            const uint32_t b = addBuffer(e.name, *data, false, e.method == 0 ? e.dataOffset : 0);
            const NodeId value = readNpy(b, e.name);
            if (value == kNoNode)
                continue;
            const Node &n = m_doc.m_graph.node(value);
            const std::string key = e.name.substr(0, e.name.size() - 4);
            items.push_back(m_doc.m_graph.addTextOwned(Kind::Str, key, n.stream, n.begin, n.begin));
            items.push_back(value);
        }
        if (m_doc.m_streams.empty()) {
            setError(makeError(0, "the .npz file holds no readable array"));
            return;
        }
        const NodeId dict = m_doc.m_graph.addContainer(Kind::Dict, std::move(items), 0, 0, 0);
        m_doc.m_roots.push_back(dict);
    }

    /// Every numeric .npy array must have become an array (its bytes are all there).
    void checkNpyArrays()
    {
        for (const Document::NpyArray &a : m_doc.m_npyArrays) {
            if (m_doc.interpretation(a.node))
                continue;
            std::string shape;
            for (uint64_t d : a.header.shape)
                shape += (shape.empty() ? "" : ", ") + std::to_string(d);
            setError(makeError(a.header.dataOffset,
                               "expected the data of an array of dtype " + a.header.descr
                                   + " and shape (" + shape
                                   + (a.header.shape.size() == 1 ? ",)" : ")")
                                   + " here: the file is shorter, or the dtype is not supported"),
                     m_doc.m_buffers[a.buffer].name);
        }
    }

    void finish()
    {
        m_doc.m_joblibPayloads = std::move(m_session.joblibPayloads);
        for (auto &a : m_session.anomalies)
            m_doc.m_readAnomalies.push_back({a.stream, a.offset, std::move(a.message)});
        for (const ForeignMutation &f : m_session.foreignMutations)
            m_doc.m_foreignMutations.push_back(
                {f.target, f.value, f.opcode, f.offset, m_doc.m_graph.node(f.target).stream});
        for (auto &w : m_session.warnings)
            m_doc.m_warnings.push_back(std::move(w));
        if (m_session.joblib && m_doc.m_format == Format::Pickle)
            m_doc.m_format = Format::Joblib;
        if (m_options.streamsOnly)
            return; // no objects to interpret
        collectGlobals();
        try {
            recogniseAll(m_doc);
            checkNpyArrays();
            m_doc.m_graph.computeSharing(m_doc.m_roots);
        } catch (const std::bad_alloc &) {
            setError(makeError(0, "out of memory while interpreting the objects"));
        } catch (const std::exception &e) {
            setError(makeError(0, std::string("internal error while interpreting: ") + e.what()));
        }
    }

    void collectGlobals()
    {
        const Graph &g = m_doc.m_graph;
        std::unordered_set<std::string> seen;
        bool legacyJoblib = false;
        for (NodeId id = 0; id < g.size(); ++id) {
            if (g.kind(id) != Kind::Global)
                continue;
            const GlobalData &gd = g.global(id);
            std::string full = gd.full();
            if (gd.name == "NDArrayWrapper" || gd.name == "ZNDArrayWrapper")
                legacyJoblib = legacyJoblib || gd.module.rfind("joblib", 0) == 0;
            if (!seen.insert(full).second)
                continue;
            GlobalRef ref;
            ref.module = gd.module;
            ref.name = gd.name;
            ref.node = id;
            ref.stream = g.node(id).stream;
            ref.offset = g.node(id).begin;
            m_doc.m_globals.push_back(std::move(ref));
        }
        if (legacyJoblib && m_doc.m_format == Format::Pickle)
            m_doc.m_format = Format::Joblib;
    }
};

namespace {

/// Reads `file` into `doc`; false when a streams-only read must be done again in full (the
/// document is then incomplete and must be discarded).
[[nodiscard]] bool readDocument(Document &doc, std::span<const uint8_t> file,
                                const OpenOptions &options, const MappedFile *mapped = nullptr)
{
    DocumentReader reader(doc, options);
    reader.setMappedFile(mapped);
    reader.read(file);
    return !reader.fullReadNeeded();
}

} // namespace

std::unique_ptr<Document> DocumentReader::open(const std::string &path, const OpenOptions &options)
{
    auto doc = std::unique_ptr<Document>(new Document());
    doc->m_path = path;
    auto mapped = MappedFile::open(path);
    if (!mapped.ok()) {
        Error e = mapped.error();
        e.file = path;
        doc->m_error = e;
        return doc;
    }
    std::shared_ptr<MappedFile> file = *mapped;
    doc->retainMapping(file);
    if (!readDocument(*doc, file->bytes(), options, file.get())) {
        doc.reset(new Document());
        doc->m_path = path;
        doc->retainMapping(file);
        OpenOptions full = options;
        full.streamsOnly = false;
        (void)readDocument(*doc, file->bytes(), full, file.get());
    }
    if (!doc->m_error) {
        // Changed while it was being read: what was parsed may mix two versions, or zeros.
        if (Status s = doc->verifyMappedBytes(); !s.ok())
            doc->m_error = s.error();
    }
    return doc;
}

std::unique_ptr<Document> DocumentReader::fromBytes(std::vector<uint8_t> bytes, std::string name,
                                                    const OpenOptions &options)
{
    auto doc = std::unique_ptr<Document>(new Document());
    doc->m_path = std::move(name);
    auto data = std::make_shared<std::vector<uint8_t>>(std::move(bytes));
    doc->retain(data);
    if (!readDocument(*doc, std::span<const uint8_t>(*data), options)) {
        const std::string path = doc->m_path;
        doc.reset(new Document());
        doc->m_path = path;
        doc->retain(data);
        OpenOptions full = options;
        full.streamsOnly = false;
        (void)readDocument(*doc, std::span<const uint8_t>(*data), full);
    }
    return doc;
}

std::unique_ptr<Document> openDocument(const std::string &path, const OpenOptions &options)
{
    return DocumentReader::open(path, options);
}

std::unique_ptr<Document> openDocumentBytes(std::vector<uint8_t> bytes, std::string name,
                                            const OpenOptions &options)
{
    return DocumentReader::fromBytes(std::move(bytes), std::move(name), options);
}

} // namespace ps
