#pragma once

#include <QtCore/QString>
#include <QtCore/QStringList>

class QCoreApplication;

namespace Linli::I18n {

// Languages Linli ships, as codes ("zh_CN", "en").
QStringList availableLanguages();
// The language to use: `preferred` if it is one we ship, else zh_CN on a Chinese system,
// else English.
QString resolveLanguage(const QString &preferred);
// Installs Linli's and Qt's translators for `language` into the application; replaces any
// installed before (a language switch at run time).
void install(QCoreApplication &app, const QString &language);
QString currentLanguage();

} // namespace Linli::I18n
