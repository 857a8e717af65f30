#include "feespage.h"

#include "billrundialog.h"
#include "cashdesk.h"
#include "feecharts.h"
#include "receiptprinting.h"

#include <core/clock.h>
#include <fees/billrun.h>
#include <fees/dailyreport.h>
#include <fees/feeprints.h>
#include <fees/feeservice.h>
#include <fees/feestr.h>
#include <fees/payments.h>
#include <staff/settingsservice.h>
#include <staff/ui/reportactions.h>
#include <uikit/lineicons.h>
#include <uikit/messages.h>

#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linli::Fees {

namespace {

void addOrganisation(Reports::Report &report, const Staff::SessionServices &staff)
{
    report.organisation = staff.settings.organisationName();
    report.generatedAt = QDateTime::currentDateTime();
    report.generatedBy = staff.actor.displayName;
}

} // namespace

FeesPage::FeesPage(const UiServices &services, QWidget *parent)
    : Ui::Page(parent), m_services(services), m_tabs(new QTabWidget(this)), m_cashDesk(new CashDesk(services, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    header->addWidget(Ui::pageHeader(title(),
                                     Tr::tr("Take payments and print receipts, follow up arrears, and see the "
                                            "collection rate."),
                                     this),
                      1);
    if (services.actor().can(Core::Permission::CollectFees)) {
        auto *billRun = new QPushButton(Tr::tr("Bill run…"), this);
        billRun->setObjectName(u"billRunButton"_s);
        billRun->setToolTip(Tr::tr("Make the bills of a month, quarter or year after a preview."));
        connect(billRun, &QPushButton::clicked, this, [this] {
            BillRunDialog dialog(m_services, this);
            if (dialog.exec() == QDialog::Accepted) {
                refresh();
                Q_EMIT dataChanged();
            }
        });
        header->addWidget(billRun);
        auto *paper = new QPushButton(Tr::tr("Receipt paper…"), this);
        paper->setObjectName(u"receiptPaperButton"_s);
        connect(paper, &QPushButton::clicked, this, [this] {
            ReceiptPaperDialog dialog(this);
            dialog.exec();
        });
        header->addWidget(paper);
    }
    layout->addLayout(header);

    auto *desk = new QWidget(this);
    auto *deskLayout = new QVBoxLayout(desk);
    deskLayout->addWidget(m_cashDesk, 1);
    auto *daily = new QHBoxLayout;
    daily->addWidget(new QLabel(Tr::tr("Today's cash report:"), desk));
    Staff::addReportButtons(daily, this, m_services.staff, u"fees.daily"_s, [this]() -> Result<Reports::Report> {
        auto day = m_services.reports.daily(m_services.actor(), m_services.staff.database.today());
        if (!day)
            return day.error();
        Reports::Report report = dailyReportDocument(*day);
        addOrganisation(report, m_services.staff);
        return report;
    });
    daily->addStretch();
    deskLayout->addLayout(daily);
    m_tabs->setObjectName(u"feesTabs"_s);
    m_tabs->addTab(desk, Tr::tr("Cash desk"));
    m_tabs->addTab(buildArrears(), Tr::tr("Arrears"));
    m_tabs->addTab(buildStatistics(), Tr::tr("Collection rate"));
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, &FeesPage::refresh);
    connect(m_cashDesk, &CashDesk::paymentsChanged, this, &Ui::Page::dataChanged);
}

QString FeesPage::title() const
{
    return Tr::tr("Fees");
}

QIcon FeesPage::icon() const
{
    return Ui::lineIcon(Ui::Glyph::Ledger);
}

void FeesPage::refresh()
{
    switch (m_tabs->currentIndex()) {
    case 0: m_cashDesk->refresh(); break;
    case 1: refreshArrears(); break;
    case 2: refreshStatistics(); break;
    default: break;
    }
}

QWidget *FeesPage::buildArrears()
{
    auto *w = new QWidget(this);
    auto *layout = new QVBoxLayout(w);
    auto *filters = new QHBoxLayout;
    m_arrearsCompound = new QComboBox(w);
    m_arrearsCompound->setObjectName(u"arrearsCompound"_s);
    m_arrearsCompound->addItem(Tr::tr("every compound"), QString());
    if (auto compounds = m_services.fees.compounds(m_services.actor())) {
        for (const auto &[id, name] : std::as_const(*compounds))
            m_arrearsCompound->addItem(name, id);
    }
    connect(m_arrearsCompound, &QComboBox::currentIndexChanged, this, &FeesPage::refreshArrears);
    filters->addWidget(new QLabel(Tr::tr("Compound"), w));
    filters->addWidget(m_arrearsCompound);
    m_arrearsSummary = new QLabel(w);
    m_arrearsSummary->setObjectName(u"arrearsSummary"_s);
    filters->addWidget(m_arrearsSummary, 1);
    layout->addLayout(filters);

    m_arrears = new QTableWidget(0, 8, w);
    m_arrears->setObjectName(u"arrearsTable"_s);
    m_arrears->setHorizontalHeaderLabels({Tr::tr("Address"), Tr::tr("Owed"), Tr::tr("under 3 months"),
                                          Tr::tr("3 to 6 months"), Tr::tr("6 to 12 months"),
                                          Tr::tr("12 months and more"), Tr::tr("Since"), Tr::tr("Bills")});
    m_arrears->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_arrears->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_arrears->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_arrears->setAlternatingRowColors(true);
    m_arrears->verticalHeader()->hide();
    m_arrears->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_arrears->setToolTip(Tr::tr("Double-click a household to take its payment at the cash desk."));
    connect(m_arrears, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const QString id = m_arrears->item(row, 0)->data(Qt::UserRole).toString();
        m_tabs->setCurrentIndex(0);
        m_cashDesk->openHousehold(id);
    });
    layout->addWidget(m_arrears, 1);

    auto *actions = new QHBoxLayout;
    auto *selected = new QPushButton(Tr::tr("Notices for the selected…"), w);
    selected->setObjectName(u"noticesSelected"_s);
    auto *all = new QPushButton(Tr::tr("Notices for all in the list…"), w);
    all->setObjectName(u"noticesAll"_s);
    connect(selected, &QPushButton::clicked, this, [this] { printNotices(true); });
    connect(all, &QPushButton::clicked, this, [this] { printNotices(false); });
    actions->addWidget(selected);
    actions->addWidget(all);
    actions->addStretch();
    Staff::addReportButtons(actions, this, m_services.staff, u"fees.arrears"_s, [this]() -> Result<Reports::Report> {
        auto rows = m_services.payments.arrears(m_services.actor(), m_services.staff.database.today(),
                                                m_arrearsCompound->currentData().toString());
        if (!rows)
            return rows.error();
        Reports::Report report;
        report.title = Tr::tr("Households in arrears");
        report.parameters = {{Tr::tr("On"), m_services.staff.database.today().toString(Qt::ISODate)},
                             {Tr::tr("Compound"), m_arrearsCompound->currentText()}};
        Reports::Table t;
        t.columns = {{Tr::tr("Address"), Qt::AlignLeft, 4},
                     {Tr::tr("Owed"), Qt::AlignRight, 2},
                     {Tr::tr("under 3 months"), Qt::AlignRight, 2},
                     {Tr::tr("3 to 6 months"), Qt::AlignRight, 2},
                     {Tr::tr("6 to 12 months"), Qt::AlignRight, 2},
                     {Tr::tr("12 months and more"), Qt::AlignRight, 2},
                     {Tr::tr("Since"), Qt::AlignLeft, 2}};
        for (const ArrearsRow &r : std::as_const(*rows))
            t.rows.append({r.address, r.owed.toString(), r.byAge[0].toString(), r.byAge[1].toString(),
                           r.byAge[2].toString(), r.byAge[3].toString(), r.oldestPeriod});
        report.tables.append(t);
        addOrganisation(report, m_services.staff);
        return report;
    });
    layout->addLayout(actions);
    return w;
}

void FeesPage::refreshArrears()
{
    auto rows = m_services.payments.arrears(m_services.actor(), m_services.staff.database.today(),
                                            m_arrearsCompound->currentData().toString());
    if (!rows)
        return Ui::showError(this, Tr::tr("Arrears"), rows.error());
    m_arrears->setRowCount(int(rows->size()));
    qint64 total = 0;
    for (int i = 0; i < rows->size(); ++i) {
        const ArrearsRow &r = rows->at(i);
        const QStringList cells = {r.address,
                                   r.owed.toString(),
                                   r.byAge[0].toString(),
                                   r.byAge[1].toString(),
                                   r.byAge[2].toString(),
                                   r.byAge[3].toString(),
                                   r.oldestPeriod,
                                   QString::number(r.bills)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c > 0 && c != 6)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 0)
                item->setData(Qt::UserRole, r.householdId);
            m_arrears->setItem(i, c, item);
        }
        total += r.owed.fen();
    }
    for (int c = 1; c < m_arrears->columnCount(); ++c)
        m_arrears->resizeColumnToContents(c);
    m_arrearsSummary->setText(Tr::tr("%n household(s) owe %1 on bills past their due date.", nullptr, int(rows->size()))
                                  .arg(Core::Money::fromFen(total).toString()));
}

void FeesPage::printNotices(bool selectedOnly)
{
    QStringList households;
    if (selectedOnly) {
        for (const QModelIndex &index : m_arrears->selectionModel()->selectedRows())
            households.append(m_arrears->item(index.row(), 0)->data(Qt::UserRole).toString());
        if (households.isEmpty())
            return Ui::showInfo(this, Tr::tr("Notices"), Tr::tr("Select the households first."));
    }
    const QDate today = m_services.staff.database.today();
    auto letters = m_services.reports.arrearsNotices(m_services.actor(), today, today.addDays(15),
                                                     m_services.staff.settings.organisationName(), households,
                                                     m_arrearsCompound->currentData().toString());
    if (!letters)
        return Ui::showError(this, Tr::tr("Notices"), letters.error());
    if (letters->isEmpty())
        return Ui::showInfo(this, Tr::tr("Notices"), Tr::tr("No household is in arrears; there is nothing to print."));
    showLettersPreview(*letters, this);
}

QWidget *FeesPage::buildStatistics()
{
    auto *w = new QWidget(this);
    auto *layout = new QVBoxLayout(w);
    auto *top = new QHBoxLayout;
    m_statsPeriod = new QLineEdit(w);
    m_statsPeriod->setObjectName(u"statsPeriod"_s);
    m_statsPeriod->setMaximumWidth(120);
    m_statsPeriod->setText(m_services.staff.database.today().addMonths(-1).toString(u"yyyy-MM"_s));
    connect(m_statsPeriod, &QLineEdit::returnPressed, this, &FeesPage::refreshStatistics);
    top->addWidget(new QLabel(Tr::tr("Billing period"), w));
    top->addWidget(m_statsPeriod);
    auto *show = new QPushButton(Tr::tr("Show"), w);
    connect(show, &QPushButton::clicked, this, &FeesPage::refreshStatistics);
    top->addWidget(show);
    m_statsSummary = new QLabel(w);
    m_statsSummary->setObjectName(u"statsSummary"_s);
    top->addWidget(m_statsSummary, 1);
    top->addWidget(new QLabel(Tr::tr("Monthly report:"), w));
    Staff::addReportButtons(top, this, m_services.staff, u"fees.monthly"_s, [this]() -> Result<Reports::Report> {
        auto monthly =
            m_services.reports.monthly(m_services.actor(), m_statsPeriod->text(), m_services.staff.database.today());
        if (!monthly)
            return monthly.error();
        Reports::Report report = monthlyReportDocument(*monthly);
        addMonthlyFigures(report, *monthly);
        addOrganisation(report, m_services.staff);
        return report;
    });
    layout->addLayout(top);
    auto *grid = new QGridLayout;
    m_byBuilding = new QChartView(w);
    m_byItem = new QChartView(w);
    m_trend = new QChartView(w);
    m_byBuilding->setObjectName(u"chartByBuilding"_s);
    m_byItem->setObjectName(u"chartByItem"_s);
    m_trend->setObjectName(u"chartTrend"_s);
    for (QChartView *v : {m_byBuilding, m_byItem, m_trend}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumHeight(220);
    }
    grid->addWidget(m_byBuilding, 0, 0, 1, 2);
    grid->addWidget(m_byItem, 1, 0);
    grid->addWidget(m_trend, 1, 1);
    layout->addLayout(grid, 1);
    return w;
}

void FeesPage::refreshStatistics()
{
    auto monthly =
        m_services.reports.monthly(m_services.actor(), m_statsPeriod->text(), m_services.staff.database.today());
    if (!monthly) {
        m_statsSummary->setText(monthly.error().message());
        return;
    }
    const CollectionRow total = monthly->byBuilding.isEmpty() ? CollectionRow() : monthly->byBuilding.last();
    m_statsSummary->setText(Tr::tr("%1: %2 bills, %3 billed, %4 paid, collection rate %5")
                                .arg(monthly->period)
                                .arg(total.bills)
                                .arg(total.billed.toString(), total.paid.toString(), rateText(total)));
    const auto replace = [](QChartView *view, QChart *chart) {
        QChart *old = view->chart();
        view->setChart(chart);
        delete old;
    };
    replace(m_byBuilding, collectionBarChart(monthly->byBuilding, Tr::tr("Collection rate by building")));
    replace(m_byItem, collectionBarChart(monthly->byItem, Tr::tr("By fee item")));
    replace(m_trend, collectionTrendChart(monthly->trend, Tr::tr("The last twelve months")));
}

} // namespace Linli::Fees
