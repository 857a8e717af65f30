#include "page.h"

#include <QtWidgets/QLabel>
#include <QtWidgets/QVBoxLayout>

namespace Linli::Ui {

QWidget *pageHeader(const QString &title, const QString &subtitle, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 8);
    layout->setSpacing(2);
    auto *t = new QLabel(title, box);
    QFont f = t->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    t->setFont(f);
    t->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(t);
    if (!subtitle.isEmpty()) {
        auto *s = new QLabel(subtitle, box);
        s->setWordWrap(true);
        s->setObjectName(QStringLiteral("pageSubtitle"));
        QPalette p = s->palette();
        p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
        s->setPalette(p);
        layout->addWidget(s);
    }
    return box;
}

} // namespace Linli::Ui
