// SPDX-License-Identifier: MIT
// The presentation layer over the real-file corpus: every child the browsing model lists is
// reachable by the path it carries; shared values resolve to the same node; JSON cycles,
// budgets and escapes; one-line summaries; resolution errors; array views; the disassembly
// against pickletools (the fixtures' .dis.json).
#include "document/document.h"
#include "path/path.h"
#include "present/children.h"
#include "present/disassembly.h"
#include "present/json_emitter.h"
#include "present/json_writer.h"
#include "present/python_type.h"
#include "present/summary.h"
#include "present/table.h"
#include "reader/reader.h"
#include "resolve/resolve.h"
#include "resolve/search.h"

#include <QtTest>

#include <deque>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

using namespace ps;

namespace {

QString fixture(const QString &name)
{
    return QDir(QStringLiteral(PS_FIXTURES)).filePath(name);
}

std::unique_ptr<Document> openFixture(const QString &name)
{
    return openDocument(fixture(name).toStdString());
}

QJsonObject expectation(const QString &name)
{
    QFile f(fixture(name + QStringLiteral(".expected.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

QString compactJson(const Document &doc, const Resolved &r, JsonOptions options = {})
{
    options.pretty = false;
    auto text = toJson(doc, r, options);
    return text.ok()
               ? QString::fromStdString(*text)
               : QStringLiteral("<error: %1>").arg(QString::fromStdString(text.error().message));
}

QStringList fixtureNames()
{
    QStringList names;
    for (const QString &f :
         QDir(QStringLiteral(PS_FIXTURES))
             .entryList({QStringLiteral("*.expected.json")}, QDir::Files, QDir::Name))
        names << f.chopped(int(strlen(".expected.json")));
    return names;
}

} // namespace

class tst_Present : public QObject
{
    Q_OBJECT

private slots:
    void childrenResolve_data();
    void childrenResolve();
    void sameAs_data();
    void sameAs();
    void cycles();
    void sharedBudget();
    void jsonText();
    void jsonStreamErrors();
    void jsonIndentCap();
    void summaries_data();
    void summaries();
    void resolveErrors_data();
    void resolveErrors();
    void arrayViews_data();
    void arrayViews();
    void renderArrayText();
    void paging();
    void repeatedKeys_data();
    void repeatedKeys();
    void columnStatisticsExactUnderHashCollisions();
    void disassembly_data();
    void disassembly();
    void disassemblyText();
};

void tst_Present::childrenResolve_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &name : fixtureNames())
        QTest::newRow(qPrintable(name)) << name;
}

/// Breadth-first over the browsing model: each child's path, formatted canonically, resolves
/// from the root to exactly that child, and childCount agrees with children().
void tst_Present::childrenResolve()
{
    QFETCH(QString, file);
    auto doc = openFixture(file);
    QVERIFY(!doc->roots().empty());
    struct Item
    {
        NodeId node;
        uint32_t root;
        std::string path;
    };
    std::deque<Item> queue;
    std::unordered_set<NodeId> seen;
    for (uint32_t r = 0; r < doc->roots().size(); ++r)
        queue.push_back({doc->roots()[r], r, std::string()});
    QStringList failures;
    size_t visited = 0;
    while (!queue.empty() && visited < 4000 && failures.size() < 20) {
        Item item = std::move(queue.front());
        queue.pop_front();
        if (!seen.insert(item.node).second)
            continue;
        ++visited;
        const auto kids = ps::children(*doc, item.node);
        if (kids.size() != childCount(*doc, item.node))
            failures << QStringLiteral("%1: childCount %2 != %3")
                            .arg(QString::fromStdString(item.path))
                            .arg(childCount(*doc, item.node))
                            .arg(kids.size());
        for (const Child &c : kids) {
            const std::string path = pathOf(item.path, c.step);
            auto steps = parsePath(path);
            if (!steps || formatPath(*steps) != path) {
                failures
                    << QStringLiteral("%1: does not parse back").arg(QString::fromStdString(path));
                continue;
            }
            auto r = resolveSteps(*doc, *steps, doc->roots()[item.root]);
            if (!r) {
                failures << QStringLiteral("%1: %2").arg(QString::fromStdString(path),
                                                         QString::fromStdString(r.error().message));
                continue;
            }
            if (r->node != c.node || r->isElement)
                failures << QStringLiteral("%1: resolves to node %2, child is %3")
                                .arg(QString::fromStdString(path))
                                .arg(r->node)
                                .arg(c.node);
            if (c.label.empty())
                failures << QStringLiteral("%1: empty label").arg(QString::fromStdString(path));
            queue.push_back({c.node, item.root, path});
        }
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n    "))));
}

void tst_Present::sameAs_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &name : fixtureNames()) {
        const QJsonArray checks = expectation(name).value("checks").toArray();
        for (const QJsonValue &c : checks) {
            if (c.toObject().contains("same_as")) {
                QTest::newRow(qPrintable(name)) << name;
                break;
            }
        }
    }
}

/// `same_as` in the expectations: Python saw the same object (`is`) at both paths.
void tst_Present::sameAs()
{
    QFETCH(QString, file);
    auto doc = openFixture(file);
    QStringList failures;
    for (const QJsonValue &cv : expectation(file).value("checks").toArray()) {
        const QJsonObject c = cv.toObject();
        if (!c.contains("same_as"))
            continue;
        const auto root = uint32_t(c.value("root").toInt(0));
        auto a = resolvePath(*doc, c.value("path").toString().toStdString(), root);
        auto b = resolvePath(*doc, c.value("same_as").toString().toStdString(), root);
        if (!a || !b || a->node != b->node)
            failures << c.value("path").toString() + " is not " + c.value("same_as").toString();
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n    "))));
}

/// A value that contains itself is written once, the inner occurrence as {"$cycle": path}.
void tst_Present::cycles()
{
    for (const char *name : {"recursive_p0.pkl", "recursive_p2.pkl", "recursive_p4.pkl"}) {
        auto doc = openFixture(QString::fromLatin1(name));
        auto json = [&](const char *path) {
            auto r = resolvePath(*doc, path);
            if (!r)
                return QString::fromStdString(r.error().message);
            JsonOptions o;
            o.basePath = formatPath(*parsePath(path));
            return compactJson(*doc, *r, o);
        };
        QCOMPARE(json("['self_list']"), QStringLiteral("[1,{\"$cycle\":\"['self_list']\"}]"));
        QCOMPARE(json("['self_dict']"),
                 QStringLiteral("{\"name\":\"d\",\"me\":{\"$cycle\":\"['self_dict']\"}}"));
        QCOMPARE(
            json("['namespace']"),
            QStringLiteral("{\"$class\":\"types.SimpleNamespace\",\"$state\":{\"label\":\"ns\","
                           "\"me\":{\"$cycle\":\"['namespace']\"}}}"));
        QCOMPARE(json("['odict']"), QStringLiteral("{\"a\":1,\"me\":{\"$cycle\":\"['odict']\"}}"));
        QCOMPARE(json("['recursive_tuple']"),
                 QStringLiteral("[[{\"$cycle\":\"['recursive_tuple']\"}],\"t\"]"));
        // A shared (non-cyclic) value is written in full each time.
        QCOMPARE(json("['shared']"), QStringLiteral("[[1,2],[1,2],\"x\"]"));
        // Without a base path the $cycle path is relative to the value written.
        auto ns = resolvePath(*doc, "['namespace']");
        QVERIFY(ns.ok());
        QVERIFY(compactJson(*doc, *ns).contains(QStringLiteral("{\"$cycle\":\"\"}")));
    }
}

/// The "billion laughs" tuple DAG: each level doubles the output; the visit budget stops it.
void tst_Present::sharedBudget()
{
    auto doc = openFixture(QStringLiteral("recursive_p4.pkl"));
    auto r = resolvePath(*doc, "['laughs'][0][0][0][0][0][0][0][0][0][0][0][0]");
    QVERIFY(r.ok());
    JsonOptions options;
    options.pretty = false;
    auto small = toJson(*doc, *r, options);
    QVERIFY(small.ok());
    QCOMPARE(QString::fromStdString(*small).count(QStringLiteral("lol")), 256);
    options.maxNodes = 100;
    auto stopped = toJson(*doc, *r, options);
    QVERIFY(!stopped.ok());
    QVERIFY2(stopped.error().message.find("100") != std::string::npos,
             stopped.error().message.c_str());
    options.maxNodes = 10'000'000;
    options.maxOutputBytes = 1000;
    QVERIFY(!toJson(*doc, *r, options).ok());
}

/// Exact JSON text: Python's float repr, exact big ints, escapes, lone surrogates.
void tst_Present::jsonText()
{
    auto doc = openFixture(QStringLiteral("pydata_p4.pkl"));
    auto json = [&](const char *path) {
        auto r = resolvePath(*doc, path);
        return r ? compactJson(*doc, *r) : QString::fromStdString(r.error().message);
    };
    QCOMPARE(json("['floats']"),
             QStringLiteral("[0.0,0.1,1.5,1e+100,-0.0,\"nan\",\"inf\",\"-inf\",1e-05,5e-324,"
                            "1.7976931348623157e+308]"));
    QVERIFY(json("['ints']")
                .endsWith(QStringLiteral(
                    "1267650600228229401496703205376,"
                    "-1606938044258990275541962092341162602522202993782792835301376]")));
    QCOMPARE(json("['strings'][10]"), QStringLiteral("\"nul\\u0000byte\""));
    QCOMPARE(json("['strings'][11]"), QStringLiteral("\"\\ud800\""));
    QCOMPARE(json("['strings'][7]"), QStringLiteral("\"new\\nline\""));
    QCOMPARE(json("['bytes'][1]"), QStringLiteral("{\"$bytes\":\"00ff\"}"));
    QCOMPARE(json("['empty']"), QStringLiteral("[[],{},[],\"\"]"));
    QCOMPARE(QString::fromStdString(jsonString("a\"\\\x01\x7f")),
             QStringLiteral("\"a\\\"\\\\\\u0001\x7f\""));
    QCOMPARE(QString::fromStdString(jsonFloat(0.1f)), QStringLiteral("0.10000000149011612"));

    // Pretty output is indented like json.dumps(indent=2).
    auto r = resolvePath(*doc, "['tuples'][1]");
    QVERIFY(r.ok());
    QCOMPARE(QString::fromStdString(*toJson(*doc, *r)), QStringLiteral("[\n  1,\n  2\n]"));
}

/// Issue 14: no exception leaves writeJson(), even from a stream set to throw, and a stream
/// that fails stops the walk with an Error instead of writing on into the void.
void tst_Present::jsonStreamErrors()
{
    auto doc = openFixture(QStringLiteral("pydata_p4.pkl"));
    auto r = resolvePath(*doc, "");
    QVERIFY(r.ok());
    /// Accepts `room` bytes, then fails every write.
    struct FullBuffer : std::streambuf
    {
        explicit FullBuffer(std::streamsize room)
            : room(room)
        {}
        std::streamsize room;
        std::streamsize xsputn(const char *, std::streamsize n) override
        {
            const std::streamsize taken = std::min(n, room);
            room -= taken;
            return taken;
        }
        int_type overflow(int_type ch) override
        {
            if (room == 0)
                return traits_type::eof();
            --room;
            return traits_type::not_eof(ch);
        }
    };
    FullBuffer full(100);
    std::ostream throwing(&full);
    throwing.exceptions(std::ios::badbit | std::ios::failbit);
    Status status;
    try {
        status = writeJson(throwing, *doc, *r);
    } catch (...) {
        QFAIL("writeJson let an exception escape");
    }
    QVERIFY(!status.ok());
    QVERIFY2(status.error().message.find("JSON") != std::string::npos,
             status.error().message.c_str());

    FullBuffer fullQuiet(100);
    std::ostream quiet(&fullQuiet);
    status = writeJson(quiet, *doc, *r);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().message.find("output stream failed") != std::string::npos,
             status.error().message.c_str());
}

/// Issue 14: indentation stops growing at kJsonMaxIndentLevels, so text grows linearly with
/// nesting; the emitter's sink receives chunks as they are produced.
void tst_Present::jsonIndentCap()
{
    std::ostringstream sink;
    JsonEmitter json(true, 2, &sink);
    constexpr size_t depth = 1000;
    for (size_t i = 0; i < depth; ++i)
        json.beginArray();
    json.null();
    for (size_t i = 0; i < depth; ++i)
        json.end();
    // Text left in the emitter's own buffer before flush(): at most one chunk.
    QVERIFY(json.bytesWritten() - sink.str().size() <= (size_t(1) << 16) + 128);
    json.flush();
    const std::string text = sink.str();
    QCOMPARE(text.size(), size_t(json.bytesWritten()));
    // "\n" + indent + "[" opening levels 1..depth-1 (level 0 is a bare "["), the same with
    // "]" closing levels depth-1..0, and "\n" + indent + "null" at level `depth`.
    size_t expected = 1;
    for (size_t level = 0; level < depth; ++level) {
        const size_t indent = 2 * std::min(level, kJsonMaxIndentLevels);
        expected += (level > 0 ? indent + 2 : 0) + indent + 2;
    }
    expected += 1 + 2 * std::min(depth, kJsonMaxIndentLevels) + 4;
    QCOMPARE(text.size(), expected);
    QVERIFY(text.find("\n" + std::string(2 * kJsonMaxIndentLevels, ' ') + "[")
            != std::string::npos);
    QVERIFY(text.find(std::string(2 * kJsonMaxIndentLevels + 1, ' ')) == std::string::npos);
}

void tst_Present::summaries_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("estimator") << "lr_iris.joblib"
                               << ""
                               << "LogisticRegression";
    QTest::newRow("array") << "lr_iris.joblib"
                           << ".coef_"
                           << "ndarray float64 (3, 4)";
    QTest::newRow("element") << "lr_iris.joblib"
                             << ".coef_[0, 0]"
                             << "-0.42305431935746224";
    QTest::newRow("sub-array") << "lr_iris.joblib"
                               << ".coef_[1]"
                               << "ndarray float64 (4,)";
    QTest::newRow("dict") << "pydata_p4.pkl"
                          << ""
                          << "dict · 16 items";
    QTest::newRow("list") << "pydata_p4.pkl"
                          << "['ints']"
                          << "list · 16 items";
    QTest::newRow("str") << "pydata_p4.pkl"
                         << "['strings'][4]"
                         << "\"it's\"";
    QTest::newRow("bytes") << "pydata_p4.pkl"
                           << "['bytes'][1]"
                           << "b'\\x00\\xff'";
    QTest::newRow("tuple") << "pydata_p4.pkl"
                           << "['tuples'][1]"
                           << "(1, 2)";
    QTest::newRow("1-tuple") << "pydata_p4.pkl"
                             << "['tuples'][0]"
                             << "(1,)";
    QTest::newRow("empty tuple") << "pydata_p4.pkl"
                                 << "['empty'][2]"
                                 << "()";
    QTest::newRow("float") << "pydata_p4.pkl"
                           << "['floats'][3]"
                           << "1e+100";
    QTest::newRow("long string")
        << "pydata_p4.pkl"
        << "['long_string']"
        << "'long string abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdef…";
    QTest::newRow("OrderedDict") << "stdlib_p4.pkl"
                                 << "['ordered_dict']"
                                 << "OrderedDict · 3 items";
    QTest::newRow("datetime") << "stdlib_p4.pkl"
                              << "['datetime']"
                              << "datetime 2023-05-17T13:45:30.123456";
    QTest::newRow("complex") << "stdlib_p4.pkl"
                             << "['complex']"
                             << "(1.5-2j)";
    QTest::newRow("decimal") << "stdlib_p4.pkl"
                             << "['decimal']"
                             << "Decimal('1.10')";
    QTest::newRow("timedelta") << "stdlib_p4.pkl"
                               << "['timedelta']"
                               << "timedelta(days=-1, seconds=5, microseconds=7)";
    QTest::newRow("deque") << "stdlib_p4.pkl"
                           << "['deque']"
                           << "deque · 3 items";
    QTest::newRow("tree") << "sk_dtree_clf_p4.pkl"
                          << ".tree_"
                          << "Tree · 9 nodes";
    QTest::newRow("dataframe") << "pd_dataframe_p4.pkl"
                               << ""
                               << "DataFrame · 3 × 6";
    QTest::newRow("sparse") << "sp_csr_matrix_p4.pkl"
                            << ""
                            << "csr_matrix float64 (4, 3) · 4 stored";
    QTest::newRow("tensor") << "torch_tensors.pt"
                            << "['f32']"
                            << "tensor float32 (2, 3)";
    QTest::newRow("unicode array") << "np_dtypes_p4.pkl"
                                   << "['unicode']"
                                   << "ndarray <U5 (5,)";
    QTest::newRow("dtype") << "np_scalars_p4.pkl"
                           << "['dtypes'][0]"
                           << "dtype('float64')";
    QTest::newRow("numpy scalar") << "np_scalars_p4.pkl"
                                  << "['float32']"
                                  << "1.5";
    QTest::newRow("record") << "np_scalars_p4.pkl"
                            << "['record']"
                            << "(1, 2.0)";
    QTest::newRow("class") << "np_scalars_p4.pkl"
                           << "['types'][0]"
                           << "<class 'numpy.float64'>";
    QTest::newRow("big int") << "multi_pickle.pkl"
                             << ""
                             << "dict · 2 items";
}

void tst_Present::summaries()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    auto doc = openFixture(file);
    auto r = resolvePath(*doc, path.toStdString());
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    QCOMPARE(QString::fromStdString(summary(*doc, *r, 80)), expected);
}

void tst_Present::resolveErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("attribute") << "lr_iris.joblib"
                               << ".foo"
                               << "at the root: no attribute 'foo' on LogisticRegression "
                                  "(attributes: penalty, dual, tol, C,";
    QTest::newRow("list index") << "pydata_p4.pkl"
                                << "['ints'][99]"
                                << "at ['ints']: index 99 out of range for list of 16 items";
    QTest::newRow("negative index") << "pydata_p4.pkl"
                                    << "['ints'][-17]"
                                    << "index -17 out of range for list of 16 items";
    QTest::newRow("dict key") << "pydata_p4.pkl"
                              << "['nope']"
                              << "key 'nope' not in dict";
    QTest::newRow("int key") << "pydata_p4.pkl"
                             << "[3]"
                             << "key 3 not in dict";
    QTest::newRow("axis") << "lr_iris.joblib"
                          << ".coef_[5]"
                          << "at .coef_: index 5 is out of bounds for axis 0 with size 3";
    QTest::newRow("too many") << "lr_iris.joblib"
                              << ".coef_[0, 0, 0]"
                              << "too many indices for array: array is 2-dimensional, but 3 "
                                 "were indexed";
    QTest::newRow("scalar") << "pydata_p4.pkl"
                            << "['ints'][0][1]"
                            << "'int' object is not subscriptable";
    QTest::newRow("no fields") << "lr_iris.joblib"
                               << ".coef_['x']"
                               << "has no fields";
    QTest::newRow("field") << "np_structured_p4.pkl"
                           << "['packed']['zz']"
                           << "no field 'zz' in the dtype (fields: 'a', 'b')";
    QTest::newRow("pseudo") << "pydata_p4.pkl"
                            << ".<args>"
                            << "no pseudo attribute <args> on dict";
    QTest::newRow("syntax") << "pydata_p4.pkl"
                            << "['a'"
                            << "column 5: expected ']'";
    QTest::newRow("element index") << "lr_iris.joblib"
                                   << ".coef_[0, 0][1]"
                                   << "invalid index to scalar variable";
    QTest::newRow("tuple index type") << "pydata_p4.pkl"
                                      << "['tuples'][0]['x']"
                                      << "tuple indices must be integers, not 'x'";
}

void tst_Present::resolveErrors()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, message);
    auto doc = openFixture(file);
    auto r = resolvePath(*doc, path.toStdString());
    QVERIFY(!r.ok());
    const QString text = QString::fromStdString(r.error().message);
    QVERIFY2(text.contains(message), qPrintable(text));
}

void tst_Present::arrayViews_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("type");
    QTest::newRow("row") << "lr_iris.joblib"
                         << ".coef_[2]"
                         << "[-0.11101125863203942,-0.6458407283864623,2.7236265674417517,"
                            "2.0237455598844214]"
                         << "numpy.ndarray";
    QTest::newRow("negative row") << "lr_iris.joblib"
                                  << ".coef_[-1][-1]"
                                  << "2.0237455598844214"
                                  << "numpy.float64";
    QTest::newRow("field") << "np_structured_p4.pkl"
                           << "['packed']['a']"
                           << "[1,-1]"
                           << "numpy.ndarray";
    QTest::newRow("element field") << "np_structured_p4.pkl"
                                   << "['packed'][1]['b']"
                                   << "\"nan\""
                                   << "numpy.float64";
    QTest::newRow("sub-array field") << "np_structured_p4.pkl"
                                     << "['subarray_field']['v']"
                                     << "[[1.0,2.0,3.0],[4.0,5.0,6.0]]"
                                     << "numpy.ndarray";
    QTest::newRow("record sub-array") << "np_structured_p4.pkl"
                                      << "['subarray_field'][1]['v']"
                                      << "[4.0,5.0,6.0]"
                                      << "numpy.ndarray";
    QTest::newRow("record sub-array element") << "np_structured_p4.pkl"
                                              << "['subarray_field'][1]['v'][2]"
                                              << "6.0"
                                              << "numpy.float64";
    QTest::newRow("nested field") << "np_structured_p4.pkl"
                                  << "['nested']['pt']['x']"
                                  << "[1.5,0.0]"
                                  << "numpy.ndarray";
    QTest::newRow("fortran") << "np_layouts_p4.pkl"
                             << "['fortran_2d'][1]"
                             << "[3.0,4.0,5.0]"
                             << "numpy.ndarray";
    QTest::newRow("fortran column") << "np_layouts_p4.pkl"
                                    << "['fortran_2d'][0][2]"
                                    << "2.0"
                                    << "numpy.float64";
    QTest::newRow("object array element") << "np_dtypes_p4.pkl"
                                          << "['object'][1]"
                                          << "\"two\""
                                          << "builtins.str";
}

void tst_Present::arrayViews()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QString, json);
    QFETCH(QString, type);
    auto doc = openFixture(file);
    auto r = resolvePath(*doc, path.toStdString());
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    QCOMPARE(compactJson(*doc, *r), json);
    QCOMPARE(QString::fromStdString(pythonType(*doc, *r)), type);
}

void tst_Present::renderArrayText()
{
    auto doc = openFixture(QStringLiteral("lr_iris.joblib"));
    auto r = resolvePath(*doc, ".intercept_");
    QVERIFY(r.ok() && r->array);
    QCOMPARE(QString::fromStdString(renderArray(*doc, *r->array)),
             QStringLiteral("[  9.848606570112947,   2.238043520298953, -12.086650090412059]"));
    auto coef = resolvePath(*doc, ".coef_");
    QVERIFY(coef.ok() && coef->array);
    const QString text = QString::fromStdString(renderArray(*doc, *coef->array));
    QVERIFY(text.startsWith(QStringLiteral("[[")));
    QVERIFY(text.endsWith(QStringLiteral("]]")));
    // Past the threshold the middle is elided.
    const QString elided = QString::fromStdString(renderArray(*doc, *coef->array, 4));
    QVERIFY2(elided.contains(QStringLiteral("...")) || elided.count(QLatin1Char(',')) <= 11,
             qPrintable(elided));
}

/// children() pages a big container without enumerating the rest.
void tst_Present::paging()
{
    auto doc = openFixture(QStringLiteral("pydata_p4.pkl"));
    auto r = resolvePath(*doc, "['ints']");
    QVERIFY(r.ok());
    QCOMPARE(childCount(*doc, r->node), size_t(16));
    const auto page = ps::children(*doc, r->node, 10, 4);
    QCOMPARE(page.size(), size_t(4));
    QCOMPARE(page.front().label, std::string("10"));
    QCOMPARE(formatStep(page.back().step), std::string("[13]"));
    QCOMPARE(ps::children(*doc, r->node, 15, 10).size(), size_t(1));
    QCOMPARE(ps::children(*doc, r->node, 16, 10).size(), size_t(0));
    auto found = findPath(*doc, page.back().node);
    QVERIFY(found.has_value());
    QCOMPARE(QString::fromStdString(found->path), QStringLiteral("['ints'][13]"));
}

void tst_Present::repeatedKeys_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // label=value, in order, as pickle.loads gives them
    // {'a': 1, 'b': 2, 'a': 3} written key by key: two different str nodes of the same text.
    QTest::newRow("str keys") << QByteArray("\x80\x04}(\x8c\x01"
                                            "aK\x01\x8c\x01"
                                            "bK\x02\x8c\x01"
                                            "aK\x03u.")
                              << QStringLiteral("'a'=3 'b'=2");
    // The repeated key comes from the memo: the same node.
    QTest::newRow("memoized key") << QByteArray("\x80\x04}(\x8c\x01"
                                                "a\x94K\x01\x8c\x01"
                                                "bK\x02h\x00K\x03u.",
                                                21)
                                  << QStringLiteral("'a'=3 'b'=2");
    // 1, 1.0 and True are one key in Python.
    QTest::newRow("numeric keys") << QByteArray(
        "\x80\x04}(K\x01K\x0aG?\xf0\x00\x00\x00\x00\x00\x00K\x0b\x88K\x0cu.", 24)
                                  << QStringLiteral("1=12");
    // 40 str keys (past the small-dict comparison), the first one repeated at the end.
    QByteArray many("\x80\x04}(");
    QStringList labels;
    for (int i = 0; i < 40; ++i) {
        const QByteArray key = "k" + QByteArray::number(i);
        many += "\x8c" + QByteArray(1, char(key.size())) + key + "K" + QByteArray(1, char(i));
        labels << QStringLiteral("'k%1'=%2").arg(i).arg(i == 0 ? 99 : i);
    }
    many += "\x8c\x02k0Kcu.";
    QTest::newRow("many str keys") << many << labels.join(QLatin1Char(' '));
}

/// A repeated dict key keeps its first position and its last value, as in Python.
void tst_Present::repeatedKeys()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const auto doc
        = openDocumentBytes(std::vector<uint8_t>(bytes.begin(), bytes.end()), "keys.pkl");
    QVERIFY2(doc->ok(), doc->error() ? doc->error()->message.c_str() : "");
    QStringList shown;
    for (const Child &c : ps::children(*doc, doc->roots().front()))
        shown << QString::fromStdString(c.label) + QLatin1Char('=')
                     + QString::fromStdString(summary(*doc, c.node, 40));
    QCOMPARE(shown.join(QLatin1Char(' ')), expected);
}

/// The value counts of a text column are exact although rows are grouped by a 32-bit hash:
/// 300,000 records of 250,000 distinct strings give hash collisions (asserted below), and
/// unique / top / freq still count texts, as pandas' describe() does.
void tst_Present::columnStatisticsExactUnderHashCollisions()
{
    constexpr int kRows = 300000;
    constexpr int kDistinct = 250000;
    std::string bytes("\x80\x02]q\x00(", 6); // PROTO 2, EMPTY_LIST, BINPUT 0, MARK
    std::vector<std::string> texts;
    for (int i = 0; i < kRows; ++i) {
        // Rows 0..49,999 repeat later (twice each); row 7's text appears three times.
        const int value = i == kDistinct + 123 ? 7 : i % kDistinct;
        const std::string text = "v" + std::to_string(value * 7919);
        if (i < kDistinct)
            texts.push_back(text);
        bytes += "}\x8c\x01k\x8c";
        bytes += static_cast<char>(text.size());
        bytes += text;
        bytes += "s";
    }
    bytes += "e.";
    // The grouping hash folds std::hash to 32 bits: make sure this input has collisions of
    // different texts, so the test covers the comparison of texts within a group.
    std::unordered_map<uint32_t, int> seen;
    int collisions = 0;
    for (const std::string &t : texts) {
        const uint64_t h = std::hash<std::string>{}(t);
        collisions += seen[static_cast<uint32_t>(h ^ h >> 32)]++ > 0;
    }
    QVERIFY2(collisions > 0, "no 32-bit hash collisions among the texts");

    const auto doc = openDocumentBytes(std::vector<uint8_t>(bytes.begin(), bytes.end()), "r.pkl");
    QVERIFY2(doc->ok(), doc->error() ? doc->error()->message.c_str() : "");
    const auto table = tableOf(*doc, doc->roots().front());
    QVERIFY(table);
    QCOMPARE(table->rows, uint64_t(kRows));
    const ColumnStatistics st = columnStatistics(*doc, *table, 0);
    QVERIFY(st.categorical);
    QCOMPARE(st.count, uint64_t(kRows));
    QCOMPARE(st.unique, uint64_t(kDistinct));
    // v49,553 (row 7) appears three times, every other repeated text twice.
    QCOMPARE(st.freq, uint64_t(3));
    QCOMPARE(QString::fromStdString(st.top), QStringLiteral("v%1").arg(7 * 7919));
}

void tst_Present::disassembly_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &f : QDir(QStringLiteral(PS_FIXTURES))
                                .entryList({QStringLiteral("*.dis.json")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(f)) << f.chopped(int(strlen(".dis.json")));
}

/// Every op (offset, name, repr(arg)) equals pickletools.genops' for each pickle.
void tst_Present::disassembly()
{
    QFETCH(QString, file);
    QFile f(fixture(file + QStringLiteral(".dis.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray expected
        = QJsonDocument::fromJson(f.readAll()).object().value("streams").toArray();
    auto doc = openFixture(file);
    std::ostringstream out;
    writeDisassemblyJson(out, *doc, false);
    QJsonParseError err;
    const QJsonDocument actualDoc
        = QJsonDocument::fromJson(QByteArray::fromStdString(out.str()), &err);
    QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(err.errorString()));
    const QJsonArray actual = actualDoc.object().value("streams").toArray();
    QCOMPARE(actual.size(), expected.size());
    for (int s = 0; s < actual.size(); ++s) {
        const QJsonArray a = actual.at(s).toObject().value("ops").toArray();
        const QJsonArray e = expected.at(s).toObject().value("ops").toArray();
        QCOMPARE(a.size(), e.size());
        for (int i = 0; i < a.size(); ++i) {
            if (a.at(i) != e.at(i))
                QFAIL(qPrintable(
                    QStringLiteral("stream %1 op %2: %3 != %4")
                        .arg(s)
                        .arg(i)
                        .arg(QString::fromUtf8(
                            QJsonDocument(a.at(i).toArray()).toJson(QJsonDocument::Compact)))
                        .arg(QString::fromUtf8(
                            QJsonDocument(e.at(i).toArray()).toJson(QJsonDocument::Compact)))));
        }
    }
}

/// The text listing is pickletools.dis' layout (python3 -m pickletools lr_iris_p0.pkl).
void tst_Present::disassemblyText()
{
    auto doc = openFixture(QStringLiteral("lr_iris_p0.pkl"));
    const auto lines = disassembleStream(*doc, 0);
    QVERIFY(lines.size() > 10);
    QCOMPARE(QString::fromStdString(formatDisLine(lines[0])),
             QStringLiteral("    0: c    GLOBAL     'copy_reg _reconstructor'"));
    QCOMPARE(QString::fromStdString(formatDisLine(lines[3])),
             QStringLiteral(
                 "   29: c        GLOBAL     'sklearn.linear_model._logistic LogisticRegression'"));
    QCOMPARE(QString::fromStdString(formatDisLine(lines[8])),
             QStringLiteral("  107: t        TUPLE      (MARK at 28)"));
    auto p4 = openFixture(QStringLiteral("lr_iris_p4.pkl"));
    const auto l4 = disassembleStream(*p4, 0);
    QCOMPARE(QString::fromStdString(formatDisLine(l4[0])),
             QStringLiteral("    0: \\x80 PROTO      4"));
    bool memoize = false;
    for (const DisLine &l : l4)
        memoize = memoize || (l.name == "MEMOIZE" && l.note == "(as 0)");
    QVERIFY(memoize);
    // Long arguments are cut in the text listing, never in the JSON listing.
    auto big = openFixture(QStringLiteral("pydata_p4.pkl"));
    bool truncated = false;
    for (const DisLine &l : ps::disassembleStream(*big, 0, 200))
        truncated = truncated
                    || (l.argument && l.argument->find("…' (65603 bytes)") != std::string::npos);
    QVERIFY(truncated);
}

QTEST_GUILESS_MAIN(tst_Present)
#include "tst_present.moc"
