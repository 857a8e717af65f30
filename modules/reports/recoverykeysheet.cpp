#include "recoverykeysheet.h"

#include "filewriting.h"
#include "printfonts.h"
#include "reportrenderer.h"
#include "reportstr.h"
#include "textblock.h"

#include <QtCore/QDir>
#include <QtGui/QFontMetricsF>
#include <QtGui/QPagedPaintDevice>
#include <QtGui/QPainter>

using namespace Qt::StringLiterals;

namespace Linli::Reports {

namespace {

const QColor quietText(0x55, 0x55, 0x55);

class SheetPainter
{
public:
    SheetPainter(const RecoveryKeySheet &sheet, QPagedPaintDevice *device, QPainter &painter)
        : m_sheet(sheet), m_device(device), m_painter(painter), m_dpi(device->logicalDpiY()), m_width(device->width()),
          m_height(device->height())
    {}

    void paint()
    {
        paintTitle();
        paintFacts();
        paintKey();
        paintInstructions();
        paintSignature();
    }

private:
    qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }

    // Draws wrapped text at the current position and moves below it.
    void paragraph(const QString &text, const QFont &font, qreal x, qreal width,
                   Qt::Alignment alignment = Qt::AlignLeft)
    {
        const TextBlock block(text, font, width, alignment, m_device);
        block.draw(&m_painter, QPointF(x, m_y));
        m_y += block.height();
    }

    void paintTitle()
    {
        m_painter.setPen(Qt::black);
        paragraph(Tr::tr("Linli database recovery key"), printFont(PrintFont::Heading, 22), 0, m_width,
                  Qt::AlignHCenter);
        m_y += mm(2);
        m_painter.setPen(quietText);
        paragraph(Tr::tr("Confidential: keep this sheet locked away"), printFont(PrintFont::Heading, 12), 0, m_width,
                  Qt::AlignHCenter);
        m_y += mm(4);
        m_painter.setPen(QPen(Qt::black, mm(0.4)));
        m_painter.drawLine(QPointF(0, m_y), QPointF(m_width, m_y));
        m_y += mm(6);
    }

    void paintFacts()
    {
        const QList<QPair<QString, QString>> facts = {
            {Tr::tr("Organisation"), m_sheet.organisation},
            {Tr::tr("Database file"), QDir::toNativeSeparators(m_sheet.databasePath)},
            {Tr::tr("Database ID"), m_sheet.databaseId},
            {Tr::tr("Created"), formatPrintedDateTime(m_sheet.createdAt)},
        };
        const QFont label = printFont(PrintFont::Heading, 11);
        const QFont value = printFont(PrintFont::Body, 11);
        const qreal labelWidth = mm(38);
        for (const auto &[name, text] : facts) {
            const TextBlock labelBlock(name, label, labelWidth, Qt::AlignLeft, m_device);
            const TextBlock valueBlock(text, value, m_width - labelWidth, Qt::AlignLeft, m_device);
            m_painter.setPen(quietText);
            labelBlock.draw(&m_painter, QPointF(0, m_y));
            m_painter.setPen(Qt::black);
            valueBlock.draw(&m_painter, QPointF(labelWidth, m_y));
            m_y += qMax(labelBlock.height(), valueBlock.height()) + mm(2.5);
        }
        m_y += mm(5);
    }

    QFont keyFont(const QStringList &lines) const
    {
        QFont font = printFont(PrintFont::Monospace, 20);
        font.setBold(true);
        qreal widest = 0;
        for (const QString &line : lines)
            widest = qMax(widest, QFontMetricsF(font, m_device).horizontalAdvance(line));
        const qreal room = m_width - mm(20);
        if (widest > room)
            font.setPointSizeF(font.pointSizeF() * room / widest);
        return font;
    }

    void paintKey()
    {
        const QStringList lines = recoveryKeyLines(m_sheet.recoveryKey);
        const QFont font = keyFont(lines);
        const QFontMetricsF metrics(font, m_device);
        const QFont caption = printFont(PrintFont::Heading, 11);
        const qreal captionHeight = QFontMetricsF(caption, m_device).height();
        const qreal lineHeight = metrics.height() * 1.5;
        const QRectF box(0, m_y, m_width, mm(6) + captionHeight + mm(4) + lines.size() * lineHeight + mm(4));
        m_painter.setPen(QPen(Qt::black, mm(0.6)));
        m_painter.setBrush(QColor(0xf6, 0xf6, 0xf6));
        m_painter.drawRect(box);
        m_painter.setBrush(Qt::NoBrush);
        m_painter.setFont(caption);
        m_painter.setPen(quietText);
        m_painter.drawText(QRectF(0, m_y + mm(6), m_width, captionHeight), Qt::AlignHCenter | Qt::AlignTop,
                           Tr::tr("Recovery key"));
        qreal y = m_y + mm(6) + captionHeight + mm(4);
        m_painter.setFont(font);
        m_painter.setPen(Qt::black);
        for (const QString &line : lines) {
            m_painter.drawText(QRectF(0, y, m_width, lineHeight), Qt::AlignCenter | Qt::TextSingleLine, line);
            y += lineHeight;
        }
        m_y = box.bottom() + mm(9);
    }

    void paintInstructions()
    {
        m_painter.setPen(Qt::black);
        paragraph(Tr::tr("How to keep this sheet"), printFont(PrintFont::Heading, 13), 0, m_width);
        m_y += mm(3);
        const QStringList points = {
            Tr::tr("Keep this sheet locked away like cash, for example in the office safe. Do not "
                   "photograph, scan, copy or e-mail it, and do not store it on a computer."),
            Tr::tr("This key opens the database when every password has been lost. Without it such a "
                   "database cannot be opened by anyone, not even by Linli's support."),
            Tr::tr("Anyone who holds this key can read all data in the database, including the "
                   "residents' personal information. Show it to nobody."),
            Tr::tr("If this sheet is lost, or someone else may have seen it, tell the administrator "
                   "at once."),
        };
        const QFont body = printFont(PrintFont::Body, 11.5);
        const qreal indent = mm(8);
        for (int i = 0; i < points.size(); ++i) {
            m_painter.setFont(body);
            m_painter.drawText(QRectF(0, m_y, indent, mm(10)), Qt::AlignLeft | Qt::AlignTop, u"%1."_s.arg(i + 1));
            paragraph(points[i], body, indent, m_width - indent);
            m_y += mm(3);
        }
    }

    // Blank lines for the person who locks the sheet away, anchored to the bottom of the page.
    void paintSignature()
    {
        const QFont font = printFont(PrintFont::Body, 11);
        const qreal lineHeight = QFontMetricsF(font, m_device).height();
        qreal y = qMax(m_y + mm(8), m_height - mm(40));
        m_painter.setFont(font);
        m_painter.setPen(Qt::black);
        auto field = [&](const QString &label, qreal x, qreal width) {
            const qreal labelWidth = QFontMetricsF(font, m_device).horizontalAdvance(label) + mm(2);
            m_painter.drawText(QRectF(x, y, labelWidth, lineHeight), Qt::AlignLeft | Qt::AlignBottom, label);
            m_painter.setPen(QPen(Qt::black, mm(0.2)));
            m_painter.drawLine(QPointF(x + labelWidth, y + lineHeight), QPointF(x + width, y + lineHeight));
        };
        field(Tr::tr("Stored by (name and signature):"), 0, m_width * 0.62);
        field(Tr::tr("Date:"), m_width * 0.67, m_width * 0.33);
        y += lineHeight + mm(9);
        field(Tr::tr("Place of storage:"), 0, m_width);
    }

    const RecoveryKeySheet &m_sheet;
    QPagedPaintDevice *m_device;
    QPainter &m_painter;
    qreal m_dpi;
    qreal m_width;
    qreal m_height;
    qreal m_y = 0;
};

} // namespace

QPageLayout recoveryKeySheetPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20),
                       QPageLayout::Millimeter);
}

Status renderRecoveryKeySheet(const RecoveryKeySheet &sheet, QPagedPaintDevice *device)
{
    if (!device || device->width() <= 0 || device->height() <= 0)
        return Error(ErrorCode::Internal, Tr::tr("The printer is not ready."), u"invalid paint device"_s);
    if (Status status = ensurePrintFonts(); !status)
        return status;
    QPainter painter;
    if (!painter.begin(device))
        return Error(ErrorCode::Io, Tr::tr("Printing could not be started."), u"QPainter::begin failed"_s);
    painter.setRenderHint(QPainter::Antialiasing);
    SheetPainter(sheet, device, painter).paint();
    if (!painter.end())
        return Error(ErrorCode::Io, Tr::tr("Printing could not be finished."), u"QPainter::end failed"_s);
    return {};
}

Status writePdf(const RecoveryKeySheet &sheet, const QString &path)
{
    return writePdfFile(path, Tr::tr("Linli database recovery key"), recoveryKeySheetPageLayout(),
                        [&sheet](QPagedPaintDevice *device) { return renderRecoveryKeySheet(sheet, device); });
}

QStringList recoveryKeyLines(const QString &recoveryKey)
{
    const QStringList groups = recoveryKey.trimmed().split(u'-', Qt::SkipEmptyParts);
    if (groups.size() < 2)
        return {recoveryKey.trimmed()};
    const qsizetype firstLine = (groups.size() + 1) / 2; // 14 groups: 7 and 7
    return {groups.mid(0, firstLine).join(u'-'), groups.mid(firstLine).join(u'-')};
}

} // namespace Linli::Reports
