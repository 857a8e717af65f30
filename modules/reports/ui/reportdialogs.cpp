#include "reportdialogs.h"

#include <reports/printfonts.h>
#include <reports/reportexport.h>
#include <reports/reportrenderer.h>
#include <reports/reportstr.h>

#include <QtCore/QFileInfo>
#include <QtCore/QStandardPaths>
#include <QtGui/QGuiApplication>
#include <QtPrintSupport/QPrintPreviewDialog>
#include <QtPrintSupport/QPrinter>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QMessageBox>

#include <functional>

using namespace Qt::StringLiterals;

namespace Linli::Reports {

namespace {

void showFailure(QWidget *parent, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, Tr::tr("Printing failed"), error.message(), QMessageBox::Ok, parent);
    if (!error.detail().isEmpty())
        box.setDetailedText(error.detail());
    box.exec();
}

void runPreview(QWidget *parent, const QString &title, const QPageLayout &layout,
                const std::function<Status(QPagedPaintDevice *)> &paint)
{
    if (Status fonts = ensurePrintFonts(); !fonts) {
        showFailure(parent, fonts.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(layout);
    printer.setDocName(title);
    printer.setCreator(u"Linli"_s);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(Tr::tr("Print preview: %1").arg(title));
    dialog.resize(1000, 820);
    Status failed;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&paint, &failed](QPrinter *target) {
        if (Status status = paint(target); !status && failed)
            failed = status;
    });
    dialog.exec();
    if (!failed)
        showFailure(parent, failed.error());
}

struct FilterEntry
{
    ExportFormat format;
    QString filter;
};

QList<FilterEntry> exportFilters()
{
    return {
        {ExportFormat::Pdf, Tr::tr("PDF (*.pdf)")},
        {ExportFormat::Xlsx, Tr::tr("Excel (*.xlsx)")},
        {ExportFormat::Csv, Tr::tr("CSV (*.csv)")},
    };
}

ExportFormat formatForFilter(const QString &filter)
{
    for (const FilterEntry &entry : exportFilters()) {
        if (entry.filter == filter)
            return entry.format;
    }
    return ExportFormat::Pdf;
}

// Keeps the proposed name's suffix in step with the chosen filter.
void followFilter(QFileDialog &dialog, const QString &filter)
{
    const QString suffix = exportSuffix(formatForFilter(filter));
    dialog.setDefaultSuffix(suffix);
    const QString current = QFileInfo(dialog.selectedFiles().value(0)).fileName();
    if (!current.isEmpty() && exportFormatForPath(current))
        dialog.selectFile(QFileInfo(current).completeBaseName() + u'.' + suffix);
}

} // namespace

void showPrintPreview(const Report &report, QWidget *parent)
{
    runPreview(parent, report.title, defaultPageLayout(report),
               [&report](QPagedPaintDevice *device) { return renderReport(report, device); });
}

void showPrintPreview(const RecoveryKeySheet &sheet, QWidget *parent)
{
    runPreview(parent, Tr::tr("Linli database recovery key"), recoveryKeySheetPageLayout(),
               [&sheet](QPagedPaintDevice *device) { return renderRecoveryKeySheet(sheet, device); });
}

Status exportReportWithDialog(const Report &report, QWidget *parent, QString *writtenPath)
{
    if (writtenPath)
        writtenPath->clear();
    QStringList filters;
    for (const FilterEntry &entry : exportFilters())
        filters.append(entry.filter);
    QFileDialog dialog(parent, Tr::tr("Export report"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilters(filters);
    dialog.setDefaultSuffix(exportSuffix(ExportFormat::Pdf));
    dialog.setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog.selectFile(suggestedFileName(report, ExportFormat::Pdf));
    QObject::connect(&dialog, &QFileDialog::filterSelected, &dialog,
                     [&dialog](const QString &filter) { followFilter(dialog, filter); });
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().constFirst();
    // The typed suffix wins; a name without a known suffix gets the chosen filter's format.
    const ExportFormat format = exportFormatForPath(path).value_or(formatForFilter(dialog.selectedNameFilter()));
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status status = writeReport(report, path, format);
    QGuiApplication::restoreOverrideCursor();
    if (status && writtenPath)
        *writtenPath = path;
    return status;
}

} // namespace Linli::Reports
