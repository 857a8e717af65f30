#pragma once

#include <core/money.h>

#include <QtCore/QDate>
#include <QtCore/QString>

namespace Linli::Fees {

// A bill and what is still owed on it.
struct OpenBill
{
    QString billId;
    QString period;
    QDate due;
    Core::Money total;
    Core::Money paid;
    Core::Money lateFee;    // late fees charged on it so far
    QDate lateFeeThrough;   // charged up to this day (exclusive); null: never
    Core::Money lateFeeDue; // accrued since and not charged yet, as of the day asked about
    // What is owed now, late fees charged included.
    Core::Money owed() const { return Core::Money::fromFen(total.fen() + lateFee.fen() - paid.fen()); }
    // What is owed on the day asked about, with the late fee accrued until then.
    Core::Money owedWithLateFee() const { return Core::Money::fromFen(owed().fen() + lateFeeDue.fen()); }
};

} // namespace Linli::Fees
