// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QCoreApplication;

namespace ps::gui {

/// Languages the user interface is translated into: (code, native name), English first.
QList<QPair<QString, QString>> availableLanguages();

/// Installs the translators for `code` ("" = the system locale) on the application: our own
/// strings (installed under share/picklescope/translations, else embedded under :/i18n) and Qt's
/// (from the Qt installation, when present). Returns the language actually used.
QString installTranslations(QCoreApplication &app, const QString &code);

} // namespace ps::gui
