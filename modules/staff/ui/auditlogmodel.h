#pragma once

#include <staff/maintenanceservice.h>

#include <QtCore/QAbstractTableModel>

namespace Linli::Staff {

// Audit entries for a table view; the newest first, as staff read it.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeqColumn, TimeColumn, ActorColumn, ActionColumn, TargetColumn, DetailsColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setEntries(QList<AuditEntry> entries);
    // Marks an entry the chain check found broken.
    void setBrokenSeq(qint64 seq);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<AuditEntry> m_entries;
    qint64 m_brokenSeq = 0;
};

} // namespace Linli::Staff
