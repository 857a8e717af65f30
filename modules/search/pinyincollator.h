#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QStringView>

#include <memory>

namespace Linli::Search {

// Orders Chinese names by pinyin, as ICU's "zh" collation does (阿 < 白 < 陈 < 张), for list views
// and the search index. Making the collator costs under a millisecond; keep one and reuse it.
// Const functions may be called from several threads at once.
class PinyinCollator
{
public:
    PinyinCollator();
    ~PinyinCollator();
    PinyinCollator(PinyinCollator &&) noexcept;
    PinyinCollator &operator=(PinyinCollator &&) noexcept;

    // False when ICU could not make the collator; sort keys are then the UTF-8 text.
    bool isValid() const;
    // Bytes that compare (as unsigned bytes, QByteArray's operator<) like the texts do.
    QByteArray sortKey(QStringView text) const;
    // Negative, zero or positive as a sorts before, with or after b.
    int compare(QStringView a, QStringView b) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// The same with a collator kept per thread, for code that sorts now and then.
QByteArray pinyinSortKey(QStringView text);
int comparePinyin(QStringView a, QStringView b);

} // namespace Linli::Search
