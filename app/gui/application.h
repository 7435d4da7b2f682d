// SPDX-License-Identifier: MIT
#pragma once

class QApplication;

namespace ps::gui {

/// Application-wide setup shared by the executable and the GUI tests: names used by
/// QSettings, the embedded resources, the icon and the translations of the chosen language.
void setupApplication(QApplication &app);

} // namespace ps::gui
