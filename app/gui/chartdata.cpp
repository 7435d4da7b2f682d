// SPDX-License-Identifier: MIT
#include "chartdata.h"

#include "qtstrings.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ps::gui {

namespace {

/// The translation context of the chart texts.
class Charts
{
    Q_DECLARE_TR_FUNCTIONS(Charts)
};

using insight::Role;

size_t rowsOf(const insight::Parameter &p)
{
    return p.shape.size() == 2 ? p.shape[0] : 1;
}

size_t columnsOf(const insight::Parameter &p)
{
    if (p.shape.empty())
        return p.values.size();
    return p.shape.size() == 2 ? p.shape[1] : p.shape[0];
}

double at(const insight::Parameter &p, size_t row, size_t column)
{
    const size_t i = row * columnsOf(p) + column;
    return i < p.values.size() ? p.values[i] : std::nan("");
}

/// Names of the columns (features) of a parameter.
QStringList featureNames(const insight::Estimator &e, size_t columns)
{
    QStringList names;
    names.reserve(static_cast<qsizetype>(columns));
    const bool known = e.featureNames.size() == columns;
    for (size_t c = 0; c < columns; ++c)
        names << (known ? toQString(e.featureNames[c]) : QStringLiteral("x%1").arg(c));
    return names;
}

/// Names of the rows: classes when they match, else "<prefix> i".
QStringList rowNames(const insight::Estimator &e, size_t rows, const QString &prefix)
{
    QStringList names;
    const bool classes = e.classes.size() == rows;
    for (size_t r = 0; r < rows; ++r)
        names << (classes ? toQString(e.classes[r]) : QStringLiteral("%1 %2").arg(prefix).arg(r));
    return names;
}

QString rowPrefix(Role role)
{
    switch (role) {
    case Role::ClusterCenters:
        return Charts::tr("cluster");
    case Role::Components:
        return Charts::tr("component");
    default:
        return Charts::tr("output");
    }
}

/// The top-N columns ranked by `score` (descending), NaN scores last.
std::vector<size_t> topColumns(size_t columns, int topN, const std::function<double(size_t)> &score)
{
    std::vector<size_t> order(columns);
    std::iota(order.begin(), order.end(), size_t(0));
    const size_t n = std::min(columns, static_cast<size_t>(std::max(topN, 1)));
    auto key = [&](size_t c) {
        const double s = score(c);
        return std::isnan(s) ? -INFINITY : s;
    };
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(n), order.end(),
                      [&](size_t a, size_t b) {
                          const double ka = key(a);
                          const double kb = key(b);
                          return ka != kb ? ka > kb : a < b;
                      });
    order.resize(n);
    return order;
}

const insight::Parameter *findRole(const insight::Estimator &e, Role role)
{
    for (const auto &p : e.parameters)
        if (p.role == role)
            return &p;
    return nullptr;
}

std::vector<const insight::Parameter *> layers(const insight::Estimator &e)
{
    std::vector<const insight::Parameter *> result;
    for (const auto &p : e.parameters)
        if (p.role == Role::LayerWeights)
            result.push_back(&p);
    return result;
}

/// Bars of per-feature values: one row sign-coloured, or several rows grouped.
ChartData featureBars(const insight::Estimator &e, const insight::Parameter &p,
                      const ChartOptions &options, bool byMagnitude)
{
    ChartData chart;
    const size_t rows = rowsOf(p);
    const size_t columns = columnsOf(p);
    const QStringList names = featureNames(e, columns);
    const QStringList series = rowNames(e, rows, rowPrefix(p.role));
    const bool single = rows == 1 || options.selection >= 0;
    const size_t row
        = options.selection >= 0 ? std::min(static_cast<size_t>(options.selection), rows - 1) : 0;
    auto score = [&](size_t c) {
        if (single)
            return byMagnitude ? std::fabs(at(p, row, c)) : at(p, row, c);
        double best = -INFINITY;
        for (size_t r = 0; r < rows; ++r)
            best = std::max(best, byMagnitude ? std::fabs(at(p, r, c)) : at(p, r, c));
        return best;
    };
    const auto top = topColumns(columns, options.topN, score);
    for (size_t c : top)
        chart.categories << names[static_cast<qsizetype>(c)];
    if (single) {
        ChartData::Series s;
        s.name = rows == 1 ? toQString(p.name) : series[static_cast<qsizetype>(row)];
        for (size_t c : top)
            s.values << at(p, row, c);
        chart.series.push_back(std::move(s));
        chart.signColoured = byMagnitude;
    } else {
        for (size_t r = 0; r < rows; ++r) {
            ChartData::Series s;
            s.name = series[static_cast<qsizetype>(r)];
            for (size_t c : top)
                s.values << at(p, r, c);
            chart.series.push_back(std::move(s));
        }
    }
    chart.subtitle
        = Charts::tr("top %1 of %n feature(s)", nullptr, static_cast<int>(columns)).arg(top.size());
    if (e.featureNamesSource == "generated" || e.featureNames.size() != columns)
        chart.subtitle += Charts::tr(" · feature names not stored in the file");
    return chart;
}

/// Bars in their own order (intercepts, priors, explained variance): no ranking.
ChartData orderedBars(const insight::Estimator &e, const insight::Parameter &p, Role role)
{
    ChartData chart;
    const size_t n = p.values.size();
    QStringList labels;
    if (role == Role::ExplainedVarianceRatio) {
        for (size_t i = 0; i < n; ++i)
            labels << Charts::tr("component %1").arg(i);
    } else {
        labels = rowNames(e, n, Charts::tr("output"));
    }
    ChartData::Series s;
    s.name = toQString(p.name);
    for (size_t i = 0; i < n && i < 200; ++i) {
        chart.categories << labels[static_cast<qsizetype>(i)];
        s.values << p.values[i];
    }
    chart.series.push_back(std::move(s));
    chart.signColoured = true;
    return chart;
}

QString interceptText(const insight::Estimator &e, int selection)
{
    const insight::Parameter *intercept = findRole(e, Role::Intercept);
    if (!intercept || intercept->values.empty())
        return {};
    if (intercept->values.size() == 1)
        return Charts::tr("intercept %1").arg(chartNumber(intercept->values[0]));
    if (selection >= 0 && static_cast<size_t>(selection) < intercept->values.size())
        return Charts::tr("intercept %1")
            .arg(chartNumber(intercept->values[static_cast<size_t>(selection)]));
    QStringList parts;
    const QStringList names = rowNames(e, intercept->values.size(), Charts::tr("output"));
    for (size_t i = 0; i < intercept->values.size() && i < 8; ++i)
        parts << QStringLiteral("%1: %2").arg(names[static_cast<qsizetype>(i)],
                                              chartNumber(intercept->values[i]));
    if (intercept->values.size() > 8)
        parts << QStringLiteral("…");
    return Charts::tr("intercepts %1").arg(parts.join(QStringLiteral(", ")));
}

} // namespace

QString ChartData::toCsv() const
{
    auto field = [](QString text) {
        if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
            || text.contains(QLatin1Char('\n'))) {
            text.replace(QLatin1String("\""), QLatin1String("\"\""));
            return QLatin1Char('"') + text + QLatin1Char('"');
        }
        return text;
    };
    auto num = [](double v) {
        return QString::number(v, 'g', 17);
    };
    QString csv;
    if (kind == Kind::Line) {
        csv += QStringLiteral("index,%1\n").arg(series.empty() ? QString() : field(series[0].name));
        for (qsizetype i = 0; !series.empty() && i < series[0].values.size(); ++i)
            csv += QStringLiteral("%1,%2\n").arg(num(lineX.value(i)), num(series[0].values[i]));
        return csv;
    }
    QStringList header{kind == Kind::Histogram ? QStringLiteral("bin") : QStringLiteral("feature")};
    for (const auto &s : series)
        header << field(s.name);
    csv += header.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (qsizetype i = 0; i < categories.size(); ++i) {
        QStringList row{field(categories[i])};
        for (const auto &s : series)
            row << num(s.values.value(i));
        csv += row.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return csv;
}

QStringList chartSelections(const insight::Estimator &estimator,
                            const insight::Parameter &parameter)
{
    switch (parameter.role) {
    case Role::Coefficients:
    case Role::FeatureLogProb:
    case Role::ClassMeans:
    case Role::ClassVariances:
    case Role::ClusterCenters:
    case Role::Components: {
        const size_t rows = rowsOf(parameter);
        if (rows < 2)
            return {};
        QStringList entries{Charts::tr("All (grouped)")};
        entries << rowNames(estimator, rows, rowPrefix(parameter.role));
        return entries;
    }
    case Role::LayerWeights: {
        QStringList entries;
        const auto all = layers(estimator);
        for (size_t i = 0; i < all.size(); ++i)
            entries << Charts::tr("layer %1 (%2)").arg(i).arg(toQString(all[i]->name));
        return entries.size() > 1 ? entries : QStringList();
    }
    default:
        return {};
    }
}

ChartData parameterChart(const insight::Estimator &e, const insight::Parameter &p,
                         const ChartOptions &options)
{
    const QString what = toQString(e.className);
    ChartData chart;
    if (p.valuesOmitted || p.values.empty()) {
        chart.title = Charts::tr("%1 of %2").arg(toQString(p.name), what);
        chart.subtitle = Charts::tr("too large to chart");
        return chart;
    }
    switch (p.role) {
    case Role::Coefficients: {
        chart = featureBars(e, p, options, true);
        chart.title = Charts::tr("Coefficients of %1").arg(what);
        if (rowsOf(p) == 1 && e.classes.size() == 2)
            chart.title += Charts::tr(" (positive → %1)").arg(toQString(e.classes[1]));
        const QString intercept = interceptText(e, options.selection);
        if (!intercept.isEmpty())
            chart.subtitle = intercept + QStringLiteral(" · ") + chart.subtitle;
        chart.valueTitle = Charts::tr("coefficient");
        return chart;
    }
    case Role::FeatureImportances:
        chart = featureBars(e, p, options, false);
        chart.signColoured = false;
        chart.title = Charts::tr("Feature importances of %1").arg(what);
        chart.valueTitle = Charts::tr("importance (impurity decrease, normalised)");
        return chart;
    case Role::FeatureLogProb:
        chart = featureBars(e, p, options, false);
        chart.signColoured = false;
        chart.title = Charts::tr("Log-probabilities of the top features (%1)").arg(what);
        chart.valueTitle = Charts::tr("log P(feature | class)");
        return chart;
    case Role::ClassMeans:
    case Role::ClassVariances:
    case Role::ClusterCenters:
    case Role::Components:
        chart = featureBars(e, p, options, true);
        chart.signColoured = chart.series.size() == 1;
        chart.title = Charts::tr("%1 of %2").arg(toQString(p.name), what);
        chart.valueTitle = toQString(insight::roleName(p.role));
        return chart;
    case Role::Intercept:
    case Role::ClassLogPrior:
    case Role::LayerBiases:
    case Role::ExplainedVarianceRatio:
        chart = orderedBars(e, p, p.role);
        chart.title = Charts::tr("%1 of %2").arg(toQString(p.name), what);
        chart.valueTitle = toQString(insight::roleName(p.role));
        return chart;
    case Role::LayerWeights: {
        const auto all = layers(e);
        const insight::Parameter *layer = &p;
        if (options.selection >= 0 && static_cast<size_t>(options.selection) < all.size())
            layer = all[static_cast<size_t>(options.selection)];
        chart = histogramChart(Charts::tr("Weights of %1 (%2)").arg(toQString(layer->name), what),
                               layer->values, options.bins);
        return chart;
    }
    case Role::DualCoefficients:
    case Role::SupportVectors:
        return histogramChart(Charts::tr("%1 of %2").arg(toQString(p.name), what), p.values,
                              options.bins);
    }
    return chart;
}

QString chartNumber(double value)
{
    return QLocale().toString(value, 'g', 6);
}

ChartData histogramChart(const QString &title, const std::vector<double> &values, int bins)
{
    return histogramChart(
        title, values.size(), [&values](uint64_t i) { return std::optional<double>(values[i]); },
        bins);
}

ChartData histogramChart(const QString &title, uint64_t count, const ValueReader &valueAt, int bins,
                         std::atomic<uint64_t> *done, const std::atomic<bool> *cancel)
{
    ChartData chart;
    chart.kind = ChartData::Kind::Histogram;
    chart.title = title;
    chart.valueTitle = Charts::tr("count");
    bins = std::clamp(bins, 1, 500);
    constexpr uint64_t kChunk = 1 << 16;
    auto stopped = [&](uint64_t i) {
        if ((i & (kChunk - 1)) != 0)
            return false;
        if (done && i)
            done->fetch_add(kChunk, std::memory_order_relaxed);
        return cancel && cancel->load(std::memory_order_relaxed);
    };
    double lo = INFINITY;
    double hi = -INFINITY;
    uint64_t nan = 0;
    for (uint64_t i = 0; i < count; ++i) {
        if (stopped(i))
            return ChartData();
        const auto v = valueAt(i);
        if (!v || std::isnan(*v)) {
            ++nan;
            continue;
        }
        lo = std::min(lo, *v);
        hi = std::max(hi, *v);
    }
    if (done)
        done->store(count, std::memory_order_relaxed);
    const uint64_t counted = count - nan;
    const QLocale locale;
    chart.subtitle = Charts::tr("all %Ln value(s)", nullptr,
                                static_cast<int>(std::min<uint64_t>(counted, INT32_MAX)));
    if (nan)
        chart.subtitle
            += Charts::tr(" · %1 NaN left out").arg(locale.toString(static_cast<qulonglong>(nan)));
    if (counted == 0 || !std::isfinite(lo) || !std::isfinite(hi))
        return chart;
    // numpy.histogram: equal bins from the smallest to the largest value, the last bin closed;
    // one value only: the range (v - 0.5, v + 0.5).
    double first = lo;
    double last = hi;
    if (first == last) {
        first -= 0.5;
        last += 0.5;
    }
    const double width = (last - first) / bins;
    ChartData::Series s;
    s.name = Charts::tr("count");
    std::vector<uint64_t> counts(static_cast<size_t>(bins), 0);
    for (uint64_t i = 0; i < count; ++i) {
        if (stopped(i))
            return ChartData();
        const auto v = valueAt(i);
        if (!v || std::isnan(*v))
            continue;
        int b = static_cast<int>((*v - first) / width);
        counts[static_cast<size_t>(std::clamp(b, 0, bins - 1))] += 1;
    }
    if (done)
        done->store(2 * count, std::memory_order_relaxed);
    for (int b = 0; b <= bins; ++b)
        chart.binEdges << (b == bins ? last : first + width * b);
    for (int b = 0; b < bins; ++b) {
        s.values << static_cast<double>(counts[static_cast<size_t>(b)]);
        chart.categories << chartNumber(chart.binEdges[b]);
    }
    chart.series.push_back(std::move(s));
    return chart;
}

ChartData lineChart(const QString &title, const std::vector<double> &values, int maxPoints)
{
    return lineChart(
        title, values.size(), [&values](uint64_t i) { return std::optional<double>(values[i]); },
        maxPoints);
}

ChartData lineChart(const QString &title, uint64_t count, const ValueReader &valueAt, int maxPoints)
{
    ChartData chart;
    chart.kind = ChartData::Kind::Line;
    chart.title = title;
    chart.valueTitle = Charts::tr("value");
    ChartData::Series s;
    s.name = Charts::tr("value");
    const auto points = static_cast<uint64_t>(std::max(maxPoints, 2));
    const uint64_t step = count > points ? (count + points - 1) / points : 1;
    for (uint64_t i = 0; i < count; i += step) {
        const auto v = valueAt(i);
        chart.lineX << static_cast<double>(i);
        s.values << (v ? *v : std::nan(""));
    }
    const QLocale locale;
    chart.subtitle
        = step > 1 ? Charts::tr("a sample: every %1th of %2 values")
                         .arg(locale.toString(qulonglong(step)), locale.toString(qulonglong(count)))
                   : Charts::tr("%Ln value(s)", nullptr,
                                static_cast<int>(std::min<uint64_t>(count, INT32_MAX)));
    chart.series.push_back(std::move(s));
    return chart;
}

} // namespace ps::gui
