// SPDX-License-Identifier: MIT
#pragma once
// What the Security panel says about a file as a whole: its icon follows the verdict, and a
// file without findings is described in a sentence saying what was checked.

#include "loadedfile.h"

#include <QIcon>
#include <QString>

namespace ps::gui {

/// The Security tab's icon: danger (something would run), warning (globals not on the
/// allow-list, or the file could not be read to its end), shield (every global allow-listed).
QIcon securityIcon(const security::SecurityReport &report);

/// The sentence shown when the analysis found nothing to list (rich text): that nothing would
/// run code when the file is loaded, and what was checked (pickles, opcodes' bytes, globals).
/// Empty when there are findings.
QString securityCleanText(const LoadedFile &file);

} // namespace ps::gui
