#include "pinyin.h"

#include <QtCore/QHash>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <array>

namespace Linli::Search {

namespace {

// Surnames read differently as surnames, where ICU's Han-Latin/Names has no rule or a rule we do
// not want (it reads 尉 yù everywhere at the start, which is only right in 尉迟; 牟 is more often
// móu; 朴, 缪, 覃 … are missing). Checked before ICU, so the readings the product promises hold
// whatever ICU version is installed.
struct SurnameReading
{
    char32_t han;
    const char *spelling;
};
constexpr std::array surnameReadings = {
    SurnameReading{U'曾', "zeng"},  SurnameReading{U'单', "shan"}, SurnameReading{U'解', "xie"},
    SurnameReading{U'区', "ou"},    SurnameReading{U'仇', "qiu"},  SurnameReading{U'朴', "piao"},
    SurnameReading{U'查', "zha"},   SurnameReading{U'翟', "zhai"}, SurnameReading{U'乐', "yue"},
    SurnameReading{U'尉', "wei"},   SurnameReading{U'盖', "ge"},   SurnameReading{U'缪', "miao"},
    SurnameReading{U'覃', "qin"},   SurnameReading{U'召', "shao"}, SurnameReading{U'繁', "po"},
    SurnameReading{U'种', "chong"}, SurnameReading{U'员', "yun"},  SurnameReading{U'秘', "bi"},
    SurnameReading{U'折', "she"},   SurnameReading{U'句', "gou"},  SurnameReading{U'黑', "he"},
    SurnameReading{U'乜', "nie"},   SurnameReading{U'能', "nai"},  SurnameReading{U'蕃', "pi"},
    SurnameReading{U'薄', "bo"},    SurnameReading{U'都', "du"},   SurnameReading{U'牟', "mou"},
    SurnameReading{U'长', "chang"}, SurnameReading{U'沈', "shen"}, SurnameReading{U'宿', "su"},
    SurnameReading{U'柏', "bai"},   SurnameReading{U'过', "guo"},  SurnameReading{U'粘', "nian"},
    SurnameReading{U'刀', "diao"},  SurnameReading{U'卜', "bu"},   SurnameReading{U'隗', "wei"},
    SurnameReading{U'重', "chong"}, SurnameReading{U'纪', "ji"},   SurnameReading{U'任', "ren"},
    SurnameReading{U'华', "hua"},   SurnameReading{U'燕', "yan"},  SurnameReading{U'藏', "zang"},
};

// Compound surnames whose characters read differently together. Only polyphonic ones are needed:
// 欧阳 or 司马 read the same either way. 单于 is left out: 单 + a given name 于 is far more common.
struct CompoundSurname
{
    char16_t first;
    char16_t second;
    const char *firstSpelling;
    const char *secondSpelling;
};
constexpr std::array compoundSurnames = {
    CompoundSurname{u'尉', u'迟', "yu", "chi"},    CompoundSurname{u'万', u'俟', "mo", "qi"},
    CompoundSurname{u'长', u'孙', "zhang", "sun"}, CompoundSurname{u'澹', u'台', "tan", "tai"},
    CompoundSurname{u'令', u'狐', "ling", "hu"},   CompoundSurname{u'乐', u'正', "yue", "zheng"},
};

// ICU's output for one character ("zhāng", "lǚ") as lower-case ASCII with ü as v.
QByteArray asciiSpelling(const icu::UnicodeString &text)
{
    const QString decomposed = QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length())
                                   .normalized(QString::NormalizationForm_D);
    QByteArray out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if (u == 0x0308 && out.endsWith('u')) // combining diaeresis: ü
            out[out.size() - 1] = 'v';
        else if (u >= 'a' && u <= 'z')
            out.append(char(u));
        else if (u >= 'A' && u <= 'Z')
            out.append(char(u - 'A' + 'a'));
    }
    return out;
}

bool isHan(char32_t c)
{
    return QChar::script(c) == QChar::Script_Han;
}

// Full-width forms of ASCII (Ａ, ｂ, ３) as people type them with a Chinese input method.
char32_t halfWidth(char32_t c)
{
    return (c >= 0xFF01 && c <= 0xFF5E) ? c - 0xFEE0 : c;
}

// The ASCII letter or digit a Latin character stands for (é → e), or 0.
char asciiAlnum(char32_t c)
{
    if (c < 0x80) {
        if (c >= 'A' && c <= 'Z')
            return char(c - 'A' + 'a');
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            return char(c);
        return 0;
    }
    if (QChar::script(c) != QChar::Script_Latin)
        return 0;
    const QString d = QChar::decomposition(c);
    return d.isEmpty() ? 0 : asciiAlnum(d.at(0).unicode());
}

} // namespace

struct Pinyin::Private
{
    std::unique_ptr<icu::Transliterator> transliterator;
    bool triedTransliterator = false;
    QHash<char32_t, QByteArray> given;   // reading inside a name
    QHash<char32_t, QByteArray> surname; // reading as the first character of a name

    icu::Transliterator *names()
    {
        if (!triedTransliterator) {
            triedTransliterator = true;
            UErrorCode status = U_ZERO_ERROR;
            // The first instance in a process costs ~90 ms (ICU compiles the rules), later ones
            // ~0.3 ms; creating it on the first cache miss keeps constructing a Pinyin cheap.
            transliterator.reset(
                icu::Transliterator::createInstance(icu::UnicodeString(u"Han-Latin/Names"), UTRANS_FORWARD, status));
            if (U_FAILURE(status))
                transliterator.reset();
        }
        return transliterator.get();
    }

    // ICU's Han-Latin/Names reads some characters differently at the start of a name; a leading
    // 一 (yī, no special rule) puts the character inside a name, and its syllable is dropped
    // (ICU separates syllables with a space).
    QByteArray transliterate(char32_t han, bool asSurname)
    {
        icu::Transliterator *t = names();
        if (!t)
            return {};
        icu::UnicodeString text;
        if (!asSurname)
            text.append(UChar32(U'一'));
        text.append(UChar32(han));
        t->transliterate(text);
        if (!asSurname) {
            const int32_t space = text.indexOf(u' ');
            if (space < 0)
                return {};
            text.remove(0, space + 1);
        }
        return asciiSpelling(text);
    }

    const QByteArray &reading(char32_t han, bool asSurname)
    {
        QHash<char32_t, QByteArray> &cache = asSurname ? surname : given;
        auto it = cache.constFind(han);
        if (it != cache.constEnd())
            return *it;
        QByteArray spelling;
        if (asSurname) {
            for (const SurnameReading &r : surnameReadings) {
                if (r.han == han)
                    spelling = QByteArray(r.spelling);
            }
        }
        if (spelling.isNull())
            spelling = transliterate(han, asSurname);
        return *cache.insert(han, spelling);
    }
};

Pinyin::Pinyin() : d(std::make_unique<Private>()) {}
Pinyin::~Pinyin() = default;
Pinyin::Pinyin(Pinyin &&) noexcept = default;
Pinyin &Pinyin::operator=(Pinyin &&) noexcept = default;

bool Pinyin::isValid()
{
    return d->names() != nullptr;
}

QList<Syllable> Pinyin::spell(QStringView name)
{
    QList<Syllable> out;
    QByteArray word; // a run of Latin letters and digits
    auto flushWord = [&] {
        if (!word.isEmpty()) {
            out.append(Syllable{word, 0});
            word.clear();
        }
    };
    const qsizetype n = name.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = name.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && name.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(name.at(i).unicode(), name.at(i + 1).unicode());
            ++i;
        }
        c = halfWidth(c);
        if (isHan(c)) {
            flushWord();
            if (out.isEmpty() && i + 1 < n) {
                const char16_t next = name.at(i + 1).unicode();
                for (const CompoundSurname &s : compoundSurnames) {
                    if (s.first == c && s.second == next) {
                        out.append(Syllable{QByteArray(s.firstSpelling), c});
                        out.append(Syllable{QByteArray(s.secondSpelling), next});
                        ++i;
                        break;
                    }
                }
                if (!out.isEmpty())
                    continue;
            }
            out.append(Syllable{d->reading(c, out.isEmpty()), c});
        } else if (const char a = asciiAlnum(c)) {
            word.append(a);
        } else {
            flushWord();
        }
    }
    flushWord();
    return out;
}

QStringList Pinyin::syllables(QStringView name)
{
    QStringList out;
    for (const Syllable &s : spell(name))
        out.append(QString::fromLatin1(s.spelling));
    return out;
}

QString Pinyin::full(QStringView name)
{
    QString out;
    for (const Syllable &s : spell(name))
        out.append(QLatin1StringView(s.spelling));
    return out;
}

QString Pinyin::initials(QStringView name)
{
    QString out;
    for (const Syllable &s : spell(name)) {
        if (!s.spelling.isEmpty())
            out.append(QLatin1Char(s.spelling.at(0)));
    }
    return out;
}

QStringList Pinyin::spellings(QStringView name)
{
    QStringList out = {QString()};
    for (const Syllable &s : spell(name)) {
        const QString v = QString::fromLatin1(s.spelling);
        const qsizetype count = out.size();
        if (s.hasUmlaut() && count < 16) {
            QString u = v;
            u.replace(u'v', u'u');
            for (qsizetype i = 0; i < count; ++i)
                out.append(out.at(i) + u);
        }
        for (qsizetype i = 0; i < count; ++i)
            out[i].append(v);
    }
    return out;
}

} // namespace Linli::Search
