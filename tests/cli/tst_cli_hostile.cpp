// Reliability campaign, "hostile spreadsheets" part (docs/RELIABILITY.md, issue 13): files made
// to blow up a reader are imported by the real linli-cli within 2 × their size + 300 MB of peak
// memory; a refused file writes nothing; the output stops at 1,000 errors. Every file is made
// here. Short form (CI): the hostile files and a valid 20,000-row workbook, which stays below the
// 546 MB the old reader took. LINLI_HOSTILE=long adds a valid 100,000-row workbook.
// The peaks are printed (QDEBUG) for docs/PERFORMANCE.md.

#include "../tabular/xlsxbuilder.h"
#include "clitestbase.h"

#include <core/idnumber.h>

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QThread>

#include <cerrno>
#include <vector>

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>

using namespace CliTest;

namespace {

constexpr qint64 MiB = 1024 * 1024;
// The valid 100,000-row import's peak when first measured, before rows were streamed
// (docs/PERFORMANCE.md).
constexpr qint64 OldValidPeak = 546 * MiB;

qint64 boundFor(const QString &file)
{
    return 2 * QFileInfo(file).size() + 300 * MiB;
}

QString mb(qint64 bytes)
{
    if (bytes < MiB)
        return QString::number(double(bytes) / 1024, 'f', 1) + u" KB"_s;
    return QString::number(double(bytes) / MiB, 'f', 1) + u" MB"_s;
}

qint64 ownRss()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

// Valid and different for every (region, i) up to a million: the day of birth moves every 1,000.
QString idNumber(const QString &region, int i)
{
    const QString first17 = region + QDate(1950, 1, 1).addDays(i / 1000).toString(u"yyyyMMdd"_s)
                            + QString::number(i % 1000).rightJustified(3, u'0');
    return first17 + Linli::Core::IdNumber::mainlandCheckCharacter(first17);
}

QByteArray cellRef(int column, int row)
{
    return char('A' + column) + QByteArray::number(row);
}

QByteArray textCell(int column, int row, const QString &text)
{
    return "<c r=\"" + cellRef(column, row) + "\" t=\"inlineStr\"><is><t>" + text.toHtmlEscaped().toUtf8()
           + "</t></is></c>";
}

QByteArray textRow(int row, const QStringList &texts)
{
    QByteArray out = "<row r=\"" + QByteArray::number(row) + "\">";
    for (int c = 0; c < texts.size(); ++c)
        out += textCell(c, row, texts.at(c));
    return out + "</row>";
}

// XlsxBuilder's one-sheet workbook with the sheet given as bytes (the large ones are not worth a
// QString copy) and, when `dtd` is set, a DTD before the shared strings' root.
bool writeBook(const QString &file, const QByteArray &sheet, const QString &sharedStrings, const QByteArray &dtd = {})
{
    XlsxBuilder::Parts parts = XlsxBuilder::workbook({{u"Sheet1"_s, QString()}}, sharedStrings, {},
                                                     u"<xf numFmtId=\"0\"/><xf numFmtId=\"49\"/>"_s);
    for (auto &[name, data] : parts) {
        if (name == u"xl/worksheets/sheet1.xml")
            data.insert(data.lastIndexOf("</worksheet>"), sheet);
        else if (name == u"xl/sharedStrings.xml" && !dtd.isEmpty())
            data.insert(data.indexOf("<sst"), dtd);
    }
    return XlsxBuilder::writeZip(file, parts);
}

// `rows` people, four to a room (户主, 配偶, 子, 女), under the header in row 1.
bool writeValidBook(const QString &file, const QString &region, int rows)
{
    static const QStringList surnames = {u"王"_s, u"李"_s, u"张"_s, u"刘"_s, u"陈"_s, u"杨"_s, u"欧阳"_s};
    static const QStringList given = {u"建国"_s, u"秀兰"_s, u"伟"_s, u"静"_s, u"海燕"_s, u"磊"_s, u"桂英"_s};
    static const QStringList relations = {u"户主"_s, u"配偶"_s, u"子"_s, u"女"_s};
    QByteArray sheet =
        "<sheetData>" + textRow(1, {u"姓名"_s, u"身份证号"_s, u"楼号"_s, u"单元"_s, u"房号"_s, u"与户主关系"_s});
    for (int i = 0; i < rows; ++i) {
        const int room = i / 4;
        sheet += textRow(i + 2,
                         {surnames.at(i % surnames.size()) + given.at(i / 7 % given.size()), idNumber(region, i),
                          QString::number(room / 240 + 1), QString::number(room / 40 % 6 + 1),
                          QString::number((room % 40) / 2 + 1) + (room % 2 ? u"02"_s : u"01"_s), relations.at(i % 4)});
    }
    return writeBook(file, sheet + "</sheetData>", QString());
}

// Starts `args` in its own session in `dir`, stdin from /dev/null, stdout and stderr into files;
// returns the pid for wait4(), or -1.
pid_t spawn(const QStringList &args, const QStringList &env, const QString &dir, const QString &outFile,
            const QString &errFile)
{
    // Everything the child needs is made before fork(): after it only async-signal-safe calls.
    QList<QByteArray> argBytes;
    for (const QString &a : args)
        argBytes.append(a.toUtf8());
    QList<QByteArray> envBytes;
    for (const QString &e : env)
        envBytes.append(e.toUtf8());
    std::vector<char *> argv;
    std::vector<char *> envp;
    for (QByteArray &a : argBytes)
        argv.push_back(a.data());
    for (QByteArray &e : envBytes)
        envp.push_back(e.data());
    argv.push_back(nullptr);
    envp.push_back(nullptr);
    const QByteArray cwd = QFile::encodeName(dir);
    const int in = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    const int out = ::open(QFile::encodeName(outFile).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    const int err = ::open(QFile::encodeName(errFile).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    pid_t pid = -1;
    if (in >= 0 && out >= 0 && err >= 0) {
        pid = ::fork();
        if (pid == 0) {
            ::setsid(); // no terminal to ask a password on, as in CliTestBase::cli()
            if (::chdir(cwd.constData()) != 0 || ::dup2(in, 0) < 0 || ::dup2(out, 1) < 0 || ::dup2(err, 2) < 0)
                ::_exit(127);
            ::execve(argv.front(), argv.data(), envp.data());
            ::_exit(127);
        }
    }
    for (const int fd : {in, out, err}) {
        if (fd >= 0)
            ::close(fd);
    }
    return pid;
}

} // namespace

class TestCliHostile : public CliTestBase
{
    Q_OBJECT

private:
    struct Measured
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        qint64 peak = -1; // bytes
        qint64 ms = 0;
    };

    // Runs linli-cli as admin through fork/exec and reaps it with wait4(), whose ru_maxrss is its
    // peak resident set: QProcess reaps its own children, so their rusage is lost. The forked
    // child counts the test's own pages until exec, so the figure is the program's own whenever it
    // is above the test's size (printed with it).
    Measured measured(const QStringList &args)
    {
        QProcessEnvironment pe = QProcessEnvironment::systemEnvironment();
        for (const QString &name :
             {u"LINLI_NEW_PASSWORD"_s, u"LINLI_RECOVERY_KEY"_s, u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s})
            pe.remove(name);
        pe.insert(u"LINLI_DEBUG"_s, u"1"_s); // a refusal names its error code
        pe.insert(u"LANG"_s, u"C.UTF-8"_s);
        pe.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        pe.insert(u"LINLI_PASSWORD"_s, AdminPassword);
        m_passwordsSeen.append(AdminPassword);
        const QString outFile = path(u"import.out"_s);
        const QString errFile = path(u"import.err"_s);
        Measured m;
        QElapsedTimer timer;
        timer.start();
        const pid_t pid = spawn(QStringList{QStringLiteral(LINLI_CLI), u"--db"_s, m_db, u"--user"_s, u"admin"_s} + args,
                                pe.toStringList(), m_dir->path(), outFile, errFile);
        if (pid < 0)
            return m;
        int status = 0;
        rusage usage{};
        pid_t done = 0;
        while ((done = ::wait4(pid, &status, WNOHANG, &usage)) == 0 || (done < 0 && errno == EINTR)) {
            if (timer.elapsed() > 240'000) {
                ::kill(pid, SIGKILL);
                done = ::wait4(pid, &status, 0, &usage);
                break;
            }
            QThread::msleep(20);
        }
        m.ms = timer.elapsed();
        if (done == pid) {
            m.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -2;
            m.peak = qint64(usage.ru_maxrss) * 1024; // kilobytes on Linux
        }
        m.out = readAll(outFile);
        m.err = readAll(errFile);
        if (m.out.contains(AdminPassword.toUtf8()) || m.err.contains(AdminPassword.toUtf8()))
            m_leaks.append(args.join(u' '));
        return m;
    }

    qint64 residentCount()
    {
        const QString csv = path(u"count.csv"_s);
        QFile::remove(csv);
        const Run r = asAdmin({u"residents"_s, u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, csv});
        return r.exitCode == Ok ? readAll(csv).count('\n') - 1 : -1;
    }

    // What every case checks: `import residents FILE --json` exits with `exitCode`, adds `added`
    // residents (none when refused), prints at most 1 MB, and its peak memory stays within
    // `bound`. A file refused whole names its error code (`refusal`) and prints no report; else
    // the report, with at most 1,000 errors, is handed back for the case's own checks.
    void importChecked(const QString &file, qint64 bound, int exitCode, qint64 added, QJsonObject *report,
                       const QString &refusal = {})
    {
        const qint64 before = residentCount();
        QVERIFY(before >= 0);
        const qint64 testRss = ownRss();
        const Measured m = measured({u"--json"_s, u"import"_s, u"residents"_s, file});
        qDebug("%s (%s): peak %s (bound %s), %.1f s, %lld bytes of output; the test process was %s at fork",
               qPrintable(QFileInfo(file).fileName()), qPrintable(mb(QFileInfo(file).size())), qPrintable(mb(m.peak)),
               qPrintable(mb(bound)), double(m.ms) / 1000, qint64(m.out.size() + m.err.size()),
               qPrintable(mb(testRss)));
        QVERIFY2(
            m.exitCode == exitCode,
            qPrintable(
                u"exit %1, expected %2: %3"_s.arg(m.exitCode).arg(exitCode).arg(QString::fromUtf8(m.err.left(2000)))));
        QVERIFY(m.peak > 0);
        QVERIFY2(m.peak <= bound, qPrintable(u"peak %1 above %2"_s.arg(mb(m.peak), mb(bound))));
        QVERIFY2(m.out.size() + m.err.size() <= MiB, qPrintable(u"%1 bytes of output"_s.arg(m.out.size())));
        if (refusal.isEmpty()) {
            QJsonParseError parse{};
            const QJsonObject json = QJsonDocument::fromJson(m.out, &parse).object();
            QVERIFY2(parse.error == QJsonParseError::NoError && !json.isEmpty(), m.err.constData());
            QVERIFY(json.value(u"errors"_s).toArray().size() <= 1000);
            *report = json;
        } else {
            QVERIFY2(m.out.isEmpty() && m.err.size() < 4096, m.out.left(200).constData());
            QVERIFY2(m.err.contains(u"(%1)"_s.arg(refusal).toUtf8()), m.err.constData());
        }
        QCOMPARE(residentCount(), before + added);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(QStringLiteral(LINLI_CLI)), LINLI_CLI);
        setUpFolder();
        QVERIFY(!initDb().isEmpty());
    }
    void cleanupTestCase() { checkNoLeaksAndClean(); }

    // 12 real rows; 楼号 merged F3:F1000000 and the name B3:B1000, the used range to row 1,000,000.
    // Filling the merge into every row made a million rows (4.8 GB): now only the 12 are rows.
    void mergedDownAMillionRows()
    {
        QByteArray sheet = "<dimension ref=\"A1:F1000000\"/><sheetData>" + textRow(1, {u"居民花名册"_s})
                           + textRow(2, {u"序号"_s, u"姓名"_s, u"身份证号"_s, u"单元"_s, u"房号"_s, u"楼号"_s});
        for (int r = 3; r < 15; ++r) {
            sheet += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r) + "\"><v>"
                     + QByteArray::number(r - 2) + "</v></c>" + (r == 3 ? textCell(1, r, u"张三"_s) : QByteArray())
                     + textCell(2, r, idNumber(u"110105"_s, r)) + "<c r=\"D" + QByteArray::number(r)
                     + "\"><v>2</v></c><c r=\"E" + QByteArray::number(r) + "\"><v>" + QByteArray::number(500 + r)
                     + "</v></c>" + (r == 3 ? textCell(5, r, u"3"_s) : QByteArray()) + "</row>";
        }
        sheet += "</sheetData><mergeCells count=\"3\"><mergeCell ref=\"A1:F1\"/><mergeCell ref=\"B3:B1000\"/>"
                 "<mergeCell ref=\"F3:F1000000\"/></mergeCells>";
        const QString file = path(u"merged.xlsx"_s);
        QVERIFY(writeBook(file, sheet, QString()));
        QJsonObject report;
        importChecked(file, boundFor(file), Ok, 12, &report);
        QCOMPARE(report.value(u"data_rows"_s).toInt(), 12);
        QCOMPARE(report.value(u"imported"_s).toInt(), 12);
    }

    // 999,000 rows with an ID number Excel turned into 1.10105E+17: the check stops at the
    // 1,000th error, counts the rest and writes nothing (it took 6.8 GB and printed 333 MB).
    void aMillionBadCsvRows()
    {
        const QString file = path(u"bad.csv"_s);
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.write("姓名,身份证号,楼号,单元,房号\r\n") > 0);
            const QByteArray block = QByteArray("某某,1.10105E+17,3,2,501\r\n").repeated(9'990);
            for (int i = 0; i < 100; ++i)
                QCOMPARE(f.write(block), block.size());
        }
        QJsonObject report;
        importChecked(file, boundFor(file), Invalid, 0, &report);
        QCOMPARE(report.value(u"data_rows"_s).toInt(), 999'000);
        QCOMPARE(report.value(u"imported"_s).toInt(), 0);
        QCOMPARE(report.value(u"errors"_s).toArray().size(), 1000);
        QCOMPARE(report.value(u"rows_not_checked"_s).toInt(), 998'000);
        QVERIFY(!report.value(u"note"_s).toString().isEmpty());
    }

    // One shared string of 32,000 characters in each of 200 cells of 1,000 rows: 6.4 billion
    // characters from a 16 KB file. Refused as too large, without expanding it.
    void longSharedStringEverywhere()
    {
        QByteArray sheet = "<sheetData>" + textRow(1, {u"姓名"_s, u"身份证号"_s});
        const QByteArray cells = QByteArray("<c t=\"s\"><v>0</v></c>").repeated(200);
        for (int r = 2; r < 1002; ++r)
            sheet += "<row r=\"" + QByteArray::number(r) + "\">" + cells + "</row>";
        const QString file = path(u"laughs-shared.xlsx"_s);
        QVERIFY(writeBook(file, sheet + "</sheetData>", XlsxBuilder::sst({QString(32'000, u'好')})));
        importChecked(file, boundFor(file), Invalid, 0, nullptr, u"file.too_large"_s);
    }

    // A DTD entity of 4,000 characters (under QXmlStreamReader's own limit per entity) used
    // 200,000 times in one shared string: 800 million characters. A DTD in a part is refused.
    void entityExpansion()
    {
        QByteArray sheet = "<sheetData>" + textRow(1, {u"姓名"_s, u"身份证号"_s});
        for (int r = 2; r < 1000; ++r)
            sheet += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r)
                     + "\" t=\"s\"><v>0</v></c></row>";
        const QString file = path(u"laughs-entity.xlsx"_s);
        QVERIFY(writeBook(file, sheet + "</sheetData>", u"<si><t>"_s + u"&a;"_s.repeated(200'000) + u"</t></si>"_s,
                          "<!DOCTYPE sst [<!ENTITY a \"" + QByteArray(4000, 'x') + "\">]>"));
        importChecked(file, boundFor(file), Invalid, 0, nullptr, u"file.damaged"_s);
    }

    // A valid sheet 'used' to row 1,048,576: five people, then rows that only carry a style
    // (every 1,000th with styled empty cells). Formatting is not data: five rows are imported.
    void formattedToTheLastRow()
    {
        QByteArray sheet = "<dimension ref=\"A1:F1048576\"/><sheetData>"
                           + textRow(1, {u"姓名"_s, u"身份证号"_s, u"楼号"_s, u"单元"_s, u"房号"_s, u"与户主关系"_s});
        for (int i = 0; i < 5; ++i)
            sheet += textRow(i + 2, {QStringList{u"赵明"_s, u"钱红"_s, u"孙丽"_s, u"李强"_s, u"周平"_s}.at(i),
                                     idNumber(u"110108"_s, i), u"88"_s, u"1"_s, QString::number(101 + i), u"户主"_s});
        sheet.reserve(sheet.size() + 48 * 1'048'576);
        for (int r = 7; r <= 1'048'576; ++r) {
            const QByteArray n = QByteArray::number(r);
            if (r % 1000 == 0) {
                sheet += "<row r=\"" + n + "\" s=\"1\" customFormat=\"1\">";
                for (int c = 0; c < 6; ++c)
                    sheet += "<c r=\"" + cellRef(c, r) + "\" s=\"1\"/>";
                sheet += "</row>";
            } else {
                sheet += "<row r=\"" + n + "\" s=\"1\" customFormat=\"1\"/>";
            }
        }
        const QString file = path(u"formatted.xlsx"_s);
        QVERIFY(writeBook(file, sheet + "</sheetData>", QString()));
        sheet = {};
        QJsonObject report;
        importChecked(file, boundFor(file), Ok, 5, &report);
        QCOMPARE(report.value(u"data_rows"_s).toInt(), 5);
        QCOMPARE(report.value(u"imported"_s).toInt(), 5);
    }

    void validTwentyThousand() { validImport(u"310104"_s, 20'000); }

    void validHundredThousand()
    {
        if (qEnvironmentVariable("LINLI_HOSTILE") != u"long")
            QSKIP("long form only (LINLI_HOSTILE=long)");
        validImport(u"420106"_s, 100'000);
    }

private:
    void validImport(const QString &region, int rows)
    {
        const QString file = path(u"valid-%1.xlsx"_s.arg(rows));
        QVERIFY(writeValidBook(file, region, rows));
        QJsonObject report;
        importChecked(file, OldValidPeak, Ok, rows, &report);
        QCOMPARE(report.value(u"data_rows"_s).toInt(), rows);
        QCOMPARE(report.value(u"imported"_s).toInt(), rows);
        QFile::remove(file);
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_cli_hostile.moc"
