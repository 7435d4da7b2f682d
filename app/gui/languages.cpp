// SPDX-License-Identifier: MIT
#include "languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ps::gui {

QList<QPair<QString, QString>> availableLanguages()
{
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
    };
}

QString installTranslations(QCoreApplication &app, const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    auto *own = new QTranslator(&app);
    QString used = QStringLiteral("en");
    // English has a catalogue too: it holds the plural forms of "%n file(s)" messages, and is
    // the fallback for languages we do not translate.
    if (own->load(locale, QStringLiteral("picklescope"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("picklescope_en"), QStringLiteral(":/i18n"))) {
        app.installTranslator(own);
        used = own->language().section(QLatin1Char('_'), 0, 0);
    } else {
        delete own;
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    return used;
}

} // namespace ps::gui
