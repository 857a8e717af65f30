#include "auditlogmodel.h"

#include <staff/staffreports.h>
#include <staff/stafftr.h>

#include <QtGui/QBrush>
#include <QtGui/QColor>

#include <algorithm>

namespace Linli::Staff {

void AuditLogModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

void AuditLogModel::setBrokenSeq(qint64 seq)
{
    m_brokenSeq = seq;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::BackgroundRole});
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SeqColumn: return e.seq;
        case TimeColumn: return QDateTime::fromMSecsSinceEpoch(e.atMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case ActorColumn: return e.actor;
        case ActionColumn: return auditActionDisplayName(e.action);
        case TargetColumn: return e.target;
        case DetailsColumn: return auditDetailsText(e);
        }
    }
    if (role == Qt::BackgroundRole) {
        if (m_brokenSeq > 0 && e.seq == m_brokenSeq)
            return QBrush(QColor(0xff, 0xd6, 0xd6));
        if (e.action.endsWith(QStringLiteral(".failed")))
            return QBrush(QColor(0xff, 0xf4, 0xd6));
    }
    if (role == Qt::TextAlignmentRole && index.column() == SeqColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn: return Tr::tr("No.");
    case TimeColumn: return Tr::tr("Time");
    case ActorColumn: return Tr::tr("Staff");
    case ActionColumn: return Tr::tr("Action");
    case TargetColumn: return Tr::tr("Object");
    case DetailsColumn: return Tr::tr("Details");
    }
    return {};
}

} // namespace Linli::Staff
