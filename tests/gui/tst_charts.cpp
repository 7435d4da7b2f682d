// SPDX-License-Identifier: MIT
// Charts of what models learned (offscreen): series per class, top-N bars with the right
// labels in the right order, feature names from the file, export to PNG and SVG, CSV.
#include "chartdata.h"
#include "chartpanel.h"
#include "detailpane.h"
#include "gui_testing.h"
#include "path/path.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QClipboard>
#include <QComboBox>
#include <QDomDocument>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTextBrowser>

#include <cmath>
#include <string>

using namespace ps;
using namespace ps::gui;

class tst_Charts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static size_t estimatorIndex(const LoadedFile &file, const std::string &className)
    {
        for (size_t i = 0; i < file.estimators.size(); ++i)
            if (file.estimators[i].className == className)
                return i;
        return SIZE_MAX;
    }

    static size_t parameterIndex(const insight::Estimator &e, const std::string &name)
    {
        for (size_t i = 0; i < e.parameters.size(); ++i)
            if (e.parameters[i].name == name)
                return i;
        return SIZE_MAX;
    }

    static QStringList axisCategories(QChart *chart)
    {
        for (QAbstractAxis *axis : chart->axes(Qt::Vertical))
            if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
                return categories->categories();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        guitest::setupTestApplication();
        QVERIFY(m_dir.isValid());
    }

    /// A 3-class LogisticRegression: one series per class, top-N features by the largest
    /// |coefficient| of any class, largest on top; a class selector shows one class.
    void multiClassCoefficients()
    {
        const auto file
            = guitest::load(guitest::fixture(QStringLiteral("sk_logreg_3class_p4.pkl")));
        QVERIFY(file);
        const size_t e = estimatorIndex(*file, "LogisticRegression");
        QVERIFY(e != SIZE_MAX);
        const auto coef = resolvePath(*file->document, ".coef_");
        QVERIFY(coef && coef->array);
        QCOMPARE(coef->array->shape, (std::vector<uint64_t>{3, 4}));
        // Expected order, computed here from the array itself.
        std::vector<std::pair<double, int>> ranking;
        for (int f = 0; f < 4; ++f) {
            double best = 0;
            for (int c = 0; c < 3; ++c)
                best = std::max(best,
                                std::fabs(*coef->array->floatAt(static_cast<uint64_t>(c * 4 + f))));
            ranking.emplace_back(best, f);
        }
        std::sort(ranking.begin(), ranking.end(), std::greater<>());

        ChartPanel panel;
        panel.resize(800, 600);
        panel.show();
        panel.showEstimator(file, e);
        QVERIFY(panel.hasChart());
        QCOMPARE(panel.parameterBox()->currentText(), QStringLiteral("coef_"));
        panel.topNBox()->setValue(3);
        const ChartData &data = panel.data();
        QCOMPARE(data.series.size(), size_t(3));
        QCOMPARE(data.series[0].name, QStringLiteral("0"));
        QCOMPARE(data.series[2].name, QStringLiteral("2"));
        QStringList expected;
        for (int i = 0; i < 3; ++i)
            expected << QStringLiteral("x%1").arg(ranking[static_cast<size_t>(i)].second);
        QCOMPARE(data.categories, expected);
        for (int c = 0; c < 3; ++c)
            for (int i = 0; i < 3; ++i)
                QCOMPARE(data.series[static_cast<size_t>(c)].values[i],
                         *coef->array->floatAt(static_cast<uint64_t>(
                             c * 4 + ranking[static_cast<size_t>(i)].second)));
        // The drawn chart: one bar set per class, the largest feature at the top of the axis.
        QChart *chart = panel.chart();
        QCOMPARE(chart->series().size(), 1);
        auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().front());
        QVERIFY(bars);
        QCOMPARE(bars->count(), 3);
        QCOMPARE(bars->barSets().at(1)->label(), QStringLiteral("1"));
        QStringList reversed = expected;
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(axisCategories(chart), reversed);
        QVERIFY(data.subtitle.contains(QStringLiteral("intercepts")));

        // One class: sign-coloured bars of that class, ranked by its own |coefficient|.
        QCOMPARE(panel.selectionBox()->count(), 4); // all + 3 classes
        panel.selectionBox()->setCurrentIndex(3);   // class 2
        QCOMPARE(panel.data().series.size(), size_t(1));
        QVERIFY(panel.data().signColoured);
        QCOMPARE(panel.data().categories.front(), QStringLiteral("x2")); // 3.31 for class 2
        QVERIFY(panel.data().subtitle.startsWith(QStringLiteral("intercept ")));
    }

    /// The spam classifier: the coefficient bars carry the vectorizer's words.
    void spamClassifierWords()
    {
        const auto file = guitest::load(guitest::fixture(QStringLiteral("spam_pipeline_p4.pkl")));
        QVERIFY(file);
        const size_t e = estimatorIndex(*file, "LogisticRegression");
        QVERIFY(e != SIZE_MAX);
        ChartPanel panel;
        panel.resize(800, 600);
        panel.showParameter(file, e, parameterIndex(file->estimators[e], "coef_"));
        const ChartData &data = panel.data();
        QCOMPARE(data.categories.size(), 20);
        QVERIFY(data.signColoured);
        QVERIFY(data.categories.contains(QStringLiteral("free")));
        QVERIFY(data.categories.contains(QStringLiteral("money")));
        // Sorted by magnitude.
        const auto &v = data.series.front().values;
        for (qsizetype i = 1; i < v.size(); ++i)
            QVERIFY(std::fabs(v[i - 1]) >= std::fabs(v[i]));
        // Positive and negative bars are two sets with two colours.
        auto *bars = qobject_cast<QAbstractBarSeries *>(panel.chart()->series().front());
        QCOMPARE(bars->count(), 2);
        QVERIFY(bars->barSets().at(0)->color() != bars->barSets().at(1)->color());
        // Top-N is adjustable; never more bars than asked for.
        panel.topNBox()->setValue(5);
        QCOMPARE(panel.data().categories.size(), 5);
        QCOMPARE(axisCategories(panel.chart()).size(), 5);
    }

    /// Forest importances: equal to scikit-learn's (stored by the generator), sorted.
    void forestImportances()
    {
        const auto file = guitest::load(guitest::fixture(QStringLiteral("random_forest.joblib")));
        QVERIFY(file);
        const size_t e = estimatorIndex(*file, "RandomForestClassifier");
        QVERIFY(e != SIZE_MAX);
        ChartPanel panel;
        QVERIFY(panel.showEstimator(file, e));
        QCOMPARE(panel.parameterBox()->currentText(), QStringLiteral("feature_importances_"));
        QFile expected(guitest::fixture(QStringLiteral("random_forest.joblib.expected.json")));
        QVERIFY(expected.open(QIODevice::ReadOnly));
        const QJsonArray sklearn = QJsonDocument::fromJson(expected.readAll())
                                       .object()
                                       .value(QStringLiteral("feature_importances"))
                                       .toArray();
        QVERIFY(!sklearn.isEmpty());
        const ChartData &data = panel.data();
        QCOMPARE(data.categories.size(), sklearn.size());
        for (qsizetype i = 0; i < data.categories.size(); ++i) {
            const int feature = data.categories[i].mid(1).toInt();
            QVERIFY(std::fabs(data.series.front().values[i]
                              - sklearn.at(feature).toVariant().value<double>())
                    < 1e-12);
            if (i > 0)
                QVERIFY(data.series.front().values[i - 1] >= data.series.front().values[i]);
        }
    }

    /// Naive Bayes log-probabilities per class, MLP weight histograms per layer, a histogram
    /// and a line of any numeric array.
    void otherFamilies()
    {
        const auto nb = guitest::load(guitest::fixture(QStringLiteral("sk_multinomial_nb_p4.pkl")));
        QVERIFY(nb);
        ChartPanel panel;
        QVERIFY(panel.showEstimator(nb, estimatorIndex(*nb, "MultinomialNB")));
        QCOMPARE(panel.parameterBox()->currentText(), QStringLiteral("feature_log_prob_"));
        QCOMPARE(panel.data().series.size(), nb->estimators.front().classes.size());

        const auto mlp = guitest::load(guitest::fixture(QStringLiteral("sk_mlp_p4.pkl")));
        QVERIFY(mlp);
        const size_t m = estimatorIndex(*mlp, "MLPClassifier");
        QVERIFY(m != SIZE_MAX);
        QVERIFY(panel.showEstimator(mlp, m));
        QCOMPARE(panel.data().kind, ChartData::Kind::Histogram);
        QVERIFY(panel.selectionBox()->count() >= 2); // one entry per layer
        double total = 0;
        for (double c : panel.data().series.front().values)
            total += c;
        const auto first = resolvePath(*mlp->document, ".coefs_[0]");
        QVERIFY(first && first->array);
        QCOMPARE(total, static_cast<double>(first->array->count()));
        panel.selectionBox()->setCurrentIndex(1);
        const auto second = resolvePath(*mlp->document, ".coefs_[1]");
        total = 0;
        for (double c : panel.data().series.front().values)
            total += c;
        QCOMPARE(total, static_cast<double>(second->array->count()));

        const auto lr = guitest::load(guitest::fixture(QStringLiteral("sk_logreg_3class_p4.pkl")));
        const auto intercept = resolvePath(*lr->document, ".intercept_");
        panel.showArray(lr, intercept->array, QStringLiteral(".intercept_"));
        QCOMPARE(panel.data().kind, ChartData::Kind::Histogram);
        QVERIFY(panel.modeBox()->isVisibleTo(&panel));
        panel.modeBox()->setCurrentIndex(1);
        QCOMPARE(panel.data().kind, ChartData::Kind::Line);
        QCOMPARE(panel.data().series.front().values.size(), 3);
        QCOMPARE(panel.data().series.front().values[2], *intercept->array->floatAt(2));
    }

    /// 10,000 features: only top-N bars are built.
    void manyFeaturesStayTopN()
    {
        insight::Estimator e;
        e.className = "LogisticRegression";
        insight::Parameter p;
        p.name = "coef_";
        p.shape = {1, 10000};
        for (int i = 0; i < 10000; ++i)
            p.values.push_back(std::sin(i) * i);
        ChartOptions options;
        options.topN = 20;
        const ChartData data = parameterChart(e, p, options);
        QCOMPARE(data.categories.size(), 20);
        int largest = 0;
        for (int i = 1; i < 10000; ++i)
            if (std::fabs(p.values[static_cast<size_t>(i)])
                > std::fabs(p.values[static_cast<size_t>(largest)]))
                largest = i;
        QCOMPARE(data.categories.front(), QStringLiteral("x%1").arg(largest));
        QVERIFY(data.subtitle.contains(QStringLiteral("top 20 of 10000 features")));
    }

    /// Export writes a non-empty PNG and a valid SVG; the numbers copy as CSV.
    void exportAndCsv()
    {
        const auto file = guitest::load(guitest::fixture(QStringLiteral("spam_pipeline_p4.pkl")));
        QVERIFY(file);
        ChartPanel panel;
        panel.resize(900, 640);
        panel.show();
        QVERIFY(panel.showEstimator(file, estimatorIndex(*file, "LogisticRegression")));
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTest::qWait(50); // let the chart lay out its items once
        const QString png = m_dir.filePath(QStringLiteral("chart.png"));
        const QString svg = m_dir.filePath(QStringLiteral("chart.svg"));
        QString error;
        QVERIFY2(panel.exportPng(png, &error), qPrintable(error));
        QVERIFY2(panel.exportSvg(svg, &error), qPrintable(error));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 900);
        // Not a blank image: both bar colours are in it.
        bool blue = false;
        bool red = false;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2) {
                const QColor c = image.pixelColor(x, y);
                blue = blue || (c.blue() > 150 && c.red() < 80);
                red = red || (c.red() > 180 && c.blue() < 80 && c.green() < 80);
            }
        QVERIFY(blue && red);
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QDomDocument dom;
        QVERIFY(dom.setContent(&svgFile));
        QCOMPARE(dom.documentElement().tagName(), QStringLiteral("svg"));
        QVERIFY(dom.elementsByTagName(QStringLiteral("path")).size()
                    + dom.elementsByTagName(QStringLiteral("rect")).size()
                > 20);

        panel.copyCsv();
        const QStringList lines
            = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 21);
        QCOMPARE(lines.front(), QStringLiteral("feature,coef_"));
        const QStringList firstRow = lines.at(1).split(QLatin1Char(','));
        QCOMPARE(firstRow.at(0), panel.data().categories.front());
        QCOMPARE(std::stod(firstRow.at(1).toStdString()),
                 panel.data().series.front().values.front());
    }

    /// Charts follow the palette: a dark palette gives a dark chart with light text.
    void followsPalette()
    {
        const auto file = guitest::load(guitest::fixture(QStringLiteral("spam_pipeline_p4.pkl")));
        QVERIFY(file);
        ChartPanel panel;
        QVERIFY(panel.showEstimator(file, estimatorIndex(*file, "LogisticRegression")));
        QVERIFY(panel.chart()->backgroundBrush().color().lightness() > 128);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
        dark.setColor(QPalette::Base, QColor(0x18, 0x1a, 0x1c));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        panel.setPalette(dark);
        QVERIFY(panel.chart()->backgroundBrush().color().lightness() < 64);
        for (QAbstractAxis *axis : panel.chart()->axes())
            QVERIFY(axis->labelsColor().lightness() > 192);
        // Bars keep their meaning: positive blue, negative red.
        auto *bars = qobject_cast<QAbstractBarSeries *>(panel.chart()->series().front());
        QCOMPARE(bars->barSets().at(0)->color(), QColor(0x1f, 0x77, 0xb4));
    }

    /// The estimator card lists the learned parameters with links to their charts.
    void cardLinksToCharts()
    {
        const auto file = guitest::load(guitest::fixture(QStringLiteral("spam_pipeline_p4.pkl")));
        QVERIFY(file);
        DetailPane pane;
        pane.setFile(file);
        const auto clf = resolvePath(*file->document, ".steps[1][1]");
        QVERIFY(clf);
        pane.showNode(clf->node, 0, QStringLiteral(".steps[1][1]"), false);
        QCOMPARE(pane.page(), DetailPane::Page::Card);
        const QString html = pane.card()->toHtml();
        QVERIFY(pane.card()->toPlainText().contains(QStringLiteral("Learned parameters (2)")));
        QVERIFY(html.contains(QStringLiteral("chart:")));
        QVERIFY(pane.chartPanel()->hasChart());
        pane.showChartTab(true);
        QVERIFY(pane.chartTabShown());
    }
};

QTEST_MAIN(tst_Charts)
#include "tst_charts.moc"
