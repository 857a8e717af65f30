#include "csvreader.h"

#include "sheetreader.h"
#include "tabulartr.h"

#include <QtCore/QStringDecoder>

#include <algorithm>

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

namespace {

Error cellTooLong()
{
    return Error(ErrorCode::InvalidInput,
                 Tr::tr("A cell holds more than %1 characters, more than Excel allows. Check that this is the right "
                        "file; a quotation mark that is never closed makes the rest of the file one cell.")
                     .arg(MaxCellChars),
                 u"file.too_large"_s);
}

// The records of decoded CSV text, parsed one at a time (RFC 4180 quoting, embedded newlines,
// CRLF/LF/CR); only the text itself is held, never all the rows.
class CsvSheetReader final : public SheetReader
{
public:
    CsvSheetReader(QString text, QChar delimiter) : m_text(std::move(text)), m_delimiter(delimiter) {}

    QString sheetName() const override { return {}; }
    Result<std::optional<SheetRow>> next() override;

private:
    QString m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_number = 1;
    qint64 m_cells = 0;
    qint64 m_chars = 0;
};

Result<std::optional<SheetRow>> CsvSheetReader::next()
{
    const qsizetype n = m_text.size();
    SheetRow row{m_number, {}};
    QString field;
    bool quoted = false;       // inside a quoted field
    bool fieldStarted = false; // the record has content (so a final newline does not add a row)
    qint64 rowChars = 0;
    const auto endField = [&] {
        rowChars += field.size();
        row.cells.append(std::move(field));
        field = QString();
    };
    bool ended = false;
    while (m_pos < n && !ended) {
        const QChar c = m_text.at(m_pos++);
        if (quoted) {
            if (c == u'"') {
                if (m_pos < n && m_text.at(m_pos) == u'"') {
                    field.append(u'"');
                    ++m_pos;
                } else {
                    quoted = false;
                }
            } else if (c == u'\r') { // a line break inside a cell is LF, as Excel's Alt+Enter makes it
                field.append(u'\n');
                if (m_pos < n && m_text.at(m_pos) == u'\n')
                    ++m_pos;
            } else {
                field.append(c);
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == m_delimiter) {
            endField();
            fieldStarted = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && m_pos < n && m_text.at(m_pos) == u'\n')
                ++m_pos;
            ended = true;
        } else {
            field.append(c);
            fieldStarted = true;
        }
        if (field.size() > MaxCellChars)
            return cellTooLong();
    }
    if (!ended && !fieldStarted && row.cells.isEmpty() && field.isEmpty())
        return std::optional<SheetRow>(); // the end of the text
    endField();
    m_cells += row.cells.size();
    m_chars += rowChars;
    if (row.number > MaxRows || row.cells.size() > MaxColumns || m_cells > MaxCells || rowChars > MaxRowChars
        || m_chars > MaxTextChars)
        return tooLarge();
    ++m_number;
    return std::optional<SheetRow>(std::move(row));
}

} // namespace

Result<std::unique_ptr<SheetReader>> openCsv(const QByteArray &data)
{
    Result<QString> decoded = decodeCsvText(data);
    if (!decoded)
        return decoded.error();
    const bool blank = std::all_of(decoded->cbegin(), decoded->cend(), [](QChar c) { return c.isSpace(); });
    if (blank)
        return Error(ErrorCode::InvalidInput, Tr::tr("The file is empty."), u"file.empty"_s);
    const QChar delimiter = detectCsvDelimiter(*decoded);
    return std::unique_ptr<SheetReader>(new CsvSheetReader(std::move(*decoded), delimiter));
}

Result<Sheet> readCsv(const QByteArray &data)
{
    auto reader = openCsv(data);
    if (!reader)
        return reader.error();
    return readAll(**reader);
}

} // namespace Linli::Tabular
