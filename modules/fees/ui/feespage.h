#pragma once

#include "uiservices.h"

#include <uikit/page.h>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableWidget;

namespace Linli::Fees {

class CashDesk;

// 收费: the cash desk, the arrears list with notices, and the statistics with charts and the
// printable monthly report. Bill runs and the receipt paper are set up from its header.
class FeesPage : public Ui::Page
{
    Q_OBJECT
public:
    FeesPage(const UiServices &services, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("fees"); }
    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    CashDesk *cashDesk() const { return m_cashDesk; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    QWidget *buildArrears();
    QWidget *buildStatistics();
    void refreshArrears();
    void refreshStatistics();
    void printNotices(bool selectedOnly);

    UiServices m_services;
    QTabWidget *m_tabs;
    CashDesk *m_cashDesk;
    QComboBox *m_arrearsCompound = nullptr;
    QTableWidget *m_arrears = nullptr;
    QLabel *m_arrearsSummary = nullptr;
    QLineEdit *m_statsPeriod = nullptr;
    QLabel *m_statsSummary = nullptr;
    QChartView *m_byBuilding = nullptr;
    QChartView *m_byItem = nullptr;
    QChartView *m_trend = nullptr;
};

} // namespace Linli::Fees
