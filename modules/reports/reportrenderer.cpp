#include "reportrenderer.h"

#include "printfonts.h"
#include "reportstr.h"
#include "textblock.h"

#include <QtGui/QFontMetricsF>
#include <QtGui/QPagedPaintDevice>
#include <QtGui/QPainter>

#include <QtGui/QImage>

using namespace Qt::StringLiterals;

namespace Linli::Reports {

namespace {

constexpr int maxPortraitColumns = 7;

const QColor ruleColor(0x20, 0x20, 0x20);
const QColor gridColor(0x70, 0x70, 0x70);
const QColor headerFill(0xe4, 0xe4, 0xe4);
const QColor zebraFill(0xf4, 0xf4, 0xf4);
const QColor quietText(0x55, 0x55, 0x55);

enum class ItemKind { Caption, HeaderRow, Row, NoRecords, Summary, Figure };

// One horizontal band of a page, placed by the layout pass and painted by the paint pass.
struct Item
{
    ItemKind kind;
    int table = 0;
    int row = 0;
    qreal y = 0;
    qreal height = 0;
    bool continued = false;
};

using Page = QList<Item>;

struct Fonts
{
    QFont organisation = printFont(PrintFont::Heading, 10.5);
    QFont title = printFont(PrintFont::Heading, 16);
    QFont info = printFont(PrintFont::Body, 9);
    QFont caption = printFont(PrintFont::Heading, 11);
    QFont columnHeader = printFont(PrintFont::Heading, 9);
    QFont cell = printFont(PrintFont::Body, 9.5);
    QFont footer = printFont(PrintFont::Body, 8);
};

class ReportPainter
{
public:
    ReportPainter(const Report &report, QPagedPaintDevice *device);

    QList<Page> paginate() const;
    void paintPage(QPainter &painter, const Page &page, int number, int count) const;

private:
    qreal mm(qreal millimetres) const { return millimetres * m_dpi / 25.4; }
    QString parametersText() const;
    QString generatedText() const;
    qreal measureHeader() const;
    QList<qreal> columnWidths(const Table &table) const;
    qreal cellWidth(int table, int column) const;
    qreal rowHeight(int table, const QStringList &cells, const QFont &font) const;
    qreal itemHeight(ItemKind kind, int table, int row) const;

    void paintHeader(QPainter &painter) const;
    void paintFooter(QPainter &painter, int number, int count) const;
    void paintItem(QPainter &painter, const Item &item) const;
    void paintRow(QPainter &painter, const Item &item, const QStringList &cells, bool header) const;
    void paintSpanningLine(QPainter &painter, const Item &item) const;

    const Report &m_report;
    QPagedPaintDevice *m_device;
    Fonts m_fonts;
    qreal m_dpi;
    qreal m_width;
    qreal m_height;
    qreal m_headerHeight;
    qreal m_footerHeight;
    qreal m_padX;
    qreal m_padY;
    QList<QList<qreal>> m_columnWidths; // per table
};

ReportPainter::ReportPainter(const Report &report, QPagedPaintDevice *device)
    : m_report(report), m_device(device), m_dpi(device->logicalDpiY()), m_width(device->width()),
      m_height(device->height())
{
    m_padX = mm(1.5);
    m_padY = mm(1.1);
    m_headerHeight = measureHeader();
    m_footerHeight = mm(2.5) + QFontMetricsF(m_fonts.footer, device).height();
    for (const Table &table : report.tables)
        m_columnWidths.append(columnWidths(table));
}

QString ReportPainter::parametersText() const
{
    QStringList parts;
    for (const auto &[label, value] : m_report.parameters)
        parts.append(Tr::tr("%1: %2", "report parameter label and value").arg(label, value));
    return parts.join(u"    "_s);
}

QString ReportPainter::generatedText() const
{
    QStringList lines;
    if (!m_report.generatedBy.isEmpty())
        lines.append(Tr::tr("Prepared by: %1").arg(m_report.generatedBy));
    if (m_report.generatedAt.isValid())
        lines.append(Tr::tr("Generated: %1").arg(formatPrintedDateTime(m_report.generatedAt)));
    return lines.join(QChar::LineSeparator);
}

qreal ReportPainter::measureHeader() const
{
    qreal y = 0;
    if (!m_report.organisation.isEmpty())
        y += wrappedTextHeight(m_report.organisation, m_fonts.organisation, m_width, m_device) + mm(1);
    y += wrappedTextHeight(m_report.title, m_fonts.title, m_width, m_device) + mm(3);
    const qreal left = wrappedTextHeight(parametersText(), m_fonts.info, m_width * 0.62, m_device);
    const qreal right = wrappedTextHeight(generatedText(), m_fonts.info, m_width * 0.36, m_device);
    y += qMax(left, right) + mm(1.5);
    return y + mm(4); // the rule sits in this gap
}

QList<qreal> ReportPainter::columnWidths(const Table &table) const
{
    int totalWeight = 0;
    for (const Column &column : table.columns)
        totalWeight += qMax(1, column.widthWeight);
    QList<qreal> widths;
    for (const Column &column : table.columns)
        widths.append(m_width * qMax(1, column.widthWeight) / qMax(1, totalWeight));
    return widths;
}

qreal ReportPainter::cellWidth(int table, int column) const
{
    return qMax(qreal(1), m_columnWidths[table][column] - 2 * m_padX);
}

qreal ReportPainter::rowHeight(int table, const QStringList &cells, const QFont &font) const
{
    qreal height = QFontMetricsF(font, m_device).height();
    const int columns = m_columnWidths[table].size();
    for (int c = 0; c < columns && c < cells.size(); ++c) {
        if (!cells[c].isEmpty())
            height = qMax(height, wrappedTextHeight(cells[c], font, cellWidth(table, c), m_device));
    }
    return height + 2 * m_padY;
}

qreal ReportPainter::itemHeight(ItemKind kind, int table, int row) const
{
    if (kind == ItemKind::Figure) // `table` is the figure's index
        return QFontMetricsF(m_fonts.caption, m_device).height() + mm(1.5)
               + m_width * qBound(0.1, m_report.figures[table].aspect, 1.5);
    const Table &t = m_report.tables[table];
    switch (kind) {
    case ItemKind::Caption: return QFontMetricsF(m_fonts.caption, m_device).height() + mm(1.5);
    case ItemKind::HeaderRow: {
        QStringList titles;
        for (const Column &column : t.columns)
            titles.append(column.title);
        return rowHeight(table, titles, m_fonts.columnHeader);
    }
    case ItemKind::Row: return rowHeight(table, t.rows[row], m_fonts.cell);
    case ItemKind::NoRecords: return QFontMetricsF(m_fonts.cell, m_device).height() + 4 * m_padY;
    case ItemKind::Summary: return QFontMetricsF(m_fonts.footer, m_device).height() + mm(1.5);
    case ItemKind::Figure: break; // above
    }
    return 0;
}

QList<Page> ReportPainter::paginate() const
{
    const qreal top = m_headerHeight;
    const qreal bottom = m_height - m_footerHeight - mm(2);
    QList<Page> pages(1);
    qreal y = top;
    auto place = [&](ItemKind kind, int table, int row, qreal height, bool continued = false) {
        pages.last().append(Item{kind, table, row, y, height, continued});
        y += height;
    };
    for (int t = 0; t < m_report.tables.size(); ++t) {
        const Table &table = m_report.tables[t];
        if (table.columns.isEmpty())
            continue;
        const qreal captionHeight = table.caption.isEmpty() ? 0 : itemHeight(ItemKind::Caption, t, 0);
        const qreal headerHeight = itemHeight(ItemKind::HeaderRow, t, 0);
        const qreal maxRow = qMax(mm(5), bottom - top - captionHeight - headerHeight);
        auto startTable = [&](bool continued) {
            if (captionHeight > 0)
                place(ItemKind::Caption, t, 0, captionHeight, continued);
            place(ItemKind::HeaderRow, t, 0, headerHeight, continued);
        };
        auto newPage = [&] {
            pages.append(Page());
            y = top;
        };
        const qreal first = table.rows.isEmpty() ? itemHeight(ItemKind::NoRecords, t, 0)
                                                 : qMin(maxRow, itemHeight(ItemKind::Row, t, 0));
        if (y > top) {
            y += mm(6);
            if (y + captionHeight + headerHeight + first > bottom)
                newPage();
        }
        startTable(false);
        if (table.rows.isEmpty())
            place(ItemKind::NoRecords, t, 0, first);
        for (int r = 0; r < table.rows.size(); ++r) {
            const qreal height = qMin(maxRow, itemHeight(ItemKind::Row, t, r));
            if (y + height > bottom) {
                newPage();
                startTable(true);
            }
            place(ItemKind::Row, t, r, height);
        }
        const qreal summary = itemHeight(ItemKind::Summary, t, 0);
        if (y + summary > bottom)
            newPage();
        place(ItemKind::Summary, t, 0, summary);
    }
    for (int f = 0; f < m_report.figures.size(); ++f) {
        const qreal height = qMin(bottom - top, itemHeight(ItemKind::Figure, f, 0));
        if (y > top)
            y += mm(6);
        if (y + height > bottom) {
            pages.append(Page());
            y = top;
        }
        place(ItemKind::Figure, f, 0, height);
    }
    return pages;
}

void ReportPainter::paintPage(QPainter &painter, const Page &page, int number, int count) const
{
    paintHeader(painter);
    for (const Item &item : page)
        paintItem(painter, item);
    paintFooter(painter, number, count);
}

void ReportPainter::paintHeader(QPainter &painter) const
{
    painter.setPen(quietText);
    qreal y = 0;
    if (!m_report.organisation.isEmpty()) {
        const TextBlock organisation(m_report.organisation, m_fonts.organisation, m_width, Qt::AlignHCenter, m_device);
        organisation.draw(&painter, QPointF(0, y));
        y += organisation.height() + mm(1);
    }
    painter.setPen(Qt::black);
    const TextBlock title(m_report.title, m_fonts.title, m_width, Qt::AlignHCenter, m_device);
    title.draw(&painter, QPointF(0, y));
    y += title.height() + mm(3);

    const TextBlock parameters(parametersText(), m_fonts.info, m_width * 0.62, Qt::AlignLeft, m_device);
    const TextBlock generated(generatedText(), m_fonts.info, m_width * 0.36, Qt::AlignRight, m_device);
    parameters.draw(&painter, QPointF(0, y));
    generated.draw(&painter, QPointF(m_width * 0.64, y));
    y += qMax(parameters.height(), generated.height()) + mm(1.5);

    painter.setPen(QPen(ruleColor, mm(0.4)));
    painter.drawLine(QPointF(0, y), QPointF(m_width, y));
    painter.setPen(QPen(ruleColor, mm(0.15)));
    painter.drawLine(QPointF(0, y + mm(0.8)), QPointF(m_width, y + mm(0.8)));
}

void ReportPainter::paintFooter(QPainter &painter, int number, int count) const
{
    const qreal y = m_height - m_footerHeight;
    painter.setPen(QPen(gridColor, mm(0.15)));
    painter.drawLine(QPointF(0, y), QPointF(m_width, y));

    const QString pageText = Tr::tr("Page %1 of %2").arg(number).arg(count);
    const QFontMetricsF metrics(m_fonts.footer, m_device);
    const qreal pageWidth = metrics.horizontalAdvance(pageText) + mm(1);
    const QRectF line(0, y + mm(1.5), m_width, metrics.height());
    painter.setFont(m_fonts.footer);
    painter.setPen(quietText);
    const QString note = metrics.elidedText(m_report.footerNote, Qt::ElideRight, m_width - pageWidth - mm(5));
    painter.drawText(line, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, note);
    painter.setPen(Qt::black);
    painter.drawText(line, Qt::AlignRight | Qt::AlignTop | Qt::TextSingleLine, pageText);
}

void ReportPainter::paintItem(QPainter &painter, const Item &item) const
{
    if (item.kind == ItemKind::Figure) {
        const Figure &figure = m_report.figures[item.table];
        const qreal captionHeight = QFontMetricsF(m_fonts.caption, m_device).height() + mm(1.5);
        painter.setPen(Qt::black);
        painter.setFont(m_fonts.caption);
        painter.drawText(QRectF(0, item.y, m_width, captionHeight), Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                         figure.caption);
        const QImage image = QImage::fromData(figure.png, "PNG");
        if (!image.isNull()) {
            const QRectF box(0, item.y + captionHeight, m_width, item.height - captionHeight);
            QSizeF size = image.size();
            size.scale(box.size(), Qt::KeepAspectRatio);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawImage(QRectF(box.x() + (box.width() - size.width()) / 2, box.y(), size.width(), size.height()),
                              image);
        }
        return;
    }
    const Table &table = m_report.tables[item.table];
    switch (item.kind) {
    case ItemKind::Caption: {
        const QString caption = item.continued ? Tr::tr("%1 (continued)").arg(table.caption) : table.caption;
        painter.setPen(Qt::black);
        painter.setFont(m_fonts.caption);
        painter.drawText(QRectF(0, item.y, m_width, item.height), Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                         caption);
        break;
    }
    case ItemKind::HeaderRow: {
        QStringList titles;
        for (const Column &column : table.columns)
            titles.append(column.title);
        paintRow(painter, item, titles, true);
        break;
    }
    case ItemKind::Row: paintRow(painter, item, table.rows[item.row], false); break;
    case ItemKind::NoRecords:
    case ItemKind::Summary: paintSpanningLine(painter, item); break;
    case ItemKind::Figure: break; // above
    }
}

void ReportPainter::paintRow(QPainter &painter, const Item &item, const QStringList &cells, bool header) const
{
    const Table &table = m_report.tables[item.table];
    const QList<qreal> &widths = m_columnWidths[item.table];
    const QRectF band(0, item.y, m_width, item.height);
    if (header)
        painter.fillRect(band, headerFill);
    else if (item.row % 2 == 1)
        painter.fillRect(band, zebraFill);

    const QFont &font = header ? m_fonts.columnHeader : m_fonts.cell;
    painter.setPen(Qt::black);
    qreal x = 0;
    for (int c = 0; c < widths.size(); ++c) {
        const QString text = c < cells.size() ? cells[c] : QString();
        const Qt::Alignment alignment = header ? Qt::AlignHCenter : table.columns[c].alignment;
        const TextBlock block(text, font, cellWidth(item.table, c), alignment, m_device);
        const qreal inner = item.height - 2 * m_padY;
        const qreal offset = qMax(qreal(0), (inner - block.height()) / 2);
        block.draw(&painter, QPointF(x + m_padX, item.y + m_padY + offset), inner);
        x += widths[c];
    }

    painter.setPen(QPen(gridColor, mm(0.15)));
    painter.drawRect(band);
    x = 0;
    for (int c = 0; c + 1 < widths.size(); ++c) {
        x += widths[c];
        painter.drawLine(QPointF(x, item.y), QPointF(x, item.y + item.height));
    }
}

void ReportPainter::paintSpanningLine(QPainter &painter, const Item &item) const
{
    const QRectF band(0, item.y, m_width, item.height);
    if (item.kind == ItemKind::NoRecords) {
        painter.setPen(QPen(gridColor, mm(0.15)));
        painter.drawRect(band);
        painter.setPen(quietText);
        painter.setFont(m_fonts.cell);
        painter.drawText(band, Qt::AlignCenter | Qt::TextSingleLine, Tr::tr("No records"));
        return;
    }
    const int count = int(m_report.tables[item.table].rows.size());
    painter.setPen(quietText);
    painter.setFont(m_fonts.footer);
    painter.drawText(band.adjusted(0, mm(1), 0, 0), Qt::AlignRight | Qt::AlignTop | Qt::TextSingleLine,
                     Tr::tr("Total: %n record(s)", nullptr, count));
}

Status checkDevice(QPagedPaintDevice *device)
{
    if (!device || device->width() <= 0 || device->height() <= 0)
        return Error(ErrorCode::Internal, Tr::tr("The printer is not ready."), u"invalid paint device"_s);
    return ensurePrintFonts();
}

} // namespace

QPageLayout defaultPageLayout(const Report &report, PageOrientation orientation)
{
    bool landscape = orientation == PageOrientation::Landscape;
    if (orientation == PageOrientation::Automatic) {
        for (const Table &table : report.tables)
            landscape = landscape || table.columns.size() > maxPortraitColumns;
    }
    return QPageLayout(QPageSize(QPageSize::A4), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(20, 15, 15, 12), QPageLayout::Millimeter);
}

Status renderReport(const Report &report, QPagedPaintDevice *device)
{
    if (Status status = checkDevice(device); !status)
        return status;
    const ReportPainter reportPainter(report, device);
    const QList<Page> pages = reportPainter.paginate();
    QPainter painter;
    if (!painter.begin(device))
        return Error(ErrorCode::Io, Tr::tr("Printing could not be started."), u"QPainter::begin failed"_s);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0 && !device->newPage()) {
            painter.end();
            return Error(ErrorCode::Io, Tr::tr("Printing stopped before the last page."), u"newPage failed"_s);
        }
        reportPainter.paintPage(painter, pages[i], i + 1, int(pages.size()));
    }
    if (!painter.end())
        return Error(ErrorCode::Io, Tr::tr("Printing could not be finished."), u"QPainter::end failed"_s);
    return {};
}

Result<int> reportPageCount(const Report &report, QPagedPaintDevice *device)
{
    if (Status status = checkDevice(device); !status)
        return status.error();
    return int(ReportPainter(report, device).paginate().size());
}

QString formatPrintedDateTime(const QDateTime &dateTime)
{
    return dateTime.toLocalTime().toString(Tr::tr("d MMMM yyyy, HH:mm",
                                                  "date and time printed on reports, a QDateTime::toString format; "
                                                  "zh_CN: yyyy年M月d日 HH:mm"));
}

} // namespace Linli::Reports
