#pragma once

#include "uiservices.h"

#include <QtWidgets/QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPrinter;
class QPushButton;
class QTableWidget;

namespace Linli::Fees {

// The cash desk (收费台): find a household by room or name, see what it owes (with the late fee
// accrued today), take a payment by cash, WeChat, Alipay or bank transfer, print its receipt, and
// reprint, void or list earlier receipts.
class CashDesk : public QWidget
{
    Q_OBJECT
public:
    explicit CashDesk(const UiServices &services, QWidget *parent = nullptr);

    void refresh();
    // Shows a household found elsewhere (the arrears list).
    void openHousehold(const QString &householdId);
    // Tests print to a PDF printer instead of asking for one.
    void setPrinterForTesting(QPrinter *printer) { m_testPrinter = printer; }
    QString currentHousehold() const { return m_household; }

Q_SIGNALS:
    void paymentsChanged();

private:
    void setUpFields();
    void buildLayout();
    void connectActions();
    void search();
    void showHousehold(const QString &householdId);
    void updateChange();
    void takePayment();
    void printReceiptNumber(const QString &number);
    void voidSelectedReceipt();
    void printStatement();

    UiServices m_services;
    QString m_household;
    QLineEdit *m_query;
    QListWidget *m_matches;
    QLabel *m_householdTitle;
    QLabel *m_balance;
    QTableWidget *m_bills;
    QLineEdit *m_amount;
    QComboBox *m_method;
    QLineEdit *m_reference;
    QLineEdit *m_tendered;
    QLabel *m_change;
    QLabel *m_problem;
    QPushButton *m_pay;
    QTableWidget *m_receipts;
    QPushButton *m_reprint;
    QPushButton *m_void;
    QPushButton *m_statement;
    QPrinter *m_testPrinter = nullptr;
};

} // namespace Linli::Fees
