// SPDX-License-Identifier: MIT
#pragma once

#include "loadedfile.h"

#include <QString>

namespace ps::gui {

/// HTML of the card the detail pane shows for a scikit-learn estimator: class, version,
/// hyper-parameters and fitted attributes (with shapes). Attribute names are links
/// "path:<python path>" relative to the estimator's `path`.
QString estimatorCardHtml(const LoadedFile &file, NodeId node, const QString &path);

/// HTML overview of the model at root `root` — what `picklescope-cli insight` reports, at a
/// glance: the root estimator (a Pipeline as its chain of steps), its scikit-learn version,
/// whether it is fitted (a Pipeline judged by its steps), the classes it predicts, its input
/// features, then every estimator with its path (a link), class, key hyper-parameters, what
/// it learned and its input and output features; big ensembles as one line per list. Empty
/// when the root holds no estimator.
QString modelOverviewHtml(const LoadedFile &file, uint32_t root);

/// HTML overview of a container or object: its type and its first children as links.
QString overviewHtml(const LoadedFile &file, NodeId node, const QString &path);

} // namespace ps::gui
