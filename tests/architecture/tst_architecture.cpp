// The boundaries between modules, checked on the source text (issue 14). The include graph is
// checked by the build (each module links only what it declares); what hides from it is SQL:
//
// 1. A module's SQL names only its own tables and the views other modules publish (CREATE VIEW in
//    their migrations). The storage module's tables are named only by storage.
// 2. Sync code (modules/sync, server/src) names no other module's table: what syncs is declared
//    by the modules.
// 3. Pages and commands (modules/*/ui, app/gui, app/cli) include no storage header and hold no SQL:
//    they get services.
//
// What breaks a rule today and has not been moved yet is listed below as debt, file by file. The
// test fails on any break that is not listed, and on a listed one that is gone (so the list only
// shrinks). LINLI_ARCH_EXTRA=FILE[:MODULE-DIR] checks one more file as if it were in the tree
// (to see the test fail on a planted break).

#include <QtCore/QDirIterator>
#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Root = QStringLiteral(LINLI_SOURCE_DIR);

// Known breaks, "path: what". Each entry goes when its file is moved onto a contract.
const QSet<QString> Debt = {
#include "architecture_debt.inc"
};

// Functions over 80 lines not split yet, "path: name". The list only shrinks.
const QSet<QString> LongDebt = {
#include "function_debt.inc"
};

QString stripComments(const QString &text)
{
    // Comments name tables to explain them; only code counts. String literals are kept whole.
    QString out;
    out.reserve(text.size());
    enum { Code, Line, Block, Str, Chr, Raw } state = Code;
    QString rawEnd;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar n = i + 1 < text.size() ? text.at(i + 1) : QChar();
        switch (state) {
        case Code:
            if (c == u'/' && n == u'/') {
                state = Line;
                ++i;
            } else if (c == u'/' && n == u'*') {
                state = Block;
                ++i;
            } else if (c == u'R' && n == u'"' && (i == 0 || !text.at(i - 1).isLetterOrNumber())) {
                const qsizetype open = text.indexOf(u'(', i + 2);
                rawEnd = u')' + text.mid(i + 2, open - i - 2) + u'"';
                out += text.mid(i, open - i + 1);
                i = open;
                state = Raw;
            } else {
                if (c == u'"')
                    state = Str;
                else if (c == u'\'')
                    state = Chr;
                out += c;
            }
            break;
        case Line:
            if (c == u'\n') {
                state = Code;
                out += c;
            }
            break;
        case Block:
            if (c == u'*' && n == u'/') {
                state = Code;
                ++i;
            }
            break;
        case Str:
        case Chr:
            out += c;
            if (c == u'\\') {
                out += n;
                ++i;
            } else if ((state == Str && c == u'"') || (state == Chr && c == u'\'')) {
                state = Code;
            }
            break;
        case Raw:
            if (text.mid(i, rawEnd.size()) == rawEnd) {
                out += rawEnd;
                i += rawEnd.size() - 1;
                state = Code;
            } else {
                out += c;
            }
            break;
        }
    }
    return out;
}

QString read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QStringList sources(const QString &dir)
{
    QStringList out;
    QDirIterator it(Root + u'/' + dir, {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(it.next().mid(Root.size() + 1));
    out.sort();
    return out;
}

struct Schema
{
    QHash<QString, QString> tableOwner; // table or view → module
    QSet<QString> views;                // published
};

Schema readSchema()
{
    Schema s;
    static const QRegularExpression create(u"CREATE\\s+(TABLE|VIEW)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([a-z][a-z0-9_]*)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    for (const QString &file : sources(u"modules"_s)) {
        if (file.contains(u"/ui/"))
            continue;
        const QString module = file.section(u'/', 1, 1);
        const QString text = stripComments(read(Root + u'/' + file));
        for (auto it = create.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            s.tableOwner.insert(m.captured(2), module);
            if (m.captured(1).compare(u"VIEW"_s, Qt::CaseInsensitive) == 0)
                s.views.insert(m.captured(2));
        }
    }
    return s;
}

// Every break of the three rules in `file`, as "file: what".
QStringList breaks(const QString &file, const QString &moduleDir, const QString &text, const Schema &schema)
{
    QStringList out;
    const QString code = stripComments(text);
    const bool isSync = moduleDir == u"sync" || moduleDir == u"server";
    const bool isPage = file.contains(u"/ui/") || file.startsWith(u"app/gui/") || file.startsWith(u"app/cli/");
    static const QRegularExpression word(u"\\b[a-z][a-z0-9_]*\\b"_s);
    QSet<QString> named;
    for (auto it = word.globalMatch(code); it.hasNext();) {
        const QString w = it.next().captured();
        if (schema.tableOwner.contains(w))
            named.insert(w);
    }
    QStringList sorted(named.cbegin(), named.cend());
    sorted.sort();
    for (const QString &table : std::as_const(sorted)) {
        const QString owner = schema.tableOwner.value(table);
        if (owner == moduleDir || (moduleDir == u"server" && owner == u"sync"))
            continue; // the server keeps the sync module's rows too
        if (isSync && owner != u"storage")
            out.append(file + u": sync names " + table);
        else if (schema.views.contains(table) && owner != u"storage")
            continue;
        else
            out.append(file + u": names " + table + u" of " + owner);
    }
    if (isPage) {
        static const QRegularExpression include(u"#include\\s*[<\"]storage/"_s);
        if (include.match(code).hasMatch())
            out.append(file + u": includes storage");
        static const QRegularExpression sql(
            u"\"[^\"\\n]*\\b(SELECT\\s[^\"\\n]*\\bFROM|INSERT\\s+INTO|UPDATE\\s+[a-z_]+\\s+SET|DELETE\\s+FROM)\\b"_s);
        if (sql.match(code).hasMatch())
            out.append(file + u": holds SQL");
    }
    return out;
}

// Functions longer than 80 lines (issue 14, part 5), as "file: name": a function's body is counted
// from its opening brace at the start of a line to the closing one, without blank lines, string
// literal lines (SQL text) and raw strings (migrations). Functions defined inside a class body
// are not counted (they are short by custom).
QStringList longFunctions(const QString &file, const QString &text)
{
    constexpr int Limit = 80;
    QStringList out;
    const QStringList lines = stripComments(text).split(u'\n');
    static const QRegularExpression name(u"([A-Za-z_~][A-Za-z0-9_:~]*(?:<[^()]*>)?)\\s*\\("_s);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i) != u"{")
            continue;
        qsizetype start = i - 1;
        while (start > 0 && (lines.at(start).isEmpty() || lines.at(start).at(0).isSpace()))
            --start;
        const QString signature = lines.at(start);
        if (signature.startsWith(u"class ") || signature.startsWith(u"struct ") || signature.startsWith(u"enum ")
            || signature.startsWith(u"union ") || signature.startsWith(u"namespace")
            || signature.startsWith(u"template") || !signature.contains(u'('))
            continue;
        int counted = 0;
        bool raw = false;
        qsizetype j = i + 1;
        for (; j < lines.size() && !(lines.at(j) == u"}" || lines.at(j) == u"};"); ++j) {
            const QString t = lines.at(j).trimmed();
            if (raw) {
                raw = !t.contains(u")sql\""_s) && !t.contains(u")\""_s);
                continue;
            }
            if (t.contains(u"R\""_s) && !t.contains(u")\""_s)) {
                raw = true;
                continue;
            }
            if (t.isEmpty() || t.startsWith(u"u\""_s) || t.startsWith(u'"') || t.startsWith(u"QStringLiteral(\""_s))
                continue;
            ++counted;
        }
        if (counted > Limit) {
            const auto m = name.match(signature);
            out.append(file + u": "_s + (m.hasMatch() ? m.captured(1) : signature.trimmed()));
        }
        i = j;
    }
    return out;
}

QString moduleDirOf(const QString &file)
{
    if (file.startsWith(u"modules/"))
        return file.section(u'/', 1, 1);
    if (file.startsWith(u"server/"))
        return u"server"_s;
    return u"app"_s;
}

} // namespace

class TestArchitecture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modulesMeetOnlyThroughContracts()
    {
        const Schema schema = readSchema();
        QVERIFY2(schema.tableOwner.size() > 40, "the migrations could not be read");
        QStringList found;
        QStringList files = sources(u"modules"_s) + sources(u"app"_s) + sources(u"server/src"_s);
        for (const QString &file : std::as_const(files))
            found += breaks(file, moduleDirOf(file), read(Root + u'/' + file), schema);
        if (const QString extra = qEnvironmentVariable("LINLI_ARCH_EXTRA"); !extra.isEmpty()) {
            const QString path = extra.section(u':', 0, 0);
            const QString dir = extra.section(u':', 1, 1);
            found +=
                breaks(u"planted/"_s + dir + u"/ui/planted.cpp"_s, dir.isEmpty() ? u"app"_s : dir, read(path), schema);
        }
        QStringList unlisted;
        for (const QString &b : std::as_const(found)) {
            if (!Debt.contains(b)) {
                unlisted.append(b);
                qWarning("%s", qPrintable(b)); // QTest cuts a long failure message short
            }
        }
        QStringList gone;
        for (const QString &d : Debt) {
            if (!found.contains(d)) {
                gone.append(d);
                qWarning("gone: %s", qPrintable(d));
            }
        }
        gone.sort();
        QVERIFY2(unlisted.isEmpty(), qPrintable(u"modules meeting outside their contracts (docs/ARCHITECTURE.md, "
                                                u"\"Adding a module\"):\n  "_s
                                                + unlisted.join(u"\n  ")));
        QVERIFY2(gone.isEmpty(), qPrintable(u"fixed — remove from tests/architecture/architecture_debt.inc:\n  "_s
                                            + gone.join(u"\n  ")));
        qDebug("%lld known breaks left to move onto contracts", qint64(Debt.size()));
    }

    void noFunctionOver80Lines()
    {
        QStringList found;
        const QStringList files = sources(u"modules"_s) + sources(u"app"_s) + sources(u"server/src"_s);
        for (const QString &file : files)
            found += longFunctions(file, read(Root + u'/' + file));
        if (const QString extra = qEnvironmentVariable("LINLI_ARCH_EXTRA"); !extra.isEmpty())
            found += longFunctions(u"planted/planted.cpp"_s, read(extra.section(u':', 0, 0)));
        QStringList unlisted, gone;
        for (const QString &f : std::as_const(found)) {
            if (!LongDebt.contains(f))
                unlisted.append(f);
        }
        for (const QString &d : LongDebt) {
            if (!found.contains(d))
                gone.append(d);
        }
        unlisted.sort();
        gone.sort();
        QVERIFY2(unlisted.isEmpty(),
                 qPrintable(u"functions over 80 lines (split them along their seams):\n  "_s + unlisted.join(u"\n  ")));
        QVERIFY2(gone.isEmpty(),
                 qPrintable(u"split — remove from tests/architecture/function_debt.inc:\n  "_s + gone.join(u"\n  ")));
        qDebug("%lld long functions left to split", qint64(LongDebt.size()));
    }
};

QTEST_GUILESS_MAIN(TestArchitecture)
#include "tst_architecture.moc"
