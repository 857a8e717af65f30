#include "phone.h"

#include "coretr.h"

#include <QtCore/QMutex>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace Linli::Core {

namespace {

namespace pn = i18n::phonenumbers;

constexpr int ChinaCallingCode = 86;
constexpr qsizetype MaxExtensionDigits = 6;

Error refuse(const char *reason, const QString &message)
{
    return Error(ErrorCode::InvalidInput, message, QString::fromLatin1(reason));
}

const pn::PhoneNumberUtil &util()
{
    // A process-wide singleton that is safe to use from several threads and logs nothing.
    return *pn::PhoneNumberUtil::GetInstance();
}

// Folds full-width characters, dashes and the Chinese words for "extension" to what the rest of
// the parser expects, and trims. Spaces inside stay: they separate the extension marker.
QString normalised(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            u = char16_t(u - 0xFF01 + 0x21);
        if ((u >= 0x2010 && u <= 0x2015) || u == 0x2212)
            u = u'-';
        if (u == 0x200B || u == 0xFEFF)
            continue;
        out.append(QChar(u).isSpace() ? QChar(u' ') : QChar(u));
    }
    for (const char16_t *word : {u"分机号", u"分機號", u"分机", u"分機", u"转", u"轉"})
        out.replace(QString::fromUtf16(word), QStringLiteral(" ext "));
    out = out.trimmed();
    if (out.startsWith(u'\''))
        out = out.mid(1).trimmed();
    return out;
}

struct Split
{
    QString main;
    QString extension;
};

// "… ext. 801", "… ext 801", "…x801", "…#801", "…;ext=801" (our storage form).
Split splitMarkedExtension(const QString &s)
{
    static const QRegularExpression marked(QStringLiteral("^(.*?)\\s*(?:;ext=|ext\\.?|x|#)\\s*([0-9]+)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    const auto match = marked.match(s);
    if (!match.hasMatch())
        return {s, {}};
    return {match.captured(1), match.captured(2)};
}

QString digitsOf(const QString &s)
{
    QString out;
    for (QChar c : s) {
        if (c >= u'0' && c <= u'9')
            out.append(c);
    }
    return out;
}

Error tooShort()
{
    return refuse("phone.too_short", Tr::tr("The phone number is too short: a mobile number has 11 digits, a "
                                            "landline its area code and 7 or 8 digits."));
}

Error tooLong()
{
    return refuse("phone.too_long", Tr::tr("The phone number is too long: a mobile number has 11 digits, a "
                                           "landline its area code and 7 or 8 digits."));
}

Error invalid()
{
    return refuse("phone.invalid",
                  Tr::tr("This is not a valid phone number in China: check the area code and the digits."));
}

Error badExtension()
{
    return refuse("phone.extension",
                  Tr::tr("Only a landline can have an extension, and an extension has at most %1 digits.")
                      .arg(MaxExtensionDigits));
}

struct Parsed
{
    pn::PhoneNumber number;
    pn::PhoneNumberUtil::ErrorType error = pn::PhoneNumberUtil::NOT_A_NUMBER;
    bool valid = false;
};

Parsed parseWithLibrary(const QString &main)
{
    Parsed p;
    p.error = util().Parse(main.toStdString(), "CN", &p.number);
    p.valid = p.error == pn::PhoneNumberUtil::NO_PARSING_ERROR && util().IsValidNumber(p.number);
    return p;
}

bool isMobileType(const pn::PhoneNumber &number)
{
    const auto type = util().GetNumberType(number);
    return type == pn::PhoneNumberUtil::MOBILE || type == pn::PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
}

// "021-12345678-801": the last dash group is an extension if what comes before it is a complete
// landline. "0571-8888-6666" was valid as a whole and never gets here.
void retryWithDashExtension(Parsed &p, Split &split)
{
    static const QRegularExpression dashed(QStringLiteral("^(.*[0-9])\\s*-\\s*([0-9]{1,6})$"));
    const auto match = dashed.match(split.main);
    if (!match.hasMatch() || p.error != pn::PhoneNumberUtil::NO_PARSING_ERROR)
        return;
    Parsed shorter = parseWithLibrary(match.captured(1));
    if (shorter.valid && shorter.number.country_code() == ChinaCallingCode && !isMobileType(shorter.number)) {
        p = std::move(shorter);
        split = {match.captured(1), match.captured(2)};
    }
}

// Why a number the library found invalid was refused, as precisely as we can tell.
Error classify(const QString &main, const Parsed &p)
{
    switch (p.error) {
    case pn::PhoneNumberUtil::NO_PARSING_ERROR: break;
    case pn::PhoneNumberUtil::TOO_SHORT_NSN:
    case pn::PhoneNumberUtil::TOO_SHORT_AFTER_IDD: return tooShort();
    case pn::PhoneNumberUtil::TOO_LONG_NSN: return tooLong();
    default: return digitsOf(main).size() < 7 ? tooShort() : invalid(); // "+86" alone
    }
    if (p.number.country_code() != ChinaCallingCode)
        return refuse("phone.not_china", Tr::tr("Only phone numbers in mainland China (+86) can be entered."));

    std::string nsnUtf8;
    util().GetNationalSignificantNumber(p.number, &nsnUtf8);
    const QString nsn = QString::fromStdString(nsnUtf8);
    const QString digits = digitsOf(main);
    const bool dialledWhole = main.startsWith(u'+') || digits.startsWith(u'0');
    if (!dialledWhole && (nsn.size() == 7 || nsn.size() == 8) && !nsn.startsWith(u'1'))
        return refuse("phone.needs_area_code",
                      Tr::tr("A landline number needs its area code, for example 010-6552 1234."));
    const bool mobileLike = !dialledWhole && nsn.size() >= 2 && nsn.at(0) == u'1' && nsn.at(1) >= u'3';
    if (nsn.size() < 7 || (mobileLike && nsn.size() < 11))
        return tooShort();
    if (mobileLike && nsn.size() > 11)
        return tooLong();
    switch (util().IsPossibleNumberWithReason(p.number)) {
    case pn::PhoneNumberUtil::TOO_SHORT: return tooShort();
    case pn::PhoneNumberUtil::TOO_LONG: return tooLong();
    default: return invalid();
    }
}

} // namespace

namespace {

// Mobile number blocks (号段) known to be valid. Whether an 11-digit number starting with 1 is a
// valid mobile depends on its first 7 digits only (checked against this libphonenumber for every
// block 1000000–1999999, three numbers each); a bulk import of 100,000 mobiles parses each block
// with libphonenumber once instead of every number.
QMutex blockMutex;
QSet<QString> validMobileBlocks;

bool isPlainMobile(const QString &s)
{
    if (s.size() != 11 || s.at(0) != u'1')
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

Phone Phone::fromValidMobile(const QString &digits)
{
    Phone phone;
    phone.m_mobile = true;
    phone.m_e164 = QStringLiteral("+86") + digits;
    phone.m_national = digits.left(3) + u' ' + digits.mid(3, 4) + u' ' + digits.mid(7);
    phone.m_visiblePrefix = 3;
    return phone;
}

Result<Phone> Phone::parse(const QString &text)
{
    const QString s = normalised(text);
    if (s.isEmpty())
        return refuse("phone.empty", Tr::tr("The phone number is empty."));
    const bool plainMobile = isPlainMobile(s);
    if (plainMobile) {
        QMutexLocker lock(&blockMutex);
        if (validMobileBlocks.contains(s.left(7)))
            return fromValidMobile(s);
    }
    auto parsed = parseUncached(s);
    if (plainMobile && parsed && parsed->isMobile() && parsed->m_e164 == QStringLiteral("+86") + s
        && parsed->m_extension.isEmpty()) {
        QMutexLocker lock(&blockMutex);
        validMobileBlocks.insert(s.left(7));
    }
    return parsed;
}

Result<Phone> Phone::parseUncached(const QString &s)
{
    static const QRegularExpression spreadsheetNumber(
        QStringLiteral("^\\+?[0-9]+(\\.[0-9]*)?[Ee][+-]?[0-9]+$|^[0-9]+\\.0+$"));
    if (spreadsheetNumber.match(s).hasMatch())
        return refuse("phone.scientific", Tr::tr("Excel turned this phone number into a number (such as "
                                                 "1.38123E+10), so digits are lost. Format the column as text and "
                                                 "type the number again."));

    static const QRegularExpression separators(QStringLiteral("[/、,;，；|]"));
    if (QString(s).remove(QStringLiteral(";ext="), Qt::CaseInsensitive).contains(separators))
        return refuse("phone.multiple", Tr::tr("Enter one phone number per field."));

    Split split = splitMarkedExtension(s);
    static const QRegularExpression allowed(QStringLiteral("^\\(?\\+?[0-9() .-]+$"));
    if (!allowed.match(split.main).hasMatch() || digitsOf(split.main).isEmpty())
        return refuse("phone.characters",
                      Tr::tr("The phone number contains characters that do not belong in a phone number."));

    Parsed p = parseWithLibrary(split.main);
    if (!p.valid && split.extension.isEmpty())
        retryWithDashExtension(p, split);
    if (!p.valid)
        return classify(split.main, p);
    if (p.number.country_code() != ChinaCallingCode)
        return refuse("phone.not_china", Tr::tr("Only phone numbers in mainland China (+86) can be entered."));

    Phone phone;
    phone.m_mobile = isMobileType(p.number);
    if (!split.extension.isEmpty() && (phone.m_mobile || split.extension.size() > MaxExtensionDigits))
        return badExtension();
    phone.m_extension = split.extension;

    std::string formatted;
    util().Format(p.number, pn::PhoneNumberUtil::E164, &formatted);
    phone.m_e164 = QString::fromStdString(formatted);
    const QString significant = phone.m_e164.mid(3); // after "+86"
    if (phone.m_mobile && significant.size() == 11) {
        // Mobiles are always written 3-4-4 ("138 1234 5678"); libphonenumber's formatter would
        // say the same, at a cost that dominated bulk imports.
        phone.m_national = significant.left(3) + u' ' + significant.mid(3, 4) + u' ' + significant.mid(7);
    } else {
        formatted.clear();
        util().Format(p.number, pn::PhoneNumberUtil::NATIONAL, &formatted);
        phone.m_national = QString::fromStdString(formatted);
    }

    const QString nationalDigits = digitsOf(phone.m_national);
    qsizetype visible = 3;
    if (!phone.m_mobile) {
        const int areaCode = util().GetLengthOfGeographicalAreaCode(p.number);
        if (areaCode > 0)
            visible = areaCode + (nationalDigits.startsWith(u'0') ? 1 : 0);
        else
            visible = util().GetLengthOfNationalDestinationCode(p.number); // 400 numbers and the like
    }
    phone.m_visiblePrefix = qBound(qsizetype(0), visible, nationalDigits.size() - 5);
    return phone;
}

QString Phone::toString() const
{
    return m_extension.isEmpty() ? m_e164 : m_e164 + QStringLiteral(";ext=") + m_extension;
}

QString Phone::toDisplayString() const
{
    return m_extension.isEmpty() ? m_national : Tr::tr("%1 ext. %2").arg(m_national, m_extension);
}

QString Phone::masked() const
{
    if (isNull())
        return {};
    const QString digits = digitsOf(m_national);
    const qsizetype hidden = digits.size() - m_visiblePrefix - 4;
    return digits.left(m_visiblePrefix) + QString(hidden, u'*') + digits.right(4);
}

QString Phone::tail(int n) const
{
    // E.164 is "+86" followed by the national significant number.
    return n <= 0 ? QString() : m_e164.mid(3).right(n);
}

} // namespace Linli::Core
