#include "residentwriter.h"

#include "registrytr.h"

#include <core/clock.h>
#include <storage/outbox.h>
#include <storage/store.h>

#include <QtCore/QJsonObject>

using namespace Qt::StringLiterals;

namespace Linli::Registry {

namespace {

Error invalid(const QString &message, const QString &reason)
{
    return Error(ErrorCode::InvalidInput, message, reason);
}

// Full-width spaces and runs of spaces that office spreadsheets are full of.
QString cleanText(const QString &text)
{
    QString t = text;
    t.replace(QChar(0x3000), u' ');
    return t.simplified();
}

} // namespace

Result<ValidResident> validateResident(const ResidentInput &input, QDate today)
{
    ValidResident v;
    v.input = input;
    v.input.name = cleanText(input.name);
    v.input.name.remove(u' ');
    if (v.input.name.isEmpty())
        return invalid(Tr::tr("The name is missing."), u"name.empty"_s);
    if (v.input.name.size() > 30)
        return invalid(Tr::tr("The name is longer than 30 characters."), u"name.length"_s);

    v.sex = input.sex;
    v.birthDate = input.birthDate;
    if (!cleanText(input.idNumber).isEmpty()) {
        auto id = Core::IdNumber::parse(input.idNumber, input.idType, today);
        if (!id)
            return id.error();
        v.idNumber = *id;
        if (input.idType == Core::IdType::MainlandId) {
            if (input.birthDate.isValid() && input.birthDate != id->birthDate())
                return invalid(Tr::tr("The birth date %1 does not match the ID number (which says %2).")
                                   .arg(input.birthDate.toString(Qt::ISODate), id->birthDate().toString(Qt::ISODate)),
                               u"birth.mismatch"_s);
            if (input.sex != Core::Sex::Unknown && input.sex != id->sex())
                return invalid(Tr::tr("The sex does not match the ID number."), u"sex.mismatch"_s);
            v.birthDate = id->birthDate();
            v.sex = id->sex();
        }
    }
    if (v.birthDate.isValid() && (v.birthDate > today || v.birthDate.year() < 1900))
        return invalid(Tr::tr("The birth date %1 is impossible.").arg(v.birthDate.toString(Qt::ISODate)),
                       u"birth.impossible"_s);

    if (input.phones.size() > 2)
        return invalid(Tr::tr("At most two phone numbers can be kept."), u"phone.multiple"_s);
    for (const QString &raw : input.phones) {
        if (cleanText(raw).isEmpty())
            continue;
        auto phone = Core::Phone::parse(raw);
        if (!phone)
            return phone.error();
        v.phones.append(*phone);
    }
    v.input.ethnicity = cleanText(input.ethnicity);
    v.input.hukou = cleanText(input.hukou);
    v.input.relationToHead = cleanText(input.relationToHead);
    v.input.notes = input.notes.trimmed();
    for (auto it = v.input.tagDetails.begin(); it != v.input.tagDetails.end(); ++it) {
        *it = cleanText(*it);
        if (it->size() > 30)
            return invalid(Tr::tr("A tag's detail (such as the disability's type and grade) has at most 30 "
                                  "characters."),
                           u"tag.detail"_s);
    }
    return v;
}

QVariantMap residentFields(const ValidResident &r)
{
    return {
        {u"name"_s, r.input.name},
        {u"sex"_s, sexCode(r.sex)},
        {u"id_type"_s, Core::idTypeCode(r.input.idType)},
        {u"id_number"_s, r.idNumber.toString()},
        {u"birth_date"_s, r.birthDate.isValid() ? r.birthDate.toString(Qt::ISODate) : QString()},
        {u"phone1"_s, r.phones.value(0).toString()},
        {u"phone2"_s, r.phones.value(1).toString()},
        {u"ethnicity"_s, r.input.ethnicity},
        {u"hukou"_s, r.input.hukou},
        {u"relation_to_head"_s, r.input.relationToHead},
        {u"needs_access_card"_s, r.input.needsAccessCard ? 1 : 0},
        {u"notes"_s, r.input.notes},
    };
}

Status writeResident(Storage::Store &store, const QString &id, const ValidResident &r,
                     const QHash<QString, QString> &tagIds, const QString &actor)
{
    QVariantMap fields = residentFields(r);
    fields.insert(u"household_id"_s, r.input.householdId.isEmpty() ? QVariant() : QVariant(r.input.householdId));
    fields.insert(u"status"_s, statusCode(ResidentStatus::Living));
    if (auto s = Storage::Outbox::insert(store, u"reg_residents"_s, id, fields); !s) {
        if (s.error().code() == ErrorCode::Conflict)
            return Error(ErrorCode::AlreadyExists, Tr::tr("A resident with this ID number is already registered."),
                         u"id.duplicate"_s);
        return s;
    }
    for (const QString &code : r.input.tagCodes) {
        const QString tagId = tagIds.value(code);
        if (tagId.isEmpty())
            return invalid(Tr::tr("There is no tag \"%1\".").arg(code), u"tag.unknown"_s);
        QVariantMap tagFields{{u"resident_id"_s, id}, {u"tag_id"_s, tagId}};
        if (const QString detail = r.input.tagDetails.value(code).trimmed(); !detail.isEmpty())
            tagFields.insert(u"detail"_s, detail);
        if (auto s = Storage::Outbox::insert(store, u"reg_resident_tags"_s, store.newId().toString(), tagFields); !s)
            return s;
    }
    return Storage::Outbox::insert(store, u"reg_events"_s, store.newId().toString(),
                                   {{u"household_id"_s, r.input.householdId},
                                    {u"resident_id"_s, id},
                                    {u"kind"_s, u"move_in"_s},
                                    {u"at"_s, store.clock().nowMs()},
                                    {u"actor"_s, actor}});
}

Result<QHash<QString, QString>> tagIdsByCode(Storage::Store &store)
{
    auto rows = store.connection().select(u"SELECT code, id FROM reg_tags WHERE deleted = 0"_s);
    if (!rows)
        return rows.error();
    QHash<QString, QString> out;
    for (const QVariantList &r : std::as_const(*rows))
        out.insert(r.at(0).toString(), r.at(1).toString());
    return out;
}

} // namespace Linli::Registry
