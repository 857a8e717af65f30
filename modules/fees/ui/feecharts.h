#pragma once

#include <fees/payments.h>
#include <reports/report.h>

#include <QtCore/QSize>

class QChart;

namespace Linli::Fees {

struct MonthlyReport;

// Collection rates as a bar chart (one bar per row, e.g. per building or fee item; a total row
// with an empty label is left out) and as a line over billing periods. The caller owns the chart.
QChart *collectionBarChart(const QList<CollectionRow> &rows, const QString &title);
QChart *collectionTrendChart(const QList<CollectionRow> &rows, const QString &title);
// The chart as a PNG of `size` pixels, for printing.
QByteArray chartPng(QChart *chart, QSize size);
// The monthly report's charts, as figures of its printable report.
void addMonthlyFigures(Reports::Report &report, const MonthlyReport &monthly);

} // namespace Linli::Fees
