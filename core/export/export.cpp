// SPDX-License-Identifier: MIT
#include "export/export.h"

#include "present/json_writer.h"
#include "present/python_type.h"
#include "present/summary.h"
#include "util/guard.h"
#include "util/pyrepr.h"

#include <cctype>
#include <cmath>
#include <ostream>

namespace ps {
namespace {

std::string csvField(std::string text)
{
    if (text.find_first_of(",\"\n\r") == std::string::npos)
        return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + "\"";
}

std::string cell(const Document &doc, const ScalarValue &v)
{
    switch (v.type) {
    case ScalarValue::Type::Bool:
        return v.boolean ? "True" : "False";
    case ScalarValue::Type::Int:
        return std::to_string(v.i);
    case ScalarValue::Type::UInt:
        return std::to_string(v.u);
    case ScalarValue::Type::Float:
        return reprFloat(v.f);
    case ScalarValue::Type::Complex:
        return "(" + reprFloat(v.f) + (v.imag < 0 || std::signbit(v.imag) ? "" : "+")
               + reprFloat(v.imag) + "j)";
    case ScalarValue::Type::Str:
        return csvField(v.text);
    case ScalarValue::Type::Bytes:
        return csvField(reprBytes(std::span<const uint8_t>(
            reinterpret_cast<const uint8_t *>(v.text.data()), v.text.size())));
    case ScalarValue::Type::Object: {
        const Graph &g = doc.graph();
        if (v.object != kNoNode && v.object < g.size() && g.kind(v.object) == Kind::Str)
            return csvField(std::string(g.text(v.object)));
        return csvField(pythonRepr(doc, v.object));
    }
    default:
        return "";
    }
}

std::shared_ptr<const NdArray> arrayOf(const Document &doc, const Resolved &r)
{
    if (r.array && !r.isElement)
        return r.array;
    if (r.node != kNoNode)
        if (const Interpretation *in = doc.interpretation(r.node))
            return in->array;
    return nullptr;
}

} // namespace

Status exportCsv(std::ostream &out, const Document &doc, const Resolved &r)
{
    const Interpretation *in = r.node != kNoNode && !r.array ? doc.interpretation(r.node) : nullptr;
    if (in && in->what == Recognised::DataFrame) {
        std::vector<std::pair<std::string, std::shared_ptr<const NdArray>>> columns;
        for (const Member &m : in->members) {
            if (m.style != MemberStyle::Key || m.value == kNoNode)
                continue;
            const Interpretation *series = doc.interpretation(m.value);
            if (!series || !series->array)
                continue;
            std::string label = m.key != kNoNode ? pythonRepr(doc, m.key) : m.name;
            if (label.size() >= 2 && label.front() == '\'' && label.back() == '\'')
                label = label.substr(1, label.size() - 2);
            columns.emplace_back(label, series->array);
        }
        if (columns.empty())
            return makeError(0, "the DataFrame has no readable columns");
        const uint64_t rows = columns.front().second->count();
        for (size_t c = 0; c < columns.size(); ++c)
            out << (c ? "," : "") << csvField(columns[c].first);
        out << '\n';
        for (uint64_t i = 0; i < rows; ++i) {
            for (size_t c = 0; c < columns.size(); ++c) {
                if (c)
                    out << ',';
                if (i < columns[c].second->count())
                    out << cell(doc, arrayElement(*columns[c].second, i));
            }
            out << '\n';
        }
        return {};
    }
    const auto a = arrayOf(doc, r);
    if (!a)
        return makeError(0, "CSV export needs an array or a DataFrame; use .json for other values");
    const DType &dt = *a->dtype;
    if (dt.isStructured()) {
        if (a->ndim() != 1)
            return makeError(0, "CSV export of structured arrays needs a 1-D array");
        for (size_t f = 0; f < dt.fields.size(); ++f)
            out << (f ? "," : "") << csvField(dt.fields[f].name);
        out << '\n';
        for (uint64_t i = 0; i < a->count(); ++i) {
            const auto rec = a->element(i);
            for (size_t f = 0; f < dt.fields.size(); ++f) {
                const DType &ft = *dt.fields[f].type;
                if (f)
                    out << ',';
                if (dt.fields[f].offset + ft.itemSize <= rec.size())
                    out << cell(doc,
                                decodeScalar(ft, rec.subspan(dt.fields[f].offset, ft.itemSize)));
            }
            out << '\n';
        }
        return {};
    }
    if (a->ndim() > 2)
        return makeError(0, "CSV export needs a 1-D or 2-D array; this one has "
                                + std::to_string(a->ndim()) + " dimensions (select a slice)");
    const uint64_t rows = a->ndim() == 0 ? 1 : a->shape[0];
    const uint64_t cols = a->ndim() == 2 ? a->shape[1] : 1;
    for (uint64_t i = 0; i < rows; ++i) {
        for (uint64_t j = 0; j < cols; ++j)
            out << (j ? "," : "") << cell(doc, arrayElement(*a, i * cols + j));
        out << '\n';
    }
    return {};
}

Status exportNpy(std::ostream &out, const Document &doc, const Resolved &r)
{
    const auto a = arrayOf(doc, r);
    if (!a)
        return makeError(0, ".npy export needs an array");
    const DType &dt = *a->dtype;
    if (dt.hasObject() || dt.isStructured() || dt.isSubArray() || dt.bfloat16)
        return makeError(0, ".npy export supports plain numeric, bool, str and bytes arrays, not "
                                + dt.describe());
    std::string shape = "(";
    for (size_t i = 0; i < a->shape.size(); ++i)
        shape += std::to_string(a->shape[i])
                 + (a->shape.size() == 1 || i + 1 < a->shape.size() ? ", " : "");
    if (shape.size() > 1 && shape.back() == ' ' && a->shape.size() > 1)
        shape.resize(shape.size() - 2);
    else if (a->shape.size() == 1)
        shape.resize(shape.size() - 1);
    shape += ")";
    std::string header
        = "{'descr': '" + dt.str() + "', 'fortran_order': False, 'shape': " + shape + ", }";
    // magic (6) + version (2) + header length (2) + header + '\n', padded to 64 bytes.
    const size_t unpadded = 10 + header.size() + 1;
    header.append((64 - unpadded % 64) % 64, ' ');
    header += '\n';
    out << "\x93NUMPY" << '\x01' << '\x00' << static_cast<char>(header.size() & 0xFF)
        << static_cast<char>((header.size() >> 8) & 0xFF) << header;
    const uint64_t count = a->count();
    for (uint64_t i = 0; i < count; ++i) {
        const auto e = a->element(i);
        out.write(reinterpret_cast<const char *>(e.data()), static_cast<std::streamsize>(e.size()));
    }
    return {};
}

std::optional<ExportFormat> exportFormatFor(std::string_view fileName)
{
    auto endsWith = [&](std::string_view ext) {
        if (fileName.size() <= ext.size())
            return false;
        const std::string_view tail = fileName.substr(fileName.size() - ext.size());
        for (size_t i = 0; i < ext.size(); ++i)
            if (std::tolower(static_cast<unsigned char>(tail[i])) != ext[i])
                return false;
        return true;
    };
    if (endsWith(".csv"))
        return ExportFormat::Csv;
    if (endsWith(".json"))
        return ExportFormat::Json;
    if (endsWith(".npy"))
        return ExportFormat::Npy;
    return std::nullopt;
}

Status exportValue(std::ostream &out, const Document &document, const Resolved &value,
                   ExportFormat format)
{
    const Status produced = guarded("exporting", [&]() -> Status {
        switch (format) {
        case ExportFormat::Csv:
            return exportCsv(out, document, value);
        case ExportFormat::Npy:
            return exportNpy(out, document, value);
        case ExportFormat::Json: {
            const Status status = writeJson(out, document, value, JsonOptions{});
            if (status.ok())
                out << '\n';
            return status;
        }
        }
        return makeError(0, "unknown export format");
    });
    if (!produced.ok())
        return produced;
    // Read from the mapped file: refuse when it changed under the document (issue 14).
    return document.verifyMappedBytes();
}

} // namespace ps
