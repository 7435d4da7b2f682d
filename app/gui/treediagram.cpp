// SPDX-License-Identifier: MIT
#include "treediagram.h"

#include "workerthreads.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QHelpEvent>
#include <QImage>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QShortcut>
#include <QStyleOptionGraphicsItem>
#include <QSvgGenerator>
#include <QThread>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace ps::gui {

namespace {

constexpr qreal kSlot = TreeNodeItem::kWidth + 18;
constexpr qreal kRow = TreeNodeItem::kHeight + 56;
constexpr qreal kMarkerWidth = 150;
constexpr qreal kMarkerHeight = 26;
/// The smallest scale the first view of a tree uses (texts stay readable).
constexpr qreal kReadableScale = 0.55;
const QColor kPathColour(0xe6, 0x51, 0x00);
const QColor kCurrentColour(0x15, 0x65, 0xc0);
const QColor kEdgeColour(0x90, 0x96, 0xa0);

/// Tableau 10: distinct, print-friendly class colours.
const QColor kPalette[]
    = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0xe1, 0x57, 0x59),
       QColor(0x76, 0xb7, 0xb2), QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48),
       QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7), QColor(0x9c, 0x75, 0x5f),
       QColor(0xba, 0xb0, 0xac)};

QColor mix(const QColor &a, const QColor &b, double t)
{
    const auto lerp = [t](int x, int y) {
        return static_cast<int>(std::lround(x + (y - x) * t));
    };
    return QColor(lerp(a.red(), b.red()), lerp(a.green(), b.green()), lerp(a.blue(), b.blue()));
}

QString number(double v, int decimals = 2)
{
    return QLocale::c().toString(v, 'f', decimals);
}

/// The edge from a parent's bottom to a child's top, with "≤"/">" by the child.
class TreeEdgeItem : public QGraphicsPathItem
{
public:
    TreeEdgeItem(QPointF from, QPointF to, QString label, bool highlighted)
        : m_label(std::move(label))
        , m_to(to)
        , m_highlighted(highlighted)
    {
        QPainterPath path(from);
        const qreal mid = (from.y() + to.y()) / 2;
        path.lineTo(from.x(), mid);
        path.lineTo(to.x(), mid);
        path.lineTo(to);
        setPath(path);
        QPen pen(highlighted ? kPathColour : kEdgeColour, highlighted ? 3.0 : 1.2);
        pen.setCosmetic(!highlighted);
        pen.setJoinStyle(Qt::RoundJoin);
        setPen(pen);
        setZValue(highlighted ? -1 : -2);
    }
    QRectF boundingRect() const override
    {
        return QGraphicsPathItem::boundingRect().united(labelRect());
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override
    {
        const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
        painter->setRenderHint(QPainter::Antialiasing, lod >= 0.4); // far out: cheap lines
        QGraphicsPathItem::paint(painter, option, widget);
        if (m_label.isEmpty() || lod < 0.4)
            return;
        QFont font = painter->font();
        font.setPointSizeF(8.5);
        font.setBold(m_highlighted);
        painter->setFont(font);
        painter->setPen(m_highlighted ? kPathColour : QColor(0x5f, 0x63, 0x68));
        painter->drawText(labelRect(), Qt::AlignLeft | Qt::AlignVCenter, m_label);
    }

private:
    QRectF labelRect() const { return QRectF(m_to.x() + 5, m_to.y() - 22, 30, 18); }
    QString m_label;
    QPointF m_to;
    bool m_highlighted;
};

} // namespace

TreeNodeItem::TreeNodeItem(uint64_t node, QString title, QString detail, QColor fill, QColor accent,
                           std::vector<std::pair<double, QColor>> distribution)
    : m_node(node)
    , m_title(std::move(title))
    , m_detail(std::move(detail))
    , m_fill(std::move(fill))
    , m_accent(std::move(accent))
    , m_distribution(std::move(distribution))
{
    setCacheMode(DeviceCoordinateCache);
    setAcceptHoverEvents(false);
}

QRectF TreeNodeItem::boundingRect() const
{
    return QRectF(-kWidth / 2 - 3, -3, kWidth + 6, kHeight + 6);
}

void TreeNodeItem::setHighlighted(bool on)
{
    if (on != m_highlighted) {
        m_highlighted = on;
        update();
    }
}

void TreeNodeItem::setCurrent(bool on)
{
    if (on != m_current) {
        m_current = on;
        update();
    }
}

void TreeNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF box(-kWidth / 2, 0, kWidth, kHeight);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.3);
    QPen border(m_current       ? kCurrentColour
                : m_highlighted ? kPathColour
                                : m_accent,
                m_current || m_highlighted ? 3.0 : 1.2);
    painter->setPen(border);
    painter->setBrush(m_fill);
    if (lod < 0.3) { // far out: shapes only, the texts are unreadable anyway
        painter->drawRect(box);
        return;
    }
    painter->drawRoundedRect(box, 6, 6);
    const QRectF inner = box.adjusted(8, 5, -8, -5);
    QFont font = painter->font();
    font.setPointSizeF(9);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(QColor(0x20, 0x21, 0x24));
    const QFontMetricsF bold(font);
    painter->drawText(QRectF(inner.left(), inner.top(), inner.width(), 18),
                      Qt::AlignHCenter | Qt::AlignVCenter,
                      bold.elidedText(m_title, Qt::ElideMiddle, inner.width()));
    font.setBold(false);
    font.setPointSizeF(8.5);
    painter->setFont(font);
    painter->setPen(QColor(0x3c, 0x40, 0x43));
    painter->drawText(QRectF(inner.left(), inner.top() + 19, inner.width(), 16),
                      Qt::AlignHCenter | Qt::AlignVCenter,
                      QFontMetricsF(font).elidedText(m_detail, Qt::ElideRight, inner.width()));
    if (!m_distribution.empty()) {
        QRectF bar(inner.left(), inner.bottom() - 12, inner.width(), 10);
        qreal x = bar.left();
        painter->setPen(Qt::NoPen);
        for (const auto &[share, colour] : m_distribution) {
            const qreal w = share * bar.width();
            if (w > 0)
                painter->fillRect(QRectF(x, bar.top(), w, bar.height()), colour);
            x += w;
        }
        painter->setPen(QPen(QColor(0, 0, 0, 60), 0.8));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(bar);
    }
}

TreeMarkerItem::TreeMarkerItem(uint64_t node, uint64_t hidden, QString text)
    : m_node(node)
    , m_hidden(hidden)
    , m_text(std::move(text))
{
    setCacheMode(DeviceCoordinateCache);
}

QRectF TreeMarkerItem::boundingRect() const
{
    return QRectF(-kMarkerWidth / 2 - 1, -1, kMarkerWidth + 2, kMarkerHeight + 2);
}

void TreeMarkerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF box(-kMarkerWidth / 2, 0, kMarkerWidth, kMarkerHeight);
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(kEdgeColour, 1.0, Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(QColor(0xf8, 0xf9, 0xfa));
    painter->drawRoundedRect(box, 12, 12);
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < 0.3)
        return;
    QFont font = painter->font();
    font.setPointSizeF(8.5);
    font.setItalic(true);
    painter->setFont(font);
    painter->setPen(QColor(0x5f, 0x63, 0x68));
    painter->drawText(box, Qt::AlignCenter, m_text);
}

TreeDiagramView::TreeDiagramView(QWidget *parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setBackgroundBrush(Qt::white);
    auto *fit = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_0), this);
    fit->setContext(Qt::WidgetWithChildrenShortcut);
    connect(fit, &QShortcut::activated, this, &TreeDiagramView::fitAll);
}

TreeDiagramView::~TreeDiagramView()
{
    stopWorker();
}

void TreeDiagramView::stopWorker()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_worker)
        retireThread(m_worker);
    m_worker = nullptr;
    m_cancel.reset();
}

void TreeDiagramView::setModel(TreeDiagramModel model, uint32_t depthLimit)
{
    m_model = std::move(model);
    m_options = TreeLayoutOptions();
    m_options.depthLimit = depthLimit == 0 ? UINT32_MAX : depthLimit;
    m_path.clear();
    m_current = UINT64_MAX;
    m_minValue = m_maxValue = 0;
    if (const auto &t = m_model.tree; t && !m_model.classifier && t->nodeCount > 0) {
        m_minValue = m_maxValue = t->valueOf(0)[0];
        for (uint64_t i = 0; i < t->nodeCount; ++i) {
            const double v = t->valueOf(i)[0];
            if (std::isfinite(v)) {
                m_minValue = std::min(m_minValue, v);
                m_maxValue = std::max(m_maxValue, v);
            }
        }
    }
    m_fitAfterLayout = true;
    relayout();
}

void TreeDiagramView::setDepthLimit(uint32_t depthLimit)
{
    m_options.depthLimit = depthLimit == 0 ? UINT32_MAX : depthLimit;
    m_options.expanded.clear();
    m_options.collapsed.clear();
    m_fitAfterLayout = true;
    relayout();
}

void TreeDiagramView::toggleNode(uint64_t node)
{
    const auto &t = m_model.tree;
    if (!t || node >= t->nodeCount || t->isLeaf(node))
        return;
    m_options.collapsed.resize(t->nodeCount);
    m_options.expanded.resize(t->nodeCount);
    const bool shown = childrenShown(node);
    m_options.collapsed[node] = shown ? 1 : 0;
    m_options.expanded[node] = shown ? 0 : 1;
    m_fitAfterLayout = false;
    relayout();
}

bool TreeDiagramView::childrenShown(uint64_t node) const
{
    return gui::childrenShown(*m_model.tree, m_options, node);
}

void TreeDiagramView::setPath(std::vector<uint64_t> path)
{
    m_path = std::move(path);
    const auto &t = m_model.tree;
    if (!t)
        return;
    // Every node of the path is shown: open what the depth limit or a collapse cut.
    bool open = false;
    for (const uint64_t n : m_path) {
        if (n >= t->nodeCount || t->isLeaf(n) || n == m_path.back())
            continue;
        m_options.collapsed.resize(t->nodeCount);
        m_options.expanded.resize(t->nodeCount);
        if (!childrenShown(n)) {
            m_options.collapsed[n] = 0;
            m_options.expanded[n] = 1;
            open = true;
        }
    }
    if (open || isLayingOut()) {
        if (open)
            m_fitAfterLayout = false;
        relayout();
        return;
    }
    buildScene();
}

void TreeDiagramView::setCurrentNode(uint64_t node)
{
    if (TreeNodeItem *old = itemOfNode(m_current))
        old->setCurrent(false);
    m_current = node;
    if (TreeNodeItem *item = itemOfNode(node))
        item->setCurrent(true);
}

void TreeDiagramView::relayout()
{
    stopWorker();
    if (!m_model.tree) {
        m_layout = TreeLayout();
        buildScene();
        return;
    }
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    const uint64_t generation = ++m_generation;
    auto tree = m_model.tree;
    const TreeLayoutOptions options = m_options;
    QPointer<TreeDiagramView> self(this);
    QThread *thread = QThread::create([self, cancel, tree, options, generation] {
        QElapsedTimer timer;
        timer.start();
        TreeLayout layout = layoutTree(*tree, options, cancel.get());
        const qint64 ms = timer.elapsed();
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(
            qApp,
            [self, cancel, generation, ms, layout = std::move(layout)]() mutable {
                if (!self || cancel->load() || generation != self->m_generation)
                    return;
                self->m_worker = nullptr; // finishing: it touches nothing of the view any more
                self->m_cancel.reset();
                self->m_layout = std::move(layout);
                self->m_layoutMs = ms;
                self->buildScene();
                if (self->m_fitAfterLayout)
                    self->initialView();
                Q_EMIT self->layoutFinished();
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_worker = thread;
    thread->start(QThread::LowPriority);
}

QString TreeDiagramView::featureName(uint64_t node) const
{
    const auto f = static_cast<uint64_t>(m_model.tree->feature[node]);
    return f < m_model.featureNames.size() ? m_model.featureNames[f]
                                           : QStringLiteral("feature_%1").arg(f);
}

QString TreeDiagramView::predictionOf(uint64_t node) const
{
    const auto &t = *m_model.tree;
    const auto rows = t.valueOf(node);
    if (m_model.classifier) {
        const size_t best = insight::majorityClass(t, node);
        return best < m_model.classNames.size() ? m_model.classNames[best] : QString::number(best);
    }
    QStringList values;
    for (uint64_t o = 0; o < t.nOutputs; ++o)
        values << number(rows[o * t.maxClasses]);
    return values.join(QStringLiteral(", "));
}

QString TreeDiagramView::titleOf(uint64_t node) const
{
    const auto &t = *m_model.tree;
    if (t.isLeaf(node))
        return m_model.classifier ? predictionOf(node) : tr("value = %1").arg(predictionOf(node));
    //: A split test of a decision tree node: feature ≤ threshold.
    return tr("%1 ≤ %2").arg(featureName(node), number(t.threshold[node]));
}

QString TreeDiagramView::detailOf(uint64_t node) const
{
    const auto &t = *m_model.tree;
    const QString samples = tr("samples = %1").arg(QLocale().toString(t.samples[node]));
    if (!m_model.classifier && !t.isLeaf(node))
        return samples + QStringLiteral(" · ") + tr("value = %1").arg(predictionOf(node));
    return samples;
}

QString TreeDiagramView::toolTipOf(uint64_t node) const
{
    const auto &t = *m_model.tree;
    const QLocale locale;
    QString html = QStringLiteral("<b>") + tr("Node %1").arg(node) + QStringLiteral("</b> · ")
                   + tr("depth %1").arg(t.depth[node]) + QStringLiteral("<br>");
    if (!t.isLeaf(node))
        html += tr("Split: %1 ≤ %2 (left), else right")
                    .arg(featureName(node).toHtmlEscaped(),
                         QLocale::c().toString(t.threshold[node], 'g', 17))
                + QStringLiteral("<br>");
    html += tr("Impurity: %1").arg(QLocale::c().toString(t.impurity[node], 'g', 6))
            + QStringLiteral("<br>");
    html += tr("Samples: %1").arg(locale.toString(t.samples[node])) + QStringLiteral("<br>");
    html += tr("Weighted samples: %1").arg(QLocale::c().toString(t.weightedSamples[node], 'g', 8))
            + QStringLiteral("<br>");
    const auto rows = t.valueOf(node);
    QStringList outputs;
    for (uint64_t o = 0; o < t.nOutputs; ++o) {
        QStringList v;
        const uint64_t classes = m_model.classifier && o < t.nClasses.size()
                                     ? static_cast<uint64_t>(t.nClasses[o])
                                     : 1;
        for (uint64_t c = 0; c < classes; ++c)
            v << QLocale::c().toString(rows[o * t.maxClasses + c], 'g', 6);
        outputs << QLatin1Char('[') + v.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    html += tr("Value: %1").arg(outputs.join(QStringLiteral(" "))) + QStringLiteral("<br>");
    html += (m_model.classifier ? tr("Class: %1") : tr("Prediction: %1"))
                .arg(predictionOf(node).toHtmlEscaped());
    return html;
}

QColor TreeDiagramView::classColour(size_t cls) const
{
    return kPalette[cls % std::size(kPalette)];
}

QColor TreeDiagramView::valueColour(double value) const
{
    const double span = m_maxValue - m_minValue;
    const double t = span > 0 && std::isfinite(value) ? (value - m_minValue) / span : 0.5;
    return mix(QColor(0xf7, 0xfb, 0xff), QColor(0x6b, 0xae, 0xd6), std::clamp(t, 0.0, 1.0));
}

void TreeDiagramView::buildScene()
{
    QElapsedTimer timer;
    timer.start();
    QGraphicsScene *s = scene();
    s->clear();
    const auto &t = m_model.tree;
    if (!t || m_layout.shown.empty()) {
        s->setSceneRect(QRectF());
        m_sceneMs = timer.elapsed();
        return;
    }
    std::vector<uint8_t> onPath(t->nodeCount, 0);
    for (const uint64_t n : m_path)
        if (n < t->nodeCount)
            onPath[n] = 1;
    const uint64_t classes = t->nClasses.empty() ? 1 : static_cast<uint64_t>(t->nClasses[0]);
    const auto pos = [this](size_t i) {
        return QPointF(m_layout.x[i] * kSlot, m_layout.row[i] * kRow);
    };
    for (size_t i = 0; i < m_layout.shown.size(); ++i) {
        const uint64_t n = m_layout.shown[i];
        const auto rows = t->valueOf(n);
        QColor fill(Qt::white), accent(0x9a, 0xa0, 0xa6);
        std::vector<std::pair<double, QColor>> distribution;
        if (m_model.classifier) {
            double total = 0;
            for (uint64_t c = 0; c < classes; ++c)
                total += std::max(0.0, rows[c]);
            for (uint64_t c = 0; c < classes && total > 0; ++c)
                distribution.emplace_back(std::max(0.0, rows[c]) / total, classColour(c));
            const size_t best = insight::majorityClass(*t, n);
            if (t->isLeaf(n)) {
                const double purity = total > 0 ? std::max(0.0, rows[best]) / total : 0;
                fill = mix(Qt::white, classColour(best), 0.18 + 0.32 * purity);
                accent = classColour(best);
            }
        } else {
            fill = valueColour(rows[0]);
            if (t->isLeaf(n))
                accent = QColor(0x31, 0x82, 0xbd);
        }
        auto *item
            = new TreeNodeItem(n, titleOf(n), detailOf(n), fill, accent, std::move(distribution));
        item->setPos(pos(i));
        item->setHighlighted(onPath[n] != 0);
        item->setCurrent(n == m_current);
        s->addItem(item);
        if (m_layout.parent[i] >= 0) {
            const auto p = static_cast<size_t>(m_layout.parent[i]);
            const bool left = t->left[m_layout.shown[p]] == static_cast<int64_t>(n);
            auto *edge = new TreeEdgeItem(pos(p) + QPointF(0, TreeNodeItem::kHeight), pos(i),
                                          left ? QStringLiteral("≤") : QStringLiteral(">"),
                                          onPath[n] && onPath[m_layout.shown[p]]);
            s->addItem(edge);
        }
    }
    for (const auto &marker : m_layout.markers) {
        const QPointF top = pos(marker.owner) + QPointF(0, TreeNodeItem::kHeight);
        const QPointF at = top + QPointF(0, kRow - TreeNodeItem::kHeight);
        auto *edge = new QGraphicsLineItem(QLineF(top, at));
        QPen pen(kEdgeColour, 1.0, Qt::DashLine);
        pen.setCosmetic(true);
        edge->setPen(pen);
        edge->setZValue(-2);
        s->addItem(edge);
        auto *item = new TreeMarkerItem(
            m_layout.shown[marker.owner], marker.hidden,
            tr("… %Ln more node(s)", nullptr,
               static_cast<int>(std::min<uint64_t>(marker.hidden, INT32_MAX))));
        item->setPos(at);
        s->addItem(item);
    }
    s->setSceneRect(s->itemsBoundingRect().adjusted(-24, -24, 24, 24));
    m_sceneMs = timer.elapsed();
}

QList<TreeNodeItem *> TreeDiagramView::nodeItems() const
{
    QList<TreeNodeItem *> out;
    for (QGraphicsItem *item : scene()->items())
        if (item->type() == TreeNodeItem::Type)
            out << static_cast<TreeNodeItem *>(item);
    return out;
}

QList<TreeMarkerItem *> TreeDiagramView::markerItems() const
{
    QList<TreeMarkerItem *> out;
    for (QGraphicsItem *item : scene()->items())
        if (item->type() == TreeMarkerItem::Type)
            out << static_cast<TreeMarkerItem *>(item);
    return out;
}

TreeNodeItem *TreeDiagramView::itemOfNode(uint64_t node) const
{
    if (!m_model.tree || node >= m_model.tree->nodeCount || m_layout.shown.empty())
        return nullptr;
    // The layout lists shown nodes in pre-order, not sorted by index: look the item up.
    for (QGraphicsItem *item : scene()->items())
        if (item->type() == TreeNodeItem::Type && static_cast<TreeNodeItem *>(item)->node() == node)
            return static_cast<TreeNodeItem *>(item);
    return nullptr;
}

uint64_t TreeDiagramView::nodeAt(const QPoint &pos) const
{
    for (QGraphicsItem *item : items(pos)) {
        if (item->type() == TreeNodeItem::Type)
            return static_cast<TreeNodeItem *>(item)->node();
        if (item->type() == TreeMarkerItem::Type)
            return static_cast<TreeMarkerItem *>(item)->node();
    }
    return UINT64_MAX;
}

void TreeDiagramView::fitAll()
{
    const QRectF rect = scene()->sceneRect();
    if (rect.isEmpty())
        return;
    m_fitAfterLayout = false; // asked for: a later resize keeps it
    fitInView(rect, Qt::KeepAspectRatio);
    // A small tree is not blown up past its natural size.
    if (transform().m11() > 1.0)
        setTransform(QTransform());
    centerOn(rect.center());
}

void TreeDiagramView::initialView()
{
    const QRectF rect = scene()->sceneRect();
    const QSize port = viewport()->size();
    if (rect.isEmpty() || port.isEmpty())
        return;
    // The whole tree when it stays readable, else its top at a readable scale round the root.
    const qreal fit = std::min(port.width() / rect.width(), port.height() / rect.height());
    const qreal scale = std::clamp(fit, kReadableScale, 1.0);
    setTransform(QTransform::fromScale(scale, scale));
    if (fit >= kReadableScale) {
        centerOn(rect.center());
        return;
    }
    const qreal rootX = m_layout.x.empty() ? rect.center().x() : m_layout.x[0] * kSlot;
    centerOn(rootX, rect.top() + port.height() / scale / 2);
}

void TreeDiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitAfterLayout && !isLayingOut())
        initialView();
}

void TreeDiagramView::mouseMoveEvent(QMouseEvent *event)
{
    if ((event->buttons() & Qt::LeftButton)
        && (event->position().toPoint() - m_pressPos).manhattanLength()
               > QApplication::startDragDistance())
        m_fitAfterLayout = false; // panned: the view stays where the user put it
    QGraphicsView::mouseMoveEvent(event);
}

namespace {

/// Renders items directly while it lives (an export gets vector text, not cached pixmaps).
class UncachedItems
{
public:
    explicit UncachedItems(QGraphicsScene *scene)
        : m_items(scene->items())
    {
        for (QGraphicsItem *item : m_items)
            m_modes.push_back(item->cacheMode());
        for (QGraphicsItem *item : m_items)
            item->setCacheMode(QGraphicsItem::NoCache);
    }
    ~UncachedItems()
    {
        for (qsizetype i = 0; i < m_items.size(); ++i)
            m_items[i]->setCacheMode(m_modes[static_cast<size_t>(i)]);
    }
    UncachedItems(const UncachedItems &) = delete;
    UncachedItems &operator=(const UncachedItems &) = delete;

private:
    QList<QGraphicsItem *> m_items;
    std::vector<QGraphicsItem::CacheMode> m_modes;
};

} // namespace

bool TreeDiagramView::exportSvg(const QString &fileName) const
{
    const QRectF source = scene()->sceneRect();
    if (source.isEmpty())
        return false;
    QSvgGenerator svg;
    svg.setFileName(fileName);
    svg.setSize(source.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
    svg.setTitle(tr("Decision tree"));
    {
        const UncachedItems uncached(scene());
        QPainter painter(&svg);
        painter.fillRect(QRectF(QPointF(0, 0), source.size()), Qt::white);
        scene()->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    }
    return QFileInfo(fileName).size() > 0;
}

bool TreeDiagramView::exportPng(const QString &fileName) const
{
    const QRectF source = scene()->sceneRect();
    if (source.isEmpty())
        return false;
    QImage image((source.size() * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return false;
    image.fill(Qt::white);
    {
        const UncachedItems uncached(scene());
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene()->render(&painter, QRectF(QPointF(0, 0), image.size()), source);
    }
    return image.save(fileName, "PNG");
}

void TreeDiagramView::wheelEvent(QWheelEvent *event)
{
    const double factor = std::pow(1.0015, event->angleDelta().y());
    const double scale = transform().m11() * factor;
    if (scale < 0.02 || scale > 8)
        return;
    this->scale(factor, factor);
    m_fitAfterLayout = false;
    event->accept();
}

void TreeDiagramView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void TreeDiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton
        || (event->position().toPoint() - m_pressPos).manhattanLength()
               > QApplication::startDragDistance())
        return;
    const uint64_t node = nodeAt(event->position().toPoint());
    if (node != UINT64_MAX) {
        setCurrentNode(node);
        Q_EMIT nodeClicked(node);
    }
}

void TreeDiagramView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const uint64_t node = nodeAt(event->position().toPoint());
    if (node != UINT64_MAX && event->button() == Qt::LeftButton) {
        toggleNode(node);
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void TreeDiagramView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    const uint64_t node = nodeAt(event->pos());
    if (node != UINT64_MAX && !m_model.tree->isLeaf(node)) {
        const bool shown = childrenShown(node);
        menu.addAction(shown ? tr("Collapse subtree") : tr("Expand subtree"), this,
                       [this, node] { toggleNode(node); });
    }
    if (node != UINT64_MAX)
        menu.addAction(tr("Show in the node arrays"), this,
                       [this, node] { Q_EMIT showInArraysRequested(node); });
    menu.addAction(tr("Fit to window"), QKeySequence(Qt::CTRL | Qt::Key_0), this,
                   &TreeDiagramView::fitAll);
    menu.exec(event->globalPos());
}

bool TreeDiagramView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model.tree) {
        auto *help = static_cast<QHelpEvent *>(event);
        const uint64_t node = nodeAt(help->pos());
        if (node != UINT64_MAX)
            QToolTip::showText(help->globalPos(), toolTipOf(node), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

void TreeDiagramView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !isLayingOut())
        buildScene();
    QGraphicsView::changeEvent(event);
}

} // namespace ps::gui
