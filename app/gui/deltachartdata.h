// SPDX-License-Identifier: MIT
#pragma once
// What the delta chart shows, before any drawing: one learned parameter of the old and the
// new model per feature, on one scale and in ONE feature order (the diff engine aligned the
// features by name), and the changes new − old. Kept apart from the widget so the selection,
// order and values can be checked directly.

#include "diff/diff.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace ps::gui {

struct DeltaChartData
{
    QString title;
    QString subtitle;
    QString valueTitle;
    /// Feature names in display order (top bar first); features only one model has are
    /// marked "(only in old)" / "(only in new)" and drawn as 0 on the side that lacks them.
    QStringList categories;
    QVector<double> oldValues;
    QVector<double> newValues;
    QVector<double> deltas; ///< new − old

    bool isEmpty() const { return categories.isEmpty(); }
    /// The numbers as CSV: feature, old, new, delta.
    QString toCsv() const;
};

enum class DeltaOrder {
    LargestChange, ///< by |new − old|, features one side lacks first
    LargestValue,  ///< by max(|old|, |new|)
};

/// The selector entries of a parameter's rows (classes); empty for one row.
QStringList deltaRows(const diff::ParameterDelta &delta);
/// "coef_ of LogisticRegression at .steps[1][1]".
QString deltaTitle(const diff::ParameterDelta &delta);
/// The chart of row `row` of a parameter: the top `topN` features in `order`.
DeltaChartData deltaChart(const diff::ParameterDelta &delta, int row, int topN, DeltaOrder order);

} // namespace ps::gui
