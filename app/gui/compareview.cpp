// SPDX-License-Identifier: MIT
#include "compareview.h"

#include "comparecolours.h"
#include "comparedetail.h"
#include "comparetreemodel.h"
#include "deltachart.h"
#include "qtstrings.h"
#include "settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace ps::gui {

namespace {
// Declared where used: the compare view's layout.
inline const Setting<QByteArray> verticalSplitterState{"compare/verticalSplitter", {}};
inline const Setting<QByteArray> treeSplitterState{"compare/treeSplitter", {}};
inline const Setting<QByteArray> detailSplitterState{"compare/detailSplitter", {}};
inline const Setting<int> bottomTabShown{"compare/bottomTab", 0};

/// Changes whose rows are revealed (ancestors expanded) when the view opens.
constexpr size_t kRevealedChanges = 40;
/// Summary lines shown above the trees (the report has all of them).
constexpr size_t kSummaryLines = 200;

QString categoryText(diff::Category category)
{
    switch (category) {
    case diff::Category::Format:
        return CompareView::tr("format");
    case diff::Category::Version:
        return CompareView::tr("version");
    case diff::Category::Estimator:
        return CompareView::tr("estimator");
    case diff::Category::HyperParameter:
        return CompareView::tr("hyper-parameter");
    case diff::Category::Features:
        return CompareView::tr("features");
    case diff::Category::Learned:
        return CompareView::tr("learned");
    case diff::Category::Trees:
        return CompareView::tr("trees");
    case diff::Category::Importances:
        return CompareView::tr("importances");
    }
    return {};
}

QString factsText(const diff::FileFacts &facts)
{
    QString text = toQString(facts.format) + QStringLiteral(" · ")
                   + CompareView::tr("protocol %1").arg(facts.protocol);
    if (facts.compression != "none")
        text += QStringLiteral(" · ") + toQString(facts.compression);
    return text + QStringLiteral(" · ") + formatBytes(facts.fileSize);
}

QString legendStyle(RowStatus status, const QPalette &palette)
{
    const auto background = CompareColours::background(status, palette);
    const QColor accent = CompareColours::accent(status);
    return QStringLiteral("QLabel { background: %1; border: 1px solid %2; border-radius: 3px; "
                          "padding: 1px 6px; color: %3; }")
        .arg(background ? background->name() : palette.color(QPalette::Base).name(), accent.name(),
             palette.color(QPalette::Text).name());
}
} // namespace

CompareView::CompareView(CompareResultPtr result, QWidget *parent)
    : QWidget(parent)
    , m_result(std::move(result))
{
    m_model = new CompareTreeModel(m_result, this);
    buildUi();
    syncTrees();
    if (const QByteArray state = verticalSplitterState.get(); !state.isEmpty())
        m_vertical->restoreState(state);
    else
        m_vertical->setSizes({420, 400});
    if (const QByteArray state = treeSplitterState.get(); !state.isEmpty())
        m_treeSplitter->restoreState(state);
    if (const QByteArray state = detailSplitterState.get(); !state.isEmpty())
        m_detail->splitter()->restoreState(state);
    m_bottom->setCurrentIndex(std::clamp(bottomTabShown.get(), 0, m_bottom->count() - 1));
    revealDifferences();
}

CompareView::~CompareView() = default;

void CompareView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    m_summary = new QTextBrowser(this);
    m_summary->setOpenLinks(false);
    m_summary->setMaximumHeight(fontMetrics().height() * 9);
    m_summary->setHtml(summaryHtml());
    connect(m_summary, &QTextBrowser::anchorClicked, this, &CompareView::openLink);
    layout->addWidget(m_summary);

    auto *bar = new QHBoxLayout;
    m_previous = new QToolButton(this);
    m_previous->setText(tr("Previous"));
    m_previous->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_previous->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_previous->setToolTip(tr("Previous difference (Shift+F7)"));
    m_next = new QToolButton(this);
    m_next->setText(tr("Next"));
    m_next->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_next->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_next->setToolTip(tr("Next difference (F7)"));
    m_onlyDifferences = new QCheckBox(tr("Show only differences"), this);
    m_onlyDifferences->setToolTip(
        tr("Hide the rows that are equal in both files and contain no difference"));
    connect(m_previous, &QToolButton::clicked, this, &CompareView::previousDifference);
    connect(m_next, &QToolButton::clicked, this, &CompareView::nextDifference);
    connect(m_onlyDifferences, &QCheckBox::toggled, this, &CompareView::setOnlyDifferences);
    const bool any = !m_result->diff.changes.empty();
    m_previous->setEnabled(any);
    m_next->setEnabled(any);
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addWidget(m_onlyDifferences);
    bar->addStretch(1);
    bar->addWidget(buildLegend());
    layout->addLayout(bar);

    m_vertical = new QSplitter(Qt::Vertical, this);
    m_treeSplitter = new QSplitter(Qt::Horizontal, m_vertical);
    const diff::FileFacts *facts[2]
        = {&m_result->diff.format.oldFile, &m_result->diff.format.newFile};
    const LoadedFilePtr files[2] = {m_result->oldFile, m_result->newFile};
    for (int s = 0; s < 2; ++s) {
        auto *side = new QWidget(m_treeSplitter);
        auto *sideLayout = new QVBoxLayout(side);
        sideLayout->setContentsMargins(0, 0, 0, 0);
        sideLayout->setSpacing(2);
        m_titles[s] = new QLabel(side);
        m_titles[s]->setTextFormat(Qt::RichText);
        m_titles[s]->setText(QStringLiteral("<b>%1</b> %2 <span style=\"color:gray\">%3</span>")
                                 .arg(s == 0 ? tr("Old:") : tr("New:"),
                                      QFileInfo(files[s]->path).fileName().toHtmlEscaped(),
                                      factsText(*facts[s]).toHtmlEscaped()));
        m_titles[s]->setToolTip(files[s]->path);
        auto *tree = new QTreeView(side);
        tree->setObjectName(s == 0 ? QStringLiteral("oldTree") : QStringLiteral("newTree"));
        tree->setModel(m_model);
        tree->setUniformRowHeights(true);
        tree->setAlternatingRowColors(false); // the difference colours are the row colours
        tree->setSelectionMode(QAbstractItemView::SingleSelection);
        tree->setSelectionBehavior(QAbstractItemView::SelectRows);
        tree->header()->setStretchLastSection(true);
        const int first = s == 0 ? CompareTreeModel::OldName : CompareTreeModel::NewName;
        for (int c = 0; c < CompareTreeModel::ColumnCount; ++c)
            tree->setColumnHidden(c, c < first || c >= first + 3);
        tree->setTreePosition(first);
        tree->setColumnWidth(first, 260);
        tree->setColumnWidth(first + 1, 100);
        sideLayout->addWidget(m_titles[s]);
        sideLayout->addWidget(tree, 1);
        m_treeSplitter->addWidget(side);
        m_trees[s] = tree;
    }
    // One selection for both trees: the current row is the same row on both sides.
    QItemSelectionModel *own = m_trees[1]->selectionModel();
    m_trees[1]->setSelectionModel(m_trees[0]->selectionModel());
    delete own;

    m_bottom = new QTabWidget(m_vertical);
    m_detail = new CompareDetail(m_bottom);
    m_detail->setResult(m_result);
    connect(m_detail, &CompareDetail::statusMessage, this, &CompareView::statusMessage);
    m_bottom->addTab(m_detail, tr("Values"));
    m_chart = new DeltaChart(m_bottom);
    m_chart->setResult(m_result);
    m_bottom->addTab(m_chart, QIcon(QStringLiteral(":/icons/actions/chart.svg")),
                     tr("Delta Chart"));
    m_report = new QPlainTextEdit(m_bottom);
    m_report->setReadOnly(true);
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_report->setPlainText(textReport());
    m_bottom->addTab(m_report, tr("Report"));
    m_vertical->addWidget(m_treeSplitter);
    m_vertical->addWidget(m_bottom);
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 2);
    layout->addWidget(m_vertical, 1);

    connect(m_trees[0]->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
}

QWidget *CompareView::buildLegend()
{
    auto *legend = new QWidget(this);
    legend->setObjectName(QStringLiteral("legend"));
    auto *row = new QHBoxLayout(legend);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Legend:"), legend));
    for (RowStatus status : {RowStatus::Changed, RowStatus::TypeChanged, RowStatus::Added,
                             RowStatus::Removed, RowStatus::Absent}) {
        auto *chip = new QLabel(CompareColours::name(status), legend);
        chip->setProperty("status", static_cast<int>(status));
        chip->setStyleSheet(legendStyle(status, palette()));
        row->addWidget(chip);
    }
    auto *contains
        = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("bold: differences inside")), legend);
    row->addWidget(contains);
    return legend;
}

void CompareView::syncTrees()
{
    for (int s = 0; s < 2; ++s) {
        QTreeView *self = m_trees[s];
        QTreeView *other = m_trees[1 - s];
        connect(self, &QTreeView::expanded, this, [this, other](const QModelIndex &index) {
            if (m_syncing)
                return;
            m_syncing = true;
            other->expand(index);
            m_syncing = false;
        });
        connect(self, &QTreeView::collapsed, this, [this, other](const QModelIndex &index) {
            if (m_syncing)
                return;
            m_syncing = true;
            other->collapse(index);
            m_syncing = false;
        });
        connect(self->verticalScrollBar(), &QScrollBar::valueChanged, other->verticalScrollBar(),
                &QScrollBar::setValue);
    }
}

QString CompareView::summaryHtml() const
{
    const diff::DiffResult &r = m_result->diff;
    const QColor green = CompareColours::accent(RowStatus::Added);
    const QColor amber = CompareColours::accent(RowStatus::Changed);
    QString html;
    if (r.equal) {
        html += QStringLiteral("<p><b style=\"color:%1\">✔ %2</b></p>")
                    .arg(green.name(), tr("The two files hold the same values.").toHtmlEscaped());
    } else {
        QString head = tr("%n difference(s)", nullptr,
                          static_cast<int>(std::min<uint64_t>(r.changeCount, INT32_MAX)));
        if (r.truncated)
            head += QStringLiteral(" ") + tr("(the first %1 are listed)").arg(r.changes.size());
        html += QStringLiteral("<p><b style=\"color:%1\">● %2</b></p>")
                    .arg(amber.name(), head.toHtmlEscaped());
    }
    if (!r.format.differences.empty()) {
        QStringList parts;
        for (const std::string &d : r.format.differences)
            parts << toQString(d).toHtmlEscaped();
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Format: %1 — how the file is stored, not what it holds.")
                             .arg(parts.join(QStringLiteral(", "))));
    }
    QStringList items;
    for (size_t i = 0; i < r.summary.size() && i < kSummaryLines; ++i) {
        const diff::SummaryItem &item = r.summary[i];
        if (item.category == diff::Category::Format)
            continue; // said above
        QString line = QStringLiteral("<span style=\"color:gray\">%1</span> %2")
                           .arg(categoryText(item.category).toHtmlEscaped(),
                                toQString(item.text).toHtmlEscaped());
        if (!item.path.empty() || item.category != diff::Category::Version) {
            QUrl url;
            url.setScheme(QStringLiteral("path"));
            url.setPath(QStringLiteral("%1:%2").arg(item.root).arg(toQString(item.path)));
            line += QStringLiteral(" <a href=\"%1\">%2</a>")
                        .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), tr("show"));
        }
        items << QStringLiteral("<li>%1</li>").arg(line);
    }
    if (!items.isEmpty())
        html += QStringLiteral("<ul style=\"margin-top:0\">%1</ul>").arg(items.join(QString()));
    if (items.isEmpty() && !r.equal)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("No scikit-learn estimator changed. Every change is in the Report "
                            "tab; F7 and Shift+F7 go from one to the next.")
                             .toHtmlEscaped());
    if (r.summary.size() > kSummaryLines)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("… and %1 more lines in the report.")
                             .arg(r.summary.size() - kSummaryLines));
    return html;
}

void CompareView::openLink(const QUrl &url)
{
    if (url.scheme() != QLatin1String("path"))
        return;
    const QString target = url.path();
    const qsizetype colon = target.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return;
    const auto root = static_cast<uint32_t>(target.left(colon).toUInt());
    const std::string path = target.mid(colon + 1).toStdString();
    QModelIndex index = m_model->indexForPath(CompareTreeModel::Side::Old, root, path);
    if (m_model->pathOf(index, CompareTreeModel::Side::Old) != path)
        index = m_model->indexForPath(CompareTreeModel::Side::New, root, path);
    if (!index.isValid())
        return;
    for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
        m_trees[0]->expand(up);
    m_trees[0]->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                             | QItemSelectionModel::Rows);
    m_trees[0]->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void CompareView::revealDifferences()
{
    const auto &changes = m_result->diff.changes;
    m_syncing = false;
    for (size_t i = 0; i < changes.size() && i < kRevealedChanges; ++i) {
        const QModelIndex index = m_model->indexForChange(i);
        for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
            m_trees[0]->expand(up);
    }
    if (!changes.empty()) {
        showChange(0);
        // Centre it again once the trees are laid out (they have no height before).
        QTimer::singleShot(0, this, [this] {
            const QModelIndex current = m_trees[0]->currentIndex();
            if (current.isValid())
                m_trees[0]->scrollTo(current, QAbstractItemView::PositionAtCenter);
        });
    } else if (const QModelIndex first = m_model->index(0, 0); first.isValid())
        m_trees[0]->expand(first);
}

bool CompareView::showChange(size_t change)
{
    const QModelIndex index = m_model->indexForChange(change);
    if (!index.isValid())
        return false;
    for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
        m_trees[0]->expand(up); // the other tree follows
    m_trees[0]->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                             | QItemSelectionModel::Rows);
    m_trees[0]->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_trees[1]->scrollTo(index.siblingAtColumn(CompareTreeModel::NewName),
                         QAbstractItemView::PositionAtCenter);
    m_currentChange = static_cast<int>(change);
    const size_t total = m_result->diff.changes.size();
    Q_EMIT statusMessage(tr("Difference %1 of %2").arg(change + 1).arg(total));
    return true;
}

void CompareView::nextDifference()
{
    const auto total = static_cast<int>(m_result->diff.changes.size());
    if (total == 0) {
        Q_EMIT statusMessage(tr("The files hold the same values."));
        return;
    }
    showChange(static_cast<size_t>((m_currentChange + 1) % total));
}

void CompareView::previousDifference()
{
    const auto total = static_cast<int>(m_result->diff.changes.size());
    if (total == 0) {
        Q_EMIT statusMessage(tr("The files hold the same values."));
        return;
    }
    showChange(static_cast<size_t>(m_currentChange <= 0 ? total - 1 : m_currentChange - 1));
}

void CompareView::setOnlyDifferences(bool only)
{
    if (m_onlyDifferences->isChecked() != only) {
        m_onlyDifferences->setChecked(only); // toggled() calls back here
        return;
    }
    if (m_model->onlyDifferences() == only)
        return;
    const int current = m_currentChange;
    m_model->setOnlyDifferences(only);
    revealDifferences();
    if (current >= 0)
        showChange(static_cast<size_t>(current));
}

void CompareView::onCurrentChanged(const QModelIndex &current)
{
    m_detail->showRow(m_model, current);
    const int change = m_model->changeOf(current);
    if (change >= 0)
        m_currentChange = change;
}

void CompareView::showBottomTab(BottomTab tab)
{
    m_bottom->setCurrentIndex(static_cast<int>(tab));
}

QString CompareView::textReport() const
{
    return toQString(diff::textReport(m_result->diff));
}

QString CompareView::jsonReport() const
{
    return toQString(diff::jsonReport(m_result->diff, true));
}

bool CompareView::exportReport(const QString &path, QString *error) const
{
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    const QByteArray bytes = (json ? jsonReport() : textReport()).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void CompareView::copyReport() const
{
    QApplication::clipboard()->setText(textReport());
}

void CompareView::saveLayout() const
{
    verticalSplitterState.set(m_vertical->saveState());
    treeSplitterState.set(m_treeSplitter->saveState());
    detailSplitterState.set(m_detail->splitter()->saveState());
    bottomTabShown.set(m_bottom->currentIndex());
}

} // namespace ps::gui
