#include "shell.h"

#include <QtCore/QFile>
#include <QtWidgets/QApplication>
#include <QtWidgets/QStyle>

namespace Linli::App {

QIcon appIcon()
{
    for (const QString &path : {QStringLiteral(":/icons/linli.svg"), QStringLiteral(":/icons/linli-256.png")}) {
        if (QFile::exists(path))
            return QIcon(path);
    }
    return QApplication::style()->standardIcon(QStyle::SP_ComputerIcon);
}

} // namespace Linli::App
