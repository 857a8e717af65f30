#pragma once

#include <staff/sessionservices.h>
#include <uikit/page.h>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Linli::Staff {

// Organisation name (on every printout), idle lock, and this computer's language.
class SettingsPage : public Ui::Page
{
    Q_OBJECT
public:
    SettingsPage(const SessionServices &services, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("staff.settings"); }
    QString title() const override;
    QIcon icon() const override;
    void refresh() override;

Q_SIGNALS:
    void idleLockChanged(int minutes);
    // The user picked another language; the shell restarts into it when they agree.
    void languageChosen(const QString &language);

private:
    void save();

    SessionServices m_services;
    QLineEdit *m_organisation;
    QSpinBox *m_idleMinutes;
    QComboBox *m_language;
    QPushButton *m_save;
};

} // namespace Linli::Staff
