#include "fonts.h"

#include <QtGui/QFontDatabase>
#include <QtWidgets/QApplication>

namespace Linli::Ui {

void applyAppearance(QApplication &app)
{
    QFont font = app.font();
    const QStringList families = QFontDatabase::families();
    const QString cjk = QStringLiteral("Noto Sans CJK SC");
    if (families.contains(cjk)) {
        font.setFamilies({cjk});
    } else {
        // Windows and other systems: the usual Simplified Chinese UI fonts.
        font.setFamilies({QStringLiteral("Microsoft YaHei UI"), QStringLiteral("Microsoft YaHei"),
                          QStringLiteral("PingFang SC"), QStringLiteral("WenQuanYi Zen Hei")});
    }
    font.setPointSizeF(10.5);
    app.setFont(font);
    app.setStyle(QStringLiteral("Fusion"));
    app.setStyleSheet(QStringLiteral(
        "QListWidget#sidebar { background: #1f3a5f; color: #e8eef6; border: none; font-size: 11pt; }"
        "QListWidget#sidebar { outline: 0; padding-top: 8px; }"
        "QListWidget#sidebar::item { padding: 10px 14px; border: none; }"
        "QListWidget#sidebar::item:selected { background: #2f5a8f; color: white; border-left: 4px solid #f0b429; }"
        "QFrame#statCard { background: white; border: 1px solid #d9dee5; border-radius: 6px; }"
        "QWidget#pageArea { background: #f4f6f9; }"
        "QHeaderView::section { padding: 4px 12px; }"
        "QTableView::item { padding: 2px 10px; }"
        "QLabel#pageTitle { color: #1f3a5f; }"
        "QFrame#lockPanel { background: white; border: 1px solid #d9dee5; border-radius: 8px; }"));
}

} // namespace Linli::Ui
