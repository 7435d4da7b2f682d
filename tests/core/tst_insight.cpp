// SPDX-License-Identifier: MIT
// The scikit-learn insight layer against what the real scikit-learn reported for every fixture
// (tests/fixtures/generate.py): feature importances computed from the node arrays, feature
// names, learned parameters and classes; estimator discovery in composites; shared and cyclic
// graphs; big and deep files.
#include "document/document.h"
#include "insight/insight.h"
#include "reader/reader.h"
#include "util/pyrepr.h"

#include <QtTest>

#include <chrono>
#include <cmath>

using namespace ps;
using insight::Estimator;
using insight::Parameter;
using insight::Role;

namespace {

QDir fixtures()
{
    return QDir(QStringLiteral(PS_FIXTURES));
}

QJsonObject expectation(const QString &name)
{
    QFile f(fixtures().filePath(name + QStringLiteral(".expected.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

/// Every fixture whose expectation has `key` (all scikit-learn fixtures when `key` is empty).
QStringList fixturesWith(const QString &key)
{
    QStringList out;
    const QStringList files
        = fixtures().entryList({QStringLiteral("*.expected.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString name = file.chopped(int(strlen(".expected.json")));
        const QJsonObject exp = expectation(name);
        const QJsonArray types = exp.value(QStringLiteral("root_types")).toArray();
        const bool sklearn
            = !types.isEmpty() && types.at(0).toString().startsWith(QStringLiteral("sklearn."));
        if (key.isEmpty() ? sklearn : exp.contains(key))
            out << name;
    }
    return out;
}

/// One data row per fixture fixturesWith(key) names; at least `atLeast` of them.
void addFixtureRows(const QString &key, int atLeast)
{
    QTest::addColumn<QString>("name");
    const QStringList names = fixturesWith(key);
    QVERIFY(names.size() >= atLeast);
    for (const QString &n : names)
        QTest::newRow(qPrintable(n)) << n;
}

std::unique_ptr<Document> openFixture(const QString &name)
{
    return openDocument(fixtures().filePath(name).toStdString());
}

const Estimator *estimatorAtPath(const std::vector<Estimator> &all, const std::string &path,
                                 uint32_t root = 0)
{
    for (const Estimator &e : all) {
        if (e.root == root && e.path == path)
            return &e;
    }
    return nullptr;
}

const Parameter *parameter(const Estimator &e, Role role)
{
    for (const Parameter &p : e.parameters) {
        if (p.role == role)
            return &p;
    }
    return nullptr;
}

/// A JSON number as a double.
double realOf(const QJsonValue &v)
{
    return v.toVariant().toReal();
}

/// A JSON value (numbers, nested lists) flattened in C order.
void flatten(const QJsonValue &v, std::vector<double> &out)
{
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            flatten(item, out);
    } else if (v.isString()) {
        const QString s = v.toString();
        out.push_back(s == QLatin1String("nan")   ? std::nan("")
                      : s == QLatin1String("inf") ? INFINITY
                                                  : -INFINITY);
    } else {
        out.push_back(realOf(v));
    }
}

/// Python's repr of a JSON-mapped class label (`floating`: an item of a float array).
QString reprOf(const QJsonValue &v, bool floating)
{
    if (floating && v.isDouble())
        return QString::fromStdString(reprFloat(realOf(v)));
    if (v.isString())
        return QString::fromStdString(reprStr(v.toString().toStdString()));
    if (v.isBool())
        return v.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    const double d = realOf(v);
    if (d == std::floor(d) && std::fabs(d) < 1e15)
        return QString::number(qint64(d));
    return QString::fromStdString(reprFloat(d));
}

QStringList toQStrings(const std::vector<std::string> &items)
{
    QStringList out;
    for (const std::string &s : items)
        out << QString::fromStdString(s);
    return out;
}

QHash<QString, QJsonObject> checksByPath(const QJsonObject &exp)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue &v : exp.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("root")).toInt(0) == 0)
            out.insert(c.value(QStringLiteral("path")).toString(), c);
    }
    return out;
}

// --- hand-assembled pickles (protocol 2) ---

void put(QByteArray &b, const QByteArray &s)
{
    b += 'X';
    const quint32 n = quint32(s.size());
    b += char(n & 0xff);
    b += char((n >> 8) & 0xff);
    b += char((n >> 16) & 0xff);
    b += char((n >> 24) & 0xff);
    b += s;
}

/// A LogisticRegression (BINPUT `memo`) whose state holds C=1 and, when `self` is set, an
/// attribute `self` that is the estimator itself (a cycle).
QByteArray estimatorBytes(bool self, char memo)
{
    QByteArray b("csklearn.linear_model._logistic\nLogisticRegression\n)\x81q");
    b += memo;
    b += "}(";
    if (self) {
        put(b, "self");
        b += 'h';
        b += memo;
    }
    put(b, "_sklearn_version");
    put(b, "1.2.1");
    put(b, "C");
    b += "K\x01";
    b += "ub";
    return b;
}

std::unique_ptr<Document> fromBytes(const QByteArray &body, const char *name)
{
    QByteArray b("\x80\x02", 2);
    b += body;
    b += '.';
    return openDocumentBytes(std::vector<uint8_t>(b.begin(), b.end()), name);
}

} // namespace

class tst_Insight : public QObject
{
    Q_OBJECT

private slots:
    void featureImportances_data();
    void featureImportances();
    void featureNames_data();
    void featureNames();
    void storedParameters_data();
    void storedParameters();
    void discovery_data();
    void discovery();
    void parametersPerFamily_data();
    void parametersPerFamily();
    void estimatorAtIncludesPipelineNames();
    void sharedAndCyclicNodes();
    void largeAndDeepGraphs();
    void roleNames();
};

void tst_Insight::featureImportances_data()
{
    addFixtureRows(QStringLiteral("feature_importances"), 11);
}

void tst_Insight::featureImportances()
{
    QFETCH(QString, name);
    const QJsonObject exp = expectation(name);
    std::vector<double> expected;
    flatten(exp.value(QStringLiteral("feature_importances")), expected);
    auto doc = openFixture(exp.value(QStringLiteral("file")).toString());
    QVERIFY(doc->ok());
    const auto all = insight::analyse(*doc);
    const Estimator *root = estimatorAtPath(all, "");
    QVERIFY(root);
    const Parameter *fi = parameter(*root, Role::FeatureImportances);
    QVERIFY2(fi, qPrintable(QString::fromStdString(root->className)));
    QVERIFY(fi->computed);
    QCOMPARE(fi->name, std::string("feature_importances_"));
    QCOMPARE(fi->shape, std::vector<uint64_t>{expected.size()});
    QCOMPARE(fi->values.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        QVERIFY2(std::fabs(fi->values[i] - expected[i]) <= 1e-12,
                 qPrintable(QStringLiteral("feature %1: %2 vs scikit-learn %3")
                                .arg(i)
                                .arg(fi->values[i], 0, 'g', 17)
                                .arg(expected[i], 0, 'g', 17)));
    }
}

void tst_Insight::featureNames_data()
{
    addFixtureRows(QStringLiteral("feature_names_out"), 16);
}

void tst_Insight::featureNames()
{
    QFETCH(QString, name);
    const QJsonObject exp = expectation(name);
    QStringList expected;
    for (const QJsonValue &v : exp.value(QStringLiteral("feature_names_out")).toArray())
        expected << v.toString();
    auto doc = openFixture(exp.value(QStringLiteral("file")).toString());
    QVERIFY(doc->ok());
    const auto all = insight::analyse(*doc);
    const Estimator *root = estimatorAtPath(all, "");
    QVERIFY(root);
    if (exp.value(QStringLiteral("feature_names_out_source")).toString()
        == QLatin1String("pipeline[:-1]")) {
        // The names pipeline[:-1] outputs are the final estimator's input names.
        const auto steps = checksByPath(exp).value(QStringLiteral(".steps"));
        const int last = steps.value(QStringLiteral("len")).toInt() - 1;
        QVERIFY(last >= 1);
        const std::string path = ".steps[" + std::to_string(last) + "][1]";
        const Estimator *final = estimatorAtPath(all, path);
        QVERIFY(final);
        QCOMPARE(toQStrings(final->featureNames), expected);
        QVERIFY(!final->featureNamesSource.empty());
        QVERIFY(final->featureNamesSource != "generated" || expected.front() == "x0");
    } else {
        QCOMPARE(toQStrings(root->outputFeatureNames), expected);
        QVERIFY(!root->outputFeatureNamesSource.empty());
    }
}

void tst_Insight::storedParameters_data()
{
    addFixtureRows(QString(), 45);
}

/// Every stored learned parameter and every classes_ equals the attribute Python loaded, and
/// every coef_ / intercept_ / coefs_ the file holds is reported.
void tst_Insight::storedParameters()
{
    QFETCH(QString, name);
    const QJsonObject exp = expectation(name);
    const auto checks = checksByPath(exp);
    auto doc = openFixture(exp.value(QStringLiteral("file")).toString());
    QVERIFY(doc->ok());
    const auto all = insight::analyse(*doc);
    QVERIFY(!all.empty());
    QSet<QString> reported;
    int compared = 0;
    for (const Estimator &e : all) {
        for (const Parameter &p : e.parameters) {
            if (p.computed)
                continue;
            const QString path = QString::fromStdString(p.path);
            reported << path;
            QVERIFY2(!p.valuesOmitted, qPrintable(path));
            uint64_t count = 1;
            for (const uint64_t d : p.shape)
                count *= d;
            QCOMPARE(uint64_t(p.values.size()), count);
            const QJsonObject check = checks.value(path);
            if (!check.contains(QStringLiteral("json")))
                continue;
            std::vector<double> expected;
            flatten(check.value(QStringLiteral("json")), expected);
            QCOMPARE(p.values.size(), expected.size());
            for (size_t i = 0; i < expected.size(); ++i)
                QVERIFY2(p.values[i] == expected[i]
                             || (std::isnan(p.values[i]) && std::isnan(expected[i])),
                         qPrintable(path + QStringLiteral("[%1]").arg(i)));
            ++compared;
        }
        const QJsonObject classes
            = checks.value(QString::fromStdString(e.path) + QStringLiteral(".classes_"));
        if (classes.value(QStringLiteral("json")).isArray()) {
            QStringList expected;
            const bool floating = classes.value(QStringLiteral("dtype")).toString().contains('f');
            for (const QJsonValue &v : classes.value(QStringLiteral("json")).toArray())
                expected << reprOf(v, floating);
            QCOMPARE(toQStrings(e.classes), expected);
            ++compared;
        }
    }
    // Nothing the file stores under these names is missed.
    static const QStringList learned = {
        QStringLiteral(".coef_"),
        QStringLiteral(".intercept_"),
        QStringLiteral(".dual_coef_"),
        QStringLiteral(".support_vectors_"),
        QStringLiteral(".cluster_centers_"),
        QStringLiteral(".components_"),
        QStringLiteral(".feature_log_prob_"),
        QStringLiteral(".class_log_prior_"),
        QStringLiteral(".explained_variance_ratio_"),
    };
    for (auto it = checks.begin(); it != checks.end(); ++it) {
        for (const QString &suffix : learned) {
            if (it.key().endsWith(suffix)
                && it.value().value(QStringLiteral("type")).toString().startsWith("numpy."))
                QVERIFY2(reported.contains(it.key()), qPrintable(it.key()));
        }
    }
    // A row must compare something, or it passes whatever the engine says: a file with
    // learned parameters or classes_ (as Python reported them) had them compared; a file with
    // none (scalers, vectorizers, trees, encoders) gets none invented.
    if (compared == 0)
        QVERIFY2(reported.isEmpty(),
                 qPrintable(name + QStringLiteral(": parameters Python does not have: ")
                            + QStringList(reported.values()).join(QStringLiteral(", "))));
    bool pythonHasSome = false;
    for (auto it = checks.begin(); it != checks.end(); ++it)
        for (const QString &suffix : learned)
            pythonHasSome
                = pythonHasSome
                  || (it.key().endsWith(suffix) && it.value().contains(QStringLiteral("json")));
    for (auto it = checks.begin(); it != checks.end(); ++it)
        pythonHasSome = pythonHasSome
                        || (it.key().endsWith(QStringLiteral(".classes_"))
                            && it.value().value(QStringLiteral("json")).isArray());
    QCOMPARE(compared > 0, pythonHasSome);
}

void tst_Insight::discovery_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected"); // "path Class" in walk order

    const QStringList spam = {
        QStringLiteral(" Pipeline"),
        QStringLiteral(".steps[0][1] TfidfVectorizer"),
        QStringLiteral(".steps[0][1]._tfidf TfidfTransformer"),
        QStringLiteral(".steps[1][1] LogisticRegression"),
    };
    for (const char *f : {"spam_pipeline_p0.pkl", "spam_pipeline_p2.pkl", "spam_pipeline_p4.pkl",
                          "spam_pipeline.joblib", "spam_pipeline_xz.joblib"})
        QTest::newRow(f) << QString::fromLatin1(f) << spam;
    QTest::newRow("column transformer")
        << QStringLiteral("sk_column_transformer_p4.pkl")
        << QStringList{QStringLiteral(" Pipeline"),
                       QStringLiteral(".steps[0][1] ColumnTransformer"),
                       QStringLiteral(".steps[0][1].transformers[0][1] OneHotEncoder"),
                       QStringLiteral(".steps[0][1].transformers[1][1] StandardScaler"),
                       QStringLiteral(".steps[0][1].transformers_[0][1] OneHotEncoder"),
                       QStringLiteral(".steps[0][1].transformers_[1][1] StandardScaler"),
                       QStringLiteral(".steps[1][1] LogisticRegression")};
    QTest::newRow("grid search") << QStringLiteral("sk_grid_search_p4.pkl")
                                 << QStringList{
                                        QStringLiteral(" GridSearchCV"),
                                        QStringLiteral(".estimator LogisticRegression"),
                                        QStringLiteral(".best_estimator_ LogisticRegression")};
    QStringList calibrated{QStringLiteral(" CalibratedClassifierCV"),
                           QStringLiteral(".estimator LinearSVC")};
    for (int i = 0; i < 3; ++i) {
        const QString c = QStringLiteral(".calibrated_classifiers_[%1]").arg(i);
        calibrated << c + QStringLiteral(".estimator LinearSVC");
        for (int j = 0; j < 3; ++j)
            calibrated << c + QStringLiteral(".calibrators[%1] _SigmoidCalibration").arg(j);
    }
    QTest::newRow("calibrated") << QStringLiteral("sk_calibrated_svc_p4.pkl") << calibrated;
    QTest::newRow("scaler + svc") << QStringLiteral("sk_pipeline_scaler_svc_p4.pkl")
                                  << QStringList{QStringLiteral(" Pipeline"),
                                                 QStringLiteral(".steps[0][1] StandardScaler"),
                                                 QStringLiteral(".steps[1][1] SVC")};
    QStringList forest{QStringLiteral(" RandomForestClassifier"),
                       QStringLiteral(".estimator DecisionTreeClassifier")};
    for (int i = 0; i < 10; ++i)
        forest << QStringLiteral(".estimators_[%1] DecisionTreeClassifier").arg(i);
    QTest::newRow("forest") << QStringLiteral("random_forest.joblib") << forest;
    QStringList boosting{QStringLiteral(" GradientBoostingClassifier"),
                         QStringLiteral(".init_ DummyClassifier")};
    for (int i = 0; i < 10; ++i) {
        for (int k = 0; k < 3; ++k)
            boosting << QStringLiteral(".estimators_[%1, %2] DecisionTreeRegressor").arg(i).arg(k);
    }
    QTest::newRow("boosting, nested object array")
        << QStringLiteral("gb_3class.joblib") << boosting;
    QTest::newRow("not sklearn") << QStringLiteral("pydata_p4.pkl") << QStringList{};
    QTest::newRow("mlp") << QStringLiteral("sk_mlp_p4.pkl")
                         << QStringList{QStringLiteral(" MLPClassifier"),
                                        QStringLiteral("._label_binarizer LabelBinarizer")};
}

void tst_Insight::discovery()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    auto doc = openFixture(file);
    QVERIFY(doc->ok());
    QStringList found;
    const auto all = insight::analyse(*doc);
    for (const Estimator &e : all) {
        found << QString::fromStdString(e.path + " " + e.className);
        QCOMPARE(e.root, 0u);
        QVERIFY(e.pythonType.find("sklearn.") == 0);
        QCOMPARE(e.version, std::string("1.2.1"));
        if (e.parent >= 0) {
            // The parent encloses the child: its path is a prefix of the child's.
            QVERIFY(size_t(e.parent) < all.size());
            QVERIFY(e.path.find(all[size_t(e.parent)].path) == 0);
        }
    }
    QCOMPARE(found, expected);
}

void tst_Insight::parametersPerFamily_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("expected"); // "name role shape"
    QTest::newRow("logreg 3 class") << QStringLiteral("sk_logreg_3class_p4.pkl") << QString()
                                    << QStringList{QStringLiteral("coef_ coefficients 3x4"),
                                                   QStringLiteral("intercept_ intercept 3")};
    QTest::newRow("lasso: 1-d coef, scalar intercept")
        << QStringLiteral("sk_lasso_p4.pkl") << QString()
        << QStringList{QStringLiteral("coef_ coefficients 4"),
                       QStringLiteral("intercept_ intercept 1")};
    QTest::newRow("svc") << QStringLiteral("sk_svc_rbf_p4.pkl") << QString()
                         << QStringList{QStringLiteral("intercept_ intercept 3"),
                                        QStringLiteral("dual_coef_ dual coefficients 2x60"),
                                        QStringLiteral("support_vectors_ support vectors 60x4")};
    QTest::newRow("gaussian nb") << QStringLiteral("sk_gaussian_nb_p4.pkl") << QString()
                                 << QStringList{QStringLiteral("theta_ class means 3x4"),
                                                QStringLiteral("var_ class variances 3x4")};
    QTest::newRow("mlp") << QStringLiteral("sk_mlp_p4.pkl") << QString()
                         << QStringList{QStringLiteral("coefs_[0] layer weights 4x5"),
                                        QStringLiteral("coefs_[1] layer weights 5x3"),
                                        QStringLiteral("intercepts_[0] layer biases 5"),
                                        QStringLiteral("intercepts_[1] layer biases 3")};
    QTest::newRow("kmeans") << QStringLiteral("sk_kmeans_p4.pkl") << QString()
                            << QStringList{QStringLiteral("cluster_centers_ cluster centers 3x4")};
    QTest::newRow("pca")
        << QStringLiteral("sk_pca_p4.pkl") << QString()
        << QStringList{QStringLiteral("components_ components 2x4"),
                       QStringLiteral("explained_variance_ratio_ explained variance ratio 2")};
    QTest::newRow("scaler has no learned parameters")
        << QStringLiteral("sk_standard_scaler_p4.pkl") << QString() << QStringList{};
    QTest::newRow("tree") << QStringLiteral("sk_dtree_clf_p4.pkl") << QString()
                          << QStringList{
                                 QStringLiteral("feature_importances_ feature importances 4")};
}

void tst_Insight::parametersPerFamily()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QStringList, expected);
    auto doc = openFixture(file);
    QVERIFY(doc->ok());
    const auto all = insight::analyse(*doc);
    const Estimator *e = estimatorAtPath(all, path.toStdString());
    QVERIFY(e);
    QStringList found;
    for (const Parameter &p : e->parameters) {
        QStringList dims;
        for (const uint64_t d : p.shape)
            dims << QString::number(d);
        found << QString::fromStdString(p.name + " " + insight::roleName(p.role) + " ")
                     + dims.join(QLatin1Char('x'));
        if (!p.computed)
            QCOMPARE(p.path, e->path + "." + p.name.substr(0, p.name.find('['))
                                 + (p.name.find('[') == std::string::npos
                                        ? std::string()
                                        : p.name.substr(p.name.find('['))));
    }
    QCOMPARE(found, expected);
}

void tst_Insight::estimatorAtIncludesPipelineNames()
{
    auto doc = openFixture(QStringLiteral("spam_pipeline_p4.pkl"));
    QVERIFY(doc->ok());
    const auto all = insight::analyse(*doc);
    const Estimator *clf = estimatorAtPath(all, ".steps[1][1]");
    QVERIFY(clf);
    QCOMPARE(clf->featureNamesSource, std::string("vocabulary_ of .steps[0][1]"));
    QCOMPARE(clf->hyperParameters.front().name, std::string("penalty"));
    QCOMPARE(clf->hyperParameters.front().path, std::string(".steps[1][1].penalty"));
    bool hasCoef = false;
    for (const auto &a : clf->fittedAttributes)
        hasCoef = hasCoef || a.name == "coef_";
    QVERIFY(hasCoef);
    QCOMPARE(clf->nFeaturesIn, std::optional<int64_t>(177));

    const auto single = insight::estimatorAt(*doc, clf->node);
    QVERIFY(single);
    QCOMPARE(single->path, clf->path);
    QCOMPARE(single->featureNames, clf->featureNames);
    QCOMPARE(single->featureNamesSource, clf->featureNamesSource);
    QCOMPARE(single->parameters.size(), clf->parameters.size());
    // Not an estimator: the root's steps list.
    QVERIFY(!insight::estimatorAt(*doc, all.front().hyperParameters.front().node));
}

void tst_Insight::sharedAndCyclicNodes()
{
    // [est, est] where est.self is est: reported once, at its first path.
    QByteArray body("](", 2);
    body += estimatorBytes(true, '\x00');
    body += 'h';
    body += '\0';
    body += 'e';
    auto doc = fromBytes(body, "cycle.pkl");
    QVERIFY2(doc->ok(), doc->error() ? doc->error()->toString().c_str() : "");
    const auto all = insight::analyse(*doc);
    QCOMPARE(all.size(), size_t(1));
    QCOMPARE(all[0].path, std::string("[0]"));
    QCOMPARE(all[0].className, std::string("LogisticRegression"));
    QCOMPARE(all[0].hyperParameters.size(), size_t(2)); // self, C
    QCOMPARE(all[0].parent, -1);
    QVERIFY(all[0].featureNames.empty());
    QVERIFY(all[0].featureNamesSource.empty());
}

void tst_Insight::largeAndDeepGraphs()
{
    // A million ints before the estimator: one linear walk.
    QByteArray wide("](", 2);
    for (int i = 0; i < 1000000; ++i)
        wide += "K\x01";
    wide += estimatorBytes(false, '\x01');
    wide += 'e';
    auto doc = fromBytes(wide, "wide.pkl");
    QVERIFY(doc->ok());
    const auto start = std::chrono::steady_clock::now();
    auto all = insight::analyse(*doc);
    const auto seconds
        = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    QCOMPARE(all.size(), size_t(1));
    QCOMPARE(all[0].path, std::string("[1000000]"));
    QVERIFY2(seconds < 60, qPrintable(QString::number(seconds))); // generous for sanitizer builds

    // Ten thousand nested lists: iterative walk, one path.
    const int depth = 10000;
    QByteArray deep;
    for (int i = 0; i < depth; ++i)
        deep += "](";
    deep += estimatorBytes(false, '\x01');
    for (int i = 0; i < depth; ++i)
        deep += 'e';
    doc = fromBytes(deep, "deep.pkl");
    QVERIFY2(doc->ok(), doc->error() ? doc->error()->toString().c_str() : "");
    all = insight::analyse(*doc);
    QCOMPARE(all.size(), size_t(1));
    QCOMPARE(all[0].path.size(), size_t(3 * depth)); // [0] per level
}

void tst_Insight::roleNames()
{
    QCOMPARE(insight::roleName(Role::Coefficients), std::string("coefficients"));
    QCOMPARE(insight::roleName(Role::FeatureImportances), std::string("feature importances"));
    QCOMPARE(insight::roleName(Role::ExplainedVarianceRatio),
             std::string("explained variance ratio"));
}

QTEST_GUILESS_MAIN(tst_Insight)
#include "tst_insight.moc"
