#include "forms.h"

#include "filewriting.h"
#include "printfonts.h"
#include "reportstr.h"
#include "textblock.h"

#include <QtGui/QPageLayout>
#include <QtGui/QPagedPaintDevice>
#include <QtGui/QPainter>

using namespace Qt::StringLiterals;

namespace Linli::Reports {

namespace {

const QColor quietText(0x55, 0x55, 0x55);

// Painting in millimetres on a device whose origin is the top-left of its printable area.
class MmPainter
{
public:
    MmPainter(QPainter &painter, QPagedPaintDevice *device) : p(painter), m_device(device), m_dpi(device->logicalDpiY())
    {}

    qreal px(qreal mm) const { return mm * m_dpi / 25.4; }
    qreal widthMm() const { return m_device->width() * 25.4 / m_dpi; }
    qreal heightMm() const { return m_device->height() * 25.4 / m_dpi; }
    QRectF rect(qreal x, qreal y, qreal w, qreal h) const { return QRectF(px(x), px(y), px(w), px(h)); }

    // One line of text in a box, elided when it does not fit.
    void text(qreal x, qreal y, qreal w, qreal h, const QString &text, const QFont &font,
              Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
    {
        p.setFont(font);
        const QRectF r = rect(x, y, w, h);
        const QString shown = QFontMetricsF(font, m_device).elidedText(text, Qt::ElideRight, r.width());
        p.drawText(r, int(align), shown);
    }
    // Wrapped text; returns its height in mm.
    qreal paragraph(qreal x, qreal y, qreal w, const QString &text, const QFont &font,
                    Qt::Alignment align = Qt::AlignLeft)
    {
        const TextBlock block(text, font, px(w), align, m_device);
        block.draw(&p, QPointF(px(x), px(y)));
        return block.height() * 25.4 / m_dpi;
    }
    void line(qreal x1, qreal y1, qreal x2, qreal y2, qreal widthMm = 0.25, Qt::PenStyle style = Qt::SolidLine)
    {
        p.setPen(QPen(p.pen().color(), px(widthMm), style));
        p.drawLine(QPointF(px(x1), px(y1)), QPointF(px(x2), px(y2)));
    }
    void box(qreal x, qreal y, qreal w, qreal h, qreal widthMm = 0.3)
    {
        p.setPen(QPen(p.pen().color(), px(widthMm)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect(x, y, w, h));
    }

    // A grid table: `weights` share the width; returns its height in mm.
    qreal table(qreal x, qreal y, qreal w, const QList<QStringList> &rows, const QList<int> &weights,
                const QList<Qt::Alignment> &aligns, qreal rowHeight, const QFont &font, const QFont &headFont,
                bool boldLast)
    {
        int total = 0;
        for (int weight : weights)
            total += weight;
        QList<qreal> xs{x};
        for (int weight : weights)
            xs.append(xs.last() + w * weight / total);
        qreal cy = y;
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const bool head = r == 0;
            const bool bold = boldLast && r == rows.size() - 1;
            QFont f = head ? headFont : font;
            f.setBold(bold);
            for (qsizetype c = 0; c < weights.size(); ++c) {
                const Qt::Alignment a = head ? Qt::AlignHCenter : aligns.value(c, Qt::AlignLeft);
                text(xs.at(c) + 1.5, cy, xs.at(c + 1) - xs.at(c) - 3, rowHeight, rows.at(r).value(c), f,
                     a | Qt::AlignVCenter);
            }
            cy += rowHeight;
        }
        p.setPen(Qt::black);
        for (qreal ly = y; ly <= cy + 0.01; ly += rowHeight)
            line(x, ly, x + w, ly, ly == y || ly > cy - 0.01 ? 0.4 : 0.2);
        for (qsizetype c = 0; c < xs.size(); ++c)
            line(xs.at(c), y, xs.at(c), cy, c == 0 || c == xs.size() - 1 ? 0.4 : 0.2);
        return cy - y;
    }

    QPainter &p;

private:
    QPagedPaintDevice *m_device;
    qreal m_dpi;
};

Status withPainter(QPagedPaintDevice *device, const std::function<void(QPainter &)> &paint)
{
    if (!device || device->width() <= 0 || device->height() <= 0)
        return Error(ErrorCode::Internal, Tr::tr("The printer is not ready."), u"invalid paint device"_s);
    if (Status status = ensurePrintFonts(); !status)
        return status;
    QPainter painter;
    if (!painter.begin(device))
        return Error(ErrorCode::Io, Tr::tr("Printing could not be started."), u"QPainter::begin failed"_s);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter);
    if (!painter.end())
        return Error(ErrorCode::Io, Tr::tr("Printing could not be finished."), u"QPainter::end failed"_s);
    return {};
}

void voidStamp(MmPainter &m, qreal cx, qreal cy, qreal sizePt)
{
    m.p.save();
    m.p.translate(m.px(cx), m.px(cy));
    m.p.rotate(-18);
    QColor red(0xC0, 0x20, 0x20);
    m.p.setPen(QPen(red, m.px(0.8)));
    QFont f = printFont(PrintFont::Heading, sizePt);
    m.p.setFont(f);
    const QString text = Tr::tr("VOID");
    const QRectF r = QFontMetricsF(f, m.p.device()).boundingRect(text).adjusted(-m.px(3), -m.px(1), m.px(3), m.px(1));
    const QRectF centred(-r.width() / 2, -r.height() / 2, r.width(), r.height());
    m.p.drawRect(centred);
    m.p.drawText(centred, Qt::AlignCenter, text);
    m.p.restore();
}

// One copy of the A4 receipt in a band `height` mm tall at `top`.
void paintA4Copy(MmPainter &m, const ReceiptForm &form, qreal top, qreal height, const QString &copyName)
{
    const qreal w = m.widthMm();
    m.p.setPen(Qt::black);
    m.text(0, top, w, 6, form.organisation, printFont(PrintFont::Heading, 11), Qt::AlignHCenter | Qt::AlignVCenter);
    m.text(0, top + 6, w, 11, form.title, printFont(PrintFont::Heading, 20), Qt::AlignHCenter | Qt::AlignVCenter);
    m.p.setPen(quietText);
    m.text(w - 60, top + 8, 60, 6, copyName, printFont(PrintFont::Body, 9), Qt::AlignRight | Qt::AlignVCenter);
    if (!form.mark.isEmpty()) {
        m.p.setPen(Qt::black);
        m.text(0, top + 8, 60, 6, form.mark, printFont(PrintFont::Heading, 10), Qt::AlignLeft | Qt::AlignVCenter);
    }
    m.p.setPen(Qt::black);
    const QFont body = printFont(PrintFont::Body, 10.5);
    qreal y = top + 19;
    m.text(0, y, w / 2, 6, Tr::tr("No. %1").arg(form.number), printFont(PrintFont::Heading, 10.5));
    m.text(w / 2, y, w / 2, 6, Tr::tr("Date: %1").arg(form.date), body, Qt::AlignRight | Qt::AlignVCenter);
    y += 7;
    m.text(0, y, w, 6, Tr::tr("Received from: %1").arg(form.payer), body);
    y += 8;
    QList<QStringList> rows{{Tr::tr("Item"), Tr::tr("Period / details"), Tr::tr("Amount")}};
    for (const QStringList &l : form.lines)
        rows.append(l);
    while (rows.size() < 5)
        rows.append(QStringList());
    rows.append({Tr::tr("Total (in words)"), form.totalInWords, form.total});
    y += m.table(0, y, w, rows, {3, 5, 2}, {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight}, 7.5, body,
                 printFont(PrintFont::Heading, 10.5), true);
    y += 2;
    m.text(0, y, w, 6, Tr::tr("Paid by: %1").arg(form.method), body);
    if (!form.note.isEmpty()) {
        y += 6;
        m.p.setPen(quietText);
        m.text(0, y, w, 6, form.note, printFont(PrintFont::Body, 9.5));
        m.p.setPen(Qt::black);
    }
    const qreal sy = top + height - 12;
    m.text(0, sy, w * 0.45, 6, Tr::tr("Payee (stamp): %1").arg(form.organisation), body);
    m.text(w * 0.45, sy, w * 0.27, 6, Tr::tr("Received by: %1").arg(form.clerk), body);
    m.text(w * 0.72, sy, w * 0.28, 6, Tr::tr("Payer: ________"), body, Qt::AlignRight | Qt::AlignVCenter);
    if (form.voided)
        voidStamp(m, w / 2, top + height / 2, 40);
}

// The small form: every value has its place in mm from the paper's top-left corner.
void paintSmall(MmPainter &m, const ReceiptForm &form, const ReceiptPaper &paper)
{
    m.p.translate(m.px(paper.offsetXmm), m.px(paper.offsetYmm));
    const QFont value = printFont(PrintFont::Body, 10);
    const QFont label = printFont(PrintFont::Heading, 9);
    m.p.setPen(Qt::black);
    if (!paper.preprinted) {
        m.text(0, 4, 241, 5, form.organisation, printFont(PrintFont::Heading, 10), Qt::AlignHCenter | Qt::AlignVCenter);
        m.text(0, 9, 241, 8, form.title, printFont(PrintFont::Heading, 16), Qt::AlignHCenter | Qt::AlignVCenter);
        m.text(160, 11, 15, 6, Tr::tr("No."), label);
        m.text(15, 19, 12, 6, Tr::tr("Date"), label);
        m.text(15, 26, 12, 6, Tr::tr("Payer"), label);
        QList<QStringList> grid{{Tr::tr("Item"), Tr::tr("Period / details"), Tr::tr("Amount")}};
        grid.resize(6);
        m.table(15, 33, 211, grid, {48, 104, 59}, {}, 6, value, label, false);
        m.text(17, 63, 30, 6, Tr::tr("Total (in words)"), label);
        m.text(15, 73, 20, 6, Tr::tr("Paid by"), label);
        m.text(165, 81, 18, 6, Tr::tr("Received by"), label);
    }
    m.text(175, 11, 50, 6, form.number, printFont(PrintFont::Heading, 10.5));
    m.text(28, 19, 80, 6, form.date, value);
    m.text(28, 26, 150, 6, form.payer, value);
    if (!form.mark.isEmpty())
        m.text(175, 19, 50, 6, form.mark, label);
    qreal y = 39;
    for (const QStringList &l : form.lines.mid(0, 4)) {
        m.text(17, y, 44, 6, l.value(0), value);
        m.text(65, y, 100, 6, l.value(1), value);
        m.text(168, y, 55, 6, l.value(2), value, Qt::AlignRight | Qt::AlignVCenter);
        y += 6;
    }
    m.text(65, 63, 100, 6, form.totalInWords, value);
    m.text(168, 63, 55, 6, form.total, printFont(PrintFont::Heading, 10.5), Qt::AlignRight | Qt::AlignVCenter);
    m.text(36, 73, 190, 6, form.method + (form.note.isEmpty() ? QString() : u"  "_s + form.note), value);
    m.text(184, 81, 40, 6, form.clerk, value);
    if (form.voided)
        voidStamp(m, 120, 46, 28);
}

} // namespace

QPageLayout receiptPageLayout(const ReceiptPaper &paper)
{
    if (paper.kind == ReceiptPaper::Kind::Small)
        return QPageLayout(QPageSize(QSizeF(241, 93.1), QPageSize::Millimeter, u"241×93"_s), QPageLayout::Portrait,
                           QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 12, 15, 12),
                       QPageLayout::Millimeter);
}

Status renderReceipt(const ReceiptForm &form, const ReceiptPaper &paper, QPagedPaintDevice *device)
{
    return withPainter(device, [&](QPainter &painter) {
        MmPainter m(painter, device);
        if (paper.kind == ReceiptPaper::Kind::Small) {
            paintSmall(m, form, paper);
            return;
        }
        const qreal half = m.heightMm() / 2;
        paintA4Copy(m, form, 0, half - 6, Tr::tr("Copy 2 of 3: for the payer"));
        painter.setPen(quietText);
        m.line(0, half, m.widthMm(), half, 0.2, Qt::DashLine);
        m.text(0, half - 3, m.widthMm(), 6, Tr::tr("cut here"), printFont(PrintFont::Body, 8),
               Qt::AlignRight | Qt::AlignVCenter);
        paintA4Copy(m, form, half + 6, half - 6, Tr::tr("Copy 1 of 3: counterfoil"));
    });
}

Status writeReceiptPdf(const ReceiptForm &form, const ReceiptPaper &paper, const QString &path)
{
    return writePdfFile(path, form.title + u' ' + form.number, receiptPageLayout(paper),
                        [&](QPagedPaintDevice *device) { return renderReceipt(form, paper, device); });
}

QPageLayout letterPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(22, 20, 22, 18),
                       QPageLayout::Millimeter);
}

Status renderLetters(const QList<Letter> &letters, QPagedPaintDevice *device)
{
    return withPainter(device, [&](QPainter &painter) {
        MmPainter m(painter, device);
        const qreal w = m.widthMm();
        const QFont body = printFont(PrintFont::Body, 12);
        bool first = true;
        for (const Letter &l : letters) {
            if (!first)
                device->newPage();
            first = false;
            painter.setPen(quietText);
            m.text(0, 0, w, 5, l.reference, printFont(PrintFont::Body, 9), Qt::AlignRight | Qt::AlignVCenter);
            painter.setPen(Qt::black);
            m.text(0, 8, w, 12, l.title, printFont(PrintFont::Heading, 20), Qt::AlignHCenter | Qt::AlignVCenter);
            qreal y = 28;
            y += m.paragraph(0, y, w, l.salutation, body) + 2;
            for (const QString &para : l.paragraphs)
                y += m.paragraph(0, y, w, u"　　"_s + para, body) + 2;
            if (!l.tableHeader.isEmpty()) {
                y += 2;
                QList<QStringList> rows{l.tableHeader};
                rows += l.tableRows;
                QList<int> weights;
                QList<Qt::Alignment> aligns;
                for (qsizetype c = 0; c < l.tableHeader.size(); ++c) {
                    weights.append(c == 0 ? 3 : 2);
                    aligns.append(c == 0 ? Qt::AlignLeft : Qt::AlignRight);
                }
                y += m.table(0, y, w, rows, weights, aligns, 8, printFont(PrintFont::Body, 11),
                             printFont(PrintFont::Heading, 11), l.tableTotal);
                y += 4;
            }
            for (const QString &para : l.closing)
                y += m.paragraph(0, y, w, u"　　"_s + para, body) + 2;
            y += 12;
            m.text(w / 2, y, w / 2, 7, l.signature, body, Qt::AlignRight | Qt::AlignVCenter);
            m.text(w / 2, y + 8, w / 2, 7, l.date, body, Qt::AlignRight | Qt::AlignVCenter);
            if (!l.footer.isEmpty()) {
                painter.setPen(quietText);
                const qreal h = m.heightMm();
                m.line(0, h - 14, w, h - 14, 0.2);
                m.paragraph(0, h - 12, w, l.footer, printFont(PrintFont::Body, 9));
                painter.setPen(Qt::black);
            }
        }
    });
}

Status writeLettersPdf(const QList<Letter> &letters, const QString &title, const QString &path)
{
    if (letters.isEmpty())
        return Error(ErrorCode::InvalidInput, Tr::tr("There is nothing to print."));
    return writePdfFile(path, title, letterPageLayout(),
                        [&](QPagedPaintDevice *device) { return renderLetters(letters, device); });
}

} // namespace Linli::Reports
