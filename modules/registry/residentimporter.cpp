#include "residentimporter.h"

#include "registryinternal.h"
#include "registryservice.h"
#include "registrytr.h"
#include "residentwriter.h"

#include <core/clock.h>
#include <storage/auditlog.h>
#include <storage/outbox.h>
#include <storage/store.h>
#include <storage/transaction.h>

#include <QtCore/QJsonObject>
#include <QtCore/QMutex>
#include <QtCore/QRegularExpression>
#include <QtCore/QScopeGuard>
#include <QtCore/QSet>
#include <QtCore/QThread>
#include <QtCore/QWaitCondition>

#include <optional>

using namespace Qt::StringLiterals;

namespace Linli::Registry {

// Unqualified in definitions: lupdate loses the translation context on "Reports::X f(...)".
using Reports::Report;

QList<std::pair<QString, QStringList>> importColumnNames()
{
    return {
        {u"name"_s, {u"姓名"_s, u"名字"_s}},
        {u"sex"_s, {u"性别"_s}},
        {u"id_number"_s, {u"身份证号"_s, u"身份证号码"_s, u"公民身份号码"_s, u"证件号码"_s, u"身份证"_s, u"证件号"_s}},
        {u"birth_date"_s, {u"出生日期"_s, u"出生年月"_s, u"生日"_s}},
        {u"phone"_s, {u"联系电话"_s, u"手机号"_s, u"手机号码"_s, u"电话"_s, u"手机"_s, u"联系方式"_s}},
        {u"phone2"_s, {u"备用电话"_s, u"其他电话"_s, u"固定电话"_s}},
        {u"building"_s, {u"楼号"_s, u"楼栋"_s, u"楼栋号"_s, u"楼"_s}},
        {u"unit"_s, {u"单元"_s, u"单元号"_s}},
        {u"room"_s, {u"房号"_s, u"门牌号"_s, u"室"_s, u"房间号"_s, u"户号"_s}},
        {u"area"_s, {u"面积"_s, u"建筑面积"_s, u"房屋面积"_s}},
        {u"relation"_s, {u"与户主关系"_s, u"关系"_s}},
        {u"ethnicity"_s, {u"民族"_s}},
        {u"hukou"_s, {u"户籍地"_s, u"户籍"_s, u"户口所在地"_s}},
        {u"tags"_s, {u"人员类别"_s, u"标签"_s, u"类别"_s, u"人员类型"_s}},
        {u"notes"_s, {u"备注"_s}},
        {u"access_card"_s, {u"需门禁卡"_s, u"门禁卡"_s, u"无法人脸识别"_s}},
        {u"disability"_s, {u"残疾类别"_s, u"残疾等级"_s, u"残疾类别等级"_s, u"残疾情况"_s}},
    };
}

QString importColumnDisplayName(const QString &key)
{
    for (const auto &[k, names] : importColumnNames()) {
        if (k == key)
            return names.first();
    }
    return key;
}

namespace {

QString columnForReason(const QString &reason)
{
    static const QList<std::pair<QString, QString>> prefixes = {
        {u"id."_s, u"id_number"_s}, {u"phone."_s, u"phone"_s}, {u"birth."_s, u"birth_date"_s}, {u"sex."_s, u"sex"_s},
        {u"name."_s, u"name"_s},    {u"tag."_s, u"tags"_s},    {u"area."_s, u"area"_s},        {u"room."_s, u"room"_s}};
    for (const auto &[prefix, column] : prefixes) {
        if (reason.startsWith(prefix))
            return column;
    }
    return {};
}

QDate parseDate(const QString &text)
{
    static const QRegularExpression re(u"^(\\d{4})\\D?(\\d{1,2})\\D?(\\d{1,2})\\D?$"_s);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

// "87.35" → 8735 (hundredths of m²), exactly; -1 when it is not an area.
qint64 parseAreaCm2(const QString &text)
{
    static const QRegularExpression re(u"^(\\d{1,6})(?:\\.(\\d{1,2}))?\\s*(?:m²|㎡|平方米|平米)?$"_s);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    return m.captured(1).toLongLong() * 100 + m.captured(2).leftJustified(2, u'0').toInt();
}

// A row the check stage passed, ready for the write stage: the resident validated, the address as
// the sheet gives it.
struct CheckedRow
{
    QString id; // made before writing, so a new household can name its head when it is created
    int row = 0;
    ValidResident resident;
    QString building, unit, room;
    qint64 areaCm2 = -1;
    bool head = false;
};

// ---- Read: what the rows are checked against. ----

struct ImportFacts
{
    QHash<QString, QString> tagByName; // tag names as offices write them (独居老人, 党员 …) and codes → code
    QSet<QString> knownIds;            // ID numbers registered already
};

Result<ImportFacts> readImportFacts(Storage::Store &store)
{
    ImportFacts facts;
    auto tagRows = store.connection().select(u"SELECT code, name FROM reg_tags WHERE deleted = 0"_s);
    if (!tagRows)
        return tagRows.error();
    for (const QVariantList &t : std::as_const(*tagRows)) {
        facts.tagByName.insert(t.at(0).toString(), t.at(0).toString());
        facts.tagByName.insert(t.at(1).toString(), t.at(0).toString());
    }
    auto ids =
        store.connection().select(u"SELECT id_number FROM reg_residents WHERE id_number <> '' AND deleted = 0"_s);
    if (!ids)
        return ids.error();
    for (const QVariantList &r : std::as_const(*ids))
        facts.knownIds.insert(r.at(0).toString());
    return facts;
}

// ---- Check: each row on its own, and against the database and the rows before it. ----

// Checks rows one by one: what they say, and duplicates against the database and earlier rows.
class RowChecker
{
public:
    RowChecker(QHash<QString, QString> tagByName, QSet<QString> known, QDate today)
        : m_tagByName(std::move(tagByName)), m_known(std::move(known)), m_today(today)
    {}

    // The row made ready to write, or nothing with the problems appended to `issues`.
    std::optional<CheckedRow> check(const ImportRow &row, QList<ImportIssue> &issues)
    {
        const auto issue = [&](const QString &column, const QString &code, const QString &message) {
            issues.append({row.row, column, code, message});
        };
        const auto cell = [&](const char *key) { return row.cells.value(QString::fromLatin1(key)).trimmed(); };
        std::optional<ResidentInput> in = input(row, issues);
        if (!in)
            return std::nullopt;
        auto v = validateResident(*in, m_today);
        if (!v) {
            issue(columnForReason(v.error().detail()), v.error().detail(), v.error().message());
            return std::nullopt;
        }
        CheckedRow p;
        p.row = row.row;
        p.resident = std::move(*v);
        p.building = cell("building");
        p.unit = cell("unit");
        p.room = cell("room");
        p.head = in->relationToHead == u"户主" || in->relationToHead == u"本人";
        if (!cell("area").isEmpty()) {
            p.areaCm2 = parseAreaCm2(cell("area"));
            if (p.areaCm2 < 0) {
                issue(u"area"_s, u"area.invalid"_s, Tr::tr("\"%1\" is not an area in m².").arg(cell("area")));
                return std::nullopt;
            }
        }
        if (!p.room.isEmpty() && p.building.isEmpty()) {
            issue(u"building"_s, u"room.no_building"_s, Tr::tr("A room number needs its building number."));
            return std::nullopt;
        }
        if (!checkUnique(p, issues))
            return std::nullopt;
        return p;
    }

private:
    // The resident as the row's cells give it, before validation; nothing when a date or a tag
    // cannot be read.
    std::optional<ResidentInput> input(const ImportRow &row, QList<ImportIssue> &issues) const
    {
        const auto cell = [&](const char *key) { return row.cells.value(QString::fromLatin1(key)).trimmed(); };
        ResidentInput in;
        in.name = cell("name");
        const QString sex = cell("sex");
        in.sex = sex == u"男" || sex.toUpper() == u"M"   ? Core::Sex::Male
                 : sex == u"女" || sex.toUpper() == u"F" ? Core::Sex::Female
                                                         : Core::Sex::Unknown;
        in.idNumber = cell("id_number");
        if (!cell("birth_date").isEmpty()) {
            in.birthDate = parseDate(cell("birth_date"));
            if (!in.birthDate.isValid()) {
                issues.append({row.row, u"birth_date"_s, u"birth.format"_s,
                               Tr::tr("\"%1\" is not a date.").arg(cell("birth_date"))});
                return std::nullopt;
            }
        }
        static const QRegularExpression phoneSeparators(u"[/、，,;；]"_s);
        for (const QString &p : cell("phone").split(phoneSeparators, Qt::SkipEmptyParts))
            in.phones.append(p);
        if (!cell("phone2").isEmpty())
            in.phones.append(cell("phone2"));
        in.relationToHead = cell("relation");
        in.ethnicity = cell("ethnicity");
        in.hukou = cell("hukou");
        in.notes = cell("notes");
        const QString card = cell("access_card");
        in.needsAccessCard =
            card == u"是" || card == u"1" || card.compare(u"true"_s, Qt::CaseInsensitive) == 0 || card == u"√";
        if (!addTags(row, in, issues))
            return std::nullopt;
        return in;
    }

    // The tags the row names (every unknown one is a problem) and its disability, as the
    // "disabled" tag's detail.
    bool addTags(const ImportRow &row, ResidentInput &in, QList<ImportIssue> &issues) const
    {
        static const QRegularExpression tagSeparators(u"[、，,;；/\\s]+"_s);
        bool badTag = false;
        for (const QString &t : row.cells.value(u"tags"_s).trimmed().split(tagSeparators, Qt::SkipEmptyParts)) {
            const QString code = m_tagByName.value(t);
            if (code.isEmpty()) {
                issues.append({row.row, u"tags"_s, u"tag.unknown"_s, Tr::tr("There is no tag \"%1\".").arg(t)});
                badTag = true;
            } else if (!in.tagCodes.contains(code)) {
                in.tagCodes.append(code);
            }
        }
        if (badTag)
            return false;
        if (const QString disability = row.cells.value(u"disability"_s).trimmed(); !disability.isEmpty()) {
            const QString code = m_tagByName.value(u"disabled"_s);
            if (!code.isEmpty()) {
                if (!in.tagCodes.contains(code))
                    in.tagCodes.append(code);
                in.tagDetails.insert(code, disability);
            }
        }
        return true;
    }

    // No ID number twice: not one registered already, not one of an earlier row.
    bool checkUnique(const CheckedRow &p, QList<ImportIssue> &issues)
    {
        const QString id = p.resident.idNumber.toString();
        if (id.isEmpty())
            return true;
        if (m_known.contains(id)) {
            issues.append({p.row, u"id_number"_s, u"id.duplicate"_s,
                           Tr::tr("A resident with this ID number is already registered.")});
            return false;
        }
        if (m_seenInFile.contains(id)) {
            issues.append({p.row, u"id_number"_s, u"id.duplicate_in_file"_s,
                           Tr::tr("The same ID number as in row %1.").arg(m_seenInFile.value(id))});
            return false;
        }
        m_seenInFile.insert(id, p.row);
        return true;
    }

    QHash<QString, QString> m_tagByName;
    QSet<QString> m_known;
    QHash<QString, int> m_seenInFile;
    QDate m_today;
};

// Checked rows handed from the checking thread to the writing one, in order, a batch at a time.
// The checker waits while a few batches are queued: rows come from the file as they are read,
// and a writer slower than the checker must not let the whole file pile up here.
class Handover
{
public:
    void put(QList<CheckedRow> batch, bool last)
    {
        QMutexLocker lock(&m_mutex);
        while (m_batches.size() >= MaxQueued && !stopped())
            m_space.wait(&m_mutex);
        if (!batch.isEmpty() && !stopped())
            m_batches.append(std::move(batch));
        m_finished = m_finished || last;
        m_ready.wakeAll();
    }
    // The next batch; an empty one once the checker has finished and everything was taken.
    QList<CheckedRow> take()
    {
        QMutexLocker lock(&m_mutex);
        while (m_batches.isEmpty() && !m_finished)
            m_ready.wait(&m_mutex);
        m_space.wakeAll();
        return m_batches.isEmpty() ? QList<CheckedRow>() : m_batches.takeFirst();
    }
    void stop()
    {
        QMutexLocker lock(&m_mutex);
        m_stop.storeRelaxed(1);
        m_space.wakeAll();
    }
    bool stopped() const { return m_stop.loadRelaxed() != 0; }
    // The checker found a problem (the list itself is read once the checker has finished).
    void noteIssue() { m_issue.storeRelaxed(1); }
    bool anyIssue() const { return m_issue.loadRelaxed() != 0; }
    // The checker stopped at MaxImportErrors: nothing may be written.
    void noteStoppedEarly() { m_stoppedEarly.storeRelaxed(1); }
    bool stoppedEarly() const { return m_stoppedEarly.loadRelaxed() != 0; }

private:
    static constexpr qsizetype MaxQueued = 4;
    QMutex m_mutex;
    QWaitCondition m_ready;
    QWaitCondition m_space;
    QList<QList<CheckedRow>> m_batches;
    bool m_finished = false;
    QAtomicInt m_stop;
    QAtomicInt m_issue;
    QAtomicInt m_stoppedEarly;
};

// What checking the rows of a source came to.
struct CheckState
{
    int dataRows = 0;
    int unchecked = 0;
    bool stoppedEarly = false;
    std::optional<Error> readError;
};

// Pulls the rows of `source` and checks each, handing it to `checked` (the prepared row, or
// nothing, and whether it added problems), until the end, a read error, `stop()`, or
// MaxImportErrors problems; after those it only counts the rows left, so the report can say how
// many went unchecked.
void checkRows(const ImportRowSource &source, RowChecker &checker, QList<ImportIssue> &issues, CheckState &state,
               const std::function<void(std::optional<CheckedRow> &&, bool issue)> &checked,
               const std::function<bool()> &stop = {})
{
    for (;;) {
        if (stop && stop())
            return;
        auto row = source();
        if (!row) {
            state.readError = row.error();
            return;
        }
        if (!*row)
            return;
        ++state.dataRows;
        if (state.stoppedEarly) {
            ++state.unchecked;
            continue;
        }
        const qsizetype before = issues.size();
        std::optional<CheckedRow> p = checker.check(**row, issues);
        if (issues.size() >= MaxImportErrors) {
            issues.resize(MaxImportErrors);
            state.stoppedEarly = true;
        }
        checked(std::move(p), issues.size() != before);
    }
}

// The check stage on a thread of its own, pulling rows from the source and handing the rows that
// will be written to the write stage in batches. Destroyed, it stops and is waited for.
class CheckingThread
{
public:
    CheckingThread(const ImportRowSource &source, RowChecker &checker, bool skipInvalid) : m_skipInvalid(skipInvalid)
    {
        m_thread.reset(QThread::create([this, &source, &checker] { checkAll(source, checker); }));
        m_thread->start();
    }
    ~CheckingThread()
    {
        m_handover.stop();
        while (!m_handover.take().isEmpty()) {}
        m_thread->wait();
    }
    CheckingThread(const CheckingThread &) = delete;
    CheckingThread &operator=(const CheckingThread &) = delete;

    // The next checked batch; an empty one once the check has finished.
    QList<CheckedRow> take() { return m_handover.take(); }
    // Not every row may be written any more: all or nothing and a problem found, or the check
    // stopped at MaxImportErrors.
    bool refuses() const { return (!m_skipInvalid && m_handover.anyIssue()) || m_handover.stoppedEarly(); }
    // Waits for the check to end; after it, state() and issues() are final.
    void wait() { m_thread->wait(); }
    const CheckState &state() const { return m_state; }
    const QList<ImportIssue> &issues() const { return m_issues; }

private:
    void checkAll(const ImportRowSource &source, RowChecker &checker)
    {
        QList<CheckedRow> batch;
        checkRows(
            source, checker, m_issues, m_state,
            [&](std::optional<CheckedRow> &&p, bool issue) {
                if (issue)
                    m_handover.noteIssue();
                if (m_state.stoppedEarly)
                    m_handover.noteStoppedEarly();
                if (!p || (m_handover.anyIssue() && !m_skipInvalid) || m_state.stoppedEarly)
                    return; // a row that will not be written
                batch.append(std::move(*p));
                if (batch.size() == 500)
                    m_handover.put(std::exchange(batch, {}), false);
            },
            [&] { return m_handover.stopped(); });
        m_handover.put(std::move(batch), true);
    }

    const bool m_skipInvalid;
    Handover m_handover;
    QList<ImportIssue> m_issues;
    CheckState m_state;
    std::unique_ptr<QThread> m_thread;
};

// ---- Write: checked rows into the registry, inside the import's transaction. ----

class AddressBook
{
public:
    AddressBook(Storage::Store &store, QString compoundId) : m_store(store), m_compoundId(std::move(compoundId)) {}

    static QString keyOf(const CheckedRow &p) { return p.building + u'\x1f' + p.unit + u'\x1f' + p.room; }

    // The household living in building-unit-room, made (headed by `headId`) when missing.
    // `*created` says whether this call made it.
    Result<QString> household(const CheckedRow &p, const QString &headId, bool *created)
    {
        const QString key = keyOf(p);
        *created = false;
        if (auto it = m_households.constFind(key); it != m_households.cend())
            return *it;
        auto b = find(u"reg_buildings"_s, u"compound_id"_s, m_compoundId, p.building, {{u"floors"_s, 0}});
        if (!b)
            return b.error();
        auto u = find(u"reg_units"_s, u"building_id"_s, *b, p.unit.isEmpty() ? u"1"_s : p.unit, {});
        if (!u)
            return u.error();
        QVariantMap roomFields{{u"floor"_s, p.room.size() >= 3 ? p.room.left(p.room.size() - 2).toInt() : 0}};
        if (p.areaCm2 >= 0)
            roomFields.insert(u"area_cm2"_s, p.areaCm2);
        auto r = find(u"reg_rooms"_s, u"unit_id"_s, *u, p.room, roomFields);
        if (!r)
            return r.error();
        auto existing = m_store.connection().scalar(
            u"SELECT id FROM reg_households WHERE room_id = ? AND status = 'active' AND deleted = 0 LIMIT 1"_s, {*r});
        if (!existing)
            return existing.error();
        QString id = existing->toString();
        if (id.isEmpty()) {
            id = m_store.newId().toString();
            if (auto s = Storage::Outbox::insert(m_store, u"reg_households"_s, id,
                                                 {{u"room_id"_s, *r}, {u"head_id"_s, headId}});
                !s)
                return s.error();
            *created = true;
        }
        m_households.insert(key, id);
        return id;
    }

private:
    Result<QString> find(const QString &table, const QString &parentColumn, const QString &parentId,
                         const QString &number, const QVariantMap &extra)
    {
        const QString key = table + u'\x1f' + parentId + u'\x1f' + number;
        if (auto it = m_ids.constFind(key); it != m_ids.cend())
            return *it;
        auto found = m_store.connection().scalar(
            u"SELECT id FROM %1 WHERE %2 = ? AND number = ? AND deleted = 0 LIMIT 1"_s.arg(table, parentColumn),
            {parentId, number});
        if (!found)
            return found.error();
        QString id = found->toString();
        if (id.isEmpty()) {
            id = m_store.newId().toString();
            QVariantMap fields = extra;
            fields.insert(parentColumn, parentId);
            fields.insert(u"number"_s, number);
            if (auto s = Storage::Outbox::insert(m_store, table, id, fields); !s)
                return s.error();
        }
        m_ids.insert(key, id);
        return id;
    }

    Storage::Store &m_store;
    QString m_compoundId;
    QHash<QString, QString> m_ids;
    QHash<QString, QString> m_households;
};

// Writes checked rows: the resident, the room and household found or made for the address, and
// who heads each household touched: the 户主 row, otherwise the first person listed.
class ImportWriter
{
public:
    ImportWriter(Storage::Store &store, QString actor, QHash<QString, QString> tagIds, const QString &compoundId)
        : m_store(store), m_actor(std::move(actor)), m_tagIds(std::move(tagIds)), m_addresses(store, compoundId)
    {}

    Status write(CheckedRow &p)
    {
        p.id = m_store.newId().toString();
        bool createdNow = false;
        if (!p.building.isEmpty()) {
            auto hh = m_addresses.household(p, p.id, &createdNow);
            if (!hh)
                return hh.error();
            p.resident.input.householdId = *hh;
        }
        if (auto s = writeResident(m_store, p.id, p.resident, m_tagIds, m_actor); !s)
            return s;
        if (p.resident.input.householdId.isEmpty())
            return {};
        return settleHead(p, createdNow);
    }

private:
    Status settleHead(const CheckedRow &p, bool createdNow)
    {
        const QString &hh = p.resident.input.householdId;
        if (createdNow) {
            m_heads.insert(hh, {p.id, p.head}); // created with this person as head
            return {};
        }
        if (auto it = m_heads.find(hh); it != m_heads.end()) {
            if (p.head && !it->headRow) { // the 户主 comes after others of the household
                if (auto s = setHead(hh, p.id); !s)
                    return s;
                *it = {p.id, true};
            }
            return {};
        }
        // A household that was already in the database.
        auto current =
            m_store.connection().scalar(u"SELECT coalesce(head_id, '') FROM reg_households WHERE id = ?"_s, {hh});
        if (!current)
            return current.error();
        if (p.head || current->toString().isEmpty()) {
            if (auto s = setHead(hh, p.id); !s)
                return s;
            m_heads.insert(hh, {p.id, p.head});
        } else {
            m_heads.insert(hh, {current->toString(), false});
        }
        return {};
    }
    Status setHead(const QString &household, const QString &id)
    {
        return Storage::Outbox::upsert(m_store, u"reg_households"_s, household, {{u"head_id"_s, id}});
    }

    struct Head
    {
        QString id;
        bool headRow = false;
    };
    Storage::Store &m_store;
    const QString m_actor;
    const QHash<QString, QString> m_tagIds;
    AddressBook m_addresses;
    QHash<QString, Head> m_heads; // household → who heads it now
};

// Writes the checked rows as they come until the check has finished. Once not every row may be
// written it stops writing but keeps taking, so that the check goes on and the report is whole.
// The number of rows written.
Result<int> writeRows(CheckingThread &checking, ImportWriter &writer, int total,
                      const std::function<bool(int, int)> &progress)
{
    int written = 0;
    bool writing = true;
    for (QList<CheckedRow> batch = checking.take(); !batch.isEmpty(); batch = checking.take()) {
        if (writing && checking.refuses())
            writing = false; // all or nothing, and something is wrong: only the report is wanted now
        if (!writing)
            continue;
        for (CheckedRow &p : batch) {
            if (auto s = writer.write(p); !s)
                return s.error();
            ++written;
            if (progress && written % 500 == 0 && !progress(written, total))
                return Error(ErrorCode::InvalidInput, Tr::tr("Cancelled; nothing was written."));
        }
    }
    return written;
}

// ---- The use case: read, then check, then (unless a dry run) write. ----

void takeCounts(ImportResult &result, const CheckState &state)
{
    result.dataRows = state.dataRows;
    result.stoppedEarly = state.stoppedEarly;
    result.uncheckedRows = state.unchecked;
}

// A dry run: every row checked, nothing written.
Result<ImportResult> checkOnly(const ImportRowSource &source, RowChecker &checker, const ImportOptions &options)
{
    ImportResult result;
    CheckState state;
    checkRows(source, checker, result.errors, state, [&](std::optional<CheckedRow> &&p, bool) {
        if (p)
            ++result.imported;
    });
    takeCounts(result, state);
    if (state.readError)
        return *state.readError;
    if ((!result.errors.isEmpty() && !options.skipInvalid) || state.stoppedEarly)
        result.imported = 0;
    return result;
}

// Checking and writing overlap: a thread checks rows (pulling them from the source) while this one
// writes those already checked, all in one transaction. An error in all-or-nothing mode stops the
// writing and rolls back, but the checking goes on, so the report lists the problems — up to
// MaxImportErrors, where the check stops and nothing is written at all.
Result<ImportResult> checkAndWrite(Storage::Store &store, const Core::Actor &actor, const ImportRowSource &source,
                                   int total, RowChecker &checker, const ImportOptions &options,
                                   const std::function<bool(int, int)> &progress)
{
    CheckingThread checking(source, checker, options.skipInvalid);
    auto tagIds = tagIdsByCode(store);
    if (!tagIds)
        return tagIds.error();
    // A bigger page cache while a big import writes; the usual small one afterwards (memory).
    (void)store.connection().exec(u"PRAGMA cache_size = -65536"_s);
    const auto smallCache = qScopeGuard([&store] { (void)store.connection().exec(u"PRAGMA cache_size = -32768"_s); });
    Storage::Transaction tx(store.connection());
    if (!tx.isActive())
        return tx.error();
    auto compoundId = Internal::compoundNamed(store, options.compoundName);
    if (!compoundId)
        return compoundId.error();
    ImportWriter writer(store, actor.username, std::move(*tagIds), *compoundId);
    auto written = writeRows(checking, writer, total, progress);
    if (!written)
        return written.error();
    checking.wait();
    ImportResult result;
    takeCounts(result, checking.state());
    if (checking.state().readError)
        return *checking.state().readError; // rolled back: nothing written
    result.errors = checking.issues();
    std::stable_sort(result.errors.begin(), result.errors.end(),
                     [](const ImportIssue &a, const ImportIssue &b) { return a.row < b.row; });
    if ((!result.errors.isEmpty() && !options.skipInvalid) || checking.state().stoppedEarly)
        return result; // rolled back: nothing written
    result.imported = *written;
    if (auto s = Storage::AuditLog::append(store, actor.username, u"registry.import"_s, options.sourceName,
                                           {{u"rows"_s, result.imported}, {u"errors"_s, result.errors.size()}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    result.written = true;
    return result;
}

} // namespace

Result<ImportResult> ResidentImporter::run(const QList<ImportRow> &rows, const ImportOptions &options,
                                           const std::function<bool(int, int)> &progress)
{
    qsizetype next = 0;
    const ImportRowSource source = [&]() -> Result<std::optional<ImportRow>> {
        if (next == rows.size())
            return std::optional<ImportRow>();
        return std::optional<ImportRow>(rows.at(next++));
    };
    return runFrom(source, int(rows.size()), options, progress);
}

Result<ImportResult> ResidentImporter::run(const ImportRowSource &source, const ImportOptions &options,
                                           const std::function<bool(int, int)> &progress)
{
    return runFrom(source, 0, options, progress);
}

Result<ImportResult> ResidentImporter::runFrom(const ImportRowSource &source, int total, const ImportOptions &options,
                                               const std::function<bool(int, int)> &progress)
{
    if (auto s = m_actor.require(Core::Permission::EditRegistry); !s)
        return s.error();
    auto facts = readImportFacts(m_store);
    if (!facts)
        return facts.error();
    RowChecker checker(std::move(facts->tagByName), std::move(facts->knownIds),
                       m_store.clock().nowUtc().toLocalTime().date());
    if (options.dryRun)
        return checkOnly(source, checker, options);
    return checkAndWrite(m_store, m_actor, source, total, checker, options, progress);
}

Report ResidentImporter::errorReport(const ImportResult &result, const QString &sourceName)
{
    Reports::Report report;
    report.title = Tr::tr("Import errors");
    report.parameters = {{Tr::tr("File"), sourceName},
                         {Tr::tr("Data rows"), QString::number(result.dataRows)},
                         {Tr::tr("Rows with errors"), QString::number(result.errors.size())}};
    if (result.stoppedEarly)
        report.parameters.append({Tr::tr("Note"), stopNote(result)});
    Reports::Table table;
    table.columns = {{Tr::tr("Row"), Qt::AlignRight, 1},
                     {Tr::tr("Column"), Qt::AlignLeft, 2},
                     {Tr::tr("Reason code"), Qt::AlignLeft, 2},
                     {Tr::tr("What is wrong"), Qt::AlignLeft, 6}};
    for (const ImportIssue &i : result.errors)
        table.rows.append({QString::number(i.row), importColumnDisplayName(i.column), i.code, i.message});
    report.tables.append(table);
    return report;
}

QString ResidentImporter::stopNote(const ImportResult &result)
{
    if (!result.stoppedEarly)
        return {};
    return Tr::tr("Only the first %1 errors are shown: the check stopped there, and %n row(s) after it were not "
                  "checked. Nothing was written.",
                  nullptr, result.uncheckedRows)
        .arg(MaxImportErrors);
}

} // namespace Linli::Registry
