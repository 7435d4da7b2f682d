// SPDX-License-Identifier: MIT
#include "comparedetail.h"

#include "deltatablemodel.h"
#include "detailpane.h"
#include "path/path.h"
#include "qtstrings.h"

#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ps::gui {

namespace {
constexpr size_t kPositionsShown = 5;

QString shapeText(const std::vector<uint64_t> &shape)
{
    QStringList parts;
    for (uint64_t n : shape)
        parts << QString::number(n);
    return QLatin1Char('(') + parts.join(QStringLiteral(", "))
           + (shape.size() == 1 ? QStringLiteral(",)") : QStringLiteral(")"));
}

QString code(const std::string &text)
{
    return QStringLiteral("<code>%1</code>").arg(toQString(text).toHtmlEscaped());
}
} // namespace

CompareDetail::CompareDetail(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_change = new QLabel(this);
    m_change->setWordWrap(true);
    m_change->setTextFormat(Qt::RichText);
    m_change->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_change);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    for (int s = 0; s < 2; ++s) {
        auto *box = new QGroupBox(s == 0 ? tr("Old") : tr("New"), m_splitter);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(4, 4, 4, 4);
        m_panes[s] = new DetailPane(box);
        boxLayout->addWidget(m_panes[s]);
        m_splitter->addWidget(box);
        connect(m_panes[s], &DetailPane::statusMessage, this, &CompareDetail::statusMessage);
    }
    m_deltaBox = new QGroupBox(tr("Element-wise change (new − old)"), m_splitter);
    auto *deltaLayout = new QVBoxLayout(m_deltaBox);
    deltaLayout->setContentsMargins(4, 4, 4, 4);
    m_deltaModel = new DeltaTableModel(this);
    m_deltaTable = new QTableView(m_deltaBox);
    m_deltaTable->setModel(m_deltaModel);
    m_deltaTable->setAlternatingRowColors(false);
    m_deltaTable->verticalHeader()->setDefaultSectionSize(m_deltaTable->fontMetrics().height() + 6);
    m_deltaTable->setWordWrap(false);
    deltaLayout->addWidget(m_deltaTable);
    m_splitter->addWidget(m_deltaBox);
    m_deltaBox->hide();
    layout->addWidget(m_splitter, 1);
    showRow(nullptr, {});
}

void CompareDetail::setResult(CompareResultPtr result)
{
    m_result = std::move(result);
    if (!m_result)
        return;
    m_panes[0]->setFile(m_result->oldFile);
    m_panes[1]->setFile(m_result->newFile);
    qobject_cast<QGroupBox *>(m_panes[0]->parentWidget())
        ->setTitle(tr("Old: %1").arg(QFileInfo(m_result->oldFile->path).fileName()));
    qobject_cast<QGroupBox *>(m_panes[1]->parentWidget())
        ->setTitle(tr("New: %1").arg(QFileInfo(m_result->newFile->path).fileName()));
}

void CompareDetail::showRow(const CompareTreeModel *model, const QModelIndex &index)
{
    if (!model || !index.isValid() || !m_result) {
        m_change->setText(tr("Select a row to see both values."));
        for (DetailPane *pane : m_panes)
            pane->clear();
        m_deltaModel->setArrays(nullptr, nullptr, 0, 0);
        m_deltaBox->hide();
        return;
    }
    m_change->setText(describe(model, index));
    std::shared_ptr<const NdArray> arrays[2];
    for (int s = 0; s < 2; ++s) {
        const auto side = s == 0 ? CompareTreeModel::Side::Old : CompareTreeModel::Side::New;
        const NodeId node = model->nodeOf(index, side);
        if (node == kNoNode) {
            m_panes[s]->clear();
            continue;
        }
        m_panes[s]->showNode(node, model->rootOf(index), toQString(model->pathOf(index, side)),
                             false);
        const LoadedFilePtr &file = s == 0 ? m_result->oldFile : m_result->newFile;
        arrays[s] = arrayOfNode(*file->document, node);
    }
    const bool delta
        = arrays[0] && arrays[1] && DeltaTableModel::comparable(*arrays[0], *arrays[1]);
    m_deltaModel->setArrays(delta ? arrays[0] : nullptr, delta ? arrays[1] : nullptr,
                            m_result->rtol, m_result->atol);
    m_deltaBox->setVisible(delta);
}

QString CompareDetail::describe(const CompareTreeModel *model, const QModelIndex &index) const
{
    const auto oldStatus = model->status(index, CompareTreeModel::Side::Old);
    const auto newStatus = model->status(index, CompareTreeModel::Side::New);
    const int change = model->changeOf(index);
    auto chip = [](RowStatus status) {
        const QColor colour = CompareColours::accent(status);
        return QStringLiteral("<b style=\"color:%1\">■</b> <b>%2</b>")
            .arg(colour.isValid() ? colour.name() : QStringLiteral("#888888"),
                 CompareColours::name(status).toHtmlEscaped());
    };
    const std::string oldPath = model->pathOf(index, CompareTreeModel::Side::Old);
    const std::string newPath = model->pathOf(index, CompareTreeModel::Side::New);
    auto pathText = [](const std::string &path) {
        return path.empty() ? QStringLiteral("<code>%1</code>").arg(tr("(root)")) : code(path);
    };
    if (change < 0) {
        RowStatus status = oldStatus == RowStatus::Absent ? newStatus : oldStatus;
        if (status == RowStatus::Absent || status == RowStatus::Equal)
            status = newStatus == RowStatus::Absent ? oldStatus : newStatus;
        QString text
            = chip(status) + QStringLiteral(" ")
              + pathText(model->nodeOf(index, CompareTreeModel::Side::Old) != kNoNode ? oldPath
                                                                                      : newPath);
        if (status == RowStatus::Contains)
            text += QStringLiteral(" — ")
                    + tr("equal itself; the differences are further down (F7 goes to the next).");
        else if (status == RowStatus::Equal)
            text += QStringLiteral(" — ") + tr("the same in both files.");
        else
            text += QStringLiteral(" — ")
                    + tr("inside a value that was %1.")
                          .arg(CompareColours::name(status).toHtmlEscaped());
        return text;
    }
    const diff::Change &c = m_result->diff.changes[static_cast<size_t>(change)];
    QString text = chip(CompareColours::statusOf(c.kind)) + QStringLiteral(" ")
                   + pathText(c.kind == diff::ChangeKind::Added ? newPath : oldPath);
    if (!c.newPath.empty() && c.newPath != c.path && c.kind != diff::ChangeKind::Added)
        text += QStringLiteral(" ↔ ") + pathText(c.newPath);
    QStringList lines;
    if (c.kind == diff::ChangeKind::TypeChanged)
        lines << tr("type %1 → %2").arg(code(c.oldType), code(c.newType));
    if (!c.oldSummary.empty() || !c.newSummary.empty()) {
        const QString none = tr("(absent)");
        lines << QStringLiteral("%1 → %2").arg(c.oldSummary.empty() ? none : code(c.oldSummary),
                                               c.newSummary.empty() ? none : code(c.newSummary));
    }
    if (c.hasArray) {
        const diff::ArrayDiff &a = c.array;
        if (a.shapeChanged)
            lines << tr("shape %1 → %2").arg(shapeText(a.oldShape), shapeText(a.newShape));
        if (a.dtypeChanged)
            lines << tr("dtype %1 → %2").arg(code(a.oldDType), code(a.newDType));
        if (!a.shapeChanged && !a.dtypeChanged) {
            QString stats = tr("%1 of %2 elements differ").arg(a.differing).arg(a.compared);
            if (a.numeric && a.differing > 0)
                stats += QStringLiteral("; ")
                         + tr("largest absolute change %1, largest relative change %2")
                               .arg(QString::number(a.maxAbsDiff, 'g', 6),
                                    QString::number(a.maxRelDiff, 'g', 6));
            lines << stats;
        }
        for (size_t i = 0; i < a.top.size() && i < kPositionsShown; ++i) {
            const diff::Position &p = a.top[i];
            QStringList indices;
            QStringList names;
            for (size_t k = 0; k < p.index.size(); ++k) {
                indices << QString::number(p.index[k]);
                const std::string label = k < p.labels.size() ? p.labels[k] : std::string();
                if (!label.empty()) {
                    const std::string axis = k < a.axes.size() ? a.axes[k] : std::string();
                    names << (axis.empty() ? toQString(label)
                                           : toQString(axis) + QLatin1Char(' ') + toQString(label))
                                 .toHtmlEscaped();
                }
            }
            QString where = QStringLiteral("[%1]").arg(indices.join(QStringLiteral(", ")));
            if (!names.isEmpty())
                where += QLatin1Char(' ') + names.join(QStringLiteral(", "));
            lines << QStringLiteral("&nbsp;&nbsp;%1: %2 → %3")
                         .arg(where, code(p.oldRepr), code(p.newRepr));
        }
    }
    if (!lines.isEmpty())
        text += QStringLiteral("<br>") + lines.join(QStringLiteral("<br>"));
    return text;
}

} // namespace ps::gui
