#pragma once

#include <QtCore/QString>
#include <QtGui/QFont>
#include <QtGui/QTextLayout>

#include <memory>

class QPainter;
class QPaintDevice;

namespace Linli::Reports {

// Text wrapped to a width for print: breaks at word boundaries (Chinese between any two
// characters), and inside a "word" only when it is wider than the box (a long ID number in
// a narrow column). Single lines take a fast path without QTextLayout.
class TextBlock
{
public:
    TextBlock(const QString &text, const QFont &font, qreal width, Qt::Alignment alignment, QPaintDevice *device);
    ~TextBlock();
    TextBlock(const TextBlock &) = delete;
    TextBlock &operator=(const TextBlock &) = delete;

    qreal height() const { return m_height; }
    // Draws the block with its top-left corner at `topLeft`, clipped to `maxHeight` if > 0.
    void draw(QPainter *painter, QPointF topLeft, qreal maxHeight = 0) const;

private:
    void drawTruncated(QPainter *painter, QPointF topLeft, qreal height) const;

    QString m_text;
    QFont m_font;
    qreal m_width = 0;
    qreal m_height = 0;
    Qt::Alignment m_alignment;
    std::unique_ptr<QTextLayout> m_layout; // only for wrapped text
};

// Height of `text` wrapped to `width`, without keeping the layout.
qreal wrappedTextHeight(const QString &text, const QFont &font, qreal width, QPaintDevice *device);

} // namespace Linli::Reports
