#pragma once

// Shared by the reports tests: a realistic report and a way to run poppler/unzip.

#include <reports/report.h>

#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtTest/QTest>

namespace Linli::Reports::Test {

inline const QString longIdNumber = QStringLiteral("110105194912310029");

// 120 residents in 6 columns: enough for several A4 pages, with Chinese text whose radicals
// (民) break with the wrong PDF fonts, a long ID number and a remark that must wrap.
inline Report residentReport(int rows = 120)
{
    Report report;
    report.title = QStringLiteral("居民管理花名册");
    report.organisation = QStringLiteral("北京市东城区人民路街道办事处");
    report.parameters = {{QStringLiteral("日期范围"), QStringLiteral("2026-11-01 至 2026-11-30")},
                         {QStringLiteral("社区"), QStringLiteral("邻里社区")}};
    report.generatedAt = QDateTime(QDate(2026, 11, 29), QTime(14, 5));
    report.generatedBy = QStringLiteral("王民");
    report.footerNote = QStringLiteral("本表仅供民政局内部使用");
    Table table;
    table.caption = QStringLiteral("人民路 12 号院");
    table.columns = {{QStringLiteral("序号"), Qt::AlignRight, 1},    {QStringLiteral("姓名"), Qt::AlignLeft, 2},
                     {QStringLiteral("身份证号"), Qt::AlignLeft, 4}, {QStringLiteral("住址"), Qt::AlignLeft, 4},
                     {QStringLiteral("所属单位"), Qt::AlignLeft, 2}, {QStringLiteral("备注"), Qt::AlignLeft, 4}};
    for (int i = 1; i <= rows; ++i) {
        const QString remark =
            i % 7 == 0
                ? QStringLiteral("独居老人，每周二上门探访一次；联系人为其女儿，住在邻里社区三号楼，电话已登记。")
                : (i % 3 == 0 ? QStringLiteral("低保") : QString());
        table.rows.append({QString::number(i), QStringLiteral("张民%1").arg(i),
                           i == 1 ? longIdNumber : QStringLiteral("11010119800101%1").arg(i, 4, 10, QLatin1Char('0')),
                           QStringLiteral("人民路 12 号 %1 单元 %2 室").arg(i % 6 + 1).arg(100 + i),
                           i % 2 ? QStringLiteral("民政局") : QStringLiteral("邻里"), remark});
    }
    report.tables.append(table);
    return report;
}

struct ToolOutput
{
    int exitCode = -1;
    QByteArray out;
};

inline ToolOutput runTool(const QString &program, const QStringList &arguments)
{
    ToolOutput result;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    return result;
}

inline bool haveTool(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

// Text of a PDF (or of pages `first`..`last`) as pdftotext -layout extracts it.
inline QString pdfText(const QString &path, int first = 0, int last = 0)
{
    QStringList arguments = {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first);
    if (last > 0)
        arguments << QStringLiteral("-l") << QString::number(last);
    arguments << path << QStringLiteral("-");
    return QString::fromUtf8(runTool(QStringLiteral("pdftotext"), arguments).out);
}

inline int pdfPageCount(const QString &path)
{
    const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), {path}).out);
    for (const QString &line : info.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

// Font names embedded in a PDF, as pdffonts lists them.
inline QStringList pdfFonts(const QString &path)
{
    QStringList fonts;
    const QStringList lines =
        QString::fromUtf8(runTool(QStringLiteral("pdffonts"), {path}).out).split(QLatin1Char('\n'));
    for (qsizetype i = 2; i < lines.size(); ++i) { // after the heading and the dashes
        if (!lines[i].trimmed().isEmpty())
            fonts.append(lines[i].section(QLatin1Char(' '), 0, 0));
    }
    return fonts;
}

inline QString withoutSpaces(QString text)
{
    text.remove(QLatin1Char(' '));
    return text;
}

} // namespace Linli::Reports::Test
