// SPDX-License-Identifier: MIT
#include "deltachart.h"

#include "comparecolours.h"
#include "qtstrings.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace ps::gui {

namespace {
const QColor kOld(0xa6, 0xa6, 0xa6);
const QColor kNew(0x1f, 0x77, 0xb4);
constexpr int kMaxTopN = 200;

QChartView *makeView(QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setChart(new QChart);
    return view;
}
} // namespace

DeltaChart::DeltaChart(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *controls = new QHBoxLayout;
    m_parameter = new QComboBox(this);
    m_parameter->setToolTip(tr("Learned parameter of an estimator both files hold"));
    m_parameter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_row = new QComboBox(this);
    m_row->setToolTip(tr("Class"));
    m_order = new QComboBox(this);
    m_order->addItem(tr("Largest changes"));
    m_order->addItem(tr("Largest values"));
    m_order->setToolTip(tr("Which features are shown, and in which order"));
    auto *topLabel = new QLabel(tr("Top"), this);
    m_topN = new QSpinBox(this);
    m_topN->setRange(1, kMaxTopN);
    m_topN->setValue(10);
    m_topN->setToolTip(tr("Features shown"));
    m_copyCsv
        = new QPushButton(QIcon(QStringLiteral(":/icons/actions/copy.svg")), tr("Copy CSV"), this);
    m_copyCsv->setToolTip(tr("Copy the numbers behind the charts as CSV"));
    controls->addWidget(m_parameter);
    controls->addWidget(m_row);
    controls->addWidget(m_order);
    controls->addWidget(topLabel);
    controls->addWidget(m_topN);
    controls->addStretch(1);
    controls->addWidget(m_copyCsv);
    layout->addLayout(controls);

    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::RichText);
    m_title->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_title);
    auto *charts = new QSplitter(Qt::Horizontal, this);
    m_values = makeView(charts);
    m_changes = makeView(charts);
    charts->addWidget(m_values);
    charts->addWidget(m_changes);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    layout->addWidget(charts, 1);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty, 1);

    connect(m_parameter, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_updating && index >= 0)
            showParameter(static_cast<size_t>(index));
    });
    for (QComboBox *box : {m_row, m_order}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                rebuild();
        });
    }
    connect(m_topN, &QSpinBox::valueChanged, this, [this] {
        if (!m_updating)
            rebuild();
    });
    connect(m_copyCsv, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_data.toCsv()); });
    setResult(nullptr);
}

QChart *DeltaChart::valuesChart() const
{
    return m_values->chart();
}

QChart *DeltaChart::changesChart() const
{
    return m_changes->chart();
}

void DeltaChart::setResult(CompareResultPtr result)
{
    m_result = std::move(result);
    m_updating = true;
    m_parameter->clear();
    if (m_result) {
        for (const auto &p : m_result->diff.parameters) {
            QString text = deltaTitle(p);
            if (p.changed)
                text += QStringLiteral(" ●");
            m_parameter->addItem(text);
        }
    }
    m_updating = false;
    // Start on the first parameter that changed.
    size_t first = 0;
    if (m_result) {
        const auto &parameters = m_result->diff.parameters;
        for (size_t i = 0; i < parameters.size(); ++i) {
            if (parameters[i].changed) {
                first = i;
                break;
            }
        }
    }
    if (!showParameter(first)) {
        m_data = DeltaChartData();
        render();
    }
}

bool DeltaChart::showParameter(size_t index)
{
    if (!m_result || index >= m_result->diff.parameters.size())
        return false;
    const diff::ParameterDelta &p = m_result->diff.parameters[index];
    m_updating = true;
    m_parameter->setCurrentIndex(static_cast<int>(index));
    m_row->clear();
    m_row->addItems(deltaRows(p));
    m_updating = false;
    rebuild();
    return true;
}

void DeltaChart::rebuild()
{
    const int index = m_parameter->currentIndex();
    if (!m_result || index < 0 || static_cast<size_t>(index) >= m_result->diff.parameters.size()) {
        m_data = DeltaChartData();
    } else {
        m_data = deltaChart(m_result->diff.parameters[static_cast<size_t>(index)],
                            std::max(m_row->currentIndex(), 0), m_topN->value(),
                            m_order->currentIndex() == 1 ? DeltaOrder::LargestValue
                                                         : DeltaOrder::LargestChange);
    }
    render();
}

void DeltaChart::render()
{
    const bool has = !m_data.isEmpty();
    m_values->setVisible(has);
    m_changes->setVisible(has);
    m_empty->setVisible(!has);
    m_title->setVisible(has);
    m_row->setVisible(m_row->count() > 0);
    m_copyCsv->setEnabled(has);
    m_empty->setText(m_result && m_result->diff.parameters.empty()
                         ? tr("Neither file holds an estimator with learned parameters per "
                              "feature in both versions (coefficients, importances, ...).")
                         : tr("Nothing to chart."));

    // Horizontal bars draw the first category at the bottom: reverse, largest on top.
    QStringList categories = m_data.categories;
    std::reverse(categories.begin(), categories.end());
    auto reversed = [](const QVector<double> &values) {
        QVector<double> r(values.rbegin(), values.rend());
        return r;
    };
    auto makeChart = [&](const std::vector<QBarSet *> &sets) {
        auto *chart = new QChart;
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setMargins(QMargins(4, 4, 12, 4));
        chart->setBackgroundRoundness(0);
        if (!has)
            return chart;
        auto *series = new QHorizontalBarSeries;
        for (QBarSet *set : sets)
            series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsFormat(QStringLiteral("@value"));
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsPrecision(4);
        chart->addSeries(series);
        auto *axisY = new QBarCategoryAxis;
        axisY->append(categories);
        axisY->setTruncateLabels(false);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        auto *axisX = new QValueAxis;
        axisX->setTitleVisible(false); // named in the title above the charts
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        // Room for the value labels at both ends.
        const double lo = std::min(axisX->min(), 0.0);
        const double hi = std::max(axisX->max(), 0.0);
        const double pad = (hi - lo) * 0.18 + 1e-12;
        axisX->setRange(lo < 0 ? lo - pad : 0, hi > 0 ? hi + pad : 0);
        chart->legend()->setVisible(true);
        chart->legend()->setAlignment(Qt::AlignTop);
        return chart;
    };

    QString oldName = tr("old");
    QString newName = tr("new");
    if (m_result) {
        oldName = tr("old: %1").arg(QFileInfo(m_result->oldFile->path).fileName());
        newName = tr("new: %1").arg(QFileInfo(m_result->newFile->path).fileName());
    }
    auto *oldSet = new QBarSet(oldName);
    oldSet->append(reversed(m_data.oldValues));
    auto *newSet = new QBarSet(newName);
    newSet->append(reversed(m_data.newValues));
    auto *deltaSet = new QBarSet(tr("new − old"));
    deltaSet->append(reversed(m_data.deltas));
    m_title->setText(has ? QStringLiteral("<b>%1</b> (%2) &nbsp; <small>%3</small>")
                               .arg(m_data.title.toHtmlEscaped(), m_data.valueTitle.toHtmlEscaped(),
                                    m_data.subtitle.toHtmlEscaped())
                         : QString());
    QChart *values = makeChart({oldSet, newSet});
    QChart *changes = makeChart({deltaSet});
    if (!has) {
        delete oldSet;
        delete newSet;
        delete deltaSet;
    }
    for (auto [view, chart] : {std::pair{m_values, values}, std::pair{m_changes, changes}}) {
        QChart *old = view->chart();
        view->setChart(chart);
        delete old;
        applyTheme(chart);
    }
    fitLabels();
}

void DeltaChart::fitLabels()
{
    // Feature names and value labels shrink with the number of bars so that every bar keeps
    // its name and its number (top-N keeps them to a readable count).
    const auto rows = static_cast<int>(m_data.categories.size());
    if (rows == 0)
        return;
    for (QChartView *view : {m_values, m_changes}) {
        QChart *chart = view->chart();
        const int sets = view == m_values ? 2 : 1;
        // The plot's height: the view less the legend and the value axis.
        const double available = std::max(view->height() - 75, 40);
        const int axisPixels = std::clamp(static_cast<int>(available / rows * 0.6), 6, 12);
        const int labelPixels
            = std::clamp(static_cast<int>(available / (rows * sets) * 0.8), 6, 11);
        for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
            QFont font = axis->labelsFont();
            font.setPixelSize(axisPixels);
            axis->setLabelsFont(font);
        }
        for (QAbstractSeries *s : chart->series()) {
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
                for (QBarSet *set : bars->barSets()) {
                    QFont font = set->labelFont();
                    font.setPixelSize(labelPixels);
                    set->setLabelFont(font);
                }
            }
        }
    }
}

void DeltaChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitLabels();
}

void DeltaChart::applyTheme(QChart *chart)
{
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Active, QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    const QColor text = pal.color(QPalette::Active, QPalette::Text);
    chart->setBackgroundBrush(pal.color(QPalette::Active, QPalette::Base));
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
    }
    for (QAbstractSeries *s : chart->series()) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(s);
        if (!bars)
            continue;
        const auto sets = bars->barSets();
        for (qsizetype i = 0; i < sets.size(); ++i) {
            QColor colour = sets.size() == 1 ? CompareColours::accent(RowStatus::Changed)
                            : i == 0         ? kOld
                                             : kNew;
            sets[i]->setColor(colour);
            sets[i]->setBorderColor(colour);
            sets[i]->setLabelColor(text);
        }
    }
}

void DeltaChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        render();
    QWidget::changeEvent(event);
}

} // namespace ps::gui
