#pragma once

#include "uiservices.h"

#include <core/result.h>
#include <reports/report.h>
#include <uikit/page.h>

#include <QtCore/QPointer>
#include <QtCore/QThread>

#include <memory>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QTimer;
class QUndoStack;
class QPushButton;

namespace Linli::Registry {

class ResidentDetail;
class ResidentDirectory;
class ResidentListModel;
struct ResidentFilter;
struct ResidentInput;

// Residents: search as you type (name, pinyin, initials, ID or phone tail, room), filters by
// building, tag and age, the count, and the selected person's details.
class ResidentsPage : public Ui::Page
{
    Q_OBJECT
public:
    ResidentsPage(const UiServices &services, QWidget *parent = nullptr);
    ~ResidentsPage() override;

    QString pageId() const override { return QStringLiteral("registry.residents"); }
    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

    // For tests and the shell: run a search now (no typing delay), once the list is loaded.
    void search(const QString &text);
    // Waits for the list that loads in the background; false on a timeout.
    bool waitForLoad(int milliseconds = 60000);
    qsizetype visibleCount() const;
    ResidentDetail *detail() const { return m_detail; }
    QTableView *view() const { return m_view; }
    QUndoStack *undoStack() const { return m_undo; }

    // Opens the correction form for a resident; a saved correction goes on the undo stack.
    void editResident(const QString &id);
    // Writes `input` over the resident (undo and redo of a correction); false after an error
    // has been shown.
    bool applyCorrection(const QString &id, const ResidentInput &input);
    void showHousehold(const QString &householdId);
    void showDuplicates();
    // Administrators: the tag list, and a new tag the office needs.
    void manageTags();
    // Saved filters: the current search and filters under a name, and back.
    bool saveCurrentFilter(const QString &name);
    bool applySavedFilter(const QString &name);
    // The printed roster of the building chosen in the filter.
    Result<Reports::Report> buildingRoster() const;

private:
    QHBoxLayout *filterRow();
    QHBoxLayout *actionRow();
    void addEntryButtons(QHBoxLayout *actions);
    void setUpView();
    void connectSignals();
    void load();
    void adopt(std::unique_ptr<ResidentDirectory> directory);
    void applyFilter();
    void fillFilterChoices();
    ResidentFilter currentFilter() const;
    void refreshResidents(const QStringList &ids);
    void fillSavedFilters(const QString &select = {});
    void askSaveFilter();

    UiServices m_services;
    std::unique_ptr<ResidentDirectory> m_directory;
    ResidentListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_building;
    QComboBox *m_tag;
    QComboBox *m_status;
    QComboBox *m_residence;
    QComboBox *m_saved;
    QPushButton *m_deleteSaved;
    QSpinBox *m_minAge;
    QSpinBox *m_maxAge;
    QLabel *m_count;
    QTableView *m_view;
    ResidentDetail *m_detail;
    QTimer *m_typing;
    QUndoStack *m_undo;
    QString m_organisation;
    QPointer<QThread> m_loader;
};

} // namespace Linli::Registry
