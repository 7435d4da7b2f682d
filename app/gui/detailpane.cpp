// SPDX-License-Identifier: MIT
#include "detailpane.h"

#include "arrayview.h"
#include "chartpanel.h"
#include "dataframeview.h"
#include "estimatorcard.h"
#include "insight/axis_names.h"
#include "insight/overview.h"
#include "objecttreemodel.h"
#include "path/path.h"
#include "present/children.h"
#include "present/python_type.h"
#include "present/summary.h"
#include "present/table.h"
#include "qtstrings.h"
#include "treediagrampanel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace ps::gui {

namespace {

/// Bars of the model overview's chart (it is seen whole, beside the overview).
constexpr int kOverviewTopN = 10;

/// Bytes of a long str/bytes value shown in full before the text view cuts it.
constexpr size_t kMaxTextBytes = 4 * 1024 * 1024;

QString hexDump(std::string_view bytes, size_t limit)
{
    QString out;
    const size_t n = std::min(bytes.size(), limit);
    for (size_t row = 0; row < n; row += 16) {
        out += QStringLiteral("%1  ").arg(row, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (size_t i = row; i < row + 16; ++i) {
            if (i < n) {
                const auto byte = static_cast<unsigned char>(bytes[i]);
                out += QStringLiteral("%1 ").arg(byte, 2, 16, QLatin1Char('0'));
                ascii += byte >= 0x20 && byte < 0x7f ? QLatin1Char(static_cast<char>(byte))
                                                     : QLatin1Char('.');
            } else {
                out += QStringLiteral("   ");
            }
        }
        out += QLatin1Char(' ') + ascii + QLatin1Char('\n');
    }
    return out;
}

} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);

    auto *pathRow = new QHBoxLayout;
    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copyButton
        = new QPushButton(QIcon(QStringLiteral(":/icons/actions/copy.svg")), QString(), this);
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_copyButton);
    layout->addLayout(pathRow);
    connect(m_copyButton, &QPushButton::clicked, this, &DetailPane::copyPathRequested);
    connect(m_pathEdit, &QLineEdit::returnPressed, this,
            [this] { Q_EMIT pathEntered(m_root, m_pathEdit->text()); });
    m_pathError = new QLabel(this);
    m_pathError->setWordWrap(true);
    m_pathError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pathError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_pathError->hide();
    layout->addWidget(m_pathError);

    auto *form = new QFormLayout;
    m_typeLabel = new QLabel(this);
    m_typeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bytesLabel = new QLabel(this);
    m_bytesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long values wrap instead of widening the pane (the tree keeps its room).
    m_typeLabel->setWordWrap(true);
    m_bytesLabel->setWordWrap(true);
    // Captions of their own: QFormLayout creates no label for an empty text, so a caption
    // given as text could never be filled in by retranslateUi().
    m_typeCaption = new QLabel(this);
    m_bytesCaption = new QLabel(this);
    m_typeCaption->setBuddy(m_typeLabel);
    m_bytesCaption->setBuddy(m_bytesLabel);
    form->addRow(m_typeCaption, m_typeLabel);
    form->addRow(m_bytesCaption, m_bytesLabel);
    layout->addLayout(form);

    auto *noteRow = new QHBoxLayout;
    m_noteLabel = new QLabel(this);
    m_noteLabel->setWordWrap(true);
    m_originalButton
        = new QPushButton(QIcon(QStringLiteral(":/icons/actions/goto.svg")), QString(), this);
    noteRow->addWidget(m_noteLabel, 1);
    noteRow->addWidget(m_originalButton);
    layout->addLayout(noteRow);
    connect(m_originalButton, &QPushButton::clicked, this,
            [this] { Q_EMIT goToOriginalRequested(m_node); });

    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_array = new ArrayView(this);
    connect(m_array, &ArrayView::problem, this, &DetailPane::statusMessage);
    m_card = new QTextBrowser(this);
    m_card->setOpenLinks(false);
    // The first screen of a model: what it is (the overview) over its most telling chart.
    auto *overview = new QSplitter(Qt::Vertical, this);
    m_overview = new QTextBrowser(overview);
    m_overview->setOpenLinks(false);
    m_overviewChart = new ChartPanel(overview);
    overview->addWidget(m_overview);
    overview->addWidget(m_overviewChart);
    // The first screen shows the whole chart: its ten largest bars (the Chart tab has the
    // top 20, and the spin box more), and the chart gets the larger part of the pane.
    m_overviewChart->topNBox()->setValue(kOverviewTopN);
    overview->setStretchFactor(0, 2);
    overview->setStretchFactor(1, 3);
    overview->setChildrenCollapsible(false);
    m_overviewPage = overview;
    connect(m_overviewChart, &ChartPanel::statusMessage, this, &DetailPane::statusMessage);
    connect(m_overview, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("path"))
            Q_EMIT navigateRequested(m_root, QUrl::fromPercentEncoding(url.path().toUtf8()));
    });
    connect(m_card, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("path")) {
            Q_EMIT navigateRequested(m_root, QUrl::fromPercentEncoding(url.path().toUtf8()));
        } else if (url.scheme() == QLatin1String("chart") && m_file) {
            const QStringList parts = url.path().split(QLatin1Char(':'));
            if (parts.size() == 2) {
                m_chart->showParameter(m_file, parts[0].toULongLong(), parts[1].toULongLong());
                m_tabs->setTabEnabled(1, m_chart->hasChart());
                showChartTab(true);
            }
        }
    });
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_array);
    m_stack->addWidget(m_card);
    m_stack->addWidget(m_overviewPage);
    m_table = new DataFrameView(this);
    m_stack->addWidget(m_table);
    m_chart = new ChartPanel(this);
    connect(m_chart, &ChartPanel::statusMessage, this, &DetailPane::statusMessage);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_stack, QString());
    m_tabs->addTab(m_chart, QIcon(QStringLiteral(":/icons/actions/chart.svg")), QString());
    layout->addWidget(m_tabs, 1);
    setupTreeTab();
    retranslateUi();
    clear();
}

void DetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_tabs)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DetailPane::retranslateUi()
{
    m_pathEdit->setToolTip(tr("The path as a Python expression after the loaded object "
                              "(also accepted by picklescope-cli get). Type or paste a path "
                              "and press Enter to go there (Ctrl+L)."));
    m_pathEdit->setAccessibleName(tr("Path"));
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setToolTip(tr("Copy the path (Ctrl+C)"));
    m_typeCaption->setText(tr("Type:"));
    m_bytesCaption->setText(tr("Bytes:"));
    m_originalButton->setText(tr("Go to original"));
    m_empty->setText(tr("Select an object in the tree to see its value."));
    m_tabs->setTabText(0, tr("Value"));
    m_tabs->setTabText(1, tr("Chart"));
    retranslateTreeTab();
}

void DetailPane::setFile(LoadedFilePtr file)
{
    m_file = std::move(file);
    clear();
}

void DetailPane::showPage(Page page)
{
    m_page = page;
    switch (page) {
    case Page::Empty:
        m_stack->setCurrentWidget(m_empty);
        break;
    case Page::Text:
        m_stack->setCurrentWidget(m_text);
        break;
    case Page::Array:
        m_stack->setCurrentWidget(m_array);
        break;
    case Page::Card:
        m_stack->setCurrentWidget(m_card);
        break;
    case Page::Overview:
        m_stack->setCurrentWidget(m_overviewPage);
        break;
    case Page::Table:
        m_stack->setCurrentWidget(m_table);
        break;
    }
}

void DetailPane::clear()
{
    m_node = kNoNode;
    m_path.clear();
    m_pathEdit->clear();
    showPathError(QString());
    m_typeLabel->clear();
    m_bytesLabel->clear();
    m_noteLabel->clear();
    m_noteLabel->hide();
    m_originalButton->hide();
    m_copyButton->setEnabled(false);
    m_array->setArray(nullptr, nullptr);
    m_table->setTable(nullptr, nullptr);
    m_chart->clear();
    m_overviewChart->clear();
    m_tabs->setTabEnabled(1, false);
    updateTreeTab(kNoNode, 0, QString());
    showPage(Page::Empty);
}

void DetailPane::focusPath()
{
    m_pathEdit->setFocus(Qt::ShortcutFocusReason);
    m_pathEdit->selectAll();
}

void DetailPane::showPathError(const QString &message)
{
    m_pathError->setText(message);
    m_pathError->setVisible(!message.isEmpty());
}

void DetailPane::showChartTab(bool chart)
{
    m_tabs->setCurrentIndex(chart && m_tabs->isTabEnabled(1) ? 1 : 0);
}

bool DetailPane::chartTabShown() const
{
    return m_tabs->currentIndex() == 1;
}

void DetailPane::updateChart(NodeId node, const Resolved &resolved)
{
    const auto final
        = m_path.isEmpty() ? insight::finalEstimator(m_file->estimators, m_root) : std::nullopt;
    if (final) {
        m_chart->showEstimator(m_file, *final);
    } else if (auto e = m_file->estimatorOfNode.find(node); e != m_file->estimatorOfNode.end()) {
        m_chart->showEstimator(m_file, e->second);
    } else if (auto p = m_file->parameterOfNode.find(node); p != m_file->parameterOfNode.end()) {
        m_chart->showParameter(m_file, p->second.first, p->second.second);
    } else if (resolved.array && resolved.array->dtype && resolved.array->ndim() >= 1
               && resolved.array->ndim() <= 2 && !resolved.array->dtype->isStructured()
               && std::string_view("biuf").find(resolved.array->dtype->kind)
                      != std::string_view::npos) {
        m_chart->showArray(m_file, resolved.array, m_path.isEmpty() ? tr("(root)") : m_path);
    } else {
        m_chart->clear();
    }
    const bool has = m_chart->hasChart();
    m_tabs->setTabEnabled(1, has);
    if (!has)
        m_tabs->setCurrentIndex(0);
}

QString DetailPane::byteRangeText(NodeId node) const
{
    const Document &doc = *m_file->document;
    const Node &n = doc.graph().node(node);
    const auto bytes = ObjectTreeModel::fileBytes(doc, node);
    if (bytes.total() == 0)
        return tr("none in the file (a value typed in, not saved yet)");
    const auto &streams = doc.streams();
    QString stream = n.stream < streams.size() ? toQString(streams[n.stream].name) : QString();
    // The engine's "pickle N …" in the UI language, as the tree names the pickles.
    static const QRegularExpression pickle(QStringLiteral("\\Apickle (\\d+)"));
    if (const auto m = pickle.match(stream); m.hasMatch())
        stream.replace(0, m.capturedLength(),
                       ObjectTreeModel::pickleName(m.captured(1).toULongLong()));
    const QLocale locale;
    QString text
        = tr("%1, bytes %2–%3 (%4)")
              .arg(stream, locale.toString(static_cast<qulonglong>(n.begin)),
                   locale.toString(static_cast<qulonglong>(n.end)), formatBytes(bytes.opcodes));
    // Joblib and torch store an array's data after the opcodes that describe it: the total
    // is what the tree's Size column says.
    if (bytes.data > 0)
        text += QStringLiteral(" + ")
                + tr("%1 of array data, %2 in all")
                      .arg(formatBytes(bytes.data), formatBytes(bytes.total()));
    return text;
}

void DetailPane::showNode(NodeId node, uint32_t root, const QString &path, bool reference)
{
    if (!m_file || node >= m_file->document->graph().size()) {
        clear();
        return;
    }
    const Document &doc = *m_file->document;
    m_node = node;
    m_root = root;
    m_path = path;
    m_pathEdit->setText(path.isEmpty() ? tr("(root)") : path);
    m_pathEdit->setCursorPosition(0);
    showPathError(QString());
    m_copyButton->setEnabled(true);
    const Resolved resolved = resolvedNode(doc, node);
    QString type = toQString(pythonType(doc, resolved));
    if (resolved.array) {
        // The dtype as numpy prints it (float64, [('a', '<i4'), …], >f8 when not native), as
        // the tree's value column says; an element's or a tensor's type as Python gives it.
        const NdArray &a = *resolved.array;
        const bool plain = a.dtype && a.torchDType.empty() && !resolved.isElement;
        type += QStringLiteral(" · ")
                + toQString(plain ? a.dtype->describe() : pythonDType(doc, resolved));
    }
    m_typeLabel->setText(type);
    m_bytesLabel->setText(byteRangeText(node));

    QStringList notes;
    const bool shared = (doc.graph().node(node).flags & FlagShared) != 0;
    if (reference)
        notes << tr("The same object as one shown elsewhere in the tree (shared, or a cycle "
                    "back to an enclosing object).");
    else if (shared)
        notes << tr("Shared: Python loads one object that is reached from several places.");
    for (size_t i : m_file->security.findingsFor(node)) {
        const auto &finding = m_file->security.findings[i];
        if (finding.severity == security::Severity::Dangerous)
            notes << tr("<b style=\"color:#c62828\">Dangerous:</b> loading runs <code>%1</code>")
                         .arg(toQString(finding.expression).toHtmlEscaped());
    }
    m_noteLabel->setText(notes.join(QStringLiteral("<br>")));
    m_noteLabel->setVisible(!notes.isEmpty());
    m_originalButton->setVisible(reference || shared);

    updateChart(node, resolved);
    updateTreeTab(node, root, path);
    const Interpretation *in = doc.interpretation(node);
    if (resolved.array && resolved.array->dtype && resolved.array->dtype->kind != 'O') {
        m_array->setArray(m_file, resolved.array);
        const insight::AxisNames names = insight::arrayAxisNames(
            doc, m_file->estimators, root, toStdString(path), resolved.array->shape);
        std::vector<QStringList> axes;
        for (const auto &axis : names.axes) {
            QStringList list;
            for (const auto &name : axis)
                list << toQString(name);
            axes.push_back(list);
        }
        m_array->setAxisNames(std::move(axes));
        m_array->setEditTarget(m_editor, root, path);
        showPage(Page::Array);
        return;
    }
    m_array->setArray(nullptr, nullptr);
    if (path.isEmpty()) {
        if (const QString overview = modelOverviewHtml(*m_file, root); !overview.isEmpty()) {
            m_overview->setHtml(overview);
            if (const auto final = insight::finalEstimator(m_file->estimators, root))
                m_overviewChart->showEstimator(m_file, *final);
            else
                m_overviewChart->clear();
            showPage(Page::Overview);
            return;
        }
    }
    if (auto table = tableOf(doc, node)) {
        m_table->setTable(m_file, std::make_shared<const Table>(std::move(*table)));
        showPage(Page::Table);
        return;
    }
    m_table->setTable(nullptr, nullptr);
    if (in && in->what == Recognised::Estimator) {
        m_card->setHtml(estimatorCardHtml(*m_file, node, path));
        showPage(Page::Card);
        return;
    }
    const NodeId target = followAlias(doc, node);
    const Node &n = doc.graph().node(target);
    switch (n.kind) {
    case Kind::Str: {
        const std::string_view text = doc.graph().text(target);
        QString shown = toQString(text.substr(0, kMaxTextBytes));
        if (text.size() > kMaxTextBytes)
            shown += QLatin1Char('\n') + tr("[… %1 more bytes]").arg(text.size() - kMaxTextBytes);
        m_text->setPlainText(shown);
        showPage(Page::Text);
        return;
    }
    case Kind::Bytes:
    case Kind::ByteArray:
    case Kind::Py2String: {
        const std::string_view bytes = doc.graph().text(target);
        QString shown
            = tr("%n byte(s)", nullptr, static_cast<int>(std::min<size_t>(bytes.size(), INT32_MAX)))
              + QStringLiteral("\n\n") + hexDump(bytes, kMaxTextBytes / 4);
        m_text->setPlainText(shown);
        showPage(Page::Text);
        return;
    }
    case Kind::None:
    case Kind::Bool:
    case Kind::Int:
    case Kind::BigInt:
    case Kind::Float:
        m_text->setPlainText(toQString(pythonRepr(doc, target)));
        showPage(Page::Text);
        return;
    default:
        break;
    }
    m_card->setHtml(overviewHtml(*m_file, node, path));
    showPage(Page::Card);
}

// The Tree tab: kept apart from the rest of the pane.

void DetailPane::setupTreeTab()
{
    m_treePanel = new TreeDiagramPanel(this);
    connect(m_treePanel, &TreeDiagramPanel::statusMessage, this, &DetailPane::statusMessage);
    m_treeTab = m_tabs->addTab(m_treePanel, QIcon(QStringLiteral(":/icons/actions/expand-all.svg")),
                               QString());
    connect(m_tabs->tabBar(), &QTabBar::tabBarClicked, this,
            [this](int index) { m_treeWanted = index == m_treeTab; });
}

void DetailPane::retranslateTreeTab()
{
    m_tabs->setTabText(m_treeTab, tr("Tree"));
    m_tabs->setTabToolTip(m_treeTab, tr("The diagram of a decision tree, of a tree_, or of one "
                                        "tree of a forest or boosting model"));
}

void DetailPane::updateTreeTab(NodeId node, uint32_t root, const QString &path)
{
    const bool has = node != kNoNode && m_treePanel->showObject(m_file, node, root, path);
    if (node == kNoNode)
        m_treePanel->clear();
    m_tabs->setTabEnabled(m_treeTab, has);
    if (has && m_treeWanted)
        m_tabs->setCurrentIndex(m_treeTab);
    else if (!has && m_tabs->currentIndex() == m_treeTab)
        m_tabs->setCurrentIndex(0);
}

void DetailPane::showTreeTab()
{
    if (m_tabs->isTabEnabled(m_treeTab)) {
        m_treeWanted = true;
        m_tabs->setCurrentIndex(m_treeTab);
    }
}

bool DetailPane::treeTabShown() const
{
    return m_tabs->currentIndex() == m_treeTab;
}

bool DetailPane::treeTabEnabled() const
{
    return m_tabs->isTabEnabled(m_treeTab);
}

bool DetailPane::selectArrayRow(quint64 row)
{
    QTableView *table = m_array ? m_array->table() : nullptr;
    if (!table || !table->model() || m_stack->currentWidget() != m_array
        || row >= static_cast<quint64>(table->model()->rowCount()))
        return false;
    m_tabs->setCurrentIndex(0); // the Value tab (an array may open on its chart)
    const QModelIndex cell = table->model()->index(static_cast<int>(row), 0);
    table->selectRow(static_cast<int>(row));
    table->scrollTo(cell, QAbstractItemView::PositionAtCenter);
    table->setCurrentIndex(cell);
    return true;
}

} // namespace ps::gui
