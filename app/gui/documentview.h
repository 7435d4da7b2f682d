// SPDX-License-Identifier: MIT
#pragma once

#include "loadedfile.h"
#include "path/path.h"
#include "treeindex.h"

#include <QPersistentModelIndex>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QFrame;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QThread;
class QTreeView;

namespace ps::gui {

class DetailPane;
class DocumentEditor;
class FindingsModel;
class GlobalsModel;
class ObjectTreeModel;
class ObjectTreeView;
class OpcodeModel;
class TreeEditing;
class TreeFilterProxy;
class UniformTableView;

/// One open file: the object tree with search (left), the detail pane (right), and below
/// them the opcode listing, the globals and the security findings, all kept in sync.
class DocumentView : public QWidget
{
    Q_OBJECT

public:
    enum class BottomTab { Opcodes, Globals, Security, Messages, History };

    explicit DocumentView(LoadedFilePtr file, QWidget *parent = nullptr);
    ~DocumentView() override;

    const LoadedFilePtr &file() const { return m_file; }
    QTreeView *tree() const;
    ObjectTreeModel *treeModel() const { return m_model; }
    TreeFilterProxy *treeProxy() const { return m_proxy; }
    DetailPane *detail() const { return m_detail; }
    UniformTableView *opcodeView() const { return m_opcodes; }
    QTableView *globalsView() const { return m_globals; }
    QTableView *findingsView() const { return m_findings; }
    /// The Security tab's sentence when there is nothing to list (hidden otherwise).
    QLabel *securityCleanLabel() const { return m_securityClean; }
    QLineEdit *searchField() const { return m_search; }
    QTabWidget *bottomTabs() const { return m_bottom; }
    /// The red banner shown when loading the file would run something dangerous.
    QFrame *securityBanner() const { return m_securityBanner; }
    QLabel *securityBannerLabel() const { return m_securityLabel; }

    /// Selects (and reveals) the tree row at `path` from root `root`; false if absent.
    bool selectPath(uint32_t root, const QString &path);
    /// The tree model's row at `path` from root `root` (rows fetched on the way), or invalid.
    QModelIndex sourceIndexForPath(uint32_t root, const QString &path);
    /// Goes to a typed path (get syntax) from root `root`: selects its row, or for a part of
    /// an array (an element) the array's row. Returns why it could not ("" on success).
    QString goToPath(uint32_t root, const QString &path);
    /// Selects `treePath`.threshold (a Tree's node array) and row `node` in its table; false
    /// when the path or the row is not there.
    bool showTreeNodeInArrays(uint32_t root, const QString &treePath, quint64 node);

    /// Turns editing on: values, array cells, keys and items through `editor`, the context
    /// menu, Insert/Delete, the History panel and the marks of edited rows.
    void setEditor(DocumentEditor *editor);
    TreeEditing *editing() const { return m_editing; }
    /// An information bar above the tree (a shared object changed at several places); an
    /// empty text hides it.
    void showNotice(const QString &text);
    QLabel *noticeLabel() const { return m_noticeLabel; }
    /// The bar saying the file changed on disk; with `offerReload`, its Reload button.
    void showFileChanged(bool offerReload);
    QFrame *fileChangedBanner() const { return m_fileBanner; }
    /// Waits for the background search (before the document changes).
    void stopWorkers();
    /// Selects the first (shortest-path) occurrence of a node. `done(found)` is called
    /// afterwards when given.
    void selectNode(NodeId node, std::function<void(bool)> done = {});
    /// The selected row's path ("" for a root; null when nothing is selected).
    QString currentPath() const;
    NodeId currentNode() const;
    void copyCurrentPath();
    void focusSearch();
    /// Expands the selected row's subtree (or every root) breadth-first, up to a budget of
    /// rows so that huge files stay responsive; cycles are never expanded.
    void expandAll();
    void collapseAll();
    void showBottomTab(BottomTab tab);
    /// Selects a security finding (index into SecurityReport::findings): its node and opcodes.
    void showFinding(size_t finding);
    /// Starts a search now (no typing delay); searchFinished() follows.
    void searchNow(const QString &text);
    /// While the file's tree index is built (the view of a file read but not yet indexed):
    /// how far it is, next to the search field.
    void showIndexing(const QString &percent);

    void saveLayout() const;
    void restoreLayout();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    void searchFinished(int matches, bool truncated);
    void statusMessage(const QString &message);
    /// The user asked to read the file again from disk.
    void reloadRequested();

private:
    void buildUi();
    void buildBanners();
    /// Expands the tree down to the estimators of the first root (not into them).
    void expandToEstimators();
    /// Texts of the search field and the bottom panels in the current language.
    void retranslateUi();
    /// Runs `action` when the file has its tree index (every loaded file has one; a load
    /// cancelled before indexing never reaches a view).
    void whenIndexed(std::function<void()> action);
    void runSearch();
    void applySearch(const std::vector<std::vector<int>> &chains, bool truncated);
    void onTreeSelection();
    void onOpcodeSelection();
    void onGlobalSelection();
    void onFindingSelection();
    void goToOriginal(NodeId node);
    void selectSourceIndex(const QModelIndex &sourceIndex);
    void highlightOpcodes(NodeId node);
    void scrollOpcodesTo(const QModelIndex &first);
    NodeId nodeAtOffset(size_t stream, uint64_t offset) const;
    /// Row chain of the deepest tree row along `steps`; `matched` = steps that have a row.
    std::vector<int> rowChainFor(uint32_t root, const std::vector<PathStep> &steps,
                                 size_t &matched) const;

    LoadedFilePtr m_file;
    std::shared_ptr<const TreeIndex> m_index;
    QPointer<QThread> m_searchThread;
    std::shared_ptr<std::atomic<bool>> m_searchCancel;
    QTimer m_searchDelay;
    bool m_syncing = false;
    QPersistentModelIndex m_pendingOpcodeScroll; ///< scroll there once the listing has a size

    ObjectTreeModel *m_model = nullptr;
    TreeFilterProxy *m_proxy = nullptr;
    OpcodeModel *m_opcodeModel = nullptr;
    GlobalsModel *m_globalsModel = nullptr;
    FindingsModel *m_findingsModel = nullptr;

    QFrame *m_securityBanner = nullptr;
    QLabel *m_securityLabel = nullptr;
    QFrame *m_errorBanner = nullptr;
    QFrame *m_noticeBanner = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QFrame *m_fileBanner = nullptr;
    QLabel *m_fileLabel = nullptr;
    QPushButton *m_reloadButton = nullptr;
    QPushButton *m_fileDismiss = nullptr;
    QPushButton *m_noticeDismiss = nullptr;
    bool m_offerReload = false;
    TreeEditing *m_editing = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchStatus = nullptr;
    ObjectTreeView *m_tree = nullptr;
    DetailPane *m_detail = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_verticalSplitter = nullptr;
    QTabWidget *m_bottom = nullptr;
    UniformTableView *m_opcodes = nullptr;
    QTableView *m_globals = nullptr;
    QTableView *m_findings = nullptr;
    QLabel *m_securityClean = nullptr;
    QPlainTextEdit *m_messages = nullptr;
};

} // namespace ps::gui
