#pragma once

#include <registry/residentdirectory.h>

#include <QtCore/QAbstractTableModel>

namespace Linli::Registry {

// The visible part of the resident directory: a list of row indices into it, so filtering
// 200,000 people swaps one vector and the view paints only what is on screen.
class ResidentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        SexColumn,
        AgeColumn,
        IdColumn,
        PhoneColumn,
        AddressColumn,
        RelationColumn,
        TagsColumn,
        ColumnCount
    };
    enum Roles { ResidentIdRole = Qt::UserRole + 1 };

    explicit ResidentListModel(QObject *parent = nullptr);
    void setDirectory(const ResidentDirectory *directory);
    void setVisible(QList<qsizetype> indices);
    const ResidentRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const ResidentDirectory *m_directory = nullptr;
    QList<qsizetype> m_visible;
    QHash<QString, QString> m_tagNames;
};

} // namespace Linli::Registry
