// SPDX-License-Identifier: MIT
#pragma once
// The detail pane's Tree tab: the diagram of a decision tree estimator, of a tree_, or of one
// tree of an ensemble (picked by number; boosting by stage and class), with a depth limit, an
// input whose decision path is highlighted, and SVG/PNG export.

#include "loadedfile.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace ps::gui {

class TreeDiagramView;

class TreeDiagramPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TreeDiagramPanel(QWidget *parent = nullptr);

    /// Shows the tree(s) of the object at `node` (reached by `path` from root `root`); false
    /// (and cleared) when it is neither a tree estimator, a tree_ nor a tree ensemble.
    bool showObject(LoadedFilePtr file, NodeId node, uint32_t root, const QString &path);
    void clear();
    bool hasTree() const;

    TreeDiagramView *view() const { return m_view; }
    QComboBox *treePicker() const { return m_picker; }
    QSpinBox *depthBox() const { return m_depth; }
    QLineEdit *inputEdit() const { return m_input; }
    QLabel *resultLabel() const { return m_result; }
    QLabel *statusLabel() const { return m_status; }
    /// The tree estimator shown (one of an ensemble's trees, or the object itself).
    NodeId shownEstimator() const { return m_shown; }

    /// The numbers typed in the input box ("5.1, 3.5 1.4;0.2"), or nullopt with the reason.
    static std::optional<std::vector<double>> parseInput(const QString &text, QString *why);

Q_SIGNALS:
    /// A node of the diagram was clicked: its index in the tree's arrays.
    void nodeSelected(ps::NodeId estimator, quint64 node);
    /// Show a node's row in the node arrays of the shown tree: `treePath` is the path of its
    /// `tree_` from root `root` (e.g. ".estimators_[3].tree_").
    void showNodeInArrays(uint32_t root, const QString &treePath, quint64 node);
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillPicker();
    void showTree(int index);
    void applyInput();
    void showNodeStatus(quint64 node);
    void exportImage(bool svg);

    LoadedFilePtr m_file;
    NodeId m_object = kNoNode;
    NodeId m_shown = kNoNode;
    std::vector<NodeId> m_trees;      ///< tree estimators: one, or an ensemble's
    std::vector<QString> m_treePaths; ///< the path of each tree estimator from m_root
    uint32_t m_root = 0;
    std::vector<uint64_t> m_grid; ///< boosting: stages × classes, else empty
    std::vector<QString> m_ensembleClasses;
    QLabel *m_pickerLabel = nullptr;
    QComboBox *m_picker = nullptr;
    QLabel *m_depthLabel = nullptr;
    QSpinBox *m_depth = nullptr;
    QToolButton *m_fit = nullptr;
    QToolButton *m_exportSvg = nullptr;
    QToolButton *m_exportPng = nullptr;
    QLabel *m_inputLabel = nullptr;
    QLineEdit *m_input = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    TreeDiagramView *m_view = nullptr;
};

} // namespace ps::gui
