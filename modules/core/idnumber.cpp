#include "idnumber.h"

#include "coretr.h"

#include <QtCore/QRegularExpression>

namespace Linli::Core {

namespace {

constexpr qsizetype MainlandLength = 18;
constexpr qsizetype OldMainlandLength = 15;
constexpr qsizetype OtherMaxLength = 40;

Error refuse(const char *reason, const QString &message)
{
    return Error(ErrorCode::InvalidInput, message, QString::fromLatin1(reason));
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Folds full-width ASCII, drops every kind of space (and zero-width ones pasted from web pages),
// upper-cases letters and removes the apostrophe Excel users type to keep a cell as text.
QString normalised(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            u = char16_t(u - 0xFF01 + 0x21);
        const QChar folded(u);
        if (folded.isSpace() || u == 0x200B || u == 0xFEFF)
            continue;
        out.append(folded.toUpper());
    }
    if (out.startsWith(u'\''))
        out.remove(0, 1);
    return out;
}

// "1.10105E+17", "1.1010519491231E17", "110105194912310000.0": what a spreadsheet writes after
// it has stored an ID as a floating-point number. The digits past the 15th are gone.
bool looksLikeSpreadsheetNumber(const QString &s)
{
    static const QRegularExpression number(QStringLiteral("^[0-9]+(\\.[0-9]*)?E[+-]?[0-9]+$|^[0-9]+\\.[0-9]+$"));
    return number.match(s).hasMatch();
}

Error spreadsheetNumber()
{
    return refuse("id.scientific",
                  Tr::tr("Excel turned this ID number into a number (such as 1.10105E+17 or one ending in 000), so "
                         "its last digits are lost. Format the column as text and type the number again from the "
                         "ID card."));
}

bool isProvinceCode(int code)
{
    // GB/T 2260 provinces, plus 71 Taiwan, 81 Hong Kong, 82 Macao, 83 (Taiwan residence permits)
    // and 91 (numbers issued abroad).
    return (code >= 11 && code <= 15) || (code >= 21 && code <= 23) || (code >= 31 && code <= 37)
           || (code >= 41 && code <= 46) || (code >= 50 && code <= 54) || (code >= 61 && code <= 65) || code == 71
           || code == 81 || code == 82 || code == 83 || code == 91;
}

int digitsValue(const QString &s, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i)
        value = value * 10 + (s.at(i).unicode() - u'0');
    return value;
}

Result<QString> checkMainland(const QString &s, QDate today)
{
    if (s.size() != MainlandLength && s.size() != OldMainlandLength)
        return refuse("id.length", Tr::tr("A resident ID number has 18 characters (15 digits on old cards); this "
                                          "one has %1.")
                                       .arg(s.size()));
    for (qsizetype i = 0; i < s.size(); ++i) {
        const bool checkPosition = s.size() == MainlandLength && i == MainlandLength - 1;
        if (!isDigit(s.at(i)) && !(checkPosition && s.at(i) == u'X'))
            return refuse("id.characters",
                          Tr::tr("A resident ID number consists of digits; only the last character may be X."));
    }
    if (!isProvinceCode(digitsValue(s, 0, 2)))
        return refuse("id.region", Tr::tr("The ID number does not begin with a valid region code (the first two "
                                          "digits must be a province code)."));

    const QString dateDigits = s.size() == MainlandLength ? s.mid(6, 8) : QStringLiteral("19") + s.mid(6, 6);
    const QDate birth(digitsValue(dateDigits, 0, 4), digitsValue(dateDigits, 4, 2), digitsValue(dateDigits, 6, 2));
    if (!birth.isValid())
        return refuse("id.birthdate", Tr::tr("The birth date %1 in the ID number is not a real date.").arg(dateDigits));
    if (birth < QDate(1900, 1, 1))
        return refuse("id.birthdate", Tr::tr("The birth date in the ID number is before 1900."));
    if (birth > today)
        return refuse("id.birthdate", Tr::tr("The birth date in the ID number is in the future."));

    if (s.size() == OldMainlandLength) {
        QString upgraded = s.left(6) + QStringLiteral("19") + s.mid(6);
        upgraded.append(IdNumber::mainlandCheckCharacter(upgraded));
        return upgraded;
    }
    if (IdNumber::mainlandCheckCharacter(QStringView(s).left(17)) != s.at(17)) {
        // A spreadsheet keeps 15 significant digits and fills the rest with zeros.
        if (s.endsWith(QStringLiteral("000")))
            return spreadsheetNumber();
        return refuse("id.checksum", Tr::tr("The check digit does not match: a digit was probably mistyped."));
    }
    return s;
}

Status checkFormat(IdType type, const QString &s)
{
    switch (type) {
    case IdType::MainlandId: break;
    case IdType::Passport: {
        static const QRegularExpression passport(QStringLiteral("^(?=.*[0-9])[A-Z0-9]{5,17}$"));
        if (!passport.match(s).hasMatch())
            return refuse("id.format", Tr::tr("A passport number has 5 to 17 letters and digits."));
        break;
    }
    case IdType::HongKongMacauPermit: {
        static const QRegularExpression permit(QStringLiteral("^[HM]([0-9]{8}|[0-9]{10})$"));
        if (!permit.match(s).hasMatch())
            return refuse("id.format", Tr::tr("A Hong Kong and Macao permit number is H or M followed by 8 or 10 "
                                              "digits."));
        break;
    }
    case IdType::TaiwanPermit: {
        static const QRegularExpression permit(QStringLiteral("^([0-9]{8}|[0-9]{17}[0-9X])$"));
        if (!permit.match(s).hasMatch())
            return refuse("id.format", Tr::tr("A Taiwan permit number has 8 digits, or 18 characters on the new "
                                              "cards."));
        break;
    }
    case IdType::Other:
        if (s.size() > OtherMaxLength)
            return refuse("id.length", Tr::tr("A document number has at most %1 characters.").arg(OtherMaxLength));
        break;
    }
    return {};
}

} // namespace

QList<IdType> allIdTypes()
{
    return {IdType::MainlandId, IdType::Passport, IdType::HongKongMacauPermit, IdType::TaiwanPermit, IdType::Other};
}

QString idTypeCode(IdType type)
{
    switch (type) {
    case IdType::MainlandId: return QStringLiteral("mainland_id");
    case IdType::Passport: return QStringLiteral("passport");
    case IdType::HongKongMacauPermit: return QStringLiteral("hk_macau_permit");
    case IdType::TaiwanPermit: return QStringLiteral("taiwan_permit");
    case IdType::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

std::optional<IdType> idTypeFromCode(const QString &code)
{
    for (IdType type : allIdTypes()) {
        if (idTypeCode(type) == code)
            return type;
    }
    return std::nullopt;
}

QString idTypeDisplayName(IdType type)
{
    switch (type) {
    case IdType::MainlandId: return Tr::tr("Resident ID card");
    case IdType::Passport: return Tr::tr("Passport");
    case IdType::HongKongMacauPermit: return Tr::tr("Mainland Travel Permit for Hong Kong and Macao Residents");
    case IdType::TaiwanPermit: return Tr::tr("Mainland Travel Permit for Taiwan Residents");
    case IdType::Other: return Tr::tr("Other document");
    }
    return Tr::tr("Other document");
}

Result<IdNumber> IdNumber::parse(const QString &text, IdType type, QDate today)
{
    const QString s = normalised(text);
    if (s.isEmpty())
        return refuse("id.empty", Tr::tr("The ID number is empty."));
    if (looksLikeSpreadsheetNumber(s))
        return spreadsheetNumber();

    if (type == IdType::MainlandId) {
        auto checked = checkMainland(s, today.isValid() ? today : QDate::currentDate());
        if (!checked)
            return checked.error();
        return IdNumber(type, std::move(checked).value());
    }
    if (const Status format = checkFormat(type, s); !format)
        return format.error();
    return IdNumber(type, s);
}

QChar IdNumber::mainlandCheckCharacter(QStringView first17)
{
    static constexpr int Weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char16_t Checks[] = u"10X98765432";
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        if (!isDigit(first17.at(i)))
            return {};
        sum += (first17.at(i).unicode() - u'0') * Weights[i];
    }
    return QChar(Checks[sum % 11]);
}

QString IdNumber::masked() const
{
    const qsizetype size = m_number.size();
    if (m_type == IdType::MainlandId && size == MainlandLength)
        return m_number.left(6) + QString(8, u'*') + m_number.right(4);
    if (size <= 4)
        return QString(size, u'*');
    return m_number.left(2) + QString(size - 4, u'*') + m_number.right(2);
}

QString IdNumber::tail(int n) const
{
    return n <= 0 ? QString() : m_number.right(n);
}

QDate IdNumber::birthDate() const
{
    if (m_type != IdType::MainlandId || m_number.size() != MainlandLength)
        return {};
    return QDate(digitsValue(m_number, 6, 4), digitsValue(m_number, 10, 2), digitsValue(m_number, 12, 2));
}

Sex IdNumber::sex() const
{
    if (m_type != IdType::MainlandId || m_number.size() != MainlandLength)
        return Sex::Unknown;
    return (m_number.at(16).unicode() - u'0') % 2 == 1 ? Sex::Male : Sex::Female;
}

int IdNumber::ageAt(QDate date) const
{
    const QDate birth = birthDate();
    if (!birth.isValid() || !date.isValid() || date < birth)
        return -1;
    int years = date.year() - birth.year();
    if (date.month() < birth.month() || (date.month() == birth.month() && date.day() < birth.day()))
        --years;
    return years;
}

} // namespace Linli::Core
