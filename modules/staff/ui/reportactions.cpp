#include "reportactions.h"

#include <reports/ui/reportdialogs.h>
#include <staff/sessionservices.h>
#include <staff/stafftr.h>
#include <uikit/messages.h>

#include <QtWidgets/QBoxLayout>
#include <QtWidgets/QPushButton>

namespace Linli::Staff {

void addReportButtons(QBoxLayout *layout, QWidget *page, const SessionServices &services, const QString &what,
                      std::function<Result<Reports::Report>()> build)
{
    auto *print = new QPushButton(QIcon::fromTheme(QStringLiteral("document-print")), Tr::tr("Print preview…"), page);
    auto *exportButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save-as")), Tr::tr("Export…"), page);
    print->setObjectName(QStringLiteral("printButton"));
    exportButton->setObjectName(QStringLiteral("exportButton"));
    const bool allowed = services.actor.can(Core::Permission::ExportData);
    print->setEnabled(allowed);
    exportButton->setEnabled(allowed);
    layout->addWidget(print);
    layout->addWidget(exportButton);

    QObject::connect(print, &QPushButton::clicked, page, [page, services, what, build] {
        auto report = build();
        if (!report)
            return Ui::showError(page, Tr::tr("Print"), report.error());
        const qint64 rows = report->tables.isEmpty() ? 0 : report->tables.first().rows.size();
        if (auto s = services.maintenance.recordExport(services.actor, what, Tr::tr("printer"), rows); !s)
            return Ui::showError(page, Tr::tr("Print"), s.error());
        Reports::showPrintPreview(*report, page);
    });
    QObject::connect(exportButton, &QPushButton::clicked, page, [page, services, what, build] {
        auto report = build();
        if (!report)
            return Ui::showError(page, Tr::tr("Export"), report.error());
        QString path;
        if (auto s = Reports::exportReportWithDialog(*report, page, &path); !s)
            return Ui::showError(page, Tr::tr("Export"), s.error());
        if (path.isEmpty())
            return; // cancelled
        const qint64 rows = report->tables.isEmpty() ? 0 : report->tables.first().rows.size();
        if (auto s = services.maintenance.recordExport(services.actor, what, path, rows); !s)
            return Ui::showError(page, Tr::tr("Export"), s.error());
        Ui::showInfo(page, Tr::tr("Export"), Tr::tr("Saved to %1").arg(path));
    });
}

} // namespace Linli::Staff
