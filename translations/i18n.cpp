#include "i18n.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QTranslator>

#include <memory>
#include <vector>

namespace Linli::I18n {

namespace {
std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}
QString g_current;
} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString resolveLanguage(const QString &preferred)
{
    if (availableLanguages().contains(preferred))
        return preferred;
    const QLocale system;
    if (system.language() == QLocale::Chinese)
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

void install(QCoreApplication &app, const QString &language)
{
    for (auto &t : installed())
        app.removeTranslator(t.get());
    installed().clear();
    g_current = language;
    QLocale::setDefault(language == u"zh_CN" ? QLocale(QLocale::Chinese, QLocale::China)
                                             : QLocale(QLocale::English, QLocale::UnitedStates));
    if (language == u"en")
        return; // source strings are English

    auto own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral(":/i18n/linli_%1.qm").arg(language))) {
        app.installTranslator(own.get());
        installed().push_back(std::move(own));
    }
    // Qt's own dialogs (print preview, file dialogs, buttons).
    for (const QString &base : {QStringLiteral("qtbase_%1"), QStringLiteral("qt_%1")}) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(base.arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            app.installTranslator(qt.get());
            installed().push_back(std::move(qt));
            break;
        }
    }
}

QString currentLanguage()
{
    return g_current;
}

} // namespace Linli::I18n
