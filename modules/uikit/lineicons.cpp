#include "lineicons.h"

#include <QtGui/QIconEngine>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>

namespace Linli::Ui {

namespace {

// Paints on a 24×24 grid scaled to the requested rectangle.
void paintGlyph(QPainter &p, Glyph glyph)
{
    switch (glyph) {
    case Glyph::Home: {
        QPainterPath roof;
        roof.moveTo(3, 11);
        roof.lineTo(12, 3.5);
        roof.lineTo(21, 11);
        p.drawPath(roof);
        p.drawRect(QRectF(6, 10, 12, 10.5));
        p.drawRect(QRectF(10.5, 14.5, 3, 6));
        break;
    }
    case Glyph::People:
        p.drawEllipse(QPointF(9, 8), 3.2, 3.2);
        p.drawArc(QRectF(3, 13, 12, 10), 0, 180 * 16);
        p.drawEllipse(QPointF(16.5, 9), 2.6, 2.6);
        p.drawArc(QRectF(13, 14, 9, 8), 0, 180 * 16);
        break;
    case Glyph::Ledger:
        p.drawRoundedRect(QRectF(5, 3, 14, 18), 1.5, 1.5);
        for (qreal y : {8.0, 12.0, 16.0})
            p.drawLine(QPointF(8.5, y), QPointF(15.5, y));
        break;
    case Glyph::Gear: {
        p.drawEllipse(QPointF(12, 12), 3, 3);
        p.drawEllipse(QPointF(12, 12), 6.5, 6.5);
        for (int i = 0; i < 8; ++i) {
            p.save();
            p.translate(12, 12);
            p.rotate(i * 45.0);
            p.drawLine(QPointF(0, -6.5), QPointF(0, -9.5));
            p.restore();
        }
        break;
    }
    case Glyph::Lock:
        p.drawRoundedRect(QRectF(5.5, 11, 13, 10), 1.5, 1.5);
        p.drawArc(QRectF(8, 4, 8, 12), 0, 180 * 16);
        p.drawLine(QPointF(8, 10), QPointF(8, 11));
        p.drawLine(QPointF(16, 10), QPointF(16, 11));
        break;
    case Glyph::Sync:
        // Two arrows chasing each other round a circle.
        p.drawArc(QRectF(4.5, 4.5, 15, 15), 30 * 16, 150 * 16);
        p.drawArc(QRectF(4.5, 4.5, 15, 15), 210 * 16, 150 * 16);
        p.drawLine(QPointF(4.8, 10.5), QPointF(4.5, 14.2));
        p.drawLine(QPointF(4.8, 10.5), QPointF(8.2, 12));
        p.drawLine(QPointF(19.2, 13.5), QPointF(19.5, 9.8));
        p.drawLine(QPointF(19.2, 13.5), QPointF(15.8, 12));
        break;
    }
}

class LineIconEngine : public QIconEngine
{
public:
    LineIconEngine(Glyph glyph, QColor colour) : m_glyph(glyph), m_colour(colour) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.topLeft());
        painter->scale(rect.width() / 24.0, rect.height() / 24.0);
        QColor c = m_colour;
        if (mode == QIcon::Disabled)
            c.setAlphaF(0.4);
        QPen pen(c, 1.7);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        paintGlyph(*painter, m_glyph);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    QIconEngine *clone() const override { return new LineIconEngine(m_glyph, m_colour); }

private:
    Glyph m_glyph;
    QColor m_colour;
};

} // namespace

QIcon lineIcon(Glyph glyph, const QColor &colour)
{
    return QIcon(new LineIconEngine(glyph, colour));
}

} // namespace Linli::Ui
