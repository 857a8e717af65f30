#pragma once

#include <core/result.h>

#include <QtGui/QFont>

namespace Linli::Reports {

// Fonts for everything Linli prints or writes as PDF. Not Noto Sans CJK: Qt's PDF writer maps
// its shared radical glyphs to the wrong code points (民 is extracted as ⺠), so search and copy
// in the PDF break. AR PL UMing (Song style) and WenQuanYi Zen Hei (Hei style) extract exactly.
enum class PrintFont {
    Body,      // AR PL UMing CN
    Heading,   // WenQuanYi Zen Hei
    Monospace, // DejaVu Sans Mono (Latin only: recovery keys, codes)
};

// Makes sure the print fonts are available, loading them from their files if fontconfig does
// not list them, and checks that Qt really resolves them. Cheap after the first call.
// Needs a QGuiApplication.
Status ensurePrintFonts();

// The font for `role` at `pointSize`, with font merging switched off so that Qt can never
// substitute another CJK font glyph by glyph. Call ensurePrintFonts() first.
QFont printFont(PrintFont role, qreal pointSize);

} // namespace Linli::Reports
