#include "reportexport.h"

#include "filewriting.h"
#include "reportrenderer.h"
#include "reportstr.h"

#include <QtCore/QFileInfo>

using namespace Qt::StringLiterals;

namespace Linli::Reports {

Status writePdf(const Report &report, const QString &path)
{
    return writePdfFile(path, report.title, defaultPageLayout(report),
                        [&report](QPagedPaintDevice *device) { return renderReport(report, device); });
}

Status writeReport(const Report &report, const QString &path, ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf: return writePdf(report, path);
    case ExportFormat::Xlsx: return writeXlsx(report, path);
    case ExportFormat::Csv: return writeCsv(report, path);
    }
    return writePdf(report, path);
}

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix();
    for (ExportFormat format : {ExportFormat::Pdf, ExportFormat::Xlsx, ExportFormat::Csv}) {
        if (suffix.compare(exportSuffix(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

QString exportSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf: return u"pdf"_s;
    case ExportFormat::Xlsx: return u"xlsx"_s;
    case ExportFormat::Csv: return u"csv"_s;
    }
    return u"pdf"_s;
}

QString suggestedFileName(const Report &report, ExportFormat format)
{
    QString title;
    for (const QChar ch : report.title) {
        const bool refused = ch.unicode() < 0x20 || u"\\/:*?\"<>|"_s.contains(ch);
        title.append(refused ? QChar(u'_') : ch);
    }
    title = title.simplified();
    while (title.endsWith(u'.') || title.startsWith(u'.'))
        title = title.startsWith(u'.') ? title.mid(1) : title.chopped(1);
    if (title.isEmpty())
        title = Tr::tr("report");
    const QDate date = report.generatedAt.isValid() ? report.generatedAt.toLocalTime().date() : QDate::currentDate();
    return title.left(120) + u'_' + date.toString(Qt::ISODate) + u'.' + exportSuffix(format);
}

} // namespace Linli::Reports
