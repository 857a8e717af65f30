#include "residentreports.h"

#include "registryservice.h"
#include "registrytr.h"

namespace Linli::Registry {

Reports::Report residentListReport(const ResidentDirectory &directory, const QList<qsizetype> &rows,
                                   const QString &title, const QList<QPair<QString, QString>> &conditions)
{
    Reports::Report report;
    report.title = title;
    report.parameters = conditions;
    report.parameters.append({Tr::tr("People"), QString::number(rows.size())});
    report.footerNote = Tr::tr("ID numbers and phone numbers are masked. For internal use only.");
    const QHash<QString, QString> tagNames = builtinTagNames();
    Reports::Table table;
    table.columns = {{Tr::tr("No."), Qt::AlignRight, 1},      {Tr::tr("Name"), Qt::AlignLeft, 2},
                     {Tr::tr("Sex"), Qt::AlignLeft, 1},       {Tr::tr("Age"), Qt::AlignRight, 1},
                     {Tr::tr("ID number"), Qt::AlignLeft, 4}, {Tr::tr("Phone"), Qt::AlignLeft, 3},
                     {Tr::tr("Address"), Qt::AlignLeft, 4},   {Tr::tr("Tags"), Qt::AlignLeft, 3}};
    int n = 0;
    for (qsizetype i : rows) {
        const ResidentRow &r = directory.row(i);
        QStringList tags;
        for (const QString &code : r.tagCodes)
            tags.append(tagNames.value(code, code));
        const int age = r.ageAt(directory.today());
        table.rows.append({QString::number(++n), r.name, sexDisplayName(r.sex),
                           age >= 0 ? QString::number(age) : QString(), r.idMasked, r.phoneMasked, r.address(),
                           tags.join(Tr::tr(", "))});
    }
    report.tables.append(table);
    return report;
}

QList<QPair<QString, QString>> describeFilter(const ResidentFilter &filter, const QString &query,
                                              const QHash<QString, QString> &tagNames)
{
    QList<QPair<QString, QString>> out;
    if (!query.trimmed().isEmpty())
        out.append({Tr::tr("Search"), query.trimmed()});
    if (!filter.tagCode.isEmpty())
        out.append({Tr::tr("Tag"), tagNames.value(filter.tagCode, filter.tagCode)});
    if (filter.minAge >= 0 && filter.maxAge >= 0)
        out.append({Tr::tr("Age"), Tr::tr("%1 to %2").arg(filter.minAge).arg(filter.maxAge)});
    else if (filter.minAge >= 0)
        out.append({Tr::tr("Age"), Tr::tr("%1 and over").arg(filter.minAge)});
    else if (filter.maxAge >= 0)
        out.append({Tr::tr("Age"), Tr::tr("up to %1").arg(filter.maxAge)});
    return out;
}

} // namespace Linli::Registry
