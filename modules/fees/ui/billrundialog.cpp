#include "billrundialog.h"

#include <core/clock.h>
#include <fees/billrun.h>
#include <fees/feeservice.h>
#include <fees/feestr.h>
#include <uikit/messages.h>

#include <QtWidgets/QComboBox>
#include <QtWidgets/QDateEdit>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linli::Fees {

BillRunDialog::BillRunDialog(const UiServices &services, QWidget *parent)
    : QDialog(parent), m_services(services), m_period(new QLineEdit(this)), m_compound(new QComboBox(this)),
      m_due(new QDateEdit(this)), m_preview(new QPlainTextEdit(this)), m_problem(Ui::problemLabel(this)),
      m_commit(new QPushButton(Tr::tr("Make the bills"), this))
{
    setWindowTitle(Tr::tr("Bill run"));
    const QDate today = services.staff.database.today();
    m_period->setObjectName(u"billRunPeriod"_s);
    m_period->setText(today.toString(u"yyyy-MM"_s));
    m_period->setPlaceholderText(Tr::tr("2026-11, 2026-Q4 or 2026"));
    m_compound->setObjectName(u"billRunCompound"_s);
    m_compound->addItem(Tr::tr("every compound"), QString());
    if (auto compounds = services.fees.compounds(services.actor())) {
        for (const auto &[id, name] : std::as_const(*compounds))
            m_compound->addItem(name, id);
    }
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(u"yyyy-MM-dd"_s);
    const auto syncDue = [this] {
        if (auto p = parsePeriod(m_period->text()))
            m_due->setDate(p->until.addDays(-1));
    };
    syncDue();
    connect(m_period, &QLineEdit::textEdited, this, syncDue);
    m_preview->setObjectName(u"billRunPreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setMinimumSize(560, 300);
    m_preview->setPlaceholderText(Tr::tr("Choose the period and press Preview: nothing is written until you make "
                                         "the bills."));
    m_commit->setObjectName(u"billRunCommit"_s);
    m_commit->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(Tr::tr("Period"), m_period);
    form->addRow(Tr::tr("Compound"), m_compound);
    form->addRow(Tr::tr("Due by"), m_due);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *preview = buttons->addButton(Tr::tr("Preview"), QDialogButtonBox::ActionRole);
    preview->setObjectName(u"billRunPreviewButton"_s);
    buttons->addButton(m_commit, QDialogButtonBox::AcceptRole);
    connect(preview, &QPushButton::clicked, this, &BillRunDialog::showPreview);
    connect(m_commit, &QPushButton::clicked, this, &BillRunDialog::commit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A changed choice needs a new preview before anything is written.
    for (QObject *o : {static_cast<QObject *>(m_period)})
        connect(qobject_cast<QLineEdit *>(o), &QLineEdit::textEdited, this, [this] { m_commit->setEnabled(false); });
    connect(m_compound, &QComboBox::currentIndexChanged, this, [this] { m_commit->setEnabled(false); });
    connect(m_due, &QDateEdit::dateChanged, this, [this] { m_commit->setEnabled(false); });
    layout->addWidget(buttons);
}

void BillRunDialog::showPreview()
{
    Ui::showProblem(m_problem, {});
    BillRunScope scope;
    scope.compoundId = m_compound->currentData().toString();
    auto p = m_services.billRuns.preview(m_services.actor(), m_period->text(), scope, m_due->date());
    if (!p) {
        m_preview->clear();
        m_commit->setEnabled(false);
        return Ui::showProblem(m_problem, p.error().message());
    }
    QStringList text;
    text << Tr::tr("Period %1, due by %2").arg(p->period.label, p->due.toString(Qt::ISODate));
    text << Tr::tr("Households in scope: %1; billed for this period before: %2")
                .arg(p->households)
                .arg(p->alreadyBilled);
    text << Tr::tr("New bills: %1, in all %2").arg(p->bills.size()).arg(p->total.toString());
    for (auto it = p->totalByItem.cbegin(); it != p->totalByItem.cend(); ++it)
        text << u"    "_s + it.key() + u"  "_s + it.value().toString();
    if (!p->skipped.isEmpty()) {
        text << QString()
             << Tr::tr("Cannot be billed (%n household(s)); correct them and run the period again:", nullptr,
                       int(p->skipped.size()));
        for (const QString &s : std::as_const(p->skipped).mid(0, 200))
            text << u"    "_s + s;
    }
    m_preview->setPlainText(text.join(u'\n'));
    m_commit->setEnabled(!p->bills.isEmpty());
    if (p->bills.isEmpty())
        Ui::showProblem(m_problem, Tr::tr("Nothing to bill: every household is billed for %1 already or cannot be "
                                          "billed.")
                                       .arg(p->period.label));
}

void BillRunDialog::commit()
{
    BillRunScope scope;
    scope.compoundId = m_compound->currentData().toString();
    auto run = m_services.billRuns.commit(m_services.actor(), m_period->text(), scope, m_due->date());
    if (!run)
        return Ui::showError(this, Tr::tr("Bill run"), run.error());
    Ui::showInfo(this, Tr::tr("Bill run"), Tr::tr("The bills for %1 are made.").arg(m_period->text().trimmed()));
    accept();
}

} // namespace Linli::Fees
