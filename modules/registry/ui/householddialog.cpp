#include "householddialog.h"

#include <core/clock.h>
#include <registry/registryservice.h>
#include <registry/registrytr.h>
#include <registry/residentreports.h>
#include <staff/settingsservice.h>
#include <staff/ui/reportactions.h>
#include <uikit/messages.h>

#include <QtCore/QLocale>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDateEdit>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

#include <optional>

namespace Linli::Registry {

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QDateEdit *dateEdit(QWidget *parent)
{
    auto *date = new QDateEdit(QDate::currentDate(), parent);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setMaximumDate(QDate::currentDate());
    return date;
}

QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    buttons->button(QDialogButtonBox::Cancel)->setText(Tr::tr("Cancel"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

HouseholdDialog::HouseholdDialog(const UiServices &services, const QString &householdId, QWidget *parent)
    : QDialog(parent), m_services(services), m_householdId(householdId), m_title(new QLabel(this)),
      m_facts(new QLabel(this)), m_tenure(new QComboBox(this)), m_residence(new QComboBox(this)),
      m_members(makeTable({Tr::tr("Name"), Tr::tr("Relation to head"), Tr::tr("Sex"), Tr::tr("Age"),
                           Tr::tr("ID number"), Tr::tr("Phone"), Tr::tr("Status")},
                          this)),
      m_history(makeTable({Tr::tr("Date"), Tr::tr("Event"), Tr::tr("Person"), Tr::tr("Details"), Tr::tr("By")}, this)),
      m_makeHead(new QPushButton(Tr::tr("Make head"), this)), m_split(new QPushButton(Tr::tr("Split…"), this)),
      m_merge(new QPushButton(Tr::tr("Merge with…"), this)),
      m_moveMember(new QPushButton(Tr::tr("Move to another household…"), this))
{
    setWindowTitle(Tr::tr("Household"));
    setUpTables();
    buildLayout();
    connectActions();
    reload();
}

void HouseholdDialog::setUpTables()
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_members->setObjectName(QStringLiteral("householdMembers"));
    m_history->setObjectName(QStringLiteral("householdHistory"));
    const QList<int> memberWidths = {90, 90, 50, 50, 170, 110};
    for (int i = 0; i < memberWidths.size(); ++i)
        m_members->setColumnWidth(i, memberWidths.at(i));
    const QList<int> historyWidths = {95, 120, 80, 260};
    for (int i = 0; i < historyWidths.size(); ++i)
        m_history->setColumnWidth(i, historyWidths.at(i));
    for (Tenure t : {Tenure::Owner, Tenure::Tenant, Tenure::Other})
        m_tenure->addItem(tenureDisplayName(t), int(t));
    for (Residence r : {Residence::Both, Residence::RegisteredOnly, Residence::LivingOnly})
        m_residence->addItem(residenceDisplayName(r), int(r));
    m_tenure->setObjectName(QStringLiteral("householdTenure"));
    m_residence->setObjectName(QStringLiteral("householdResidence"));
}

void HouseholdDialog::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    auto *status = new QHBoxLayout;
    status->addWidget(new QLabel(Tr::tr("Tenure:"), this));
    status->addWidget(m_tenure);
    status->addSpacing(16);
    status->addWidget(new QLabel(Tr::tr("Registration and residence:"), this));
    status->addWidget(m_residence);
    status->addStretch();
    layout->addLayout(status);
    auto *membersTitle = new QLabel(Tr::tr("Members"), this);
    QFont bold = membersTitle->font();
    bold.setBold(true);
    membersTitle->setFont(bold);
    layout->addWidget(membersTitle);
    layout->addWidget(m_members, 2);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_makeHead);
    actions->addWidget(m_moveMember);
    actions->addWidget(m_split);
    actions->addWidget(m_merge);
    actions->addStretch();
    // The household card (户卡), masked like the screen; printing and exporting are audited.
    Staff::addReportButtons(actions, this, m_services.staff, QStringLiteral("household_card"),
                            [this]() -> Result<Reports::Report> {
                                RegistryService &registry = m_services.registry;
                                auto h = registry.household(m_services.actor(), m_householdId);
                                if (!h)
                                    return h.error();
                                auto events = registry.history(m_services.actor(), {}, m_householdId);
                                if (!events)
                                    return events.error();
                                const QDate today = m_services.staff.database.today();
                                Reports::Report report = householdCardReport(*h, *events, today);
                                report.organisation = m_services.staff.settings.organisationName();
                                report.generatedAt = QDateTime::currentDateTime();
                                report.generatedBy = m_services.actor().displayName;
                                return report;
                            });
    layout->addLayout(actions);
    auto *historyTitle = new QLabel(Tr::tr("Household history"), this);
    historyTitle->setFont(bold);
    layout->addWidget(historyTitle);
    layout->addWidget(m_history, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(Tr::tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 640);
}

void HouseholdDialog::connectActions()
{
    const auto saveStatus = [this] {
        setTenureAndResidence(m_tenure->currentData().toInt(), m_residence->currentData().toInt());
    };
    connect(m_tenure, &QComboBox::activated, this, saveStatus);
    connect(m_residence, &QComboBox::activated, this, saveStatus);
    const bool editor = m_services.actor().can(Core::Permission::EditRegistry);
    for (QPushButton *b : {m_makeHead, m_moveMember, m_split, m_merge})
        b->setVisible(editor);
    m_moveMember->setToolTip(Tr::tr("The selected member joins another household of this compound."));
    connect(m_moveMember, &QPushButton::clicked, this, &HouseholdDialog::askMoveMember);
    m_tenure->setEnabled(editor);
    m_residence->setEnabled(editor);
    m_makeHead->setToolTip(Tr::tr("The selected member becomes head of this household."));
    m_split->setToolTip(Tr::tr("Some members form a household of their own, e.g. a son who married."));
    m_merge->setToolTip(Tr::tr("Another household of this compound joins this one; it is then closed."));
    connect(m_makeHead, &QPushButton::clicked, this, [this] {
        const QString id = selectedMember();
        if (!id.isEmpty())
            makeHead(id);
    });
    connect(m_split, &QPushButton::clicked, this, &HouseholdDialog::askSplit);
    connect(m_merge, &QPushButton::clicked, this, &HouseholdDialog::askMerge);
    connect(m_members, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_members->currentRow();
        const bool living = row >= 0 && m_members->item(row, 0)->data(Qt::UserRole + 1).toBool();
        const bool head = row >= 0 && m_members->item(row, 0)->data(Qt::UserRole + 2).toBool();
        m_makeHead->setEnabled(living && !head);
        m_moveMember->setEnabled(living);
    });
}

int HouseholdDialog::memberCount() const
{
    return m_members->rowCount();
}

int HouseholdDialog::historyCount() const
{
    return m_history->rowCount();
}

QString HouseholdDialog::selectedMember() const
{
    const int row = m_members->currentRow();
    return row < 0 ? QString() : m_members->item(row, 0)->data(Qt::UserRole).toString();
}

void HouseholdDialog::reload()
{
    RegistryService &registry = m_services.registry;
    auto h = registry.household(m_services.actor(), m_householdId);
    if (!h) {
        m_title->setText(Tr::tr("Household"));
        m_facts->setText(h.error().message());
        for (QPushButton *b : {m_makeHead, m_moveMember, m_split, m_merge})
            b->setEnabled(false);
        return;
    }
    m_title->setText(h->address.isEmpty() ? Tr::tr("Household without a room") : h->address);
    QString headName = Tr::tr("none — choose a member and click \"Make head\"");
    for (const Resident &m : std::as_const(h->members)) {
        if (m.id == h->headId)
            headName = m.name;
    }
    QStringList facts;
    facts << Tr::tr("Head: %1").arg(headName)
          << Tr::tr("Area: %1 m²").arg(QLocale().toString(double(h->areaCm2) / 100.0, 'f', 2));
    {
        const QSignalBlocker b1(m_tenure);
        const QSignalBlocker b2(m_residence);
        m_tenure->setCurrentIndex(m_tenure->findData(int(h->tenure)));
        m_residence->setCurrentIndex(m_residence->findData(int(h->residence)));
    }
    if (!h->active)
        facts << Tr::tr("closed (merged into another household)");
    m_facts->setText(facts.join(QStringLiteral("　·　")));

    const QDate today = m_services.staff.database.today();
    m_members->setRowCount(0);
    int living = 0;
    for (const Resident &m : std::as_const(h->members)) {
        const int row = m_members->rowCount();
        m_members->insertRow(row);
        const int age = ageOn(m.birthDate, today);
        const QStringList cells = {m.name,
                                   m.relationToHead,
                                   sexDisplayName(m.sex),
                                   age >= 0 ? QString::number(age) : QString(),
                                   m.idNumber,
                                   m.phones.join(QStringLiteral(", ")),
                                   statusDisplayName(m.status)};
        for (int c = 0; c < cells.size(); ++c)
            m_members->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        QTableWidgetItem *first = m_members->item(row, 0);
        first->setData(Qt::UserRole, m.id);
        first->setData(Qt::UserRole + 1, m.status == ResidentStatus::Living);
        first->setData(Qt::UserRole + 2, m.id == h->headId);
        if (m.id == h->headId) {
            QFont f = first->font();
            f.setBold(true);
            first->setFont(f);
        }
        if (m.status != ResidentStatus::Living) {
            for (int c = 0; c < cells.size(); ++c)
                m_members->item(row, c)->setForeground(QColor(0x8a, 0x94, 0x9e));
        } else {
            ++living;
        }
    }
    m_makeHead->setEnabled(false);
    m_moveMember->setEnabled(false);
    m_split->setEnabled(h->active && living >= 2);
    m_merge->setEnabled(h->active);

    m_history->setRowCount(0);
    auto events = registry.history(m_services.actor(), {}, m_householdId);
    if (events) {
        for (const LifeEvent &e : std::as_const(*events)) {
            const int row = m_history->rowCount();
            m_history->insertRow(row);
            const QStringList cells = {e.date.toString(Qt::ISODate), eventKindDisplayName(e.kind), e.residentName,
                                       e.note, e.actor};
            for (int c = 0; c < cells.size(); ++c) {
                auto *item = new QTableWidgetItem(cells.at(c));
                item->setToolTip(cells.at(c));
                m_history->setItem(row, c, item);
            }
        }
    }
}

bool HouseholdDialog::setTenureAndResidence(int tenure, int residence)
{
    const Status s =
        m_services.registry.updateHousehold(m_services.actor(), m_householdId, Tenure(tenure), Residence(residence));
    if (!s)
        Ui::showError(this, Tr::tr("Household"), s.error());
    reload();
    return s.ok();
}

bool HouseholdDialog::makeHead(const QString &residentId)
{
    if (auto s = m_services.registry.changeHead(m_services.actor(), m_householdId, residentId); !s) {
        Ui::showError(this, Tr::tr("Make head"), s.error());
        return false;
    }
    m_changed.append(residentId);
    reload();
    return true;
}

bool HouseholdDialog::split(const QStringList &memberIds, const QString &newHeadId, QDate date, const QString &note)
{
    auto created =
        m_services.registry.splitHousehold(m_services.actor(), m_householdId, memberIds, newHeadId, date, note);
    if (!created) {
        Ui::showError(this, Tr::tr("Split the household"), created.error());
        return false;
    }
    m_changed += memberIds;
    reload();
    return true;
}

bool HouseholdDialog::mergeWith(const QString &otherHouseholdId, QDate date, const QString &note)
{
    RegistryService &registry = m_services.registry;
    auto other = registry.household(m_services.actor(), otherHouseholdId);
    const Status s = registry.mergeHouseholds(m_services.actor(), m_householdId, otherHouseholdId, date, note);
    if (!s) {
        Ui::showError(this, Tr::tr("Merge households"), s.error());
        return false;
    }
    if (other) {
        for (const Resident &m : std::as_const(other->members))
            m_changed.append(m.id);
    }
    reload();
    return true;
}

void HouseholdDialog::askSplit()
{
    auto h = m_services.registry.household(m_services.actor(), m_householdId);
    if (!h)
        return Ui::showError(this, Tr::tr("Split the household"), h.error());
    QDialog dialog(this);
    dialog.setWindowTitle(Tr::tr("Split the household"));
    auto *members = new QListWidget(&dialog);
    for (const Resident &m : std::as_const(h->members)) {
        if (m.status != ResidentStatus::Living)
            continue;
        auto *item = new QListWidgetItem(m.relationToHead.isEmpty()
                                             ? m.name
                                             : m.name + QStringLiteral("（") + m.relationToHead + QStringLiteral("）"),
                                         members);
        item->setData(Qt::UserRole, m.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto *head = new QComboBox(&dialog);
    auto *date = dateEdit(&dialog);
    auto *note = new QLineEdit(&dialog);
    note->setPlaceholderText(Tr::tr("e.g. 儿子结婚另立户"));
    auto *problem = Ui::problemLabel(&dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(Tr::tr("Tick the members who form the new household in the same room. At least one "
                                   "member stays."),
                            &dialog));
    form->addRow(Tr::tr("Members:"), members);
    form->addRow(Tr::tr("Head of the new household:"), head);
    form->addRow(Tr::tr("Date:"), date);
    form->addRow(Tr::tr("Note:"), note);
    form->addRow(problem);
    auto *buttons = okCancel(&dialog, Tr::tr("Split"));
    form->addRow(buttons);
    const auto update = [members, head, buttons] {
        const QString current = head->currentData().toString();
        head->clear();
        for (int i = 0; i < members->count(); ++i) {
            if (members->item(i)->checkState() == Qt::Checked)
                head->addItem(members->item(i)->text(), members->item(i)->data(Qt::UserRole));
        }
        head->setCurrentIndex(std::max(0, head->findData(current)));
        buttons->button(QDialogButtonBox::Ok)->setEnabled(head->count() > 0);
    };
    connect(members, &QListWidget::itemChanged, &dialog, update);
    update();
    if (dialog.exec() != QDialog::Accepted)
        return;
    QStringList chosen;
    for (int i = 0; i < members->count(); ++i) {
        if (members->item(i)->checkState() == Qt::Checked)
            chosen.append(members->item(i)->data(Qt::UserRole).toString());
    }
    split(chosen, head->currentData().toString(), date->date(), note->text());
}

namespace {

// What the household chooser returns: the household and the date, note and relation typed.
struct HouseholdChoice
{
    QString householdId;
    QString label;
    QDate date;
    QString note;
    QString relation;
};

// Chooses another household of the compound, with a date and a note (and a relation to its head
// when `askRelation`). Nothing when cancelled.
std::optional<HouseholdChoice> chooseHousehold(QWidget *parent, const QList<HouseholdSummary> &households,
                                               const QString &title, const QString &intro, const QString &okText,
                                               const QString &notePlaceholder, bool askRelation)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *filter = new QLineEdit(&dialog);
    filter->setPlaceholderText(Tr::tr("Room (3-2-501) or the head's name"));
    filter->setClearButtonEnabled(true);
    auto *list = new QListWidget(&dialog);
    for (const HouseholdSummary &o : households) {
        auto *item = new QListWidgetItem(Tr::tr("%1 — head: %2, %n living member(s)", nullptr, o.livingMembers)
                                             .arg(o.address, o.headName.isEmpty() ? Tr::tr("none") : o.headName),
                                         list);
        item->setData(Qt::UserRole, o.id);
    }
    list->sortItems();
    auto *relation = new QLineEdit(&dialog);
    relation->setPlaceholderText(Tr::tr("户主, 配偶, 子, 女 …"));
    auto *date = dateEdit(&dialog);
    auto *note = new QLineEdit(&dialog);
    note->setPlaceholderText(notePlaceholder);
    auto *form = new QFormLayout(&dialog);
    auto *introLabel = new QLabel(intro, &dialog);
    introLabel->setWordWrap(true);
    form->addRow(introLabel);
    form->addRow(Tr::tr("Find:"), filter);
    form->addRow(Tr::tr("Household:"), list);
    if (askRelation)
        form->addRow(Tr::tr("Relation to its head:"), relation);
    else
        relation->hide();
    form->addRow(Tr::tr("Date:"), date);
    form->addRow(Tr::tr("Note:"), note);
    auto *buttons = okCancel(&dialog, okText);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    form->addRow(buttons);
    QObject::connect(filter, &QLineEdit::textChanged, &dialog, [list](const QString &text) {
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setHidden(!text.trimmed().isEmpty()
                                     && !list->item(i)->text().contains(text.trimmed(), Qt::CaseInsensitive));
    });
    QObject::connect(list, &QListWidget::currentRowChanged, &dialog, [list, buttons](int row) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0 && !list->item(row)->isHidden());
    });
    dialog.resize(560, 520);
    if (dialog.exec() != QDialog::Accepted || !list->currentItem())
        return std::nullopt;
    return HouseholdChoice{list->currentItem()->data(Qt::UserRole).toString(), list->currentItem()->text(),
                           date->date(), note->text(), relation->text()};
}

} // namespace

void HouseholdDialog::askMerge()
{
    auto others = m_services.registry.otherHouseholds(m_services.actor(), m_householdId);
    if (!others)
        return Ui::showError(this, Tr::tr("Merge households"), others.error());
    const auto choice =
        chooseHousehold(this, *others, Tr::tr("Merge households"),
                        Tr::tr("The living members of the chosen household join this one, whose head stays head. "
                               "The chosen household is closed; its history is kept."),
                        Tr::tr("Merge"), Tr::tr("e.g. 老人搬来与子女同住"), false);
    if (!choice)
        return;
    if (!Ui::confirm(
            this, Tr::tr("Merge households"),
            Tr::tr("Merge %1 into this household? This is recorded in both households' history.").arg(choice->label),
            Tr::tr("Merge")))
        return;
    mergeWith(choice->householdId, choice->date, choice->note);
}

void HouseholdDialog::askMoveMember()
{
    const QString member = selectedMember();
    if (member.isEmpty())
        return;
    auto others = m_services.registry.otherHouseholds(m_services.actor(), m_householdId);
    if (!others)
        return Ui::showError(this, Tr::tr("Move to another household"), others.error());
    const QString name = m_members->item(m_members->currentRow(), 0)->text();
    const auto choice = chooseHousehold(
        this, *others, Tr::tr("Move to another household"),
        Tr::tr("%1 leaves this household and joins the chosen one (e.g. after marrying). Both households' history "
               "records it.")
            .arg(name),
        Tr::tr("Move"), Tr::tr("e.g. 结婚迁入配偶家"), true);
    if (!choice)
        return;
    moveMember(member, choice->householdId, choice->relation, choice->date, choice->note);
}

bool HouseholdDialog::moveMember(const QString &residentId, const QString &householdId, const QString &relation,
                                 QDate date, const QString &note)
{
    const Status s =
        m_services.registry.moveToHousehold(m_services.actor(), residentId, householdId, relation, date, note);
    if (!s) {
        Ui::showError(this, Tr::tr("Move to another household"), s.error());
        return false;
    }
    m_changed.append(residentId);
    reload();
    return true;
}

} // namespace Linli::Registry
