// SPDX-License-Identifier: MIT
#include "chartpanel.h"

#include "qtstrings.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QSvgGenerator>
#include <QTextDocument>
#include <QThread>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ps::gui {

namespace {
const QColor kPositive(0x1f, 0x77, 0xb4);
const QColor kNegative(0xd6, 0x27, 0x28);
constexpr int kMaxTopN = 500;
constexpr int kHistogramBins = 30;
/// Arrays with more values than this get their histogram computed off the GUI thread.
constexpr uint64_t kSynchronousValues = uint64_t(1) << 20;
/// Pixel size of the bar labels: readable, whatever the number of bars (the chart scrolls).
constexpr int kLabelPixels = 12;
/// Height of the chart around the plot before it has been laid out once (title, value axis).
constexpr int kChartOverhead = 90;
constexpr int kMinimumChartHeight = 220;

QFont labelFont(const QFont &base)
{
    QFont font = base;
    font.setPixelSize(kLabelPixels);
    return font;
}

/// The labels elided in the middle to `maxWidth` pixels, kept distinct (a category axis
/// drops duplicates): a label whose elided form repeats stays whole.
QStringList elidedLabels(const QStringList &labels, const QFont &font, int maxWidth)
{
    const QFontMetrics metrics(font);
    QStringList shown;
    for (const QString &label : labels)
        shown << metrics.elidedText(label, Qt::ElideMiddle, maxWidth);
    for (qsizetype i = 0; i < shown.size(); ++i)
        if (shown.count(shown[i]) > 1)
            shown[i] = labels[i];
    return shown;
}

/// A count axis from 0 with whole-number ticks (1, 2 or 5 × 10^k apart, about five of them).
void countTicks(QValueAxis *axis, double largest)
{
    double step = 1;
    for (double scale = 1; largest / step > 6 && std::isfinite(scale); scale *= 10) {
        for (double multiple : {1.0, 2.0, 5.0}) {
            step = multiple * scale;
            if (largest / step <= 6)
                break;
        }
    }
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setRange(0, std::max(step, std::ceil(largest / step) * step));
}

/// The bin edges labelled on a histogram's axis: every `step`-th, as few as needed so that
/// their labels do not collide, each with enough digits to tell it from its neighbours.
struct EdgeLabels
{
    int step = 1;
    QStringList texts;
};

EdgeLabels edgeLabels(const QVector<double> &edges, const QFont &font, double plotWidth)
{
    const int bins = static_cast<int>(edges.size()) - 1;
    const QFontMetrics metrics(font);
    EdgeLabels result;
    for (int step = 1; step <= bins; ++step) {
        if (bins % step != 0 && step != bins)
            continue;
        QStringList texts;
        for (int precision = 3; precision <= 12; ++precision) {
            texts.clear();
            for (int b = 0; b <= bins; b += step)
                texts << QLocale().toString(edges[b], 'g', precision);
            if (texts.removeDuplicates() == 0)
                break;
        }
        int widest = 0;
        for (const QString &text : texts)
            widest = std::max(widest, metrics.horizontalAdvance(text));
        result.step = step;
        result.texts = texts;
        if (plotWidth * step / bins >= widest + metrics.averageCharWidth() * 2)
            break;
    }
    return result;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::Window).lightness() < 128;
}

/// Preference order when an estimator is selected: what people open a model for first.
int rolePriority(insight::Role role)
{
    switch (role) {
    case insight::Role::Coefficients:
        return 0;
    case insight::Role::FeatureImportances:
        return 1;
    case insight::Role::FeatureLogProb:
        return 2;
    case insight::Role::LayerWeights:
        return 3;
    case insight::Role::ClusterCenters:
    case insight::Role::Components:
    case insight::Role::ClassMeans:
        return 4;
    default:
        return 10;
    }
}
} // namespace

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *controls = new QHBoxLayout;
    m_parameter = new QComboBox(this);
    m_selection = new QComboBox(this);
    m_mode = new QComboBox(this);
    m_mode->addItem(QString());
    m_mode->addItem(QString());
    m_topNLabel = new QLabel(this);
    m_topN = new QSpinBox(this);
    m_topN->setRange(1, kMaxTopN);
    m_topN->setValue(20);
    m_exportPng
        = new QPushButton(QIcon(QStringLiteral(":/icons/actions/export.svg")), QString(), this);
    m_exportSvg
        = new QPushButton(QIcon(QStringLiteral(":/icons/actions/export.svg")), QString(), this);
    m_copyCsv = new QPushButton(QIcon(QStringLiteral(":/icons/actions/copy.svg")), QString(), this);
    retranslateUi();
    controls->addWidget(m_parameter);
    controls->addWidget(m_selection);
    controls->addWidget(m_mode);
    controls->addWidget(m_topNLabel);
    controls->addWidget(m_topN);
    controls->addStretch(1);
    controls->addWidget(m_exportPng);
    controls->addWidget(m_exportSvg);
    controls->addWidget(m_copyCsv);
    layout->addLayout(controls);

    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::RichText);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_view = new QChartView;
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setChart(new QChart);
    m_view->setFrameShape(QFrame::NoFrame);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_view);
    layout->addWidget(m_scroll, 1);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty, 1);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_done && m_workTotal)
            m_progress->setValue(
                static_cast<int>(std::min<uint64_t>(m_done->load() * 1000 / m_workTotal, 1000)));
    });

    connect(m_parameter, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_updating || index < 0 || !m_forParameter)
            return;
        m_parameterIndex = m_parameter->itemData(index).toULongLong();
        showParameter(m_file, m_estimator, m_parameterIndex);
    });
    connect(m_selection, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            rebuild();
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            rebuild();
    });
    connect(m_topN, &QSpinBox::valueChanged, this, [this] {
        if (!m_updating)
            rebuild();
    });
    connect(m_exportPng, &QPushButton::clicked, this, [this] { chooseExportFile(false); });
    connect(m_exportSvg, &QPushButton::clicked, this, [this] { chooseExportFile(true); });
    connect(m_copyCsv, &QPushButton::clicked, this, &ChartPanel::copyCsv);
    clear();
}

ChartPanel::~ChartPanel()
{
    stopWorker();
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

void ChartPanel::clear()
{
    stopWorker();
    m_file.reset();
    m_forParameter = false;
    m_array.reset();
    m_data = ChartData();
    render();
}

void ChartPanel::stopWorker()
{
    m_progressTimer.stop();
    if (m_cancel)
        m_cancel->store(true);
    if (m_worker)
        m_worker->wait();
    m_worker = nullptr;
}

void ChartPanel::showParameter(LoadedFilePtr file, size_t estimator, size_t parameter)
{
    stopWorker();
    m_array.reset();
    m_file = std::move(file);
    if (!m_file || estimator >= m_file->estimators.size()
        || parameter >= m_file->estimators[estimator].parameters.size()) {
        clear();
        return;
    }
    m_forParameter = true;
    m_estimator = estimator;
    m_parameterIndex = parameter;
    const insight::Estimator &e = m_file->estimators[estimator];
    const insight::Parameter &p = e.parameters[parameter];
    m_updating = true;
    m_parameter->clear();
    for (size_t i = 0; i < e.parameters.size(); ++i)
        m_parameter->addItem(toQString(e.parameters[i].name), static_cast<qulonglong>(i));
    m_parameter->setCurrentIndex(static_cast<int>(parameter));
    m_selection->clear();
    const QStringList selections = chartSelections(e, p);
    m_selection->addItems(selections);
    if (p.role == insight::Role::LayerWeights) {
        // The layer selector starts on this parameter's own layer.
        int layer = 0;
        for (size_t i = 0; i < parameter; ++i)
            layer += e.parameters[i].role == insight::Role::LayerWeights ? 1 : 0;
        m_selection->setCurrentIndex(std::min(layer, static_cast<int>(selections.size()) - 1));
    }
    m_updating = false;
    rebuild();
}

bool ChartPanel::showEstimator(LoadedFilePtr file, size_t estimator)
{
    if (!file || estimator >= file->estimators.size())
        return false;
    const auto &parameters = file->estimators[estimator].parameters;
    int best = -1;
    for (size_t i = 0; i < parameters.size(); ++i) {
        if (parameters[i].values.empty())
            continue;
        if (best < 0
            || rolePriority(parameters[i].role)
                   < rolePriority(parameters[static_cast<size_t>(best)].role))
            best = static_cast<int>(i);
    }
    if (best < 0) {
        clear();
        return false;
    }
    showParameter(std::move(file), estimator, static_cast<size_t>(best));
    return true;
}

void ChartPanel::showArray(LoadedFilePtr file, std::shared_ptr<const NdArray> array,
                           const QString &name)
{
    stopWorker();
    m_file = std::move(file);
    m_forParameter = false;
    m_array = std::move(array);
    m_arrayName = name;
    if (!m_array) {
        clear();
        return;
    }
    m_arrayIsVector = m_array->ndim() == 1;
    m_updating = true;
    m_mode->setCurrentIndex(0);
    m_updating = false;
    rebuild();
}

void ChartPanel::rebuild()
{
    stopWorker();
    if (m_forParameter && m_file) {
        const insight::Estimator &e = m_file->estimators[m_estimator];
        ChartOptions options;
        options.topN = m_topN->value();
        const insight::Parameter &p = e.parameters[m_parameterIndex];
        const int index = m_selection->currentIndex();
        if (p.role == insight::Role::LayerWeights)
            options.selection = index;
        else
            options.selection = index <= 0 ? -1 : index - 1; // entry 0 is "All (grouped)"
        m_data = parameterChart(e, p, options);
    } else if (m_array) {
        const auto array = m_array;
        const auto reader = [array](uint64_t i) {
            return array->floatAt(i);
        };
        if (m_arrayIsVector && m_mode->currentIndex() == 1) {
            m_data = lineChart(m_arrayName, array->count(), reader);
        } else if (array->count() <= kSynchronousValues) {
            m_data = histogramChart(m_arrayName, array->count(), reader, kHistogramBins);
        } else {
            startHistogram();
            return;
        }
    } else {
        m_data = ChartData();
    }
    render();
}

void ChartPanel::startHistogram()
{
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto done = std::make_shared<std::atomic<uint64_t>>(0);
    m_cancel = cancel;
    m_done = done;
    m_workTotal = 2 * m_array->count();
    auto array = m_array;
    auto file = m_file; // keeps the mapped bytes alive while the worker reads them
    const QString title = m_arrayName;
    QThread *thread = QThread::create([this, array, file, cancel, done, title] {
        ChartData data = histogramChart(
            title, array->count(), [&array](uint64_t i) { return array->floatAt(i); },
            kHistogramBins, done.get(), cancel.get());
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(
            this,
            [this, data = std::move(data), cancel]() mutable {
                if (cancel->load())
                    return;
                m_progressTimer.stop();
                m_worker = nullptr; // finishing: nothing of this panel is touched any more
                m_data = std::move(data);
                render();
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_worker = thread;
    m_data = ChartData();
    m_progress->setValue(0);
    thread->start(QThread::LowPriority);
    m_progressTimer.start();
    render();
}

void ChartPanel::render()
{
    const bool has = !m_data.isEmpty();
    const bool computing = isComputing();
    m_scroll->setVisible(has);
    m_empty->setVisible(!has);
    m_progress->setVisible(computing);
    if (computing) {
        m_empty->setText(tr("Counting all %Ln value(s) for the histogram…", nullptr,
                            static_cast<int>(std::min<uint64_t>(m_array->count(), INT32_MAX))));
    } else {
        m_empty->setText(tr("Select an estimator, a learned parameter or a numeric array to "
                            "chart it."));
    }
    for (QWidget *w : {static_cast<QWidget *>(m_exportPng), static_cast<QWidget *>(m_exportSvg),
                       static_cast<QWidget *>(m_copyCsv)})
        w->setEnabled(has);
    m_parameter->setVisible(m_forParameter && m_parameter->count() > 0);
    m_selection->setVisible(m_forParameter && m_selection->count() > 0);
    m_mode->setVisible(!m_forParameter && m_arrayIsVector && m_array);
    const bool bars = has && m_data.kind == ChartData::Kind::Bars;
    m_topN->setVisible(bars);
    m_topNLabel->setVisible(bars);
    m_title->setText(has ? titleHtml() : QString());
    m_title->setVisible(has);
    m_shownLabels.clear();

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    // Axis numbers in the UI language's format (decimal comma, digit grouping).
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    const QFont labels = labelFont(font());
    if (has) {
        switch (m_data.kind) {
        case ChartData::Kind::Bars: {
            // Horizontal bar series draw the first category at the bottom: reverse so the
            // largest bar is on top.
            m_shownLabels
                = elidedLabels(m_data.categories, labels, std::clamp(width() * 2 / 5, 140, 360));
            QStringList categories = m_shownLabels;
            std::reverse(categories.begin(), categories.end());
            QAbstractBarSeries *series = nullptr;
            std::vector<QBarSet *> sets;
            if (m_data.signColoured) {
                auto *stacked = new QHorizontalStackedBarSeries;
                auto *positive = new QBarSet(tr("positive"));
                auto *negative = new QBarSet(tr("negative"));
                positive->setColor(kPositive);
                negative->setColor(kNegative);
                const auto &values = m_data.series.front().values;
                for (qsizetype i = values.size(); i-- > 0;) {
                    positive->append(values[i] > 0 ? values[i] : 0.0);
                    negative->append(values[i] < 0 ? values[i] : 0.0);
                }
                stacked->append(positive);
                stacked->append(negative);
                sets = {positive, negative};
                series = stacked;
            } else {
                auto *grouped = new QHorizontalBarSeries;
                for (const auto &s : m_data.series) {
                    auto *set = new QBarSet(s.name);
                    for (qsizetype i = s.values.size(); i-- > 0;)
                        set->append(s.values[i]);
                    grouped->append(set);
                    sets.push_back(set);
                }
                series = grouped;
            }
            chart->addSeries(series);
            auto *axisY = new QBarCategoryAxis;
            axisY->append(categories);
            axisY->setTruncateLabels(false); // elided above, in the middle, to a known width
            axisY->setLabelsFont(labels);
            chart->addAxis(axisY, Qt::AlignLeft);
            series->attachAxis(axisY);
            auto *axisX = new QValueAxis;
            axisX->setTitleText(m_data.valueTitle);
            chart->addAxis(axisX, Qt::AlignBottom);
            series->attachAxis(axisX);
            axisX->applyNiceNumbers();
            chart->legend()->setVisible(!m_data.signColoured && m_data.series.size() > 1);
            const qsizetype rows = m_data.categories.size();
            for (QBarSet *set : sets) {
                connect(set, &QBarSet::hovered, this, [this, rows](bool on, int index) {
                    if (!on || index < 0 || index >= rows) {
                        QToolTip::hideText();
                        return;
                    }
                    const qsizetype row = rows - 1 - index;
                    QStringList lines{QStringLiteral("<b>%1</b>")
                                          .arg(m_data.categories.value(row).toHtmlEscaped())};
                    for (const auto &s : m_data.series)
                        lines << QStringLiteral("%1: %2").arg(
                            s.name.toHtmlEscaped(),
                            QLocale().toString(s.values.value(row), 'g', 17));
                    QToolTip::showText(QCursor::pos(), lines.join(QStringLiteral("<br>")), m_view);
                });
            }
            break;
        }
        case ChartData::Kind::Histogram: {
            auto *series = new QBarSeries;
            auto *set = new QBarSet(m_data.series.front().name);
            set->setColor(kPositive);
            set->setBorderColor(kPositive.darker(130));
            for (double v : m_data.series.front().values)
                set->append(v);
            series->append(set);
            series->setBarWidth(1.0);
            chart->addSeries(series);
            // Bar b spans [b - 0.5, b + 0.5]: the bin edges label the axis at those places.
            auto *axisX = new QCategoryAxis;
            axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
            axisX->setRange(-0.5, static_cast<double>(m_data.series.front().values.size()) - 0.5);
            axisX->setTitleText(tr("value (bin edges)"));
            axisX->setLabelsFont(labels);
            chart->addAxis(axisX, Qt::AlignBottom);
            series->attachAxis(axisX);
            auto *axisY = new QValueAxis;
            axisY->setTitleText(m_data.valueTitle);
            chart->addAxis(axisY, Qt::AlignLeft);
            series->attachAxis(axisY);
            countTicks(axisY, *std::max_element(m_data.series.front().values.begin(),
                                                m_data.series.front().values.end()));
            chart->legend()->setVisible(false);
            connect(set, &QBarSet::hovered, this, [this](bool on, int index) {
                const auto &edges = m_data.binEdges;
                if (!on || index < 0 || index + 1 >= edges.size()) {
                    QToolTip::hideText();
                    return;
                }
                const bool last = index + 2 == edges.size();
                QToolTip::showText(
                    QCursor::pos(),
                    (last ? tr("[%1, %2]: %3 value(s)") : tr("[%1, %2): %3 value(s)"))
                        .arg(chartNumber(edges[index]), chartNumber(edges[index + 1]),
                             QLocale().toString(m_data.series.front().values.value(index), 'f', 0)),
                    m_view);
            });
            break;
        }
        case ChartData::Kind::Line: {
            auto *series = new QLineSeries;
            series->setName(m_data.series.front().name);
            series->setColor(kPositive);
            const auto &values = m_data.series.front().values;
            for (qsizetype i = 0; i < values.size(); ++i)
                series->append(m_data.lineX.value(i), values[i]);
            chart->addSeries(series);
            auto *axisX = new QValueAxis;
            axisX->setTitleText(tr("index"));
            axisX->setLabelFormat(QStringLiteral("%.0f"));
            chart->addAxis(axisX, Qt::AlignBottom);
            series->attachAxis(axisX);
            auto *axisY = new QValueAxis;
            axisY->setTitleText(m_data.valueTitle);
            chart->addAxis(axisY, Qt::AlignLeft);
            series->attachAxis(axisY);
            chart->legend()->setVisible(false);
            connect(series, &QLineSeries::hovered, this, [this](const QPointF &point, bool on) {
                if (on)
                    QToolTip::showText(QCursor::pos(),
                                       tr("[%1] = %2")
                                           .arg(QLocale().toString(std::llround(point.x())),
                                                QLocale().toString(point.y(), 'g', 17)),
                                       m_view);
                else
                    QToolTip::hideText();
            });
            break;
        }
        }
    }
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    connect(chart, &QChart::plotAreaChanged, this, &ChartPanel::fitLabels, Qt::QueuedConnection);
    m_histogramStep = 0;
    applyTheme();
    if (!computing)
        Q_EMIT chartReady();
}

void ChartPanel::applyTheme()
{
    QChart *chart = m_view->chart();
    if (!chart)
        return;
    const QPalette pal = palette();
    const bool dark = isDark(pal);
    // Keep our series colours: themes reset them, so remember and restore.
    std::vector<std::tuple<QBarSet *, QColor, QColor>> colours;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets())
                colours.emplace_back(set, set->color(), set->borderColor());
        }
    }
    // Themes reset the fonts too: keep the labels' size.
    std::vector<std::pair<QAbstractAxis *, QFont>> fonts;
    for (QAbstractAxis *axis : chart->axes())
        fonts.emplace_back(axis, axis->labelsFont());
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    if (m_data.signColoured || m_data.kind != ChartData::Kind::Bars) {
        for (auto &[set, colour, border] : colours) {
            set->setColor(colour);
            set->setBorderColor(border);
        }
    }
    for (auto &[axis, font] : fonts)
        axis->setLabelsFont(font);
    chart->setBackgroundBrush(pal.color(QPalette::Active, QPalette::Base));
    chart->setTitleBrush(pal.color(QPalette::Active, QPalette::Text));
    chart->legend()->setLabelColor(pal.color(QPalette::Active, QPalette::Text));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(pal.color(QPalette::Active, QPalette::Text));
        axis->setTitleBrush(pal.color(QPalette::Active, QPalette::Text));
    }
    m_view->setBackgroundBrush(pal.color(QPalette::Active, QPalette::Base));
    m_title->setText(m_data.isEmpty() ? QString() : titleHtml());
    fitLabels();
}

QString ChartPanel::titleHtml() const
{
    QString html = QStringLiteral("<b>%1</b>").arg(m_data.title.toHtmlEscaped());
    if (!m_data.subtitle.isEmpty())
        html += QStringLiteral("<br><small>%1</small>").arg(m_data.subtitle.toHtmlEscaped());
    return html;
}

void ChartPanel::fitLabels()
{
    QChart *chart = m_view->chart();
    if (!chart || m_data.isEmpty() || m_data.kind != ChartData::Kind::Bars) {
        m_view->setMinimumHeight(kMinimumChartHeight);
        if (chart && m_data.kind == ChartData::Kind::Histogram)
            layoutHistogramAxis();
        return;
    }
    // Every bar keeps its label: each row is as high as a label needs, and the chart grows
    // (and scrolls) when the pane is lower than that. The room around the plot is measured
    // once the chart has been laid out.
    const int rows = static_cast<int>(m_data.categories.size());
    const QFontMetrics metrics(labelFont(font()));
    const int needed = rows * (metrics.height() + 6);
    int overhead = kChartOverhead;
    const QRectF plot = chart->plotArea();
    if (plot.height() > 0 && m_view->height() > plot.height())
        overhead = m_view->height() - static_cast<int>(plot.height());
    const int minimum = std::max(needed + overhead, kMinimumChartHeight);
    if (std::abs(m_view->minimumHeight() - minimum) > 1)
        m_view->setMinimumHeight(minimum);
}

void ChartPanel::layoutHistogramAxis()
{
    QChart *chart = m_view->chart();
    QCategoryAxis *axis = nullptr;
    for (QAbstractAxis *a : chart->axes(Qt::Horizontal))
        axis = axis ? axis : qobject_cast<QCategoryAxis *>(a);
    if (!axis || m_data.binEdges.size() < 2)
        return;
    const QRectF plot = chart->plotArea();
    const double width = plot.width() > 0 ? plot.width() : std::max(m_view->width() - 100, 100);
    const EdgeLabels shown = edgeLabels(m_data.binEdges, axis->labelsFont(), width);
    if (shown.step == m_histogramStep && axis->count() == shown.texts.size())
        return;
    m_histogramStep = shown.step;
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    // Category k ends at edge k·step: its label sits on that edge (the first, zero-width
    // category only carries the label of the first edge).
    axis->setStartValue(-0.5 - 1e-3);
    for (qsizetype k = 0; k < shown.texts.size(); ++k)
        axis->append(shown.texts[k], static_cast<double>(k * shown.step) - 0.5);
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_data.isEmpty() && m_data.kind == ChartData::Kind::Bars
        && elidedLabels(m_data.categories, labelFont(font()), std::clamp(width() * 2 / 5, 140, 360))
               != m_shownLabels) {
        render();
        return;
    }
    fitLabels();
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    if (event->type() == QEvent::LanguageChange && m_copyCsv) {
        retranslateUi();
        // Titles, axis titles, class names such as "All (grouped)" and the axis numbers are
        // made when the chart is built: build it again in the new language and number format.
        if (m_forParameter && m_file) {
            const int selection = m_selection->currentIndex();
            showParameter(m_file, m_estimator, m_parameterIndex);
            if (selection > 0 && selection < m_selection->count())
                m_selection->setCurrentIndex(selection);
        } else if (m_array && !isComputing()) {
            rebuild();
        } else {
            render();
        }
    }
    QWidget::changeEvent(event);
}

void ChartPanel::retranslateUi()
{
    m_parameter->setToolTip(tr("Learned parameter to chart"));
    m_selection->setToolTip(tr("Class, component or layer"));
    m_mode->setItemText(0, tr("Histogram"));
    m_mode->setItemText(1, tr("Line"));
    m_topNLabel->setText(tr("Top"));
    m_topN->setToolTip(tr("Bars shown: the features with the largest magnitude"));
    m_exportPng->setText(tr("PNG…"));
    m_exportPng->setToolTip(tr("Export the chart as a PNG image"));
    m_exportSvg->setText(tr("SVG…"));
    m_exportSvg->setToolTip(tr("Export the chart as an SVG drawing"));
    m_copyCsv->setText(tr("Copy CSV"));
    m_copyCsv->setToolTip(tr("Copy the numbers behind the chart as CSV"));
}

QSize ChartPanel::exportSize() const
{
    // The whole chart (also what is scrolled out of view), at least a readable size.
    const QSize chart = m_view->size().expandedTo(QSize(640, 400));
    QTextDocument title;
    title.setDefaultFont(font());
    title.setHtml(titleHtml());
    title.setTextWidth(chart.width());
    return {chart.width(), chart.height() + static_cast<int>(std::ceil(title.size().height()))};
}

void ChartPanel::paintExport(QPainter &painter, const QSize &size) const
{
    const QPalette pal = palette();
    painter.fillRect(QRect(QPoint(0, 0), size), pal.color(QPalette::Active, QPalette::Base));
    QTextDocument title;
    title.setDefaultFont(font());
    title.setHtml(QStringLiteral("<div align=\"center\">%1</div>").arg(titleHtml()));
    title.setTextWidth(size.width());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, pal.color(QPalette::Active, QPalette::Text));
    title.documentLayout()->draw(&painter, context);
    const int top = static_cast<int>(std::ceil(title.size().height()));
    const QSize chart(size.width(), size.height() - top);
    m_view->render(&painter, QRectF(QPointF(0, top), chart),
                   QRect(QPoint(0, 0), m_view->viewport()->size()), Qt::IgnoreAspectRatio);
}

QImage ChartPanel::exportImage(qreal scale) const
{
    const QSize size = exportSize();
    QImage image(size * scale, QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintExport(painter, size);
    painter.end();
    return image;
}

bool ChartPanel::exportPng(const QString &path, QString *error)
{
    const QImage image = exportImage(2.0);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool ChartPanel::exportSvg(const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    {
        const QSize size = exportSize();
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(m_data.title);
        generator.setDescription(tr("Exported by PickleScope"));
        QPainter painter;
        if (!painter.begin(&generator)) {
            file.cancelWriting();
            if (error)
                *error = tr("cannot render the chart");
            return false;
        }
        paintExport(painter, size);
        painter.end();
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void ChartPanel::chooseExportFile(bool svg)
{
    QString base = m_data.title;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("_"));
    const QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Export Chart as SVG") : tr("Export Chart as PNG"),
        base + (svg ? QStringLiteral(".svg") : QStringLiteral(".png")),
        svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = svg ? exportSvg(path, &error) : exportPng(path, &error);
    Q_EMIT statusMessage(ok ? tr("Exported the chart to %1").arg(path)
                            : tr("Could not export the chart to %1: %2").arg(path, error));
}

void ChartPanel::copyCsv()
{
    QApplication::clipboard()->setText(m_data.toCsv());
    Q_EMIT statusMessage(tr("Copied the chart's numbers as CSV"));
}

} // namespace ps::gui
