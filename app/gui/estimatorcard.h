// SPDX-License-Identifier: MIT
#pragma once

#include "loadedfile.h"

#include <QString>

namespace ps::gui {

/// HTML of the card the detail pane shows for a scikit-learn estimator: class, version,
/// hyper-parameters and fitted attributes (with shapes). Attribute names are links
/// "path:<python path>" relative to the estimator's `path`.
QString estimatorCardHtml(const LoadedFile &file, NodeId node, const QString &path);

/// HTML overview of a container or object: its type and its first children as links.
QString overviewHtml(const LoadedFile &file, NodeId node, const QString &path);

} // namespace ps::gui
