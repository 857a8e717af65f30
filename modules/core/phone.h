#pragma once

#include "result.h"

#include <QtCore/QHashFunctions>
#include <QtCore/QString>

namespace Linli::Core {

// A validated phone number in mainland China (+86): a mobile or a landline with its area code,
// optionally with an extension. Checked with Google's libphonenumber, which stays an
// implementation detail of phone.cpp. Immutable; a default-constructed Phone is null.
//
// parse() refuses with Error(ErrorCode::InvalidInput, translated message, reason), where
// Error::detail() is a stable reason code for import reports: "phone.empty", "phone.characters",
// "phone.multiple", "phone.scientific", "phone.needs_area_code", "phone.too_short",
// "phone.too_long", "phone.not_china", "phone.extension", "phone.invalid".
// Messages never contain the number itself.
class Phone
{
public:
    Phone() = default;

    // Accepts "138 1234 5678", "+86 138-1234-5678", "0086…", "010-6552 1234", "(0571) 8888 6666",
    // "021-12345678-801" / "…转801" / "… ext. 801" (extensions), full-width digits and signs, and
    // what toString() returns. A 7–8 digit number without its area code is refused.
    static Result<Phone> parse(const QString &text);

    bool isNull() const { return m_e164.isEmpty(); }
    bool isMobile() const { return m_mobile; }
    // E.164 without the extension, e.g. "+8613812345678".
    QString e164() const { return m_e164; }
    // Digits only; empty when there is none.
    QString extension() const { return m_extension; }
    // Storage form: E.164, plus ";ext=801" when there is an extension. parse() reads it back.
    QString toString() const;
    // National form for people: "138 1234 5678", "010 6552 1234", "021 1234 5678 转 801".
    QString toDisplayString() const;
    // For screens, print and exports without the unmask permission: a mobile keeps its first 3
    // and last 4 digits ("138****5678"), a landline its area code and last 4 ("010****1234").
    QString masked() const;
    // The last `n` digits of the number (not of the extension), for "phone tail" search.
    QString tail(int n = 4) const;

    friend bool operator==(const Phone &a, const Phone &b)
    {
        return a.m_e164 == b.m_e164 && a.m_extension == b.m_extension;
    }
    friend bool operator<(const Phone &a, const Phone &b)
    {
        return a.m_e164 != b.m_e164 ? a.m_e164 < b.m_e164 : a.m_extension < b.m_extension;
    }
    friend size_t qHash(const Phone &phone, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, phone.m_e164, phone.m_extension);
    }

private:
    static Result<Phone> parseUncached(const QString &normalisedText);
    static Phone fromValidMobile(const QString &digits);

    QString m_e164;                // "+861065521234"
    QString m_extension;           // "801"
    QString m_national;            // "010 6552 1234", as libphonenumber formats it
    qsizetype m_visiblePrefix = 0; // national digits kept by masked(): "138", "010", "0571"
    bool m_mobile = false;
};

} // namespace Linli::Core
