#pragma once

#include "result.h"

#include <QtCore/QDate>
#include <QtCore/QHashFunctions>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringView>

#include <optional>

namespace Linli::Core {

// The identity documents residents show at the office.
enum class IdType {
    MainlandId,          // 居民身份证 (also the 港澳台居民居住证, whose numbers follow GB 11643)
    Passport,            // 护照
    HongKongMacauPermit, // 港澳居民来往内地通行证
    TaiwanPermit,        // 台湾居民来往大陆通行证
    Other,               // 其他证件
};

enum class Sex { Unknown, Male, Female };

QList<IdType> allIdTypes();
// Stable code stored in the database and used in files, e.g. "mainland_id".
QString idTypeCode(IdType type);
std::optional<IdType> idTypeFromCode(const QString &code);
// Translated name for people, e.g. "居民身份证".
QString idTypeDisplayName(IdType type);

// A validated identity document number. Mainland numbers are checked against GB 11643-1999
// (region, birth date, ISO 7064 MOD 11-2 check character) and always held in 18-character form;
// the other types get format checks only. Immutable; a default-constructed IdNumber is null.
//
// parse() refuses with Error(ErrorCode::InvalidInput, translated message, reason), where
// Error::detail() is a stable reason code for import reports: "id.empty", "id.length",
// "id.characters", "id.region", "id.birthdate", "id.checksum", "id.scientific" (a spreadsheet
// turned the number into a number and digits are lost), "id.format" (non-mainland types).
// Messages never contain the number itself nor the check character it should have.
class IdNumber
{
public:
    IdNumber() = default;

    // Folds full-width characters, drops spaces (and a leading spreadsheet apostrophe),
    // upper-cases letters and converts 15-digit mainland numbers to 18 digits. The birth date may
    // not lie after `today`; a null `today` means the system date.
    static Result<IdNumber> parse(const QString &text, IdType type = IdType::MainlandId, QDate today = {});

    // The GB 11643 check character ('0'–'9' or 'X') for 17 digits; a null QChar for anything else.
    // For demo data and tests; never show it to a user next to a refused number.
    static QChar mainlandCheckCharacter(QStringView first17);

    bool isNull() const { return m_number.isEmpty(); }
    IdType type() const { return m_type; }
    // The normalised number, e.g. "11010519491231002X"; for storage, search and comparison.
    QString toString() const { return m_number; }
    // For screens, print and exports without the unmask permission: mainland numbers keep the
    // first 6 and last 4 characters ("110105********002X"), other documents the first and last 2.
    QString masked() const;
    // The last `n` characters (all of them if the number is shorter), for "ID tail" search.
    QString tail(int n) const;

    // Derived from mainland numbers; null / Sex::Unknown / -1 for other document types.
    QDate birthDate() const;
    Sex sex() const;
    // Completed years on `date`; -1 before the birth date. Someone born on 29 February becomes a
    // year older on 1 March in common years.
    int ageAt(QDate date) const;

    friend bool operator==(const IdNumber &a, const IdNumber &b)
    {
        return a.m_type == b.m_type && a.m_number == b.m_number;
    }
    friend bool operator<(const IdNumber &a, const IdNumber &b)
    {
        return a.m_type != b.m_type ? a.m_type < b.m_type : a.m_number < b.m_number;
    }
    friend size_t qHash(const IdNumber &id, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, int(id.m_type), id.m_number);
    }

private:
    IdNumber(IdType type, QString number) : m_type(type), m_number(std::move(number)) {}

    IdType m_type = IdType::MainlandId;
    QString m_number;
};

} // namespace Linli::Core
