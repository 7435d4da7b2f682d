// SPDX-License-Identifier: MIT
#include "comparecolours.h"

#include <QPalette>

namespace ps::gui {

namespace {

QColor blend(const QColor &base, const QColor &tint, double amount)
{
    return QColor::fromRgbF(
        static_cast<float>(base.redF() * (1 - amount) + tint.redF() * amount),
        static_cast<float>(base.greenF() * (1 - amount) + tint.greenF() * amount),
        static_cast<float>(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

} // namespace

RowStatus CompareColours::statusOf(diff::ChangeKind kind)
{
    switch (kind) {
    case diff::ChangeKind::Changed:
        return RowStatus::Changed;
    case diff::ChangeKind::TypeChanged:
        return RowStatus::TypeChanged;
    case diff::ChangeKind::Added:
        return RowStatus::Added;
    case diff::ChangeKind::Removed:
        return RowStatus::Removed;
    }
    return RowStatus::Changed;
}

QColor CompareColours::accent(RowStatus status)
{
    switch (status) {
    case RowStatus::Changed:
        return QColor(0xe0, 0x9b, 0x00); // amber
    case RowStatus::TypeChanged:
        return QColor(0x8e, 0x5b, 0xd6); // violet
    case RowStatus::Added:
        return QColor(0x2c, 0xa0, 0x2c); // green
    case RowStatus::Removed:
        return QColor(0xd6, 0x27, 0x28); // red
    case RowStatus::Contains:
        return QColor(0xe0, 0x9b, 0x00);
    case RowStatus::Absent:
        return QColor(0x80, 0x80, 0x80);
    case RowStatus::Equal:
        break;
    }
    return {};
}

std::optional<QColor> CompareColours::background(RowStatus status, const QPalette &palette)
{
    if (status == RowStatus::Equal || status == RowStatus::Contains)
        return std::nullopt;
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const bool dark = base.lightness() < 128;
    // Dark themes need a stronger tint to show; light ones a softer one to keep text crisp.
    const double amount = status == RowStatus::Absent ? (dark ? 0.12 : 0.10) : (dark ? 0.38 : 0.30);
    return blend(base, accent(status), amount);
}

QString CompareColours::name(RowStatus status)
{
    switch (status) {
    case RowStatus::Equal:
        return tr("equal");
    case RowStatus::Contains:
        return tr("differences inside");
    case RowStatus::Changed:
        return tr("changed");
    case RowStatus::TypeChanged:
        return tr("type changed");
    case RowStatus::Added:
        return tr("added");
    case RowStatus::Removed:
        return tr("removed");
    case RowStatus::Absent:
        return tr("not in this file");
    }
    return {};
}

} // namespace ps::gui
