#include "figures.h"

#include "actor.h"
#include "coretr.h"
#include "money.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLocale>

namespace Linli::Core {

QString FigureInfo::displayName() const
{
    return title ? QCoreApplication::translate(context, title) : id;
}

void Figures::add(std::unique_ptr<FigureSource> source)
{
    for (const FigureInfo &info : source->figures()) {
        Q_ASSERT_X(!find(info.id), "Figures::add", "a figure offered twice");
        m_entries.append({info, source.get()});
    }
    m_sources.push_back(std::move(source));
}

QList<FigureInfo> Figures::all() const
{
    QList<FigureInfo> out;
    for (const Entry &e : m_entries)
        out.append(e.info);
    return out;
}

const FigureInfo *Figures::find(const QString &figure) const
{
    for (const Entry &e : m_entries) {
        if (e.info.id == figure)
            return &e.info;
    }
    return nullptr;
}

Result<QHash<QString, qint64>> Figures::values(const Actor &actor, const QString &figure, FigureLevel level,
                                               const FigurePeriod &period) const
{
    for (const Entry &e : m_entries) {
        if (e.info.id == figure)
            return e.source->values(actor, figure, level, period);
    }
    return Error(ErrorCode::NotFound, Tr::tr("There is no figure called \"%1\".").arg(figure));
}

QString formatFigure(FigureUnit unit, qint64 value)
{
    const QLocale locale;
    switch (unit) {
    case FigureUnit::Count: return locale.toString(value);
    case FigureUnit::Money: return Money::fromFen(value).toString();
    case FigureUnit::Ratio: return locale.toString(double(value) / 100.0, 'f', 1) + QLatin1Char('%');
    }
    return QString::number(value);
}

} // namespace Linli::Core
