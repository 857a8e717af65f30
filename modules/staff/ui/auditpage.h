#pragma once

#include <staff/sessionservices.h>
#include <uikit/page.h>

class QDateEdit;
class QLabel;
class QTableView;

namespace Linli::Staff {

class AuditLogModel;

// The audit log for a period, the chain check, print and export.
class AuditPage : public Ui::Page
{
    Q_OBJECT
public:
    AuditPage(const SessionServices &services, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("staff.audit"); }
    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

private:
    void verifyChain();

    SessionServices m_services;
    AuditLogModel *m_model;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableView *m_view;
    QLabel *m_status;
};

} // namespace Linli::Staff
