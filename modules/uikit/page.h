#pragma once

#include <QtGui/QIcon>
#include <QtWidgets/QWidget>

namespace Linli::Ui {

// One page of the main window. Modules provide pages; the shell lists them in the sidebar.
class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Stable identifier, e.g. "staff.users"; used for tests and remembering the last page.
    virtual QString pageId() const = 0;
    // Translated title for the sidebar and the window title.
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // Reloads from the services; called when the page is shown.
    virtual void refresh() {}

Q_SIGNALS:
    // The page changed data other pages may show (the home page's counts, the status bar).
    void dataChanged();
};

// Page title + optional subtitle in the style all pages share.
QWidget *pageHeader(const QString &title, const QString &subtitle, QWidget *parent);

} // namespace Linli::Ui
