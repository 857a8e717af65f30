#pragma once

#include "registrytypes.h"

#include <core/phone.h>

#include <QtCore/QHash>
#include <QtCore/QVariantMap>

namespace Linli::Storage {
class Store;
}

namespace Linli::Registry {

// A resident after validation: normalised document number, phones in storage form, sex and
// birth date agreed with the ID number. Shared by the form path, the importer and demo data.
struct ValidResident
{
    ResidentInput input;
    Core::IdNumber idNumber; // null when none was given
    QList<Core::Phone> phones;
    Core::Sex sex = Core::Sex::Unknown;
    QDate birthDate;
};

// Checks one resident as typed. The Error's detail() carries a stable reason code
// ("name.empty", "id.checksum", "birth.mismatch", "phone.invalid", …) for import reports.
Result<ValidResident> validateResident(const ResidentInput &input, QDate today);

// The stored columns of a validated resident that an edit may change (not household or status).
QVariantMap residentFields(const ValidResident &resident);

// Writes a validated resident (row, tags, "move_in" event) inside the caller's transaction;
// no audit entry (the use case writes one). `tagIds` maps tag codes to ids.
Status writeResident(Storage::Store &store, const QString &id, const ValidResident &resident,
                     const QHash<QString, QString> &tagIds, const QString &actor);

// Tag code → id of every tag in the database.
Result<QHash<QString, QString>> tagIdsByCode(Storage::Store &store);

} // namespace Linli::Registry
