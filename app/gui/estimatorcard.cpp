// SPDX-License-Identifier: MIT
#include "estimatorcard.h"

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
    html += fittedCount ? table.arg(fitted)
                        : QStringLiteral("<p>%1</p>")
                              .arg(EstimatorCard::tr("None: the estimator is not fitted."));

    // What it learned, from the insight layer, each with a link to its chart.
    const auto found = file.estimatorOfNode.find(node);
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
