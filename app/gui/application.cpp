// SPDX-License-Identifier: MIT
#include "application.h"

#include "languages.h"
#include "settings.h"

#include <QApplication>
#include <QIcon>

static void initPicklescopeResources()
{
    // The icons live in a static library: make sure its resources are registered.
    Q_INIT_RESOURCE(resources);
}

namespace ps::gui {

void setupApplication(QApplication &app)
{
    initPicklescopeResources();
    QApplication::setOrganizationName(QStringLiteral("PickleScope"));
    QApplication::setOrganizationDomain(QStringLiteral("picklescope.org"));
    QApplication::setApplicationName(QStringLiteral("PickleScope"));
    QApplication::setApplicationVersion(QStringLiteral(PICKLESCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("picklescope"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/picklescope.svg")));
    installTranslations(app, settings::language.get());
}

} // namespace ps::gui
