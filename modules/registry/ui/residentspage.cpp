#include "residentspage.h"

#include "importdialog.h"
#include "residentdetail.h"
#include "residentform.h"
#include "residentlistmodel.h"

#include <core/clock.h>
#include <registry/registryservice.h>
#include <registry/registrytr.h>
#include <registry/residentdirectory.h>
#include <registry/residentreports.h>
#include <staff/authservice.h>
#include <staff/settingsservice.h>
#include <staff/ui/reportactions.h>
#include <storage/connection.h>
#include <storage/store.h>
#include <uikit/lineicons.h>
#include <uikit/messages.h>

#include <QtCore/QCollator>
#include <QtCore/QLocale>
#include <QtCore/QTimer>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace Linli::Registry {

ResidentsPage::ResidentsPage(Staff::Session &session, QWidget *parent)
    : Ui::Page(parent), m_session(session), m_model(new ResidentListModel(this)), m_search(new QLineEdit(this)),
      m_building(new QComboBox(this)), m_tag(new QComboBox(this)), m_minAge(new QSpinBox(this)),
      m_maxAge(new QSpinBox(this)), m_count(new QLabel(this)), m_view(new QTableView(this)),
      m_detail(new ResidentDetail(session, this)), m_typing(new QTimer(this))
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
    filters->addWidget(new QLabel(Tr::tr("Age from"), this));
    filters->addWidget(m_minAge);
    filters->addWidget(new QLabel(Tr::tr("to"), this));
    filters->addWidget(m_maxAge);
    filters->addStretch();
    m_count->setObjectName(QStringLiteral("residentCount"));
    auto *addButton = new QPushButton(Tr::tr("Add…"), this);
    addButton->setObjectName(QStringLiteral("addResidents"));
    addButton->setVisible(m_session.actor.can(Core::Permission::EditRegistry));
    filters->addWidget(addButton);
    connect(addButton, &QPushButton::clicked, this, [this] {
        ResidentForm form(m_session, this);
        form.exec();
        if (form.saved() > 0) {
            load();
            Q_EMIT dataChanged();
        }
    });
    auto *importButton = new QPushButton(Tr::tr("Import…"), this);
    importButton->setObjectName(QStringLiteral("importResidents"));
    importButton->setVisible(m_session.actor.can(Core::Permission::EditRegistry));
    filters->addWidget(importButton);
    connect(importButton, &QPushButton::clicked, this, [this] {
        ImportDialog dialog(m_session, this);
        connect(&dialog, &ImportDialog::residentsImported, this, [this] {
            load(); // the new people, their rooms and households
            Q_EMIT dataChanged();
        });
        dialog.exec();
    });
    // Print and export what is listed now, masked as on screen; both are audited.
    Staff::addReportButtons(filters, this, m_session, QStringLiteral("residents"), [this]() -> Result<Reports::Report> {
        if (!m_directory)
            return Error(ErrorCode::NotFound, Tr::tr("The list is not loaded yet."));
        QList<qsizetype> rows;
        for (int i = 0; i < m_model->rowCount(); ++i)
            rows.append(*m_directory->indexOf(m_model->rowAt(i)->id));
        Reports::Report report =
            residentListReport(*m_directory, rows, Tr::tr("Resident list"),
                               describeFilter(currentFilter(), m_search->text(), builtinTagNames()));
        report.organisation = m_organisation;
        report.generatedAt = QDateTime::currentDateTime();
        report.generatedBy = m_session.actor.displayName;
        return report;
    });
    layout->addLayout(filters);

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
    auto *split = new QSplitter(this);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    layout->addWidget(m_count);

    m_typing->setSingleShot(true);
    m_typing->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, &ResidentsPage::applyFilter);
    connect(m_building, &QComboBox::currentIndexChanged, this, &ResidentsPage::applyFilter);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &ResidentsPage::applyFilter);
    connect(m_minAge, &QSpinBox::valueChanged, this, &ResidentsPage::applyFilter);
    connect(m_maxAge, &QSpinBox::valueChanged, this, &ResidentsPage::applyFilter);
    connect(m_detail, &ResidentDetail::residentChanged, this, [this](const QString &id) {
        if (!m_directory)
            return;
        if (auto s = m_directory->refresh(*m_session.store, id); !s)
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
    m_organisation = Staff::SettingsService(*m_session.store).organisationName();
    auto box = std::make_shared<std::optional<Result<std::unique_ptr<ResidentDirectory>>>>();
    const QString path = m_session.store->path();
    const Storage::SecretKey key = m_session.store->key();
    const Core::Actor actor = m_session.actor;
    const QDate today = m_session.store->clock().nowUtc().toLocalTime().date();
    m_loader = QThread::create([box, path, key, actor, today] {
        auto connection = Storage::Connection::open(path, key, Storage::Connection::Mode::OpenExisting);
        if (!connection) {
            box->emplace(connection.error());
            return;
        }
        box->emplace(ResidentDirectory::load(**connection, actor, today));
    });
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
    m_model->setDirectory(m_directory.get());
    fillFilterChoices();
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
    auto tags = RegistryService(*m_session.store).tags(m_session.actor);
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
    return filter;
}

void ResidentsPage::applyFilter()
{
    if (!m_directory)
        return;
    const ResidentFilter filter = currentFilter();
    m_model->setVisible(m_directory->find(m_search->text(), filter, m_search->text().trimmed().isEmpty() ? 0 : 2000));
    m_count->setText(Tr::tr("%n resident(s)", nullptr, int(m_model->rowCount())));
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

qsizetype ResidentsPage::visibleCount() const
{
    return m_model->rowCount();
}

} // namespace Linli::Registry
