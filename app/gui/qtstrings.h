// SPDX-License-Identifier: MIT
#pragma once
// Conversions between the engine's UTF-8 std::string and QString.

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <cstdint>
#include <string>
#include <string_view>

namespace ps::gui {

inline QString toQString(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

inline std::string toStdString(const QString &text)
{
    return text.toStdString();
}

/// A byte count for people, in one unit system everywhere in the window: SI units (1 kB =
/// 1,000 bytes, 1 MB = 1,000,000 bytes) in the UI language's number format: "17 B",
/// "1.4 kB", "7.5 MB".
inline QString formatBytes(uint64_t bytes)
{
    if (bytes < 1000)
        return QCoreApplication::translate("ps::gui::Formatting", "%1 B")
            .arg(QLocale().toString(static_cast<qulonglong>(bytes)));
    return QLocale().formattedDataSize(static_cast<qint64>(bytes), 1, QLocale::DataSizeSIFormat);
}

} // namespace ps::gui
