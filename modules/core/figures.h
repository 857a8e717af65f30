#pragma once

#include "permission.h"
#include "result.h"

#include <QtCore/QDate>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>

#include <memory>

namespace Linli::Core {

struct Actor;

// Module figures: the one way a module offers named numbers per building or compound over a
// period (arrears, collection rate, residents over 80 …) to whatever draws or prints them — the
// map's colours, the dashboards, the work report. A module implements a FigureSource over its own
// tables and the read models others publish; the composition root lists the sources (Figures).

enum class FigureUnit {
    Count, // residents, households
    Money, // in fen
    Ratio, // in basis points: 8,530 = 85.30 %
};

enum class FigureLevel { Building, Compound };

// [from, until): a billing month, a quarter, a year. A figure "as of" a day takes `until − 1`.
struct FigurePeriod
{
    QDate from;
    QDate until;
};

struct FigureInfo
{
    QString id;                    // "fees.arrears": module, then the figure
    const char *context = nullptr; // translation context of the title
    const char *title = nullptr;   // "Arrears"
    FigureUnit unit = FigureUnit::Count;
    Permission permission = Permission::ReadData; // to see it
    // Higher is better (collection rate), or worse (arrears): how a map colours it.
    bool higherIsBetter = false;

    QString displayName() const;
};

class FigureSource
{
public:
    virtual ~FigureSource() = default;
    virtual QList<FigureInfo> figures() const = 0;
    // The figure for every building (or compound) that has one in `period`, by id; a building
    // with none is absent (not 0). Checks the actor's permission (FigureInfo::permission).
    virtual Result<QHash<QString, qint64>> values(const Actor &actor, const QString &figure, FigureLevel level,
                                                  const FigurePeriod &period) const = 0;
};

// Every module's figure sources, in tier order.
class Figures
{
public:
    void add(std::unique_ptr<FigureSource> source);
    QList<FigureInfo> all() const;
    // What `figure` is; null when no module offers it.
    const FigureInfo *find(const QString &figure) const;
    Result<QHash<QString, qint64>> values(const Actor &actor, const QString &figure, FigureLevel level,
                                          const FigurePeriod &period) const;

private:
    struct Entry
    {
        FigureInfo info;
        const FigureSource *source;
    };
    std::vector<std::unique_ptr<FigureSource>> m_sources;
    QList<Entry> m_entries;
};

// A value as people read it: "1,234", "¥1,234.50", "85.3%".
QString formatFigure(FigureUnit unit, qint64 value);

} // namespace Linli::Core
