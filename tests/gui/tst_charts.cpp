// SPDX-License-Identifier: MIT
// Charts of what models learned (offscreen): series per class, top-N bars with the right
// labels in the right order, feature names from the file, export to PNG and SVG, CSV.
#include "chartdata.h"
#include "chartpanel.h"
#include "detailpane.h"
#include "documenttab.h"
#include "documentview.h"
#include "gui_testing.h"
#include "mainwindow.h"
#include "path/path.h"
#include "resolve/resolve.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDomDocument>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTranslator>
#include <QValueAxis>

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

    /// The texts of the labels the chart really draws: visible text items inside the chart,
    /// in scene order, with the rectangles they cover.
    static QList<QPair<QString, QRectF>> drawnLabels(QChartView *view)
    {
        QList<QPair<QString, QRectF>> labels;
        const QRectF chartRect = view->chart()->sceneBoundingRect();
        for (QGraphicsItem *item : view->scene()->items()) {
            auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            if (!text || !text->isVisible() || text->toPlainText().isEmpty())
                continue;
            const QRectF rect = text->sceneBoundingRect();
            if (chartRect.contains(rect.center()))
                labels.append({text->toPlainText(), rect});
        }
        return labels;
    }

    /// Every category of a bar chart is drawn, fully inside the chart, and no two category
    /// labels overlap.
    static void verifyEveryBarLabelled(ChartPanel *panel)
    {
        const QStringList categories = axisCategories(panel->chart());
        QCOMPARE(categories.size(), panel->data().categories.size());
        const auto drawn = drawnLabels(panel->chartView());
        QList<QRectF> rects;
        for (const QString &category : categories) {
            bool found = false;
            for (const auto &[text, rect] : drawn) {
                if (text == category) {
                    found = true;
                    QVERIFY2(panel->chart()->sceneBoundingRect().contains(rect),
                             qPrintable(category));
                    rects << rect;
                }
            }
            QVERIFY2(found, qPrintable(QStringLiteral("no visible label %1").arg(category)));
        }
        for (qsizetype i = 0; i < rects.size(); ++i)
            for (qsizetype j = i + 1; j < rects.size(); ++j)
                QVERIFY(!rects[i].adjusted(0, 1, 0, -1).intersects(rects[j].adjusted(0, 1, 0, -1)));
    }

    /// Waits until the chart was laid out at its final size.
    static void settle()
    {
        for (int i = 0; i < 5; ++i)
            QTest::qWait(30);
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

    void everyBarLabelled_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("top");
        QTest::addColumn<int>("bars"); // top 20, or every feature when there are fewer
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de")}) {
            for (const QSize size : {QSize(1600, 1000), QSize(1024, 700)}) {
                const QString tag
                    = QStringLiteral("%1 %2x%3").arg(language).arg(size.width()).arg(size.height());
                QTest::newRow(qPrintable(QStringLiteral("spam coef_ ") + tag))
                    << QStringLiteral("spam_pipeline.joblib") << QStringLiteral(".steps[1][1]")
                    << size << language << QStringLiteral("the") << 20;
                QTest::newRow(qPrintable(QStringLiteral("forest importances ") + tag))
                    << QStringLiteral("forest_named_features.joblib") << QString() << size
                    << language << QString() << 20;
                QTest::newRow(qPrintable(QStringLiteral("boosting importances ") + tag))
                    << QStringLiteral("sk_gb_3class_p4.pkl") << QString() << size << language
                    << QString() << 4;
            }
        }
    }

    /// Issue 17: every bar of a top-20 chart carries its label (the axis' labels are the
    /// top-20 feature names, each drawn, none overlapping), in the window at 1600×1000 and
    /// 1024×700, in English and German; the chart scrolls when the pane is too low for them.
    void everyBarLabelled()
    {
        QFETCH(QString, file);
        QFETCH(QString, path);
        QFETCH(QSize, size);
        QFETCH(QString, language);
        QFETCH(QString, top);
        QFETCH(int, bars);
        QTranslator translator;
        if (language != QLatin1String("en")) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/picklescope_%1.qm").arg(language)));
            QCoreApplication::installTranslator(&translator);
            QLocale::setDefault(QLocale(language));
        }
        {
            MainWindow window;
            window.resize(size);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            DocumentTab *tab = window.openFile(guitest::fixture(file));
            if (tab->state() == DocumentTab::State::Loading) {
                QSignalSpy done(tab, &DocumentTab::stateChanged);
                QVERIFY(done.wait(60000));
            }
            DocumentView *view = tab->view();
            QVERIFY(view);
            if (!path.isEmpty())
                QVERIFY(view->selectPath(0, path));
            view->detail()->showChartTab(true);
            QVERIFY(view->detail()->chartTabShown());
            settle();
            ChartPanel *panel = view->detail()->chartPanel();
            QCOMPARE(panel->data().kind, ChartData::Kind::Bars);
            QCOMPARE(panel->data().categories.size(), bars);
            // The top-20 features by magnitude, as the engine ranks them.
            const auto &values = panel->data().series.front().values;
            for (qsizetype i = 1; i < values.size(); ++i)
                QVERIFY(std::fabs(values[i - 1]) >= std::fabs(values[i]));
            if (!top.isEmpty())
                QCOMPARE(panel->data().categories.front(), top);
            // The axis shows exactly those names (largest on top: the axis lists bottom-up).
            QStringList expected = panel->data().categories;
            std::reverse(expected.begin(), expected.end());
            QCOMPARE(axisCategories(panel->chart()), expected);
            verifyEveryBarLabelled(panel);
            // The overview's chart of the final estimator too.
            if (path.isEmpty()) {
                QCOMPARE(view->detail()->page(), DetailPane::Page::Overview);
                view->detail()->showChartTab(false);
                settle();
                ChartPanel *overview = view->detail()->overviewChart();
                QCOMPARE(overview->topNBox()->value(), 10); // seen whole on the first screen
                QCOMPARE(overview->data().categories, panel->data().categories.mid(0, 10));
                verifyEveryBarLabelled(overview);
            }
            // The value axis numbers follow the UI language: no "0.5" in German.
            if (language == QLatin1String("de")) {
                const QRegularExpression english(QStringLiteral("^[-−]?\\d+\\.\\d+$"));
                for (const auto &[text, rect] : drawnLabels(panel->chartView())) {
                    Q_UNUSED(rect);
                    QVERIFY2(!english.match(text).hasMatch(), qPrintable(text));
                }
            }
        }
        if (language != QLatin1String("en")) {
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        }
    }

    /// Issue 17: histograms are drawn over numeric bin edges (the axis labels are bin edges in
    /// the UI language's format), from the smallest to the largest value, counting every value.
    void histogramEdges()
    {
        const auto mlp = guitest::load(guitest::fixture(QStringLiteral("sk_mlp_p4.pkl")));
        QVERIFY(mlp);
        ChartPanel panel;
        panel.resize(700, 500);
        panel.show();
        QVERIFY(panel.showEstimator(mlp, estimatorIndex(*mlp, "MLPClassifier")));
        settle();
        const ChartData &data = panel.data();
        QCOMPARE(data.kind, ChartData::Kind::Histogram);
        const auto layer = resolvePath(*mlp->document, ".coefs_[0]");
        QVERIFY(layer && layer->array);
        double lo = INFINITY;
        double hi = -INFINITY;
        for (uint64_t i = 0; i < layer->array->count(); ++i) {
            lo = std::min(lo, *layer->array->floatAt(i));
            hi = std::max(hi, *layer->array->floatAt(i));
        }
        QCOMPARE(data.binEdges.size(), data.series.front().values.size() + 1);
        QCOMPARE(data.binEdges.front(), lo);
        QCOMPARE(data.binEdges.back(), hi);
        QCategoryAxis *axis = nullptr;
        for (QAbstractAxis *a : panel.chart()->axes(Qt::Horizontal))
            axis = qobject_cast<QCategoryAxis *>(a);
        QVERIFY(axis);
        const QStringList labels = axis->categoriesLabels();
        QVERIFY(labels.size() >= 3);
        // The first and last labels are the smallest and the largest value; every label is a
        // bin edge written in the UI language's number format, and drawn.
        const int step = (static_cast<int>(data.binEdges.size()) - 1) / (labels.size() - 1);
        for (qsizetype k = 0; k < labels.size(); ++k) {
            bool matches = false;
            for (int precision = 3; precision <= 12 && !matches; ++precision)
                matches = labels[k] == QLocale().toString(data.binEdges[k * step], 'g', precision);
            QVERIFY2(matches, qPrintable(labels[k]));
            QCOMPARE(axis->endValue(labels[k]), k * step - 0.5);
        }
        QCOMPARE(axis->min(), -0.5);
        QCOMPARE(axis->max(), data.series.front().values.size() - 0.5);
        const auto drawn = drawnLabels(panel.chartView());
        for (const QString &label : labels) {
            bool found = false;
            for (const auto &[text, rect] : drawn) {
                Q_UNUSED(rect);
                found = found || text == label;
            }
            QVERIFY2(found, qPrintable(label));
        }
        QVERIFY(!data.subtitle.contains(QStringLiteral("sample")));
        // The counts are numbered too: whole numbers from 0 past the tallest bar.
        QValueAxis *counts = nullptr;
        for (QAbstractAxis *a : panel.chart()->axes(Qt::Vertical))
            counts = qobject_cast<QValueAxis *>(a);
        QVERIFY(counts);
        const double tallest = *std::max_element(data.series.front().values.begin(),
                                                 data.series.front().values.end());
        QCOMPARE(counts->min(), 0.0);
        QVERIFY(counts->max() >= tallest);
        for (const QString &count :
             {QStringLiteral("0"), QLocale().toString(counts->max(), 'f', 0)}) {
            bool found = false;
            for (const auto &[text, rect] : drawn) {
                Q_UNUSED(rect);
                found = found || text == count;
            }
            QVERIFY2(found, qPrintable(count));
        }
    }

    /// Issue 17: a numeric array of more than 2^24 values (the old cut-off) gets a histogram
    /// of all its values, computed off the GUI thread with a progress bar; the largest value,
    /// stored last, is the last bin edge.
    void bigArrayHistogramCountsAll()
    {
        const QString path = m_dir.filePath(QStringLiteral("big.pkl"));
        QVERIFY(guitest::writeWithPython(
            QStringLiteral("import sys, pickle, numpy as np\n"
                           "a = np.linspace(-1.0, 1.0, 20000000, dtype=np.float32)\n"
                           "a[-1] = 7.5\n"
                           "pickle.dump(a, open(sys.argv[1], 'wb'), protocol=4)\n"),
            path));
        const auto file = guitest::load(path);
        QVERIFY(file);
        const auto array = resolvePath(*file->document, "");
        QVERIFY(array && array->array);
        ChartPanel panel;
        panel.resize(700, 500);
        panel.show();
        QSignalSpy ready(&panel, &ChartPanel::chartReady);
        panel.showArray(file, array->array, QStringLiteral("(root)"));
        QVERIFY(panel.isComputing());
        QVERIFY(panel.progressBar()->isVisible());
        QVERIFY(panel.hasChart());
        QVERIFY(ready.wait(120000));
        QVERIFY(!panel.isComputing());
        QVERIFY(!panel.progressBar()->isVisible());
        const ChartData &data = panel.data();
        QCOMPARE(data.kind, ChartData::Kind::Histogram);
        double total = 0;
        for (double c : data.series.front().values)
            total += c;
        QCOMPARE(total, 20000000.0);
        QCOMPARE(data.binEdges.front(), -1.0);
        QCOMPARE(data.binEdges.back(), 7.5);
        QCOMPARE(data.series.front().values.back(), 1.0); // only the last value is that large
        QVERIFY(data.subtitle.contains(QLocale().toString(20000000)));
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
        // Issue 17: at least twice the on-screen size, opaque, on the chart's background, with
        // the title and subtitle above the chart (never cut: they wrap to the width).
        const QSize shown = panel.chartView()->size();
        QVERIFY(image.width() >= 2 * shown.width());
        QVERIFY(image.height() >= 2 * (shown.height() + panel.titleLabel()->height() / 2));
        QVERIFY(!image.hasAlphaChannel());
        const QColor background = panel.chart()->backgroundBrush().color();
        QCOMPARE(image.pixelColor(1, 1), background);
        QCOMPARE(image.pixelColor(image.width() - 2, image.height() - 2), background);
        QVERIFY(panel.titleLabel()->text().contains(panel.data().subtitle.toHtmlEscaped()));
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
