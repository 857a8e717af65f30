#include "conflictspage.h"

#include "signindialog.h"
#include "synccontroller.h"

#include <core/actor.h>
#include <core/permission.h>
#include <core/phone.h>
#include <sync/syncconflicts.h>
#include <sync/synctr.h>
#include <uikit/lineicons.h>
#include <uikit/messages.h>

#include <QtCore/QDateTime>
#include <QtCore/QLocale>
#include <QtCore/QUrl>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Linli::Sync {

namespace {

// Phone and ID numbers stay masked for roles that may not see them in full.
QString shown(const QString &field, const QString &value, bool unmasked)
{
    if (field.startsWith(u"phone"_s)) {
        if (auto phone = Core::Phone::parse(value))
            return unmasked ? phone->toDisplayString() : phone->masked();
    }
    if (unmasked || value.size() < 8 || field != u"id_number")
        return value;
    return value.left(value.size() - 8) + u"****"_s + value.right(4);
}

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    l->setFont(f);
    return l;
}

} // namespace

ConflictsPage::ConflictsPage(const Core::Actor &actor, ConflictService &conflicts, SyncJob job,
                             SyncController *controller, QWidget *parent)
    : Ui::Page(parent), m_actor(actor), m_conflictService(conflicts), m_job(std::move(job)), m_controller(controller),
      m_status(new QLabel(this)), m_syncNow(new QPushButton(Tr::tr("Sync now"), this)),
      m_signIn(new QPushButton(Tr::tr("Sign in to the server…"), this)),
      m_conflicts(table({Tr::tr("When"), Tr::tr("Kind"), Tr::tr("Record"), Tr::tr("Item"), Tr::tr("Value now"),
                         Tr::tr("Overwritten value"), Tr::tr("Offices")},
                        this)),
      m_revert(new QPushButton(Tr::tr("Set the overwritten value back"), this)),
      m_accept(new QPushButton(Tr::tr("Mark as reviewed"), this)), m_conflictCount(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(Ui::pageHeader(title(),
                                     Tr::tr("When two offices change the same item while apart, the server keeps the "
                                            "later change; the other value is listed here and can be set back. "
                                            "Changes the server refused are kept here too: nothing is lost."),
                                     this));
    auto *statusBar = new QHBoxLayout;
    m_status->setObjectName(QStringLiteral("syncState"));
    m_status->setWordWrap(true);
    statusBar->addWidget(m_status, 1);
    m_syncNow->setObjectName(QStringLiteral("syncNow"));
    statusBar->addWidget(m_syncNow);
    statusBar->addWidget(m_signIn);
    layout->addLayout(statusBar);

    layout->addSpacing(8);
    layout->addWidget(sectionTitle(Tr::tr("Conflicts to review"), this));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_revert);
    bar->addWidget(m_accept);
    bar->addStretch();
    bar->addWidget(m_conflictCount);
    layout->addLayout(bar);
    m_conflicts->setObjectName(QStringLiteral("conflicts"));
    layout->addWidget(m_conflicts, 2);

    connect(m_syncNow, &QPushButton::clicked, m_controller, &SyncController::syncNow);
    connect(m_signIn, &QPushButton::clicked, this, &ConflictsPage::signIn);
    connect(m_revert, &QPushButton::clicked, this, [this] { resolve(true); });
    connect(m_accept, &QPushButton::clicked, this, [this] { resolve(false); });
    connect(m_conflicts, &QTableWidget::itemSelectionChanged, this, &ConflictsPage::updateButtons);
    connect(m_controller, &SyncController::stateChanged, this, &ConflictsPage::updateStatus);
    connect(m_controller, &SyncController::dataPulled, this, &ConflictsPage::refresh);
    refresh();
}

void ConflictsPage::addSection(const QString &title, QWidget *section, std::function<void()> refresh)
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->addSpacing(8);
    layout->addWidget(sectionTitle(title, this));
    section->setParent(this);
    layout->addWidget(section, 1);
    m_sectionRefresh.append(refresh);
    refresh();
}

QString ConflictsPage::title() const
{
    return Tr::tr("Sync and conflicts");
}

QIcon ConflictsPage::icon() const
{
    return Ui::lineIcon(Ui::Glyph::Sync);
}

bool ConflictsPage::signIn()
{
    auto overview = m_conflictService.overview(m_actor);
    SignInDialog dialog(m_job, overview ? overview->server : QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_controller->syncNow();
    updateStatus();
    return true;
}

void ConflictsPage::updateStatus()
{
    auto o = m_conflictService.overview(m_actor);
    if (!o)
        return m_status->setText(o.error().message());
    const QLocale locale;
    QStringList parts;
    parts << Tr::tr("Server: %1").arg(QUrl(o->server).host());
    if (m_controller->running())
        parts << Tr::tr("syncing now…");
    else if (o->lastSyncAtMs > 0)
        parts << Tr::tr("last synced %1")
                     .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(o->lastSyncAtMs), QLocale::ShortFormat));
    else
        parts << Tr::tr("not synced yet");
    parts << Tr::tr("%1 change(s) waiting to be sent").arg(locale.toString(o->pending));
    QString text = parts.join(u" · "_s);
    if (!o->signedIn)
        text += u"\n"_s + Tr::tr("Sign in to the sync server to start syncing.");
    else if (!m_controller->lastError().isEmpty())
        text += u"\n"_s + Tr::tr("The last sync failed: %1").arg(m_controller->lastError());
    m_status->setText(text);
    m_signIn->setVisible(!o->signedIn || m_controller->needsSignIn());
    m_syncNow->setEnabled(o->signedIn && !m_controller->running());
}

void ConflictsPage::refresh()
{
    updateStatus();
    auto conflicts = m_conflictService.open(m_actor);
    if (!conflicts)
        return Ui::showError(this, title(), conflicts.error());
    const bool unmasked = m_actor.can(Core::Permission::UnmaskPersonalData);
    const QLocale locale;
    m_conflicts->setRowCount(0);
    for (const Conflict &c : std::as_const(*conflicts)) {
        const int row = m_conflicts->rowCount();
        m_conflicts->insertRow(row);
        const QString kind = c.kind == Conflict::Kind::Field      ? Tr::tr("Changed at two offices")
                             : c.kind == Conflict::Kind::Rejected ? Tr::tr("Refused by the server")
                                                                  : Tr::tr("Could not be taken here");
        const QString record =
            m_conflictService.entityName(c.entity) + (c.rowLabel.isEmpty() ? QString() : u" "_s + c.rowLabel);
        const QStringList cells = {
            locale.toString(QDateTime::fromMSecsSinceEpoch(c.atMs), QLocale::ShortFormat),
            kind,
            record,
            c.kind == Conflict::Kind::Field ? m_conflictService.fieldName(c.entity, c.field) : refusalText(c.reason),
            shown(c.field, c.keptValue, unmasked),
            shown(c.field, c.lostValue, unmasked),
            c.keptOffice.isEmpty() ? QString() : Tr::tr("kept: %1; overwritten: %2").arg(c.keptOffice, c.lostOffice)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            item->setToolTip(cells.at(col));
            item->setData(Qt::UserRole, c.id);
            item->setData(Qt::UserRole + 1, c.kind == Conflict::Kind::Field);
            m_conflicts->setItem(row, col, item);
        }
    }
    m_conflicts->resizeColumnsToContents();
    // A long reason wraps within its column rather than pushing both values out of sight.
    for (int col = 0; col < m_conflicts->columnCount(); ++col) {
        if (m_conflicts->columnWidth(col) > 340)
            m_conflicts->setColumnWidth(col, 340);
    }
    m_conflicts->resizeRowsToContents();
    m_conflictCount->setText(Tr::tr("%1 to review").arg(locale.toString(conflicts->size())));

    for (const auto &refreshSection : std::as_const(m_sectionRefresh))
        refreshSection();
    updateButtons();
}

QString ConflictsPage::selectedConflict() const
{
    const auto items = m_conflicts->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(Qt::UserRole).toString();
}

void ConflictsPage::updateButtons()
{
    const auto items = m_conflicts->selectedItems();
    m_accept->setEnabled(!items.isEmpty());
    m_revert->setEnabled(!items.isEmpty() && items.first()->data(Qt::UserRole + 1).toBool());
}

void ConflictsPage::resolve(bool revert)
{
    const QString id = selectedConflict();
    if (id.isEmpty())
        return;
    const Status s = revert ? m_conflictService.revert(m_actor, id) : m_conflictService.accept(m_actor, id);
    if (!s)
        return Ui::showError(this, title(), s.error());
    refresh();
    if (revert)
        m_controller->changed();
    Q_EMIT dataChanged();
}

} // namespace Linli::Sync
