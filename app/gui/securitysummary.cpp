// SPDX-License-Identifier: MIT
#include "securitysummary.h"

#include "qtstrings.h"

#include <QCoreApplication>
#include <QLocale>

namespace ps::gui {

namespace {

/// The translation context of the security texts.
class SecuritySummary
{
    Q_DECLARE_TR_FUNCTIONS(SecuritySummary)
};

constexpr size_t kNamedGlobals = 6;

} // namespace

QIcon securityIcon(const security::SecurityReport &report)
{
    if (report.flagged())
        return QIcon(QStringLiteral(":/icons/kinds/danger.svg"));
    if (report.unknown > 0 || report.error || report.unreadable)
        return QIcon(QStringLiteral(":/icons/kinds/warning.svg"));
    return QIcon(QStringLiteral(":/icons/actions/shield.svg"));
}

QString securityCleanText(const LoadedFile &file)
{
    const security::SecurityReport &report = file.security;
    if (!report.findings.empty() || report.dangerous > 0 || report.unknown > 0)
        return {};
    const QLocale locale;
    const Document &doc = *file.document;
    QString text;
    if (report.unreadable) {
        return SecuritySummary::tr("<p><b>Nothing could be read from this file</b>, so nothing "
                                   "in it was checked.</p>");
    }
    text += QStringLiteral("<p><b>%1</b></p>")
                .arg(SecuritySummary::tr("Nothing in this file would run code when loaded."));
    QStringList names;
    for (size_t i = 0; i < report.globals.size() && i < kNamedGlobals; ++i)
        names << QStringLiteral("<code>%1</code>")
                     .arg(toQString(report.globals[i].global).toHtmlEscaped());
    if (report.globals.size() > kNamedGlobals)
        names << SecuritySummary::tr("%n more", nullptr,
                                     static_cast<int>(report.globals.size() - kNamedGlobals));
    const int pickles = static_cast<int>(doc.streams().size());
    const QString checked
        = SecuritySummary::tr("Checked: every opcode of %n pickle(s) in %1", nullptr, pickles)
              .arg(formatBytes(doc.fileSize()));
    QString globals;
    if (report.globals.empty()) {
        globals = SecuritySummary::tr("The file references no global at all: loading it builds "
                                      "only built-in values (numbers, strings, lists, dicts …).");
    } else {
        globals = SecuritySummary::tr(
                      "It references %n global(s), all on the allow-list of classes and "
                      "functions that only build data (%1), used %2 time(s); no other "
                      "import, call or attribute lookup happens while loading.",
                      nullptr, static_cast<int>(report.globals.size()))
                      .arg(names.join(QStringLiteral(", ")),
                           locale.toString(static_cast<qulonglong>(report.safe)));
    }
    text += QStringLiteral("<p>%1</p><p>%2.</p>").arg(globals, checked);
    if (report.error) {
        text += QStringLiteral("<p>%1</p>")
                    .arg(SecuritySummary::tr("Reading stopped early (%1): what follows the "
                                             "error was not checked.")
                             .arg(toQString(report.error->toString()).toHtmlEscaped()));
    }
    text += QStringLiteral("<p><small>%1</small></p>")
                .arg(SecuritySummary::tr("The allow-list says what a name does, not that the "
                                         "data it builds is what you expect."));
    return text;
}

} // namespace ps::gui
