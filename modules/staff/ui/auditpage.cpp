#include "auditpage.h"

#include "auditlogmodel.h"
#include "reportactions.h"

#include <core/clock.h>
#include <staff/maintenanceservice.h>
#include <staff/staffreports.h>
#include <staff/stafftr.h>
#include <uikit/lineicons.h>
#include <uikit/messages.h>

#include <QtWidgets/QDateEdit>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyle>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace Linli::Staff {

AuditPage::AuditPage(const SessionServices &services, QWidget *parent)
    : Ui::Page(parent), m_services(services), m_model(new AuditLogModel(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_view(new QTableView(this)), m_status(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(Ui::pageHeader(title(),
                                     Tr::tr("Every sign-in, failed sign-in, account change, export and decision, "
                                            "chained by hashes so that no entry can be changed unnoticed."),
                                     this));
    const QDate today = services.database.today();
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setMaximumDate(today.addYears(1));
    }
    m_from->setDate(today.addDays(-30));
    m_to->setDate(today);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(Tr::tr("From"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(Tr::tr("to"), this));
    bar->addWidget(m_to);
    auto *show = new QPushButton(Tr::tr("Show"), this);
    auto *verify = new QPushButton(Tr::tr("Check the chain"), this);
    verify->setObjectName(QStringLiteral("verifyChain"));
    bar->addWidget(show);
    bar->addWidget(verify);
    bar->addStretch();
    addReportButtons(bar, this, m_services, QStringLiteral("audit-log"),
                     [this] { return m_services.reports.auditLog(m_services.actor, m_from->date(), m_to->date()); });
    layout->addLayout(bar);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    layout->addWidget(m_view, 1);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(show, &QPushButton::clicked, this, &AuditPage::refresh);
    connect(verify, &QPushButton::clicked, this, &AuditPage::verifyChain);
}

QString AuditPage::title() const
{
    return Tr::tr("Audit log");
}

QIcon AuditPage::icon() const
{
    return Ui::lineIcon(Ui::Glyph::Ledger);
}

void AuditPage::refresh()
{
    if (m_from->date() > m_to->date())
        return Ui::showError(this, title(),
                             Error(ErrorCode::InvalidInput, Tr::tr("The start date is after the end date.")));
    const auto [fromMs, toMs] = dayRangeMs(m_from->date(), m_to->date());
    auto entries = m_services.maintenance.auditEntries(m_services.actor, fromMs, toMs);
    if (!entries)
        return Ui::showError(this, title(), entries.error());
    m_model->setEntries(*entries);
    m_view->resizeColumnsToContents();
    m_status->setText(Tr::tr("%n entry(ies) from %1 to %2.", nullptr, int(entries->size()))
                          .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)));
}

void AuditPage::verifyChain()
{
    auto report = m_services.maintenance.verify(m_services.actor);
    if (!report)
        return Ui::showError(this, Tr::tr("Check the chain"), report.error());
    m_model->setBrokenSeq(report->audit.firstBrokenSeq);
    if (report->ok()) {
        refresh();
        Ui::showInfo(
            this, Tr::tr("Check the chain"),
            Tr::tr("The database is sound and the audit chain is whole (%1 entries).").arg(report->audit.entries));
        return;
    }
    QString text = report->audit.ok() ? QString() : report->audit.problem;
    if (!report->integrityProblems.isEmpty())
        text += u'\n' + Tr::tr("Database integrity: %1").arg(report->integrityProblems.join(Tr::tr("; ")));
    Ui::showError(this, Tr::tr("Check the chain"),
                  Error(ErrorCode::DatabaseDamaged,
                        text.trimmed() + u'\n' + Tr::tr("Restore from a backup and tell your IT staff.")));
}

} // namespace Linli::Staff
