#pragma once

#include "sheet.h"

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

// Parses CSV bytes (RFC 4180 quoting, embedded newlines, CRLF/LF/CR) into rows numbered
// by record, as a spreadsheet program shows them.
Result<Sheet> readCsv(const QByteArray &data);

} // namespace Linli::Tabular
