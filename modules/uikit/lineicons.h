#pragma once

#include <QtGui/QColor>
#include <QtGui/QIcon>

namespace Linli::Ui {

// Simple line icons drawn in code, so the sidebar looks the same on every desktop and at any
// scale (no icon theme needed, sharp on high-DPI screens).
enum class Glyph { Home, People, Ledger, Gear, Lock, Sync };

QIcon lineIcon(Glyph glyph, const QColor &colour = QColor(0xe8, 0xee, 0xf6));

} // namespace Linli::Ui
