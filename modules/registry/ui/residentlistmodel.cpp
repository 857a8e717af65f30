#include "residentlistmodel.h"

#include <registry/registryservice.h>
#include <registry/registrytr.h>

namespace Linli::Registry {

ResidentListModel::ResidentListModel(QObject *parent) : QAbstractTableModel(parent), m_tagNames(tagDisplayNames()) {}

void ResidentListModel::setDirectory(const ResidentDirectory *directory)
{
    beginResetModel();
    m_directory = directory;
    m_tagNames = tagDisplayNames(); // now including the tags an administrator added
    m_visible.clear();
    endResetModel();
}

void ResidentListModel::setVisible(QList<qsizetype> indices)
{
    beginResetModel();
    m_visible = std::move(indices);
    endResetModel();
}

const ResidentRow *ResidentListModel::rowAt(int row) const
{
    if (!m_directory || row < 0 || row >= m_visible.size())
        return nullptr;
    return &m_directory->row(m_visible.at(row));
}

int ResidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ResidentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResidentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ResidentRow *r = rowAt(index.row());
    if (!r)
        return {};
    if (role == ResidentIdRole)
        return r->id;
    if (role == Qt::TextAlignmentRole && index.column() == AgeColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return r->name;
    case SexColumn: return sexDisplayName(r->sex);
    case AgeColumn: {
        const int age = r->ageAt(m_directory->today());
        return age >= 0 ? QVariant(age) : QVariant();
    }
    case IdColumn: return r->idMasked();
    case PhoneColumn: return r->phoneMasked();
    case AddressColumn: return r->address();
    case RelationColumn: return r->relationToHead;
    case TagsColumn: {
        QStringList names;
        for (const QString &code : r->tagCodes)
            names.append(m_tagNames.value(code, code));
        return names.join(Tr::tr(", "));
    }
    }
    return {};
}

QVariant ResidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return Tr::tr("Name");
    case SexColumn: return Tr::tr("Sex");
    case AgeColumn: return Tr::tr("Age");
    case IdColumn: return Tr::tr("ID number");
    case PhoneColumn: return Tr::tr("Phone");
    case AddressColumn: return Tr::tr("Address");
    case RelationColumn: return Tr::tr("Relation to head");
    case TagsColumn: return Tr::tr("Tags");
    }
    return {};
}

} // namespace Linli::Registry
