#include "registrytypes.h"

#include "registrytr.h"

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
    return kind;
}

} // namespace Linli::Registry
