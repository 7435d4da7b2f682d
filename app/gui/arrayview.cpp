// SPDX-License-Identifier: MIT
#include "arrayview.h"

#include "tablecopy.h"
#include "valuedelegate.h"

#include "present/python_type.h"
#include "present/summary.h"
#include "qtstrings.h"
#include "workerthreads.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QSpinBox>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace ps::gui {

ArrayView::ArrayView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_info = new QLabel(this);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setWordWrap(true);
    layout->addWidget(m_info);

    m_pickers = new QWidget(this);
    m_pickerLayout = new QHBoxLayout(m_pickers);
    m_pickerLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pickers);

    m_model = new ArrayTableModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_plainDelegate = m_table->itemDelegate();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionMode(QAbstractItemView::ContiguousSelection);
    TableCopy::install(m_table, ArrayTableModel::ExactValueRole);
    m_table->horizontalHeader()->setDefaultSectionSize(96);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->verticalHeader()->minimumSectionSize()
                                                     + 4);
    layout->addWidget(m_table, 1);

    m_stats = new QLabel(this);
    m_stats->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stats->setWordWrap(true);
    layout->addWidget(m_stats);
}

ArrayView::~ArrayView()
{
    stopStatistics();
}

void ArrayView::setArray(LoadedFilePtr file, std::shared_ptr<const NdArray> array)
{
    stopStatistics();
    m_file = std::move(file);
    m_array = std::move(array);
    m_model->setArray(m_file, m_array);
    if (!m_array) {
        m_info->clear();
        m_stats->clear();
        return;
    }
    const NdArray &a = *m_array;
    QString order = a.fortranOrder ? tr("Fortran order") : tr("C order");
    m_info->setText(
        tr("<b>%1</b> · dtype %2 · shape %3 · %n element(s) · %4", nullptr,
           static_cast<int>(std::min<uint64_t>(a.count(), INT32_MAX)))
            .arg(toQString(shortTypeName(a.subclass)).toHtmlEscaped(),
                 a.dtype ? toQString(a.loadedDType()->str()).toHtmlEscaped() : QStringLiteral("?"),
                 toQString(shapeText(a.shape)), order));
    rebuildPickers();
    startStatistics();
}

void ArrayView::setAxisNames(std::vector<QStringList> names)
{
    const bool named = std::any_of(names.begin(), names.end(),
                                   [](const QStringList &axis) { return !axis.isEmpty(); });
    m_model->setAxisNames(std::move(names));
    // Names are wider than indices: let the headers fit them (within reason).
    m_table->verticalHeader()->setMaximumWidth(named ? 240 : QWIDGETSIZE_MAX);
    m_table->horizontalHeader()->setDefaultSectionSize(named ? 110 : 96);
}

void ArrayView::setEditTarget(DocumentEditor *editor, uint32_t root, const QString &path)
{
    m_model->setEditTarget(editor, root, path);
    m_table->setItemDelegate(m_plainDelegate);
    if (m_delegate)
        m_delegate->deleteLater();
    m_delegate = nullptr;
    if (!m_model->isEditable()) {
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        return;
    }
    m_delegate = new ValueDelegate(
        editor,
        [this](const QModelIndex &index) -> std::optional<EditRequest> {
            if (!m_model->isEditable() || !index.isValid())
                return std::nullopt;
            EditRequest request;
            request.root = m_model->root();
            request.path = m_model->cellPath(index.row(), index.column());
            request.changedObject = m_model->arrayPath();
            request.marks = {request.path, m_model->arrayPath()};
            return request;
        },
        this);
    connect(m_delegate, &ValueDelegate::problem, this, &ArrayView::problem);
    m_table->setItemDelegate(m_delegate);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
}

std::vector<uint64_t> ArrayView::fixedIndices() const
{
    std::vector<uint64_t> fixed;
    for (const QSpinBox *spin : m_indexSpins)
        fixed.push_back(static_cast<uint64_t>(spin->value()));
    return fixed;
}

void ArrayView::rebuildPickers()
{
    m_updating = true;
    while (QLayoutItem *item = m_pickerLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_indexSpins.clear();
    m_indexLabels.clear();
    m_rowAxis = m_columnAxis = nullptr;
    const size_t ndim = m_array ? m_array->ndim() : 0;
    const bool structured = m_array && m_array->dtype && m_array->dtype->isStructured();
    m_pickers->setVisible(ndim >= 2);
    if (ndim < 2) {
        m_updating = false;
        return;
    }
    m_pickerLayout->addWidget(new QLabel(tr("Rows:"), m_pickers));
    m_rowAxis = new QComboBox(m_pickers);
    m_pickerLayout->addWidget(m_rowAxis);
    if (!structured) {
        m_pickerLayout->addWidget(new QLabel(tr("Columns:"), m_pickers));
        m_columnAxis = new QComboBox(m_pickers);
        m_pickerLayout->addWidget(m_columnAxis);
    }
    for (size_t k = 0; k < ndim; ++k) {
        const QString name = tr("axis %1 (%2)").arg(k).arg(m_array->shape[k]);
        m_rowAxis->addItem(name, static_cast<int>(k));
        if (m_columnAxis)
            m_columnAxis->addItem(name, static_cast<int>(k));
    }
    m_rowAxis->setCurrentIndex(m_model->rowAxis());
    if (m_columnAxis)
        m_columnAxis->setCurrentIndex(m_model->columnAxis());
    for (size_t k = 0; k < ndim; ++k) {
        auto *label = new QLabel(tr("[%1]:").arg(k), m_pickers);
        auto *spin = new QSpinBox(m_pickers);
        spin->setRange(0, static_cast<int>(std::min<uint64_t>(
                              m_array->shape[k] ? m_array->shape[k] - 1 : 0, INT32_MAX)));
        spin->setToolTip(tr("Index along axis %1").arg(k));
        spin->setProperty("axis", static_cast<int>(k));
        m_pickerLayout->addWidget(label);
        m_pickerLayout->addWidget(spin);
        m_indexSpins.push_back(spin);
        m_indexLabels.push_back(label);
        connect(spin, &QSpinBox::valueChanged, this, &ArrayView::applySlice);
    }
    m_pickerLayout->addStretch(1);
    connect(m_rowAxis, &QComboBox::currentIndexChanged, this, &ArrayView::applySlice);
    if (m_columnAxis)
        connect(m_columnAxis, &QComboBox::currentIndexChanged, this, &ArrayView::applySlice);
    m_updating = false;
    applySlice();
}

void ArrayView::applySlice()
{
    if (m_updating || !m_array || !m_rowAxis)
        return;
    int rowAxis = m_rowAxis->currentData().toInt();
    int columnAxis = m_columnAxis ? m_columnAxis->currentData().toInt() : -1;
    if (columnAxis == rowAxis) {
        // Keep the two axes distinct: move the other picker to the next free axis.
        const int ndim = static_cast<int>(m_array->ndim());
        columnAxis = (rowAxis + 1) % ndim;
        m_updating = true;
        m_columnAxis->setCurrentIndex(columnAxis);
        m_updating = false;
    }
    std::vector<uint64_t> fixed(m_array->ndim(), 0);
    for (size_t k = 0; k < m_indexSpins.size(); ++k) {
        const bool free = static_cast<int>(k) == rowAxis || static_cast<int>(k) == columnAxis;
        // Only the axes held at an index get a picker; the shown axes need none.
        m_indexSpins[k]->setVisible(!free);
        m_indexLabels[k]->setVisible(!free);
        fixed[k] = static_cast<uint64_t>(m_indexSpins[k]->value());
    }
    m_model->setSlice(rowAxis, columnAxis, std::move(fixed));
}

void ArrayView::showSlice(int rowAxis, int columnAxis, const std::vector<uint64_t> &fixed)
{
    if (!m_rowAxis)
        return;
    m_updating = true;
    m_rowAxis->setCurrentIndex(rowAxis);
    if (m_columnAxis && columnAxis >= 0)
        m_columnAxis->setCurrentIndex(columnAxis);
    for (size_t k = 0; k < m_indexSpins.size() && k < fixed.size(); ++k)
        m_indexSpins[k]->setValue(static_cast<int>(std::min<uint64_t>(fixed[k], INT32_MAX)));
    m_updating = false;
    applySlice();
}

QString ArrayView::statisticsText() const
{
    return m_stats->text();
}

void ArrayView::startStatistics()
{
    m_stats->setText(tr("Computing statistics…"));
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_statsCancel = cancel;
    auto array = m_array;
    auto file = m_file; // keeps the mapped bytes alive while the worker reads them
    // The worker never touches the view: it may be gone (closed) before the worker ends.
    const QPointer<ArrayView> self(this);
    QThread *thread = QThread::create([self, cancel, array, file] {
        const ArrayStatistics stats = computeStatistics(*array, cancel.get());
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(
            qApp,
            [self, stats, cancel] {
                if (!self || cancel->load())
                    return;
                if (!stats.numeric) {
                    self->m_stats->setText(QString());
                } else {
                    const QLocale locale;
                    auto num = [](double v) {
                        return QString::number(v, 'g', 8);
                    };
                    self->m_stats->setText(
                        tr("min %1 · max %2 · mean %3 · std %4 · NaN %5 of %6")
                            .arg(num(stats.min), num(stats.max), num(stats.mean), num(stats.std),
                                 locale.toString(static_cast<qulonglong>(stats.nanCount)),
                                 locale.toString(static_cast<qulonglong>(stats.count))));
                }
                Q_EMIT self->statisticsReady();
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_statsThread = thread;
    thread->start(QThread::LowPriority);
}

void ArrayView::stopStatistics()
{
    if (m_statsCancel)
        m_statsCancel->store(true);
    // Never wait on the GUI thread: the worker reads only what it holds and ends by itself.
    retireThread(m_statsThread);
    m_statsThread = nullptr;
}

} // namespace ps::gui
