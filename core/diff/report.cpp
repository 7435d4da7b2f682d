// SPDX-License-Identifier: MIT
// The text and JSON reports of a comparison (`picklescope-cli diff`, the window's export).
#include "diff/diff.h"
#include "diff/model_summary.h"

#include "insight/insight.h"
#include "present/json_emitter.h"
#include "present/summary.h"

#include <algorithm>
#include <array>
#include <sstream>

namespace ps::diff {
namespace {

std::string shownPath(uint32_t root, const std::string &path)
{
    if (root == 0)
        return path.empty() ? "<root>" : path;
    return "<root " + std::to_string(root + 1) + ">" + path;
}

std::string fileLine(const FileFacts &f)
{
    std::string s = f.path + " (" + f.format;
    if (f.compression != "none")
        s += ", " + f.compression;
    s += ", protocol " + std::to_string(f.protocol) + ", " + std::to_string(f.fileSize) + " bytes)";
    return s;
}

std::string indexText(const std::vector<uint64_t> &index)
{
    std::string s = "[";
    for (size_t i = 0; i < index.size(); ++i)
        s += (i ? ", " : "") + std::to_string(index[i]);
    return s + "]";
}

/// "class 'spam', feature 'money'" from the axes and labels of a position, or "".
std::string labelText(const ArrayDiff &a, const Position &p)
{
    std::string s;
    for (size_t i = 0; i < p.labels.size() && i < a.axes.size(); ++i) {
        if (p.labels[i].empty() || a.axes[i].empty())
            continue;
        s += (s.empty() ? "" : ", ") + a.axes[i] + " " + p.labels[i];
    }
    return s;
}

void arrayLines(std::ostringstream &out, const ArrayDiff &a)
{
    if (a.shapeChanged)
        out << "    shape " << shapeText(a.oldShape) << " → " << shapeText(a.newShape) << '\n';
    if (a.dtypeChanged)
        out << "    dtype " << a.oldDType << " → " << a.newDType << '\n';
    if (a.compared == 0)
        return;
    out << "    " << a.differing << " of " << a.compared << " elements differ";
    if (a.numeric && a.differing)
        out << ", max |Δ| " << detail::shortNumber(a.maxAbsDiff) << ", max relative "
            << detail::shortNumber(a.maxRelDiff);
    out << '\n';
    for (const Position &p : a.top) {
        out << "      " << indexText(p.index);
        const std::string labels = labelText(a, p);
        if (!labels.empty())
            out << " (" << labels << ")";
        out << ": " << p.oldRepr << " → " << p.newRepr;
        if (a.numeric)
            out << "  (|Δ| " << detail::shortNumber(p.absDiff) << ")";
        out << '\n';
    }
}

void writeShape(JsonEmitter &json, std::string_view key, const std::vector<uint64_t> &shape)
{
    json.key(key);
    json.beginArray();
    for (uint64_t d : shape)
        json.number(d);
    json.end();
}

void writeFile(JsonEmitter &json, std::string_view key, const FileFacts &f)
{
    json.key(key);
    json.beginObject();
    json.field("path", f.path);
    json.field("format", f.format);
    json.field("compression", f.compression);
    json.field("protocol", f.protocol);
    json.field("file_size", f.fileSize);
    json.field("roots", static_cast<uint64_t>(f.roots));
    json.end();
}

void writeArray(JsonEmitter &json, const ArrayDiff &a)
{
    json.key("array");
    json.beginObject();
    writeShape(json, "old_shape", a.oldShape);
    writeShape(json, "new_shape", a.newShape);
    json.field("old_dtype", a.oldDType);
    json.field("new_dtype", a.newDType);
    json.field("shape_changed", a.shapeChanged);
    json.field("dtype_changed", a.dtypeChanged);
    json.field("axes", a.axes);
    json.field("numeric", a.numeric);
    json.field("compared", a.compared);
    json.field("differing", a.differing);
    json.key("max_abs_diff");
    json.floating(a.maxAbsDiff);
    json.key("max_rel_diff");
    json.floating(a.maxRelDiff);
    json.key("top");
    json.beginArray();
    for (const Position &p : a.top) {
        json.beginObject();
        writeShape(json, "index", p.index);
        json.field("labels", p.labels);
        json.field("old", p.oldRepr);
        json.field("new", p.newRepr);
        if (a.numeric) {
            json.key("old_value");
            json.floating(p.oldValue);
            json.key("new_value");
            json.floating(p.newValue);
            json.key("abs_diff");
            json.floating(p.absDiff);
            json.key("rel_diff");
            json.floating(p.relDiff);
        }
        json.end();
    }
    json.end();
    json.end();
}

void writeNumbers(JsonEmitter &json, std::string_view key, const std::vector<double> &values)
{
    json.key(key);
    json.beginArray();
    for (double v : values)
        json.floating(v);
    json.end();
}

} // namespace

std::string textReport(const DiffResult &r)
{
    std::ostringstream out;
    out << "old: " << fileLine(r.format.oldFile) << '\n';
    out << "new: " << fileLine(r.format.newFile) << '\n';
    if (r.cancelled)
        out << "Cancelled: the comparison is incomplete.\n";
    else if (r.truncated && r.changeCount == r.changes.size())
        out << "Stopped after too many values: the comparison is incomplete.\n";
    if (r.equal) {
        out << "The objects are equal";
        if (!r.format.differences.empty())
            out << " (only the container differs)";
        out << ".\n";
    } else {
        std::array<uint64_t, 4> counts{};
        for (const Change &c : r.changes)
            ++counts[static_cast<size_t>(c.kind)];
        out << r.changeCount << (r.changeCount == 1 ? " difference" : " differences") << ": "
            << counts[0] << " changed, " << counts[1] << " type changed, " << counts[2]
            << " added, " << counts[3] << " removed";
        if (r.changeCount > r.changes.size())
            out << " (counts of the first " << r.changes.size() << ")";
        out << ".\n";
    }
    if (!r.summary.empty()) {
        out << "\nSummary:\n";
        for (const SummaryItem &s : r.summary)
            out << "  " << categoryName(s.category) << ": " << s.text << '\n';
    }
    if (!r.changes.empty()) {
        out << "\nChanges:\n";
        for (const Change &c : r.changes) {
            out << "  " << kindName(c.kind) << ' ' << shownPath(c.root, c.path);
            if (!c.newPath.empty() && c.newPath != c.path && c.kind != ChangeKind::Added)
                out << " (new: " << shownPath(c.root, c.newPath) << ")";
            switch (c.kind) {
            case ChangeKind::Added:
                out << ": " << c.newSummary;
                break;
            case ChangeKind::Removed:
                out << ": " << c.oldSummary;
                break;
            case ChangeKind::Changed:
            case ChangeKind::TypeChanged:
                out << ": " << c.oldSummary << " → " << c.newSummary;
                break;
            }
            out << '\n';
            if (c.hasArray)
                arrayLines(out, c.array);
        }
        if (r.changeCount > r.changes.size())
            out << "  … " << (r.changeCount - r.changes.size()) << " more changes not listed\n";
    }
    return out.str();
}

void writeJsonReport(JsonEmitter &json, const DiffResult &r)
{
    json.beginObject();
    json.field("equal", r.equal);
    json.field("cancelled", r.cancelled);
    json.field("truncated", r.truncated);
    json.field("change_count", r.changeCount);
    writeFile(json, "old", r.format.oldFile);
    writeFile(json, "new", r.format.newFile);
    json.field("format", r.format.differences);
    json.key("summary");
    json.beginArray();
    for (const SummaryItem &s : r.summary) {
        json.beginObject();
        json.field("category", categoryName(s.category));
        json.field("text", s.text);
        json.field("path", s.path);
        json.field("root", static_cast<uint64_t>(s.root));
        json.end();
    }
    json.end();
    json.key("changes");
    json.beginArray();
    for (const Change &c : r.changes) {
        json.beginObject();
        json.field("path", c.path);
        json.fieldOrNull("new_path", c.newPath);
        json.field("kind", kindName(c.kind));
        json.field("root", static_cast<uint64_t>(c.root));
        json.fieldOrNull("old_type", c.oldType);
        json.fieldOrNull("new_type", c.newType);
        json.key("old");
        if (c.kind == ChangeKind::Added)
            json.null();
        else
            json.string(c.oldSummary);
        json.key("new");
        if (c.kind == ChangeKind::Removed)
            json.null();
        else
            json.string(c.newSummary);
        if (c.hasArray)
            writeArray(json, c.array);
        json.end();
    }
    json.end();
    json.key("parameters");
    json.beginArray();
    for (const ParameterDelta &p : r.parameters) {
        json.beginObject();
        json.field("root", static_cast<uint64_t>(p.root));
        json.field("estimator", p.estimatorPath);
        json.field("class", p.className);
        json.field("name", p.name);
        json.field("role", insight::roleName(p.role));
        json.field("features", p.features);
        json.field("rows", p.rows);
        writeNumbers(json, "old", p.oldValues);
        writeNumbers(json, "new", p.newValues);
        json.field("changed", p.changed);
        json.end();
    }
    json.end();
    json.key("seconds");
    json.floating(r.seconds);
    json.end();
}

std::string jsonReport(const DiffResult &result, bool pretty)
{
    JsonEmitter json(pretty);
    writeJsonReport(json, result);
    std::string text = json.take();
    text += '\n';
    return text;
}

} // namespace ps::diff
