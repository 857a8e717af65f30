#include "shell.h"

#include <QtCore/QFile>
#include <QtWidgets/QApplication>
#include <QtWidgets/QStyle>

namespace Linli::App {

QIcon appIcon()
{
    // The PNG renditions need no SVG plugin at run time.
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256}) {
        const QString path = QStringLiteral(":/icons/linli-%1.png").arg(size);
        if (QFile::exists(path))
            icon.addFile(path, QSize(size, size));
    }
    return icon.isNull() ? QApplication::style()->standardIcon(QStyle::SP_ComputerIcon) : icon;
}

} // namespace Linli::App
