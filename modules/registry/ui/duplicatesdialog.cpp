#include "duplicatesdialog.h"

#include <core/clock.h>
#include <registry/registryservice.h>
#include <registry/registrytr.h>
#include <uikit/messages.h>

#include <QtCore/QLocale>
#include <QtWidgets/QButtonGroup>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

namespace Linli::Registry {

namespace {

// The rows of the comparison. Choosable rows take the value of A or of B; the others inform.
struct Field
{
    QString key;
    bool choosable;
};

const QList<Field> &fields()
{
    static const QList<Field> list = {
        {QStringLiteral("name"), true},      {QStringLiteral("sex"), true},    {QStringLiteral("birth_date"), true},
        {QStringLiteral("id_number"), true}, {QStringLiteral("phones"), true}, {QStringLiteral("relation"), true},
        {QStringLiteral("ethnicity"), true}, {QStringLiteral("notes"), true},  {QStringLiteral("access"), true},
        {QStringLiteral("address"), false},  {QStringLiteral("tags"), false},  {QStringLiteral("status"), false},
        {QStringLiteral("history"), false},
    };
    return list;
}

QString fieldLabel(const QString &key)
{
    if (key == u"name")
        return Tr::tr("Name");
    if (key == u"sex")
        return Tr::tr("Sex");
    if (key == u"birth_date")
        return Tr::tr("Birth date");
    if (key == u"id_number")
        return Tr::tr("ID number");
    if (key == u"phones")
        return Tr::tr("Phone");
    if (key == u"relation")
        return Tr::tr("Relation to head");
    if (key == u"ethnicity")
        return Tr::tr("Ethnicity");
    if (key == u"notes")
        return Tr::tr("Notes");
    if (key == u"access")
        return Tr::tr("Access");
    if (key == u"address")
        return Tr::tr("Household (stays with the kept record)");
    if (key == u"tags")
        return Tr::tr("Tags (both are kept)");
    if (key == u"status")
        return Tr::tr("Status");
    return Tr::tr("History (both are kept)");
}

QString reasonText(const QString &reason)
{
    return reason == u"name_birth" ? Tr::tr("same name and birth date") : Tr::tr("same pinyin and phone");
}

} // namespace

DuplicatesDialog::DuplicatesDialog(const UiServices &services, QWidget *parent)
    : QDialog(parent), m_services(services), m_list(new QListWidget(this)), m_intro(new QLabel(this)),
      m_keepA(new QRadioButton(Tr::tr("Keep record A"), this)),
      m_keepB(new QRadioButton(Tr::tr("Keep record B"), this)), m_compare(new QTableWidget(0, 3, this)),
      m_merge(new QPushButton(Tr::tr("Merge into one"), this)),
      m_distinct(new QPushButton(Tr::tr("Not the same person"), this))
{
    setWindowTitle(Tr::tr("Suspected duplicates"));
    m_list->setObjectName(QStringLiteral("duplicatePairs"));
    m_list->setMinimumWidth(300);
    m_intro->setWordWrap(true);
    m_compare->setObjectName(QStringLiteral("duplicateCompare"));
    m_compare->setHorizontalHeaderLabels({Tr::tr("Field"), Tr::tr("Record A"), Tr::tr("Record B")});
    m_compare->verticalHeader()->hide();
    m_compare->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_compare->setSelectionMode(QAbstractItemView::NoSelection);
    m_compare->setWordWrap(true);
    m_compare->setColumnWidth(0, 190);
    m_compare->setColumnWidth(1, 230);
    m_compare->horizontalHeader()->setStretchLastSection(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_keepA);
    group->addButton(m_keepB);
    m_keepA->setChecked(true);
    m_merge->setObjectName(QStringLiteral("mergeResidents"));
    m_distinct->setObjectName(QStringLiteral("markDistinct"));
    m_merge->setToolTip(Tr::tr("The record that stays keeps its household; the other one's history and tags "
                               "move to it. Recorded in the audit log."));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_intro);
    auto *keep = new QHBoxLayout;
    keep->addWidget(m_keepA);
    keep->addWidget(m_keepB);
    keep->addStretch();
    rightLayout->addLayout(keep);
    rightLayout->addWidget(m_compare, 1);
    auto *actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_distinct);
    actions->addWidget(m_merge);
    rightLayout->addLayout(actions);

    auto *split = new QSplitter(this);
    split->addWidget(m_list);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(Tr::tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1000, 620);

    const bool editor = m_services.actor().can(Core::Permission::EditRegistry);
    m_merge->setVisible(editor);
    m_distinct->setVisible(editor);
    connect(m_list, &QListWidget::currentRowChanged, this, &DuplicatesDialog::showPair);
    connect(m_merge, &QPushButton::clicked, this, [this] {
        if (!Ui::confirm(this, Tr::tr("Merge into one"),
                         Tr::tr("Merge the two records of %1? The record that goes is kept in the history, but it "
                                "no longer appears in lists.")
                             .arg(m_a.name),
                         Tr::tr("Merge")))
            return;
        merge();
    });
    connect(m_distinct, &QPushButton::clicked, this, &DuplicatesDialog::markDistinct);
    // Radio behaviour per row: ticking B un-ticks A and the other way round.
    connect(m_compare, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == 0 || !(item->flags() & Qt::ItemIsUserCheckable))
            return;
        QTableWidgetItem *other = m_compare->item(item->row(), item->column() == 1 ? 2 : 1);
        const QSignalBlocker block(m_compare);
        other->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    loadPairs();
}

int DuplicatesDialog::pairCount() const
{
    return int(m_pairs.size());
}

void DuplicatesDialog::loadPairs()
{
    RegistryService &registry = m_services.registry;
    auto pairs = registry.suspectedDuplicates(m_services.actor());
    m_list->clear();
    m_pairs.clear();
    if (!pairs) {
        m_intro->setText(pairs.error().message());
        return;
    }
    for (const SuspectedDuplicate &p : std::as_const(*pairs)) {
        auto a = registry.resident(m_services.actor(), p.firstId);
        auto b = registry.resident(m_services.actor(), p.secondId);
        if (!a || !b)
            continue;
        m_pairs.append(p);
        new QListWidgetItem(Tr::tr("%1 / %2 — %3").arg(a->name, b->name, reasonText(p.reason)), m_list);
    }
    if (m_pairs.isEmpty()) {
        m_intro->setText(Tr::tr("No suspected duplicates: no two living residents share a name and birth date, or "
                                "a pinyin name and a phone number."));
        m_compare->setRowCount(0);
        m_merge->setEnabled(false);
        m_distinct->setEnabled(false);
        m_keepA->setEnabled(false);
        m_keepB->setEnabled(false);
        return;
    }
    m_list->setCurrentRow(0);
}

void DuplicatesDialog::selectPair(int index)
{
    m_list->setCurrentRow(index);
}

void DuplicatesDialog::showPair()
{
    const int index = m_list->currentRow();
    if (index < 0 || index >= m_pairs.size())
        return;
    RegistryService &registry = m_services.registry;
    auto a = registry.resident(m_services.actor(), m_pairs.at(index).firstId);
    auto b = registry.resident(m_services.actor(), m_pairs.at(index).secondId);
    if (!a || !b)
        return;
    m_a = *a;
    m_b = *b;
    m_intro->setText(Tr::tr("These two records may be one person (%1). Choose the record that stays and, where "
                            "they differ, the value to keep. Numbers are shown masked.")
                         .arg(reasonText(m_pairs.at(index).reason)));
    m_merge->setEnabled(true);
    m_distinct->setEnabled(true);
    m_keepA->setEnabled(true);
    m_keepB->setEnabled(true);
    m_keepA->setChecked(true);

    fillComparison();
}

// The pair side by side, the differences marked, a choice where a value can be taken from either.
void DuplicatesDialog::fillComparison()
{
    const QSignalBlocker block(m_compare);
    m_compare->setRowCount(0);
    for (const Field &f : fields()) {
        const int row = m_compare->rowCount();
        m_compare->insertRow(row);
        const QString va = shownValue(m_a, f.key);
        const QString vb = shownValue(m_b, f.key);
        auto *label = new QTableWidgetItem(fieldLabel(f.key));
        label->setData(Qt::UserRole, f.key);
        m_compare->setItem(row, 0, label);
        auto *ia = new QTableWidgetItem(va.isEmpty() ? QStringLiteral("—") : va);
        auto *ib = new QTableWidgetItem(vb.isEmpty() ? QStringLiteral("—") : vb);
        m_compare->setItem(row, 1, ia);
        m_compare->setItem(row, 2, ib);
        if (va != vb) {
            for (QTableWidgetItem *i : {label, ia, ib})
                i->setBackground(QColor(0xff, 0xf4, 0xe5));
            if (f.choosable) {
                ia->setFlags(ia->flags() | Qt::ItemIsUserCheckable);
                ib->setFlags(ib->flags() | Qt::ItemIsUserCheckable);
                // Prefer a value over an empty one; otherwise A's.
                const bool b = va.isEmpty() && !vb.isEmpty();
                ia->setCheckState(b ? Qt::Unchecked : Qt::Checked);
                ib->setCheckState(b ? Qt::Checked : Qt::Unchecked);
            }
        }
    }
    m_compare->resizeRowsToContents();
}

// A field of a record as the comparison shows it.
QString DuplicatesDialog::shownValue(const Resident &r, const QString &key) const
{
    const QDate today = m_services.staff.database.today();
    const QHash<QString, QString> tagNames = tagDisplayNames();
    if (key == u"name")
        return r.name;
    if (key == u"sex")
        return r.sex == Core::Sex::Unknown ? QString() : sexDisplayName(r.sex);
    if (key == u"birth_date") {
        const int age = ageOn(r.birthDate, today);
        return r.birthDate.isValid() ? Tr::tr("%1 (%2 years)").arg(r.birthDate.toString(Qt::ISODate)).arg(age)
                                     : QString();
    }
    if (key == u"id_number")
        return r.idNumber.isEmpty() || r.idType == Core::IdType::MainlandId
                   ? r.idNumber
                   : Core::idTypeDisplayName(r.idType) + u' ' + r.idNumber;
    if (key == u"phones")
        return r.phones.join(QStringLiteral(", "));
    if (key == u"relation")
        return r.relationToHead;
    if (key == u"ethnicity")
        return r.ethnicity;
    if (key == u"notes")
        return r.notes;
    if (key == u"access")
        return r.needsAccessCard ? Tr::tr("needs an access card") : QString();
    if (key == u"address")
        return r.address;
    if (key == u"tags") {
        QStringList names;
        for (const QString &code : r.tagCodes)
            names.append(tagNames.value(code, code));
        return names.join(Tr::tr(", "));
    }
    if (key == u"status")
        return statusDisplayName(r.status);
    auto events = m_services.registry.history(m_services.actor(), r.id);
    if (!events || events->isEmpty())
        return QString();
    QStringList lines;
    for (const LifeEvent &e : std::as_const(*events))
        lines.append(e.date.toString(Qt::ISODate) + u' ' + eventKindDisplayName(e.kind));
    return lines.join(u'\n');
}

bool DuplicatesDialog::fromB(const QString &field) const
{
    for (int row = 0; row < m_compare->rowCount(); ++row) {
        if (m_compare->item(row, 0)->data(Qt::UserRole).toString() != field)
            continue;
        // Where the two agree there is nothing to choose: the kept record's value stays.
        if (!(m_compare->item(row, 2)->flags() & Qt::ItemIsUserCheckable))
            break;
        return m_compare->item(row, 2)->checkState() == Qt::Checked;
    }
    return m_keepB->isChecked();
}

void DuplicatesDialog::takeFromB(const QString &field)
{
    for (int row = 0; row < m_compare->rowCount(); ++row) {
        if (m_compare->item(row, 0)->data(Qt::UserRole).toString() == field
            && (m_compare->item(row, 2)->flags() & Qt::ItemIsUserCheckable))
            m_compare->item(row, 2)->setCheckState(Qt::Checked);
    }
}

void DuplicatesDialog::keepB(bool b)
{
    (b ? m_keepB : m_keepA)->setChecked(true);
}

ResidentInput DuplicatesDialog::chosenValues() const
{
    const auto pick = [this](const QString &field) -> const Resident & { return fromB(field) ? m_b : m_a; };
    ResidentInput in;
    in.name = pick(QStringLiteral("name")).name;
    in.relationToHead = pick(QStringLiteral("relation")).relationToHead;
    in.ethnicity = pick(QStringLiteral("ethnicity")).ethnicity;
    in.notes = pick(QStringLiteral("notes")).notes;
    in.needsAccessCard = pick(QStringLiteral("access")).needsAccessCard;
    in.hukou = (m_keepB->isChecked() ? m_b : m_a).hukou;
    in.tagCodes = m_a.tagCodes;
    in.tagDetails = m_b.tagDetails;
    in.tagDetails.insert(m_a.tagDetails); // A's detail where both have one
    for (const QString &code : m_b.tagCodes) {
        if (!in.tagCodes.contains(code))
            in.tagCodes.append(code);
    }
    // Numbers stay masked here: the service takes them from the chosen record.
    in.keepDocument = true;
    in.keepPhones = true;
    const Resident &document = pick(QStringLiteral("id_number"));
    if (document.idType == Core::IdType::MainlandId && !document.idNumber.isEmpty()) {
        in.sex = Core::Sex::Unknown; // the ID number says
        in.birthDate = {};
    } else {
        in.sex = pick(QStringLiteral("sex")).sex;
        in.birthDate = pick(QStringLiteral("birth_date")).birthDate;
    }
    return in;
}

bool DuplicatesDialog::merge()
{
    if (m_a.id.isEmpty() || m_b.id.isEmpty())
        return false;
    const bool keepB = m_keepB->isChecked();
    const QString keepId = keepB ? m_b.id : m_a.id;
    const QString dropId = keepB ? m_a.id : m_b.id;
    MergeNumbers numbers;
    numbers.documentFromDropped = fromB(QStringLiteral("id_number")) != keepB;
    numbers.phonesFromDropped = fromB(QStringLiteral("phones")) != keepB;
    const Status s = m_services.registry.mergeResidents(m_services.actor(), keepId, dropId, chosenValues(), numbers);
    if (!s) {
        Ui::showError(this, Tr::tr("Merge into one"), s.error());
        return false;
    }
    m_changed << keepId << dropId;
    m_a = {};
    m_b = {};
    loadPairs();
    return true;
}

bool DuplicatesDialog::markDistinct()
{
    if (m_a.id.isEmpty() || m_b.id.isEmpty())
        return false;
    const Status s = m_services.registry.markDistinct(m_services.actor(), m_a.id, m_b.id);
    if (!s) {
        Ui::showError(this, Tr::tr("Not the same person"), s.error());
        return false;
    }
    m_a = {};
    m_b = {};
    loadPairs();
    return true;
}

} // namespace Linli::Registry
