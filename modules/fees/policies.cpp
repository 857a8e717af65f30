#include "policies.h"

#include "feeservice.h"
#include "feestr.h"

#include <core/clock.h>
#include <storage/auditlog.h>
#include <storage/outbox.h>
#include <storage/store.h>
#include <storage/transaction.h>

#include <QtCore/QJsonObject>

using namespace Qt::StringLiterals;

namespace Linli::Fees {

namespace {

// "12.5", "12.5%", "１２.５ %" as an integer scaled by 10^decimals; refuses more decimals.
std::optional<qint64> parseScaledPercent(QString text, int decimals)
{
    text = text.trimmed();
    for (QChar &c : text) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(u'0' + (c.unicode() - 0xFF10));
        else if (c == u'％')
            c = u'%';
        else if (c == u'．')
            c = u'.';
    }
    if (text.endsWith(u'%'))
        text.chop(1);
    text = text.trimmed();
    const qsizetype dot = text.indexOf(u'.');
    const QString whole = dot < 0 ? text : text.left(dot);
    const QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    if (whole.isEmpty() || whole.size() > 5 || fraction.size() > decimals)
        return std::nullopt;
    for (const QChar c : QString(whole + fraction)) {
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    }
    qint64 value = whole.toLongLong();
    for (int i = 0; i < decimals; ++i)
        value = value * 10 + (i < fraction.size() ? fraction.at(i).digitValue() : 0);
    return value;
}

QString scaledText(qint64 value, int decimals)
{
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    QString out = QString::number(value / scale);
    QString fraction = QStringLiteral("%1").arg(value % scale, decimals, 10, QChar(u'0'));
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    if (!fraction.isEmpty())
        out += u'.' + fraction;
    return out + u" %"_s;
}

} // namespace

Result<int> parseDailyRatePpm(const QString &text)
{
    // A per cent with four decimals is in millionths: 0.05 % = 500.
    const auto v = parseScaledPercent(text, 4);
    if (!v || *v > 10000) // more than 1 % a day is no late fee, it is a typing error
        return Error(
            ErrorCode::InvalidInput,
            Tr::tr("\"%1\" is not a daily rate; write a per cent of at most 1 % a day, such as 0.05 %.").arg(text));
    return int(*v);
}

Result<int> parseBasisPoints(const QString &text)
{
    const auto v = parseScaledPercent(text, 2);
    if (!v || *v > 10000)
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("\"%1\" is not a share; write a per cent from 0 to 100, such as 30 or 12.5 %.").arg(text));
    return int(*v);
}

QString ppmText(int ppm)
{
    return scaledText(ppm, 4);
}

QString basisPointsText(int bp)
{
    return scaledText(bp, 2);
}

Status PolicyService::setLateFee(const Core::Actor &actor, QDate from, int dailyRatePpm, int graceDays,
                                 int capBasisPoints)
{
    if (auto s = actor.require(Core::Permission::SuperviseFees); !s)
        return s;
    if (!from.isValid())
        return Error(ErrorCode::InvalidInput, Tr::tr("Say from which day the rule applies."));
    if (dailyRatePpm < 0 || dailyRatePpm > 10000 || graceDays < 0 || graceDays > 3650 || capBasisPoints < 0
        || capBasisPoints > 10000)
        return Error(ErrorCode::InvalidInput, Tr::tr("The late-fee rule is incomplete."));
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    const QString id = m_store.newId().toString();
    if (auto s = Storage::Outbox::insert(m_store, u"fee_policies"_s, id,
                                         {{u"kind"_s, u"late_fee"_s},
                                          {u"valid_from"_s, from.toString(Qt::ISODate)},
                                          {u"daily_rate_ppm"_s, dailyRatePpm},
                                          {u"grace_days"_s, graceDays},
                                          {u"cap_bp"_s, capBasisPoints},
                                          {u"at"_s, m_store.clock().nowMs()},
                                          {u"actor"_s, actor.username}});
        !s)
        return s;
    if (auto s = Storage::AuditLog::append(m_store, actor.username, u"fees.policy.late_fee"_s, id,
                                           {{u"from"_s, from.toString(Qt::ISODate)},
                                            {u"daily_rate_ppm"_s, dailyRatePpm},
                                            {u"grace_days"_s, graceDays},
                                            {u"cap_bp"_s, capBasisPoints}});
        !s)
        return s;
    return tx.commit();
}

Status PolicyService::setDibaoDiscount(const Core::Actor &actor, QDate from, int basisPoints, const QString &itemCode)
{
    if (auto s = actor.require(Core::Permission::SuperviseFees); !s)
        return s;
    if (!from.isValid())
        return Error(ErrorCode::InvalidInput, Tr::tr("Say from which day the rule applies."));
    if (basisPoints < 0 || basisPoints > 10000)
        return Error(ErrorCode::InvalidInput, Tr::tr("A discount is more than 0 % and at most 100 %."));
    auto itemId = FeeService(m_store).itemIdOrAll(actor, itemCode);
    if (!itemId)
        return itemId.error();
    Storage::Transaction tx(m_store.connection());
    if (!tx.isActive())
        return tx.error();
    const QString id = m_store.newId().toString();
    if (auto s = Storage::Outbox::insert(m_store, u"fee_policies"_s, id,
                                         {{u"kind"_s, u"dibao"_s},
                                          {u"valid_from"_s, from.toString(Qt::ISODate)},
                                          {u"basis_points"_s, basisPoints},
                                          {u"item_id"_s, *itemId},
                                          {u"at"_s, m_store.clock().nowMs()},
                                          {u"actor"_s, actor.username}});
        !s)
        return s;
    if (auto s = Storage::AuditLog::append(
            m_store, actor.username, u"fees.policy.dibao"_s, id,
            {{u"from"_s, from.toString(Qt::ISODate)}, {u"basis_points"_s, basisPoints}, {u"item"_s, itemCode}});
        !s)
        return s;
    return tx.commit();
}

Result<LateFeePolicy> PolicyService::lateFee(QDate day) const
{
    auto rows = m_store.connection().select(
        u"SELECT valid_from, daily_rate_ppm, grace_days, cap_bp FROM fee_policies"
        u" WHERE kind = 'late_fee' AND deleted = 0 AND valid_from <= ? ORDER BY valid_from DESC, at DESC LIMIT 1"_s,
        {day.toString(Qt::ISODate)});
    if (!rows)
        return rows.error();
    LateFeePolicy p;
    if (!rows->isEmpty()) {
        const QVariantList &r = rows->first();
        p = {QDate::fromString(r.at(0).toString(), Qt::ISODate), r.at(1).toInt(), r.at(2).toInt(), r.at(3).toInt()};
    }
    return p;
}

Result<DibaoPolicy> PolicyService::dibao(QDate day) const
{
    auto rows = m_store.connection().select(
        u"SELECT p.valid_from, p.basis_points, p.item_id, coalesce(i.code, '') FROM fee_policies p"
        u" LEFT JOIN fee_items i ON i.id = p.item_id"
        u" WHERE p.kind = 'dibao' AND p.deleted = 0 AND p.valid_from <= ? ORDER BY p.valid_from DESC, p.at DESC"
        u" LIMIT 1"_s,
        {day.toString(Qt::ISODate)});
    if (!rows)
        return rows.error();
    DibaoPolicy p;
    if (!rows->isEmpty()) {
        const QVariantList &r = rows->first();
        p = {QDate::fromString(r.at(0).toString(), Qt::ISODate), r.at(1).toInt(), r.at(2).toString(),
             r.at(3).toString()};
    }
    return p;
}

Result<QList<QString>> PolicyService::dibaoHouseholds() const
{
    auto rows = m_store.connection().select(
        u"SELECT DISTINCT r.household_id FROM reg_pub_resident_tags rt JOIN reg_pub_tags t ON t.id = rt.tag_id"
        u" JOIN reg_pub_residents r ON r.id = rt.resident_id"
        u" WHERE t.code = 'dibao' AND rt.deleted = 0 AND r.deleted = 0 AND r.status = 'living'"
        u" AND r.merged_into = '' AND r.household_id <> ''"_s);
    if (!rows)
        return rows.error();
    QList<QString> out;
    out.reserve(rows->size());
    for (const QVariantList &r : std::as_const(*rows))
        out.append(r.at(0).toString());
    return out;
}

} // namespace Linli::Fees
