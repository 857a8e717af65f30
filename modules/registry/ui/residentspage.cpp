#include "residentspage.h"

#include "duplicatesdialog.h"
#include "householddialog.h"
#include "importdialog.h"
#include "residentdetail.h"
#include "residentform.h"
#include "residentlistmodel.h"

#include <core/clock.h>
#include <registry/registryservice.h>
#include <registry/registrytr.h>
#include <registry/residentdirectory.h>
#include <registry/residentreports.h>
#include <reports/ui/reportdialogs.h>
#include <staff/maintenanceservice.h>
#include <staff/settingsservice.h>
#include <staff/ui/reportactions.h>
#include <uikit/lineicons.h>
#include <uikit/messages.h>

#include <QtCore/QCollator>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>
#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtGui/QKeySequence>
#include <QtGui/QShortcut>
#include <QtGui/QUndoStack>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialog>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

#include <numeric>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace Linli::Registry {

// Unqualified in definitions: lupdate loses the translation context on "Reports::X f(...)".
using Reports::Report;

namespace {

// A saved correction of one resident. The first redo is the save itself (already written);
// undo writes the values from before, redo the corrected ones again. Each is a real, audited
// edit, so the history shows the back and forth.
class CorrectionCommand : public QUndoCommand
{
public:
    CorrectionCommand(ResidentsPage *page, QString id, ResidentInput before, ResidentInput after, const QString &text)
        : QUndoCommand(text), m_page(page), m_id(std::move(id)), m_before(std::move(before)), m_after(std::move(after))
    {}
    void undo() override
    {
        if (!m_page->applyCorrection(m_id, m_before))
            setObsolete(true);
    }
    void redo() override
    {
        if (m_saved) {
            m_saved = false;
            return;
        }
        if (!m_page->applyCorrection(m_id, m_after))
            setObsolete(true);
    }

private:
    ResidentsPage *m_page;
    QString m_id;
    ResidentInput m_before;
    ResidentInput m_after;
    bool m_saved = true;
};

} // namespace

ResidentsPage::ResidentsPage(const UiServices &services, QWidget *parent)
    : Ui::Page(parent), m_services(services), m_model(new ResidentListModel(this)), m_search(new QLineEdit(this)),
      m_building(new QComboBox(this)), m_tag(new QComboBox(this)), m_status(new QComboBox(this)),
      m_residence(new QComboBox(this)), m_saved(new QComboBox(this)),
      m_deleteSaved(new QPushButton(Tr::tr("Delete"), this)), m_minAge(new QSpinBox(this)),
      m_maxAge(new QSpinBox(this)), m_count(new QLabel(this)), m_view(new QTableView(this)),
      m_detail(new ResidentDetail(services, this)), m_typing(new QTimer(this)), m_undo(new QUndoStack(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(
        Ui::pageHeader(title(),
                       Tr::tr("Type a name, pinyin or initials (张三丰, zhangsanfeng, zsf), the last digits "
                              "of an ID or phone number, or a room such as 3-2-501. ID numbers and "
                              "phones are shown masked."),
                       this));
    m_search->setObjectName(QStringLiteral("residentSearch"));
    m_search->setPlaceholderText(Tr::tr("Search residents…"));
    m_search->setClearButtonEnabled(true);
    QFont big = m_search->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_search->setFont(big);
    layout->addWidget(m_search);

    layout->addLayout(filterRow());
    layout->addLayout(actionRow());
    setUpView();
    auto *split = new QSplitter(this);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    m_count->setObjectName(QStringLiteral("residentCount"));
    layout->addWidget(m_count);
    connectSignals();
}

// Building, tag, age, status and registration: the filters over the list.
QHBoxLayout *ResidentsPage::filterRow()
{
    auto *filters = new QHBoxLayout;
    m_building->setMinimumWidth(180);
    m_tag->setMinimumWidth(140);
    for (QSpinBox *s : {m_minAge, m_maxAge}) {
        s->setRange(-1, 120);
        s->setSpecialValueText(Tr::tr("any"));
        s->setValue(-1);
    }
    filters->addWidget(new QLabel(Tr::tr("Building"), this));
    filters->addWidget(m_building);
    filters->addWidget(new QLabel(Tr::tr("Tag"), this));
    filters->addWidget(m_tag);
    if (m_services.actor().can(Core::Permission::ManageSettings)) {
        auto *tagsButton = new QPushButton(Tr::tr("Tags…"), this);
        tagsButton->setObjectName(QStringLiteral("manageTags"));
        tagsButton->setToolTip(Tr::tr("The tags residents can have; add the ones your office needs."));
        connect(tagsButton, &QPushButton::clicked, this, &ResidentsPage::manageTags);
        filters->addWidget(tagsButton);
    }
    filters->addWidget(new QLabel(Tr::tr("Age from"), this));
    filters->addWidget(m_minAge);
    filters->addWidget(new QLabel(Tr::tr("to"), this));
    filters->addWidget(m_maxAge);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(statusDisplayName(ResidentStatus::Living), statusCode(ResidentStatus::Living));
    m_status->addItem(statusDisplayName(ResidentStatus::MovedOut), statusCode(ResidentStatus::MovedOut));
    m_status->addItem(statusDisplayName(ResidentStatus::Deceased), statusCode(ResidentStatus::Deceased));
    m_status->addItem(Tr::tr("everyone ever registered"), QString());
    filters->addWidget(new QLabel(Tr::tr("Status"), this));
    filters->addWidget(m_status);
    m_residence->setObjectName(QStringLiteral("residenceFilter"));
    m_residence->addItem(Tr::tr("any"), QString());
    for (Residence r : {Residence::Both, Residence::RegisteredOnly, Residence::LivingOnly})
        m_residence->addItem(residenceDisplayName(r), residenceCode(r));
    m_residence->setToolTip(Tr::tr("人户一致, 户在人不在 or 人在户不在, as recorded on the household"));
    filters->addWidget(new QLabel(Tr::tr("Registration"), this));
    filters->addWidget(m_residence);
    filters->addStretch();
    return filters;
}

// Undo and redo of corrections, saved filters, duplicates, adding and importing, print and export.
QHBoxLayout *ResidentsPage::actionRow()
{
    m_saved->setObjectName(QStringLiteral("savedFilters"));
    m_saved->setMinimumWidth(160);
    m_saved->setToolTip(Tr::tr("Filters you saved, e.g. 80岁以上独居老人. Choose one to apply it."));
    auto *saveFilter = new QPushButton(Tr::tr("Save filter…"), this);
    saveFilter->setObjectName(QStringLiteral("saveFilter"));
    m_deleteSaved->setToolTip(Tr::tr("Deletes the chosen saved filter (the residents are not touched)."));
    connect(saveFilter, &QPushButton::clicked, this, &ResidentsPage::askSaveFilter);
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            applySavedFilter(m_saved->itemText(index));
        m_deleteSaved->setEnabled(index > 0);
    });
    connect(m_deleteSaved, &QPushButton::clicked, this, [this] {
        const QString id = m_saved->currentData().toString();
        if (id.isEmpty())
            return;
        if (!Ui::confirm(this, Tr::tr("Delete"), Tr::tr("Delete the saved filter \"%1\"?").arg(m_saved->currentText()),
                         Tr::tr("Delete")))
            return;
        if (auto s = m_services.registry.deleteSavedFilter(m_services.actor(), id); !s)
            return Ui::showError(this, Tr::tr("Delete"), s.error());
        fillSavedFilters();
    });
    auto *actions = new QHBoxLayout;
    const bool editor = m_services.actor().can(Core::Permission::EditRegistry);
    QAction *undo = m_undo->createUndoAction(this, Tr::tr("Undo"));
    QAction *redo = m_undo->createRedoAction(this, Tr::tr("Redo"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    for (QAction *a : {undo, redo}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        auto *b = new QPushButton(this);
        b->setVisible(editor);
        b->setObjectName(a == undo ? QStringLiteral("undoCorrection") : QStringLiteral("redoCorrection"));
        // The button keeps its short text (the row must fit a 1366-pixel screen); what it would
        // undo ("撤销 更正 张三") is in the tooltip.
        const QString shortText = a == undo ? Tr::tr("Undo") : Tr::tr("Redo");
        const auto sync = [a, b, shortText] {
            b->setText(shortText);
            b->setEnabled(a->isEnabled());
            b->setToolTip(a->text() + QStringLiteral(" (") + a->shortcut().toString(QKeySequence::NativeText) + u')');
        };
        connect(a, &QAction::changed, b, sync);
        connect(b, &QPushButton::clicked, a, &QAction::trigger);
        sync();
        actions->addWidget(b);
    }
    actions->addSpacing(12);
    actions->addWidget(new QLabel(Tr::tr("Saved"), this));
    actions->addWidget(m_saved);
    actions->addWidget(saveFilter);
    actions->addWidget(m_deleteSaved);
    actions->addStretch();
    auto *duplicates = new QPushButton(Tr::tr("Duplicates…"), this);
    duplicates->setObjectName(QStringLiteral("showDuplicates"));
    duplicates->setToolTip(Tr::tr("Residents who may be registered twice: compare them side by side and merge."));
    connect(duplicates, &QPushButton::clicked, this, &ResidentsPage::showDuplicates);
    actions->addWidget(duplicates);
    addEntryButtons(actions);
    return actions;
}

// Adding and importing residents, and the list and roster printed or exported.
void ResidentsPage::addEntryButtons(QHBoxLayout *actions)
{
    auto *addButton = new QPushButton(Tr::tr("Add…"), this);
    addButton->setObjectName(QStringLiteral("addResidents"));
    addButton->setVisible(m_services.actor().can(Core::Permission::EditRegistry));
    actions->addWidget(addButton);
    connect(addButton, &QPushButton::clicked, this, [this] {
        ResidentForm form(m_services, this);
        form.exec();
        if (form.saved() > 0) {
            load();
            Q_EMIT dataChanged();
        }
    });
    auto *importButton = new QPushButton(Tr::tr("Import…"), this);
    importButton->setObjectName(QStringLiteral("importResidents"));
    importButton->setVisible(m_services.actor().can(Core::Permission::EditRegistry));
    actions->addWidget(importButton);
    connect(importButton, &QPushButton::clicked, this, [this] {
        ImportDialog dialog(m_services, this);
        connect(&dialog, &ImportDialog::residentsImported, this, [this] {
            load(); // the new people, their rooms and households
            Q_EMIT dataChanged();
        });
        dialog.exec();
    });
    // Print and export what is listed now, masked as on screen; both are audited.
    Staff::addReportButtons(
        actions, this, m_services.staff, QStringLiteral("residents"), [this]() -> Result<Reports::Report> {
            if (!m_directory)
                return Error(ErrorCode::NotFound, Tr::tr("The list is not loaded yet."));
            QList<qsizetype> rows;
            for (int i = 0; i < m_model->rowCount(); ++i)
                rows.append(*m_directory->indexOf(m_model->rowAt(i)->id));
            Reports::Report report =
                residentListReport(*m_directory, rows, Tr::tr("Resident list"),
                                   describeFilter(currentFilter(), m_search->text(), tagDisplayNames()));
            report.organisation = m_organisation;
            report.generatedAt = QDateTime::currentDateTime();
            report.generatedBy = m_services.actor().displayName;
            return report;
        });
    auto *roster = new QPushButton(Tr::tr("Roster…"), this);
    roster->setObjectName(QStringLiteral("printRoster"));
    roster->setToolTip(Tr::tr("The resident roster of the chosen building, unit by unit and room by room."));
    roster->setEnabled(m_services.actor().can(Core::Permission::ExportData));
    actions->addWidget(roster);
    connect(roster, &QPushButton::clicked, this, [this] {
        auto report = buildingRoster();
        if (!report)
            return Ui::showError(this, Tr::tr("Roster"), report.error());
        const qint64 rows = std::accumulate(report->tables.cbegin(), report->tables.cend(), qint64(0),
                                            [](qint64 n, const Reports::Table &t) { return n + t.rows.size(); });
        if (auto s = m_services.staff.maintenance.recordExport(m_services.actor(), QStringLiteral("resident_roster"),
                                                               Tr::tr("printer"), rows);
            !s)
            return Ui::showError(this, Tr::tr("Roster"), s.error());
        Reports::showPrintPreview(*report, this);
    });
}

void ResidentsPage::setUpView()
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(28);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    const QList<std::pair<int, int>> widths = {
        {ResidentListModel::NameColumn, 90},    {ResidentListModel::SexColumn, 50},
        {ResidentListModel::AgeColumn, 50},     {ResidentListModel::IdColumn, 170},
        {ResidentListModel::PhoneColumn, 110},  {ResidentListModel::AddressColumn, 170},
        {ResidentListModel::RelationColumn, 90}};
    for (const auto &[column, width] : widths)
        m_view->setColumnWidth(column, width);
}

void ResidentsPage::connectSignals()
{
    m_typing->setSingleShot(true);
    m_typing->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &ResidentsPage::applyFilter);
    connect(m_building, &QComboBox::currentIndexChanged, this, &ResidentsPage::applyFilter);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &ResidentsPage::applyFilter);
    connect(m_minAge, &QSpinBox::valueChanged, this, &ResidentsPage::applyFilter);
    connect(m_maxAge, &QSpinBox::valueChanged, this, &ResidentsPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ResidentsPage::applyFilter);
    connect(m_residence, &QComboBox::currentIndexChanged, this, &ResidentsPage::applyFilter);
    connect(m_detail, &ResidentDetail::editRequested, this, &ResidentsPage::editResident);
    connect(m_detail, &ResidentDetail::householdRequested, this, &ResidentsPage::showHousehold);
    // Keyboard: F2 or Enter corrects the selected resident, a double click too; Ctrl+F searches.
    const auto editSelected = [this] {
        if (m_services.actor().can(Core::Permission::EditRegistry) && !m_detail->residentId().isEmpty())
            editResident(m_detail->residentId());
    };
    for (const QKeySequence &key : {QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_Return)}) {
        auto *shortcut = new QShortcut(key, m_view);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, editSelected);
    }
    connect(m_view, &QTableView::doubleClicked, this, editSelected);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_detail, &ResidentDetail::residentChanged, this, [this](const QString &id) {
        if (!m_directory)
            return;
        if (auto s = m_services.registry.refreshDirectory(*m_directory, id); !s)
            return Ui::showError(this, title(), s.error());
        applyFilter(); // a resident who left drops out of the "living" list
        Q_EMIT dataChanged();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_detail->showResident(current.data(ResidentListModel::ResidentIdRole).toString());
            });
}

ResidentsPage::~ResidentsPage()
{
    if (m_loader)
        m_loader->wait(); // it uses a connection of its own; let it finish before the page goes
}

QString ResidentsPage::title() const
{
    return Tr::tr("Residents");
}

QIcon ResidentsPage::icon() const
{
    return Ui::lineIcon(Ui::Glyph::People);
}

void ResidentsPage::refresh()
{
    if (!m_directory)
        load();
}

void ResidentsPage::load()
{
    if (m_loader)
        return;
    // The list loads on a connection of its own in a worker thread: with 200,000 residents it
    // takes a few seconds, and the window must stay usable meanwhile.
    m_count->setText(Tr::tr("Loading the resident list…"));
    m_organisation = m_services.staff.settings.organisationName();
    auto box = std::make_shared<std::optional<Result<std::unique_ptr<ResidentDirectory>>>>();
    auto read = m_services.registry.directoryReader(m_services.actor(), m_services.staff.database.today());
    m_loader = QThread::create([box, read] { box->emplace(read()); });
    connect(m_loader, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader, &QThread::finished, this, [this, box] {
        if (!box->has_value())
            return;
        if (!box->value())
            return Ui::showError(this, title(), box->value().error());
        adopt(std::move(*box->value()));
    });
    m_loader->start();
}

void ResidentsPage::adopt(std::unique_ptr<ResidentDirectory> directory)
{
    m_directory = std::move(directory);
#ifdef __GLIBC__
    // The loading thread's scratch memory (its connection's page cache, the rows as read) is
    // free now; give it back to the system instead of keeping it in the thread's arena.
    malloc_trim(0);
#endif
    m_model->setDirectory(m_directory.get());
    fillFilterChoices();
    fillSavedFilters();
    applyFilter();
}

bool ResidentsPage::waitForLoad(int milliseconds)
{
    if (m_loader && !m_loader->wait(milliseconds))
        return false;
    QCoreApplication::sendPostedEvents(); // deliver "finished"
    QCoreApplication::processEvents();
    return m_directory != nullptr;
}

Result<Report> ResidentsPage::buildingRoster() const
{
    if (!m_directory)
        return Error(ErrorCode::NotFound, Tr::tr("The list is not loaded yet."));
    const QString building = m_building->currentData().toString();
    if (building.isEmpty())
        return Error(ErrorCode::InvalidInput, Tr::tr("Choose a building in the filter first; the roster lists one "
                                                     "building room by room."));
    Reports::Report report = rosterReport(*m_directory, building);
    report.organisation = m_organisation;
    report.generatedAt = QDateTime::currentDateTime();
    report.generatedBy = m_services.actor().displayName;
    return report;
}

void ResidentsPage::fillSavedFilters(const QString &select)
{
    const QSignalBlocker block(m_saved);
    m_saved->clear();
    m_saved->addItem(Tr::tr("(choose)"), QString());
    auto saved = m_services.registry.savedFilters(m_services.actor());
    if (saved) {
        for (const SavedFilter &f : std::as_const(*saved))
            m_saved->addItem(f.name, f.id);
    }
    m_saved->setCurrentIndex(std::max(0, m_saved->findText(select)));
    m_deleteSaved->setEnabled(m_saved->currentIndex() > 0);
}

void ResidentsPage::askSaveFilter()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, Tr::tr("Save filter"), Tr::tr("Name for the current search and filters (e.g. 3号楼80岁以上):"),
        QLineEdit::Normal, m_saved->currentIndex() > 0 ? m_saved->currentText() : QString(), &ok);
    if (ok)
        saveCurrentFilter(name);
}

bool ResidentsPage::saveCurrentFilter(const QString &name)
{
    const ResidentFilter f = currentFilter();
    const QJsonObject definition{{QStringLiteral("query"), m_search->text().trimmed()},
                                 {QStringLiteral("building"), f.buildingId},
                                 {QStringLiteral("tag"), f.tagCode},
                                 {QStringLiteral("min_age"), f.minAge},
                                 {QStringLiteral("max_age"), f.maxAge},
                                 {QStringLiteral("status"), m_status->currentData().toString()},
                                 {QStringLiteral("residence"), m_residence->currentData().toString()}};
    const Status s = m_services.registry.saveFilter(
        m_services.actor(), name, QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact)));
    if (!s) {
        Ui::showError(this, Tr::tr("Save filter"), s.error());
        return false;
    }
    fillSavedFilters(name.simplified());
    return true;
}

bool ResidentsPage::applySavedFilter(const QString &name)
{
    auto saved = m_services.registry.savedFilters(m_services.actor());
    if (!saved)
        return false;
    for (const SavedFilter &f : std::as_const(*saved)) {
        if (f.name != name)
            continue;
        const QJsonObject d = QJsonDocument::fromJson(f.definition.toUtf8()).object();
        {
            const QSignalBlocker b1(m_search), b2(m_building), b3(m_tag), b4(m_minAge), b5(m_maxAge), b6(m_status),
                b7(m_residence);
            m_search->setText(d.value(QStringLiteral("query")).toString());
            m_building->setCurrentIndex(
                std::max(0, m_building->findData(d.value(QStringLiteral("building")).toString())));
            m_tag->setCurrentIndex(std::max(0, m_tag->findData(d.value(QStringLiteral("tag")).toString())));
            m_minAge->setValue(d.value(QStringLiteral("min_age")).toInt(-1));
            m_maxAge->setValue(d.value(QStringLiteral("max_age")).toInt(-1));
            m_status->setCurrentIndex(std::max(0, m_status->findData(d.value(QStringLiteral("status")).toString())));
            m_residence->setCurrentIndex(
                std::max(0, m_residence->findData(d.value(QStringLiteral("residence")).toString())));
        }
        m_saved->setCurrentIndex(std::max(0, m_saved->findText(name)));
        m_deleteSaved->setEnabled(m_saved->currentIndex() > 0);
        applyFilter();
        return true;
    }
    return false;
}

void ResidentsPage::fillFilterChoices()
{
    const QSignalBlocker b1(m_building);
    const QSignalBlocker b2(m_tag);
    m_building->clear();
    m_building->addItem(Tr::tr("All buildings"), QString());
    QMap<QString, QString> buildings; // label → id, sorted by label
    for (qsizetype i = 0; i < m_directory->size(); ++i) {
        const ResidentRow &r = m_directory->row(i);
        if (!r.buildingId.isEmpty())
            buildings.insert(Tr::tr("%1 building %2").arg(r.compound, r.room.section(u'-', 0, 0)), r.buildingId);
    }
    QStringList labels = buildings.keys();
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    collator.setNumericMode(true);
    std::sort(labels.begin(), labels.end(), collator);
    for (const QString &label : std::as_const(labels))
        m_building->addItem(label, buildings.value(label));

    m_tag->clear();
    m_tag->addItem(Tr::tr("All tags"), QString());
    auto tags = m_services.registry.tags(m_services.actor());
    if (tags) {
        for (const Tag &t : std::as_const(*tags))
            m_tag->addItem(tagDisplayName(t), t.code);
    }
}

ResidentFilter ResidentsPage::currentFilter() const
{
    ResidentFilter filter;
    filter.buildingId = m_building->currentData().toString();
    filter.tagCode = m_tag->currentData().toString();
    filter.minAge = m_minAge->value();
    filter.maxAge = m_maxAge->value();
    const QString status = m_status->currentData().toString();
    filter.status = status.isEmpty() ? std::nullopt : std::optional(statusFromCode(status));
    const QString residence = m_residence->currentData().toString();
    filter.residence = residence.isEmpty() ? std::nullopt : std::optional(residenceFromCode(residence));
    return filter;
}

void ResidentsPage::applyFilter()
{
    if (!m_directory)
        return;
    const ResidentFilter filter = currentFilter();
    m_model->setVisible(m_directory->find(m_search->text(), filter, m_search->text().trimmed().isEmpty() ? 0 : 2000));
    m_count->setText(m_directory->queryAllowed(m_search->text())
                         ? Tr::tr("%Ln resident(s)", nullptr, int(m_model->rowCount()))
                         : Tr::tr("Your role sees only the last 4 digits of ID and phone numbers; search with "
                                  "those (or with a name or room)."));
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    else
        m_detail->showResident({});
}

void ResidentsPage::search(const QString &text)
{
    refresh();
    waitForLoad();
    m_search->setText(text);
    m_typing->stop();
    applyFilter();
}

void ResidentsPage::refreshResidents(const QStringList &ids)
{
    if (!m_directory || ids.isEmpty())
        return;
    for (const QString &id : ids) {
        if (auto s = m_services.registry.refreshDirectory(*m_directory, id); !s)
            return Ui::showError(this, title(), s.error());
    }
    const QString selected = m_detail->residentId();
    applyFilter();
    // Stay on the resident being worked on when it is still listed.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->rowAt(row)->id == selected) {
            m_view->selectRow(row);
            break;
        }
    }
    m_detail->showResident(m_detail->residentId());
    Q_EMIT dataChanged();
}

void ResidentsPage::editResident(const QString &id)
{
    ResidentForm form(m_services, this, id);
    if (form.exec() != QDialog::Accepted || form.changedFields().isEmpty())
        return;
    const QString name = form.after().name.trimmed();
    m_undo->push(new CorrectionCommand(this, id, form.before(), form.after(), Tr::tr("correction of %1").arg(name)));
    refreshResidents({id});
}

bool ResidentsPage::applyCorrection(const QString &id, const ResidentInput &input)
{
    auto changed = m_services.registry.updateResident(m_services.actor(), id, input);
    if (!changed) {
        Ui::showError(this, Tr::tr("Undo"), changed.error());
        return false;
    }
    refreshResidents({id});
    return true;
}

void ResidentsPage::showHousehold(const QString &householdId)
{
    HouseholdDialog dialog(m_services, householdId, this);
    dialog.exec();
    refreshResidents(dialog.changedResidents());
}

void ResidentsPage::manageTags()
{
    QDialog dialog(this);
    dialog.setWindowTitle(Tr::tr("Tags"));
    auto *table = new QTableWidget(0, 3, &dialog);
    table->setHorizontalHeaderLabels({Tr::tr("Tag"), Tr::tr("Code"), Tr::tr("Sensitive")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(0, 160);
    table->setColumnWidth(1, 160);
    const auto fill = [this, table] {
        table->setRowCount(0);
        auto tags = m_services.registry.tags(m_services.actor());
        if (!tags)
            return;
        for (const Tag &t : std::as_const(*tags)) {
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, 0, new QTableWidgetItem(tagDisplayName(t)));
            table->setItem(row, 1, new QTableWidgetItem(t.code));
            table->setItem(
                row, 2,
                new QTableWidgetItem(t.sensitive ? Tr::tr("only roles that may see sensitive data") : QString()));
        }
    };
    fill();
    auto *name = new QLineEdit(&dialog);
    name->setPlaceholderText(Tr::tr("e.g. 失独家庭"));
    auto *code = new QLineEdit(&dialog);
    code->setPlaceholderText(Tr::tr("code for scripts (optional), e.g. shidu"));
    auto *sensitive = new QCheckBox(Tr::tr("Sensitive (like 低保 or disability)"), &dialog);
    auto *add = new QPushButton(Tr::tr("Add tag"), &dialog);
    auto *problem = Ui::problemLabel(&dialog);
    auto *row = new QHBoxLayout;
    row->addWidget(name, 2);
    row->addWidget(code, 2);
    row->addWidget(sensitive);
    row->addWidget(add);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    buttons->button(QDialogButtonBox::Close)->setText(Tr::tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table, 1);
    layout->addLayout(row);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    dialog.resize(640, 480);
    connect(add, &QPushButton::clicked, &dialog, [&, this] {
        auto tag = m_services.registry.addTag(m_services.actor(), name->text(), sensitive->isChecked(), code->text());
        if (!tag)
            return Ui::showProblem(problem, tag.error().message());
        Ui::showProblem(problem, QString());
        name->clear();
        code->clear();
        sensitive->setChecked(false);
        fill();
        if (m_directory) {
            fillFilterChoices();
            m_model->setDirectory(m_directory.get()); // picks up the new name
            applyFilter();
        }
    });
    dialog.exec();
}

void ResidentsPage::showDuplicates()
{
    DuplicatesDialog dialog(m_services, this);
    dialog.exec();
    refreshResidents(dialog.changedResidents());
}

qsizetype ResidentsPage::visibleCount() const
{
    return m_model->rowCount();
}

} // namespace Linli::Registry
