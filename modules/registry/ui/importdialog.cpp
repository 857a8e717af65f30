#include "importdialog.h"

#include <registry/registrytr.h>
#include <reports/reportexport.h>
#include <tabular/sheetreader.h>
#include <tabular/table.h>
#include <uikit/messages.h>

#include <QtCore/QFileInfo>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QProgressDialog>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

namespace Linli::Registry {

ImportDialog::ImportDialog(const UiServices &services, QWidget *parent)
    : QDialog(parent), m_services(services), m_file(new QLineEdit(this)), m_compound(new QLineEdit(this)),
      m_mapping(new QTableWidget(this)), m_summary(new QLabel(this)), m_errors(new QTableWidget(this)),
      m_skipInvalid(new QCheckBox(Tr::tr("Skip rows with errors and import only the correct ones"), this)),
      m_check(new QPushButton(Tr::tr("Check"), this)), m_import(new QPushButton(Tr::tr("Import"), this)),
      m_saveErrors(new QPushButton(Tr::tr("Save error report…"), this))
{
    setWindowTitle(Tr::tr("Import residents from a spreadsheet"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(Tr::tr("An Excel workbook (.xlsx) or a CSV file"));
    m_compound->setPlaceholderText(Tr::tr("e.g. 幸福里小区 (rooms already known are found again)"));
    auto *browse = new QPushButton(Tr::tr("Choose file…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(Tr::tr("File:"), fileRow);
    form->addRow(Tr::tr("Compound of these rooms:"), m_compound);

    m_mapping->setColumnCount(2);
    m_mapping->setHorizontalHeaderLabels({Tr::tr("Information"), Tr::tr("Column in the file")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_mapping->setMinimumHeight(180);
    m_errors->setColumnCount(3);
    m_errors->setHorizontalHeaderLabels({Tr::tr("Row"), Tr::tr("Column"), Tr::tr("What is wrong")});
    m_errors->horizontalHeader()->setStretchLastSection(true);
    m_errors->verticalHeader()->hide();
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errors->setWordWrap(true);
    m_summary->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_skipInvalid);
    buttons->addStretch();
    buttons->addWidget(m_saveErrors);
    buttons->addWidget(m_check);
    buttons->addWidget(m_import);
    auto *close = new QPushButton(Tr::tr("Close"), this);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(Tr::tr("Which column holds what (correct it if a column was not recognised):"), this));
    layout->addWidget(m_mapping, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_errors, 2);
    layout->addLayout(buttons);
    resize(820, 680);

    m_check->setEnabled(false);
    m_import->setEnabled(false);
    m_saveErrors->setEnabled(false);
    m_import->setEnabled(false);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, Tr::tr("Import residents"), QString(),
                                                          Tr::tr("Spreadsheets (*.xlsx *.csv);;All files (*)"));
        if (!path.isEmpty())
            loadFile(path);
    });
    connect(m_check, &QPushButton::clicked, this, [this] { check(); });
    connect(m_import, &QPushButton::clicked, this, [this] { importRows(); });
    connect(m_saveErrors, &QPushButton::clicked, this, &ImportDialog::saveErrors);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::loadFile(const QString &path)
{
    m_table.reset();
    m_mapping->setRowCount(0);
    m_columnChoices.clear();
    m_errors->setRowCount(0);
    m_check->setEnabled(false);
    m_import->setEnabled(false);
    m_file->setText(QFileInfo(path).fileName());
    m_path = path;
    auto sheet = Tabular::readFile(path);
    if (!sheet) {
        Ui::showProblem(m_summary, sheet.error().message());
        return false;
    }
    QList<Tabular::ColumnSpec> specs;
    for (const auto &[key, names] : importColumnNames())
        specs.append({key, names, key == u"name"});
    auto table = Tabular::findHeader(*sheet, specs);
    if (!table) {
        m_summary->setText(table.error().message());
        return false;
    }
    m_table = std::make_unique<Tabular::Table>(std::move(*table));
    const auto keys = importColumnNames();
    m_mapping->setRowCount(int(keys.size()));
    for (int i = 0; i < keys.size(); ++i) {
        const QString key = keys.at(i).first;
        auto *item = new QTableWidgetItem(importColumnDisplayName(key));
        item->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(i, 0, item);
        auto *choice = new QComboBox(m_mapping);
        choice->addItem(Tr::tr("(not in the file)"), -1);
        for (int c = 0; c < m_table->headers().size(); ++c)
            choice->addItem(
                m_table->headers().at(c).isEmpty() ? Tr::tr("column %1").arg(c + 1) : m_table->headers().at(c), c);
        choice->setCurrentIndex(choice->findData(m_table->column(key)));
        connect(choice, &QComboBox::currentIndexChanged, this, [this, key, choice] {
            m_table->setMapping(key, choice->currentData().toInt());
            m_import->setEnabled(false); // check again after a change
        });
        m_mapping->setCellWidget(i, 1, choice);
        m_columnChoices.append(choice);
    }
    m_summary->setText(Tr::tr("The header is in row %1; %n data row(s). Check the columns, then press Check.", nullptr,
                              int(m_table->rows().size()))
                           .arg(m_table->headerRowNumber()));
    m_check->setEnabled(true);
    return true;
}

QList<ImportRow> ImportDialog::rows() const
{
    QList<ImportRow> out;
    for (const Tabular::SheetRow &r : m_table->rows()) {
        ImportRow row;
        row.row = r.number;
        for (const auto &[key, names] : importColumnNames()) {
            const QString v = m_table->value(r, key);
            if (!v.isEmpty())
                row.cells.insert(key, v);
        }
        out.append(row);
    }
    return out;
}

std::optional<ImportResult> ImportDialog::run(bool dryRun)
{
    if (!m_table)
        return std::nullopt;
    ImportOptions options;
    options.compoundName = m_compound->text();
    options.sourceName = QFileInfo(m_path).fileName();
    options.skipInvalid = m_skipInvalid->isChecked();
    options.dryRun = dryRun;
    const QList<ImportRow> all = rows();
    QProgressDialog progress(Tr::tr("Importing residents…"), Tr::tr("Cancel"), 0, int(all.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = m_services.importer.run(all, options, [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    QApplication::restoreOverrideCursor();
    if (!result) {
        Ui::showError(this, windowTitle(), result.error());
        return std::nullopt;
    }
    showResult(*result, dryRun);
    return *result;
}

std::optional<ImportResult> ImportDialog::check()
{
    auto r = run(true);
    m_import->setEnabled(r && (r->errors.isEmpty() || m_skipInvalid->isChecked()) && r->imported > 0);
    return r;
}

std::optional<ImportResult> ImportDialog::importRows()
{
    auto r = run(false);
    if (r && r->written) {
        m_imported += r->imported;
        m_import->setEnabled(false);
        Q_EMIT residentsImported(r->imported);
    }
    return r;
}

void ImportDialog::setSkipInvalid(bool skip)
{
    m_skipInvalid->setChecked(skip);
}

void ImportDialog::showResult(const ImportResult &result, bool dryRun)
{
    m_lastResult = result;
    m_errors->setRowCount(int(result.errors.size()));
    for (int i = 0; i < result.errors.size(); ++i) {
        const ImportIssue &e = result.errors.at(i);
        const int column = m_table ? m_table->column(e.column) : -1;
        const QString columnName = column >= 0 && column < m_table->headers().size()
                                       ? m_table->headers().at(column)
                                       : importColumnDisplayName(e.column);
        m_errors->setItem(i, 0, new QTableWidgetItem(QString::number(e.row)));
        m_errors->setItem(i, 1, new QTableWidgetItem(columnName));
        m_errors->setItem(i, 2, new QTableWidgetItem(e.message));
    }
    m_errors->resizeColumnToContents(0);
    m_errors->resizeColumnToContents(1);
    m_errors->resizeRowsToContents();
    m_saveErrors->setEnabled(!result.errors.isEmpty());
    if (result.stoppedEarly)
        m_summary->setText(ResidentImporter::stopNote(result));
    else if (result.written)
        m_summary->setText(Tr::tr("Imported %1 of %2 rows.").arg(result.imported).arg(result.dataRows));
    else if (dryRun && (result.errors.isEmpty() || m_skipInvalid->isChecked()))
        m_summary->setText(Tr::tr("All checked: %1 of %2 rows can be imported. Press Import.")
                               .arg(result.imported)
                               .arg(result.dataRows));
    else
        m_summary->setText(
            Tr::tr("%n row(s) have errors; nothing was written. Correct the file, or import only the correct rows.",
                   nullptr, int(result.errors.size())));
}

void ImportDialog::saveErrors()
{
    if (!m_lastResult)
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, Tr::tr("Save error report"),
                                     QFileInfo(m_path).completeBaseName() + Tr::tr("-errors") + QStringLiteral(".xlsx"),
                                     QStringLiteral("Excel (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (auto s = Reports::writeXlsx(ResidentImporter::errorReport(*m_lastResult, QFileInfo(m_path).fileName()), path);
        !s)
        return Ui::showError(this, Tr::tr("Save error report"), s.error());
    Ui::showInfo(this, Tr::tr("Save error report"), Tr::tr("Saved to %1").arg(path));
}

} // namespace Linli::Registry
