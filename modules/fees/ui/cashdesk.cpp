#include "cashdesk.h"

#include "receiptprinting.h"

#include <core/clock.h>
#include <fees/billrun.h>
#include <fees/feeprints.h>
#include <fees/feestr.h>
#include <fees/payments.h>
#include <reports/ui/reportdialogs.h>
#include <staff/settingsservice.h>
#include <uikit/messages.h>

#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linli::Fees {

namespace {

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

// Money columns are right-aligned, the rest left.
void setRow(QTableWidget *t, int row, const QStringList &cells, const QList<int> &moneyColumns)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        if (moneyColumns.contains(c))
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        t->setItem(row, c, item);
    }
}

} // namespace

CashDesk::CashDesk(const UiServices &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_query(new QLineEdit(this)), m_matches(new QListWidget(this)),
      m_householdTitle(new QLabel(this)), m_balance(new QLabel(this)),
      m_bills(
          table({Tr::tr("Period"), Tr::tr("Due"), Tr::tr("Billed"), Tr::tr("Paid"), Tr::tr("Late fee"), Tr::tr("Owed")},
                this)),
      m_amount(new QLineEdit(this)), m_method(new QComboBox(this)), m_reference(new QLineEdit(this)),
      m_tendered(new QLineEdit(this)), m_change(new QLabel(this)), m_problem(Ui::problemLabel(this)),
      m_pay(new QPushButton(Tr::tr("Take payment"), this)),
      m_receipts(table(
          {Tr::tr("Receipt"), Tr::tr("Time"), Tr::tr("Amount"), Tr::tr("Method"), Tr::tr("Clerk"), Tr::tr("State")},
          this)),
      m_reprint(new QPushButton(Tr::tr("Reprint…"), this)), m_void(new QPushButton(Tr::tr("Void…"), this)),
      m_statement(new QPushButton(Tr::tr("Statement…"), this))
{
    setUpFields();
    buildLayout();
    connectActions();
    m_reference->setEnabled(false);
    showHousehold({});
}

void CashDesk::setUpFields()
{
    m_query->setObjectName(u"cashDeskSearch"_s);
    m_query->setPlaceholderText(Tr::tr("Room (3-2-501) or a member's name, then Enter"));
    m_query->setClearButtonEnabled(true);
    m_matches->setObjectName(u"cashDeskMatches"_s);
    m_matches->setMaximumHeight(110);
    m_matches->hide();
    m_householdTitle->setObjectName(u"cashDeskHousehold"_s);
    QFont titleFont = m_householdTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_householdTitle->setFont(titleFont);
    m_householdTitle->setText(Tr::tr("Find a household to take its payment."));
    m_householdTitle->setWordWrap(true);
    m_balance->setObjectName(u"cashDeskBalance"_s);
    QFont balanceFont = m_balance->font();
    balanceFont.setPointSizeF(balanceFont.pointSizeF() * 1.3);
    balanceFont.setBold(true);
    m_balance->setFont(balanceFont);
    m_balance->setStyleSheet(u"color: #b00020;"_s);
    m_balance->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Preferred);
    m_bills->setObjectName(u"cashDeskBills"_s);
    m_receipts->setObjectName(u"cashDeskReceipts"_s);
    m_amount->setObjectName(u"cashDeskAmount"_s);
    m_amount->setPlaceholderText(u"¥0.00"_s);
    m_method->setObjectName(u"cashDeskMethod"_s);
    for (PaymentMethod m : {PaymentMethod::Cash, PaymentMethod::WeChat, PaymentMethod::Alipay, PaymentMethod::Bank})
        m_method->addItem(paymentMethodDisplayName(m), paymentMethodCode(m));
    m_reference->setObjectName(u"cashDeskReference"_s);
    m_reference->setPlaceholderText(Tr::tr("transaction number"));
    m_tendered->setObjectName(u"cashDeskTendered"_s);
    m_tendered->setPlaceholderText(Tr::tr("cash handed over (optional)"));
    m_change->setObjectName(u"cashDeskChange"_s);
    m_pay->setObjectName(u"cashDeskPay"_s);
    m_pay->setDefault(true);
    m_reprint->setObjectName(u"cashDeskReprint"_s);
    m_void->setObjectName(u"cashDeskVoid"_s);
    m_void->setVisible(m_services.actor().can(Core::Permission::SuperviseFees));
    m_statement->setObjectName(u"cashDeskStatement"_s);
}

void CashDesk::buildLayout()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_query);
    layout->addWidget(m_matches);
    auto *head = new QHBoxLayout;
    head->addWidget(m_householdTitle, 1);
    head->addWidget(m_balance);
    layout->addLayout(head);

    auto *columns = new QHBoxLayout;
    auto *billsBox = new QGroupBox(Tr::tr("Unpaid bills (late fee until today)"), this);
    auto *billsLayout = new QVBoxLayout(billsBox);
    billsLayout->addWidget(m_bills);
    columns->addWidget(billsBox, 3);

    auto *payBox = new QGroupBox(Tr::tr("Payment"), this);
    auto *form = new QFormLayout(payBox);
    form->addRow(Tr::tr("Amount"), m_amount);
    form->addRow(Tr::tr("Paid by"), m_method);
    form->addRow(Tr::tr("Transaction no."), m_reference);
    form->addRow(Tr::tr("Cash handed over"), m_tendered);
    form->addRow(Tr::tr("Change"), m_change);
    form->addRow(m_problem);
    form->addRow(m_pay);
    auto *payHint = new QLabel(Tr::tr("The oldest bill is paid first; anything more is kept in advance for later "
                                      "bills. The receipt is printed right away."),
                               payBox);
    payHint->setWordWrap(true);
    payHint->setProperty("quiet", true);
    form->addRow(payHint);
    columns->addWidget(payBox, 2);
    layout->addLayout(columns, 3);

    auto *receiptsBox = new QGroupBox(Tr::tr("Receipts of this household"), this);
    auto *receiptsLayout = new QVBoxLayout(receiptsBox);
    receiptsLayout->addWidget(m_receipts);
    auto *receiptButtons = new QHBoxLayout;
    receiptButtons->addWidget(m_reprint);
    receiptButtons->addWidget(m_void);
    receiptButtons->addStretch();
    receiptButtons->addWidget(m_statement);
    receiptsLayout->addLayout(receiptButtons);
    layout->addWidget(receiptsBox, 2);
}

void CashDesk::connectActions()
{
    connect(m_query, &QLineEdit::returnPressed, this, &CashDesk::search);
    connect(m_matches, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showHousehold(item->data(Qt::UserRole).toString()); });
    connect(m_matches, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { showHousehold(item->data(Qt::UserRole).toString()); });
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        const bool cash = m_method->currentData().toString() == u"cash";
        m_reference->setEnabled(!cash);
        m_tendered->setEnabled(cash);
        updateChange();
    });
    connect(m_amount, &QLineEdit::textChanged, this, &CashDesk::updateChange);
    connect(m_tendered, &QLineEdit::textChanged, this, &CashDesk::updateChange);
    connect(m_amount, &QLineEdit::returnPressed, this, &CashDesk::takePayment);
    connect(m_pay, &QPushButton::clicked, this, &CashDesk::takePayment);
    connect(m_reprint, &QPushButton::clicked, this, [this] {
        const int row = m_receipts->currentRow();
        if (row >= 0)
            printReceiptNumber(m_receipts->item(row, 0)->text());
    });
    connect(m_void, &QPushButton::clicked, this, &CashDesk::voidSelectedReceipt);
    connect(m_statement, &QPushButton::clicked, this, &CashDesk::printStatement);
    connect(m_receipts, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool any = m_receipts->currentRow() >= 0;
        m_reprint->setEnabled(any);
        m_void->setEnabled(any);
    });
}

void CashDesk::openHousehold(const QString &householdId)
{
    m_matches->hide();
    showHousehold(householdId);
}

void CashDesk::refresh()
{
    showHousehold(m_household);
}

void CashDesk::search()
{
    auto found = m_services.payments.findHouseholds(m_services.actor(), m_query->text());
    if (!found)
        return Ui::showError(this, Tr::tr("Find"), found.error());
    m_matches->clear();
    if (found->size() == 1) {
        m_matches->hide();
        return showHousehold(found->first().householdId);
    }
    if (found->isEmpty()) {
        m_matches->hide();
        showHousehold({});
        m_householdTitle->setText(Tr::tr("No household matches \"%1\".").arg(m_query->text().trimmed()));
        return;
    }
    for (const HouseholdMatch &m : std::as_const(*found)) {
        auto *item = new QListWidgetItem(m.address + (m.head.isEmpty() ? QString() : u"  "_s + m.head), m_matches);
        item->setData(Qt::UserRole, m.householdId);
    }
    m_matches->show();
    m_matches->setCurrentRow(0);
    m_matches->setFocus();
}

void CashDesk::showHousehold(const QString &householdId)
{
    m_household = householdId;
    m_bills->setRowCount(0);
    m_receipts->setRowCount(0);
    Ui::showProblem(m_problem, {});
    const bool any = !householdId.isEmpty();
    for (QWidget *w : {static_cast<QWidget *>(m_amount), static_cast<QWidget *>(m_method),
                       static_cast<QWidget *>(m_pay), static_cast<QWidget *>(m_statement)})
        w->setEnabled(any);
    m_reprint->setEnabled(false);
    m_void->setEnabled(false);
    if (!any) {
        m_balance->clear();
        m_amount->clear();
        return;
    }
    PaymentService &payments = m_services.payments;
    const QDate today = m_services.staff.database.today();
    QString title;
    if (auto m = payments.household(m_services.actor(), householdId))
        title = m->address + (m->head.isEmpty() ? QString() : Tr::tr(", head %1").arg(m->head))
                + (m->areaCm2 > 0 ? Tr::tr(", %1 m²").arg(double(m->areaCm2) / 100, 0, 'f', 2) : QString());
    m_householdTitle->setText(title);
    auto open = payments.openBills(householdId, today);
    if (!open)
        return Ui::showError(this, Tr::tr("Bills"), open.error());
    qint64 owed = 0;
    m_bills->setRowCount(int(open->size()));
    for (int i = 0; i < open->size(); ++i) {
        const OpenBill &b = open->at(i);
        const Core::Money late = Core::Money::fromFen(b.lateFee.fen() + b.lateFeeDue.fen());
        setRow(m_bills, i,
               {b.period, b.due.toString(Qt::ISODate), b.total.toString(), b.paid.toString(), late.toString(),
                b.owedWithLateFee().toString()},
               {2, 3, 4, 5});
        owed += b.owedWithLateFee().fen();
    }
    m_bills->resizeColumnsToContents();
    auto balance = m_services.billRuns.balance(m_services.actor(), householdId);
    const bool credit = balance && balance->isNegative();
    m_balance->setStyleSheet(credit || owed == 0 ? u"color: #1b6e2b;"_s : u"color: #b00020;"_s);
    if (credit)
        m_balance->setText(Tr::tr("Paid in advance: %1").arg(Core::Money::fromFen(-balance->fen()).toString()));
    else
        m_balance->setText(Tr::tr("Owed today: %1").arg(Core::Money::fromFen(owed).toString()));
    m_amount->setText(owed > 0 ? Core::Money::fromFen(owed).toPlainString() : QString());
    auto receipts = payments.receipts(m_services.actor(), householdId);
    if (receipts) {
        m_receipts->setRowCount(int(receipts->size()));
        for (int i = 0; i < receipts->size(); ++i) {
            const ReceiptRow &r = receipts->at(i);
            QString state = r.voided ? Tr::tr("voided") : Tr::tr("valid");
            if (r.reprints > 0)
                state += Tr::tr(", reprinted %n time(s)", nullptr, r.reprints);
            setRow(
                m_receipts, i,
                {r.number, r.issuedAt.toString(u"yyyy-MM-dd HH:mm"_s), r.amount.toString(), r.method, r.clerk, state},
                {2});
        }
        m_receipts->resizeColumnsToContents();
    }
}

void CashDesk::updateChange()
{
    m_change->clear();
    if (m_method->currentData().toString() != u"cash" || m_tendered->text().trimmed().isEmpty())
        return;
    auto amount = Core::Money::parse(m_amount->text());
    auto tendered = Core::Money::parse(m_tendered->text());
    if (!amount || !tendered)
        return;
    const qint64 change = tendered->fen() - amount->fen();
    m_change->setText(change >= 0 ? Core::Money::fromFen(change).toString()
                                  : Tr::tr("%1 short").arg(Core::Money::fromFen(-change).toString()));
}

void CashDesk::takePayment()
{
    if (m_household.isEmpty())
        return;
    Ui::showProblem(m_problem, {});
    auto amount = Core::Money::parse(m_amount->text());
    if (!amount)
        return Ui::showProblem(m_problem, amount.error().message());
    const auto method = paymentMethodFromCode(m_method->currentData().toString());
    if (*method == PaymentMethod::Cash && !m_tendered->text().trimmed().isEmpty()) {
        auto tendered = Core::Money::parse(m_tendered->text());
        if (!tendered)
            return Ui::showProblem(m_problem, tendered.error().message());
        if (tendered->fen() < amount->fen())
            return Ui::showProblem(m_problem, Tr::tr("The cash handed over is less than the amount."));
    }
    if (!Ui::confirm(this, Tr::tr("Take payment"),
                     Tr::tr("Receive %1 by %2 from %3?")
                         .arg(amount->toString(), m_method->currentText(), m_householdTitle->text()),
                     Tr::tr("Receive")))
        return;
    auto paid = m_services.payments.pay(m_services.actor(), m_household, *amount, *method, m_reference->text());
    if (!paid)
        return Ui::showProblem(m_problem, paid.error().message());
    m_reference->clear();
    m_tendered->clear();
    Q_EMIT paymentsChanged();
    showHousehold(m_household);
    printReceiptNumber(paid->receiptNumber);
}

void CashDesk::printReceiptNumber(const QString &number)
{
    auto printed = printReceipt(m_services, number, this, m_testPrinter);
    if (!printed)
        Ui::showError(this, Tr::tr("Print receipt"), printed.error());
    else if (!*printed)
        Ui::showInfo(this, Tr::tr("Print receipt"),
                     Tr::tr("Receipt %1 was not printed. Print it later from the list; the first print counts as "
                            "the original.")
                         .arg(number));
    showHousehold(m_household);
}

void CashDesk::voidSelectedReceipt()
{
    const int row = m_receipts->currentRow();
    if (row < 0)
        return;
    const QString number = m_receipts->item(row, 0)->text();
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, Tr::tr("Void receipt %1").arg(number),
                              Tr::tr("Why is the receipt voided? Its number stays used and the amount is owed again."),
                              QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    if (auto s = m_services.payments.voidReceipt(m_services.actor(), number, reason); !s)
        return Ui::showError(this, Tr::tr("Void receipt %1").arg(number), s.error());
    Q_EMIT paymentsChanged();
    showHousehold(m_household);
}

void CashDesk::printStatement()
{
    const QDate today = m_services.staff.database.today();
    auto report = m_services.reports.statement(m_services.actor(), m_household, QDate(today.year(), 1, 1), today);
    if (!report)
        return Ui::showError(this, Tr::tr("Statement"), report.error());
    report->organisation = m_services.staff.settings.organisationName();
    report->generatedAt = QDateTime::currentDateTime();
    report->generatedBy = m_services.actor().displayName;
    Reports::showPrintPreview(*report, this);
}

} // namespace Linli::Fees
