#include "csvreader.h"

#include "sheetreader.h"
#include "tabulartr.h"

#include <QtCore/QStringDecoder>

#include <array>

using namespace Qt::StringLiterals;

namespace Linli::Tabular {

namespace {

Error notSpreadsheet()
{
    return Error(ErrorCode::InvalidInput, Tr::tr("The file is neither an Excel workbook (.xlsx) nor a CSV text file."),
                 u"file.not_spreadsheet"_s);
}

Error tooLarge()
{
    return Error(ErrorCode::InvalidInput,
                 Tr::tr("The file has more than %1 rows or cells; split it into smaller files.").arg(MaxRows),
                 u"file.too_large"_s);
}

// Text has no NUL bytes and hardly any other control characters.
bool looksLikeText(const QByteArray &data)
{
    qsizetype controls = 0;
    for (const char ch : data) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == 0)
            return false;
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            ++controls;
    }
    return controls * 100 <= data.size();
}

bool decodeStrict(QStringDecoder &decoder, QByteArrayView bytes, QString *out)
{
    *out = decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace

Result<QString> decodeCsvText(const QByteArray &data, CsvEncoding *encoding)
{
    const bool utf16le = data.startsWith("\xFF\xFE");
    const bool utf16be = data.startsWith("\xFE\xFF");
    if (utf16le || utf16be) {
        QStringDecoder decoder(utf16le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        QString text;
        if (!decodeStrict(decoder, QByteArrayView(data).sliced(2), &text) || text.contains(QChar(0)))
            return notSpreadsheet();
        if (encoding)
            *encoding = CsvEncoding::Utf16;
        return text;
    }
    if (!looksLikeText(data))
        return notSpreadsheet();

    QByteArrayView bytes(data);
    const bool bom = data.startsWith("\xEF\xBB\xBF");
    if (bom)
        bytes = bytes.sliced(3);
    QString text;
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    if (decodeStrict(utf8, bytes, &text)) {
        if (encoding)
            *encoding = CsvEncoding::Utf8;
        return text;
    }
    if (bom) // says UTF-8 but is not: damaged rather than some other encoding
        return Error(ErrorCode::InvalidInput, Tr::tr("The CSV file is damaged: it is not valid UTF-8 text."),
                     u"file.damaged"_s);
    QStringDecoder gb("GB18030", QStringConverter::Flag::Stateless);
    if (!gb.isValid())
        return Error(ErrorCode::Internal, Tr::tr("This system cannot read GB18030 text."), u"encoding.unavailable"_s);
    if (!decodeStrict(gb, bytes, &text) || text.contains(QChar::ReplacementCharacter))
        return notSpreadsheet();
    if (encoding)
        *encoding = CsvEncoding::Gb18030;
    return text;
}

QChar detectCsvDelimiter(QStringView text)
{
    constexpr std::array<char16_t, 3> candidates{u',', u';', u'\t'};
    // Per candidate, the count on each of the first lines, outside quotes.
    std::array<QList<int>, 3> counts;
    std::array<int, 3> current{};
    bool quoted = false;
    int lines = 0;
    for (qsizetype i = 0; i < text.size() && lines < 30; ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            for (size_t k = 0; k < candidates.size(); ++k) {
                counts[k].append(current[k]);
                current[k] = 0;
            }
            ++lines;
        } else if (!quoted) {
            for (size_t k = 0; k < candidates.size(); ++k) {
                if (c == candidates[k])
                    ++current[k];
            }
        }
    }
    for (size_t k = 0; k < candidates.size(); ++k)
        counts[k].append(current[k]);

    // Score: how many lines share the most common non-zero count, then that count.
    QChar best = u',';
    qint64 bestScore = 0;
    for (size_t k = 0; k < candidates.size(); ++k) {
        QHash<int, int> frequency;
        for (int n : std::as_const(counts[k])) {
            if (n > 0)
                ++frequency[n];
        }
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            const qint64 score = qint64(it.value()) * 100000 + it.key();
            if (score > bestScore) {
                bestScore = score;
                best = QChar(candidates[k]);
            }
        }
    }
    return best;
}

Result<Sheet> readCsv(const QByteArray &data)
{
    Result<QString> decoded = decodeCsvText(data);
    if (!decoded)
        return decoded.error();
    const QString &text = *decoded;
    if (text.trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, Tr::tr("The file is empty."), u"file.empty"_s);
    const QChar delimiter = detectCsvDelimiter(text);

    Sheet sheet;
    SheetRow row{1, {}};
    QString field;
    bool quoted = false;       // inside a quoted field
    bool fieldStarted = false; // the record has content (so a final newline does not add a row)
    qint64 cells = 0;
    auto endField = [&] {
        row.cells.append(field);
        field.clear();
    };
    auto endRow = [&]() -> bool {
        endField();
        cells += row.cells.size();
        if (row.number > MaxRows || row.cells.size() > MaxColumns || cells > MaxCells)
            return false;
        const int next = row.number + 1;
        sheet.rows.append(std::move(row));
        row = SheetRow{next, {}};
        fieldStarted = false;
        return true;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == u'\r') { // a line break inside a cell is LF, as Excel's Alt+Enter makes it
                field.append(u'\n');
                if (i + 1 < n && text.at(i + 1) == u'\n')
                    ++i;
            } else {
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            endField();
            fieldStarted = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            if (!endRow())
                return tooLarge();
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (fieldStarted || !row.cells.isEmpty() || !field.isEmpty()) {
        if (!endRow())
            return tooLarge();
    }
    return sheet;
}

} // namespace Linli::Tabular
