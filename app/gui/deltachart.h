// SPDX-License-Identifier: MIT
#pragma once

#include "compareloader.h"
#include "deltachartdata.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace ps::gui {

/// The learned parameters of the two models side by side (QtCharts): the old and the new
/// values per feature as paired bars on one scale, and the changes new − old, both over the
/// same top-N features in the same order. Every bar carries its value.
class DeltaChart : public QWidget
{
    Q_OBJECT

public:
    explicit DeltaChart(QWidget *parent = nullptr);

    void setResult(CompareResultPtr result);
    /// Shows parameter `index` of DiffResult::parameters (false when out of range).
    bool showParameter(size_t index);

    bool hasChart() const { return !m_data.isEmpty(); }
    const DeltaChartData &data() const { return m_data; }
    QChart *valuesChart() const;
    QChart *changesChart() const;
    /// The title above both charts (parameter, estimator, class, what is shown).
    QLabel *titleLabel() const { return m_title; }
    QComboBox *parameterBox() const { return m_parameter; }
    QComboBox *rowBox() const { return m_row; }
    QComboBox *orderBox() const { return m_order; }
    QSpinBox *topNBox() const { return m_topN; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void render();
    void applyTheme(QChart *chart);
    void fitLabels();

    CompareResultPtr m_result;
    DeltaChartData m_data;
    bool m_updating = false;
    QComboBox *m_parameter = nullptr;
    QComboBox *m_row = nullptr;
    QComboBox *m_order = nullptr;
    QSpinBox *m_topN = nullptr;
    QPushButton *m_copyCsv = nullptr;
    QLabel *m_title = nullptr;
    QChartView *m_values = nullptr;
    QChartView *m_changes = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace ps::gui
