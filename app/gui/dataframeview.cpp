// SPDX-License-Identifier: MIT
#include "dataframeview.h"

#include "tablecopy.h"
#include "uniformtableview.h"

#include "qtstrings.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <cmath>

namespace ps::gui {

namespace {

/// Rows measured to size the columns, and the bounds of a column's width.
constexpr int kMeasuredRows = 50;
constexpr int kMinColumnWidth = 60;
constexpr int kMaxColumnWidth = 320;

/// What the rows and the summary share: read-only cells on one line each, copied as text,
/// columns 110 pixels wide to start with.
template<typename View>
View *makeGrid(QWidget *parent)
{
    auto *view = new View(parent);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideMiddle);
    view->horizontalHeader()->setDefaultSectionSize(110);
    TableCopy::install(view);
    return view;
}

/// The rows of the frame: a million rows keep no memory per row (a QTableView's vertical
/// header holds a section each, 8 bytes), their index labels in the view's gutter.
UniformTableView *makeRowsGrid(QWidget *parent)
{
    auto *view = makeGrid<UniformTableView>(parent);
    view->setRowLabelsVisible(true);
    view->setColumnsSelectableByTitle(true);
    return view;
}

/// The summary statistics below the rows: eight rows, named in a vertical header.
QTableView *makeSummaryGrid(QWidget *parent)
{
    auto *view = makeGrid<QTableView>(parent);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->verticalHeader()->minimumSectionSize() + 4);
    return view;
}

QString number(double v)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    return QLocale().toString(v, 'g', 7);
}

} // namespace

DataFrameView::DataFrameView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_info = new QLabel(this);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setWordWrap(true);
    layout->addWidget(m_info);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_model = new DataTableModel(this);
    m_grid = makeRowsGrid(splitter);
    m_grid->setObjectName(QStringLiteral("dataGrid"));
    m_grid->setModel(m_model);

    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_summaryTitle = new QLabel(bottom);
    bottomLayout->addWidget(m_summaryTitle);
    m_summary = new QStandardItemModel(this);
    m_summaryView = makeSummaryGrid(bottom);
    m_summaryView->setObjectName(QStringLiteral("dataSummary"));
    m_summaryView->setModel(m_summary);
    bottomLayout->addWidget(m_summaryView, 1);
    // Summary columns follow the grid's column widths, so both read as one table.
    connect(m_grid->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int section, int, int size) { m_summaryView->setColumnWidth(section, size); });
    connect(m_grid->horizontalScrollBar(), &QScrollBar::valueChanged,
            m_summaryView->horizontalScrollBar(), &QScrollBar::setValue);
    splitter->addWidget(m_grid);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    retranslate();
}

DataFrameView::~DataFrameView()
{
    stopStatistics();
}

void DataFrameView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DataFrameView::retranslate()
{
    m_summaryTitle->setText(tr("Summary statistics (describe)"));
    m_summary->setVerticalHeaderLabels({tr("count"), tr("mean"), tr("std"), tr("min"), tr("max"),
                                        tr("unique"), tr("top"), tr("freq")});
    // One width for both row headers (index labels above, statistic names below): the
    // summary's columns stand under the grid's.
    const int rowHeader
        = std::max(m_grid->rowLabelSizeHint(), m_summaryView->verticalHeader()->sizeHint().width());
    m_grid->setRowLabelWidth(rowHeader);
    m_summaryView->verticalHeader()->setFixedWidth(rowHeader);
    if (!m_table) {
        m_info->clear();
        return;
    }
    const QLocale locale;
    const Table &t = *m_table;
    const QString rows = locale.toString(static_cast<qulonglong>(t.rows));
    const QString columns = locale.toString(static_cast<qulonglong>(t.columns.size()));
    QString what;
    switch (t.source) {
    case Table::Source::DataFrame:
        what = tr("<b>DataFrame</b> · %1 rows × %2 columns").arg(rows, columns);
        break;
    case Table::Source::Series:
        what = tr("<b>Series</b> · %1 rows · dtype %2")
                   .arg(rows, toQString(t.columns.front().dtype).toHtmlEscaped());
        break;
    case Table::Source::Records:
        what = tr("<b>Records</b> (a list of dicts with the same keys) · %1 rows × %2 columns")
                   .arg(rows, columns);
        break;
    }
    if (!t.indexName.empty())
        what += QStringLiteral(" · ") + tr("index: %1").arg(toQString(t.indexName).toHtmlEscaped());
    if (t.rows > static_cast<uint64_t>(m_model->rowCount()))
        what += QStringLiteral(" · ")
                + tr("the first %1 rows are shown")
                      .arg(locale.toString(static_cast<qulonglong>(m_model->rowCount())));
    m_info->setText(what);
}

void DataFrameView::setTable(LoadedFilePtr file, std::shared_ptr<const Table> table)
{
    stopStatistics();
    m_file = std::move(file);
    m_table = std::move(table);
    m_model->setTable(m_file, m_table);
    m_summary->clear();
    if (m_table) {
        m_summary->setColumnCount(static_cast<int>(m_table->columns.size()));
        m_summary->setRowCount(FreqRow + 1);
        QStringList names;
        for (const TableColumn &c : m_table->columns)
            names << toQString(c.name);
        m_summary->setHorizontalHeaderLabels(names);
        fitColumns();
    }
    retranslate();
    if (m_table && m_file)
        startStatistics();
}

void DataFrameView::fitColumns()
{
    // Wide enough for the header and the first rows (never measures a million rows).
    const QFontMetrics cells(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QFontMetrics header(m_grid->horizontalHeader()->font());
    const int rows = std::min(m_model->rowCount(), kMeasuredRows);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        int width = 0;
        for (const QString &line :
             m_model->headerData(c, Qt::Horizontal).toString().split(QLatin1Char('\n')))
            width = std::max(width, header.horizontalAdvance(line));
        for (int r = 0; r < rows; ++r)
            width
                = std::max(width, cells.horizontalAdvance(m_model->index(r, c).data().toString()));
        width = std::clamp(width + 24, kMinColumnWidth, kMaxColumnWidth);
        m_grid->setColumnWidth(c, width);
        m_summaryView->setColumnWidth(c, width);
    }
}

void DataFrameView::showStatistics(size_t column, const ColumnStatistics &s)
{
    const int c = static_cast<int>(column);
    const QLocale locale;
    const QFontMetrics metrics(m_summaryView->font());
    auto set = [&](int row, const QString &text) {
        auto *item = new QStandardItem(text);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_summary->setItem(row, c, item);
        // The grid's column widens for a statistic (the summary follows it).
        const int width = std::min(metrics.horizontalAdvance(text) + 16, kMaxColumnWidth);
        if (width > m_grid->columnWidth(c))
            m_grid->setColumnWidth(c, width);
    };
    set(CountRow, locale.toString(static_cast<qulonglong>(s.count)));
    if (s.numeric) {
        set(MeanRow, number(s.mean));
        set(StdRow, number(s.std));
        set(MinRow, number(s.min));
        set(MaxRow, number(s.max));
    } else if (s.temporal) {
        set(MinRow, toQString(s.first));
        set(MaxRow, toQString(s.last));
    }
    if (s.categorical) {
        set(UniqueRow, locale.toString(static_cast<qulonglong>(s.unique)));
        set(TopRow, toQString(s.top));
        set(FreqRow, locale.toString(static_cast<qulonglong>(s.freq)));
    }
}

void DataFrameView::startStatistics()
{
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_statsCancel = cancel;
    auto table = m_table;
    auto file = m_file; // keeps the mapped bytes alive while the worker reads them
    QThread *thread = QThread::create([this, cancel, table, file] {
        for (size_t c = 0; c < table->columns.size(); ++c) {
            const ColumnStatistics stats
                = columnStatistics(*file->document, *table, c, cancel.get());
            if (cancel->load())
                return;
            const bool last = c + 1 == table->columns.size();
            QMetaObject::invokeMethod(
                this,
                [this, c, stats, cancel, last] {
                    if (cancel->load())
                        return;
                    showStatistics(c, stats);
                    if (last)
                        Q_EMIT statisticsReady();
                },
                Qt::QueuedConnection);
        }
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_statsThread = thread;
    thread->start(QThread::LowPriority);
}

void DataFrameView::stopStatistics()
{
    if (m_statsCancel)
        m_statsCancel->store(true);
    if (m_statsThread)
        m_statsThread->wait();
}

} // namespace ps::gui
