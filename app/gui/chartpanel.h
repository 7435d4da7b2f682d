// SPDX-License-Identifier: MIT
#pragma once

#include "chartdata.h"
#include "loadedfile.h"

#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace ps::gui {

/// Charts of what a model learned (QtCharts): coefficients per feature, feature importances,
/// Naive Bayes log-probabilities, MLP weight histograms — and histograms / line plots of any
/// numeric array. Top-N, class or layer selection, hover tooltips with exact values, export as
/// PNG and SVG, the numbers as CSV. Colours follow the application palette.
///
/// Every bar keeps its label: the chart grows to the height its labels need and scrolls when
/// the pane is smaller; names longer than the room for them are elided in the middle (the
/// tooltip has them in full). Histograms are drawn over their numeric bin edges; the
/// histogram of a big array counts all its values off the GUI thread, with progress.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget *parent = nullptr);
    ~ChartPanel() override;

    /// Charts one learned parameter of an estimator (indices into LoadedFile::estimators).
    void showParameter(LoadedFilePtr file, size_t estimator, size_t parameter);
    /// Charts an estimator's most telling parameter (coefficients, importances, ...).
    /// Returns false when it has nothing to chart.
    bool showEstimator(LoadedFilePtr file, size_t estimator);
    /// A numeric array: a histogram, and for 1-D arrays also a line by index.
    void showArray(LoadedFilePtr file, std::shared_ptr<const NdArray> array, const QString &name);
    void clear();

    bool hasChart() const { return !m_data.isEmpty() || isComputing(); }
    /// A histogram is being computed off the GUI thread (chartReady() follows).
    bool isComputing() const { return m_worker != nullptr; }
    const ChartData &data() const { return m_data; }
    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    QSpinBox *topNBox() const { return m_topN; }
    QComboBox *selectionBox() const { return m_selection; }
    QComboBox *parameterBox() const { return m_parameter; }
    QComboBox *modeBox() const { return m_mode; }
    /// The title and subtitle above the chart (word-wrapped, never cut).
    QLabel *titleLabel() const { return m_title; }
    QScrollArea *scrollArea() const { return m_scroll; }
    QProgressBar *progressBar() const { return m_progress; }
    /// The category labels as the axis shows them (elided in the middle when too long).
    const QStringList &shownLabels() const { return m_shownLabels; }

    /// The chart as an image: title, subtitle and the whole chart (also the part scrolled out
    /// of view) at `scale` times the on-screen size, on the chart's background.
    QImage exportImage(qreal scale = 2.0) const;
    /// Writes the chart as PNG / SVG (atomically); false with `error` set on failure.
    bool exportPng(const QString &path, QString *error = nullptr);
    bool exportSvg(const QString &path, QString *error = nullptr);
    /// Copies the numbers behind the chart as CSV to the clipboard.
    void copyCsv();

Q_SIGNALS:
    void statusMessage(const QString &message);
    /// The chart on show was (re)built; after a background histogram, once it is drawn.
    void chartReady();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void render();
    /// The controls' texts in the current language.
    void retranslateUi();
    void applyTheme();
    /// Sizes the chart to its labels: the bar chart's height, the histogram's edge labels.
    void fitLabels();
    void layoutHistogramAxis();
    QString titleHtml() const;
    void chooseExportFile(bool svg);
    void startHistogram();
    void stopWorker();
    /// Renders the chart with its title at `size` (logical pixels) into `painter`.
    void paintExport(QPainter &painter, const QSize &size) const;
    QSize exportSize() const;

    LoadedFilePtr m_file;
    size_t m_estimator = 0;
    size_t m_parameterIndex = 0;
    bool m_forParameter = false;
    std::shared_ptr<const NdArray> m_array;
    QString m_arrayName;
    bool m_arrayIsVector = false;
    bool m_updating = false;
    ChartData m_data;
    QStringList m_shownLabels;
    QPointer<QThread> m_worker;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<uint64_t>> m_done;
    uint64_t m_workTotal = 0;
    int m_histogramStep = 0; ///< every how many bin edges the histogram's axis labels
    QTimer m_progressTimer;

    QComboBox *m_parameter = nullptr;
    QComboBox *m_selection = nullptr;
    QComboBox *m_mode = nullptr;
    QSpinBox *m_topN = nullptr;
    QLabel *m_topNLabel = nullptr;
    QPushButton *m_exportPng = nullptr;
    QPushButton *m_exportSvg = nullptr;
    QPushButton *m_copyCsv = nullptr;
    QLabel *m_title = nullptr;
    QScrollArea *m_scroll = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QProgressBar *m_progress = nullptr;
};

} // namespace ps::gui
