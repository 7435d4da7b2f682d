// SPDX-License-Identifier: MIT
#pragma once

#include "chartdata.h"
#include "loadedfile.h"

#include <QWidget>

#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace ps::gui {

/// Charts of what a model learned (QtCharts): coefficients per feature, feature importances,
/// Naive Bayes log-probabilities, MLP weight histograms — and histograms / line plots of any
/// numeric array. Top-N, class or layer selection, hover tooltips with exact values, export as
/// PNG and SVG, the numbers as CSV. Colours follow the application palette.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget *parent = nullptr);

    /// Charts one learned parameter of an estimator (indices into LoadedFile::estimators).
    void showParameter(LoadedFilePtr file, size_t estimator, size_t parameter);
    /// Charts an estimator's most telling parameter (coefficients, importances, ...).
    /// Returns false when it has nothing to chart.
    bool showEstimator(LoadedFilePtr file, size_t estimator);
    /// A numeric array: a histogram, and for 1-D arrays also a line by index.
    void showArray(LoadedFilePtr file, std::shared_ptr<const NdArray> array, const QString &name);
    void clear();

    bool hasChart() const { return !m_data.isEmpty(); }
    const ChartData &data() const { return m_data; }
    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    QSpinBox *topNBox() const { return m_topN; }
    QComboBox *selectionBox() const { return m_selection; }
    QComboBox *parameterBox() const { return m_parameter; }
    QComboBox *modeBox() const { return m_mode; }

    /// Writes the chart as PNG / SVG (atomically); false with `error` set on failure.
    bool exportPng(const QString &path, QString *error = nullptr);
    bool exportSvg(const QString &path, QString *error = nullptr);
    /// Copies the numbers behind the chart as CSV to the clipboard.
    void copyCsv();

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void render();
    void applyTheme();
    void fitLabels();
    QString titleHtml() const;
    void chooseExportFile(bool svg);

    LoadedFilePtr m_file;
    size_t m_estimator = 0;
    size_t m_parameterIndex = 0;
    bool m_forParameter = false;
    std::vector<double> m_arrayValues;
    QString m_arrayName;
    bool m_arrayIsVector = false;
    bool m_updating = false;
    ChartData m_data;

    QComboBox *m_parameter = nullptr;
    QComboBox *m_selection = nullptr;
    QComboBox *m_mode = nullptr;
    QSpinBox *m_topN = nullptr;
    QLabel *m_topNLabel = nullptr;
    QPushButton *m_exportPng = nullptr;
    QPushButton *m_exportSvg = nullptr;
    QPushButton *m_copyCsv = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace ps::gui
