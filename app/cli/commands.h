#pragma once

#include "clicontext.h"

namespace Linli::Cli {

int cmdInit(Context &ctx);
int cmdVerify(Context &ctx);
int cmdSalvage(Context &ctx);
int cmdBackup(Context &ctx);
int cmdRestore(Context &ctx);
int cmdUsers(Context &ctx);
int cmdDemoStaff(Context &ctx);
int cmdAudit(Context &ctx);
int cmdSettings(Context &ctx);
int cmdResidents(Context &ctx);
int cmdTags(Context &ctx);
int cmdFees(Context &ctx);
int cmdHouseholds(Context &ctx);
int cmdDemoData(Context &ctx);
int cmdImport(Context &ctx);
int cmdEnrol(Context &ctx);
int cmdSync(Context &ctx);

} // namespace Linli::Cli

namespace Linli::Reports {
struct Report;
}

namespace Linli::Cli {

// Writes `report` to each of --pdf/--xlsx/--csv that was given and records the export in the
// audit log. Returns -1 when none was given, else an exit code.
int writeReportFiles(Context &ctx, App::Services &app, const Reports::Report &report, const QString &what);

} // namespace Linli::Cli
