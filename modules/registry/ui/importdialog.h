#pragma once

#include "uiservices.h"

#include <registry/residentimporter.h>

#include <QtWidgets/QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Linli::Tabular {
class Table;
}

namespace Linli::Registry {

// Import residents from an office spreadsheet: choose the file, check (and correct) which
// column is which, check all rows, read the errors (or save them as XLSX), then import all —
// or, when asked, only the correct rows.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const UiServices &services, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // For tests: the same as choosing the file, pressing Check, and Import.
    bool loadFile(const QString &path);
    std::optional<ImportResult> check();
    std::optional<ImportResult> importRows();
    void setSkipInvalid(bool skip);
    int imported() const { return m_imported; }

Q_SIGNALS:
    void residentsImported(int count);

private:
    QList<ImportRow> rows() const;
    std::optional<ImportResult> run(bool dryRun);
    void showResult(const ImportResult &result, bool dryRun);
    void saveErrors();

    UiServices m_services;
    std::unique_ptr<Tabular::Table> m_table;
    QString m_path;
    std::optional<ImportResult> m_lastResult;
    int m_imported = 0;
    QLineEdit *m_file;
    QLineEdit *m_compound;
    QTableWidget *m_mapping;
    QList<QComboBox *> m_columnChoices;
    QLabel *m_summary;
    QTableWidget *m_errors;
    QCheckBox *m_skipInvalid;
    QPushButton *m_check;
    QPushButton *m_import;
    QPushButton *m_saveErrors;
};

} // namespace Linli::Registry
