#pragma once

// The data of the printed forms (forms.h): plain, already formatted and masked text. Domain
// modules fill these without linking Qt Gui (linli_reportdata); forms.h renders them.

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace Linli::Reports {

struct ReceiptForm
{
    QString organisation;
    QString title; // 收款收据
    QString mark;  // "补打（第 2 次）", empty for the original
    bool voided = false;
    QString number; // 2026-000001
    QString date;   // 2026年12月4日
    QString payer;  // "幸福里 3-2-501 张*"
    QString method; // "微信支付 4200001234…"
    QString clerk;
    QList<QStringList> lines; // item, detail (period), amount ("¥107.35")
    QString total;            // ¥1,107.35
    QString totalInWords;     // 壹仟壹佰零柒元叁角伍分
    QString note;             // "含预存 ¥1,000.00"
};

// Where and how a receipt is printed. A4 holds two copies (the payer's and the counterfoil) with
// a cut line. The small form is the common 三等分 continuous paper (241 × 93 mm); on pre-printed
// paper only the values are printed, shifted by the offsets each printer needs (mm, + right/down).
struct ReceiptPaper
{
    enum class Kind { A4, Small };
    Kind kind = Kind::A4;
    bool preprinted = true; // small form only: the labels and lines are on the paper already
    double offsetXmm = 0;
    double offsetYmm = 0;
};

// A letter to a household: one A4 page each, several in one document for a bulk printing.
struct Letter
{
    QString organisation;
    QString title;      // 物业服务费催缴通知单
    QString reference;  // printed top right, e.g. the address
    QString salutation; // 尊敬的幸福里 3-2-501 住户：
    QStringList paragraphs;
    QStringList tableHeader;
    QList<QStringList> tableRows; // the last row is printed bold when `tableTotal`
    bool tableTotal = false;
    QStringList closing; // after the table
    QString signature;   // organisation (盖章)
    QString date;        // 2026年12月4日
    QString footer;      // small print at the bottom of the page
};

} // namespace Linli::Reports
