#pragma once

#include "residentdirectory.h"

#include <reports/report.h>

namespace Linli::Registry {

// A printable list of residents (rows of a directory), masked as on screen: the roster, the
// special-population lists (e.g. 独居老人 aged 80 and over) and any filtered list.
// `conditions` are printed under the title ("标签: 独居老人", "年龄: 80 岁以上").
Reports::Report residentListReport(const ResidentDirectory &directory, const QList<qsizetype> &rows,
                                   const QString &title, const QList<QPair<QString, QString>> &conditions);

// The conditions of a filter in words, for report headers.
QList<QPair<QString, QString>> describeFilter(const ResidentFilter &filter, const QString &query,
                                              const QHash<QString, QString> &tagNames);

} // namespace Linli::Registry
