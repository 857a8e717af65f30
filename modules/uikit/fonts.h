#pragma once

class QApplication;

namespace Linli::Ui {

// Sets the screen font to Noto Sans CJK SC explicitly (a non-Chinese locale would otherwise
// pick Japanese glyph variants) and a light, office-like style for the whole application.
void applyAppearance(QApplication &app);

} // namespace Linli::Ui
