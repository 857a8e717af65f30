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

// The parts of a directory row's room code "3-2-501" (building numbers may themselves contain
// a hyphen, so the code is split from the right). All empty for a resident without a room.
struct RoomCode
{
    QString building;
    QString unit;
    QString room;
};
RoomCode splitRoomCode(const QString &code);

// A building or unit number as typed ("３", " 3号楼", "2单元") in the form the registry stores ("3", "2").
QString normalizedNumber(const QString &typed);

// A building that has people in the directory (living or not).
struct BuildingMatch
{
    QString id;
    QString compound;
    QString number;
};
// The buildings numbered `number`, only in the compound named `compound` when that is not
// empty, sorted by compound name. Several compounds may have a building 3.
QList<BuildingMatch> findBuildings(const ResidentDirectory &directory, const QString &number,
                                   const QString &compound = {});

// The resident roster (居民花名册) of one building, or of one of its units: one table per unit,
// rooms in numeric order (101, 102 … 1101), in each room the head first, then the eldest.
// Living residents only; ID and phone numbers masked as in the directory.
Reports::Report rosterReport(const ResidentDirectory &directory, const QString &buildingId,
                             const QString &unitNumber = {});

// The household card (户卡): address, area, tenure, head, every member (numbers masked) and the
// household's history. `household` and `history` as RegistryService::household()/history() give them.
Reports::Report householdCardReport(const Household &household, const QList<LifeEvent> &history, QDate today);

// "87.35 m²" for 8735 hundredths of a square metre; empty when the area is unknown (0).
QString formatArea(qint64 areaCm2);

} // namespace Linli::Registry
