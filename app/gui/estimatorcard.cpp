// SPDX-License-Identifier: MIT
#include "estimatorcard.h"

#include "insight/overview.h"
#include "path/path.h"
#include "present/children.h"
#include "present/python_type.h"
#include "present/summary.h"
#include "qtstrings.h"

#include <QCoreApplication>
#include <QUrl>

namespace ps::gui {

namespace {

constexpr size_t kOverviewChildren = 200;

/// The translation context of the cards.
class EstimatorCard
{
    Q_DECLARE_TR_FUNCTIONS(EstimatorCard)
};

QString escaped(std::string_view text)
{
    return toQString(text).toHtmlEscaped();
}

QString link(const QString &path, const QString &text)
{
    return QStringLiteral("<a href=\"path:%1\">%2</a>")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(path)), text);
}

bool isFitted(std::string_view name)
{
    return !name.empty() && name.back() == '_' && name.front() != '_';
}

/// The path of estimator `index` relative to `base` (the path the card was opened at, which
/// is the path of estimator `baseIndex`), for links.
QString relativePath(const LoadedFile &file, size_t index, size_t baseIndex, const QString &base)
{
    const std::string &own = file.estimators[index].path;
    const std::string &from = file.estimators[baseIndex].path;
    return base + toQString(std::string_view(own).substr(std::min(from.size(), own.size())));
}

/// Whether an estimator without fitted attributes of its own is fitted: judged by its parts
/// (a Pipeline's steps, a FeatureUnion's transformers), each named with a link.
QString fitText(const LoadedFile &file, size_t index, const QString &path)
{
    const insight::FitJudgement fit = insight::judgeFit(file.estimators, index);
    if (!fit.byParts)
        return EstimatorCard::tr("None: the estimator is not fitted.");
    QStringList parts;
    for (size_t part : fit.parts) {
        const bool fitted
            = insight::judgeFit(file.estimators, part).state == insight::FitState::Fitted;
        parts << QStringLiteral("%1 (%2)").arg(
            link(relativePath(file, part, index, path), escaped(file.estimators[part].className)),
            fitted ? EstimatorCard::tr("fitted") : EstimatorCard::tr("not fitted"));
    }
    const int n = static_cast<int>(fit.parts.size());
    QString verdict;
    switch (fit.state) {
    case insight::FitState::Fitted:
        verdict = EstimatorCard::tr("<b>Fitted</b>, judged by its %n part(s), which are all "
                                    "fitted:",
                                    nullptr, n);
        break;
    case insight::FitState::NotFitted:
        verdict
            = EstimatorCard::tr("<b>Not fitted</b>: none of its %n part(s) is fitted:", nullptr, n);
        break;
    case insight::FitState::Partly:
        verdict = EstimatorCard::tr(
                      "<b>Partly fitted</b>: %1 of its %n part(s) are fitted:", nullptr, n)
                      .arg(fit.fittedParts);
        break;
    }
    return EstimatorCard::tr("It stores no fitted attribute of its own.") + QLatin1Char(' ')
           + verdict + QLatin1Char(' ') + parts.join(QStringLiteral(", ")) + QLatin1Char('.');
}

} // namespace

QString estimatorCardHtml(const LoadedFile &file, NodeId node, const QString &path)
{
    const Document &doc = *file.document;
    const Interpretation *in = doc.interpretation(node);
    if (!in)
        return {};
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(shortTypeName(in->pythonType)));
    html += QStringLiteral("<p><code>%1</code><br>").arg(escaped(in->pythonType));
    html += in->version.empty()
                ? EstimatorCard::tr("scikit-learn version: not recorded")
                : EstimatorCard::tr("Saved by scikit-learn %1").arg(escaped(in->version));
    html += QStringLiteral("</p>");

    QString params;
    QString fitted;
    int paramCount = 0;
    int fittedCount = 0;
    for (const Member &m : in->members) {
        if (m.style != MemberStyle::Attribute)
            continue;
        const QString memberPath = path + toQString(formatStep(PathStep::attribute(m.name)));
        const QString row
            = QStringLiteral("<tr><td>%1</td><td><code>%2</code></td></tr>")
                  .arg(link(memberPath, escaped(m.name)), escaped(summary(doc, m.value, 90)));
        if (isFitted(m.name)) {
            fitted += row;
            ++fittedCount;
        } else if (m.name.empty() || m.name.front() != '_') {
            params += row;
            ++paramCount;
        }
    }
    const QString table = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">%1</table>");
    html += QStringLiteral("<h3>%1</h3>")
                .arg(EstimatorCard::tr("Hyper-parameters (%1)").arg(paramCount));
    html += paramCount ? table.arg(params) : QStringLiteral("<p>—</p>");
    html += QStringLiteral("<h3>%1</h3>")
                .arg(EstimatorCard::tr("Fitted attributes (%1)").arg(fittedCount));
    const auto found = file.estimatorOfNode.find(node);
    if (fittedCount) {
        html += table.arg(fitted);
    } else if (found != file.estimatorOfNode.end()) {
        html += QStringLiteral("<p>%1</p>").arg(fitText(file, found->second, path));
    } else {
        html += QStringLiteral("<p>%1</p>")
                    .arg(EstimatorCard::tr("None: the estimator is not fitted."));
    }

    // What it learned, from the insight layer, each with a link to its chart.
    if (found == file.estimatorOfNode.end())
        return html;
    const insight::Estimator &estimator = file.estimators[found->second];
    QString learned;
    for (size_t i = 0; i < estimator.parameters.size(); ++i) {
        const insight::Parameter &p = estimator.parameters[i];
        QStringList dims;
        for (uint64_t d : p.shape)
            dims << QString::number(d);
        const QString chartLink = p.values.empty()
                                      ? QString()
                                      : QStringLiteral("<a href=\"chart:%1:%2\">%3</a>")
                                            .arg(found->second)
                                            .arg(i)
                                            .arg(EstimatorCard::tr("chart"));
        learned += QStringLiteral("<tr><td>%1</td><td>%2</td><td>(%3)</td><td>%4</td></tr>")
                       .arg(escaped(p.name), escaped(insight::roleName(p.role)),
                            dims.join(QStringLiteral(", ")), chartLink);
    }
    html += QStringLiteral("<h3>%1</h3>")
                .arg(EstimatorCard::tr("Learned parameters (%1)").arg(estimator.parameters.size()));
    html += learned.isEmpty() ? QStringLiteral("<p>—</p>") : table.arg(learned);
    if (!estimator.classes.empty()) {
        QStringList classes;
        for (const auto &c : estimator.classes)
            classes << escaped(c);
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(EstimatorCard::tr("Classes:"), classes.join(QStringLiteral(", ")));
    }
    if (!estimator.featureNames.empty())
        html += QStringLiteral("<p><b>%1</b> %2 (%3)</p>")
                    .arg(EstimatorCard::tr("Input features:"))
                    .arg(estimator.featureNames.size())
                    .arg(escaped(estimator.featureNamesSource));
    return html;
}

namespace {

/// Hyper-parameters people look at first, in this order.
constexpr std::string_view kKeyParameters[] = {"n_estimators",
                                               "max_depth",
                                               "learning_rate",
                                               "C",
                                               "penalty",
                                               "l1_ratio",
                                               "alpha",
                                               "kernel",
                                               "gamma",
                                               "degree",
                                               "hidden_layer_sizes",
                                               "activation",
                                               "solver",
                                               "max_iter",
                                               "n_clusters",
                                               "n_components",
                                               "n_neighbors",
                                               "criterion",
                                               "min_samples_leaf",
                                               "loss",
                                               "max_features",
                                               "ngram_range",
                                               "min_df",
                                               "max_df",
                                               "analyzer",
                                               "use_idf",
                                               "norm",
                                               "class_weight",
                                               "fit_intercept",
                                               "with_mean",
                                               "with_std",
                                               "handle_unknown",
                                               "strategy"};
constexpr int kMaxKeyParameters = 6;
constexpr size_t kNamesShown = 8;

QString keyParameters(const insight::Estimator &e)
{
    QStringList shown;
    for (std::string_view key : kKeyParameters) {
        for (const insight::Attribute &a : e.hyperParameters) {
            if (a.name == key && shown.size() < kMaxKeyParameters)
                shown << QStringLiteral("%1=%2").arg(escaped(a.name), escaped(a.summary));
        }
    }
    for (const insight::Attribute &a : e.hyperParameters) {
        if (shown.size() >= 3 || a.summary.size() > 30)
            break;
        const QString item = QStringLiteral("%1=%2").arg(escaped(a.name), escaped(a.summary));
        if (!shown.contains(item))
            shown << item;
    }
    return shown.join(QStringLiteral(", "));
}

QString namesText(const std::vector<std::string> &names, const std::string &source)
{
    QStringList first;
    for (size_t i = 0; i < names.size() && i < kNamesShown; ++i)
        first << escaped(names[i]);
    if (names.size() > kNamesShown)
        first << QStringLiteral("…");
    QString text = EstimatorCard::tr("%n feature(s)", nullptr, static_cast<int>(names.size()));
    if (!source.empty())
        text += QStringLiteral(" (%1)").arg(escaped(source));
    return text + QStringLiteral(": ") + first.join(QStringLiteral(", "));
}

QString learnedText(const insight::Estimator &e)
{
    QStringList parts;
    for (const insight::Parameter &p : e.parameters) {
        QStringList dims;
        for (uint64_t d : p.shape)
            dims << QString::number(d);
        parts << QStringLiteral("%1 (%2)").arg(escaped(p.name), dims.join(QStringLiteral(" × ")));
    }
    return parts.join(QStringLiteral(", "));
}

QString displayPath(const std::string &path)
{
    return path.empty() ? EstimatorCard::tr("(root)") : escaped(path);
}

} // namespace

QString modelOverviewHtml(const LoadedFile &file, uint32_t root)
{
    const auto &all = file.estimators;
    const insight::Outline outline = insight::outline(all, root);
    if (outline.estimators.empty())
        return {};
    const insight::Estimator &top = all[outline.estimators.front()];
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(top.className));
    // A pipeline reads as its steps.
    const auto steps = insight::directParts(all, outline.estimators.front());
    if (top.className == "Pipeline" && !steps.empty()) {
        QStringList chain;
        for (size_t step : steps)
            chain << link(toQString(all[step].path), escaped(all[step].className));
        html += QStringLiteral("<p>%1</p>").arg(chain.join(QStringLiteral(" → ")));
    }
    QStringList facts;
    facts << (top.version.empty()
                  ? EstimatorCard::tr("scikit-learn version: not recorded")
                  : EstimatorCard::tr("Saved by scikit-learn %1").arg(escaped(top.version)));
    size_t count = 0;
    for (const auto &e : all)
        count += e.root == root ? 1 : 0;
    facts << EstimatorCard::tr("%n estimator(s)", nullptr, static_cast<int>(count));
    const insight::FitJudgement fit = insight::judgeFit(all, outline.estimators.front());
    if (fit.byParts) {
        facts << fitText(file, outline.estimators.front(), QString());
    } else {
        facts << (fit.state == insight::FitState::Fitted
                      ? EstimatorCard::tr("<b>Fitted</b>")
                      : EstimatorCard::tr("<b>Not fitted</b>: it stores no fitted attribute."));
    }
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")));

    if (const auto final = insight::finalEstimator(all, root)) {
        const insight::Estimator &e = all[*final];
        QStringList lines;
        if (!e.classes.empty()) {
            QStringList classes;
            for (const auto &c : e.classes)
                classes << escaped(c);
            lines << EstimatorCard::tr("<b>Predicts</b> %n class(es): %1", nullptr,
                                       static_cast<int>(e.classes.size()))
                         .arg(classes.join(QStringLiteral(", ")));
        }
        const insight::Estimator &input = top.featureNames.empty() ? e : top;
        if (!input.featureNames.empty())
            lines << EstimatorCard::tr("<b>Input:</b> %1")
                         .arg(namesText(input.featureNames, input.featureNamesSource));
        if (!lines.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br>")));
    }

    html += QStringLiteral("<h3>%1</h3>").arg(EstimatorCard::tr("Estimators"));
    QString rows;
    for (size_t index : outline.estimators) {
        const insight::Estimator &e = all[index];
        QString title = QStringLiteral("<b>%1</b>").arg(escaped(e.className));
        if (e.version != top.version)
            title += QStringLiteral(" (%1)").arg(
                e.version.empty() ? EstimatorCard::tr("version not recorded")
                                  : EstimatorCard::tr("scikit-learn %1").arg(escaped(e.version)));
        QStringList details;
        if (const QString params = keyParameters(e); !params.isEmpty())
            details << EstimatorCard::tr("hyper-parameters: %1").arg(params);
        if (const QString learned = learnedText(e); !learned.isEmpty())
            details << EstimatorCard::tr("learned: %1").arg(learned);
        else if (insight::judgeFit(all, index).state != insight::FitState::Fitted)
            details << EstimatorCard::tr("not fitted");
        if (!e.classes.empty()) {
            QStringList classes;
            for (const auto &c : e.classes)
                classes << escaped(c);
            details << EstimatorCard::tr("classes: %1").arg(classes.join(QStringLiteral(", ")));
        }
        if (!e.featureNames.empty())
            details << EstimatorCard::tr("input: %1")
                           .arg(namesText(e.featureNames, e.featureNamesSource));
        if (!e.outputFeatureNames.empty())
            details << EstimatorCard::tr("output: %1")
                           .arg(namesText(e.outputFeatureNames, e.outputFeatureNamesSource));
        for (const insight::EstimatorGroup &g : outline.groups) {
            if (g.parent != index)
                continue;
            details << EstimatorCard::tr("%1: %2 × %3")
                           .arg(escaped(g.attribute))
                           .arg(g.members.size())
                           .arg(escaped(all[g.members.front()].className));
        }
        rows += QStringLiteral("<tr><td valign=\"top\">%1</td><td>%2<br>%3</td></tr>")
                    .arg(link(toQString(e.path), displayPath(e.path)), title,
                         details.join(QStringLiteral("<br>")));
    }
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">%1</table>").arg(rows);
    return html;
}

QString overviewHtml(const LoadedFile &file, NodeId node, const QString &path)
{
    const Document &doc = *file.document;
    QString html;
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(shortType(doc, node)));
    html += QStringLiteral("<p><code>%1</code></p>").arg(escaped(pythonType(doc, node)));
    html += QStringLiteral("<p>%1</p>").arg(escaped(summary(doc, node, 200)));
    const size_t total = childCount(doc, node);
    if (total == 0)
        return html;
    QString rows;
    for (const Child &child : children(doc, node, 0, kOverviewChildren)) {
        const QString childPath = toQString(pathOf(toStdString(path), child.step));
        rows += QStringLiteral("<tr><td>%1</td><td><code>%2</code></td></tr>")
                    .arg(link(childPath, escaped(child.label)),
                         escaped(summary(doc, child.node, 90)));
    }
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">%1</table>").arg(rows);
    if (total > kOverviewChildren)
        html += QStringLiteral("<p>%1</p>")
                    .arg(EstimatorCard::tr("… and %1 more").arg(total - kOverviewChildren));
    return html;
}

} // namespace ps::gui
