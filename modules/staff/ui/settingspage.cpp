#include "settingspage.h"

#include <staff/settingsservice.h>
#include <staff/stafftr.h>
#include <uikit/lineicons.h>
#include <uikit/messages.h>

#include <QtCore/QSettings>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QStyle>
#include <QtWidgets/QVBoxLayout>

namespace Linli::Staff {

SettingsPage::SettingsPage(const SessionServices &services, QWidget *parent)
    : Ui::Page(parent), m_services(services), m_organisation(new QLineEdit(this)), m_idleMinutes(new QSpinBox(this)),
      m_language(new QComboBox(this)), m_save(new QPushButton(Tr::tr("Save"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(Ui::pageHeader(title(), {}, this));

    auto *shared = new QGroupBox(Tr::tr("For the whole organisation"), this);
    auto *sharedForm = new QFormLayout(shared);
    m_organisation->setObjectName(QStringLiteral("organisationName"));
    m_organisation->setMaxLength(60);
    m_organisation->setPlaceholderText(Tr::tr("e.g. 幸福里社区居民委员会"));
    sharedForm->addRow(Tr::tr("Organisation name on printouts:"), m_organisation);
    m_idleMinutes->setRange(0, 240);
    m_idleMinutes->setSuffix(Tr::tr(" min"));
    m_idleMinutes->setSpecialValueText(Tr::tr("never"));
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutes"));
    sharedForm->addRow(Tr::tr("Lock the screen after idle:"), m_idleMinutes);
    auto *sharedHint = new QLabel(Tr::tr("Only administrators change these. On a shared office PC keep the idle lock "
                                         "short: residents' data must not stay open on an empty desk."),
                                  shared);
    sharedHint->setWordWrap(true);
    sharedForm->addRow(sharedHint);
    shared->setMaximumWidth(760);
    layout->addWidget(shared);

    auto *local = new QGroupBox(Tr::tr("On this computer"), this);
    auto *localForm = new QFormLayout(local);
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setObjectName(QStringLiteral("language"));
    localForm->addRow(Tr::tr("Language:"), m_language);
    local->setMaximumWidth(760);
    layout->addWidget(local);

    auto *bar = new QHBoxLayout;
    m_save->setObjectName(QStringLiteral("saveSettings"));
    bar->addWidget(m_save);
    bar->addStretch();
    layout->addLayout(bar);
    layout->addStretch();

    const bool admin = m_services.actor.can(Core::Permission::ManageSettings);
    m_organisation->setReadOnly(!admin);
    m_idleMinutes->setEnabled(admin);
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
}

QString SettingsPage::title() const
{
    return Tr::tr("Settings");
}

QIcon SettingsPage::icon() const
{
    return Ui::lineIcon(Ui::Glyph::Gear);
}

void SettingsPage::refresh()
{
    SettingsService &settings = m_services.settings;
    m_organisation->setText(settings.organisationName());
    m_idleMinutes->setValue(settings.idleLockMinutes());
    const QString lang = QSettings().value(QStringLiteral("language")).toString();
    const int index = m_language->findData(lang);
    m_language->setCurrentIndex(index >= 0 ? index
                                           : m_language->findData(QLocale().name() == QStringLiteral("zh_CN")
                                                                      ? QStringLiteral("zh_CN")
                                                                      : QStringLiteral("en")));
}

void SettingsPage::save()
{
    SettingsService &settings = m_services.settings;
    if (m_services.actor.can(Core::Permission::ManageSettings)) {
        if (m_organisation->text().trimmed() != settings.organisationName()) {
            if (auto s = settings.setOrganisationName(m_services.actor, m_organisation->text()); !s)
                return Ui::showError(this, title(), s.error());
        }
        if (m_idleMinutes->value() != settings.idleLockMinutes()) {
            if (auto s = settings.setIdleLockMinutes(m_services.actor, m_idleMinutes->value()); !s)
                return Ui::showError(this, title(), s.error());
            Q_EMIT idleLockChanged(m_idleMinutes->value());
        }
    }
    const QString language = m_language->currentData().toString();
    const bool languageChanged = QSettings().value(QStringLiteral("language")).toString() != language;
    QSettings().setValue(QStringLiteral("language"), language);
    Q_EMIT dataChanged();
    if (languageChanged)
        Q_EMIT languageChosen(language);
    else
        Ui::showInfo(this, title(), Tr::tr("The settings were saved."));
}

} // namespace Linli::Staff
