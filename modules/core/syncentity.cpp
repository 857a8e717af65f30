#include "syncentity.h"

#include <QtCore/QCoreApplication>

namespace Linli::Core {

QString SyncEntity::displayName() const
{
    return title ? QCoreApplication::translate(context, title) : table;
}

QString SyncEntity::fieldName(const QString &column) const
{
    for (const SyncField &f : fields) {
        if (f.column == column)
            return QCoreApplication::translate(context, f.title);
    }
    return column;
}

SyncCatalogue::SyncCatalogue(QList<SyncEntity> entities) : m_entities(std::move(entities))
{
    for (qsizetype i = 0; i < m_entities.size(); ++i) {
        const SyncEntity &e = m_entities.at(i);
        Q_ASSERT_X(!m_index.contains(e.table), "SyncCatalogue", "a table declared twice");
        m_index.insert(e.table, i);
        if (e.isScope) {
            m_scopeTable = e.table;
            m_scopeColumn = e.referencedAs;
        } else if (!e.referencedAs.isEmpty()) {
            m_references.append({e.referencedAs, e.table});
        }
    }
}

const SyncEntity *SyncCatalogue::find(const QString &table) const
{
    const auto it = m_index.constFind(table);
    return it == m_index.cend() ? nullptr : &m_entities.at(*it);
}

bool SyncCatalogue::isInsertOnly(const QString &table) const
{
    const SyncEntity *e = find(table);
    return e && e->merge == SyncMerge::InsertOnly;
}

} // namespace Linli::Core
