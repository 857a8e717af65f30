#include "residentdetail.h"

#include "residentlistmodel.h"

#include <core/clock.h>
#include <registry/registryservice.h>
#include <registry/registrytr.h>
#include <uikit/messages.h>

#include <QtCore/QLocale>
#include <QtWidgets/QDateEdit>
#include <QtWidgets/QDialog>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace Linli::Registry {

namespace {

enum Fact {
    SexFact,
    BirthFact,
    AgeFact,
    IdFact,
    PhoneFact,
    AddressFact,
    RelationFact,
    EthnicityFact,
    StatusFact,
    TagsFact,
    AccessFact,
    NotesFact,
    FactCount
};

QString factLabel(int fact)
{
    switch (fact) {
    case SexFact: return Tr::tr("Sex");
    case BirthFact: return Tr::tr("Birth date");
    case AgeFact: return Tr::tr("Age");
    case IdFact: return Tr::tr("ID number");
    case PhoneFact: return Tr::tr("Phone");
    case AddressFact: return Tr::tr("Address");
    case RelationFact: return Tr::tr("Relation to head");
    case EthnicityFact: return Tr::tr("Ethnicity");
    case StatusFact: return Tr::tr("Status");
    case TagsFact: return Tr::tr("Tags");
    case AccessFact: return Tr::tr("Access");
    case NotesFact: return Tr::tr("Notes");
    }
    return {};
}

} // namespace

ResidentDetail::ResidentDetail(const UiServices &services, QWidget *parent)
    : QFrame(parent), m_services(services), m_name(new QLabel(this)), m_hint(new QLabel(this)),
      m_factsBox(new QWidget(this)), m_unmask(new QPushButton(Tr::tr("Show full numbers"), this)),
      m_moveOut(new QPushButton(Tr::tr("Moved out…"), this)), m_death(new QPushButton(Tr::tr("Died…"), this)),
      m_edit(new QPushButton(Tr::tr("Correct…"), this)), m_household(new QPushButton(Tr::tr("Household…"), this)),
      m_history(new QLabel(this))
{
    setObjectName(QStringLiteral("statCard"));
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(300);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_hint->setWordWrap(true);
    auto *form = new QFormLayout(m_factsBox);
    form->setContentsMargins(0, 8, 0, 8);
    form->setLabelAlignment(Qt::AlignLeft);
    for (int fact = 0; fact < FactCount; ++fact) {
        auto *value = new QLabel(m_factsBox);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setObjectName(QStringLiteral("fact%1").arg(fact));
        auto *label = new QLabel(factLabel(fact), m_factsBox);
        label->setStyleSheet(QStringLiteral("color: #6b7785;"));
        form->addRow(label, value);
        m_values.append(value);
    }
    m_unmask->setObjectName(QStringLiteral("unmask"));
    m_unmask->setToolTip(Tr::tr("Shows the full ID number and phones of this resident. Each use is recorded in "
                                "the audit log."));
    m_unmask->setVisible(m_services.actor().can(Core::Permission::UnmaskPersonalData));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    layout->addWidget(m_name);
    layout->addWidget(m_hint);
    layout->addWidget(m_factsBox);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_edit);
    actions->addWidget(m_household);
    actions->addStretch();
    layout->addLayout(actions);
    actions = new QHBoxLayout;
    actions->addWidget(m_unmask);
    actions->addWidget(m_moveOut);
    actions->addWidget(m_death);
    actions->addStretch();
    layout->addLayout(actions);
    auto *historyTitle = new QLabel(Tr::tr("History"), this);
    QFont bold = historyTitle->font();
    bold.setBold(true);
    historyTitle->setFont(bold);
    layout->addWidget(historyTitle);
    m_history->setWordWrap(true);
    m_history->setObjectName(QStringLiteral("history"));
    layout->addWidget(m_history);
    layout->addStretch();
    const bool editor = m_services.actor().can(Core::Permission::EditRegistry);
    m_moveOut->setVisible(editor);
    m_death->setVisible(editor);
    m_edit->setVisible(editor);
    m_edit->setObjectName(QStringLiteral("editResident"));
    m_edit->setToolTip(Tr::tr("Correct this resident's details (F2). Corrections can be undone with Ctrl+Z."));
    m_household->setObjectName(QStringLiteral("showHousehold"));
    m_household->setToolTip(Tr::tr("The household card: members, history, split and merge, print."));
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (!m_id.isEmpty())
            Q_EMIT editRequested(m_id);
    });
    connect(m_household, &QPushButton::clicked, this, [this] {
        if (!m_householdId.isEmpty())
            Q_EMIT householdRequested(m_householdId);
    });
    m_moveOut->setObjectName(QStringLiteral("moveOut"));
    m_death->setObjectName(QStringLiteral("death"));
    connect(m_moveOut, &QPushButton::clicked, this, [this] { askEvent(QStringLiteral("move_out")); });
    connect(m_death, &QPushButton::clicked, this, [this] { askEvent(QStringLiteral("death")); });
    connect(m_unmask, &QPushButton::clicked, this, &ResidentDetail::unmask);
    clear();
}

void ResidentDetail::clear()
{
    m_id.clear();
    m_householdId.clear();
    m_edit->setEnabled(false);
    m_household->setEnabled(false);
    m_name->setText(Tr::tr("No resident selected"));
    m_hint->setText(Tr::tr("Choose a resident in the list to see the details."));
    m_hint->show();
    m_factsBox->hide();
    m_unmask->setEnabled(false);
    m_moveOut->setEnabled(false);
    m_death->setEnabled(false);
    m_history->clear();
}

void ResidentDetail::showResident(const QString &id)
{
    if (id.isEmpty())
        return clear();
    auto r = m_services.registry.resident(m_services.actor(), id);
    if (!r)
        return clear();
    m_id = id;
    m_householdId = r->householdId;
    showFacts(*r);
    m_unmask->setEnabled(true);
    m_edit->setEnabled(true);
    m_household->setEnabled(!m_householdId.isEmpty());
    m_moveOut->setEnabled(r->status == ResidentStatus::Living);
    m_death->setEnabled(r->status == ResidentStatus::Living);
    showHistory();
}

bool ResidentDetail::unmask()
{
    if (m_id.isEmpty())
        return false;
    auto r = m_services.registry.unmaskedResident(m_services.actor(), m_id);
    if (!r) {
        Ui::showError(this, Tr::tr("Show full numbers"), r.error());
        return false;
    }
    showFacts(*r);
    m_unmask->setEnabled(false);
    return true;
}

void ResidentDetail::showFacts(const Resident &r)
{
    const QDate today = m_services.staff.database.today();
    const QHash<QString, QString> tagNames = tagDisplayNames();
    QStringList tags;
    for (const QString &code : r.tagCodes) {
        const QString detail = r.tagDetails.value(code);
        tags.append(tagNames.value(code, code) + (detail.isEmpty() ? QString() : Tr::tr(" (%1)").arg(detail)));
    }
    const int age = ageOn(r.birthDate, today);
    const QString values[FactCount] = {
        sexDisplayName(r.sex),
        r.birthDate.isValid() ? QLocale().toString(r.birthDate, QLocale::LongFormat) : QString(),
        age >= 0 ? QString::number(age) : QString(),
        r.idNumber.isEmpty() || r.idType == Core::IdType::MainlandId
            ? r.idNumber
            : Core::idTypeDisplayName(r.idType) + u' ' + r.idNumber,
        r.phones.join(u'\n'),
        r.address,
        r.relationToHead,
        r.ethnicity,
        statusDisplayName(r.status),
        tags.join(Tr::tr(", ")),
        r.needsAccessCard ? Tr::tr("cannot use face recognition; needs an access card") : QString(),
        r.notes,
    };
    for (int fact = 0; fact < FactCount; ++fact)
        m_values.at(fact)->setText(values[fact].isEmpty() ? QStringLiteral("—") : values[fact]);
    m_name->setText(r.name);
    m_hint->hide();
    m_factsBox->show();
}

void ResidentDetail::showHistory()
{
    auto events = m_services.registry.history(m_services.actor(), m_id);
    if (!events || events->isEmpty()) {
        m_history->setText(QStringLiteral("—"));
        return;
    }
    QStringList lines;
    for (const LifeEvent &e : std::as_const(*events)) {
        QString line = e.date.toString(Qt::ISODate) + QStringLiteral("  ") + eventKindDisplayName(e.kind)
                       + QStringLiteral("  (") + e.actor + u')';
        if (!e.note.isEmpty())
            line += QStringLiteral(" — ") + e.note;
        lines.append(line);
    }
    m_history->setText(lines.join(u'\n'));
}

bool ResidentDetail::recordEvent(const QString &kind, QDate date, const QString &note)
{
    RegistryService &registry = m_services.registry;
    const Status s = kind == u"death" ? registry.recordDeath(m_services.actor(), m_id, date, note)
                                      : registry.moveOut(m_services.actor(), m_id, date, note);
    if (!s) {
        Ui::showError(this, kind == u"death" ? Tr::tr("Record a death") : Tr::tr("Record a move-out"), s.error());
        return false;
    }
    const QString id = m_id;
    showResident(id);
    Q_EMIT residentChanged(id);
    return true;
}

void ResidentDetail::askEvent(const QString &kind)
{
    QDialog dialog(this);
    dialog.setWindowTitle(kind == u"death" ? Tr::tr("Record a death") : Tr::tr("Record a move-out"));
    auto *date = new QDateEdit(QDate::currentDate(), &dialog);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setMaximumDate(QDate::currentDate());
    auto *note = new QLineEdit(&dialog);
    note->setPlaceholderText(kind == u"death" ? Tr::tr("e.g. death certificate from the hospital")
                                              : Tr::tr("e.g. moved to the daughter's home in 朝阳区"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(
        new QLabel(Tr::tr("%1 — this cannot be undone here; the history keeps it.").arg(m_name->text()), &dialog));
    form->addRow(Tr::tr("Date:"), date);
    form->addRow(Tr::tr("Note:"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(Tr::tr("Record"));
    buttons->button(QDialogButtonBox::Cancel)->setText(Tr::tr("Cancel"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        recordEvent(kind, date->date(), note->text());
}

} // namespace Linli::Registry
