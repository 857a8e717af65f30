#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Linli::Reports {

// What every module hands to the printer and the exporters: already formatted, already masked
// text. The reports module never sees domain types, so it cannot leak unmasked personal data.

struct Column
{
    QString title;
    Qt::Alignment alignment = Qt::AlignLeft; // only the horizontal part is used
    int widthWeight = 1;                     // share of the printed table width
};

struct Table
{
    QString caption; // may be empty
    QList<Column> columns;
    QList<QStringList> rows; // one string per column; missing cells print empty
};

// A picture printed full width under its caption, e.g. a chart: PNG bytes (so this header needs
// no QtGui), `aspect` = height / width. Only the PDF and the printer show figures.
struct Figure
{
    QString caption;
    QByteArray png;
    double aspect = 0.45;
};

struct Report
{
    QString title;
    QString organisation;
    // Label and value, e.g. {"日期范围", "2026-11-01 至 2026-11-30"}.
    QList<QPair<QString, QString>> parameters;
    QDateTime generatedAt;
    QString generatedBy;
    QList<Table> tables;
    QString footerNote;    // e.g. "本表仅供内部使用", printed on every page
    QList<Figure> figures; // after the tables
};

} // namespace Linli::Reports
