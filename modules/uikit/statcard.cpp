#include "statcard.h"

#include <QtWidgets/QLabel>
#include <QtWidgets/QVBoxLayout>

namespace Linli::Ui {

StatCard::StatCard(const QString &label, QWidget *parent)
    : QFrame(parent), m_label(new QLabel(label, this)), m_value(new QLabel(this)), m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("statCard"));
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(200);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setWordWrap(true);
    QPalette p = m_note->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    m_note->setPalette(p);
    m_label->setPalette(p);
    layout->addWidget(m_label);
    layout->addWidget(m_value);
    layout->addWidget(m_note);
    layout->addStretch();
}

void StatCard::setValue(const QString &value, const QString &note)
{
    m_value->setText(value);
    // An empty note keeps its line, so cards in a row stay the same height.
    m_note->setText(note.isEmpty() ? QStringLiteral(" ") : note);
}

QString StatCard::value() const
{
    return m_value->text();
}

} // namespace Linli::Ui
