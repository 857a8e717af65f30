#pragma once

#include <core/figures.h>

namespace Linli::Storage {
class Store;
}

namespace Linli::Registry {

// The registry's figures (core/figures.h) per building and compound: people living there,
// households, and residents aged 80 or more (高龄) on the last day of the period.
class RegistryFigures : public Core::FigureSource
{
public:
    explicit RegistryFigures(Storage::Store &store) : m_store(store) {}

    QList<Core::FigureInfo> figures() const override;
    Result<QHash<QString, qint64>> values(const Core::Actor &actor, const QString &figure, Core::FigureLevel level,
                                          const Core::FigurePeriod &period) const override;

private:
    Storage::Store &m_store;
};

} // namespace Linli::Registry
