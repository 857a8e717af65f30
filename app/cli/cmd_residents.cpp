#include "commands.h"

#include <core/clock.h>
#include <registry/demodata.h>
#include <registry/registryservice.h>
#include <registry/residentdirectory.h>
#include <registry/residentreports.h>
#include <reports/reportexport.h>
#include <staff/maintenanceservice.h>
#include <staff/settingsservice.h>

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>

using namespace Qt::StringLiterals;

namespace Linli::Cli {

// Unqualified in definitions: lupdate loses the translation context on "Reports::X f(...)".
using Reports::ExportFormat;

namespace {

// Signs in, checks `permission` when one is given, and loads the resident list. Nothing, with
// `*rc` the exit code, when any of it fails.
struct Listing
{
    std::unique_ptr<App::Services> app;
    std::unique_ptr<Registry::ResidentDirectory> dir;
};

std::optional<Listing> signInAndList(Context &ctx, std::optional<Core::Permission> permission, int *rc)
{
    if (*rc = ctx.requireLogin(); *rc != ExitOk)
        return std::nullopt;
    auto services = ctx.open();
    if (!services) {
        *rc = ctx.fail(services.error());
        return std::nullopt;
    }
    App::Services &app = **services;
    if (permission) {
        if (auto s = app.actor().require(*permission); !s) {
            *rc = ctx.fail(s.error());
            return std::nullopt;
        }
    }
    auto dir = app.registry().directory(app.actor());
    if (!dir) {
        *rc = ctx.fail(dir.error());
        return std::nullopt;
    }
    return Listing{std::move(*services), std::move(*dir)};
}

QString hiddenDigitsMessage()
{
    return CliTr::tr("Your role sees only the last 4 digits of ID and phone numbers; search with those (or with a "
                     "name or room).");
}

QJsonObject residentJson(const Registry::Resident &r)
{
    return QJsonObject{{u"id"_s, r.id},
                       {u"household_id"_s, r.householdId},
                       {u"name"_s, r.name},
                       {u"sex"_s, Registry::sexCode(r.sex)},
                       {u"birth_date"_s, r.birthDate.toString(Qt::ISODate)},
                       {u"id_type"_s, Core::idTypeCode(r.idType)},
                       {u"id_number"_s, r.idNumber},
                       {u"phones"_s, QJsonArray::fromStringList(r.phones)},
                       {u"address"_s, r.address},
                       {u"relation_to_head"_s, r.relationToHead},
                       {u"status"_s, Registry::statusCode(r.status)},
                       {u"tags"_s, QJsonArray::fromStringList(r.tagCodes)},
                       {u"masked"_s, r.masked}};
}

// --building NUMBER [--unit NUMBER] [--compound NAME] as given on the command line.
struct Place
{
    QString building; // as typed; empty: no building given
    QString unit;     // normalised ("2单元" → "2"); empty: every unit
    QString compound;
};

Place placeOf(const Context &ctx)
{
    return {ctx.value(u"--building"_s).trimmed(), Registry::normalizedNumber(ctx.value(u"--unit"_s)),
            ctx.value(u"--compound"_s).trimmed()};
}

// The buildings --building/--compound name, checked against the directory (a unit given must
// exist there too). Not found: an InvalidInput error that says what was looked for.
Result<QList<Registry::BuildingMatch>> buildingsOf(const Registry::ResidentDirectory &dir, const Place &place)
{
    const QList<Registry::BuildingMatch> found = Registry::findBuildings(dir, place.building, place.compound);
    if (found.isEmpty()) {
        return Error(
            ErrorCode::InvalidInput,
            place.compound.isEmpty()
                ? CliTr::tr("There is no building %1 with residents.").arg(place.building)
                : CliTr::tr("There is no building %1 with residents in %2.").arg(place.building, place.compound));
    }
    if (place.unit.isEmpty())
        return found;
    QSet<QString> ids;
    for (const Registry::BuildingMatch &b : found)
        ids.insert(b.id);
    for (qsizetype i = 0; i < dir.size(); ++i) {
        const Registry::ResidentRow &r = dir.row(i);
        if (ids.contains(r.buildingId)
            && Registry::normalizedNumber(Registry::splitRoomCode(r.room).unit) == place.unit)
            return found;
    }
    return Error(ErrorCode::InvalidInput,
                 CliTr::tr("Building %1 has no unit %2 with residents.").arg(place.building, place.unit));
}

// Narrows an export to --building/--unit/--compound (a building number matches in every compound
// unless --compound names one) and names them among the report's conditions.
Status restrictToPlace(const Registry::ResidentDirectory &dir, const Place &place, QList<qsizetype> &rows,
                       QList<QPair<QString, QString>> &conditions)
{
    if (!place.building.isEmpty()) {
        auto buildings = buildingsOf(dir, place);
        if (!buildings)
            return buildings.error();
        QSet<QString> ids;
        for (const Registry::BuildingMatch &b : std::as_const(*buildings))
            ids.insert(b.id);
        rows.removeIf([&](qsizetype i) {
            const Registry::ResidentRow &r = dir.row(i);
            return !ids.contains(r.buildingId)
                   || (!place.unit.isEmpty()
                       && Registry::normalizedNumber(Registry::splitRoomCode(r.room).unit) != place.unit);
        });
        conditions.append({CliTr::tr("Building"), Registry::normalizedNumber(place.building)});
        if (!place.unit.isEmpty())
            conditions.append({CliTr::tr("Unit"), place.unit});
    } else if (!place.compound.isEmpty()) {
        bool known = false;
        for (qsizetype i = 0; i < dir.size() && !known; ++i)
            known = dir.row(i).compound == place.compound;
        if (!known)
            return Error(ErrorCode::InvalidInput,
                         CliTr::tr("There is no compound \"%1\" with residents.").arg(place.compound));
        rows.removeIf([&](qsizetype i) { return dir.row(i).compound != place.compound; });
    }
    if (!place.compound.isEmpty())
        conditions.prepend({CliTr::tr("Compound"), place.compound});
    return {};
}

// Label and value lines, then each table with its caption: the card as text, masked like the file.
void printReport(Context &ctx, const Reports::Report &report)
{
    ctx.out() << report.title << Qt::endl;
    for (const auto &[label, value] : report.parameters)
        ctx.out() << CliTr::tr("%1: %2").arg(label, value) << Qt::endl;
    for (const Reports::Table &table : report.tables) {
        ctx.out() << Qt::endl << table.caption << Qt::endl;
        if (table.rows.isEmpty())
            ctx.out() << u"  "_s << CliTr::tr("(none)") << Qt::endl;
        for (const QStringList &row : table.rows) {
            QStringList cells;
            for (const QString &cell : row) {
                if (!cell.isEmpty())
                    cells.append(cell);
            }
            ctx.out() << u"  "_s << cells.join(u"  "_s) << Qt::endl;
        }
    }
}

ExportFormat formatOf(const QString &format)
{
    return format == u"pdf"    ? Reports::ExportFormat::Pdf
           : format == u"xlsx" ? Reports::ExportFormat::Xlsx
                               : Reports::ExportFormat::Csv;
}

void stamp(Reports::Report &report, App::Services &app)
{
    report.organisation = app.settings().organisationName();
    report.generatedAt = QDateTime::currentDateTime();
    report.generatedBy = app.actor().displayName;
}

} // namespace

int residentsSearch(Context &ctx)
{
    const QString query = ctx.words.mid(2).join(u' ');
    if (query.trimmed().isEmpty())
        return ctx.usage(CliTr::tr(
            "residents search needs a query: a name, pinyin, initials, ID or phone tail, or a room such as 3-2-501."));
    bool ok = true;
    const int limit = ctx.has(u"--limit"_s) ? ctx.value(u"--limit"_s).toInt(&ok) : 20;
    if (!ok || limit < 1)
        return ctx.fail(Error(ErrorCode::InvalidInput, CliTr::tr("--limit needs a positive number.")));
    int rc = ExitOk;
    auto listing = signInAndList(ctx, std::nullopt, &rc);
    if (!listing)
        return rc;
    const auto &dir = listing->dir;
    if (!dir->queryAllowed(query))
        return ctx.fail(Error(ErrorCode::PermissionDenied, hiddenDigitsMessage()));
    const QList<qsizetype> found = dir->find(query, {}, limit);
    if (ctx.json()) {
        QJsonArray arr;
        for (qsizetype i : found) {
            const Registry::ResidentRow &r = dir->row(i);
            arr.append(QJsonObject{{u"id"_s, r.id},
                                   {u"name"_s, r.name},
                                   {u"sex"_s, Registry::sexCode(r.sex)},
                                   {u"age"_s, r.ageAt(dir->today())},
                                   {u"id_number"_s, r.idMasked()},
                                   {u"phone"_s, r.phoneMasked()},
                                   {u"address"_s, r.address()},
                                   {u"tags"_s, QJsonArray::fromStringList(r.tagCodes)}});
        }
        ctx.out() << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (qsizetype i : found) {
        const Registry::ResidentRow &r = dir->row(i);
        ctx.out() << r.name << u"  "_s << Registry::sexDisplayName(r.sex) << u"  "_s << r.ageAt(dir->today()) << u"  "_s
                  << r.idMasked() << u"  "_s << r.phoneMasked() << u"  "_s << r.address() << u"  "_s << r.id
                  << Qt::endl;
    }
    if (found.isEmpty())
        ctx.err() << CliTr::tr("Nobody found.") << Qt::endl;
    return ExitOk;
}

int residentsExport(Context &ctx)
{
    const QString out = ctx.value(u"--out"_s);
    const QString format = ctx.value(u"--format"_s).toLower();
    if (out.isEmpty() || (format != u"xlsx" && format != u"csv" && format != u"pdf"))
        return ctx.usage(CliTr::tr("residents export needs --format xlsx|csv|pdf and --out FILE."));
    const Place place = placeOf(ctx);
    if (place.building.isEmpty() && ctx.has(u"--unit"_s))
        return ctx.usage(CliTr::tr("--unit needs --building NUMBER."));
    Registry::ResidentFilter filter;
    filter.tagCode = ctx.value(u"--tag"_s);
    for (auto [option, bound] :
         {std::pair{u"--min-age"_s, &filter.minAge}, std::pair{u"--max-age"_s, &filter.maxAge}}) {
        if (!ctx.has(option))
            continue;
        bool ok = false;
        *bound = ctx.value(option).toInt(&ok);
        if (!ok || *bound < 0)
            return ctx.fail(Error(ErrorCode::InvalidInput, CliTr::tr("%1 needs an age in years.").arg(option)));
    }
    int rc = ExitOk;
    auto listing = signInAndList(ctx, Core::Permission::ExportData, &rc);
    if (!listing)
        return rc;
    App::Services &app = *listing->app;
    const auto &dir = listing->dir;
    const QHash<QString, QString> tagNames = Registry::tagDisplayNames();
    if (!filter.tagCode.isEmpty() && !tagNames.contains(filter.tagCode))
        return ctx.fail(
            Error(ErrorCode::InvalidInput, CliTr::tr("There is no tag \"%1\"; tags are: %2.")
                                               .arg(filter.tagCode, QStringList(tagNames.keys()).join(u", "_s))));
    const QString query = ctx.value(u"--query"_s);
    if (!dir->queryAllowed(query))
        return ctx.fail(Error(ErrorCode::PermissionDenied, hiddenDigitsMessage()));
    QList<qsizetype> rows = dir->find(query, filter);
    QList<QPair<QString, QString>> conditions = Registry::describeFilter(filter, query, tagNames);
    if (auto s = restrictToPlace(*dir, place, rows, conditions); !s)
        return ctx.fail(s.error());
    const QString title = filter.tagCode.isEmpty() ? CliTr::tr("Resident list")
                                                   : CliTr::tr("List: %1").arg(tagNames.value(filter.tagCode));
    Reports::Report report = Registry::residentListReport(*dir, rows, title, conditions);
    stamp(report, app);
    const Status written = Reports::writeReport(report, out, formatOf(format));
    if (!written)
        return ctx.fail(written.error());
    if (auto s = app.maintenance().recordExport(app.actor(), u"residents"_s, out, rows.size()); !s)
        return ctx.fail(s.error());
    ctx.out() << CliTr::tr("Wrote %1 residents to %2 (numbers masked).").arg(rows.size()).arg(out) << Qt::endl;
    return ExitOk;
}

int residentsRoster(Context &ctx)
{
    const Place place = placeOf(ctx);
    const QString out = ctx.value(u"--out"_s);
    const std::optional<Reports::ExportFormat> format = Reports::exportFormatForPath(out);
    if (place.building.isEmpty() || !format)
        return ctx.usage(
            CliTr::tr("residents roster needs --building NUMBER and --out FILE ending in .pdf, .xlsx or .csv."));
    int rc = ExitOk;
    auto listing = signInAndList(ctx, Core::Permission::ExportData, &rc);
    if (!listing)
        return rc;
    App::Services &app = *listing->app;
    const auto &dir = listing->dir;
    auto buildings = buildingsOf(*dir, place);
    if (!buildings)
        return ctx.fail(buildings.error());
    if (buildings->size() > 1) {
        QStringList compounds;
        for (const Registry::BuildingMatch &b : std::as_const(*buildings))
            compounds.append(b.compound);
        return ctx.fail(Error(ErrorCode::InvalidInput,
                              CliTr::tr("There is a building %1 in several compounds (%2); name one with --compound.")
                                  .arg(place.building, compounds.join(u", "_s))));
    }
    Reports::Report report = Registry::rosterReport(*dir, buildings->first().id, place.unit);
    stamp(report, app);
    qsizetype people = 0;
    for (const Reports::Table &t : std::as_const(report.tables))
        people += t.rows.size();
    const Status written = Reports::writeReport(report, out, *format);
    if (!written)
        return ctx.fail(written.error());
    if (auto s = app.maintenance().recordExport(app.actor(), u"resident_roster"_s, out, people); !s)
        return ctx.fail(s.error());
    ctx.out() << CliTr::tr("Wrote the roster of %1 people to %2 (numbers masked).").arg(people).arg(out) << Qt::endl;
    return ExitOk;
}

int residentsDuplicates(Context &ctx)
{
    if (int rc = ctx.requireLogin(); rc != ExitOk)
        return rc;
    auto services = ctx.open();
    if (!services)
        return ctx.fail(services.error());
    App::Services &app = **services;
    Registry::RegistryService &registry = app.registry();
    auto pairs = registry.suspectedDuplicates(app.actor());
    if (!pairs)
        return ctx.fail(pairs.error());
    QJsonArray arr;
    for (const Registry::SuspectedDuplicate &p : std::as_const(*pairs)) {
        auto a = registry.resident(app.actor(), p.firstId);
        auto b = registry.resident(app.actor(), p.secondId);
        if (!a || !b)
            continue;
        const QString why =
            p.reason == u"name_birth" ? CliTr::tr("same name and birth date") : CliTr::tr("same pinyin and phone");
        if (ctx.json()) {
            arr.append(
                QJsonObject{{u"reason"_s, p.reason}, {u"first"_s, residentJson(*a)}, {u"second"_s, residentJson(*b)}});
        } else {
            ctx.out() << why << u":  "_s << a->name << u" ("_s << a->address << u", "_s << a->id << u")  ~  "_s
                      << b->name << u" ("_s << b->address << u", "_s << b->id << u")"_s << Qt::endl;
        }
    }
    if (ctx.json())
        ctx.out() << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    else if (pairs->isEmpty())
        ctx.out() << CliTr::tr("No suspected duplicates.") << Qt::endl;
    return ExitOk;
}

int cmdResidents(Context &ctx)
{
    const QString sub = ctx.words.value(1);
    if (sub == u"search")
        return residentsSearch(ctx);
    if (sub == u"export")
        return residentsExport(ctx);
    if (sub == u"roster")
        return residentsRoster(ctx);
    if (sub == u"duplicates")
        return residentsDuplicates(ctx);
    if (sub != u"show")
        return ctx.usage(CliTr::tr("residents needs a subcommand: search, show, export, roster or duplicates."));
    const QString id = ctx.words.value(2);
    if (id.isEmpty())
        return ctx.usage(CliTr::tr("residents show needs a resident id."));
    if (int rc = ctx.requireLogin(); rc != ExitOk)
        return rc;
    auto services = ctx.open();
    if (!services)
        return ctx.fail(services.error());
    App::Services &app = **services;
    Registry::RegistryService &registry = app.registry();
    auto r = ctx.has(u"--unmask"_s) ? registry.unmaskedResident(app.actor(), id) : registry.resident(app.actor(), id);
    if (!r)
        return ctx.fail(r.error());
    if (ctx.json()) {
        ctx.out() << QJsonDocument(residentJson(*r)).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const QLocale locale;
    ctx.out() << r->name << u"  "_s << Registry::sexDisplayName(r->sex) << u"  "_s
              << (r->birthDate.isValid() ? locale.toString(r->birthDate, QLocale::ShortFormat) : QString()) << Qt::endl
              << CliTr::tr("ID number: %1").arg(r->idNumber) << Qt::endl
              << CliTr::tr("Phones: %1").arg(r->phones.join(u", "_s)) << Qt::endl
              << CliTr::tr("Address: %1").arg(r->address) << Qt::endl
              << CliTr::tr("Relation to head: %1").arg(r->relationToHead) << Qt::endl
              << CliTr::tr("Status: %1").arg(Registry::statusDisplayName(r->status)) << Qt::endl
              << CliTr::tr("Tags: %1").arg(r->tagCodes.join(u", "_s)) << Qt::endl;
    return ExitOk;
}

namespace {

QJsonObject householdJson(const Registry::Household &h, const QList<Registry::LifeEvent> &history)
{
    QJsonArray members;
    for (const Registry::Resident &m : h.members)
        members.append(residentJson(m));
    QJsonArray events;
    for (const Registry::LifeEvent &e : history) {
        events.append(QJsonObject{{u"date"_s, e.date.toString(Qt::ISODate)},
                                  {u"kind"_s, e.kind},
                                  {u"resident_id"_s, e.residentId},
                                  {u"resident_name"_s, e.residentName},
                                  {u"note"_s, e.note},
                                  {u"actor"_s, e.actor}});
    }
    return QJsonObject{{u"id"_s, h.id},
                       {u"address"_s, h.address},
                       {u"area_cm2"_s, h.areaCm2},
                       {u"tenure"_s, Registry::tenureCode(h.tenure)},
                       {u"residence"_s, Registry::residenceCode(h.residence)},
                       {u"head_id"_s, h.headId},
                       {u"active"_s, h.active},
                       {u"members"_s, members},
                       {u"history"_s, events}};
}

} // namespace

int cmdTags(Context &ctx)
{
    const QString sub = ctx.words.value(1);
    if (sub != u"list" && sub != u"add")
        return ctx.usage(CliTr::tr("tags needs a subcommand: list or add."));
    if (sub == u"add" && ctx.words.value(2).trimmed().isEmpty())
        return ctx.usage(CliTr::tr("tags add needs the tag's name, e.g. tags add 失独家庭 --code shidu."));
    if (int rc = ctx.requireLogin(); rc != ExitOk)
        return rc;
    auto services = ctx.open();
    if (!services)
        return ctx.fail(services.error());
    App::Services &app = **services;
    Registry::RegistryService &registry = app.registry();
    if (sub == u"add") {
        auto tag = registry.addTag(app.actor(), ctx.words.value(2), ctx.has(u"--sensitive"_s), ctx.value(u"--code"_s));
        if (!tag)
            return ctx.fail(tag.error());
        ctx.out() << CliTr::tr("Added the tag %1 (code %2).").arg(tag->name, tag->code) << Qt::endl;
        return ExitOk;
    }
    auto tags = registry.tags(app.actor());
    if (!tags)
        return ctx.fail(tags.error());
    if (ctx.json()) {
        QJsonArray arr;
        for (const Registry::Tag &t : std::as_const(*tags))
            arr.append(QJsonObject{{u"code"_s, t.code},
                                   {u"name"_s, Registry::tagDisplayName(t)},
                                   {u"sensitive"_s, t.sensitive},
                                   {u"builtin"_s, t.builtin}});
        ctx.out() << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const Registry::Tag &t : std::as_const(*tags)) {
        ctx.out() << t.code << u"  "_s << Registry::tagDisplayName(t)
                  << (t.sensitive ? CliTr::tr("  (sensitive)") : QString()) << Qt::endl;
    }
    return ExitOk;
}

int cmdHouseholds(Context &ctx)
{
    if (ctx.words.value(1) != u"show")
        return ctx.usage(CliTr::tr("households needs a subcommand: show."));
    const QString id = ctx.words.value(2);
    if (id.isEmpty())
        return ctx.usage(CliTr::tr("households show needs a household id (residents show --json prints it)."));
    const QString out = ctx.value(u"--out"_s);
    const std::optional<Reports::ExportFormat> format = Reports::exportFormatForPath(out);
    if (ctx.has(u"--out"_s) && !format)
        return ctx.usage(CliTr::tr("--out needs a file ending in .pdf, .xlsx or .csv."));
    if (int rc = ctx.requireLogin(); rc != ExitOk)
        return rc;
    auto services = ctx.open();
    if (!services)
        return ctx.fail(services.error());
    App::Services &app = **services;
    if (auto s = app.actor().require(format ? Core::Permission::ExportData : Core::Permission::ReadData); !s)
        return ctx.fail(s.error());
    Registry::RegistryService &registry = app.registry();
    auto household = registry.household(app.actor(), id);
    if (!household)
        return ctx.fail(household.error());
    auto history = registry.history(app.actor(), {}, id);
    if (!history)
        return ctx.fail(history.error());
    if (ctx.json() && !format) {
        ctx.out() << QJsonDocument(householdJson(*household, *history)).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    Reports::Report report = Registry::householdCardReport(*household, *history, app.database().today());
    if (!format) {
        printReport(ctx, report);
        return ExitOk;
    }
    stamp(report, app);
    const Status written = Reports::writeReport(report, out, *format);
    if (!written)
        return ctx.fail(written.error());
    if (auto s = app.maintenance().recordExport(app.actor(), u"household_card"_s, out, household->members.size()); !s)
        return ctx.fail(s.error());
    ctx.out() << CliTr::tr("Wrote the household card to %1 (numbers masked).").arg(out) << Qt::endl;
    return ExitOk;
}

int cmdDemoData(Context &ctx)
{
    bool ok = true;
    const int residents = ctx.has(u"--residents"_s) ? ctx.value(u"--residents"_s).toInt(&ok) : 2000;
    if (!ok || residents < 1)
        return ctx.fail(Error(ErrorCode::InvalidInput, CliTr::tr("--residents needs a positive number.")));
    const quint32 seed = ctx.has(u"--seed"_s) ? ctx.value(u"--seed"_s).toUInt(&ok) : 20261129u;
    if (!ok)
        return ctx.fail(Error(ErrorCode::InvalidInput, CliTr::tr("--seed needs a number.")));
    if (int rc = ctx.requireLogin(); rc != ExitOk)
        return rc;
    auto services = ctx.open();
    if (!services)
        return ctx.fail(services.error());
    App::Services &app = **services;
    QElapsedTimer timer;
    timer.start();
    Registry::DemoOptions options;
    options.residents = residents;
    options.seed = seed;
    auto sum = app.generateDemoData(options, [&](int done, int total) {
        if (!ctx.json())
            ctx.err() << CliTr::tr("%1 of %2 residents…").arg(done).arg(total) << u'\r' << Qt::flush;
        return true;
    });
    if (!ctx.json())
        ctx.err() << Qt::endl;
    if (!sum)
        return ctx.fail(sum.error());
    if (ctx.json()) {
        ctx.out() << QJsonDocument(QJsonObject{{u"compounds"_s, sum->compounds},
                                               {u"buildings"_s, sum->buildings},
                                               {u"rooms"_s, sum->rooms},
                                               {u"households"_s, sum->households},
                                               {u"residents"_s, sum->residents},
                                               {u"seconds"_s, double(timer.elapsed()) / 1000.0}})
                         .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    ctx.out() << CliTr::tr("Created %1 residents in %2 households, %3 rooms, %4 buildings and %5 compounds (%6 s).")
                     .arg(sum->residents)
                     .arg(sum->households)
                     .arg(sum->rooms)
                     .arg(sum->buildings)
                     .arg(sum->compounds)
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
              << Qt::endl;
    return ExitOk;
}

} // namespace Linli::Cli
