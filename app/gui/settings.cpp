// SPDX-License-Identifier: MIT
#include "settings.h"

#include <QFileInfo>

namespace ps::gui {

void addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = settings::recentFiles.get();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    settings::recentFiles.set(files);
}

} // namespace ps::gui
