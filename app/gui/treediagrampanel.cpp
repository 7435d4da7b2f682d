// SPDX-License-Identifier: MIT
#include "treediagrampanel.h"

#include "insight/tree.h"
#include "insight/values.h"
#include "path/path.h"
#include "qtstrings.h"
#include "resolve/resolve.h"
#include "treediagram.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace ps::gui {

namespace {

/// Trees with more nodes open with their first levels only.
constexpr uint64_t kBigTree = 63;
constexpr int kDefaultDepth = 6;

} // namespace

TreeDiagramPanel::TreeDiagramPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *controls = new QHBoxLayout;
    m_pickerLabel = new QLabel(this);
    m_picker = new QComboBox(this);
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pickerLabel->setBuddy(m_picker);
    m_depthLabel = new QLabel(this);
    m_depth = new QSpinBox(this);
    m_depthLabel->setBuddy(m_depth);
    m_fit = new QToolButton(this);
    m_exportSvg = new QToolButton(this);
    m_exportPng = new QToolButton(this);
    for (QToolButton *b : {m_exportSvg, m_exportPng}) {
        b->setIcon(QIcon(QStringLiteral(":/icons/actions/export.svg")));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    }
    controls->addWidget(m_pickerLabel);
    controls->addWidget(m_picker);
    controls->addSpacing(8);
    controls->addWidget(m_depthLabel);
    controls->addWidget(m_depth);
    controls->addStretch(1);
    controls->addWidget(m_fit);
    controls->addWidget(m_exportSvg);
    controls->addWidget(m_exportPng);
    layout->addLayout(controls);

    auto *inputRow = new QHBoxLayout;
    m_inputLabel = new QLabel(this);
    m_input = new QLineEdit(this);
    m_input->setClearButtonEnabled(true);
    m_inputLabel->setBuddy(m_input);
    m_result = new QLabel(this);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    inputRow->addWidget(m_inputLabel);
    inputRow->addWidget(m_input, 2);
    inputRow->addWidget(m_result, 3);
    layout->addLayout(inputRow);

    m_view = new TreeDiagramView(this);
    layout->addWidget(m_view, 1);
    auto *statusRow = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusRow->addWidget(m_summary);
    statusRow->addStretch(1);
    statusRow->addWidget(m_status);
    layout->addLayout(statusRow);

    connect(m_picker, &QComboBox::currentIndexChanged, this, &TreeDiagramPanel::showTree);
    connect(m_depth, &QSpinBox::valueChanged, this, [this](int depth) {
        if (m_view->model().tree)
            m_view->setDepthLimit(depth == m_depth->maximum() ? 0 : static_cast<uint32_t>(depth));
    });
    connect(m_input, &QLineEdit::textChanged, this, &TreeDiagramPanel::applyInput);
    connect(m_fit, &QToolButton::clicked, m_view, &TreeDiagramView::fitAll);
    connect(m_exportSvg, &QToolButton::clicked, this, [this] { exportImage(true); });
    connect(m_exportPng, &QToolButton::clicked, this, [this] { exportImage(false); });
    connect(m_view, &TreeDiagramView::nodeClicked, this, &TreeDiagramPanel::showNodeStatus);
    connect(m_view, &TreeDiagramView::showInArraysRequested, this, [this](quint64 node) {
        const int index = m_picker->count() > 0 ? m_picker->currentIndex() : 0;
        if (index >= 0 && static_cast<size_t>(index) < m_treePaths.size())
            Q_EMIT showNodeInArrays(
                m_root, m_treePaths[static_cast<size_t>(index)] + QStringLiteral(".tree_"), node);
    });
    retranslateUi();
    clear();
}

void TreeDiagramPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_view)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TreeDiagramPanel::retranslateUi()
{
    m_pickerLabel->setText(tr("&Tree:"));
    m_depthLabel->setText(tr("&Depth:"));
    m_depth->setToolTip(tr("Levels shown below the root; deeper subtrees end in a marker "
                           "(double-click it to open that subtree)"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Fit the whole diagram in the window (Ctrl+0)"));
    m_exportSvg->setText(tr("SVG…"));
    m_exportSvg->setToolTip(tr("Export the diagram as an SVG drawing"));
    m_exportPng->setText(tr("PNG…"));
    m_exportPng->setToolTip(tr("Export the diagram as a PNG image at twice its size"));
    m_inputLabel->setText(tr("&Input:"));
    m_input->setToolTip(tr("Type one value per feature: the nodes the input visits are "
                           "highlighted and the leaf's prediction is shown"));
    m_view->setToolTip(QString());
    m_view->setAccessibleName(tr("Decision tree diagram"));
    m_depth->setSpecialValueText(QString());
    if (hasTree()) {
        const int index = m_picker->currentIndex();
        const QSignalBlocker block(m_picker);
        fillPicker();
        m_picker->setCurrentIndex(index);
        const auto &t = *m_view->model().tree;
        uint64_t leaves = 0;
        uint32_t depth = 0;
        for (uint64_t i = 0; i < t.nodeCount; ++i) {
            leaves += t.isLeaf(i) ? 1 : 0;
            depth = std::max(depth, t.depth[i]);
        }
        const QLocale locale;
        m_summary->setText(tr("%1 nodes, %2 leaves, depth %3 · double-click a node to collapse "
                              "or expand it, drag to pan, wheel to zoom")
                               .arg(locale.toString(t.nodeCount), locale.toString(leaves))
                               .arg(depth));
        applyInput();
    }
}

void TreeDiagramPanel::clear()
{
    m_file.reset();
    m_object = m_shown = kNoNode;
    m_trees.clear();
    m_treePaths.clear();
    m_grid.clear();
    m_ensembleClasses.clear();
    const QSignalBlocker block(m_picker);
    m_picker->clear();
    m_view->setModel(TreeDiagramModel(), 0);
    m_summary->clear();
    m_status->clear();
    m_result->clear();
}

bool TreeDiagramPanel::hasTree() const
{
    return m_view->model().tree != nullptr;
}

bool TreeDiagramPanel::showObject(LoadedFilePtr file, NodeId node, uint32_t root,
                                  const QString &path)
{
    if (file && file == m_file && node == m_object && hasTree())
        return true;
    clear();
    if (!file)
        return false;
    const Document &doc = *file->document;
    std::vector<NodeId> trees;
    std::vector<QString> paths;
    NodeId ensemble = kNoNode;
    if (insight::treeEstimator(doc, node)) {
        trees.push_back(node);
        paths.push_back(path);
    } else if (auto items = insight::ensembleTreeEstimators(doc, node)) {
        trees = std::move(*items);
        ensemble = node;
    } else if (insight::detail::interpretationAs(doc, node, Recognised::SkTree)
               && path.endsWith(QLatin1String(".tree_"))) {
        // A tree_ itself: its estimator is the object the path leads to before ".tree_".
        const auto owner = resolvePath(doc, toStdString(path.chopped(6)), root);
        if (owner.ok() && insight::treeEstimator(doc, owner->node)) {
            trees.push_back(owner->node);
            paths.push_back(path.chopped(6));
        }
    }
    if (trees.empty())
        return false;
    m_file = std::move(file);
    m_object = node;
    m_root = root;
    m_trees = std::move(trees);
    m_treePaths = std::move(paths);
    if (ensemble != kNoNode) {
        const NodeId list = insight::detail::attribute(doc, ensemble, "estimators_");
        const auto array = arrayOfNode(doc, list);
        if (array && array->ndim() == 2)
            m_grid = array->shape;
        // estimators_ is a list ([i]) or boosting's stages × outputs object array ([s, k]).
        for (size_t i = 0; i < m_trees.size(); ++i)
            m_treePaths.push_back(m_grid.size() == 2 && m_grid[1] > 0
                                      ? QStringLiteral("%1.estimators_[%2, %3]")
                                            .arg(path)
                                            .arg(i / m_grid[1])
                                            .arg(i % m_grid[1])
                                      : QStringLiteral("%1.estimators_[%2]").arg(path).arg(i));
        if (auto names = insight::detail::stringsOf(
                doc, insight::detail::attribute(doc, ensemble, "classes_")))
            for (const std::string &name : *names)
                m_ensembleClasses.push_back(toQString(name));
    }
    {
        const QSignalBlocker block(m_picker);
        fillPicker();
        m_picker->setCurrentIndex(0);
    }
    showTree(0);
    return hasTree();
}

void TreeDiagramPanel::fillPicker()
{
    const QSignalBlocker block(m_picker);
    m_picker->clear();
    const size_t n = m_trees.size();
    for (size_t i = 0; i < n; ++i) {
        if (m_grid.size() == 2 && m_grid[1] > 1) {
            const uint64_t stage = i / m_grid[1], cls = i % m_grid[1];
            const QString name
                = cls < m_ensembleClasses.size() ? m_ensembleClasses[cls] : QString::number(cls);
            m_picker->addItem(
                tr("Stage %1 of %2 · class %3").arg(stage + 1).arg(m_grid[0]).arg(name));
        } else if (m_grid.size() == 2) {
            m_picker->addItem(tr("Stage %1 of %2").arg(i + 1).arg(n));
        } else {
            m_picker->addItem(tr("Tree %1 of %2").arg(i + 1).arg(n));
        }
    }
    const bool several = n > 1;
    m_picker->setVisible(several);
    m_pickerLabel->setVisible(several);
}

void TreeDiagramPanel::showTree(int index)
{
    if (index < 0 || static_cast<size_t>(index) >= m_trees.size() || !m_file)
        return;
    const Document &doc = *m_file->document;
    const auto estimator = insight::treeEstimator(doc, m_trees[static_cast<size_t>(index)]);
    std::string why;
    auto tree = estimator ? insight::readTree(doc, estimator->tree, &why) : std::nullopt;
    m_status->clear();
    if (!tree) {
        m_view->setModel(TreeDiagramModel(), 0);
        m_summary->setText(tr("This tree cannot be drawn: %1").arg(toQString(why)));
        return;
    }
    m_shown = estimator->estimator;
    TreeDiagramModel model;
    model.classifier = estimator->classifier;
    for (const std::string &c : estimator->classNames)
        model.classNames.push_back(toQString(c));
    for (const std::string &f : estimator->featureNames)
        model.featureNames.push_back(toQString(f));
    uint32_t maxDepth = 0;
    for (const uint32_t d : tree->depth)
        maxDepth = std::max(maxDepth, d);
    const bool big = tree->nodeCount > kBigTree;
    model.tree = std::make_shared<const insight::DecisionTree>(std::move(*tree));
    {
        const QSignalBlocker block(m_depth);
        m_depth->setRange(std::min<int>(1, static_cast<int>(maxDepth)),
                          std::max<int>(1, static_cast<int>(maxDepth)));
        m_depth->setValue(big ? std::min<int>(kDefaultDepth, static_cast<int>(maxDepth))
                              : static_cast<int>(maxDepth));
    }
    const uint32_t limit
        = m_depth->value() == m_depth->maximum() ? 0 : static_cast<uint32_t>(m_depth->value());
    m_view->setModel(std::move(model), limit);
    retranslateUi();
}

std::optional<std::vector<double>> TreeDiagramPanel::parseInput(const QString &text, QString *why)
{
    size_t bad = 0;
    std::string badText;
    auto values = insight::parseFeatureVector(text.toStdString(), &bad, &badText);
    if (!values && why)
        *why = tr("Value %1 (“%2”) is not a number").arg(bad + 1).arg(toQString(badText));
    return values;
}

void TreeDiagramPanel::applyInput()
{
    m_result->setStyleSheet(QString());
    const QString text = m_input->text().trimmed();
    const auto &t = m_view->model().tree;
    if (text.isEmpty() || !t) {
        // The hint stands where the prediction will.
        m_result->setStyleSheet(QStringLiteral("color: palette(mid);"));
        m_result->setText(t ? tr("Feature values, e.g. 5.1, 3.5, 1.4, 0.2") : QString());
        if (!m_view->path().empty())
            m_view->setPath({});
        return;
    }
    QString why;
    const auto input = parseInput(text, &why);
    std::string reason;
    const auto path = input ? insight::decisionPath(*t, *input, &reason) : std::nullopt;
    if (!path) {
        m_result->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_result->setText(input ? toQString(reason) : why);
        if (!m_view->path().empty())
            m_view->setPath({});
        return;
    }
    const uint64_t leaf = path->back();
    m_result->setText(tr("Prediction: <b>%1</b> (leaf %2, %Ln step(s))", nullptr,
                         static_cast<int>(path->size() - 1))
                          .arg(m_view->predictionOf(leaf).toHtmlEscaped())
                          .arg(leaf));
    m_view->setPath(*path);
}

void TreeDiagramPanel::showNodeStatus(quint64 node)
{
    const auto &t = m_view->model().tree;
    if (!t || node >= t->nodeCount)
        return;
    const QLocale locale;
    m_status->setText(tr("Node %1 · depth %2 · samples %3 · %4")
                          .arg(node)
                          .arg(t->depth[node])
                          .arg(locale.toString(t->samples[node]))
                          .arg(t->isLeaf(node) ? tr("leaf: %1").arg(m_view->predictionOf(node))
                                               : m_view->titleOf(node)));
    Q_EMIT nodeSelected(m_shown, node);
}

void TreeDiagramPanel::exportImage(bool svg)
{
    const QString path = QFileDialog::getSaveFileName(
        this, svg ? tr("Export Tree as SVG") : tr("Export Tree as PNG"),
        svg ? QStringLiteral("tree.svg") : QStringLiteral("tree.png"),
        svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const bool ok = svg ? m_view->exportSvg(path) : m_view->exportPng(path);
    Q_EMIT statusMessage(ok ? tr("Exported the tree to %1").arg(path)
                            : tr("Could not export the tree to %1").arg(path));
}

} // namespace ps::gui
