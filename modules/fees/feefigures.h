#pragma once

#include <core/figures.h>

namespace Linli::Storage {
class Store;
}

namespace Linli::Fees {

// The fees' figures (core/figures.h) per building and compound: arrears at the end of the period
// (what bills due by then still owe), the households owing them, and the collection rate of the
// bills of the period (paid of billed, from the derived totals).
class FeeFigures : public Core::FigureSource
{
public:
    explicit FeeFigures(Storage::Store &store) : m_store(store) {}

    QList<Core::FigureInfo> figures() const override;
    Result<QHash<QString, qint64>> values(const Core::Actor &actor, const QString &figure, Core::FigureLevel level,
                                          const Core::FigurePeriod &period) const override;

private:
    Storage::Store &m_store;
};

} // namespace Linli::Fees
