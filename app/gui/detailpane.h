// SPDX-License-Identifier: MIT
#pragma once

#include "loadedfile.h"
#include "path/path.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;

namespace ps::gui {

class ArrayView;
class ChartPanel;
class DataFrameView;
class DocumentEditor;
class TreeDiagramPanel;

/// The right-hand pane: what the selected node is (path, type, bytes) and its value — the
/// full text of scalars and strings, a table with statistics for arrays, a card for
/// estimators, an overview of containers and objects.
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    enum class Page { Empty, Text, Array, Card, Overview, Table };

    explicit DetailPane(QWidget *parent = nullptr);

    void setFile(LoadedFilePtr file);
    /// Array cells become editable through `editor`.
    void setEditor(DocumentEditor *editor) { m_editor = editor; }
    /// Shows a node reached by `path` from root `root`. `reference`: the row refers to an
    /// object expanded elsewhere (a shared object or a cycle).
    void showNode(NodeId node, uint32_t root, const QString &path, bool reference);
    void clear();

    Page page() const { return m_page; }
    QString path() const { return m_path; }
    NodeId node() const { return m_node; }
    ArrayView *arrayView() const { return m_array; }
    DataFrameView *tableView() const { return m_table; }
    QPlainTextEdit *textView() const { return m_text; }
    QTextBrowser *card() const { return m_card; }
    ChartPanel *chartPanel() const { return m_chart; }
    /// The model overview (a root holding estimators) and the chart of its final estimator.
    QTextBrowser *overview() const { return m_overview; }
    ChartPanel *overviewChart() const { return m_overviewChart; }
    /// The editable path box (Enter goes to the typed path).
    QLineEdit *pathEdit() const { return m_pathEdit; }
    QLabel *pathErrorLabel() const { return m_pathError; }
    /// The header rows: "Type:" and "Bytes:" captions and their values.
    QLabel *typeCaption() const { return m_typeCaption; }
    QLabel *typeLabel() const { return m_typeLabel; }
    QLabel *bytesCaption() const { return m_bytesCaption; }
    QLabel *bytesLabel() const { return m_bytesLabel; }
    /// Puts the keyboard focus in the path box with its text selected (Ctrl+L).
    void focusPath();
    /// Says why a typed path was not reached (an empty text hides the message).
    void showPathError(const QString &message);
    /// Selects and shows row `row` of the array table shown; false when no array table is
    /// shown or it has fewer rows.
    bool selectArrayRow(quint64 row);
    /// Shows the Chart tab (when the selection has a chart) or the Value tab.
    void showChartTab(bool chart);
    bool chartTabShown() const;
    /// The Tree tab (enabled for tree estimators, their tree_ and tree ensembles).
    TreeDiagramPanel *treePanel() const { return m_treePanel; }
    void showTreeTab();
    bool treeTabShown() const;
    bool treeTabEnabled() const;

Q_SIGNALS:
    /// A link in a card asks to select the node at `path` (from root `root`).
    void navigateRequested(uint32_t root, const QString &path);
    /// "Go to original" for a shared node or a back reference.
    void goToOriginalRequested(ps::NodeId node);
    void copyPathRequested();
    /// Enter in the path box: go to `path` (get syntax) from root `root`.
    void pathEntered(uint32_t root, const QString &path);
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showPage(Page page);
    QString byteRangeText(NodeId node) const;
    void updateChart(NodeId node, const Resolved &resolved);
    void setupTreeTab();
    void retranslateTreeTab();
    void updateTreeTab(NodeId node, uint32_t root, const QString &path);

    LoadedFilePtr m_file;
    DocumentEditor *m_editor = nullptr;
    NodeId m_node = kNoNode;
    uint32_t m_root = 0;
    QString m_path;
    Page m_page = Page::Empty;

    QLineEdit *m_pathEdit = nullptr;
    QPushButton *m_copyButton = nullptr;
    QLabel *m_pathError = nullptr;
    QLabel *m_typeCaption = nullptr;
    QLabel *m_typeLabel = nullptr;
    QLabel *m_bytesCaption = nullptr;
    QLabel *m_bytesLabel = nullptr;
    QLabel *m_noteLabel = nullptr;
    QPushButton *m_originalButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_stack = nullptr;
    ChartPanel *m_chart = nullptr;
    QLabel *m_empty = nullptr;
    QPlainTextEdit *m_text = nullptr;
    ArrayView *m_array = nullptr;
    DataFrameView *m_table = nullptr;
    QTextBrowser *m_card = nullptr;
    QTextBrowser *m_overview = nullptr;
    ChartPanel *m_overviewChart = nullptr;
    QWidget *m_overviewPage = nullptr;
    TreeDiagramPanel *m_treePanel = nullptr;
    int m_treeTab = -1;
    bool m_treeWanted = false; ///< the user picked the Tree tab: keep it while it applies
};

} // namespace ps::gui
