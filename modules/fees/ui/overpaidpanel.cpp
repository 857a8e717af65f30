#include "overpaidpanel.h"

#include <fees/feestr.h>
#include <uikit/messages.h>

#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

namespace Linli::Fees {

OverpaidPanel::OverpaidPanel(Load load, QWidget *parent)
    : QWidget(parent), m_load(std::move(load)), m_hint(new QLabel(this)), m_bills(new QTableWidget(0, 5, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_hint->setWordWrap(true);
    m_hint->setText(Tr::tr("The same bill was paid at two offices while they were apart. The money is in the "
                           "household's account as paid in advance: refund it, or leave it to pay the next bills."));
    layout->addWidget(m_hint);
    m_bills->setHorizontalHeaderLabels(
        {Tr::tr("Household"), Tr::tr("Period"), Tr::tr("Due"), Tr::tr("Paid"), Tr::tr("Paid too much")});
    m_bills->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_bills->setSelectionMode(QAbstractItemView::SingleSelection);
    m_bills->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_bills->setAlternatingRowColors(true);
    m_bills->verticalHeader()->hide();
    m_bills->horizontalHeader()->setStretchLastSection(true);
    m_bills->setObjectName(QStringLiteral("overpaid"));
    layout->addWidget(m_bills, 1);
}

QString OverpaidPanel::title()
{
    return Tr::tr("Bills paid more than once");
}

void OverpaidPanel::refresh()
{
    auto overpaid = m_load();
    if (!overpaid)
        return Ui::showError(this, title(), overpaid.error());
    m_bills->setRowCount(0);
    for (const OverpaidBill &b : std::as_const(*overpaid)) {
        const int row = m_bills->rowCount();
        m_bills->insertRow(row);
        const QStringList cells = {b.address, b.period, b.total.toString(), b.paid.toString(),
                                   Core::Money::fromFen(b.paid.fen() - b.total.fen()).toString()};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(cells.at(col));
            if (col >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_bills->setItem(row, col, item);
        }
    }
    m_bills->resizeColumnsToContents();
    m_hint->setVisible(!overpaid->isEmpty());
}

} // namespace Linli::Fees
