#include "registrytypes.h"

#include "registrytr.h"

#include <QtCore/QHash>

namespace Linli::Registry {

QString statusCode(ResidentStatus s)
{
    switch (s) {
    case ResidentStatus::Living: return QStringLiteral("living");
    case ResidentStatus::MovedOut: return QStringLiteral("moved_out");
    case ResidentStatus::Deceased: return QStringLiteral("deceased");
    }
    return QStringLiteral("living");
}

ResidentStatus statusFromCode(const QString &code)
{
    if (code == u"moved_out")
        return ResidentStatus::MovedOut;
    if (code == u"deceased")
        return ResidentStatus::Deceased;
    return ResidentStatus::Living;
}

QString statusDisplayName(ResidentStatus s)
{
    switch (s) {
    case ResidentStatus::Living: return Tr::tr("living here");
    case ResidentStatus::MovedOut: return Tr::tr("moved out");
    case ResidentStatus::Deceased: return Tr::tr("deceased");
    }
    return {};
}

QString tenureCode(Tenure t)
{
    switch (t) {
    case Tenure::Owner: return QStringLiteral("owner");
    case Tenure::Tenant: return QStringLiteral("tenant");
    case Tenure::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

QString residenceCode(Residence r)
{
    switch (r) {
    case Residence::Both: return QStringLiteral("both");
    case Residence::RegisteredOnly: return QStringLiteral("registered_only");
    case Residence::LivingOnly: return QStringLiteral("living_only");
    }
    return QStringLiteral("both");
}

Tenure tenureFromCode(const QString &code)
{
    if (code == u"owner")
        return Tenure::Owner;
    if (code == u"tenant")
        return Tenure::Tenant;
    return Tenure::Other;
}

Residence residenceFromCode(const QString &code)
{
    if (code == u"registered_only")
        return Residence::RegisteredOnly;
    if (code == u"living_only")
        return Residence::LivingOnly;
    return Residence::Both;
}

QString tenureDisplayName(Tenure t)
{
    switch (t) {
    case Tenure::Owner: return Tr::tr("owner");
    case Tenure::Tenant: return Tr::tr("tenant");
    case Tenure::Other: return Tr::tr("other");
    }
    return {};
}

QString residenceDisplayName(Residence r)
{
    switch (r) {
    case Residence::Both: return Tr::tr("registered and living here");
    case Residence::RegisteredOnly: return Tr::tr("registered here, living elsewhere");
    case Residence::LivingOnly: return Tr::tr("living here, registered elsewhere");
    }
    return {};
}

QString sexCode(Core::Sex s)
{
    switch (s) {
    case Core::Sex::Male: return QStringLiteral("M");
    case Core::Sex::Female: return QStringLiteral("F");
    case Core::Sex::Unknown: return QStringLiteral("U");
    }
    return QStringLiteral("U");
}

Core::Sex sexFromCode(const QString &code)
{
    if (code == u"M")
        return Core::Sex::Male;
    if (code == u"F")
        return Core::Sex::Female;
    return Core::Sex::Unknown;
}

QString sexDisplayName(Core::Sex s)
{
    switch (s) {
    case Core::Sex::Male: return Tr::tr("male");
    case Core::Sex::Female: return Tr::tr("female");
    case Core::Sex::Unknown: return Tr::tr("unknown");
    }
    return {};
}

int ageOn(QDate birth, QDate day)
{
    if (!birth.isValid())
        return -1;
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

QString eventKindDisplayName(const QString &kind)
{
    if (kind == u"move_in")
        return Tr::tr("moved in");
    if (kind == u"move_out")
        return Tr::tr("moved out");
    if (kind == u"death")
        return Tr::tr("died");
    if (kind == u"head_change")
        return Tr::tr("became head of household");
    if (kind == u"edit")
        return Tr::tr("details corrected");
    if (kind == u"merge")
        return Tr::tr("duplicate record merged");
    if (kind == u"split")
        return Tr::tr("household split");
    if (kind == u"household_merge")
        return Tr::tr("households merged");
    if (kind == u"household_edit")
        return Tr::tr("tenure or residence changed");
    return kind;
}

QString residentFieldDisplayName(const QString &column)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("Linli::Registry", "name")},
        {QStringLiteral("sex"), QT_TRANSLATE_NOOP("Linli::Registry", "sex")},
        {QStringLiteral("id_type"), QT_TRANSLATE_NOOP("Linli::Registry", "document type")},
        {QStringLiteral("id_number"), QT_TRANSLATE_NOOP("Linli::Registry", "ID number")},
        {QStringLiteral("birth_date"), QT_TRANSLATE_NOOP("Linli::Registry", "birth date")},
        {QStringLiteral("phone1"), QT_TRANSLATE_NOOP("Linli::Registry", "phone")},
        {QStringLiteral("phone2"), QT_TRANSLATE_NOOP("Linli::Registry", "second phone")},
        {QStringLiteral("ethnicity"), QT_TRANSLATE_NOOP("Linli::Registry", "ethnicity")},
        {QStringLiteral("hukou"), QT_TRANSLATE_NOOP("Linli::Registry", "hukou")},
        {QStringLiteral("relation_to_head"), QT_TRANSLATE_NOOP("Linli::Registry", "relation to head")},
        {QStringLiteral("needs_access_card"), QT_TRANSLATE_NOOP("Linli::Registry", "access card")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("Linli::Registry", "notes")},
        {QStringLiteral("tags"), QT_TRANSLATE_NOOP("Linli::Registry", "tags")},
    };
    const auto it = names.constFind(column);
    return it == names.cend() ? column : Tr::tr(it.value());
}

} // namespace Linli::Registry
