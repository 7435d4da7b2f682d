// SPDX-License-Identifier: MIT
#pragma once
// The node-link diagram of one decision tree: split nodes with their test, samples and class
// distribution, leaves coloured by class (classifiers) or by value (regressors), the decision
// path of an input highlighted. The layout runs on a worker thread; items exist only for the
// shown nodes (a depth limit and collapsed subtrees cut the rest, with a marker saying how
// many nodes each cut hides).

#include "insight/tree.h"
#include "treediagramlayout.h"

#include <QColor>
#include <QGraphicsItem>
#include <QGraphicsView>
#include <QPointer>

#include <atomic>
#include <memory>

class QThread;

namespace ps::gui {

/// What the diagram draws from: the tree and its estimator's names.
struct TreeDiagramModel
{
    std::shared_ptr<const insight::DecisionTree> tree;
    bool classifier = false;
    std::vector<QString> classNames;
    std::vector<QString> featureNames;
};

/// One shown node of the diagram.
class TreeNodeItem : public QGraphicsItem
{
public:
    static constexpr int Type = UserType + 151;
    static constexpr qreal kWidth = 184;
    static constexpr qreal kHeight = 68;

    TreeNodeItem(uint64_t node, QString title, QString detail, QColor fill, QColor accent,
                 std::vector<std::pair<double, QColor>> distribution);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    uint64_t node() const { return m_node; }
    QString title() const { return m_title; }
    QString detail() const { return m_detail; }
    QColor fill() const { return m_fill; }
    bool highlighted() const { return m_highlighted; }
    void setHighlighted(bool on);
    bool isCurrent() const { return m_current; }
    void setCurrent(bool on);

private:
    uint64_t m_node;
    QString m_title, m_detail;
    QColor m_fill, m_accent;
    std::vector<std::pair<double, QColor>> m_distribution; ///< shares summing to 1
    bool m_highlighted = false;
    bool m_current = false;
};

/// "… n more nodes" under a node whose subtree is cut (double-click expands it).
class TreeMarkerItem : public QGraphicsItem
{
public:
    static constexpr int Type = UserType + 152;
    TreeMarkerItem(uint64_t node, uint64_t hidden, QString text);
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    uint64_t node() const { return m_node; }
    uint64_t hidden() const { return m_hidden; }
    QString text() const { return m_text; }

private:
    uint64_t m_node;
    uint64_t m_hidden;
    QString m_text;
};

class TreeDiagramView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit TreeDiagramView(QWidget *parent = nullptr);
    ~TreeDiagramView() override;

    /// Shows a tree (an empty model clears the view); `depthLimit` 0 shows every level.
    void setModel(TreeDiagramModel model, uint32_t depthLimit);
    const TreeDiagramModel &model() const { return m_model; }
    void setDepthLimit(uint32_t depthLimit);
    uint32_t depthLimit() const { return m_options.depthLimit; }
    /// Collapses a shown subtree or expands a cut one.
    void toggleNode(uint64_t node);
    /// Highlights the nodes of a decision path (shown first if cut); empty clears it.
    void setPath(std::vector<uint64_t> path);
    const std::vector<uint64_t> &path() const { return m_path; }
    /// Marks the node clicked last.
    void setCurrentNode(uint64_t node);

    /// True while a layout is computed.
    bool isLayingOut() const { return m_worker != nullptr; }
    const TreeLayout &layout() const { return m_layout; }
    QList<TreeNodeItem *> nodeItems() const;
    QList<TreeMarkerItem *> markerItems() const;
    TreeNodeItem *itemOfNode(uint64_t node) const;

    /// The texts of a node: its test or prediction, the detail line, and the tooltip.
    QString titleOf(uint64_t node) const;
    QString detailOf(uint64_t node) const;
    QString toolTipOf(uint64_t node) const;
    /// The class (classifiers) or value (regressors) a node predicts.
    QString predictionOf(uint64_t node) const;

    bool exportSvg(const QString &fileName) const;
    /// At twice the scene's size.
    bool exportPng(const QString &fileName) const;

    void fitAll();
    /// Milliseconds of the last layout (worker) and scene build (GUI thread).
    qint64 layoutMilliseconds() const { return m_layoutMs; }
    qint64 sceneMilliseconds() const { return m_sceneMs; }

Q_SIGNALS:
    void nodeClicked(quint64 node);
    /// "Show in the node arrays" was chosen for a node.
    void showInArraysRequested(quint64 node);
    void layoutFinished();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void relayout();
    /// The first view of a tree: all of it if readable, else its top round the root.
    void initialView();
    /// Whether the options show a node's children (the layout's rule).
    bool childrenShown(uint64_t node) const;
    void buildScene();
    void stopWorker();
    QColor classColour(size_t cls) const;
    QColor valueColour(double value) const;
    /// The node (or marker's node) under a viewport position, or UINT64_MAX.
    uint64_t nodeAt(const QPoint &pos) const;
    QString featureName(uint64_t node) const;

    TreeDiagramModel m_model;
    TreeLayoutOptions m_options;
    TreeLayout m_layout;
    std::vector<uint64_t> m_path;
    uint64_t m_current = UINT64_MAX;
    double m_minValue = 0, m_maxValue = 0;
    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    uint64_t m_generation = 0;
    bool m_fitAfterLayout = true; ///< keep the initial view (until zoomed, panned, opened)
    QPoint m_pressPos;
    qint64 m_layoutMs = 0, m_sceneMs = 0;
};

} // namespace ps::gui
