#include "receiptprinting.h"

#include <fees/feestr.h>
#include <fees/payments.h>
#include <reports/forms.h>
#include <reports/printfonts.h>
#include <staff/settingsservice.h>
#include <uikit/messages.h>

#include <QtCore/QSettings>
#include <QtPrintSupport/QPrintDialog>
#include <QtPrintSupport/QPrintPreviewDialog>
#include <QtPrintSupport/QPrinter>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QDoubleSpinBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>

using namespace Qt::StringLiterals;

namespace Linli::Fees {

Reports::ReceiptPaper receiptPaper()
{
    QSettings settings;
    Reports::ReceiptPaper paper;
    paper.kind = settings.value(u"receipt/paper"_s).toString() == u"small" ? Reports::ReceiptPaper::Kind::Small
                                                                           : Reports::ReceiptPaper::Kind::A4;
    paper.preprinted = settings.value(u"receipt/preprinted"_s, true).toBool();
    paper.offsetXmm = settings.value(u"receipt/offsetXmm"_s, 0.0).toDouble();
    paper.offsetYmm = settings.value(u"receipt/offsetYmm"_s, 0.0).toDouble();
    return paper;
}

void setReceiptPaper(const Reports::ReceiptPaper &paper)
{
    QSettings settings;
    settings.setValue(u"receipt/paper"_s, paper.kind == Reports::ReceiptPaper::Kind::Small ? u"small"_s : u"a4"_s);
    settings.setValue(u"receipt/preprinted"_s, paper.preprinted);
    settings.setValue(u"receipt/offsetXmm"_s, paper.offsetXmm);
    settings.setValue(u"receipt/offsetYmm"_s, paper.offsetYmm);
}

Result<bool> printReceipt(const UiServices &services, const QString &number, QWidget *parent, QPrinter *printer)
{
    if (auto s = Reports::ensurePrintFonts(); !s)
        return s.error();
    const Reports::ReceiptPaper paper = receiptPaper();
    std::unique_ptr<QPrinter> own;
    if (!printer) {
        own = std::make_unique<QPrinter>(QPrinter::HighResolution);
        own->setPageLayout(Reports::receiptPageLayout(paper));
        own->setDocName(Tr::tr("Receipt %1").arg(number));
        QPrintDialog dialog(own.get(), parent);
        dialog.setWindowTitle(Tr::tr("Print receipt %1").arg(number));
        if (dialog.exec() != QDialog::Accepted)
            return false;
        printer = own.get();
    }
    printer->setPageLayout(Reports::receiptPageLayout(paper));
    auto printed = services.payments.printReceipt(
        services.actor(), number, services.staff.settings.organisationName(),
        [&](const Reports::ReceiptForm &form) { return Reports::renderReceipt(form, paper, printer); });
    if (!printed)
        return printed.error();
    return true;
}

void showLettersPreview(const QList<Reports::Letter> &letters, QWidget *parent)
{
    if (auto s = Reports::ensurePrintFonts(); !s)
        return Ui::showError(parent, Tr::tr("Print"), s.error());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(Reports::letterPageLayout());
    printer.setDocName(letters.isEmpty() ? QString() : letters.first().title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(Tr::tr("Print preview: %n notice(s)", nullptr, int(letters.size())));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&letters](QPrinter *p) { (void)Reports::renderLetters(letters, p); });
    preview.resize(900, 1000);
    preview.exec();
}

ReceiptPaperDialog::ReceiptPaperDialog(QWidget *parent)
    : QDialog(parent), m_kind(new QComboBox(this)), m_preprinted(new QCheckBox(this)),
      m_offsetX(new QDoubleSpinBox(this)), m_offsetY(new QDoubleSpinBox(this))
{
    setWindowTitle(Tr::tr("Receipt paper"));
    m_kind->setObjectName(u"receiptPaperKind"_s);
    m_kind->addItem(Tr::tr("A4 (two copies with a cut line)"), u"a4"_s);
    m_kind->addItem(Tr::tr("Small three-part form, 241 × 93 mm"), u"small"_s);
    m_preprinted->setText(Tr::tr("The paper is pre-printed (print the values only)"));
    for (QDoubleSpinBox *s : {m_offsetX, m_offsetY}) {
        s->setRange(-30, 30);
        s->setDecimals(1);
        s->setSingleStep(0.5);
        s->setSuffix(Tr::tr(" mm"));
    }
    const Reports::ReceiptPaper current = receiptPaper();
    m_kind->setCurrentIndex(current.kind == Reports::ReceiptPaper::Kind::Small ? 1 : 0);
    m_preprinted->setChecked(current.preprinted);
    m_offsetX->setValue(current.offsetXmm);
    m_offsetY->setValue(current.offsetYmm);
    const auto sync = [this] {
        const bool small = m_kind->currentIndex() == 1;
        for (QWidget *w : {static_cast<QWidget *>(m_preprinted), static_cast<QWidget *>(m_offsetX),
                           static_cast<QWidget *>(m_offsetY)})
            w->setEnabled(small);
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, sync);
    sync();

    auto *form = new QFormLayout(this);
    auto *hint = new QLabel(Tr::tr("These settings belong to this computer and its printer. On pre-printed paper, "
                                   "print a test page and shift the values until they sit in the boxes: a "
                                   "positive shift moves them right or down."),
                            this);
    hint->setWordWrap(true);
    form->addRow(hint);
    form->addRow(Tr::tr("Paper"), m_kind);
    form->addRow(QString(), m_preprinted);
    form->addRow(Tr::tr("Shift right"), m_offsetX);
    form->addRow(Tr::tr("Shift down"), m_offsetY);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *test = buttons->addButton(Tr::tr("Test page…"), QDialogButtonBox::ActionRole);
    connect(test, &QPushButton::clicked, this, &ReceiptPaperDialog::testPrint);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        setReceiptPaper(paper());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

Reports::ReceiptPaper ReceiptPaperDialog::paper() const
{
    Reports::ReceiptPaper p;
    p.kind = m_kind->currentIndex() == 1 ? Reports::ReceiptPaper::Kind::Small : Reports::ReceiptPaper::Kind::A4;
    p.preprinted = m_preprinted->isChecked();
    p.offsetXmm = m_offsetX->value();
    p.offsetYmm = m_offsetY->value();
    return p;
}

void ReceiptPaperDialog::testPrint()
{
    if (auto s = Reports::ensurePrintFonts(); !s)
        return Ui::showError(this, Tr::tr("Print"), s.error());
    Reports::ReceiptPaper p = paper();
    Reports::ReceiptForm sample;
    sample.organisation = Tr::tr("Test page");
    sample.title = Tr::tr("Payment receipt");
    sample.number = u"2026-000000"_s;
    sample.date = printedDate(QDate::currentDate());
    sample.payer = Tr::tr("Test page: the values should sit in the boxes");
    sample.method = paymentMethodDisplayName(PaymentMethod::Cash);
    sample.clerk = Tr::tr("Clerk");
    sample.lines = {{Tr::tr("Property service fee"), u"2026-11"_s, u"¥100.00"_s}};
    sample.total = u"¥100.00"_s;
    sample.totalInWords = Core::Money::fromYuan(100).toChineseCapital();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(Reports::receiptPageLayout(p));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto s = Reports::renderReceipt(sample, p, &printer); !s)
        Ui::showError(this, Tr::tr("Print"), s.error());
}

} // namespace Linli::Fees
