#pragma once

#include <core/actor.h>
#include <core/money.h>

#include <QtCore/QDate>
#include <QtCore/QList>
#include <QtCore/QStringList>

namespace Linli::Storage {
class Store;
}
namespace Linli::Tabular {
struct Sheet;
}

namespace Linli::Fees {

// One meter reading of a room, in thousandths of the item's unit (吨, 度): 135.345 = 135345.
struct MeterReading
{
    int row = 0; // spreadsheet row, when imported
    QString roomId;
    QString householdId;
    QString address; // "幸福里 3-2-501"
    qint64 previous = 0;
    qint64 current = 0;
    QDate readOn;
    qint64 consumption() const { return current - previous; }
};

// What a reading sheet holds, checked against the registry and earlier readings, before anything
// is written.
struct MeterImportCheck
{
    QString itemId;
    QString itemName;
    QString unit;
    QList<MeterReading> readings; // rows that can be imported
    QStringList errors;           // "第 7 行：…": rows that cannot; the import refuses while any
    qint64 totalConsumption = 0;
};

// Water and electricity readings, imported from the spreadsheet the meter reader hands in:
// columns 小区 (optional when there is one compound), 楼号, 单元, 房号 (or one 房屋 column such as
// "3-2-501"), 本期读数, optional 上期读数 (else the room's last reading) and 抄表日期 (else the
// day given). The whole sheet is imported or, when any row is wrong, nothing; the errors name
// their rows. A room's reading of the same day twice is refused, so a file imported again
// changes nothing. The bill run after the reading charges its consumption at the price of the
// reading day.
class MeterService
{
public:
    explicit MeterService(Storage::Store &store) : m_store(store) {}

    Result<MeterImportCheck> check(const Core::Actor &actor, const QString &itemCode, const Tabular::Sheet &sheet,
                                   QDate readOn) const;
    // The number of readings written.
    Result<int> import(const Core::Actor &actor, const QString &itemCode, const Tabular::Sheet &sheet, QDate readOn,
                       const QString &source = {});

    // "135.345" → 135345; at most three decimals, not negative.
    static std::optional<qint64> parseReading(const QString &text);
    static QString readingText(qint64 thousandths);

private:
    Storage::Store &m_store;
};

} // namespace Linli::Fees
