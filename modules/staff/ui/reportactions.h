#pragma once

#include <core/result.h>
#include <reports/report.h>

#include <functional>

class QBoxLayout;
class QWidget;

namespace Linli::Staff {

struct SessionServices;

// "Print preview…" and "Export…" buttons for a page: build the report on demand, show it or
// write it, and record the export in the audit log.
void addReportButtons(QBoxLayout *layout, QWidget *page, const SessionServices &services, const QString &what,
                      std::function<Result<Reports::Report>()> build);

} // namespace Linli::Staff
