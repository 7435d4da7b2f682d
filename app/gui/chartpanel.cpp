// SPDX-License-Identifier: MIT
#include "chartpanel.h"

#include "qtstrings.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSpinBox>
#include <QSvgGenerator>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace ps::gui {

namespace {
const QColor kPositive(0x1f, 0x77, 0xb4);
const QColor kNegative(0xd6, 0x27, 0x28);
constexpr int kMaxTopN = 500;

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
    m_parameter->setToolTip(tr("Learned parameter to chart"));
    m_selection = new QComboBox(this);
    m_selection->setToolTip(tr("Class, component or layer"));
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Histogram"));
    m_mode->addItem(tr("Line"));
    m_topNLabel = new QLabel(tr("Top"), this);
    m_topN = new QSpinBox(this);
    m_topN->setRange(1, kMaxTopN);
    m_topN->setValue(20);
    m_topN->setToolTip(tr("Bars shown: the features with the largest magnitude"));
    m_exportPng
        = new QPushButton(QIcon(QStringLiteral(":/icons/actions/export.svg")), tr("PNG…"), this);
    m_exportPng->setToolTip(tr("Export the chart as a PNG image"));
    m_exportSvg
        = new QPushButton(QIcon(QStringLiteral(":/icons/actions/export.svg")), tr("SVG…"), this);
    m_exportSvg->setToolTip(tr("Export the chart as an SVG drawing"));
    m_copyCsv
        = new QPushButton(QIcon(QStringLiteral(":/icons/actions/copy.svg")), tr("Copy CSV"), this);
    m_copyCsv->setToolTip(tr("Copy the numbers behind the chart as CSV"));
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

    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setChart(new QChart);
    layout->addWidget(m_view, 1);
    m_empty = new QLabel(tr("Select an estimator, a learned parameter or a numeric array to "
                            "chart it."),
                         this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty, 1);

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

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

void ChartPanel::clear()
{
    m_file.reset();
    m_forParameter = false;
    m_arrayValues.clear();
    m_data = ChartData();
    render();
}

void ChartPanel::showParameter(LoadedFilePtr file, size_t estimator, size_t parameter)
{
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
    m_file = std::move(file);
    m_forParameter = false;
    m_arrayValues.clear();
    m_arrayName = name;
    if (!array) {
        clear();
        return;
    }
    const uint64_t count = array->count();
    m_arrayValues.reserve(static_cast<size_t>(std::min<uint64_t>(count, 1u << 24)));
    for (uint64_t i = 0; i < count && i < (1u << 24); ++i) {
        const auto v = array->floatAt(i);
        if (!v) {
            m_arrayValues.clear();
            break;
        }
        m_arrayValues.push_back(*v);
    }
    m_arrayIsVector = array->ndim() == 1;
    m_updating = true;
    m_mode->setCurrentIndex(0);
    m_updating = false;
    rebuild();
}

void ChartPanel::rebuild()
{
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
    } else if (!m_arrayValues.empty()) {
        m_data = m_arrayIsVector && m_mode->currentIndex() == 1
                     ? lineChart(m_arrayName, m_arrayValues)
                     : histogramChart(m_arrayName, m_arrayValues, 30);
    } else {
        m_data = ChartData();
    }
    render();
}

void ChartPanel::render()
{
    const bool has = !m_data.isEmpty();
    m_view->setVisible(has);
    m_empty->setVisible(!has);
    for (QWidget *w : {static_cast<QWidget *>(m_exportPng), static_cast<QWidget *>(m_exportSvg),
                       static_cast<QWidget *>(m_copyCsv)})
        w->setEnabled(has);
    m_parameter->setVisible(m_forParameter && m_parameter->count() > 0);
    m_selection->setVisible(m_forParameter && m_selection->count() > 0);
    m_mode->setVisible(!m_forParameter && m_arrayIsVector && !m_arrayValues.empty());
    const bool bars = has && m_data.kind == ChartData::Kind::Bars;
    m_topN->setVisible(bars);
    m_topNLabel->setVisible(bars);

    auto *chart = new QChart;
    chart->setTitle(titleHtml());
    chart->setAnimationOptions(QChart::NoAnimation);
    if (has) {
        switch (m_data.kind) {
        case ChartData::Kind::Bars: {
            // Horizontal bar series draw the first category at the bottom: reverse so the
            // largest bar is on top.
            QStringList categories = m_data.categories;
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
            axisY->setTruncateLabels(false); // feature names are what the chart is about
            chart->addAxis(axisY, Qt::AlignLeft);
            series->attachAxis(axisY);
            auto *axisX = new QValueAxis;
            axisX->setTitleText(m_data.valueTitle);
            chart->addAxis(axisX, Qt::AlignBottom);
            series->attachAxis(axisX);
            axisX->applyNiceNumbers();
            chart->legend()->setVisible(!m_data.signColoured && m_data.series.size() > 1);
            for (QBarSet *set : sets) {
                connect(set, &QBarSet::hovered, this, [this, set, categories](bool on, int index) {
                    if (!on || index < 0 || index >= categories.size()) {
                        QToolTip::hideText();
                        return;
                    }
                    const qsizetype row = categories.size() - 1 - index;
                    QStringList lines{
                        QStringLiteral("<b>%1</b>").arg(categories[index].toHtmlEscaped())};
                    for (const auto &s : m_data.series)
                        lines << QStringLiteral("%1: %2").arg(
                            s.name.toHtmlEscaped(), QString::number(s.values.value(row), 'g', 17));
                    Q_UNUSED(set);
                    QToolTip::showText(QCursor::pos(), lines.join(QStringLiteral("<br>")), m_view);
                });
            }
            break;
        }
        case ChartData::Kind::Histogram: {
            auto *series = new QBarSeries;
            auto *set = new QBarSet(m_data.series.front().name);
            set->setColor(kPositive);
            for (double v : m_data.series.front().values)
                set->append(v);
            series->append(set);
            series->setBarWidth(1.0);
            chart->addSeries(series);
            auto *axisX = new QBarCategoryAxis;
            axisX->append(m_data.categories);
            axisX->setLabelsAngle(-90);
            chart->addAxis(axisX, Qt::AlignBottom);
            series->attachAxis(axisX);
            auto *axisY = new QValueAxis;
            axisY->setTitleText(m_data.valueTitle);
            axisY->setLabelFormat(QStringLiteral("%d"));
            chart->addAxis(axisY, Qt::AlignLeft);
            series->attachAxis(axisY);
            chart->legend()->setVisible(false);
            const QStringList bins = m_data.categories;
            connect(set, &QBarSet::hovered, this, [this, bins](bool on, int index) {
                if (!on || index < 0 || index >= bins.size()) {
                    QToolTip::hideText();
                    return;
                }
                const QString upper
                    = index + 1 < bins.size() ? bins[index + 1] : QStringLiteral("max");
                QToolTip::showText(QCursor::pos(),
                                   tr("[%1, %2): %3 value(s)")
                                       .arg(bins[index], upper)
                                       .arg(m_data.series.front().values.value(index)),
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
            axisX->setLabelFormat(QStringLiteral("%d"));
            chart->addAxis(axisX, Qt::AlignBottom);
            series->attachAxis(axisX);
            auto *axisY = new QValueAxis;
            axisY->setTitleText(m_data.valueTitle);
            chart->addAxis(axisY, Qt::AlignLeft);
            series->attachAxis(axisY);
            chart->legend()->setVisible(false);
            connect(series, &QLineSeries::hovered, this, [this](const QPointF &point, bool on) {
                if (on)
                    QToolTip::showText(
                        QCursor::pos(),
                        tr("[%1] = %2").arg(std::llround(point.x())).arg(point.y(), 0, 'g', 17),
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
    applyTheme();
}

void ChartPanel::applyTheme()
{
    QChart *chart = m_view->chart();
    if (!chart)
        return;
    const QPalette pal = palette();
    const bool dark = isDark(pal);
    // Keep our series colours: themes reset them, so remember and restore.
    std::vector<std::pair<QBarSet *, QColor>> colours;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets())
                colours.emplace_back(set, set->color());
        }
    }
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setTitle(titleHtml()); // rich text ignores the title brush: colour it here
    if (m_data.signColoured || m_data.kind != ChartData::Kind::Bars) {
        for (auto &[set, colour] : colours)
            set->setColor(colour);
    }
    chart->setBackgroundBrush(pal.color(QPalette::Active, QPalette::Base));
    chart->setTitleBrush(pal.color(QPalette::Active, QPalette::Text));
    chart->legend()->setLabelColor(pal.color(QPalette::Active, QPalette::Text));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(pal.color(QPalette::Active, QPalette::Text));
        axis->setTitleBrush(pal.color(QPalette::Active, QPalette::Text));
    }
    m_view->setBackgroundBrush(pal.color(QPalette::Active, QPalette::Base));
    fitLabels();
}

QString ChartPanel::titleHtml() const
{
    const QString colour = palette().color(QPalette::Active, QPalette::Text).name();
    QString html
        = QStringLiteral("<font color=\"%1\"><b>%2</b>").arg(colour, m_data.title.toHtmlEscaped());
    if (!m_data.subtitle.isEmpty())
        html += QStringLiteral("<br><small>%1</small>").arg(m_data.subtitle.toHtmlEscaped());
    return html + QStringLiteral("</font>");
}

void ChartPanel::fitLabels()
{
    // Category labels are elided when they do not fit their row: shrink the font with the
    // number of bars (top-N keeps them to a readable count).
    QChart *chart = m_view->chart();
    if (!chart || m_data.kind != ChartData::Kind::Bars || m_data.categories.isEmpty())
        return;
    const int rows = static_cast<int>(m_data.categories.size());
    const int available = std::max(m_view->height() - 130, 60);
    const int pixels = std::clamp(available / rows - 3, 7, 13);
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        QFont font = axis->labelsFont();
        font.setPixelSize(pixels);
        axis->setLabelsFont(font);
    }
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitLabels();
}

void ChartPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

bool ChartPanel::exportPng(const QString &path, QString *error)
{
    const QImage image = m_view->grab().toImage();
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
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(m_view->size());
        generator.setViewBox(QRect(QPoint(0, 0), m_view->size()));
        generator.setTitle(m_data.title);
        generator.setDescription(tr("Exported by PickleScope"));
        QPainter painter;
        if (!painter.begin(&generator)) {
            file.cancelWriting();
            if (error)
                *error = tr("cannot render the chart");
            return false;
        }
        m_view->render(&painter);
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
