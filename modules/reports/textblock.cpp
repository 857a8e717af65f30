#include "textblock.h"

#include "reportstr.h"

#include <QtGui/QFontMetricsF>
#include <QtGui/QPainter>
#include <QtGui/QTextOption>

namespace Linli::Reports {

namespace {

QString printableText(QString text)
{
    text.remove(QChar(u'\r'));
    text.replace(QChar(u'\n'), QChar::LineSeparator);
    text.replace(QChar(u'\t'), QChar(u' '));
    return text;
}

bool fitsOnOneLine(const QString &text, const QFontMetricsF &metrics, qreal width)
{
    return !text.contains(QChar::LineSeparator) && metrics.horizontalAdvance(text) <= width;
}

} // namespace

TextBlock::TextBlock(const QString &text, const QFont &font, qreal width, Qt::Alignment alignment, QPaintDevice *device)
    : m_text(printableText(text)), m_font(font), m_width(width), m_alignment(alignment & Qt::AlignHorizontal_Mask)
{
    const QFontMetricsF metrics(font, device);
    if (fitsOnOneLine(m_text, metrics, width)) {
        m_height = metrics.height();
        return;
    }
    m_layout = std::make_unique<QTextLayout>(m_text, font, device);
    QTextOption option(m_alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    // A little air between wrapped lines: CJK glyphs fill their em box, so lines set solid touch.
    const qreal gap = metrics.height() * 0.18;
    m_layout->beginLayout();
    qreal y = 0;
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height() + gap;
    }
    m_layout->endLayout();
    m_height = qMax(metrics.height(), y - gap);
}

TextBlock::~TextBlock() = default;

void TextBlock::draw(QPainter *painter, QPointF topLeft, qreal maxHeight) const
{
    const qreal height = maxHeight > 0 ? qMin(m_height, maxHeight) : m_height;
    const QRectF box(topLeft, QSizeF(m_width, height));
    painter->save();
    if (m_layout && height < m_height) {
        drawTruncated(painter, topLeft, height);
    } else if (m_layout) {
        m_layout->draw(painter, topLeft);
    } else {
        if (height < m_height)
            painter->setClipRect(box, Qt::IntersectClip);
        painter->setFont(m_font);
        painter->drawText(box, int(m_alignment | Qt::AlignTop | Qt::TextSingleLine), m_text);
    }
    painter->restore();
}

// A cell taller than a whole page: whole lines as far as they go, then a visible note instead
// of silently cut text.
void TextBlock::drawTruncated(QPainter *painter, QPointF topLeft, qreal height) const
{
    int shown = 0;
    while (shown < m_layout->lineCount()) {
        const QTextLine line = m_layout->lineAt(shown);
        if (line.y() + 2 * line.height() > height)
            break;
        ++shown;
    }
    if (shown == 0)
        return;
    const QTextLine last = m_layout->lineAt(shown - 1);
    painter->setClipRect(QRectF(topLeft, QSizeF(m_width, last.y() + last.height())), Qt::IntersectClip);
    m_layout->draw(painter, topLeft);
    painter->setClipping(false);
    const QRectF note(topLeft.x(), topLeft.y() + last.y() + last.height(), m_width, last.height());
    painter->setFont(m_font);
    painter->setPen(QColor(0x55, 0x55, 0x55));
    painter->drawText(note, int(Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine),
                      Tr::tr("[text too long to print, see the export]"));
}

qreal wrappedTextHeight(const QString &text, const QFont &font, qreal width, QPaintDevice *device)
{
    return TextBlock(text, font, width, Qt::AlignLeft, device).height();
}

} // namespace Linli::Reports
