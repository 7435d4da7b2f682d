// SPDX-License-Identifier: MIT
// The diff engine against what tests/fixtures/generate_diff.py computed with numpy from the
// loaded objects: paths, kinds, element counts and largest differences for every pair; the
// model-aware summary; tolerances, cancellation, cycles, deep nesting and unreadable input.
#include "diff/diff.h"
#include "document/document.h"
#include "insight/insight.h"
#include "path/path.h"
#include "reader/reader.h"
#include "resolve/resolve.h"

#include <QtTest>

#include <cmath>
#include <set>

using namespace ps;
using diff::ChangeKind;

namespace {

QDir pairsDir()
{
    return QDir(QStringLiteral(PS_DIFF_FIXTURES));
}

QJsonObject expectation(const QString &name)
{
    QFile f(pairsDir().filePath(name + QStringLiteral(".expected.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

std::unique_ptr<Document> open(const QString &file)
{
    return openDocument(pairsDir().filePath(file).toStdString());
}

/// Compares the two files of a pair.
diff::DiffResult comparePair(const QString &name, const diff::DiffOptions &options = {})
{
    const QJsonObject exp = expectation(name);
    const auto a = open(exp.value(QStringLiteral("old")).toString());
    const auto b = open(exp.value(QStringLiteral("new")).toString());
    const auto result = diff::compare(*a, *b, options);
    if (!result.ok())
        qWarning("%s", result.error().toString().c_str());
    return result.ok() ? *result : diff::DiffResult{};
}

const diff::Change *changeAt(const diff::DiffResult &r, const std::string &path)
{
    for (const diff::Change &c : r.changes)
        if (c.path == path)
            return &c;
    return nullptr;
}

/// The summary lines of one category, joined.
QString summaryOf(const diff::DiffResult &r, diff::Category category)
{
    QStringList lines;
    for (const diff::SummaryItem &s : r.summary)
        if (s.category == category)
            lines << QString::fromStdString(s.text);
    return lines.join(QLatin1Char('\n'));
}

const diff::ParameterDelta *parameter(const diff::DiffResult &r, const std::string &name)
{
    for (const diff::ParameterDelta &p : r.parameters)
        if (p.name == name)
            return &p;
    return nullptr;
}

bool close(double a, double b)
{
    if (std::isinf(a) || std::isinf(b))
        return a == b;
    return std::fabs(a - b) <= 1e-12 * std::max(1.0, std::fabs(b));
}

/// A protocol-2 pickle of `depth` lists nested in each other around one small int.
std::vector<uint8_t> nestedLists(size_t depth, uint8_t leaf)
{
    std::vector<uint8_t> b = {0x80, 2};
    for (size_t i = 0; i < depth; ++i)
        b.push_back(']'); // EMPTY_LIST
    b.push_back('K');     // BININT1
    b.push_back(leaf);
    for (size_t i = 0; i < depth; ++i)
        b.push_back('a'); // APPEND
    b.push_back('.');
    return b;
}

} // namespace

class tst_Diff : public QObject
{
    Q_OBJECT

private slots:
    /// Every pair: equal or not, the same paths and kinds, the same array numbers.
    void pairs_data();
    void pairs();
    /// Same content at other protocols, as joblib, compressed: equal, only format facts.
    void formatOnly_data();
    void formatOnly();
    void oneCoefficient();
    void hyperParameter();
    void version();
    void attributeAdded();
    void vocabularyWord();
    void stepReplaced();
    void moreTrees();
    void retrainedImportances();
    void cycleComparedOnce();
    /// numpy.isclose semantics: |a - b| <= atol + rtol * |b|.
    void tolerances();
    void maxPositions();
    void cancel();
    void compareNodes();
    void deepNesting();
    void unreadable();
    void reports();
    /// insight::analyse with a filter (used to skip the trees of a forest): the kept
    /// estimators are described exactly as by analyse().
    void analyseFiltered();
};

void tst_Diff::pairs_data()
{
    QTest::addColumn<QString>("name");
    const QStringList files = pairsDir().entryList({QStringLiteral("*.expected.json")});
    QVERIFY(files.size() >= 12);
    for (const QString &f : files) {
        const QString name = f.chopped(int(strlen(".expected.json")));
        QTest::newRow(qPrintable(name)) << name;
    }
}

void tst_Diff::pairs()
{
    QFETCH(QString, name);
    const QJsonObject exp = expectation(name);
    const diff::DiffResult r = comparePair(name);
    QCOMPARE(r.equal, exp.value(QStringLiteral("equal")).toBool());
    QVERIFY(!r.cancelled);
    QVERIFY(!r.truncated);

    std::set<std::pair<std::string, std::string>> ours;
    for (const diff::Change &c : r.changes)
        ours.emplace(c.path, std::string(diff::kindName(c.kind)));
    std::set<std::pair<std::string, std::string>> theirs;
    const QJsonArray changes = exp.value(QStringLiteral("changes")).toArray();
    for (const QJsonValue &v : changes) {
        const QJsonObject c = v.toObject();
        theirs.emplace(c.value(QStringLiteral("path")).toString().toStdString(),
                       c.value(QStringLiteral("kind")).toString().toStdString());
    }
    for (const auto &[path, kind] : ours)
        if (!theirs.count({path, kind}))
            qWarning("only PickleScope: %s %s", kind.c_str(), path.c_str());
    for (const auto &[path, kind] : theirs)
        if (!ours.count({path, kind}))
            qWarning("only numpy: %s %s", kind.c_str(), path.c_str());
    QCOMPARE(ours.size(), size_t(changes.size()));
    QVERIFY(ours == theirs);
    QCOMPARE(r.changeCount, uint64_t(changes.size()));

    for (const QJsonValue &v : changes) {
        const QJsonObject c = v.toObject();
        if (!c.contains(QStringLiteral("array")))
            continue;
        const QJsonObject a = c.value(QStringLiteral("array")).toObject();
        const diff::Change *mine
            = changeAt(r, c.value(QStringLiteral("path")).toString().toStdString());
        QVERIFY(mine);
        QVERIFY(mine->hasArray);
        QCOMPARE(mine->array.shapeChanged, a.value(QStringLiteral("shape_changed")).toBool());
        QCOMPARE(mine->array.dtypeChanged, a.value(QStringLiteral("dtype_changed")).toBool());
        QCOMPARE(mine->array.differing, uint64_t(a.value(QStringLiteral("differing")).toInteger()));
        QVERIFY2(
            close(mine->array.maxAbsDiff,
                  a.value(QStringLiteral("max_abs_diff")).toVariant().value<double>()),
            qPrintable(QStringLiteral("%1 vs %2")
                           .arg(mine->array.maxAbsDiff, 0, 'g', 17)
                           .arg(a.value(QStringLiteral("max_abs_diff")).toVariant().value<double>(),
                                0, 'g', 17)));
    }
}

void tst_Diff::formatOnly_data()
{
    QTest::addColumn<QString>("name");
    for (const char *n : {"equal_p2_p4", "equal_p4_p5", "equal_pickle_joblib", "equal_joblib_zlib"})
        QTest::newRow(n) << QString::fromLatin1(n);
}

void tst_Diff::formatOnly()
{
    QFETCH(QString, name);
    const diff::DiffResult r = comparePair(name);
    QVERIFY(r.equal);
    QVERIFY(r.changes.empty());
    const QJsonArray facts = expectation(name)
                                 .value(QStringLiteral("facts"))
                                 .toObject()
                                 .value(QStringLiteral("format"))
                                 .toArray();
    QVERIFY(!facts.isEmpty());
    QStringList ours;
    for (const std::string &d : r.format.differences)
        ours << QString::fromStdString(d);
    for (const QJsonValue &f : facts)
        QVERIFY2(ours.contains(f.toString()), qPrintable(ours.join(QLatin1String("; "))));
    QCOMPARE(summaryOf(r, diff::Category::Format), ours.join(QLatin1Char('\n')));
    // Every summary line is a format line: nothing else differs.
    for (const diff::SummaryItem &s : r.summary)
        QCOMPARE(int(s.category), int(diff::Category::Format));
}

void tst_Diff::oneCoefficient()
{
    const QJsonObject facts
        = expectation(QStringLiteral("one_coef")).value(QStringLiteral("facts")).toObject();
    const diff::DiffResult r = comparePair(QStringLiteral("one_coef"));
    const diff::Change *c = changeAt(r, ".coef_");
    QVERIFY(c);
    QCOMPARE(int(c->kind), int(ChangeKind::Changed));
    QCOMPARE(c->array.compared, uint64_t(12));
    QCOMPARE(c->array.differing, uint64_t(1));
    QCOMPARE(c->array.top.size(), size_t(1));
    const diff::Position &p = c->array.top.front();
    QCOMPARE(p.index, (std::vector<uint64_t>{1, 2}));
    QCOMPARE(p.oldValue, facts.value(QStringLiteral("coef_old")).toVariant().value<double>());
    QCOMPARE(p.newValue, facts.value(QStringLiteral("coef_new")).toVariant().value<double>());
    // Classes on the first axis, generated feature names on the second.
    QCOMPARE(c->array.axes, (std::vector<std::string>{"class", "feature"}));
    QCOMPARE(p.labels, (std::vector<std::string>{"1", "'x2'"}));
    const QString learned = summaryOf(r, diff::Category::Learned);
    QVERIFY2(learned.contains(QStringLiteral("coef_ for class 1, feature 'x2': ")),
             qPrintable(learned));
    QVERIFY(learned.contains(QStringLiteral("1 of 12 values changed")));
    const diff::ParameterDelta *d = parameter(r, "coef_");
    QVERIFY(d);
    QVERIFY(d->changed);
    QCOMPARE(d->rows.size(), size_t(3));
    QCOMPARE(d->features.size(), size_t(4));
    QCOMPARE(d->newValues[1 * 4 + 2] - d->oldValues[1 * 4 + 2],
             facts.value(QStringLiteral("coef_new")).toVariant().value<double>()
                 - facts.value(QStringLiteral("coef_old")).toVariant().value<double>());
}

void tst_Diff::hyperParameter()
{
    const QJsonObject facts
        = expectation(QStringLiteral("hyperparameter")).value(QStringLiteral("facts")).toObject();
    const diff::DiffResult r = comparePair(QStringLiteral("hyperparameter"));
    const QString line = summaryOf(r, diff::Category::HyperParameter);
    const QString expected = QStringLiteral("%1 of LogisticRegression: %2 → %3")
                                 .arg(facts.value(QStringLiteral("parameter")).toString(),
                                      facts.value(QStringLiteral("old")).toString(),
                                      facts.value(QStringLiteral("new")).toString());
    QCOMPARE(line, expected);
    // Nothing learned changed: no learned line.
    QVERIFY(summaryOf(r, diff::Category::Learned).isEmpty());
}

void tst_Diff::version()
{
    const QJsonObject facts
        = expectation(QStringLiteral("version")).value(QStringLiteral("facts")).toObject();
    const diff::DiffResult r = comparePair(QStringLiteral("version"));
    QCOMPARE(summaryOf(r, diff::Category::Version),
             QStringLiteral("saved with scikit-learn %1 → %2 (1 estimator)")
                 .arg(facts.value(QStringLiteral("version_old")).toString(),
                      facts.value(QStringLiteral("version_new")).toString()));
    const diff::Change *c = changeAt(r, "._sklearn_version");
    QVERIFY(c);
    QCOMPARE(QString::fromStdString(c->newSummary),
             QStringLiteral("'%1'").arg(facts.value(QStringLiteral("version_new")).toString()));
}

void tst_Diff::attributeAdded()
{
    const diff::DiffResult r = comparePair(QStringLiteral("attribute_added"));
    QCOMPARE(r.changes.size(), size_t(1));
    QCOMPARE(int(r.changes[0].kind), int(ChangeKind::Added));
    QCOMPARE(r.changes[0].path, std::string(".reviewed_by"));
    QCOMPARE(r.changes[0].newSummary, std::string("'data team'"));
    QCOMPARE(r.changes[0].oldNode, kNoNode);
}

void tst_Diff::vocabularyWord()
{
    const QJsonObject facts
        = expectation(QStringLiteral("vocab_added")).value(QStringLiteral("facts")).toObject();
    const QJsonArray words = facts.value(QStringLiteral("words_added")).toArray();
    QCOMPARE(words.size(), 1);
    const QString word = words.at(0).toString();
    const diff::DiffResult r = comparePair(QStringLiteral("vocab_added"));
    const QString features = summaryOf(r, diff::Category::Features);
    QCOMPARE(features,
             QStringLiteral("vocabulary_ of TfidfVectorizer at .steps[0][1]: 1 feature added: '%1'")
                 .arg(word));
    const diff::Change *added
        = changeAt(r, ".steps[0][1].vocabulary_['" + word.toStdString() + "']");
    QVERIFY(added);
    QCOMPARE(int(added->kind), int(ChangeKind::Added));
    // coef_ aligned by word: the new word has no old value, every other word has both.
    const diff::ParameterDelta *d = parameter(r, "coef_");
    QVERIFY(d);
    QCOMPARE(d->rows, (std::vector<std::string>{"'spam'"}));
    const auto at = std::find(d->features.begin(), d->features.end(), word.toStdString());
    QVERIFY(at == d->features.end() - 1);
    QVERIFY(std::isnan(d->oldValues.back()));
    QVERIFY(!std::isnan(d->newValues.back()));
    for (size_t i = 0; i + 1 < d->features.size(); ++i)
        QVERIFY(!std::isnan(d->oldValues[i]) && !std::isnan(d->newValues[i]));
    QVERIFY(summaryOf(r, diff::Category::Learned)
                .contains(QStringLiteral("coef_ for class 'spam', feature 'money': ")));
}

void tst_Diff::stepReplaced()
{
    const diff::DiffResult r = comparePair(QStringLiteral("step_replaced"));
    QCOMPARE(summaryOf(r, diff::Category::Estimator),
             QStringLiteral("step 'scaler' (StandardScaler) at .steps[0] replaced by step 'minmax' "
                            "(MinMaxScaler)"));
    const diff::Change *removed = changeAt(r, ".steps[0]");
    QVERIFY(removed);
}

void tst_Diff::moreTrees()
{
    const diff::DiffResult r = comparePair(QStringLiteral("more_trees"));
    QCOMPARE(summaryOf(r, diff::Category::Trees),
             QStringLiteral("RandomForestClassifier: 4 → 6 trees (+2)"));
    QCOMPARE(summaryOf(r, diff::Category::HyperParameter),
             QStringLiteral("n_estimators of RandomForestClassifier: 4 → 6"));
    QVERIFY(changeAt(r, ".estimators_[4]"));
    QVERIFY(changeAt(r, ".estimators_[5]"));
    QVERIFY(!summaryOf(r, diff::Category::Importances).isEmpty());
}

void tst_Diff::retrainedImportances()
{
    const QJsonObject facts
        = expectation(QStringLiteral("retrained_seed")).value(QStringLiteral("facts")).toObject();
    const diff::DiffResult r = comparePair(QStringLiteral("retrained_seed"));
    const diff::ParameterDelta *d = parameter(r, "feature_importances_");
    QVERIFY(d);
    const QJsonArray oldI = facts.value(QStringLiteral("importances_old")).toArray();
    const QJsonArray newI = facts.value(QStringLiteral("importances_new")).toArray();
    QCOMPARE(d->oldValues.size(), size_t(oldI.size()));
    for (qsizetype i = 0; i < oldI.size(); ++i) {
        QVERIFY(close(d->oldValues[size_t(i)], oldI.at(i).toVariant().value<double>()));
        QVERIFY(close(d->newValues[size_t(i)], newI.at(i).toVariant().value<double>()));
    }
    QVERIFY(d->changed);
    QVERIFY(summaryOf(r, diff::Category::HyperParameter).contains(QStringLiteral("random_state")));
    // Trees of an ensemble are summarised by the ensemble only.
    for (const diff::SummaryItem &s : r.summary)
        QVERIFY(s.path.find(".estimators_[") == std::string::npos
                || s.category == diff::Category::Trees);
}

void tst_Diff::cycleComparedOnce()
{
    const diff::DiffResult r = comparePair(QStringLiteral("cycle"));
    QCOMPARE(r.changes.size(), size_t(1));
    QCOMPARE(r.changes[0].path, std::string("['first'][0]"));
    QCOMPARE(r.changes[0].oldSummary, std::string("1.5"));
    QCOMPARE(r.changes[0].newSummary, std::string("2.5"));
}

void tst_Diff::tolerances()
{
    const QJsonObject facts
        = expectation(QStringLiteral("one_coef")).value(QStringLiteral("facts")).toObject();
    const double delta
        = std::fabs(facts.value(QStringLiteral("coef_new")).toVariant().value<double>()
                    - facts.value(QStringLiteral("coef_old")).toVariant().value<double>());
    diff::DiffOptions o;
    o.atol = delta * 1.001;
    QVERIFY(comparePair(QStringLiteral("one_coef"), o).equal);
    o.atol = delta * 0.999;
    QVERIFY(!comparePair(QStringLiteral("one_coef"), o).equal);
    o.atol = 0;
    const double newValue
        = std::fabs(facts.value(QStringLiteral("coef_new")).toVariant().value<double>());
    o.rtol = delta / newValue * 1.001;
    QVERIFY(comparePair(QStringLiteral("one_coef"), o).equal);
    o.rtol = delta / newValue * 0.999;
    QVERIFY(!comparePair(QStringLiteral("one_coef"), o).equal);
}

void tst_Diff::maxPositions()
{
    diff::DiffOptions o;
    o.maxPositions = 3;
    const diff::DiffResult r = comparePair(QStringLiteral("step_replaced"), o);
    const diff::Change *c = changeAt(r, ".steps[1][1].coef_");
    QVERIFY(c);
    QCOMPARE(c->array.differing, uint64_t(12));
    QCOMPARE(c->array.top.size(), size_t(3));
    QVERIFY(c->array.top[0].absDiff >= c->array.top[1].absDiff);
    QVERIFY(c->array.top[1].absDiff >= c->array.top[2].absDiff);
    QCOMPARE(c->array.top[0].absDiff, c->array.maxAbsDiff);
    o.maxChanges = 2;
    const diff::DiffResult t = comparePair(QStringLiteral("retrained_seed"), o);
    QVERIFY(t.truncated);
    QVERIFY(!t.equal);
    QCOMPARE(t.changes.size(), size_t(2));
    QVERIFY(t.changeCount > 2);
    // A bound on the pairs walked stops the walk: incomplete, never "equal".
    diff::DiffOptions few;
    few.maxVisits = 5;
    const diff::DiffResult s = comparePair(QStringLiteral("equal_p2_p4"), few);
    QVERIFY(s.truncated);
    QVERIFY(!s.equal);
    QVERIFY(comparePair(QStringLiteral("equal_p2_p4")).equal);
}

void tst_Diff::cancel()
{
    diff::DiffOptions o;
    int calls = 0;
    o.progress = [&calls](uint64_t, uint64_t) {
        ++calls;
        return false;
    };
    const diff::DiffResult r = comparePair(QStringLiteral("retrained_seed"), o);
    QVERIFY(calls >= 1);
    QVERIFY(r.cancelled);
    QVERIFY(!r.equal);
    // Progress runs to the end when not cancelled.
    uint64_t last = 0;
    uint64_t lastTotal = 1;
    o.progress = [&](uint64_t done, uint64_t total) {
        last = done;
        lastTotal = total;
        return true;
    };
    QVERIFY(!comparePair(QStringLiteral("retrained_seed"), o).cancelled);
    QCOMPARE(last, lastTotal);
}

void tst_Diff::compareNodes()
{
    const auto a = open(QStringLiteral("step_replaced.old.pkl"));
    const auto b = open(QStringLiteral("step_replaced.new.pkl"));
    const auto ra = resolvePath(*a, ".steps[1][1]");
    const auto rb = resolvePath(*b, ".steps[1][1]");
    QVERIFY(ra.ok() && rb.ok());
    const diff::DiffResult r = diff::compareNodes(*a, ra->node, *b, rb->node);
    QVERIFY(!r.equal);
    QVERIFY(changeAt(r, ".coef_"));
    QVERIFY(summaryOf(r, diff::Category::Learned)
                .startsWith(QStringLiteral("coef_ of LogisticRegression: ")));
    QVERIFY(diff::compareNodes(*a, ra->node, *a, ra->node).equal);
}

void tst_Diff::deepNesting()
{
    // Deeper than any C++ stack would take recursively; the walk is iterative.
    constexpr size_t kDepth = 20000;
    const auto a = openDocumentBytes(nestedLists(kDepth, 1), "a.pkl");
    const auto b = openDocumentBytes(nestedLists(kDepth, 2), "b.pkl");
    QVERIFY(a->ok() && b->ok());
    const auto r = diff::compare(*a, *b);
    QVERIFY(r.ok());
    QCOMPARE(r->changes.size(), size_t(1));
    QCOMPARE(r->changes[0].path.size(), (kDepth - 1) * 3 + 3);
    QVERIFY(diff::compare(*a, *a)->equal);
}

void tst_Diff::unreadable()
{
    auto bytes = nestedLists(3, 1);
    bytes.resize(bytes.size() - 2); // no STOP
    const auto broken = openDocumentBytes(bytes, "broken.pkl");
    QVERIFY(!broken->ok());
    const auto good = openDocumentBytes(nestedLists(3, 1), "good.pkl");
    const auto r = diff::compare(*good, *broken);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().file, std::string("broken.pkl"));
}

void tst_Diff::reports()
{
    const diff::DiffResult r = comparePair(QStringLiteral("one_coef"));
    const QString text = QString::fromStdString(diff::textReport(r));
    QVERIFY(text.indexOf(QStringLiteral("Summary:")) < text.indexOf(QStringLiteral("Changes:")));
    QVERIFY(text.contains(QStringLiteral("changed .coef_")));
    QVERIFY(text.contains(QStringLiteral("[1, 2] (class 1, feature 'x2')")));
    const QJsonDocument json
        = QJsonDocument::fromJson(QByteArray::fromStdString(diff::jsonReport(r)));
    QVERIFY(json.isObject());
    const QJsonObject o = json.object();
    QCOMPARE(o.value(QStringLiteral("equal")).toBool(), false);
    const QJsonObject c = o.value(QStringLiteral("changes")).toArray().at(0).toObject();
    QCOMPARE(c.value(QStringLiteral("path")).toString(), QStringLiteral(".coef_"));
    QCOMPARE(c.value(QStringLiteral("kind")).toString(), QStringLiteral("changed"));
    const QJsonObject top = c.value(QStringLiteral("array"))
                                .toObject()
                                .value(QStringLiteral("top"))
                                .toArray()
                                .at(0)
                                .toObject();
    QCOMPARE(top.value(QStringLiteral("index")).toArray(), (QJsonArray{1, 2}));
    QCOMPARE(top.value(QStringLiteral("labels")).toArray(),
             (QJsonArray{QStringLiteral("1"), QStringLiteral("'x2'")}));
}

void tst_Diff::analyseFiltered()
{
    const auto doc = open(QStringLiteral("forest_6.joblib"));
    const auto all = insight::analyse(*doc);
    const auto member = [](const std::string &path) {
        return path.find(".estimators_[") != std::string::npos;
    };
    std::vector<size_t> outside;
    for (size_t i = 0; i < all.size(); ++i)
        if (!member(all[i].path))
            outside.push_back(i);
    QCOMPARE(all.size() - outside.size(), size_t(6)); // the six trees
    const auto kept
        = insight::analyse(*doc, [&](const std::string &path) { return !member(path); });
    QCOMPARE(kept.size(), outside.size());
    for (size_t k = 0; k < kept.size(); ++k) {
        const insight::Estimator &e = all[outside[k]];
        QCOMPARE(kept[k].path, e.path);
        QCOMPARE(kept[k].className, e.className);
        QCOMPARE(kept[k].featureNames, e.featureNames);
        QCOMPARE(kept[k].parameters.size(), e.parameters.size());
        for (size_t p = 0; p < e.parameters.size(); ++p)
            QCOMPARE(kept[k].parameters[p].values, e.parameters[p].values);
    }
    const auto same = insight::analyse(*doc, [](const std::string &) { return true; });
    QCOMPARE(same.size(), all.size());
    for (size_t i = 0; i < all.size(); ++i) {
        QCOMPARE(same[i].path, all[i].path);
        QCOMPARE(same[i].parent, all[i].parent);
    }
}

QTEST_GUILESS_MAIN(tst_Diff)
#include "tst_diff.moc"
