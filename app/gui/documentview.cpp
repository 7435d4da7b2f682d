// SPDX-License-Identifier: MIT
#include "documentview.h"

#include "detailpane.h"
#include "documenteditor.h"
#include "findingsmodel.h"
#include "globalsmodel.h"
#include "insight/feature_names.h"
#include "insight/overview.h"
#include "objecttreemodel.h"
#include "objecttreeview.h"
#include "opcodemodel.h"
#include "path/path.h"
#include "present/children.h"
#include "qtstrings.h"
#include "resolve/resolve.h"
#include "securitysummary.h"
#include "settings.h"
#include "treediagrampanel.h"
#include "treeediting.h"
#include "treefilterproxy.h"
#include "treesearch.h"
#include "uniformtableview.h"
#include "workerthreads.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QQueue>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTreeView>
#include <QUndoView>
#include <QVBoxLayout>

namespace ps::gui {

namespace {
constexpr int kSearchDelayMs = 250;
constexpr int kExpandBudget = 3000;
constexpr size_t kMaxSearchMatches = 2000;
constexpr size_t kExpandedMatches = 300;

QTableView *makeTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

/// The opcode listing: millions of rows, all of one height, no row labels. A QTableView would
/// keep a header section per row (~16 bytes each, also when that header is hidden).
UniformTableView *makeListing(QWidget *parent)
{
    auto *view = new UniformTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setAlternatingRowColors(true);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

QFrame *makeBanner(QWidget *parent, const QString &background, const QString &border)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setStyleSheet(QStringLiteral("QFrame { background: %1; border: 1px solid %2; "
                                        "border-radius: 4px; } QLabel { border: none; "
                                        "color: #1a1a1a; }")
                             .arg(background, border));
    return frame;
}
} // namespace

DocumentView::DocumentView(LoadedFilePtr file, QWidget *parent)
    : QWidget(parent)
    , m_file(std::move(file))
    , m_index(m_file->treeIndex)
{
    buildUi();
    buildBanners();
    restoreLayout();
    // Open on the first root, expanded down to its estimators: what the file is shows at once.
    const QModelIndex first = m_proxy->index(0, 0);
    if (first.isValid()) {
        m_tree->expand(first);
        expandToEstimators();
        m_tree->setCurrentIndex(first);
    }
}

void DocumentView::expandToEstimators()
{
    constexpr size_t kMaxExpanded = 64;
    const insight::Outline outline = insight::outline(m_file->estimators, 0);
    const auto &all = m_file->estimators;
    // Down to the estimators a model is made of (a Pipeline's steps, a ColumnTransformer's
    // transformers), not into an estimator's own parts (a vectorizer's inner transformer).
    auto revealed = [&](size_t index) {
        for (int32_t p = all[index].parent; p >= 0; p = all[static_cast<size_t>(p)].parent)
            if (!insight::detail::isComposite(*m_file->document, all[static_cast<size_t>(p)].node))
                return false;
        return true;
    };
    for (size_t i = 0; i < outline.estimators.size() && i < kMaxExpanded; ++i) {
        if (!revealed(outline.estimators[i]))
            continue;
        const auto &e = all[outline.estimators[i]];
        const QModelIndex source = sourceIndexForPath(e.root, toQString(e.path));
        for (QModelIndex p = source.parent(); p.isValid(); p = p.parent())
            m_tree->expand(m_proxy->mapFromSource(p));
    }
}

DocumentView::~DocumentView()
{
    // Closing never waits: a running search reads only what it holds and ends by itself.
    if (m_searchCancel)
        m_searchCancel->store(true);
    retireThread(m_searchThread);
}

void DocumentView::stopWorkers()
{
    if (m_searchCancel)
        m_searchCancel->store(true);
    if (m_searchThread)
        m_searchThread->wait();
}

void DocumentView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    m_securityBanner = makeBanner(this, QStringLiteral("#fde0e0"), QStringLiteral("#c62828"));
    m_errorBanner = makeBanner(this, QStringLiteral("#fff3cd"), QStringLiteral("#b26a00"));
    layout->addWidget(m_securityBanner);
    layout->addWidget(m_errorBanner);
    m_securityBanner->hide();
    m_errorBanner->hide();

    // What an edit or the disk did: information bars with their action.
    m_noticeBanner = makeBanner(this, QStringLiteral("#e3f2fd"), QStringLiteral("#1565c0"));
    auto *noticeRow = new QHBoxLayout(m_noticeBanner);
    m_noticeLabel = new QLabel(m_noticeBanner);
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noticeDismiss = new QPushButton(m_noticeBanner);
    noticeRow->addWidget(m_noticeLabel, 1);
    noticeRow->addWidget(m_noticeDismiss);
    connect(m_noticeDismiss, &QPushButton::clicked, m_noticeBanner, &QWidget::hide);
    layout->addWidget(m_noticeBanner);
    m_noticeBanner->hide();
    m_fileBanner = makeBanner(this, QStringLiteral("#fff3cd"), QStringLiteral("#b26a00"));
    auto *fileRow = new QHBoxLayout(m_fileBanner);
    m_fileLabel = new QLabel(m_fileBanner);
    m_fileLabel->setWordWrap(true);
    m_reloadButton = new QPushButton(m_fileBanner);
    m_fileDismiss = new QPushButton(m_fileBanner);
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(m_reloadButton);
    fileRow->addWidget(m_fileDismiss);
    connect(m_reloadButton, &QPushButton::clicked, this, &DocumentView::reloadRequested);
    connect(m_fileDismiss, &QPushButton::clicked, m_fileBanner, &QWidget::hide);
    layout->addWidget(m_fileBanner);
    m_fileBanner->hide();

    m_verticalSplitter = new QSplitter(Qt::Vertical, this);
    m_mainSplitter = new QSplitter(Qt::Horizontal, m_verticalSplitter);

    // Left: search and tree.
    auto *left = new QWidget(m_mainSplitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(left);
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/actions/search.svg")),
                        QLineEdit::LeadingPosition);
    m_searchStatus = new QLabel(left);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_searchStatus);
    leftLayout->addLayout(searchRow);

    m_model = new ObjectTreeModel(m_file, this);
    m_proxy = new TreeFilterProxy(this);
    m_proxy->setTreeModel(m_model);
    m_tree = new ObjectTreeView(left);
    m_tree->setValueColumn(ObjectTreeModel::ValueColumn);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setExpandsOnDoubleClick(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ObjectTreeModel::ValueColumn, QHeaderView::Stretch);
    m_tree->setColumnWidth(ObjectTreeModel::NameColumn, 260);
    m_tree->setColumnWidth(ObjectTreeModel::TypeColumn, 130);
    m_tree->setColumnWidth(ObjectTreeModel::SizeColumn, 80);
    leftLayout->addWidget(m_tree, 1);

    m_detail = new DetailPane(m_mainSplitter);
    m_detail->setFile(m_file);
    m_mainSplitter->addWidget(left);
    m_mainSplitter->addWidget(m_detail);
    m_mainSplitter->setStretchFactor(0, 3);
    m_mainSplitter->setStretchFactor(1, 2);

    // Bottom: opcodes, globals, security, messages.
    m_bottom = new QTabWidget(m_verticalSplitter);
    m_opcodeModel = new OpcodeModel(m_file, this);
    m_opcodes = makeListing(m_bottom);
    m_opcodes->setModel(m_opcodeModel);
    m_opcodes->viewport()->installEventFilter(this);
    m_opcodes->setColumnHidden(OpcodeModel::PickleColumn, m_file->document->streams().size() < 2);
    m_opcodes->setColumnWidth(OpcodeModel::OffsetColumn, 150);
    m_opcodes->setColumnWidth(OpcodeModel::OpcodeColumn, 220);
    m_opcodes->setColumnWidth(OpcodeModel::ArgumentColumn, 360);
    m_bottom->addTab(m_opcodes, QString());

    m_globalsModel = new GlobalsModel(m_file, this);
    m_globals = makeTable(m_bottom);
    m_globals->setSelectionMode(QAbstractItemView::SingleSelection);
    m_globals->setModel(m_globalsModel);
    m_globals->setColumnWidth(GlobalsModel::ModuleColumn, 260);
    m_globals->setColumnWidth(GlobalsModel::NameColumn, 200);
    m_globals->setColumnWidth(GlobalsModel::UsedByColumn, 240);
    m_bottom->addTab(m_globals, QString());

    m_findingsModel = new FindingsModel(m_file, this);
    m_findings = makeTable(m_bottom);
    m_findings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findings->setModel(m_findingsModel);
    m_findings->setColumnWidth(FindingsModel::SeverityColumn, 90);
    m_findings->setColumnWidth(FindingsModel::GlobalColumn, 200);
    m_findings->setColumnWidth(FindingsModel::ExpressionColumn, 320);
    m_findings->setColumnWidth(FindingsModel::PathColumn, 220);
    const auto &report = m_file->security;
    // Nothing to list: a sentence saying so, and what was checked.
    auto *security = new QStackedWidget(m_bottom);
    security->addWidget(m_findings);
    m_securityClean = new QLabel(securityCleanText(*m_file), security);
    m_securityClean->setWordWrap(true);
    m_securityClean->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_securityClean->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_securityClean->setMargin(8);
    security->addWidget(m_securityClean);
    security->setCurrentWidget(
        m_securityClean->text().isEmpty() ? static_cast<QWidget *>(m_findings) : m_securityClean);
    m_bottom->addTab(security, securityIcon(report), QString());

    m_messages = new QPlainTextEdit(m_bottom);
    m_messages->setReadOnly(true);
    m_bottom->addTab(m_messages, QString());

    m_verticalSplitter->addWidget(m_mainSplitter);
    m_verticalSplitter->addWidget(m_bottom);
    m_verticalSplitter->setStretchFactor(0, 3);
    m_verticalSplitter->setStretchFactor(1, 1);
    layout->addWidget(m_verticalSplitter, 1);
    retranslateUi();

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &DocumentView::runSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DocumentView::onTreeSelection);
    connect(m_opcodes->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DocumentView::onOpcodeSelection);
    connect(m_globals->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DocumentView::onGlobalSelection);
    connect(m_findings->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DocumentView::onFindingSelection);
    connect(m_detail, &DetailPane::navigateRequested, this,
            [this](uint32_t root, const QString &path) { selectPath(root, path); });
    connect(m_detail, &DetailPane::goToOriginalRequested, this, &DocumentView::goToOriginal);
    connect(m_detail, &DetailPane::copyPathRequested, this, &DocumentView::copyCurrentPath);
    connect(m_detail, &DetailPane::pathEntered, this, [this](uint32_t root, const QString &path) {
        m_detail->showPathError(goToPath(root, path));
    });
    auto *focusPath = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), this);
    connect(focusPath, &QShortcut::activated, m_detail, &DetailPane::focusPath);
    connect(m_detail, &DetailPane::statusMessage, this, &DocumentView::statusMessage);
    connect(m_detail->treePanel(), &TreeDiagramPanel::showNodeInArrays, this,
            &DocumentView::showTreeNodeInArrays);
}

void DocumentView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_messages) {
        retranslateUi();
        buildBanners();
        if (m_fileBanner->isVisible())
            showFileChanged(m_offerReload);
        onTreeSelection(); // the detail pane's texts and cards in the new language
    }
    QWidget::changeEvent(event);
}

void DocumentView::retranslateUi()
{
    m_search->setToolTip(tr("Filter by name, type or value (Ctrl+F)"));
    m_search->setAccessibleName(m_search->toolTip());
    // The grey hint shown while the field is empty: the same text.
    m_search->setProperty("place"
                          "holderText",
                          m_search->toolTip());
    m_bottom->setTabText(m_bottom->indexOf(m_opcodes), tr("Opcodes"));
    m_bottom->setTabText(m_bottom->indexOf(m_globals),
                         tr("Globals (%1)").arg(m_globalsModel->rowCount()));
    const auto &report = m_file->security;
    if (!m_securityClean->text().isEmpty())
        m_securityClean->setText(securityCleanText(*m_file));
    m_bottom->setTabText(m_bottom->indexOf(m_findings->parentWidget()),
                         report.dangerous ? tr("Security (%n dangerous)", nullptr,
                                               static_cast<int>(report.dangerous))
                                          : tr("Security (%1)").arg(m_findingsModel->rowCount()));
    QStringList messages;
    const Document &doc = *m_file->document;
    if (doc.error())
        messages << tr("Error: %1").arg(toQString(doc.error()->toString()));
    for (const auto &warning : doc.warnings())
        messages << tr("Warning: %1").arg(toQString(warning));
    for (const auto &note : report.notes)
        messages << tr("Security: %1").arg(toQString(note));
    m_messages->setPlainText(messages.join(QLatin1Char('\n')));
    m_bottom->setTabText(m_bottom->indexOf(m_messages), tr("Messages (%1)").arg(messages.size()));
    if (QWidget *history = m_bottom->findChild<QWidget *>(QStringLiteral("history")))
        m_bottom->setTabText(m_bottom->indexOf(history), tr("History"));
    m_noticeDismiss->setText(tr("Dismiss"));
    m_fileDismiss->setText(tr("Dismiss"));
    m_reloadButton->setText(tr("Reload"));
    m_model->retranslate();
    // Headers are asked for their text when painted: have every table paint them again.
    for (QAbstractItemView *view :
         std::initializer_list<QAbstractItemView *>{m_tree, m_opcodes, m_globals, m_findings}) {
        QAbstractItemModel *model = view->model();
        if (model && model->columnCount() > 0)
            Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, model->columnCount() - 1);
        view->viewport()->update();
    }
}

void DocumentView::buildBanners()
{
    // Built again when the language changes: the texts are made with the banners.
    for (QFrame *banner : {m_securityBanner, m_errorBanner}) {
        qDeleteAll(banner->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
        delete banner->layout();
    }
    m_securityLabel = nullptr;
    const auto &report = m_file->security;
    if (report.dangerous > 0 || report.unknown > 0) {
        const security::Finding *first = nullptr;
        for (const auto &f : report.findings) {
            if (f.severity == security::Severity::Dangerous) {
                first = &f;
                break;
            }
        }
        auto *row = new QHBoxLayout(m_securityBanner);
        m_securityLabel = new QLabel(m_securityBanner);
        m_securityLabel->setWordWrap(true);
        m_securityLabel->setTextFormat(Qt::RichText);
        auto *icon = new QLabel(m_securityBanner);
        QString text;
        if (first) {
            icon->setPixmap(QIcon(QStringLiteral(":/icons/kinds/danger.svg")).pixmap(32, 32));
            const QString expression
                = toQString(first->expression.empty() ? first->global : first->expression);
            text = tr("<b>Loading this file in Python would run <code>%1</code></b>")
                       .arg(expression.toHtmlEscaped());
            if (report.dangerous > 1)
                text += QStringLiteral("<br>")
                        + tr("and %n more dangerous operation(s).", nullptr,
                             static_cast<int>(report.dangerous - 1));
            text += QStringLiteral("<br>")
                    + tr("PickleScope did not run it. Do not load this file with pickle, joblib "
                         "or torch.");
        } else {
            m_securityBanner->setStyleSheet(
                QStringLiteral("QFrame { background: #fff3cd; border: 1px solid #b26a00; "
                               "border-radius: 4px; } QLabel { border: none; color: #1a1a1a; }"));
            icon->setPixmap(QIcon(QStringLiteral(":/icons/kinds/warning.svg")).pixmap(32, 32));
            text = tr("This file uses %n global(s) that are not on the allow-list: loading it "
                      "in Python would import and run them.",
                      nullptr, static_cast<int>(report.unknown));
        }
        m_securityLabel->setText(text);
        auto *details = new QPushButton(QIcon(QStringLiteral(":/icons/actions/shield.svg")),
                                        tr("Show security details"), m_securityBanner);
        connect(details, &QPushButton::clicked, this, [this] {
            showBottomTab(BottomTab::Security);
            if (m_findingsModel->rowCount() > 0)
                m_findings->setCurrentIndex(m_findingsModel->index(0, 0));
        });
        row->addWidget(icon);
        row->addWidget(m_securityLabel, 1);
        row->addWidget(details);
        m_securityBanner->show();
    }
    const Document &doc = *m_file->document;
    if (doc.error()) {
        auto *row = new QHBoxLayout(m_errorBanner);
        auto *label = new QLabel(m_errorBanner);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setText(tr("<b>Reading stopped early.</b> %1<br>The tree shows what was read "
                          "before the error.")
                           .arg(toQString(doc.error()->toString()).toHtmlEscaped()));
        row->addWidget(label, 1);
        m_errorBanner->show();
    }
}

void DocumentView::saveLayout() const
{
    settings::mainSplitter.set(m_mainSplitter->saveState());
    settings::bottomSplitter.set(m_verticalSplitter->saveState());
    settings::treeHeader.set(m_tree->header()->saveState());
}

void DocumentView::restoreLayout()
{
    if (const QByteArray state = settings::mainSplitter.get(); !state.isEmpty())
        m_mainSplitter->restoreState(state);
    else
        m_mainSplitter->setSizes({540, 460});
    if (const QByteArray state = settings::bottomSplitter.get(); !state.isEmpty())
        m_verticalSplitter->restoreState(state);
    else
        m_verticalSplitter->setSizes({520, 200});
    if (const QByteArray state = settings::treeHeader.get(); !state.isEmpty())
        m_tree->header()->restoreState(state);
}

// --- the breadth-first index: search and navigation -------------------------------------

void DocumentView::whenIndexed(std::function<void()> action)
{
    if (m_index)
        action();
    else
        Q_EMIT statusMessage(tr("The objects are still being indexed: try again in a moment."));
}

void DocumentView::showIndexing(const QString &percent)
{
    if (!m_index)
        m_searchStatus->setText(tr("Indexing… %1 %").arg(percent));
}

void DocumentView::searchNow(const QString &text)
{
    m_search->blockSignals(true);
    m_search->setText(text);
    m_search->blockSignals(false);
    m_searchDelay.stop();
    runSearch();
}

void DocumentView::runSearch()
{
    if (m_searchCancel)
        m_searchCancel->store(true);
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_searchStatus->clear();
        m_proxy->setMatches({}, false);
        Q_EMIT searchFinished(-1, false);
        return;
    }
    if (!m_index) {
        // The complete view that replaces this one runs the search.
        m_searchStatus->setText(tr("Indexing…"));
        return;
    }
    m_searchStatus->setText(tr("Searching…"));
    whenIndexed([this, text] {
        if (m_search->text().trimmed() != text)
            return;                   // the user typed on; a newer search follows
        retireThread(m_searchThread); // cancelled above; searches only read
        auto cancel = std::make_shared<std::atomic<bool>>(false);
        m_searchCancel = cancel;
        auto index = m_index;
        auto file = m_file;
        const std::string needle = text.toStdString();
        // The worker never touches the view: it may be gone (closed) before the worker ends.
        const QPointer<DocumentView> self(this);
        QThread *thread = QThread::create([self, cancel, index, file, needle] {
            const SearchResult result
                = searchTree(*file->document, *index, needle, kMaxSearchMatches, cancel.get());
            if (result.cancelled || cancel->load())
                return;
            std::vector<std::vector<int>> chains;
            chains.reserve(result.entries.size());
            for (uint32_t entry : result.entries)
                chains.push_back(index->rowChain(entry));
            const bool truncated = result.truncated;
            QMetaObject::invokeMethod(
                qApp,
                [self, chains = std::move(chains), truncated, cancel] {
                    if (self && !cancel->load())
                        self->applySearch(chains, truncated);
                },
                Qt::QueuedConnection);
        });
        connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        m_searchThread = thread;
        thread->start();
    });
}

void DocumentView::applySearch(const std::vector<std::vector<int>> &chains, bool truncated)
{
    m_proxy->setMatches(chains, true);
    // Reveal the matches: expand their ancestors (not the matches themselves).
    for (size_t i = 0; i < chains.size() && i < kExpandedMatches; ++i) {
        QModelIndex source;
        for (size_t depth = 0; depth + 1 < chains[i].size(); ++depth) {
            source = m_model->index(chains[i][depth], 0, source);
            m_tree->expand(m_proxy->mapFromSource(source));
        }
    }
    const int count = static_cast<int>(chains.size());
    m_searchStatus->setText(truncated ? tr("first %n match(es)", nullptr, count)
                                      : tr("%n match(es)", nullptr, count));
    if (!chains.empty()) {
        const QModelIndex first = m_proxy->mapFromSource(m_model->indexForRowChain(chains.front()));
        if (first.isValid())
            m_tree->setCurrentIndex(first);
    }
    Q_EMIT searchFinished(count, truncated);
}

// --- selection and navigation -------------------------------------------------------------

QString DocumentView::currentPath() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return {};
    return toQString(m_model->pathFor(m_proxy->mapToSource(current)));
}

NodeId DocumentView::currentNode() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? m_model->nodeFor(m_proxy->mapToSource(current)) : kNoNode;
}

void DocumentView::copyCurrentPath()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    QApplication::clipboard()->setText(currentPath());
    Q_EMIT statusMessage(
        tr("Copied the path %1").arg(currentPath().isEmpty() ? tr("(root)") : currentPath()));
}

void DocumentView::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void DocumentView::selectSourceIndex(const QModelIndex &sourceIndex)
{
    if (!sourceIndex.isValid())
        return;
    QModelIndex proxyIndex = m_proxy->mapFromSource(sourceIndex);
    if (!proxyIndex.isValid() && m_proxy->isFiltering()) {
        // The target is filtered out: clear the search to show it.
        m_search->blockSignals(true);
        m_search->clear();
        m_search->blockSignals(false);
        m_searchStatus->clear();
        m_proxy->setMatches({}, false);
        proxyIndex = m_proxy->mapFromSource(sourceIndex);
    }
    if (!proxyIndex.isValid())
        return;
    for (QModelIndex p = proxyIndex.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(proxyIndex);
    m_tree->scrollTo(proxyIndex);
}

QTreeView *DocumentView::tree() const
{
    return m_tree;
}

void DocumentView::setEditor(DocumentEditor *editor)
{
    if (m_editing || !editor)
        return;
    m_editing = new TreeEditing(this, editor);
    m_detail->setEditor(editor);
    auto *history = new QUndoView(editor->undoStack(), m_bottom);
    history->setEmptyLabel(tr("<opened file>"));
    history->setObjectName(QStringLiteral("history"));
    m_bottom->addTab(history, QString());
    retranslateUi();
    onTreeSelection(); // the array on show becomes editable
}

void DocumentView::showNotice(const QString &text)
{
    m_noticeLabel->setText(text);
    m_noticeBanner->setVisible(!text.isEmpty());
}

void DocumentView::showFileChanged(bool offerReload)
{
    m_offerReload = offerReload;
    if (m_file->document->diskChange() == MappedFile::DiskChange::Modified) {
        // The bytes the view reads from were rewritten or truncated: say what that means.
        m_fileLabel->setText(
            offerReload ? tr("<b>The file was rewritten on disk while open.</b> Values shown "
                             "may no longer be those of the file; saving and exporting are "
                             "refused. Reload it to see the new contents.")
                        : tr("<b>The file was rewritten on disk while open.</b> Values shown "
                             "may no longer be those of the file, so your changes cannot be "
                             "saved to it; Reload discards them."));
        m_fileBanner->show();
        return;
    }
    m_fileLabel->setText(offerReload ? tr("<b>The file changed on disk.</b> Reload it to see the "
                                          "new contents.")
                                     : tr("<b>The file changed on disk</b> since it was opened. "
                                          "Saving will ask before overwriting it; Reload "
                                          "discards your changes."));
    m_fileBanner->show();
}

bool DocumentView::selectPath(uint32_t root, const QString &path)
{
    const QModelIndex source = sourceIndexForPath(root, path);
    selectSourceIndex(source);
    return source.isValid();
}

QModelIndex DocumentView::sourceIndexForPath(uint32_t root, const QString &path)
{
    auto steps = parsePath(path.toStdString());
    if (!steps || root >= m_file->document->roots().size())
        return {};
    size_t matched = 0;
    const auto chain = rowChainFor(root, *steps, matched);
    if (matched != steps->size())
        return {};
    return m_model->indexForRowChain(chain);
}

std::vector<int> DocumentView::rowChainFor(uint32_t root, const std::vector<PathStep> &steps,
                                           size_t &matched) const
{
    const Document &doc = *m_file->document;
    std::vector<int> chain{static_cast<int>(root)};
    NodeId node = doc.roots()[root];
    matched = 0;
    for (const PathStep &step : steps) {
        // A list or tuple item: its row is its index (no listing of a long list).
        const NodeId target = followAlias(doc, node);
        const Kind kind = doc.graph().kind(target);
        if (step.type == PathStep::Type::Index && step.indices.size() == 1
            && !doc.interpretation(target) && (kind == Kind::List || kind == Kind::Tuple)) {
            const auto count = static_cast<int64_t>(doc.graph().items(target).size());
            const int64_t i = step.indices[0] < 0 ? step.indices[0] + count : step.indices[0];
            if (i >= 0 && i < count) {
                const auto kid = ps::children(doc, node, static_cast<size_t>(i), 1);
                if (kid.size() == 1 && kid[0].step == step) {
                    chain.push_back(static_cast<int>(i));
                    node = kid[0].node;
                    ++matched;
                    continue;
                }
            }
        }
        const auto kids = ps::children(doc, node);
        auto it = std::find_if(kids.begin(), kids.end(),
                               [&](const Child &c) { return c.step == step; });
        if (it == kids.end())
            break;
        chain.push_back(static_cast<int>(it - kids.begin()));
        node = it->node;
        ++matched;
    }
    return chain;
}

bool DocumentView::showTreeNodeInArrays(uint32_t root, const QString &treePath, quint64 node)
{
    // A node's numbers are row `node` of the Tree's parallel node arrays: the threshold array
    // is selected in the object tree (the detail pane shows its table) and the row in it.
    const QString arrayPath = treePath + QStringLiteral(".threshold");
    const QString error = goToPath(root, arrayPath);
    if (!error.isEmpty()) {
        Q_EMIT statusMessage(error);
        return false;
    }
    if (!m_detail->selectArrayRow(node))
        return false;
    Q_EMIT statusMessage(tr("Node %1: row %1 of %2").arg(node).arg(arrayPath));
    return true;
}

QString DocumentView::goToPath(uint32_t root, const QString &typed)
{
    QString text = typed.trimmed();
    if (text == tr("(root)"))
        text.clear();
    const Document &doc = *m_file->document;
    if (root >= doc.roots().size())
        return tr("This file has no object to start from.");
    const std::string path = text.toStdString();
    const auto steps = parsePath(path);
    if (!steps)
        return tr("Not a path: %1").arg(toQString(steps.error().message));
    const auto resolved = resolvePath(doc, path, root);
    if (!resolved)
        return toQString(resolved.error().message);
    size_t matched = 0;
    const QModelIndex source = m_model->indexForRowChain(rowChainFor(root, *steps, matched));
    if (!source.isValid())
        return tr("%1 is not shown in the tree.").arg(text);
    selectSourceIndex(source);
    onTreeSelection(); // the path box shows the canonical path again
    if (matched < steps->size()) {
        const std::vector<PathStep> shown(steps->begin(),
                                          steps->begin() + static_cast<ptrdiff_t>(matched));
        const QString where = toQString(formatPath(shown));
        Q_EMIT statusMessage(tr("%1 is part of %2, selected in the tree")
                                 .arg(text, where.isEmpty() ? tr("(root)") : where));
    }
    return {};
}

void DocumentView::selectNode(NodeId node, std::function<void(bool)> done)
{
    whenIndexed([this, node, done = std::move(done)] {
        bool found = false;
        if (auto entry = m_index->entryOf(node)) {
            const QModelIndex source = m_model->indexForRowChain(m_index->rowChain(*entry));
            selectSourceIndex(source);
            found = source.isValid();
        }
        if (!found)
            Q_EMIT statusMessage(tr("This object is not part of the loaded object tree."));
        if (done)
            done(found);
    });
}

void DocumentView::goToOriginal(NodeId node)
{
    selectNode(node);
}

void DocumentView::onTreeSelection()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const QModelIndex source = m_proxy->mapToSource(current);
    const NodeId node = m_model->nodeFor(source);
    m_detail->showNode(node, m_model->rootFor(source), toQString(m_model->pathFor(source)),
                       source.data(ObjectTreeModel::ReferenceRole).toBool());
    if (!m_syncing)
        highlightOpcodes(node);
}

void DocumentView::highlightOpcodes(NodeId node)
{
    const Document &doc = *m_file->document;
    if (node >= doc.graph().size())
        return;
    const Node &n = doc.graph().node(node);
    const auto rows = m_opcodeModel->rowsCovering(n.stream, n.begin, n.end);
    if (!rows)
        return;
    m_syncing = true;
    auto *selection = m_opcodes->selectionModel();
    const QModelIndex first = m_opcodeModel->index(rows->first, 0);
    const QModelIndex last = m_opcodeModel->index(rows->second, OpcodeModel::ColumnCount - 1);
    selection->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    selection->select(QItemSelection(first, last), QItemSelectionModel::ClearAndSelect);
    scrollOpcodesTo(first);
    m_syncing = false;
}

void DocumentView::scrollOpcodesTo(const QModelIndex &first)
{
    // The row's first cell: the listing scrolls sideways to its start (the Pickle column), or
    // only down when that column is hidden (single-pickle files), the Offset column staying in
    // view.
    const QModelIndex row = first.siblingAtColumn(OpcodeModel::PickleColumn);
    m_opcodes->scrollTo(row, QAbstractItemView::PositionAtTop);
    // A listing created a moment ago has no height yet: scroll again once it is laid out.
    m_pendingOpcodeScroll = m_opcodes->viewport()->height() > 0 ? QPersistentModelIndex()
                                                                : QPersistentModelIndex(row);
}

bool DocumentView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_opcodes->viewport() && event->type() == QEvent::Resize
        && m_pendingOpcodeScroll.isValid() && m_opcodes->viewport()->height() > 0) {
        const QModelIndex row = m_pendingOpcodeScroll;
        m_pendingOpcodeScroll = QPersistentModelIndex();
        QMetaObject::invokeMethod(
            m_opcodes, [this, row] { m_opcodes->scrollTo(row, QAbstractItemView::PositionAtTop); },
            Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

NodeId DocumentView::nodeAtOffset(size_t stream, uint64_t offset) const
{
    // The smallest node of the tree whose bytes contain the offset: the value that opcode
    // builds or belongs to.
    const Graph &graph = m_file->document->graph();
    NodeId best = kNoNode;
    uint64_t bestSize = UINT64_MAX;
    // Over every node on the GUI thread: the begin (in the head) rules most out first.
    for (NodeId id = 0; id < graph.size(); ++id) {
        const uint64_t begin = graph.begin(id);
        if (offset < begin)
            continue;
        const uint64_t end = graph.end(id);
        if (offset >= std::max(end, begin + 1) || graph.stream(id) != stream)
            continue;
        const uint64_t size = end - begin;
        if (size < bestSize && m_index && m_index->entryOf(id)) {
            best = id;
            bestSize = size;
        }
    }
    return best;
}

void DocumentView::onOpcodeSelection()
{
    if (m_syncing)
        return;
    const QModelIndex current = m_opcodes->currentIndex();
    if (!current.isValid())
        return;
    const size_t stream = current.data(OpcodeModel::StreamRole).toULongLong();
    const uint64_t offset = current.data(OpcodeModel::OffsetRole).toULongLong();
    whenIndexed([this, stream, offset] {
        const NodeId node = nodeAtOffset(stream, offset);
        if (node == kNoNode)
            return;
        const auto entry = m_index->entryOf(node);
        if (!entry)
            return;
        m_syncing = true;
        selectSourceIndex(m_model->indexForRowChain(m_index->rowChain(*entry)));
        m_syncing = false;
    });
}

void DocumentView::onGlobalSelection()
{
    const QModelIndex current = m_globals->currentIndex();
    if (!current.isValid())
        return;
    const size_t stream = current.data(GlobalsModel::StreamRole).toULongLong();
    const uint64_t offset = current.data(GlobalsModel::OffsetRole).toULongLong();
    if (const auto row = m_opcodeModel->rowAt(stream, offset)) {
        m_syncing = true;
        m_opcodes->setCurrentIndex(m_opcodeModel->index(*row, OpcodeModel::OpcodeColumn));
        m_opcodes->scrollTo(m_opcodes->currentIndex(), QAbstractItemView::PositionAtCenter);
        m_syncing = false;
    }
    // A global is reached through the object it builds: select that.
    const NodeId user = current.data(GlobalsModel::UserRole).value<quint32>();
    const NodeId node = current.data(GlobalsModel::NodeRole).value<quint32>();
    whenIndexed([this, stream, offset, node, user] {
        NodeId target = user != kNoNode && m_index->entryOf(user) ? user
                        : m_index->entryOf(node)                  ? node
                                                                  : nodeAtOffset(stream, offset);
        if (target != kNoNode)
            selectNode(target);
    });
}

void DocumentView::onFindingSelection()
{
    const QModelIndex current = m_findings->currentIndex();
    if (!current.isValid())
        return;
    showFinding(current.data(FindingsModel::FindingRole).toULongLong());
}

void DocumentView::showFinding(size_t findingIndex)
{
    const auto &findings = m_file->security.findings;
    if (findingIndex >= findings.size())
        return;
    const security::Finding &f = findings[findingIndex];
    if (!f.entry.empty()) {
        Q_EMIT statusMessage(tr("This finding is in the ZIP entry %1, which Python's loader "
                                "does not read as part of the object.")
                                 .arg(toQString(f.entry)));
        return;
    }
    if (const auto row = m_opcodeModel->rowAt(f.stream, f.offset)) {
        m_syncing = true;
        const QModelIndex first = m_opcodeModel->index(*row, 0);
        const auto range = m_opcodeModel->rowsCovering(f.stream, f.offset, f.endOffset);
        const QModelIndex last
            = m_opcodeModel->index(range ? range->second : *row, OpcodeModel::ColumnCount - 1);
        m_opcodes->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_opcodes->selectionModel()->select(QItemSelection(first, last),
                                            QItemSelectionModel::ClearAndSelect);
        scrollOpcodesTo(first);
        m_syncing = false;
    }
    if (f.reachable && selectPath(f.root, toQString(f.path)))
        return;
    whenIndexed([this, f] {
        NodeId target = f.node != kNoNode && m_index->entryOf(f.node)
                            ? f.node
                            : nodeAtOffset(f.stream, f.offset);
        if (target == kNoNode) {
            Q_EMIT statusMessage(tr("This call runs while loading but its result is not "
                                    "part of the loaded object."));
            return;
        }
        m_syncing = true;
        selectNode(target);
        m_syncing = false;
    });
}

void DocumentView::showBottomTab(BottomTab tab)
{
    m_bottom->setCurrentIndex(static_cast<int>(tab));
}

void DocumentView::expandAll()
{
    QModelIndex start = m_tree->currentIndex();
    QQueue<QModelIndex> queue;
    if (start.isValid()) {
        queue.enqueue(start);
    } else {
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            queue.enqueue(m_proxy->index(r, 0));
    }
    int expanded = 0;
    while (!queue.isEmpty() && expanded < kExpandBudget) {
        const QModelIndex index = queue.dequeue();
        if (index.data(ObjectTreeModel::ReferenceRole).toBool() || !m_proxy->hasChildren(index))
            continue;
        if (m_proxy->canFetchMore(index))
            m_proxy->fetchMore(index);
        m_tree->expand(index);
        ++expanded;
        const int rows = m_proxy->rowCount(index);
        for (int r = 0; r < rows && queue.size() < kExpandBudget; ++r)
            queue.enqueue(m_proxy->index(r, 0, index));
    }
    if (!queue.isEmpty())
        Q_EMIT statusMessage(
            tr("Expanded the first %n row(s); expand deeper rows by hand.", nullptr, expanded));
}

void DocumentView::collapseAll()
{
    m_tree->collapseAll();
}

} // namespace ps::gui
