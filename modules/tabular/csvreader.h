#pragma once

#include "sheetreader.h"

#include <core/result.h>

#include <QtCore/QByteArray>

namespace Linli::Tabular {

// Text encodings a CSV file may come in.
enum class CsvEncoding { Utf8, Utf16, Gb18030 };

// Decodes CSV bytes: UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text"),
// else GB18030/GBK. Binary junk is refused with "file.not_spreadsheet".
Result<QString> decodeCsvText(const QByteArray &data, CsvEncoding *encoding = nullptr);

// The delimiter the text most likely uses: ',', ';' or '\t'.
QChar detectCsvDelimiter(QStringView text);

// Opens CSV bytes for reading record by record (RFC 4180 quoting, embedded newlines,
// CRLF/LF/CR), rows numbered by record as a spreadsheet program shows them. Only the decoded
// text is kept; the bytes may go.
Result<std::unique_ptr<SheetReader>> openCsv(const QByteArray &data);

// Every row of CSV bytes: openCsv() and readAll().
Result<Sheet> readCsv(const QByteArray &data);

} // namespace Linli::Tabular
