#pragma once

#include <core/result.h>
#include <fees/overpaidbills.h>

#include <QtWidgets/QWidget>

#include <functional>

class QLabel;
class QTableWidget;

namespace Linli::Fees {

// The bills paid more than once (the same bill paid at two offices while apart): a section of
// the sync page, for staff to refund or keep as money paid in advance.
class OverpaidPanel : public QWidget
{
    Q_OBJECT
public:
    using Load = std::function<Result<QList<OverpaidBill>>()>;
    explicit OverpaidPanel(Load load, QWidget *parent = nullptr);

    static QString title();
    void refresh();

private:
    Load m_load;
    QLabel *m_hint;
    QTableWidget *m_bills;
};

} // namespace Linli::Fees
