// SPDX-License-Identifier: MIT
#pragma once
// What a chart shows, computed from the insight layer or an array, before any drawing: the
// bars (top-N by magnitude, never all of 10,000 features), their labels and series. Kept
// apart from the widgets so the selection and order can be checked directly.

#include "insight/insight.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace ps::gui {

struct ChartData
{
    enum class Kind {
        Bars,      ///< horizontal bars, one category per feature (largest first)
        Histogram, ///< vertical bars over value bins
        Line,      ///< a 1-D array by index
    };
    struct Series
    {
        QString name;
        QVector<double> values; ///< one per category (Line: one per point)
    };

    Kind kind = Kind::Bars;
    QString title;
    QString subtitle;       ///< intercepts, counts, what was left out
    QString valueTitle;     ///< the value axis title
    QStringList categories; ///< bar labels in display order (top bar first)
    std::vector<Series> series;
    /// Bars: one series whose positive and negative values get two colours.
    bool signColoured = false;
    QVector<double> lineX; ///< Line: the x values (array indices)
    /// Histogram: the bins' edges (one more than bins, ascending): the first is the smallest
    /// value, the last the largest (numpy.histogram's edges).
    QVector<double> binEdges;

    bool isEmpty() const { return series.empty(); }
    /// The numbers behind the chart as CSV: a header, then one row per category / bin / point.
    QString toCsv() const;
};

/// Choices the user makes over a chart.
struct ChartOptions
{
    int topN = 20;      ///< bars shown at most
    int selection = -1; ///< class (coefficients, log-probabilities) or layer (MLP); -1 = all
    int bins = 30;      ///< histogram bins
};

/// The selector entries a parameter offers (classes of a multi-class coef_, MLP layers);
/// empty when there is nothing to choose.
QStringList chartSelections(const insight::Estimator &estimator,
                            const insight::Parameter &parameter);

/// The chart of a learned parameter: coefficients per feature (one series per class when
/// grouped, sign-coloured for one row), feature importances, Naive Bayes log-probabilities
/// of the top features per class, a weight histogram of an MLP layer, or a histogram of
/// anything else.
ChartData parameterChart(const insight::Estimator &estimator, const insight::Parameter &parameter,
                         const ChartOptions &options);

/// Reads value `i` of a sequence (nullopt when it is not a number).
using ValueReader = std::function<std::optional<double>(uint64_t i)>;

/// A histogram of numbers (NaNs left out and counted in the subtitle).
ChartData histogramChart(const QString &title, const std::vector<double> &values, int bins);

/// A histogram of `count` values read through `valueAt`, every one of them, in two passes
/// (range, then counts) over `bins` equal bins as numpy.histogram makes them. `done`, when
/// given, counts the values read so far (of 2 × count); when `cancel` becomes true the work
/// stops and an empty chart is returned. Safe to run off the GUI thread.
ChartData histogramChart(const QString &title, uint64_t count, const ValueReader &valueAt, int bins,
                         std::atomic<uint64_t> *done = nullptr,
                         const std::atomic<bool> *cancel = nullptr);

/// A 1-D array as a line by index (at most `maxPoints` points: longer arrays are sampled
/// evenly, which the subtitle says).
ChartData lineChart(const QString &title, const std::vector<double> &values, int maxPoints = 5000);
ChartData lineChart(const QString &title, uint64_t count, const ValueReader &valueAt,
                    int maxPoints = 5000);

/// A number as the chart shows it, in the UI language's format (6 significant digits).
QString chartNumber(double value);

} // namespace ps::gui
