#pragma once

#include <core/idnumber.h>

#include <QtCore/QDate>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Linli::Registry {

enum class ResidentStatus { Living, MovedOut, Deceased };
enum class Tenure { Owner, Tenant, Other };
// Registered here (户籍) and living here, or only one of the two.
enum class Residence { Both, RegisteredOnly, LivingOnly };

QString statusCode(ResidentStatus s);
ResidentStatus statusFromCode(const QString &code);
QString statusDisplayName(ResidentStatus s);
QString tenureCode(Tenure t);
QString residenceCode(Residence r);
Tenure tenureFromCode(const QString &code);
Residence residenceFromCode(const QString &code);
QString tenureDisplayName(Tenure t);
QString residenceDisplayName(Residence r);
QString sexCode(Core::Sex s);
Core::Sex sexFromCode(const QString &code);
QString sexDisplayName(Core::Sex s);

// What a form or an import row provides, as typed. The service validates and normalises it.
struct ResidentInput
{
    QString householdId;
    QString name;
    Core::Sex sex = Core::Sex::Unknown; // Unknown: derive from the ID number
    Core::IdType idType = Core::IdType::MainlandId;
    QString idNumber;   // may be empty
    QDate birthDate;    // may be null: derive from the ID number
    QStringList phones; // up to two
    QString ethnicity;
    QString hukou;
    QString relationToHead;
    QString notes;
    bool needsAccessCard = false;
    QStringList tagCodes; // e.g. {"party_member", "volunteer"}
    // Details of tags that take one, by code: the disability's type and grade ("肢体二级").
    QHash<QString, QString> tagDetails;
    // Editing only: keep the stored ID document / phones as they are. A role that may not see
    // the full numbers edits everything else and leaves these alone.
    bool keepDocument = false;
    bool keepPhones = false;
};

// A resident as services hand it out. Without an explicit, audited unmask the ID number and the
// phones are masked ("110105********002X", "138****5678").
struct Resident
{
    QString id;
    QString householdId;
    QString name;
    Core::Sex sex = Core::Sex::Unknown;
    Core::IdType idType = Core::IdType::MainlandId;
    QString idNumber;
    QDate birthDate;
    QStringList phones;
    QString ethnicity;
    QString hukou;
    QString relationToHead;
    QString notes;
    bool needsAccessCard = false;
    ResidentStatus status = ResidentStatus::Living;
    QStringList tagCodes;               // sensitive tags only for roles that may see them
    QHash<QString, QString> tagDetails; // e.g. {"disabled": "肢体二级"}
    QString address;                    // "幸福里 3-2-501"
    bool masked = true;
};

struct Tag
{
    QString id;
    QString code;
    QString name;
    bool sensitive = false;
    bool hasDetail = false;
    bool builtin = false;
};

// A household life event as the history shows it.
struct LifeEvent
{
    QString id;
    QString householdId;
    QString residentId;
    QString residentName;
    QString kind; // move_in, move_out, death, head_change
    qint64 atMs = 0;
    QDate date; // the day it happened, as entered (may differ from when it was recorded)
    QString actor;
    QString note;
};

QString eventKindDisplayName(const QString &kind);
// The field names an edit event lists ("name", "phone1" …) in the current language.
QString residentFieldDisplayName(const QString &column);

// A household as its card shows it: address, head, tenure and every member (masked), the
// living first, the head leading.
struct Household
{
    QString id;
    QString roomId;
    QString address; // "幸福里 3-2-501"
    qint64 areaCm2 = 0;
    QString headId;
    Tenure tenure = Tenure::Owner;
    Residence residence = Residence::Both;
    bool active = true;
    QList<Resident> members;
};

// Completed years on `day`; -1 for an unknown birth date. Born on 29 February: a year older
// on 1 March in common years (the same rule as Core::IdNumber::ageAt).
int ageOn(QDate birth, QDate day);

// Two residents who may be one person registered twice.
struct SuspectedDuplicate
{
    QString firstId;
    QString secondId;
    QString reason; // "name_birth": same name and birth date; "pinyin_phone": same pinyin and phone
};

// One line of a household chooser.
struct HouseholdSummary
{
    QString id;
    QString address; // "幸福里 3-2-501"
    QString headName;
    int livingMembers = 0;
};

// A named filter of the resident list, saved by one staff member.
struct SavedFilter
{
    QString id;
    QString name;
    QString definition; // JSON, as the list page wrote it
};

struct RegistryCounts
{
    qint64 compounds = 0;
    qint64 buildings = 0;
    qint64 rooms = 0;
    qint64 households = 0;
    qint64 residents = 0; // living
};

} // namespace Linli::Registry
