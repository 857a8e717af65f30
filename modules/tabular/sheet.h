#pragma once

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Linli::Tabular {

// One row as read from the file. `number` is the row number the spreadsheet shows (1-based,
// blank rows counted), so error reports can say "row 7".
struct SheetRow
{
    int number = 0;
    QStringList cells;

    // The cell in `column` (0-based), or an empty string past the end of the row.
    QString cell(qsizetype column) const { return column >= 0 && column < cells.size() ? cells.at(column) : QString(); }
    // True when every cell is empty or only whitespace.
    bool isBlank() const
    {
        for (const QString &c : cells) {
            if (!c.trimmed().isEmpty())
                return false;
        }
        return true;
    }
};

// The raw cells of one worksheet (or a CSV file), rows in file order.
struct Sheet
{
    QString name; // worksheet name; empty for CSV
    QList<SheetRow> rows;
};

} // namespace Linli::Tabular
