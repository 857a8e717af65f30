#pragma once

// Writes minimal but valid XLSX packages part by part, so tests control every byte Excel would
// store: shared strings, inline strings, styles, merged ranges, odd cell references.
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <QtCore/QList>
#include <QtCore/QPair>
#include <QtCore/QString>

namespace XlsxBuilder {

using namespace Qt::StringLiterals;

using Parts = QList<QPair<QString, QByteArray>>;

inline bool writeZip(const QString &path, const Parts &parts)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, data] : parts) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        if (file.write(data) != data.size())
            return false;
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

inline QByteArray xml(const QString &body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + body.toUtf8();
}

// A workbook with the given sheets (name → sheetData/mergeCells XML inside <worksheet>), shared
// strings (<si> elements) and cellXfs/numFmts XML for styles.xml.
inline Parts workbook(const QList<QPair<QString, QString>> &sheets, const QString &sharedStrings,
                      const QString &numFmts = {}, const QString &cellXfs = u"<xf numFmtId=\"0\"/>"_s)
{
    Parts parts;
    QString overrides;
    QString sheetList;
    QString rels;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const QString n = QString::number(i + 1);
        overrides +=
            u"<Override PartName=\"/xl/worksheets/sheet"_s + n
            + u".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"_s;
        sheetList +=
            u"<sheet name=\""_s + sheets.at(i).first + u"\" sheetId=\""_s + n + u"\" r:id=\"rId"_s + n + u"\"/>"_s;
        rels += u"<Relationship Id=\"rId"_s + n
                + u"\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                  u"Target=\"worksheets/sheet"_s
                + n + u".xml\"/>"_s;
    }
    rels += u"<Relationship Id=\"rIdS\" "
            u"Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
            u"Target=\"sharedStrings.xml\"/>"
            u"<Relationship Id=\"rIdY\" "
            u"Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
            u"Target=\"/xl/styles.xml\"/>"_s;
    parts.append(
        {u"[Content_Types].xml"_s,
         xml(u"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
             u"<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
             u"<Default Extension=\"xml\" ContentType=\"application/xml\"/>"_s
             + overrides + u"</Types>"_s)});
    parts.append({u"_rels/.rels"_s,
                  xml(u"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      u"<Relationship Id=\"rId1\" "
                      u"Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                      u"Target=\"xl/workbook.xml\"/></Relationships>"_s)});
    parts.append(
        {u"xl/workbook.xml"_s, xml(u"<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                                   u"xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                                   u"<workbookPr/><sheets>"_s
                                   + sheetList + u"</sheets></workbook>"_s)});
    parts.append({u"xl/_rels/workbook.xml.rels"_s,
                  xml(u"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"_s + rels
                      + u"</Relationships>"_s)});
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        parts.append({u"xl/worksheets/sheet"_s + QString::number(i + 1) + u".xml"_s,
                      xml(u"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"_s
                          + sheets.at(i).second + u"</worksheet>"_s)});
    }
    parts.append(
        {u"xl/sharedStrings.xml"_s, xml(u"<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"_s
                                        + sharedStrings + u"</sst>"_s)});
    parts.append(
        {u"xl/styles.xml"_s, xml(u"<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"_s
                                 + (numFmts.isEmpty() ? QString() : u"<numFmts>"_s + numFmts + u"</numFmts>"_s)
                                 + u"<cellXfs>"_s + cellXfs + u"</cellXfs></styleSheet>"_s)});
    return parts;
}

// Shared string items from plain texts.
inline QString sst(const QStringList &texts)
{
    QString out;
    for (const QString &t : texts)
        out += u"<si><t xml:space=\"preserve\">"_s + t.toHtmlEscaped() + u"</t></si>"_s;
    return out;
}

} // namespace XlsxBuilder
