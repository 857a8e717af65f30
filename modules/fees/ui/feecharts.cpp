#include "feecharts.h"

#include <fees/feeprints.h>
#include <fees/feestr.h>

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <QtCore/QBuffer>
#include <QtGui/QImage>
#include <QtGui/QPainter>
#include <QtWidgets/QGraphicsScene>

using namespace Qt::StringLiterals;

namespace Linli::Fees {

namespace {

const QColor barColor(0x2f, 0x6f, 0xb3);
const QColor lineColor(0xc0, 0x5a, 0x1a);

QChart *emptyChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont f = chart->titleFont();
    f.setPointSizeF(11);
    f.setBold(true);
    chart->setTitleFont(f);
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QValueAxis *percentAxis(QChart *chart)
{
    auto *axis = new QValueAxis(chart);
    axis->setRange(0, 100);
    axis->setTickCount(6);
    axis->setLabelFormat(u"%d %"_s);
    return axis;
}

} // namespace

QChart *collectionBarChart(const QList<CollectionRow> &rows, const QString &title)
{
    QChart *chart = emptyChart(title);
    auto *set = new QBarSet(Tr::tr("Collection rate"));
    set->setColor(barColor);
    set->setBorderColor(barColor);
    set->setLabelColor(Qt::black);
    QStringList categories;
    for (const CollectionRow &r : rows) {
        if (r.label.isEmpty())
            continue;
        categories.append(r.label);
        *set << r.basisPoints() / 100.0;
    }
    auto *series = new QBarSeries(chart);
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value %"_s);
    series->setLabelsPrecision(4);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis(chart);
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QValueAxis *axisY = percentAxis(chart);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    return chart;
}

QChart *collectionTrendChart(const QList<CollectionRow> &rows, const QString &title)
{
    QChart *chart = emptyChart(title);
    auto *series = new QLineSeries(chart);
    series->setPen(QPen(lineColor, 2.5));
    series->setPointsVisible(true);
    series->setPointLabelsVisible(true);
    series->setPointLabelsFormat(u"@yPoint %"_s);
    QStringList categories;
    int x = 0;
    for (const CollectionRow &r : rows) {
        categories.append(r.label);
        series->append(x++, r.basisPoints() / 100.0);
    }
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis(chart);
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QValueAxis *axisY = percentAxis(chart);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    return chart;
}

QByteArray chartPng(QChart *chart, QSize size)
{
    // Laid out at half the pixel size and drawn at twice the resolution: the labels keep the
    // size they have on screen relative to the chart, and stay sharp on paper.
    const QSizeF logical = QSizeF(size) / 2;
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->resize(logical);
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), scene.sceneRect());
    }
    scene.removeItem(chart);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

void addMonthlyFigures(Reports::Report &report, const MonthlyReport &monthly)
{
    const QSize size(1800, 760);
    const auto add = [&](QChart *chart, const QString &caption) {
        std::unique_ptr<QChart> owned(chart);
        report.figures.append({caption, chartPng(chart, size), double(size.height()) / size.width()});
    };
    add(collectionBarChart(monthly.byBuilding, {}), Tr::tr("Collection rate by building, %1").arg(monthly.period));
    add(collectionBarChart(monthly.byItem, {}), Tr::tr("Collection rate by fee item, %1").arg(monthly.period));
    add(collectionTrendChart(monthly.trend, {}), Tr::tr("Collection rate over the last twelve months"));
}

} // namespace Linli::Fees
