// SPDX-License-Identifier: MIT
// The compare view (offscreen) on the diff fixture pairs written by the real Python
// (tests/fixtures/diff, with what the generator computed in NAME.expected.json): rows at the
// engine's paths with their kinds and colours, the only-differences filter, F7 / Shift+F7 in
// both trees, the detail pane's delta table, the delta chart's series, the summary, the
// reports, `--compare`, cancel and errors.
#include "comparecolours.h"
#include "comparedetail.h"
#include "comparedialog.h"
#include "comparetreemodel.h"
#include "compareview.h"
#include "comparewindow.h"
#include "deltachart.h"
#include "deltatablemodel.h"
#include "detailpane.h"
#include "documenttab.h"
#include "documentview.h"
#include "gui_testing.h"
#include "mainwindow.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

#include <cmath>
#include <memory>

using namespace ps;
using namespace ps::gui;
using Side = CompareTreeModel::Side;

namespace {

QString diffFixture(const QString &name)
{
    return QDir(QStringLiteral(PS_FIXTURES)).filePath(QStringLiteral("../diff/") + name);
}

QJsonObject expected(const QString &pair)
{
    QFile file(diffFixture(pair + QStringLiteral(".expected.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

RowStatus statusOfKind(const QString &kind)
{
    if (kind == QLatin1String("added"))
        return RowStatus::Added;
    if (kind == QLatin1String("removed"))
        return RowStatus::Removed;
    if (kind == QLatin1String("type"))
        return RowStatus::TypeChanged;
    return RowStatus::Changed;
}

/// WCAG contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
               + 0.0722 * channel(c.blueF());
    };
    const double x = luminance(a);
    const double y = luminance(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

/// Every row of the model, fetching and walking all of it (small fixtures only).
QModelIndexList allRows(QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QModelIndexList rows;
    while (model->canFetchMore(parent))
        model->fetchMore(parent);
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex index = model->index(r, 0, parent);
        rows << index;
        if (model->hasChildren(index) && rows.size() < 20000)
            rows << allRows(model, index);
    }
    return rows;
}

QList<QAbstractBarSeries *> barSeries(QChart *chart)
{
    QList<QAbstractBarSeries *> result;
    for (QAbstractSeries *s : chart->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            result << bars;
    return result;
}

QStringList categories(QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical))
        if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
            return c->categories();
    return {};
}

} // namespace

class tst_Compare : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// A compare window on two fixture files, waited for.
    static std::unique_ptr<CompareWindow> compare(const QString &oldName, const QString &newName)
    {
        auto window = std::make_unique<CompareWindow>();
        QSignalSpy done(window.get(), &CompareWindow::stateChanged);
        window->start(diffFixture(oldName), diffFixture(newName));
        if (window->state() == CompareWindow::State::Loading && !done.wait(60000))
            return nullptr;
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        guitest::setupTestApplication();
        QVERIFY(m_dir.isValid());
        QVERIFY(QFileInfo::exists(diffFixture(QStringLiteral("logreg.pkl"))));
    }

    /// The same model at other protocols, as joblib and compressed: equal, nothing coloured,
    /// nothing left under "only differences", F7 stays put; the format line names the change.
    void equalPairs_data()
    {
        QTest::addColumn<QString>("pair");
        for (const char *pair :
             {"equal_p2_p4", "equal_p4_p5", "equal_pickle_joblib", "equal_joblib_zlib"})
            QTest::newRow(pair) << QString::fromLatin1(pair);
    }
    void equalPairs()
    {
        QFETCH(QString, pair);
        const QJsonObject facts = expected(pair);
        QVERIFY(facts.value(QStringLiteral("equal")).toBool());
        auto window = compare(facts.value(QStringLiteral("old")).toString(),
                              facts.value(QStringLiteral("new")).toString());
        QVERIFY(window);
        QCOMPARE(window->state(), CompareWindow::State::Ready);
        CompareView *view = window->view();
        QVERIFY(view->result()->diff.equal);
        const QString summary = view->summary()->toPlainText();
        QVERIFY2(summary.contains(QStringLiteral("The two files hold the same values.")),
                 qPrintable(summary));
        for (const auto &difference : facts.value(QStringLiteral("facts"))
                                          .toObject()
                                          .value(QStringLiteral("format"))
                                          .toArray())
            QVERIFY2(summary.contains(difference.toString()), qPrintable(summary));
        CompareTreeModel *model = view->model();
        const QModelIndexList rows = allRows(model);
        QVERIFY(rows.size() > 20);
        for (const QModelIndex &row : rows) {
            for (int column : {int(CompareTreeModel::OldName), int(CompareTreeModel::NewValue)}) {
                QVERIFY(!row.siblingAtColumn(column).data(Qt::BackgroundRole).isValid());
                QCOMPARE(row.siblingAtColumn(column).data(CompareTreeModel::StatusRole).toInt(),
                         int(RowStatus::Equal));
            }
        }
        view->nextDifference();
        QCOMPARE(view->currentChange(), -1);
        view->setOnlyDifferences(true);
        QCOMPARE(model->rowCount(), 0);
    }

    /// Every change the generator computed has a row at its path with its kind, on the side
    /// it belongs to, and the row's background is that kind's colour.
    void changesAreColouredRows_data()
    {
        QTest::addColumn<QString>("pair");
        for (const char *pair : {"one_coef", "hyperparameter", "attribute_added", "vocab_added",
                                 "step_replaced", "more_trees", "cycle"})
            QTest::newRow(pair) << QString::fromLatin1(pair);
    }
    void changesAreColouredRows()
    {
        QFETCH(QString, pair);
        const QJsonObject facts = expected(pair);
        auto window = compare(facts.value(QStringLiteral("old")).toString(),
                              facts.value(QStringLiteral("new")).toString());
        QVERIFY(window && window->view());
        CompareTreeModel *model = window->view()->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonArray changes = facts.value(QStringLiteral("changes")).toArray();
        QVERIFY(!changes.isEmpty());
        QCOMPARE(window->view()->result()->diff.changes.size(), size_t(changes.size()));
        const QPalette palette = QGuiApplication::palette();
        for (const auto &value : changes) {
            const QJsonObject change = value.toObject();
            const QString path = change.value(QStringLiteral("path")).toString();
            const RowStatus status = statusOfKind(change.value(QStringLiteral("kind")).toString());
            const Side side = status == RowStatus::Added ? Side::New : Side::Old;
            const int name
                = side == Side::New ? CompareTreeModel::NewName : CompareTreeModel::OldName;
            const QModelIndex row
                = model->indexForPath(side, 0, path.toStdString()).siblingAtColumn(name);
            QVERIFY2(row.isValid(), qPrintable(path));
            // Array fields and shape entries are below the rows: the row holding them.
            const QString rowPath = row.data(CompareTreeModel::PathRole).toString();
            QVERIFY2(path.startsWith(rowPath), qPrintable(path + QStringLiteral(" / ") + rowPath));
            const auto shown
                = static_cast<RowStatus>(row.data(CompareTreeModel::StatusRole).toInt());
            QCOMPARE(shown, status);
            QCOMPARE(row.data(Qt::BackgroundRole).value<QColor>(),
                     *CompareColours::background(status, palette));
            if (status == RowStatus::Changed) { // the other side is coloured alike
                const QModelIndex other = row.siblingAtColumn(CompareTreeModel::NewName);
                QCOMPARE(other.data(Qt::BackgroundRole).value<QColor>(),
                         *CompareColours::background(RowStatus::Changed, palette));
            }
        }
    }

    /// A step replaced by another name: the old step's row is red on the left, the new one's
    /// green on the right; an unchanged sibling is not coloured.
    void replacedStep()
    {
        auto window = compare(QStringLiteral("step_replaced.old.pkl"),
                              QStringLiteral("step_replaced.new.pkl"));
        QVERIFY(window && window->view());
        CompareTreeModel *model = window->view()->model();
        const QModelIndex step = model->indexForPath(Side::Old, 0, ".steps[0]");
        QCOMPARE(model->pathOf(step, Side::Old), std::string(".steps[0]"));
        QCOMPARE(model->status(step, Side::Old), RowStatus::Removed);
        QCOMPARE(model->status(step, Side::New), RowStatus::Added);
        const QPalette palette = QGuiApplication::palette();
        QCOMPARE(step.siblingAtColumn(CompareTreeModel::OldValue)
                     .data(Qt::BackgroundRole)
                     .value<QColor>(),
                 *CompareColours::background(RowStatus::Removed, palette));
        QCOMPARE(step.siblingAtColumn(CompareTreeModel::NewValue)
                     .data(Qt::BackgroundRole)
                     .value<QColor>(),
                 *CompareColours::background(RowStatus::Added, palette));
        // Inside the replaced step every row shares its state.
        while (model->canFetchMore(step))
            model->fetchMore(step);
        QVERIFY(model->rowCount(step) > 0);
        QCOMPARE(model->status(model->index(0, 0, step), Side::Old), RowStatus::Removed);
        QCOMPARE(model->status(model->index(0, 0, step), Side::New), RowStatus::Added);
        // The estimator's name is equal on both sides.
        const QModelIndex memory = model->indexForPath(Side::Old, 0, ".memory");
        QCOMPARE(model->pathOf(memory, Side::Old), std::string(".memory"));
        QCOMPARE(model->status(memory, Side::Old), RowStatus::Equal);
        QVERIFY(
            !memory.siblingAtColumn(CompareTreeModel::OldName).data(Qt::BackgroundRole).isValid());
    }

    /// Written by the real Python: a list that became a tuple (type changed, and every row
    /// inside it too), a key added to a dict (absent on the left, added on the right, the
    /// dict bold on both sides as holding a difference) and an equal value left alone.
    void typeChangedAndAdded()
    {
        const QString oldFile = m_dir.filePath(QStringLiteral("kinds_old.pkl"));
        const QString newFile = m_dir.filePath(QStringLiteral("kinds_new.pkl"));
        QVERIFY(guitest::writeWithPython(
            QStringLiteral("import pickle, sys\n"
                           "pickle.dump({'a': [1, 2], 'b': 1.5, 'c': {'k': 1}}, "
                           "open(sys.argv[1], 'wb'), protocol=4)\n"),
            oldFile));
        QVERIFY(guitest::writeWithPython(
            QStringLiteral("import pickle, sys\n"
                           "pickle.dump({'a': (1, 2), 'b': 1.5, 'c': {'k': 1, 'n': 2}}, "
                           "open(sys.argv[1], 'wb'), protocol=2)\n"),
            newFile));
        CompareWindow window;
        QSignalSpy done(&window, &CompareWindow::stateChanged);
        window.start(oldFile, newFile);
        QVERIFY(done.wait(60000));
        QVERIFY(window.view());
        CompareTreeModel *model = window.view()->model();
        const QPalette palette = QGuiApplication::palette();
        const QModelIndex a = model->indexForPath(Side::Old, 0, "['a']");
        QCOMPARE(model->pathOf(a, Side::Old), std::string("['a']"));
        QCOMPARE(model->status(a, Side::Old), RowStatus::TypeChanged);
        QCOMPARE(model->status(a, Side::New), RowStatus::TypeChanged);
        QCOMPARE(a.siblingAtColumn(CompareTreeModel::NewType).data().toString(),
                 QStringLiteral("tuple"));
        QCOMPARE(
            a.siblingAtColumn(CompareTreeModel::OldType).data(Qt::BackgroundRole).value<QColor>(),
            *CompareColours::background(RowStatus::TypeChanged, palette));
        while (model->canFetchMore(a))
            model->fetchMore(a);
        QCOMPARE(model->rowCount(a), 2);
        QCOMPARE(model->status(model->index(1, 0, a), Side::New), RowStatus::TypeChanged);
        const QModelIndex added = model->indexForPath(Side::New, 0, "['c']['n']");
        QCOMPARE(model->pathOf(added, Side::New), std::string("['c']['n']"));
        QCOMPARE(model->status(added, Side::Old), RowStatus::Absent);
        QCOMPARE(model->status(added, Side::New), RowStatus::Added);
        QCOMPARE(added.siblingAtColumn(CompareTreeModel::OldValue).data().toString(), QString());
        QCOMPARE(added.siblingAtColumn(CompareTreeModel::NewValue).data().toString(),
                 QStringLiteral("2"));
        const QModelIndex c = added.parent();
        for (Side side : {Side::Old, Side::New}) {
            QCOMPARE(model->status(c, side), RowStatus::Contains);
            const int column
                = side == Side::Old ? CompareTreeModel::OldName : CompareTreeModel::NewName;
            QVERIFY(c.siblingAtColumn(column).data(Qt::FontRole).value<QFont>().bold());
            QVERIFY(!c.siblingAtColumn(column).data(Qt::BackgroundRole).isValid());
        }
        const QModelIndex b = model->indexForPath(Side::Old, 0, "['b']");
        QCOMPARE(model->status(b, Side::Old), RowStatus::Equal);
        QCOMPARE(model->status(b, Side::New), RowStatus::Equal);
        // Protocol 4 against 2 is a format fact, not a difference.
        QVERIFY(window.view()->summary()->toPlainText().contains(QStringLiteral("protocol 4 → 2")));
        QCOMPARE(window.view()->result()->diff.changeCount, uint64_t(2));
    }

    /// The colours keep the palette's text readable (contrast ≥ 4.5) in light and dark themes,
    /// and differ from one another.
    void coloursReadable()
    {
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        for (const QPalette &palette : {light, dark}) {
            QSet<QRgb> seen;
            for (RowStatus status : {RowStatus::Changed, RowStatus::TypeChanged, RowStatus::Added,
                                     RowStatus::Removed, RowStatus::Absent}) {
                const auto background = CompareColours::background(status, palette);
                QVERIFY(background);
                const double ratio = contrast(*background, palette.color(QPalette::Text));
                QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
                seen.insert(background->rgb());
            }
            QCOMPARE(seen.size(), 5);
            QVERIFY(!CompareColours::background(RowStatus::Equal, palette));
        }
    }

    /// "Show only differences": fewer rows, every one a difference, inside one or holding
    /// one; every change still has its row; the check box and the menu agree.
    void onlyDifferences()
    {
        auto window = compare(QStringLiteral("spam_p4.pkl"), QStringLiteral("vocab_added.new.pkl"));
        QVERIFY(window && window->view());
        CompareView *view = window->view();
        CompareTreeModel *model = view->model();
        const auto all = allRows(model).size();
        QAction *only = window->action(QStringLiteral("onlyDifferences"));
        QVERIFY(only);
        only->trigger();
        QVERIFY(view->onlyDifferencesBox()->isChecked());
        QVERIFY(model->onlyDifferences());
        const QModelIndexList rows = allRows(model);
        QVERIFY2(rows.size() < all / 4,
                 qPrintable(QStringLiteral("%1 of %2").arg(rows.size()).arg(all)));
        for (const QModelIndex &row : rows) {
            const RowStatus a = model->status(row, Side::Old);
            const RowStatus b = model->status(row, Side::New);
            QVERIFY2(a != RowStatus::Equal || b != RowStatus::Equal,
                     qPrintable(row.siblingAtColumn(CompareTreeModel::OldName)
                                    .data(CompareTreeModel::PathRole)
                                    .toString()));
        }
        const auto &changes = view->result()->diff.changes;
        for (size_t i = 0; i < changes.size(); ++i)
            QVERIFY(model->indexForChange(i).isValid());
        // The word added to the vocabulary: absent on the left, added on the right.
        const QModelIndex zebra
            = model->indexForPath(Side::New, 0, ".steps[0][1].vocabulary_['zebra']");
        QCOMPARE(model->pathOf(zebra, Side::New), std::string(".steps[0][1].vocabulary_['zebra']"));
        QCOMPARE(model->status(zebra, Side::Old), RowStatus::Absent);
        QCOMPARE(model->status(zebra, Side::New), RowStatus::Added);
        view->onlyDifferencesBox()->setChecked(false);
        QVERIFY(!only->isChecked());
        QCOMPARE(allRows(model).size(), all);
    }

    /// F7 / Shift+F7 move both trees' current row from change to change (wrapping), expand
    /// both alike and keep them scrolled together.
    void navigation()
    {
        auto window = compare(QStringLiteral("spam_p4.pkl"), QStringLiteral("vocab_added.new.pkl"));
        QVERIFY(window && window->view());
        window->resize(1200, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        CompareView *view = window->view();
        CompareTreeModel *model = view->model();
        const auto total = static_cast<int>(view->result()->diff.changes.size());
        QVERIFY(total >= 3);
        QCOMPARE(view->currentChange(), 0); // the view opens on the first difference
        auto check = [&](int change) {
            QCOMPARE(view->currentChange(), change);
            const QModelIndex expected = model->indexForChange(static_cast<size_t>(change));
            const QModelIndex left = view->oldTree()->currentIndex();
            const QModelIndex right = view->newTree()->currentIndex();
            QVERIFY(left.isValid() && right.isValid());
            QCOMPARE(left.siblingAtColumn(0), expected.siblingAtColumn(0));
            QCOMPARE(right.siblingAtColumn(0), expected.siblingAtColumn(0));
            for (QModelIndex up = expected.parent(); up.isValid(); up = up.parent()) {
                QVERIFY(view->oldTree()->isExpanded(up));
                QVERIFY(view->newTree()->isExpanded(up));
            }
            QCOMPARE(view->oldTree()->verticalScrollBar()->value(),
                     view->newTree()->verticalScrollBar()->value());
            const diff::Change &c = view->result()->diff.changes[static_cast<size_t>(change)];
            const Side side = c.kind == diff::ChangeKind::Added ? Side::New : Side::Old;
            QVERIFY(c.path.rfind(model->pathOf(expected, side), 0) == 0);
        };
        QTest::keyClick(window.get(), Qt::Key_F7);
        check(1);
        QTest::keyClick(window.get(), Qt::Key_F7);
        check(2);
        QTest::keyClick(window.get(), Qt::Key_F7, Qt::ShiftModifier);
        check(1);
        QTest::keyClick(window.get(), Qt::Key_F7, Qt::ShiftModifier);
        check(0);
        QTest::keyClick(window.get(), Qt::Key_F7, Qt::ShiftModifier);
        check(total - 1); // wraps around
        QTest::keyClick(window.get(), Qt::Key_F7);
        check(0);
        // Expanding in one tree expands the other.
        const QModelIndex root = model->index(0, 0);
        view->newTree()->collapse(root);
        QVERIFY(!view->oldTree()->isExpanded(root));
        view->oldTree()->expand(root);
        QVERIFY(view->newTree()->isExpanded(root));
    }

    /// The detail pane: both arrays in tables, the element-wise delta with exactly the
    /// changed element tinted, and the change named by class and feature.
    void detailDelta()
    {
        const QJsonObject facts = expected(QStringLiteral("one_coef"));
        const QJsonObject numbers = facts.value(QStringLiteral("facts")).toObject();
        const QJsonArray at = numbers.value(QStringLiteral("coef_index")).toArray();
        const int row = at.at(0).toInt();
        const int column = at.at(1).toInt();
        const double oldValue
            = numbers.value(QStringLiteral("coef_old")).toVariant().value<double>();
        const double newValue
            = numbers.value(QStringLiteral("coef_new")).toVariant().value<double>();
        auto window = compare(QStringLiteral("logreg.pkl"), QStringLiteral("one_coef.new.pkl"));
        QVERIFY(window && window->view());
        CompareView *view = window->view();
        QVERIFY(view->showChange(0));
        CompareDetail *detail = view->detail();
        QCOMPARE(detail->oldPane()->page(), DetailPane::Page::Array);
        QCOMPARE(detail->newPane()->page(), DetailPane::Page::Array);
        QCOMPARE(detail->oldPane()->path(), QStringLiteral(".coef_"));
        QVERIFY(!detail->deltaBox()->isHidden());
        DeltaTableModel *delta = detail->deltaModel();
        QCOMPARE(delta->rowCount(), 3);
        QCOMPARE(delta->columnCount(), 4);
        int differing = 0;
        for (int r = 0; r < 3; ++r) {
            for (int c = 0; c < 4; ++c) {
                const QModelIndex cell = delta->index(r, c);
                const bool differs = cell.data(DeltaTableModel::DiffersRole).toBool();
                differing += differs ? 1 : 0;
                QCOMPARE(cell.data(Qt::BackgroundRole).isValid(), differs);
                if (!differs)
                    QCOMPARE(cell.data(DeltaTableModel::DeltaRole).value<double>(), 0.0);
            }
        }
        QCOMPARE(differing, 1);
        const QModelIndex cell = delta->index(row, column);
        QVERIFY(cell.data(DeltaTableModel::DiffersRole).toBool());
        QCOMPARE(cell.data(DeltaTableModel::OldValueRole).value<double>(), oldValue);
        QCOMPARE(cell.data(DeltaTableModel::NewValueRole).value<double>(), newValue);
        QCOMPARE(cell.data(DeltaTableModel::DeltaRole).value<double>(), newValue - oldValue);
        const QString label = detail->changeLabel()->text();
        QVERIFY2(label.contains(QStringLiteral("x2")) && label.contains(QStringLiteral("1 of 12")),
                 qPrintable(label));
        // A row without arrays hides the delta table.
        const QModelIndex c = view->model()->indexForPath(Side::Old, 0, ".C");
        view->oldTree()->setCurrentIndex(c);
        QVERIFY(detail->deltaBox()->isHidden());
        QCOMPARE(detail->oldPane()->page(), DetailPane::Page::Text);
    }

    /// The delta chart of a retrained forest: old and new feature importances as two series
    /// on one axis, the changes as a third, every bar labelled, with the numbers the generator
    /// computed (sklearn's feature_importances_).
    void deltaChartImportances()
    {
        const QJsonObject facts
            = expected(QStringLiteral("retrained_seed")).value(QStringLiteral("facts")).toObject();
        const QJsonArray oldImportances = facts.value(QStringLiteral("importances_old")).toArray();
        const QJsonArray newImportances = facts.value(QStringLiteral("importances_new")).toArray();
        auto window
            = compare(QStringLiteral("forest_seed0.joblib"), QStringLiteral("forest_seed1.joblib"));
        QVERIFY(window && window->view());
        DeltaChart *chart = window->view()->deltaChart();
        QVERIFY(chart->hasChart());
        QVERIFY(
            chart->parameterBox()->currentText().contains(QStringLiteral("feature_importances_")));
        const QList<QAbstractBarSeries *> values = barSeries(chart->valuesChart());
        QCOMPARE(values.size(), 1);
        QCOMPARE(values.front()->barSets().size(), 2);
        QVERIFY(values.front()->isLabelsVisible());
        const QStringList names = categories(chart->valuesChart());
        QCOMPARE(names.size(), 4);
        QCOMPARE(categories(chart->changesChart()), names); // one feature order
        QBarSet *oldSet = values.front()->barSets().at(0);
        QBarSet *newSet = values.front()->barSets().at(1);
        QVERIFY(oldSet->label().contains(QStringLiteral("forest_seed0")));
        QVERIFY(newSet->label().contains(QStringLiteral("forest_seed1")));
        const QList<QAbstractBarSeries *> changes = barSeries(chart->changesChart());
        QCOMPARE(changes.size(), 1);
        QVERIFY(changes.front()->isLabelsVisible());
        QBarSet *deltaSet = changes.front()->barSets().at(0);
        double previous = INFINITY;
        for (int i = names.size() - 1; i >= 0; --i) {    // top bar first
            const int feature = names[i].mid(1).toInt(); // "x0" … "x3"
            QVERIFY(names[i].startsWith(QLatin1Char('x')));
            QCOMPARE(oldSet->at(i), oldImportances.at(feature).toVariant().value<double>());
            QCOMPARE(newSet->at(i), newImportances.at(feature).toVariant().value<double>());
            QCOMPARE(deltaSet->at(i), newSet->at(i) - oldSet->at(i));
            QVERIFY(std::fabs(deltaSet->at(i)) <= previous); // largest change on top
            previous = std::fabs(deltaSet->at(i));
        }
        // Largest values order, top 2.
        chart->orderBox()->setCurrentIndex(1);
        chart->topNBox()->setValue(2);
        QCOMPARE(chart->data().categories.size(), 2);
        QCOMPARE(categories(chart->valuesChart()).size(), 2);
    }

    /// Coefficients of a 3-class model: a class selector; the changed coefficient is the top
    /// bar of its class with the generator's old and new values.
    void deltaChartCoefficients()
    {
        const QJsonObject facts
            = expected(QStringLiteral("one_coef")).value(QStringLiteral("facts")).toObject();
        const int row = facts.value(QStringLiteral("coef_index")).toArray().at(0).toInt();
        auto window = compare(QStringLiteral("logreg.pkl"), QStringLiteral("one_coef.new.pkl"));
        QVERIFY(window && window->view());
        DeltaChart *chart = window->view()->deltaChart();
        QVERIFY(chart->parameterBox()->currentText().startsWith(QStringLiteral("coef_")));
        QCOMPARE(chart->rowBox()->count(), 3);
        chart->rowBox()->setCurrentIndex(row);
        const DeltaChartData &data = chart->data();
        QCOMPARE(data.categories.value(0), QStringLiteral("x2"));
        QCOMPARE(data.oldValues.value(0),
                 facts.value(QStringLiteral("coef_old")).toVariant().value<double>());
        QCOMPARE(data.newValues.value(0),
                 facts.value(QStringLiteral("coef_new")).toVariant().value<double>());
        for (qsizetype i = 1; i < data.deltas.size(); ++i)
            QCOMPARE(data.deltas[i], 0.0);
        QBarSet *newSet = barSeries(chart->valuesChart()).front()->barSets().at(1);
        QCOMPARE(newSet->at(newSet->count() - 1), data.newValues.value(0));
        QVERIFY(data.toCsv().startsWith(QStringLiteral("feature,old,new,delta\nx2,")));
    }

    /// The plain-language summary: the count, every line of the engine's summary, and its
    /// links select the row they are about.
    void summary()
    {
        auto window = compare(QStringLiteral("spam_p4.pkl"), QStringLiteral("vocab_added.new.pkl"));
        QVERIFY(window && window->view());
        CompareView *view = window->view();
        const QString text = view->summary()->toPlainText();
        const auto &result = view->result()->diff;
        // English plural forms come from translations/picklescope_en.ts.
        const QString count = result.changeCount == 1
                                  ? QStringLiteral("1 difference")
                                  : QStringLiteral("%1 differences").arg(result.changeCount);
        QVERIFY2(text.contains(count), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("1 feature added: 'zebra'")));
        for (const diff::SummaryItem &item : result.summary)
            QVERIFY2(text.contains(QString::fromStdString(item.text)), item.text.c_str());
        const auto &first = result.summary.front();
        QUrl url;
        url.setScheme(QStringLiteral("path"));
        url.setPath(QStringLiteral("0:") + QString::fromStdString(first.path));
        Q_EMIT view->summary()->anchorClicked(url);
        QCOMPARE(view->oldTree()
                     ->currentIndex()
                     .siblingAtColumn(CompareTreeModel::OldName)
                     .data(CompareTreeModel::PathRole)
                     .toString(),
                 QString::fromStdString(first.path));
    }

    /// Export and copy reuse the engine's reports; JSON and text by extension, atomically.
    void reports()
    {
        auto window
            = compare(QStringLiteral("logreg.pkl"), QStringLiteral("hyperparameter.new.pkl"));
        QVERIFY(window && window->view());
        CompareView *view = window->view();
        const QString json = m_dir.filePath(QStringLiteral("report.json"));
        const QString text = m_dir.filePath(QStringLiteral("report.txt"));
        QString error;
        QVERIFY2(view->exportReport(json, &error), qPrintable(error));
        QVERIFY2(view->exportReport(text, &error), qPrintable(error));
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QByteArray jsonBytes = jsonFile.readAll();
        QCOMPARE(jsonBytes,
                 QByteArray::fromStdString(diff::jsonReport(view->result()->diff, true)));
        const QJsonObject document = QJsonDocument::fromJson(jsonBytes).object();
        QCOMPARE(document.value(QStringLiteral("equal")).toBool(), false);
        const QJsonArray changes = document.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).toObject().value(QStringLiteral("path")).toString(),
                 QStringLiteral(".C"));
        QFile textFile(text);
        QVERIFY(textFile.open(QIODevice::ReadOnly));
        QCOMPARE(textFile.readAll(),
                 QByteArray::fromStdString(diff::textReport(view->result()->diff)));
        view->copyReport();
        QCOMPARE(QApplication::clipboard()->text(), view->textReport());
        // A folder that does not exist: an error, no file.
        QVERIFY(!view->exportReport(m_dir.filePath(QStringLiteral("missing/report.txt")), &error));
        QVERIFY(!error.isEmpty());
    }

    /// `picklescope --compare A B` opens the compare window for A and B; without B it is an
    /// error.
    void commandLine()
    {
        const QString a = diffFixture(QStringLiteral("logreg.pkl"));
        const QString b = diffFixture(QStringLiteral("attribute_added.new.pkl"));
        {
            QCommandLineParser parser;
            const QCommandLineOption option = compareOption();
            parser.addOption(option);
            QVERIFY(
                parser.parse({QStringLiteral("picklescope"), QStringLiteral("--compare"), a, b}));
            QString error;
            QPointer<CompareWindow> window = openCompareFromCommandLine(parser, option, &error);
            QVERIFY2(window, qPrintable(error));
            QVERIFY(QApplication::topLevelWidgets().contains(window.data()));
            QVERIFY(window->isVisible());
            QCOMPARE(window->oldPath(), QFileInfo(a).absoluteFilePath());
            QCOMPARE(window->newPath(), QFileInfo(b).absoluteFilePath());
            QVERIFY(window->windowTitle().contains(QStringLiteral("logreg.pkl")));
            QVERIFY(window->windowTitle().contains(QStringLiteral("attribute_added.new.pkl")));
            if (window->state() == CompareWindow::State::Loading) {
                QSignalSpy done(window.data(), &CompareWindow::stateChanged);
                QVERIFY(done.wait(60000));
            }
            QCOMPARE(window->state(), CompareWindow::State::Ready);
            QCOMPARE(window->view()->model()->status(window->view()->model()->indexForChange(0),
                                                     Side::New),
                     RowStatus::Added);
            window->close(); // deletes itself
            QTRY_VERIFY(window.isNull());
        }
        QCommandLineParser parser;
        const QCommandLineOption option = compareOption();
        parser.addOption(option);
        QVERIFY(parser.parse({QStringLiteral("picklescope"), QStringLiteral("--compare"), a}));
        QString error;
        QVERIFY(!openCompareFromCommandLine(parser, option, &error));
        QVERIFY(error.contains(QStringLiteral("--compare A B")));
    }

    /// File ▸ Compare With… over two open tabs: the current tab is the old file, the other
    /// the new one, and the compare window reuses what the tabs loaded.
    void compareWithMenu()
    {
        MainWindow main;
        main.show();
        DocumentTab *tabs[2] = {main.openFile(diffFixture(QStringLiteral("logreg.pkl"))),
                                main.openFile(diffFixture(QStringLiteral("one_coef.new.pkl")))};
        for (DocumentTab *tab : tabs) {
            if (tab->state() == DocumentTab::State::Loading) {
                QSignalSpy loaded(tab, &DocumentTab::stateChanged);
                QVERIFY(loaded.wait(60000));
            }
            QVERIFY(tab->view());
        }
        main.tabs()->setCurrentWidget(tabs[1]);
        QAction *action = main.action(QStringLiteral("compareWith"));
        QVERIFY(action);
        bool accepted = false;
        QTimer::singleShot(0, this, [&accepted] {
            if (auto *dialog = qobject_cast<CompareDialog *>(QApplication::activeModalWidget())) {
                accepted = dialog->oldPath().endsWith(QStringLiteral("one_coef.new.pkl"))
                           && dialog->newPath().endsWith(QStringLiteral("logreg.pkl"));
                dialog->accept();
            }
        });
        action->trigger();
        QVERIFY(accepted);
        QPointer<CompareWindow> window;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *c = qobject_cast<CompareWindow *>(w))
                window = c;
        QVERIFY(window);
        if (window->state() == CompareWindow::State::Loading) {
            QSignalSpy done(window.data(), &CompareWindow::stateChanged);
            QVERIFY(done.wait(60000));
        }
        QVERIFY(window->view());
        QCOMPARE(window->view()->result()->oldFile.get(), tabs[1]->view()->file().get());
        QCOMPARE(window->view()->result()->newFile.get(), tabs[0]->view()->file().get());
        QCOMPARE(window->view()->result()->diff.changeCount, uint64_t(1));
        window->close();
        QTRY_VERIFY(window.isNull());
    }

    /// File ▸ Compare With… starts from the current tab and another open file.
    void dialogDefaults()
    {
        const QStringList open{QStringLiteral("/x/a.pkl"), QStringLiteral("/x/b.pkl"),
                               QStringLiteral("/x/c.pkl")};
        CompareDialog dialog(open, QStringLiteral("/x/b.pkl"));
        QCOMPARE(dialog.oldPath(), QStringLiteral("/x/b.pkl"));
        QCOMPARE(dialog.newPath(), QStringLiteral("/x/a.pkl"));
        QCOMPARE(dialog.oldBox()->count(), 3);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // the files do not exist
        dialog.setPaths(diffFixture(QStringLiteral("logreg.pkl")),
                        diffFixture(QStringLiteral("one_coef.new.pkl")));
        QVERIFY(ok->isEnabled());
    }

    /// Cancel stops the comparison; a file that cannot be read says why.
    void cancelAndErrors()
    {
        CompareWindow window;
        QSignalSpy done(&window, &CompareWindow::stateChanged);
        window.start(diffFixture(QStringLiteral("forest_4.joblib")),
                     diffFixture(QStringLiteral("forest_6.joblib")));
        window.cancelButton()->click();
        QVERIFY(done.wait(60000));
        QCOMPARE(window.state(), CompareWindow::State::Cancelled);
        QVERIFY(window.errorText().contains(QStringLiteral("cancelled")));
        QVERIFY(!window.view());

        QFile source(diffFixture(QStringLiteral("logreg.pkl")));
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QString truncated = m_dir.filePath(QStringLiteral("truncated.pkl"));
        QFile out(truncated);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(source.readAll().left(300));
        out.close();
        CompareWindow broken;
        QSignalSpy failed(&broken, &CompareWindow::stateChanged);
        broken.start(diffFixture(QStringLiteral("logreg.pkl")), truncated);
        QVERIFY(failed.wait(60000));
        QCOMPARE(broken.state(), CompareWindow::State::Failed);
        QVERIFY2(broken.errorText().contains(QStringLiteral("truncated.pkl"))
                     && broken.errorText().contains(QStringLiteral("offset")),
                 qPrintable(broken.errorText()));
    }
};

QTEST_MAIN(tst_Compare)
#include "tst_compare.moc"
