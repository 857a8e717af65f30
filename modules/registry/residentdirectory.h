#pragma once

#include "registrytypes.h"

#include <core/actor.h>

#include <QtCore/QHash>
#include <QtCore/QSet>

#include <memory>
#include <optional>

namespace Linli::Storage {
class Connection;
class Statement;
class Store;
} // namespace Linli::Storage

namespace Linli::Registry {

// The visible ends of a masked number and how many stars go between them (ASCII only).
struct MaskedNumber
{
    char head[6] = {};
    char tail[4] = {};
    quint8 headLength = 0;
    quint8 tailLength = 0;
    quint8 stars = 0;

    // From a masked text such as "110105********002X": the stars in the middle are counted.
    static MaskedNumber fromMasked(const QString &masked);
    QString toString() const;
};

// One line of the resident list, as every role may see it: ID number and phone masked,
// sensitive tags only for roles that may see them.
struct ResidentRow
{
    QString id;
    QString householdId;
    QString buildingId;
    QString name;
    Core::Sex sex = Core::Sex::Unknown;
    QDate birthDate;
    // The masked ID number and phone ("110105********002X", "138****5678"), made on demand from
    // what they show: a list of 200,000 people keeps a few bytes each instead of two strings.
    QString idMasked() const { return m_idMask.toString(); }
    QString phoneMasked() const { return m_phoneMask.toString(); }
    QString compound;
    QString room; // "3-2-501"
    QString relationToHead;
    QStringList tagCodes;
    ResidentStatus status = ResidentStatus::Living;
    Residence residence = Residence::Both; // of the household (人户一致 / 户在人不在 / 人在户不在)
    QByteArray sortKey;                    // pinyin order of the name
    bool removed = false;                  // merged into another record since the list was loaded
    MaskedNumber m_idMask;
    MaskedNumber m_phoneMask;

    int ageAt(QDate today) const;
    QString address() const { return compound.isEmpty() ? room : compound + u' ' + room; }
};

struct ResidentFilter
{
    QString buildingId; // empty: all
    QString tagCode;    // empty: all
    int minAge = -1;    // -1: no bound
    int maxAge = -1;
    std::optional<ResidentStatus> status = ResidentStatus::Living; // nullopt: all
    std::optional<Residence> residence;                            // of the household; nullopt: all
    bool isEmpty() const { return buildingId.isEmpty() && tagCode.isEmpty() && minAge < 0 && maxAge < 0 && !residence; }
};

// The registry's read model for lists and search-as-you-type: every resident in memory (one
// query at start-up), with an in-memory search index over name, pinyin, initials, ID and phone
// tails and room codes. Lists never need SQL per keystroke.
class ResidentDirectory
{
public:
    ~ResidentDirectory();
    static Result<std::unique_ptr<ResidentDirectory>> load(Storage::Store &store, const Core::Actor &actor,
                                                           QDate today);
    // The same on a connection of its own, e.g. one opened in a worker thread so the window
    // stays usable while 200,000 people load.
    static Result<std::unique_ptr<ResidentDirectory>> load(Storage::Connection &connection, const Core::Actor &actor,
                                                           QDate today);

    qsizetype size() const { return m_rows.size(); }
    const ResidentRow &row(qsizetype index) const { return m_rows.at(index); }
    std::optional<qsizetype> indexOf(const QString &id) const;
    QDate today() const { return m_today; }

    // Rows matching `query` (ranked: exact > prefix > substring, then pinyin order) and the
    // filter; with an empty query all filtered rows in pinyin order. limit <= 0: all.
    QList<qsizetype> find(const QString &query, const ResidentFilter &filter, qsizetype limit = 0) const;

    // False when the query has more digits of an ID or phone number than this role may see
    // (5 or more in a row): searching by them would confirm hidden digits one guess at a time.
    // find() finds nothing for such a query; roles that may unmask search freely.
    bool queryAllowed(QStringView query) const;

    // Re-reads one resident after an edit (or removes it when gone).
    Status refresh(Storage::Store &store, const QString &id);

private:
    ResidentDirectory();
    void add(Storage::Statement &stmt, const QHash<QString, QStringList> &tags);
    bool matches(const ResidentRow &row, const ResidentFilter &filter) const;
    QString intern(const QString &text);
    QStringList internList(const QStringList &list);

    struct Private;
    std::unique_ptr<Private> d;
    QList<ResidentRow> m_rows;
    QHash<QString, qsizetype> m_byId;
    QSet<QString> m_pool;                   // shared texts (see add())
    QHash<QString, QStringList> m_listPool; // shared tag lists
    QDate m_today;
    bool m_sensitiveAllowed = false;
    bool m_fullNumbersAllowed = false;
};

} // namespace Linli::Registry
