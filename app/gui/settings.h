// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace ps::gui {

/// One typed setting: its key and default live in one place, call sites never spell keys.
template<typename T>
class Setting
{
public:
    constexpr Setting(const char *key, T defaultValue)
        : m_key(key)
        , m_default(std::move(defaultValue))
    {}

    T get() const
    {
        QSettings settings;
        const QVariant value = settings.value(QLatin1String(m_key));
        return value.isValid() && value.canConvert<T>() ? value.value<T>() : m_default;
    }
    void set(const T &value) const
    {
        QSettings settings;
        settings.setValue(QLatin1String(m_key), QVariant::fromValue(value));
    }

private:
    const char *m_key;
    T m_default;
};

/// Every setting the application keeps.
namespace settings {
inline const Setting<QByteArray> windowGeometry{"window/geometry", {}};
inline const Setting<QByteArray> windowState{"window/state", {}};
inline const Setting<QByteArray> mainSplitter{"view/mainSplitter", {}};
inline const Setting<QByteArray> bottomSplitter{"view/bottomSplitter", {}};
inline const Setting<QByteArray> treeHeader{"view/treeHeader", {}};
inline const Setting<QStringList> recentFiles{"files/recent", {}};
inline const Setting<QString> lastDirectory{"files/lastDirectory", {}};
inline const Setting<bool> reopenSession{"files/reopenSession", false};
inline const Setting<QStringList> sessionFiles{"files/session", {}};
/// The file of the session whose tab was active (one of sessionFiles).
inline const Setting<QString> sessionCurrent{"files/sessionCurrent", {}};
/// "" follows the system locale; otherwise a language code ("en", "de", "fr").
inline const Setting<QString> language{"ui/language", {}};
} // namespace settings

/// Most recent files kept in the File ▸ Open Recent menu.
inline constexpr int kMaxRecentFiles = 10;

/// Moves `path` to the top of the recent files list.
void addRecentFile(const QString &path);

} // namespace ps::gui
