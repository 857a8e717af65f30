#include "pinyincollator.h"

#include <QtCore/QString>

#include <unicode/coll.h>
#include <unicode/locid.h>

#include <cstring>

namespace Linli::Search {

struct PinyinCollator::Private
{
    std::unique_ptr<icu::Collator> collator;
};

PinyinCollator::PinyinCollator() : d(std::make_unique<Private>())
{
    UErrorCode status = U_ZERO_ERROR;
    d->collator.reset(icu::Collator::createInstance(icu::Locale("zh"), status));
    if (U_FAILURE(status))
        d->collator.reset();
}

PinyinCollator::~PinyinCollator() = default;
PinyinCollator::PinyinCollator(PinyinCollator &&) noexcept = default;
PinyinCollator &PinyinCollator::operator=(PinyinCollator &&) noexcept = default;

bool PinyinCollator::isValid() const
{
    return d && d->collator;
}

QByteArray PinyinCollator::sortKey(QStringView text) const
{
    if (!isValid())
        return text.toUtf8();
    const auto *chars = reinterpret_cast<const UChar *>(text.utf16());
    const auto length = int32_t(text.size());
    QByteArray key(qMax<qsizetype>(32, text.size() * 4 + 8), Qt::Uninitialized);
    int32_t needed =
        d->collator->getSortKey(chars, length, reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    if (needed > key.size()) {
        key.resize(needed);
        needed = d->collator->getSortKey(chars, length, reinterpret_cast<uint8_t *>(key.data()), needed);
    }
    // ICU counts and writes a terminating zero byte; QByteArray keeps its own.
    key.resize(needed > 0 ? needed - 1 : 0);
    return key;
}

int PinyinCollator::compare(QStringView a, QStringView b) const
{
    if (!isValid())
        return a.compare(b);
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult r =
        d->collator->compare(reinterpret_cast<const UChar *>(a.utf16()), int32_t(a.size()),
                             reinterpret_cast<const UChar *>(b.utf16()), int32_t(b.size()), status);
    if (U_FAILURE(status))
        return a.compare(b);
    return r == UCOL_LESS ? -1 : (r == UCOL_GREATER ? 1 : 0);
}

namespace {
const PinyinCollator &threadCollator()
{
    thread_local const PinyinCollator collator;
    return collator;
}
} // namespace

QByteArray pinyinSortKey(QStringView text)
{
    return threadCollator().sortKey(text);
}

int comparePinyin(QStringView a, QStringView b)
{
    return threadCollator().compare(a, b);
}

} // namespace Linli::Search
