#pragma once

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QStringView>

#include <memory>

namespace Linli::Search {

// One person as the search sees them. The index normalises every key itself.
struct Record
{
    QString id;         // the caller's key, e.g. the resident's UUID; unique within an index
    QString name;       // 张三丰; found by characters, full pinyin, initials or a mix of them
    QString idNumber;   // the whole ID document number; found whole or by its last 4+ characters
    QStringList phones; // any number of phones, any formatting; found whole or by the last 4+ digits
    QString room;       // building-unit-room, "3-2-501"; found from its start or by whole segments
};

// How well a record matched; lower is better, and results are ranked by it first.
enum class MatchKind : quint8 {
    Exact,       // the whole key: the name, its full pinyin or initials, a number, a room code
    Prefix,      // the key starts with the query; an ID or phone number ends with it (its tail)
    Substring,   // inside the key, from a character, syllable or room-segment boundary
    Abbreviated, // pinyin typed as syllables and initials mixed: "zhangsf", "zsanfeng"
};

// Which key the (first term of the) query matched, for highlighting.
enum class MatchField : quint8 { Name, Pinyin, Initials, IdNumber, Phone, Room };

struct Hit
{
    QString id;
    MatchKind kind = MatchKind::Exact;
    MatchField field = MatchField::Name;

    friend bool operator==(const Hit &, const Hit &) = default;
};

// Instant search over a few hundred thousand people, in memory and independent of storage:
// the registry loads its residents into it and keeps it current as they change. Keys are kept
// in contiguous buffers with a few bit masks per record, and a query scans them all (no database,
// no precomputed query index); 200,000 records answer in a few milliseconds, see
// docs/PERFORMANCE.md. Not thread-safe for writes; const functions may run concurrently.
class SearchIndex
{
public:
    SearchIndex();
    ~SearchIndex();
    SearchIndex(SearchIndex &&) noexcept;
    SearchIndex &operator=(SearchIndex &&) noexcept;

    // Adds a record, or replaces the record with the same id (an edit is an insert).
    void insert(const Record &record);
    // Forgets a record; false if there was none with this id.
    bool remove(const QString &id);
    void clear();
    // Room for this many records, so a bulk load does not reallocate.
    void reserve(qsizetype records);
    qsizetype size() const;
    bool contains(const QString &id) const;

    // The records that match every term of the query (see SearchQuery), best first: by MatchKind,
    // then by the pinyin order of the name, then by id. At most limit hits; limit <= 0 means all.
    // An empty query finds nothing.
    QList<Hit> search(QStringView query, qsizetype limit = 50) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Linli::Search
