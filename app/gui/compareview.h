// SPDX-License-Identifier: MIT
#pragma once

#include "compareloader.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QSplitter;
class QTabWidget;
class QTextBrowser;
class QToolButton;
class QTreeView;

namespace ps::gui {

class CompareDetail;
class CompareTreeModel;
class DeltaChart;

/// A finished comparison: the plain-language summary on top, the two trees side by side (one
/// aligned model, so they expand, scroll and select row for row) with the differences
/// coloured and a legend, and below them the selected row in detail, the delta chart of the
/// learned parameters and the full report.
class CompareView : public QWidget
{
    Q_OBJECT

public:
    enum class BottomTab { Values, Chart, Report };

    explicit CompareView(CompareResultPtr result, QWidget *parent = nullptr);
    ~CompareView() override;

    const CompareResultPtr &result() const { return m_result; }
    CompareTreeModel *model() const { return m_model; }
    QTreeView *oldTree() const { return m_trees[0]; }
    QTreeView *newTree() const { return m_trees[1]; }
    QTextBrowser *summary() const { return m_summary; }
    QCheckBox *onlyDifferencesBox() const { return m_onlyDifferences; }
    CompareDetail *detail() const { return m_detail; }
    DeltaChart *deltaChart() const { return m_chart; }
    QTabWidget *bottomTabs() const { return m_bottom; }
    /// The index of the change shown last by next/previous difference (-1 before the first).
    int currentChange() const { return m_currentChange; }

    /// Selects the next / previous difference in both trees (wrapping around).
    void nextDifference();
    void previousDifference();
    /// Selects change `change` (index into DiffResult::changes); false when it has no row.
    bool showChange(size_t change);
    void setOnlyDifferences(bool only);
    void showBottomTab(BottomTab tab);

    /// The engine's reports.
    QString textReport() const;
    QString jsonReport() const;
    /// Writes the report, as JSON when `path` ends in .json and as text otherwise
    /// (atomically); false with `error` set on failure.
    bool exportReport(const QString &path, QString *error = nullptr) const;
    void copyReport() const;

    void saveLayout() const;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void buildUi();
    QWidget *buildLegend();
    QString summaryHtml() const;
    void syncTrees();
    void onCurrentChanged(const QModelIndex &current);
    void revealDifferences();
    void openLink(const QUrl &url);

    CompareResultPtr m_result;
    CompareTreeModel *m_model = nullptr;
    QTextBrowser *m_summary = nullptr;
    QCheckBox *m_onlyDifferences = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QTreeView *m_trees[2] = {nullptr, nullptr};
    QLabel *m_titles[2] = {nullptr, nullptr};
    QSplitter *m_vertical = nullptr;
    QSplitter *m_treeSplitter = nullptr;
    QTabWidget *m_bottom = nullptr;
    CompareDetail *m_detail = nullptr;
    DeltaChart *m_chart = nullptr;
    QPlainTextEdit *m_report = nullptr;
    int m_currentChange = -1;
    bool m_syncing = false;
};

} // namespace ps::gui
