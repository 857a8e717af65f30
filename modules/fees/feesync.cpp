#include "feesync.h"

#include <QtCore/QCoreApplication>

using namespace Qt::StringLiterals;

namespace Linli::Fees {

namespace {

using Core::Permission;
using Core::SyncMerge;

Core::SyncEntity entity(const QString &table, const char *title, SyncMerge merge, Permission permission,
                        const QString &referencedAs = {})
{
    Core::SyncEntity e;
    e.table = table;
    e.context = "Linli::Fees";
    e.title = title;
    e.merge = merge;
    e.permission = permission;
    e.referencedAs = referencedAs;
    return e;
}

// A bill run travels with its bills, their lines, their charges and what money paid in advance
// settled of them at once (allocations stamped with the run), in this order.
QList<Core::SyncChild> runChildren()
{
    const QString inRun = u"bill_id IN (SELECT id FROM fee_bills WHERE run_id = ?)"_s;
    using P = Core::SyncChild::Param;
    return {{u"fee_bills"_s, u"run_id = ?"_s, {P::ParentId}},
            {u"fee_bill_lines"_s, inRun, {P::ParentId}},
            {u"fee_ledger"_s, inRun + u" AND kind = 'charge'"_s, {P::ParentId}},
            {u"fee_allocations"_s, inRun + u" AND hlc = ?"_s, {P::ParentId, P::EntryStamp}}};
}

// A void of a bill run expects the run unpaid (BillRunService::voidRun): no payment made after the
// run settles any of its bills, and no other office voided it first.
Core::SyncExpectation runUnpaid()
{
    Core::SyncExpectation x;
    x.name = u"run_unpaid"_s;
    x.column = u"run_id"_s;
    x.nothingLater = {{u"fee_allocations"_s, u"amount_fen"_s, u"bill_id"_s, u"fee_bills"_s, u"run_id"_s,
                       u"payment_id"_s, u"fee_payments"_s, u"fee_bill_runs"_s}};
    x.noOther = {{u"fee_run_voids"_s, u"run_id"_s, {}}};
    return x;
}

// A void of a receipt expects it not voided at another office first.
Core::SyncExpectation receiptNotVoided()
{
    Core::SyncExpectation x;
    x.name = u"receipt_not_voided"_s;
    x.column = u"receipt_id"_s;
    x.when = {{u"kind"_s, u"void"_s}};
    x.noOther = {{u"fee_receipt_events"_s, u"receipt_id"_s, {{u"kind"_s, u"void"_s}}}};
    return x;
}

} // namespace

QList<Core::SyncEntity> syncDeclarations()
{
    // Settings a supervisor keeps merge field by field; the money ledger is written once. A row's
    // compound is followed through bill_id, payment_id, receipt_id (in this order) after the
    // registry's references.
    Core::SyncEntity items = entity(u"fee_items"_s, QT_TRANSLATE_NOOP("Linli::Fees", "Fee item"), SyncMerge::PerField,
                                    Permission::SuperviseFees);
    items.labelSql = u"SELECT name FROM fee_items WHERE id = ?"_s;
    items.fields = {{u"name"_s, QT_TRANSLATE_NOOP("Linli::Fees", "Name")}};

    Core::SyncEntity runs = entity(u"fee_bill_runs"_s, QT_TRANSLATE_NOOP("Linli::Fees", "Bill run"),
                                   SyncMerge::InsertOnly, Permission::CollectFees);
    runs.children = runChildren();

    Core::SyncEntity events =
        entity(u"fee_receipt_events"_s, QT_TRANSLATE_NOOP("Linli::Fees", "Receipt void or reprint"),
               SyncMerge::InsertOnly, Permission::SuperviseFees);
    events.expectations = {receiptNotVoided()};
    events.labelSql = u"SELECT number FROM fee_receipts WHERE id = ?"_s;
    events.labelKey = u"receipt_id"_s;

    Core::SyncEntity voids = entity(u"fee_run_voids"_s, QT_TRANSLATE_NOOP("Linli::Fees", "Voiding of a bill run"),
                                    SyncMerge::InsertOnly, Permission::SuperviseFees);
    voids.expectations = {runUnpaid()};
    voids.labelSql = u"SELECT period FROM fee_bill_runs WHERE id = ?"_s;
    voids.labelKey = u"run_id"_s;

    const auto ledger = [](const QString &table, const char *title, const QString &referencedAs = {}) {
        return entity(table, title, SyncMerge::InsertOnly, Permission::CollectFees, referencedAs);
    };
    return {items,
            entity(u"fee_rates"_s, QT_TRANSLATE_NOOP("Linli::Fees", "Fee rate"), SyncMerge::PerField,
                   Permission::SuperviseFees),
            entity(u"fee_discounts"_s, QT_TRANSLATE_NOOP("Linli::Fees", "Fee discount"), SyncMerge::PerField,
                   Permission::SuperviseFees),
            entity(u"fee_policies"_s, QT_TRANSLATE_NOOP("Linli::Fees", "Fee policy"), SyncMerge::PerField,
                   Permission::SuperviseFees),
            entity(u"fee_meter_readings"_s, QT_TRANSLATE_NOOP("Linli::Fees", "Meter reading"), SyncMerge::PerField,
                   Permission::CollectFees),
            runs,
            ledger(u"fee_bills"_s, QT_TRANSLATE_NOOP("Linli::Fees", "Bill"), u"bill_id"_s),
            ledger(u"fee_bill_lines"_s, QT_TRANSLATE_NOOP("Linli::Fees", "Bill line")),
            ledger(u"fee_ledger"_s, QT_TRANSLATE_NOOP("Linli::Fees", "Ledger entry")),
            ledger(u"fee_payments"_s, QT_TRANSLATE_NOOP("Linli::Fees", "Payment"), u"payment_id"_s),
            ledger(u"fee_allocations"_s, QT_TRANSLATE_NOOP("Linli::Fees", "Part of a payment settling a bill")),
            ledger(u"fee_receipts"_s, QT_TRANSLATE_NOOP("Linli::Fees", "Receipt"), u"receipt_id"_s),
            events,
            ledger(u"fee_receipt_prints"_s, QT_TRANSLATE_NOOP("Linli::Fees", "Receipt print")),
            ledger(u"fee_late_fees"_s, QT_TRANSLATE_NOOP("Linli::Fees", "Late fee")),
            entity(u"fee_refunds"_s, QT_TRANSLATE_NOOP("Linli::Fees", "Refund"), SyncMerge::InsertOnly,
                   Permission::SuperviseFees),
            voids};
}

} // namespace Linli::Fees
