#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QStringView>

#include <memory>

namespace Linli::Search {

// One syllable of a name: a Han character's reading, or a run of Latin letters and digits.
struct Syllable
{
    QByteArray spelling; // lower-case ASCII without tones, ü written "v"; empty if ICU has no reading
    char32_t han = 0;    // the Han character it spells, 0 for a Latin word
    // Typed both ways in practice: "lv" and "lu" for 吕 (only Han syllables with ü).
    bool hasUmlaut() const { return han != 0 && spelling.contains('v'); }

    friend bool operator==(const Syllable &, const Syllable &) = default;
};

// Pinyin of people's names, via ICU's Han-Latin/Names transliterator. The surname (the first
// character, or the first two of a compound surname) takes its reading as a surname, from a
// small table checked first and then from ICU: 曾国藩 → zeng guo fan, 单雄信 → shan xiong xin,
// 万俟卨 → mo qi xie. Readings are cached per character, so spelling a name costs a few hash
// lookups once its characters have been seen. Not thread-safe: use one instance per thread.
class Pinyin
{
public:
    Pinyin();
    ~Pinyin();
    Pinyin(Pinyin &&) noexcept;
    Pinyin &operator=(Pinyin &&) noexcept;

    // False when ICU could not make its transliterator (then every Han syllable is empty).
    bool isValid();

    // One syllable per Han character, one per run of Latin letters or digits; spaces, the · of
    // minority names and other punctuation separate syllables and are dropped.
    QList<Syllable> spell(QStringView name);

    // 张三丰 → {"zhang", "san", "feng"}; ü as "v": 吕布 → {"lv", "bu"}.
    QStringList syllables(QStringView name);
    // 张三丰 → "zhangsanfeng".
    QString full(QStringView name);
    // 张三丰 → "zsf".
    QString initials(QStringView name);
    // Every full spelling a search accepts: 吕布 → {"lvbu", "lubu"}; one entry when there is no ü.
    QStringList spellings(QStringView name);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Linli::Search
