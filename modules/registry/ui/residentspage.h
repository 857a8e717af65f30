#pragma once

#include <uikit/page.h>

#include <QtCore/QPointer>
#include <QtCore/QThread>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class QTimer;

namespace Linli::Staff {
struct Session;
}

namespace Linli::Registry {

class ResidentDetail;
class ResidentDirectory;
class ResidentListModel;
struct ResidentFilter;

// Residents: search as you type (name, pinyin, initials, ID or phone tail, room), filters by
// building, tag and age, the count, and the selected person's details.
class ResidentsPage : public Ui::Page
{
    Q_OBJECT
public:
    ResidentsPage(Staff::Session &session, QWidget *parent = nullptr);
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

private:
    void load();
    void adopt(std::unique_ptr<ResidentDirectory> directory);
    void applyFilter();
    void fillFilterChoices();
    ResidentFilter currentFilter() const;

    Staff::Session &m_session;
    std::unique_ptr<ResidentDirectory> m_directory;
    ResidentListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_building;
    QComboBox *m_tag;
    QSpinBox *m_minAge;
    QSpinBox *m_maxAge;
    QLabel *m_count;
    QTableView *m_view;
    ResidentDetail *m_detail;
    QTimer *m_typing;
    QString m_organisation;
    QPointer<QThread> m_loader;
};

} // namespace Linli::Registry
