// SPDX-License-Identifier: MIT
#include "deltachartdata.h"

#include "qtstrings.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ps::gui {

namespace {

class DeltaCharts
{
    Q_DECLARE_TR_FUNCTIONS(DeltaCharts)
};

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QString DeltaChartData::toCsv() const
{
    QString csv = QStringLiteral("feature,old,new,delta\n");
    for (qsizetype i = 0; i < categories.size(); ++i)
        csv += QStringLiteral("%1,%2,%3,%4\n")
                   .arg(csvField(categories[i]), QString::number(oldValues.value(i), 'g', 17),
                        QString::number(newValues.value(i), 'g', 17),
                        QString::number(deltas.value(i), 'g', 17));
    return csv;
}

QStringList deltaRows(const diff::ParameterDelta &delta)
{
    if (delta.rows.size() < 2)
        return {};
    QStringList rows;
    for (const std::string &row : delta.rows)
        rows << DeltaCharts::tr("class %1").arg(toQString(row));
    return rows;
}

QString deltaTitle(const diff::ParameterDelta &delta)
{
    const QString where = delta.estimatorPath.empty() ? DeltaCharts::tr("the root")
                                                      : toQString(delta.estimatorPath);
    return DeltaCharts::tr("%1 of %2 at %3")
        .arg(toQString(delta.name), toQString(delta.className), where);
}

DeltaChartData deltaChart(const diff::ParameterDelta &delta, int row, int topN, DeltaOrder order)
{
    DeltaChartData chart;
    const size_t features = delta.features.size();
    const size_t rows = std::max<size_t>(delta.rows.size(), 1);
    if (features == 0 || delta.oldValues.size() < rows * features
        || delta.newValues.size() < rows * features)
        return chart;
    const size_t r = std::min(static_cast<size_t>(std::max(row, 0)), rows - 1);
    auto oldAt = [&](size_t f) {
        return delta.oldValues[r * features + f];
    };
    auto newAt = [&](size_t f) {
        return delta.newValues[r * features + f];
    };
    auto score = [&](size_t f) {
        const double a = oldAt(f);
        const double b = newAt(f);
        if (order == DeltaOrder::LargestValue) {
            const double m
                = std::max(std::isnan(a) ? 0 : std::fabs(a), std::isnan(b) ? 0 : std::fabs(b));
            return m;
        }
        if (std::isnan(a) != std::isnan(b))
            return double(INFINITY); // a feature only one model has: the largest change there is
        const double d = std::fabs(b - a);
        return std::isnan(d) ? 0.0 : d;
    };
    std::vector<size_t> orderOf(features);
    std::iota(orderOf.begin(), orderOf.end(), size_t(0));
    const size_t n = std::min(features, static_cast<size_t>(std::max(topN, 1)));
    std::stable_sort(orderOf.begin(), orderOf.end(), [&](size_t x, size_t y) {
        const double sx = score(x);
        const double sy = score(y);
        if (sx != sy)
            return sx > sy;
        return x < y;
    });
    orderOf.resize(n);
    size_t changed = 0;
    for (size_t f = 0; f < features; ++f) {
        const double a = oldAt(f);
        const double b = newAt(f);
        if (!(a == b || (std::isnan(a) && std::isnan(b))))
            ++changed;
    }
    for (size_t f : orderOf) {
        const double a = oldAt(f);
        const double b = newAt(f);
        QString name = toQString(delta.features[f]);
        if (std::isnan(a) && !std::isnan(b))
            name += DeltaCharts::tr(" (only in new)");
        else if (!std::isnan(a) && std::isnan(b))
            name += DeltaCharts::tr(" (only in old)");
        chart.categories << name;
        const double x = std::isnan(a) ? 0.0 : a;
        const double y = std::isnan(b) ? 0.0 : b;
        chart.oldValues << x;
        chart.newValues << y;
        chart.deltas << y - x;
    }
    chart.title = deltaTitle(delta);
    if (rows > 1 && r < delta.rows.size())
        chart.title += DeltaCharts::tr(", class %1").arg(toQString(delta.rows[r]));
    chart.subtitle = (order == DeltaOrder::LargestChange
                          ? DeltaCharts::tr("top %1 of %n feature(s) by change", nullptr,
                                            static_cast<int>(features))
                          : DeltaCharts::tr("top %1 of %n feature(s) by size", nullptr,
                                            static_cast<int>(features)))
                         .arg(n)
                     + DeltaCharts::tr(" · %1 value(s) differ").arg(changed);
    chart.valueTitle = toQString(insight::roleName(delta.role));
    return chart;
}

} // namespace ps::gui
