#include "residentform.h"

#include <core/clock.h>
#include <registry/registryservice.h>
#include <registry/registrytr.h>
#include <uikit/messages.h>

#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDateEdit>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace Linli::Registry {

namespace {
constexpr int TagCodeRole = Qt::UserRole + 1;
}

ResidentForm::ResidentForm(const UiServices &services, QWidget *parent, const QString &residentId)
    : QDialog(parent), m_services(services), m_residentId(residentId), m_address(new QLabel(this)),
      m_compound(new QComboBox(this)), m_building(new QLineEdit(this)), m_unit(new QLineEdit(this)),
      m_room(new QLineEdit(this)), m_name(new QLineEdit(this)), m_idType(new QComboBox(this)),
      m_idNumber(new QLineEdit(this)), m_sex(new QComboBox(this)), m_phone(new QLineEdit(this)),
      m_relation(new QLineEdit(this)), m_ethnicity(new QLineEdit(this)), m_hukou(new QLineEdit(this)),
      m_birth(new QDateEdit(this)), m_tags(new QListWidget(this)), m_disability(new QLineEdit(this)),
      m_accessCard(new QCheckBox(Tr::tr("cannot use face recognition; needs an access card"), this)),
      m_notes(new QLineEdit(this)), m_problem(Ui::problemLabel(this)), m_derived(new QLabel(this)),
      m_save(new QPushButton(Tr::tr("Save and next"), this))
{
    setWindowTitle(Tr::tr("Add residents"));
    setUpFields();
    fillChoices();
    buildLayout();
    connectChecks();
    if (isEditing()) {
        loadResident();
        m_name->setFocus();
        m_name->selectAll();
    } else {
        (m_compound->count() > 0 ? static_cast<QWidget *>(m_building) : m_compound)->setFocus();
    }
    check();
}

void ResidentForm::setUpFields()
{
    m_compound->setEditable(true);
    m_building->setPlaceholderText(Tr::tr("building"));
    m_unit->setPlaceholderText(Tr::tr("unit"));
    m_room->setPlaceholderText(Tr::tr("room, e.g. 501"));
    for (Core::IdType t : Core::allIdTypes())
        m_idType->addItem(Core::idTypeDisplayName(t), int(t));
    m_sex->addItem(Tr::tr("from the ID number"), int(Core::Sex::Unknown));
    m_sex->addItem(sexDisplayName(Core::Sex::Male), int(Core::Sex::Male));
    m_sex->addItem(sexDisplayName(Core::Sex::Female), int(Core::Sex::Female));
    m_phone->setPlaceholderText(Tr::tr("mobile or landline with area code; two separated by /"));
    m_relation->setPlaceholderText(Tr::tr("户主, 配偶, 子, 女 …"));
    m_hukou->setPlaceholderText(Tr::tr("e.g. 北京市朝阳区"));
    // A mainland ID number says the birth date; other documents need it typed.
    m_birth->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_birth->setMinimumDate(QDate(1900, 1, 1));
    m_birth->setSpecialValueText(Tr::tr("from the ID number, or unknown"));
    m_birth->setDate(m_birth->minimumDate());
    m_birth->setCalendarPopup(true);
    m_tags->setFlow(QListView::LeftToRight);
    m_tags->setWrapping(true);
    m_tags->setMaximumHeight(64);
    m_derived->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    m_disability->setPlaceholderText(Tr::tr("type and grade as on the disability card, e.g. 肢体二级"));
}

// The compounds already registered and the tags, as the registry offers them.
void ResidentForm::fillChoices()
{
    if (auto compounds = m_services.registry.compoundNames(m_services.actor()))
        m_compound->addItems(*compounds);
    auto tags = m_services.registry.tags(m_services.actor());
    if (!tags)
        return;
    for (const Tag &t : std::as_const(*tags)) {
        auto *item = new QListWidgetItem(tagDisplayName(t), m_tags);
        item->setData(TagCodeRole, t.code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void ResidentForm::buildLayout()
{
    auto *address = new QHBoxLayout;
    address->addWidget(m_compound, 2);
    address->addWidget(m_building, 1);
    address->addWidget(m_unit, 1);
    address->addWidget(m_room, 1);
    auto *form = new QFormLayout;
    if (isEditing()) {
        // The household changes through split and merge, not here.
        for (QWidget *w : {static_cast<QWidget *>(m_compound), static_cast<QWidget *>(m_building),
                           static_cast<QWidget *>(m_unit), static_cast<QWidget *>(m_room)})
            w->hide();
        form->addRow(Tr::tr("Address:"), m_address);
    } else {
        m_address->hide();
        form->addRow(Tr::tr("Address:"), address);
    }
    form->addRow(Tr::tr("Name:"), m_name);
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_idType);
    idRow->addWidget(m_idNumber, 1);
    form->addRow(Tr::tr("ID document:"), idRow);
    form->addRow(QString(), m_derived);
    form->addRow(Tr::tr("Sex:"), m_sex);
    form->addRow(Tr::tr("Birth date:"), m_birth);
    form->addRow(Tr::tr("Phone:"), m_phone);
    form->addRow(Tr::tr("Relation to head:"), m_relation);
    form->addRow(Tr::tr("Ethnicity:"), m_ethnicity);
    form->addRow(Tr::tr("Hukou:"), m_hukou);
    form->addRow(Tr::tr("Tags:"), m_tags);
    form->addRow(Tr::tr("Disability:"), m_disability);
    form->addRow(QString(), m_accessCard);
    form->addRow(Tr::tr("Notes:"), m_notes);

    auto *buttons = new QDialogButtonBox(this);
    m_save->setDefault(true);
    m_save->setObjectName(QStringLiteral("saveResident"));
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    buttons->addButton(Tr::tr("Close"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(640);
}

void ResidentForm::connectChecks()
{
    for (QLineEdit *e :
         {m_building, m_unit, m_room, m_name, m_idNumber, m_phone, m_relation, m_ethnicity, m_hukou, m_notes})
        connect(e, &QLineEdit::textChanged, this, &ResidentForm::check);
    connect(m_birth, &QDateEdit::dateChanged, this, &ResidentForm::check);
    const auto disabilityChecked = [this] {
        for (int i = 0; i < m_tags->count(); ++i) {
            if (m_tags->item(i)->data(TagCodeRole).toString() == u"disabled")
                return m_tags->item(i)->checkState() == Qt::Checked;
        }
        return false;
    };
    const auto syncDisability = [this, disabilityChecked] { m_disability->setEnabled(disabilityChecked()); };
    connect(m_tags, &QListWidget::itemChanged, this, syncDisability);
    syncDisability();
    connect(m_idType, &QComboBox::currentIndexChanged, this, &ResidentForm::check);
    connect(m_sex, &QComboBox::currentIndexChanged, this, &ResidentForm::check);
    connect(m_save, &QPushButton::clicked, this, &ResidentForm::save);
}

void ResidentForm::loadResident()
{
    setWindowTitle(Tr::tr("Correct resident details"));
    m_save->setText(Tr::tr("Save"));
    auto in = m_services.registry.editableResident(m_services.actor(), m_residentId);
    if (!in) {
        Ui::showProblem(m_problem, in.error().message());
        m_residentId.clear();
        m_save->setEnabled(false);
        return;
    }
    m_before = *in;
    auto shown = m_services.registry.resident(m_services.actor(), m_residentId);
    m_address->setText(shown && !shown->address.isEmpty() ? shown->address : Tr::tr("no household"));
    m_name->setText(in->name);
    m_idType->setCurrentIndex(m_idType->findData(int(in->idType)));
    m_idNumber->setText(in->idNumber);
    const bool derived = in->idType == Core::IdType::MainlandId && !in->idNumber.isEmpty();
    m_sex->setCurrentIndex(m_sex->findData(int(derived ? Core::Sex::Unknown : in->sex)));
    m_phone->setText(in->phones.join(QStringLiteral(" / ")));
    m_relation->setText(in->relationToHead);
    m_ethnicity->setText(in->ethnicity);
    m_hukou->setText(in->hukou);
    m_disability->setText(in->tagDetails.value(QStringLiteral("disabled")));
    if (in->birthDate.isValid() && !derived)
        m_birth->setDate(in->birthDate);
    m_notes->setText(in->notes);
    m_accessCard->setChecked(in->needsAccessCard);
    for (int i = 0; i < m_tags->count(); ++i) {
        QListWidgetItem *item = m_tags->item(i);
        item->setCheckState(in->tagCodes.contains(item->data(TagCodeRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    const QString hidden = Tr::tr("Only roles that may see full numbers can change them; the stored number stays.");
    if (in->keepDocument) {
        m_idType->setEnabled(false);
        m_idNumber->setReadOnly(true);
        m_idNumber->setToolTip(hidden);
    }
    if (in->keepPhones) {
        m_phone->setReadOnly(true);
        m_phone->setToolTip(hidden);
    }
}

ResidentInput ResidentForm::inputFromFields() const
{
    ResidentInput in;
    in.name = m_name->text();
    in.idType = Core::IdType(m_idType->currentData().toInt());
    in.idNumber = m_idNumber->text();
    in.sex = Core::Sex(m_sex->currentData().toInt());
    in.phones = m_phone->text().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    in.relationToHead = m_relation->text();
    in.ethnicity = m_ethnicity->text();
    in.hukou = m_hukou->text();
    if (m_birth->date() != m_birth->minimumDate())
        in.birthDate = m_birth->date();
    in.notes = m_notes->text();
    in.needsAccessCard = m_accessCard->isChecked();
    for (int i = 0; i < m_tags->count(); ++i) {
        if (m_tags->item(i)->checkState() == Qt::Checked)
            in.tagCodes.append(m_tags->item(i)->data(TagCodeRole).toString());
    }
    if (in.tagCodes.contains(QStringLiteral("disabled")) && !m_disability->text().trimmed().isEmpty())
        in.tagDetails.insert(QStringLiteral("disabled"), m_disability->text().trimmed());
    if (isEditing()) {
        in.householdId = m_before.householdId;
        in.keepDocument = m_before.keepDocument;
        in.keepPhones = m_before.keepPhones;
        if (in.keepDocument) {
            in.idType = m_before.idType;
            in.idNumber.clear();
        }
        if (in.keepPhones)
            in.phones.clear();
    }
    return in;
}

bool ResidentForm::saveEdit()
{
    const ResidentInput in = inputFromFields();
    auto changed = m_services.registry.updateResident(m_services.actor(), m_residentId, in);
    if (!changed) {
        Ui::showProblem(m_problem, changed.error().message());
        return false;
    }
    m_after = in;
    m_changed = *changed;
    accept();
    return true;
}

void ResidentForm::setField(const QString &key, const QString &value)
{
    const QHash<QString, QLineEdit *> edits = {
        {QStringLiteral("building"), m_building},  {QStringLiteral("unit"), m_unit},
        {QStringLiteral("room"), m_room},          {QStringLiteral("name"), m_name},
        {QStringLiteral("id_number"), m_idNumber}, {QStringLiteral("phone"), m_phone},
        {QStringLiteral("relation"), m_relation}};
    if (key == u"compound")
        m_compound->setCurrentText(value);
    else if (QLineEdit *e = edits.value(key))
        e->setText(value);
}

QString ResidentForm::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

// Live check: the same validation the service runs, on every keystroke.
void ResidentForm::check()
{
    const bool idSaysBirth = Core::IdType(m_idType->currentData().toInt()) == Core::IdType::MainlandId
                             && (!m_idNumber->text().trimmed().isEmpty() || m_before.keepDocument);
    m_birth->setEnabled(!idSaysBirth);
    if (idSaysBirth && m_birth->date() != m_birth->minimumDate()) {
        const QSignalBlocker block(m_birth);
        m_birth->setDate(m_birth->minimumDate());
    }
    ResidentInput in = inputFromFields();
    in.tagCodes.clear();
    const QDate today = m_services.staff.database.today();
    const Status s = m_services.registry.validate(in, today);
    m_derived->clear();
    if (!m_idNumber->text().trimmed().isEmpty() && in.idType == Core::IdType::MainlandId) {
        if (auto id = Core::IdNumber::parse(in.idNumber, in.idType, today)) {
            m_derived->setText(Tr::tr("%1, born %2, %3 years old")
                                   .arg(sexDisplayName(id->sex()), id->birthDate().toString(Qt::ISODate))
                                   .arg(id->ageAt(today)));
        }
    }
    const bool empty = m_name->text().trimmed().isEmpty();
    Ui::showProblem(m_problem, s || empty ? QString() : s.error().message());
    m_save->setEnabled(s.ok());
}

bool ResidentForm::save()
{
    check();
    if (!m_save->isEnabled())
        return false;
    if (isEditing())
        return saveEdit();
    const ResidentAddress address{m_compound->currentText(), m_building->text(), m_unit->text(), m_room->text()};
    auto added = m_services.registry.addResidentAt(m_services.actor(), address, inputFromFields());
    if (!added) {
        Ui::showProblem(m_problem, added.error().message());
        return false;
    }
    ++m_saved;
    Q_EMIT residentAdded();
    // Next person: keep the address, clear the person.
    for (QLineEdit *e : {m_name, m_idNumber, m_phone, m_relation, m_ethnicity, m_hukou, m_disability, m_notes})
        e->clear();
    m_birth->setDate(m_birth->minimumDate());
    for (int i = 0; i < m_tags->count(); ++i)
        m_tags->item(i)->setCheckState(Qt::Unchecked);
    m_accessCard->setChecked(false);
    m_sex->setCurrentIndex(0);
    m_derived->setText(Tr::tr("Saved %n resident(s).", nullptr, m_saved));
    m_name->setFocus();
    return true;
}

} // namespace Linli::Registry
