// SPDX-License-Identifier: MIT
#include "languages.h"

#include <QCoreApplication>
#include <QDir>
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

namespace {

QStringList translationDirectories()
{
    QStringList dirs;
#ifdef PICKLESCOPE_TRANSLATIONS_RELDIR
    // The installed catalogues (share/picklescope/translations next to bin/), so a package's
    // translations can be updated without rebuilding; then the ones embedded in the program.
    const QString installed
        = QDir(QCoreApplication::applicationDirPath())
              .absoluteFilePath(QStringLiteral(PICKLESCOPE_TRANSLATIONS_RELDIR));
    if (QDir(installed).exists())
        dirs << QDir::cleanPath(installed);
#endif
    dirs << QStringLiteral(":/i18n");
    return dirs;
}

} // namespace

QString installTranslations(QCoreApplication &app, const QString &code)
{
    // A language chosen while running replaces the one installed before (the application
    // then sends QEvent::LanguageChange and every window translates itself again).
    for (QTranslator *old : app.findChildren<QTranslator *>(QStringLiteral("picklescopeTranslator"),
                                                            Qt::FindDirectChildrenOnly)) {
        app.removeTranslator(old);
        delete old;
    }
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    own->setObjectName(QStringLiteral("picklescopeTranslator"));
    QString used = QStringLiteral("en");
    // English has a catalogue too: it holds the plural forms of "%n file(s)" messages, and is
    // the fallback for languages we do not translate.
    // The language asked for from any directory first; English only when none has it.
    const QStringList dirs = translationDirectories();
    bool loaded = false;
    for (const QString &dir : dirs) {
        if ((loaded = own->load(locale, QStringLiteral("picklescope"), QStringLiteral("_"), dir)))
            break;
    }
    for (const QString &dir : dirs) {
        if (loaded || (loaded = own->load(QStringLiteral("picklescope_en"), dir)))
            break;
    }
    if (loaded) {
        app.installTranslator(own);
        used = own->language().section(QLatin1Char('_'), 0, 0);
    } else {
        delete own;
    }
    auto *qt = new QTranslator(&app);
    qt->setObjectName(QStringLiteral("picklescopeTranslator"));
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return used;
}

} // namespace ps::gui
